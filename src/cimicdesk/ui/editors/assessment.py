"""The community assessment editor: the visit's steps in order, community to summary."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QComboBox, QScrollArea

from cimicdesk.domain.assessment import (
    POPULATION_FIELDS,
    POPULATION_GROUPS,
    POPULATION_PARTS,
    Assessment,
    InfrastructureItem,
    RecommendedAction,
    SectorRating,
)
from cimicdesk.domain.enums import (
    ActionAddressee,
    AssessmentMethod,
    AssessmentSector,
    CommunityKind,
    InfrastructureKind,
    InfrastructureState,
    Severity,
)
from cimicdesk.domain.errors import CimicError, FieldError, ValidationError
from cimicdesk.store import assessments
from cimicdesk.store.filters import AssessmentFilter
from cimicdesk.ui.editors.assessment_form import AssessmentForm
from cimicdesk.ui.editors.base import RecordEditor
from cimicdesk.ui.editors.common import qdate
from cimicdesk.ui.editors.community_field import CommunitySuggestions
from cimicdesk.ui.editors.draft_fields import text_in
from cimicdesk.ui.formatting import grid_display
from cimicdesk.ui.i18n import label, number
from cimicdesk.ui.models.assessment_children import InfrastructureModel, RecommendedActionModel
from cimicdesk.ui.print_record import RecordPrinter
from cimicdesk.ui.widgets.child_table import RowKeys, edit_cell, set_up_child_table

# The methods a new assessment starts with: what every team does on a visit.
DEFAULT_METHODS = (AssessmentMethod.KEY_INFORMANTS, AssessmentMethod.DIRECT_OBSERVATION)


# Keys that set a severity back to 'not rated' (the digits 1-5 choose a level by
# themselves: each item's text begins with its digit).
NOT_RATED_KEYS = (Qt.Key.Key_0, Qt.Key.Key_Minus, Qt.Key.Key_Delete, Qt.Key.Key_Backspace)


class NotRatedKeys(QObject):
    """0, -, Delete or Backspace on a severity picker sets it to 'not rated'."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if not isinstance(watched, QComboBox) or event.key() not in NOT_RATED_KEYS:
            return False
        if event.modifiers() not in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        ):
            return False
        watched.setCurrentIndex(0)
        return True


def figure(text: str) -> int | None:
    """A population figure as typed: None when empty (not known), never 0 for nothing."""
    text = text.strip().replace(",", "").replace(" ", "").replace("\N{NO-BREAK SPACE}", "")
    return int(text) if text.isdigit() else None


def last_team(store: Any) -> str:
    """The team of this unit's assessment saved last ('' when it has none)."""
    found = assessments.list_assessments(
        store, AssessmentFilter(unit=store.unit.name), order_by="updated_at", limit=1
    )
    return found.items[0].team if found.items else ""


