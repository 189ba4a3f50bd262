"""The three record lists: organisations, contacts (with last contact) and the liaison log."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from cimicdesk.domain.enums import ContactCategory, LiaisonType, OrgType, Sensitivity
from cimicdesk.domain.masking import is_restricted, restricted_code
from cimicdesk.domain.records import Contact, LiaisonEntry, Organisation
from cimicdesk.store import contacts, liaison, organisations
from cimicdesk.store.filters import ContactFilter, LiaisonFilter, OrganisationFilter
from cimicdesk.ui.formatting import date_part, grid_display, stamp_display
from cimicdesk.ui.i18n import label
from cimicdesk.ui.models.lazy import Column, LazyRecordModel
from cimicdesk.ui.widgets.column_fit import REF, TEXT

RESTRICTED_CODE = re.compile(r"(?:^|; )C-[0-9A-F]{6}(?:;|$)")


class OrganisationTableModel(LazyRecordModel):
    """Organisations by name."""

    NAME, ACRONYM, TYPE, SECTORS, PLACE, GRID = range(6)
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("Columns", "Name"), "name", 32, TEXT),
        Column(QT_TRANSLATE_NOOP("Columns", "Acronym"), "acronym", 10, REF, drop=3),
        Column(QT_TRANSLATE_NOOP("Columns", "Type"), "org_type", OrgType.UNITED_NATIONS, TEXT),
        Column(QT_TRANSLATE_NOOP("Columns", "Sectors"), None, 16, TEXT, drop=2),
        Column(QT_TRANSLATE_NOOP("Columns", "Place"), "place", 16, TEXT, drop=4),
        Column(QT_TRANSLATE_NOOP("Columns", "Grid"), None, "33P TM 12345 67890", drop=1),
    )
    FILTER = OrganisationFilter
    PLACE_COLUMN = PLACE
    LIST_RECORDS = staticmethod(organisations.list_organisations)
    GET_RECORD = staticmethod(organisations.get_organisation)

    def display(self, record: Organisation, column: int) -> str:
        if column == self.NAME:
            return record.name
        if column == self.ACRONYM:
            return record.acronym
        if column == self.TYPE:
            return label(record.org_type)
        if column == self.SECTORS:
            return ", ".join(record.sectors)
        if column == self.PLACE:
            return self.place_cell(record.place, record.grid)
        if column == self.GRID:
            return grid_display(record.grid)
        return ""

    def tooltip(self, record: Organisation, column: int) -> str | None:
        if column == self.SECTORS and record.sectors:
            return ", ".join(label(s) for s in record.sectors)
        if column == self.NAME and record.keep_distance:
            return self.tr(
                "{name}: keeps its distance from the military; liaise discreetly."
            ).format(name=record.name)
        if column == self.PLACE:
            return self.place_tip(record.place, record.grid)
        if column == self.GRID:
            return self.nearby.describe(record.grid) or None
        return None


class ContactTableModel(LazyRecordModel):
    """People by name.

    Attributes: organisation names (id -> display name), read once per reload so that
    no row asks the database for its organisation; reveal (False: a restricted contact
    shows as 'Restricted contact C-…', without name, position or phone).
    """

    NAME, ORGANISATION, POSITION, PHONE, LAST_CONTACT, CATEGORY, SENSITIVITY = range(7)
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("Columns", "Name"), "name", 22, TEXT),
        Column(QT_TRANSLATE_NOOP("Columns", "Organisation"), "organisation", 24, TEXT),
        Column(QT_TRANSLATE_NOOP("Columns", "Position"), "position", 20, TEXT, drop=3),
        Column(QT_TRANSLATE_NOOP("Columns", "Phone"), None, "+236 72 12 34 56"),
        Column(QT_TRANSLATE_NOOP("Columns", "Last contact"), "last_contact", "2026-11-25", drop=4),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Category"),
            "category",
            ContactCategory.TRADITIONAL_LEADER,
            TEXT,
            drop=2,
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Sensitivity"),
            "sensitivity",
            Sensitivity.RESTRICTED,
            drop=1,
        ),
    )
    FILTER = ContactFilter
    LIST_RECORDS = staticmethod(contacts.list_contacts)
    GET_RECORD = staticmethod(contacts.get_contact)

    def __init__(self, store, parent=None, *, load: bool = True):
        self._organisation_names: dict[str, str] = {}
        self.reveal = False
        super().__init__(store, parent, load=load)

    def set_reveal(self, reveal: bool) -> None:
        """Show (True) or mask (False) restricted contacts' names, positions and phones;
        the text filter matches those too only while they are shown (ContactFilter)."""
        if reveal != self.reveal:
            self.reveal = reveal
            self.filters = replace(self.filters, reveal_restricted=reveal)
            self.reload()  # masked, they sort by code, not by the names they hide

    def set_filters(self, **filters: Any) -> None:
        super().set_filters(**{**filters, "reveal_restricted": self.reveal})

    @property
    def filtered(self) -> bool:
        """Whether a filter is set: revealing restricted contacts filters out no one."""
        return replace(self.filters, reveal_restricted=False) != self.FILTER()

    @property
    def order_by(self) -> str:
        key = super().order_by
        return "masked_name" if key == "name" and not self.reveal else key

    def reload(self) -> None:
        self._organisation_names = dict(organisations.organisation_choices(self.store))
        super().reload()

    def organisation_name(self, contact: Contact) -> str:
        if not contact.organisation_id:
            return ""
        if contact.organisation_id not in self._organisation_names:
            # Saved since the last reload: read the new names once.
            self._organisation_names = dict(organisations.organisation_choices(self.store))
        return self._organisation_names.get(contact.organisation_id, "")

    def display(self, record: Contact, column: int) -> str:
        masked = is_restricted(record) and not self.reveal
        if column == self.NAME:
            if masked:
                return self.tr("Restricted contact {code}").format(code=restricted_code(record.id))
            return record.name
        if column == self.POSITION:
            return "" if masked else record.position
        if column == self.ORGANISATION:
            return self.organisation_name(record)
        if column == self.CATEGORY:
            return label(record.category)
        if column == self.PHONE:
            if masked:
                return self.tr("withheld (restricted)") if record.phones else ""
            return record.phones[0] if record.phones else ""
        if column == self.SENSITIVITY:
            return label(record.sensitivity)
        if column == self.LAST_CONTACT:
            return date_part(record.last_contact)
        return ""

    def tooltip(self, record: Contact, column: int) -> str | None:
        if column == self.PHONE and is_restricted(record) and record.phones and not self.reveal:
            return self.tr("Restricted contact: open the record to see the numbers.")
        if column == self.ORGANISATION:
            return self.organisation_name(record) or None
        return None


class LiaisonTableModel(LazyRecordModel):
    """The liaison log, newest first."""

    START, REF, TYPE, PLACE, PARTICIPANTS, GRID, UNIT = range(7)
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("Columns", "Start (Z)"), "start", "2026-11-24 15:50Z"),
        Column(QT_TRANSLATE_NOOP("Columns", "Ref"), "ref", "BANBAT1-2026-0000", REF, drop=3),
        Column(QT_TRANSLATE_NOOP("Columns", "Type"), "entry_type", LiaisonType.COORDINATION),
        Column(QT_TRANSLATE_NOOP("Columns", "Place"), "place", 12, TEXT),
        Column(QT_TRANSLATE_NOOP("Columns", "Participants"), None, 30, TEXT, drop=4),
        Column(QT_TRANSLATE_NOOP("Columns", "Grid"), None, "33P TM 12345 67890", drop=2),
        Column(QT_TRANSLATE_NOOP("Columns", "Unit"), "origin_unit", 10, REF, drop=1),
    )
    DEFAULT_SORT = (START, Qt.SortOrder.DescendingOrder)
    FILTER = LiaisonFilter
    PLACE_COLUMN = PLACE
    LIST_RECORDS = staticmethod(liaison.list_liaison)
    GET_RECORD = staticmethod(liaison.get_liaison)
    # The editor opens the full entry; the list keeps headings only.
    LIST_OPTIONS: ClassVar[dict[str, Any]] = {"brief": True}

    def display(self, record: LiaisonEntry, column: int) -> str:
        if column == self.START:
            return stamp_display(record.start)
        if column == self.REF:
            return record.ref
        if column == self.TYPE:
            return label(record.entry_type)
        if column == self.PLACE:
            return self.place_cell(record.place, record.grid)
        if column == self.GRID:
            return grid_display(record.grid)
        if column == self.PARTICIPANTS:
            return record.participant_names
        if column == self.UNIT:
            return record.origin_unit
        return ""

    def tooltip(self, record: LiaisonEntry, column: int) -> Any:
        if column == self.PLACE:
            return self.place_tip(record.place, record.grid)
        if column == self.GRID:
            return self.nearby.describe(record.grid) or None
        if column == self.PARTICIPANTS and record.participant_names:
            names = record.participant_names.replace("; ", "\n")
            if RESTRICTED_CODE.search(record.participant_names):
                names += "\n\n" + self.tr(
                    "C-…: a restricted contact, shown by code. Open the entry to see who."
                )
            return names
        return None
