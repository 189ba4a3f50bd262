"""The Contacts page: filter by text, category, sensitivity and organisation."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout

from cimicdesk.domain.enums import ContactCategory, Sensitivity
from cimicdesk.domain.masking import is_restricted, restricted_code
from cimicdesk.store import contacts
from cimicdesk.ui.editors.contact import ContactEditor
from cimicdesk.ui.i18n import label
from cimicdesk.ui.models.records import ContactTableModel
from cimicdesk.ui.pages.record_page import Nouns, RecordPage
from cimicdesk.ui.widgets.filter_chip import FilterChip
from cimicdesk.ui.widgets.restricted_veil import RestrictedVeil


def enum_filter(name: str, all_text: str, enum: type, tooltip: str) -> QComboBox:
    """A combo of 'all' (all_text, translated by the caller) then the enum's labels."""
    combo = QComboBox()
    combo.setObjectName(name)
    combo.addItem(all_text, "")  # not None: PySide6 6.12 mis-counts None item data
    for member in enum:
        combo.addItem(label(member), member.value)
    combo.setToolTip(tooltip)
    return combo


class ContactsPage(RecordPage):
    """People met; the editor links to their organisation and their liaison entries.

    Attributes (besides RecordPage's): category_combo, sensitivity_combo,
    organisation_chip (the 'Organisation: …' filter set from the Organisations page),
    reveal_check (restricted contacts show their name in the list only when ticked),
    veil (covers the editor while it holds a restricted contact not yet revealed).
    """

    KEY = "contacts"
    TITLE = "Contacts"
    ICON = ":/icons/contacts"
    NOUN = "contact"
    SPLIT = (600, 460)
    NOUNS = "contacts"
    GET = contacts.get_contact
    SAVE = contacts.save_contact
    DELETE = contacts.delete_contact
    RESTORE = contacts.restore_contact
    COUNT = contacts.count_contacts
    COUNT_TABLE = contacts.TABLE
    PURGE_TABLE = "contacts"

    def nouns(self) -> Nouns:
        return Nouns(
            self.tr("contact"),
            self.tr("contacts"),
            self.tr("New contact"),
            self.tr("&New contact"),
            lambda n: self.tr("%Ln contact(s)", "", n),
        )

    def __init__(self, *args, **kwargs):
        self._revealed: set[str] = set()  # restricted contacts shown this session
        super().__init__(*args, **kwargs)

    def make_model(self) -> ContactTableModel:
        return ContactTableModel(self.store, self)

    def make_editor(self) -> ContactEditor:
        return ContactEditor(self.store)

    def build_filters(self, bar: QHBoxLayout) -> None:
        self.category_combo = enum_filter(
            "categoryFilter",
            self.tr("All categories"),
            ContactCategory,
            self.tr("Show only one category"),
        )
        self.sensitivity_combo = enum_filter(
            "sensitivityFilter",
            self.tr("Any sensitivity"),
            Sensitivity,
            self.tr("Show only one sensitivity"),
        )
        self.organisation_chip = FilterChip(self.tr("Organisation"))
        for combo in (self.category_combo, self.sensitivity_combo):
            combo.currentIndexChanged.connect(lambda _: self.apply_filters())
            bar.addWidget(combo)
        self.organisation_chip.cleared.connect(self.apply_filters)
        bar.addWidget(self.organisation_chip)
        self.reveal_check = QCheckBox(self.tr("Reveal restricted"))
        self.reveal_check.setObjectName("revealRestrictedCheck")
        self.reveal_check.setToolTip(
            self.tr(
                "Show the names, positions and phones of restricted contacts in the list "
                "(for this session only; mind who can see the screen)"
            )
        )
        self.reveal_check.toggled.connect(self._reveal_toggled)
        bar.addWidget(self.reveal_check)

    def _reveal_toggled(self, reveal: bool) -> None:
        with self._sync():
            # The list re-sorts (by names, or by codes) and, filtered, matches restricted
            # contacts by their names too, or by what the masked list shows only.
            self.model.set_reveal(reveal)
        self._select(self.editor.record_id)
        self._update_count()
        self._update_title()

    # A restricted contact opened from the list stays behind a cover until asked for --

    def update_cover(self) -> None:
        """Cover the editor while it shows a restricted contact the officer has not revealed."""
        if not hasattr(self, "veil"):
            self.veil = RestrictedVeil(self.editor_scroll)
            self.veil.reveal_requested.connect(self.reveal_current)
        covered = self.is_covered()
        if covered:
            self.veil.cover(restricted_code(self.editor.record_id))
        else:
            self.veil.hide()
        # No typing into, or tabbing through, hidden fields (nor any on a read-only file).
        self.editor.setEnabled(not covered and not self.store.read_only_reason())

    def is_covered(self) -> bool:
        record = self.editor.record
        return (
            record is not None
            and not self.editor.is_new
            and is_restricted(record)
            and not self.reveal_check.isChecked()
            and record.id not in self._revealed
        )

    def reveal_current(self) -> None:
        """Show the open restricted contact's details (until the program closes)."""
        self._revealed.add(self.editor.record_id)
        self._update_title()
        self.editor.focus_first()

    def describe(self, record: Any) -> str:
        if self.is_covered():
            return self.tr("Restricted contact {code}").format(code=restricted_code(record.id))
        return super().describe(record)

    def filter_values(self) -> dict[str, Any]:
        category = self.category_combo.currentData()
        sensitivity = self.sensitivity_combo.currentData()
        return {
            "category": ContactCategory(category) if category else None,
            "sensitivity": Sensitivity(sensitivity) if sensitivity else None,
            "organisation_id": self.organisation_chip.value or None,
        }

    def filter_by_organisation(self, organisation_id: str, name: str) -> None:
        """Show only the people of one organisation, with a chip that clears it."""
        self.organisation_chip.set_filter(organisation_id, name)
        self.apply_filters()
        if self.model.rowCount() and self.model.row_of(self.editor.record_id) is None:
            self.open_record(self.model.record_at(0).id, offer_draft=False)