class AssessmentEditor(RecordEditor):
    """Edits one community assessment (docs/assessment-fields.md), its steps in the order
    of the visit; every field reachable by Tab in that order, rows added with Insert (or
    Alt+I, Alt+R), Esc asks to drop the changes (cancel_requested).

    Attributes: today (a function giving the day a new assessment is dated), ui (the
    AssessmentForm), infrastructure_model, actions_model.
    """

    cancel_requested = Signal()

    FIELDS = {
        "community_name": ("nameEdit", "nameError"),
        "adm1": ("adm1Edit", "admError"),
        "adm2": ("adm2Edit", "admError"),
        "place": ("placeEdit", "placeError"),
        "grid": ("gridEdit", "gridError"),
        "assessed_on": ("dateEdit", "dateError"),
        "team": ("teamEdit", "teamError"),
        "joint_organisation_ids": ("jointPicker", "jointError"),
        "informant_contact_ids": ("informantsPicker", "informantsError"),
        "sectors": ("sectorsAnchor", "sectorsError"),
        "infrastructure": ("infrastructureTable", "infrastructureError"),
        "present_organisation_ids": ("presentPicker", "presentError"),
        "actions": ("actionsTable", "actionsError"),
        "summary": ("summaryEdit", "summaryError"),
        # Each population figure: its line edit, and the error line under its group's row.
        **{field: (f"{field}Input", f"{field}Error") for field in POPULATION_FIELDS},
    }
    FIRST_INPUT = "kindCombo"
    DRAFT_SKIP = ("jointPicker", "informantsPicker", "presentPicker")

    def __init__(self, store, parent=None, today: Callable[[], date] = date.today):
        super().__init__(store, parent)
        self.today = today
        self.ui = ui = AssessmentForm()
        ui.setupUi(self, store)
        ui.jointPicker = ui.joint_list.picker
        ui.presentPicker = ui.present_list.picker
        ui.informantsPicker = ui.informant_list.picker
        for group in POPULATION_GROUPS:
            for part in POPULATION_PARTS:
                setattr(ui, f"{group}_{part}Input", ui.population_edits[(group, part)])
                setattr(ui, f"{group}_{part}Error", ui.population_errors[group])
        self.community = CommunitySuggestions(self)  # the communities assessed before
        self.infrastructure_model = InfrastructureModel(self)
        self.actions_model = RecommendedActionModel(self)
        self._set_up_tables()
        for org_list, field in (
            (ui.joint_list, "joint_organisation_ids"),
            (ui.informant_list, "informant_contact_ids"),
            (ui.present_list, "present_organisation_ids"),
        ):
            org_list.changed.connect(lambda f=field: self._list_edited(f))
            org_list.refused.connect(lambda why, f=field: self.flag(f, why))
        for edit in ui.population_edits.values():
            edit.textChanged.connect(self._update_totals)
        self._not_rated_keys = NotRatedKeys(self)
        for combo in ui.severity_combos.values():
            combo.installEventFilter(self._not_rated_keys)
        self.printer = RecordPrinter(self, "assessment")  # Print… (Ctrl+P)
        self.finish_setup()

    def _set_up_tables(self) -> None:
        ui = self.ui
        metrics = ui.infrastructureTable.fontMetrics()
        # The longest kinds ('Water point (borehole, well, spring)') are cut, whole in
        # their tooltip: the note takes the room.
        usual_kind = InfrastructureModel.COLUMNS[0].cell.shown(InfrastructureKind.ADMINISTRATION)
        widest_state = max(
            (InfrastructureModel.COLUMNS[1].cell.shown(s) for s in InfrastructureState),
            key=metrics.horizontalAdvance,
        )
        set_up_child_table(
            ui.infrastructureTable,
            self.infrastructure_model,
            widths={
                InfrastructureModel.KIND: usual_kind,
                InfrastructureModel.STATE: widest_state,
                InfrastructureModel.GRID: "34N DM 64100 37560",
            },
            stretch=InfrastructureModel.NOTE,
        )
        widest_addressee = max(
            (RecommendedActionModel.COLUMNS[1].cell.shown(a) for a in ActionAddressee),
            key=metrics.horizontalAdvance,
        )
        set_up_child_table(
            ui.actionsTable,
            self.actions_model,
            widths={
                RecommendedActionModel.ADDRESSED_TO: widest_addressee,
                RecommendedActionModel.SECTOR: label(AssessmentSector.FOOD_SECURITY),
            },
            stretch=RecommendedActionModel.DESCRIPTION,
        )
        RowKeys(ui.infrastructureTable, self.add_infrastructure, self._remove_infrastructure)
        RowKeys(ui.actionsTable, self.add_action, self._remove_action)
        self.watch_rows(self.infrastructure_model, "infrastructure")
        self.watch_rows(self.actions_model, "actions")
        ui.addInfrastructureButton.clicked.connect(self.add_infrastructure)
        ui.removeInfrastructureButton.clicked.connect(self._remove_infrastructure)
        ui.addActionButton.clicked.connect(self.add_action)
        ui.removeActionButton.clicked.connect(self._remove_action)
        # From anywhere in the form, as the buttons say (not their mnemonics: Alt+letter
        # mnemonics are off on some systems, and a mnemonic beside a shortcut of the same
        # key would make both ambiguous).
        for keys, add in (("Alt+I", self.add_infrastructure), ("Alt+R", self.add_action)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(add)

    # RecordEditor -------------------------------------------------------------------

    def refresh_choices(self) -> None:
        with self.loading():
            for picked in (self.ui.joint_list, self.ui.informant_list, self.ui.present_list):
                picked.refresh_choices()

    def blank(self) -> Assessment:
        team = ""
        try:
            team = last_team(self.store)
        except CimicError:
            team = ""
        return Assessment(
            assessed_on=self.today().isoformat(),
            team=team or self.store.unit.name,
            methods=DEFAULT_METHODS,
        )

    def fill(self, assessment: Assessment) -> None:
        ui = self.ui
        ui.referenceLabel.setText(assessment.reference or self.tr("(assigned when first saved)"))
        ui.kindCombo.setCurrentIndex(ui.kindCombo.findData(assessment.community_kind.value))
        ui.nameEdit.setText(assessment.community_name)
        ui.adm1Edit.setText(assessment.adm1)
        ui.adm2Edit.setText(assessment.adm2)
        ui.placeEdit.setText(assessment.place)
        ui.gridEdit.setText(grid_display(assessment.grid))
        ui.dateEdit.setDate(self._day(assessment.assessed_on))
        ui.teamEdit.setText(assessment.team)
        ui.joint_list.set_ids(assessment.joint_organisation_ids)
        for method, check in ui.method_checks.items():
            check.setChecked(method in assessment.methods)
        ui.informant_list.set_ids(assessment.informant_contact_ids)
        for field in POPULATION_FIELDS:
            value = getattr(assessment, field)
            group, part = field.split("_", 1)
            ui.population_edits[(group, part)].setText("" if value is None else str(value))
        rated = {s.sector: s for s in assessment.live_sectors()}
        for sector in AssessmentSector:
            rating = rated.get(sector)
            combo = ui.severity_combos[sector]
            value = rating.severity.value if rating and rating.severity else ""
            combo.setCurrentIndex(max(combo.findData(value), 0))
            ui.facts_edits[sector].setPlainText(rating.key_facts if rating else "")
            ui.sources_edits[sector].setPlainText(rating.sources if rating else "")
        self.infrastructure_model.set_rows([i for i in assessment.infrastructure if not i.deleted])
        self.actions_model.set_rows([a for a in assessment.actions if not a.deleted])
        ui.present_list.set_ids(assessment.present_organisation_ids)
        ui.summaryEdit.setPlainText(assessment.summary)
        self._update_totals()

    def read(self, assessment: Assessment) -> Assessment:
        ui = self.ui
        return replace(
            assessment,
            community_kind=CommunityKind(ui.kindCombo.currentData()),
            community_name=ui.nameEdit.text().strip(),
            adm1=ui.adm1Edit.text().strip(),
            adm2=ui.adm2Edit.text().strip(),
            place=ui.placeEdit.text().strip(),
            grid=self.grid_text("grid"),
            assessed_on=ui.dateEdit.date().toString("yyyy-MM-dd"),
            team=ui.teamEdit.text().strip(),
            joint_organisation_ids=ui.joint_list.ids(),
            methods=tuple(m for m, check in ui.method_checks.items() if check.isChecked()),
            informant_contact_ids=ui.informant_list.ids(),
            **{field: self.figure_of(field) for field in POPULATION_FIELDS},
            sectors=self.sectors(),
            infrastructure=self.infrastructure(),
            present_organisation_ids=ui.present_list.ids(),
            actions=self.actions(),
            summary=ui.summaryEdit.toPlainText().strip(),
        )

    def draft_lists(self) -> dict[str, list[Any]]:
        """Infrastructure and action rows as typed (each with its id, '' when new), and the
        organisations chosen."""
        return {
            "infrastructure": [
                {
                    "id": item.id,
                    "kind": item.kind.value,
                    "state": item.state.value,
                    "note": item.note,
                    "grid": item.grid,
                }
                for item in self.infrastructure_model.rows()
            ],
            "actions": [
                {
                    "id": action.id,
                    "description": action.description,
                    "addressed_to": action.addressed_to.value,
                    "sector": action.sector.value if action.sector else "",
                }
                for action in self.actions_model.rows()
            ],
            "joint": list(self.ui.joint_list.ids()),
            "informants": list(self.ui.informant_list.ids()),
            "present": list(self.ui.present_list.ids()),
        }

    def apply_draft_lists(self, lists: dict[str, Any]) -> None:
        infrastructure, actions = lists.get("infrastructure"), lists.get("actions")
        if isinstance(infrastructure, list):
            kinds = {k.value for k in InfrastructureKind}
            states = {s.value for s in InfrastructureState}
            rows = []
            for row in (r for r in infrastructure if isinstance(r, dict)):
                kind, state = text_in(row, "kind"), text_in(row, "state")
                rows.append(
                    InfrastructureItem(
                        id=text_in(row, "id"),
                        assessment_id=self.record_id,
                        kind=InfrastructureKind(kind)
                        if kind in kinds
                        else InfrastructureKind.OTHER,
                        state=InfrastructureState(state)
                        if state in states
                        else InfrastructureState.FUNCTIONAL,
                        note=text_in(row, "note"),
                        grid=text_in(row, "grid"),
                    )
                )
            self.infrastructure_model.set_rows(rows)
        if isinstance(actions, list):
            addressees = {a.value for a in ActionAddressee}
            sectors = {s.value for s in AssessmentSector}
            action_rows = []
            for row in (r for r in actions if isinstance(r, dict)):
                to, sector = text_in(row, "addressed_to"), text_in(row, "sector")
                action_rows.append(
                    RecommendedAction(
                        id=text_in(row, "id"),
                        assessment_id=self.record_id,
                        description=text_in(row, "description"),
                        addressed_to=ActionAddressee(to)
                        if to in addressees
                        else ActionAddressee.HUMANITARIAN,
                        sector=AssessmentSector(sector) if sector in sectors else None,
                    )
                )
            self.actions_model.set_rows(action_rows)
        ui = self.ui
        picked = (
            ("joint", ui.joint_list),
            ("informants", ui.informant_list),
            ("present", ui.present_list),
        )
        for key, org_list in picked:
            ids = lists.get(key)
            if isinstance(ids, list):
                org_list.set_ids([i for i in ids if isinstance(i, str) and i])

    # The parts read back ------------------------------------------------------------------

    def figure_of(self, field: str) -> int | None:
        group, part = field.split("_", 1)
        return figure(self.ui.population_edits[(group, part)].text())

    def sectors(self) -> list[SectorRating]:
        """A row per sector the team looked at: rated, or with facts or sources written
        (a sector left blank was not looked at: no row). A stored row keeps its id."""
        ui = self.ui
        stored = {s.sector: s for s in self.record.sectors if not s.deleted}
        rows = []
        for sector in AssessmentSector:
            value = ui.severity_combos[sector].currentData()
            facts = ui.facts_edits[sector].toPlainText().strip()
            sources = ui.sources_edits[sector].toPlainText().strip()
            if not (value or facts or sources):
                continue
            original = stored.get(sector) or SectorRating(
                assessment_id=self.record_id, sector=sector
            )
            rows.append(
                replace(
                    original,
                    severity=Severity(value) if value else None,
                    key_facts=facts,
                    sources=sources,
                )
            )
        return rows

    def infrastructure(self) -> list[InfrastructureItem]:
        """The infrastructure rows, texts trimmed, positions typed made MGRS."""
        return [
            replace(item, note=item.note.strip(), grid=item.grid.strip())
            for item in self.infrastructure_model.rows()
        ]

    def actions(self) -> list[RecommendedAction]:
        """The action rows, descriptions trimmed; a row left empty is dropped."""
        return [
            replace(action, description=action.description.strip())
            for action in self.actions_model.rows()
            if action.description.strip() or action.id
        ]

    def add_infrastructure(self) -> int:
        """Append an infrastructure row and open its kind; returns the row."""
        row = self.infrastructure_model.append(InfrastructureItem(assessment_id=self.record_id))
        edit_cell(self.ui.infrastructureTable, row, InfrastructureModel.KIND)
        return row

    def _remove_infrastructure(self) -> None:
        row = self.ui.infrastructureTable.currentIndex().row()
        if row >= 0:
            self.infrastructure_model.remove(row)

    def add_action(self) -> int:
        """Append an action row and start typing its description; returns the row."""
        row = self.actions_model.append(RecommendedAction(assessment_id=self.record_id))
        edit_cell(self.ui.actionsTable, row, RecommendedActionModel.DESCRIPTION)
        return row

    def _remove_action(self) -> None:
        row = self.ui.actionsTable.currentIndex().row()
        if row >= 0:
            self.actions_model.remove(row)

    def known_total(self, group: str) -> str:
        """What the group's known total shows ('' when nothing is known)."""
        return self.ui.known_labels[group].text()

    # Internals -----------------------------------------------------------------------------

    def _update_totals(self) -> None:
        """Each group's total as known: the total typed, else the sum of the parts typed."""
        for group in POPULATION_GROUPS:
            total = figure(self.ui.population_edits[(group, "total")].text())
            parts = [
                figure(self.ui.population_edits[(group, p)].text()) for p in POPULATION_PARTS[1:]
            ]
            known = [p for p in parts if p is not None]
            shown = total if total is not None else (sum(known) if known else None)
            label_widget = self.ui.known_labels[group]
            label_widget.setText("" if shown is None else f"= {number(shown)}")
            over = total is not None and sum(known) > total
            label_widget.setStyleSheet("color: #b00020;" if over else "")
            label_widget.setToolTip(
                self.tr("Women, men and children are more than the total.") if over else ""
            )

    def _list_edited(self, field: str) -> None:
        if self._errors[field].isVisibleTo(self):
            self._clear_error(field)
        self.mark_edited()

    def _day(self, text: str) -> QDate:
        try:
            return qdate(date.fromisoformat(text))
        except ValueError:
            return qdate(self.today())

    def show_errors(self, error: ValidationError) -> list[FieldError]:
        """As RecordEditor's, and the page scrolls to the first field in error (the form
        is long: an error at the sectors is out of sight of the Save button)."""
        unplaced = super().show_errors(error)
        focused = QApplication.focusWidget()
        scroll = self.parentWidget()
        while scroll is not None and not isinstance(scroll, QScrollArea):
            scroll = scroll.parentWidget()
        if scroll is not None and focused is not None and self.isAncestorOf(focused):
            scroll.ensureWidgetVisible(focused, 0, 60)
        return unplaced

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc (from any field that does not use it itself) asks to drop the changes."""
        if event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.cancel_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)
