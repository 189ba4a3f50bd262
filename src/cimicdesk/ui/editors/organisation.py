"""The organisation editor: Ui_OrganisationEditor bound to an Organisation."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QListWidgetItem

from cimicdesk.domain.enums import Cluster, OrgType
from cimicdesk.domain.errors import FieldError, ValidationError
from cimicdesk.domain.records import Organisation
from cimicdesk.ui.editors.base import RecordEditor, lines
from cimicdesk.ui.formatting import grid_display
from cimicdesk.ui.generated.ui_organisation_editor import Ui_OrganisationEditor
from cimicdesk.ui.i18n import label
from cimicdesk.ui.widgets.choices import (
    chosen_id,
    make_searchable,
    organisation_choices,
    refill_keeping_choice,
    select_choice,
)

NO_PARENT = QT_TRANSLATE_NOOP("OrganisationEditor", "(none)")


class OrganisationEditor(RecordEditor):
    """Edits one organisation; sectors are checkable cluster items, phones one per line."""

    FIELDS = {
        "name": ("nameEdit", "nameError"),
        "grid": ("gridEdit", "gridError"),
        "phones": ("phonesEdit", "phonesError"),
        "email": ("emailEdit", "emailError"),
    }

    def __init__(self, store, parent=None):
        super().__init__(store, parent)
        self.ui = Ui_OrganisationEditor()
        self.ui.setupUi(self)
        for org_type in OrgType:
            self.ui.typeCombo.addItem(label(org_type), org_type.value)
        for cluster in Cluster:
            item = QListWidgetItem(f"{label(cluster)} ({cluster.value})", self.ui.sectorsList)
            item.setData(Qt.ItemDataRole.UserRole, cluster.value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self._lay_out_sectors()
        # The form's long caption would set the editor's minimum width; it is kept whole
        # in the tooltip.
        self.ui.keepDistanceCheck.setText(self.tr("&Keep distance from the military"))
        make_searchable(self.ui.parentCombo)
        self.add_error_label("parent_id", self.ui.parentCombo, self.ui.formLayout)
        self.finish_setup()

    def _lay_out_sectors(self) -> None:
        """All fifteen clusters in view: no scrolling to find one."""
        sectors = self.ui.sectorsList
        sectors.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        rows = sectors.count()
        height = rows * sectors.sizeHintForRow(0) + 2 * sectors.frameWidth() + 8
        sectors.setMinimumHeight(height)
        sectors.setMaximumHeight(height)

    def refresh_choices(self) -> None:
        with self.loading():
            refill_keeping_choice(
                self.ui.parentCombo,
                organisation_choices(self.store),
                QCoreApplication.translate("OrganisationEditor", NO_PARENT),
            )

    def blank(self) -> Organisation:
        return Organisation()

    def fill(self, org: Organisation) -> None:
        ui = self.ui
        ui.nameEdit.setText(org.name)
        ui.acronymEdit.setText(org.acronym)
        ui.typeCombo.setCurrentIndex(ui.typeCombo.findData(org.org_type.value))
        if not select_choice(ui.parentCombo, org.parent_id):
            self.refresh_choices()
        for row in range(ui.sectorsList.count()):
            item = ui.sectorsList.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in org.sectors
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        ui.sectorsList.scrollToTop()
        ui.placeEdit.setText(org.place)
        ui.gridEdit.setText(grid_display(org.grid))
        ui.phonesEdit.setPlainText("\n".join(org.phones))
        ui.emailEdit.setText(org.email)
        ui.keepDistanceCheck.setChecked(org.keep_distance)
        ui.activeCheck.setChecked(org.active)
        ui.notesEdit.setPlainText(org.notes)

    def read(self, org: Organisation) -> Organisation:
        ui = self.ui
        try:
            parent_id = chosen_id(ui.parentCombo)
        except LookupError as exc:
            raise ValidationError(
                [
                    FieldError(
                        "parent_id",
                        self.tr(
                            "No organisation is called '{name}'. Pick one from the list."
                        ).format(name=exc),
                    )
                ]
            ) from None
        sectors = tuple(
            Cluster(ui.sectorsList.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(ui.sectorsList.count())
            if ui.sectorsList.item(row).checkState() == Qt.CheckState.Checked
        )
        return replace(
            org,
            name=ui.nameEdit.text().strip(),
            acronym=ui.acronymEdit.text().strip(),
            org_type=OrgType(ui.typeCombo.currentData()),
            parent_id=parent_id,
            sectors=sectors,
            place=ui.placeEdit.text().strip(),
            grid=self.grid_text("grid"),
            phones=lines(ui.phonesEdit.toPlainText()),
            email=ui.emailEdit.text().strip(),
            keep_distance=ui.keepDistanceCheck.isChecked(),
            active=ui.activeCheck.isChecked(),
            notes=ui.notesEdit.toPlainText(),
        )
