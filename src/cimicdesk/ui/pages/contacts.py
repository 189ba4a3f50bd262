"""The Contacts page: filter by text, category, sensitivity and organisation."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout

from cimicdesk.domain.enums import ContactCategory, Sensitivity
from cimicdesk.store import contacts
from cimicdesk.ui.editors.contact import ContactEditor
from cimicdesk.ui.i18n import label
from cimicdesk.ui.models.records import ContactTableModel
from cimicdesk.ui.pages.record_page import Nouns, RecordPage
from cimicdesk.ui.widgets.filter_chip import FilterChip


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
    reveal_check (restricted contacts show their name in the list only when ticked).
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
    PURGE_TABLE = "contacts"

    def nouns(self) -> Nouns:
        return Nouns(
            self.tr("contact"), self.tr("contacts"), self.tr("New contact"), self.tr("&New contact")
        )

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
        self.reveal_check.toggled.connect(self.model.set_reveal)
        bar.addWidget(self.reveal_check)

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
            self.open_record(self.model.record_at(0).id)
