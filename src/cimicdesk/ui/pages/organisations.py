"""The Organisations page: filter by text and type; show an organisation's people."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton

from cimicdesk.domain.enums import OrgType
from cimicdesk.domain.records import Organisation
from cimicdesk.store import organisations
from cimicdesk.ui.editors.organisation import OrganisationEditor
from cimicdesk.ui.i18n import label
from cimicdesk.ui.models.records import OrganisationTableModel
from cimicdesk.ui.pages.record_page import Nouns, RecordPage


class OrganisationsPage(RecordPage):
    """Organisations; people_requested asks the window to list an organisation's contacts.

    Attributes (besides RecordPage's): type_combo, people_button.
    """

    KEY = "organisations"
    MAP_KIND = "organisation"
    TITLE = "Organisations"
    ICON = ":/icons/organisations"
    NOUN = "organisation"
    SPLIT = (560, 500)
    NOUNS = "organisations"
    GET = organisations.get_organisation
    SAVE = organisations.save_organisation
    DELETE = organisations.delete_organisation
    RESTORE = organisations.restore_organisation
    COUNT = organisations.count_organisations
    COUNT_TABLE = organisations.TABLE
    PURGE_TABLE = "organisations"

    people_requested = Signal(str, str)  # organisation id, name

    def nouns(self) -> Nouns:
        return Nouns(
            self.tr("organisation"),
            self.tr("organisations"),
            self.tr("New organisation"),
            self.tr("&New organisation"),
            lambda n: self.tr("%Ln organisation(s)", "", n),
        )

    def make_model(self) -> OrganisationTableModel:
        return OrganisationTableModel(self.store, self)

    def make_editor(self) -> OrganisationEditor:
        return OrganisationEditor(self.store)

    def build_filters(self, bar: QHBoxLayout) -> None:
        self.type_combo = QComboBox()
        self.type_combo.setObjectName("typeFilter")
        self.type_combo.addItem(self.tr("All types"), "")
        for org_type in OrgType:
            self.type_combo.addItem(label(org_type), org_type.value)
        self.type_combo.setToolTip(self.tr("Show only organisations of one type"))
        self.type_combo.currentIndexChanged.connect(lambda _: self.apply_filters())
        bar.addWidget(self.type_combo)

    def _build(self) -> None:
        super()._build()
        self.people_button = QPushButton(self.tr("Show &people"))
        self.people_button.setObjectName("peopleButton")
        self.people_button.setToolTip(self.tr("List the contacts who belong to this organisation"))
        self.people_button.clicked.connect(self._show_people)
        self.extra_buttons.addWidget(self.people_button)
        self.editor.edited.connect(self._update_people_button)
        self.record_saved.connect(lambda _: self._update_people_button())

    def _update_title(self) -> None:
        super()._update_title()
        if hasattr(self, "people_button"):
            self._update_people_button()

    def _update_people_button(self) -> None:
        self.people_button.setEnabled(not self.editor.is_new)

    def filter_values(self) -> dict[str, Any]:
        value = self.type_combo.currentData()
        return {"org_type": OrgType(value) if value else None}

    def describe(self, record: Organisation) -> str:
        return record.display_name or self.tr("this organisation")

    def _show_people(self) -> None:
        if not self.editor.is_new:
            self.people_requested.emit(self.editor.record.id, self.editor.record.name)
