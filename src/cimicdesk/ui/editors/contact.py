"""The contact editor: Ui_ContactEditor bound to a Contact, with links to its organisation
and to the liaison entries it appears in."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal

from cimicdesk.domain.enums import ContactCategory, Gender, Sensitivity
from cimicdesk.domain.errors import FieldError, ValidationError
from cimicdesk.domain.records import Contact
from cimicdesk.ui.editors.base import RecordEditor, comma_list, lines
from cimicdesk.ui.formatting import grid_display, stamp_display
from cimicdesk.ui.generated.ui_contact_editor import Ui_ContactEditor
from cimicdesk.ui.i18n import label
from cimicdesk.ui.widgets.choices import (
    chosen_id,
    make_searchable,
    organisation_choices,
    refill_keeping_choice,
    select_choice,
)

NO_ORGANISATION = QT_TRANSLATE_NOOP("ContactEditor", "(no organisation)")


class ContactEditor(RecordEditor):
    """Edits one person; languages comma-separated, phones one per line."""

    organisation_requested = Signal(str)  # organisation id
    liaison_requested = Signal(str, str)  # contact id, contact name

    FIELDS = {
        "name": ("nameEdit", "nameError"),
        "grid": ("gridEdit", "gridError"),
        "phones": ("phonesEdit", "phonesError"),
        "email": ("emailEdit", "emailError"),
    }

    def __init__(self, store, parent=None):
        super().__init__(store, parent)
        self.ui = Ui_ContactEditor()
        self.ui.setupUi(self)
        for enum, combo in (
            (ContactCategory, self.ui.categoryCombo),
            (Gender, self.ui.genderCombo),
            (Sensitivity, self.ui.sensitivityCombo),
        ):
            for member in enum:
                combo.addItem(label(member), member.value)
        make_searchable(self.ui.organisationCombo)
        self.add_error_label(
            "organisation_id", self.ui.organisationCombo, self.ui.organisationLayout
        )
        self.ui.openOrganisationButton.clicked.connect(self._open_organisation)
        self.ui.showLiaisonButton.clicked.connect(self._show_liaison)
        self.ui.organisationCombo.currentIndexChanged.connect(self._update_links)
        self.finish_setup()

    def refresh_choices(self) -> None:
        with self.loading():
            refill_keeping_choice(
                self.ui.organisationCombo,
                organisation_choices(self.store),
                QCoreApplication.translate("ContactEditor", NO_ORGANISATION),
            )
        self._update_links()

    def blank(self) -> Contact:
        return Contact()

    def fill(self, contact: Contact) -> None:
        ui = self.ui
        ui.nameEdit.setText(contact.name)
        ui.positionEdit.setText(contact.position)
        if not select_choice(ui.organisationCombo, contact.organisation_id):
            self.refresh_choices()
        ui.categoryCombo.setCurrentIndex(ui.categoryCombo.findData(contact.category.value))
        ui.genderCombo.setCurrentIndex(ui.genderCombo.findData(contact.gender.value))
        ui.languagesEdit.setText(", ".join(contact.languages))
        ui.phonesEdit.setPlainText("\n".join(contact.phones))
        ui.emailEdit.setText(contact.email)
        ui.placeEdit.setText(contact.place)
        ui.gridEdit.setText(grid_display(contact.grid))
        ui.sensitivityCombo.setCurrentIndex(ui.sensitivityCombo.findData(contact.sensitivity.value))
        ui.activeCheck.setChecked(contact.active)
        ui.notesEdit.setPlainText(contact.notes)
        ui.lastContactLabel.setText(stamp_display(contact.last_contact) or "—")
        self._update_links()

    def read(self, contact: Contact) -> Contact:
        ui = self.ui
        try:
            organisation_id = chosen_id(ui.organisationCombo)
        except LookupError as exc:
            raise ValidationError(
                [
                    FieldError(
                        "organisation_id",
                        self.tr(
                            "No organisation is called '{name}'. Pick one from the list, or "
                            "add it on the Organisations page first."
                        ).format(name=exc),
                    )
                ]
            ) from None
        return replace(
            contact,
            name=ui.nameEdit.text().strip(),
            position=ui.positionEdit.text().strip(),
            organisation_id=organisation_id,
            category=ContactCategory(ui.categoryCombo.currentData()),
            gender=Gender(ui.genderCombo.currentData()),
            languages=comma_list(ui.languagesEdit.text()),
            phones=lines(ui.phonesEdit.toPlainText()),
            email=ui.emailEdit.text().strip(),
            place=ui.placeEdit.text().strip(),
            grid=self.grid_text("grid"),
            sensitivity=Sensitivity(ui.sensitivityCombo.currentData()),
            active=ui.activeCheck.isChecked(),
            notes=ui.notesEdit.toPlainText(),
        )

    def _update_links(self) -> None:
        self.ui.openOrganisationButton.setEnabled(self.ui.organisationCombo.currentIndex() > 0)
        self.ui.showLiaisonButton.setEnabled(not self.is_new)

    def _open_organisation(self) -> None:
        try:
            organisation_id = chosen_id(self.ui.organisationCombo)
        except LookupError:
            return
        if organisation_id:
            self.organisation_requested.emit(organisation_id)

    def _show_liaison(self) -> None:
        if not self.is_new:
            self.liaison_requested.emit(self.record.id, self.record.name)
