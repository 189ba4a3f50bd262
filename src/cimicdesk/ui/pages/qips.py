"""The QIPs page: projects with their lifecycle moves, tranches, visits and photos, and
the mission's QIP rules."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QHBoxLayout

from cimicdesk.domain.enums import QipCategory, QipStatus
from cimicdesk.domain.errors import CimicError, FieldError, ValidationError
from cimicdesk.domain.qip import Qip, note_required, transition_errors
from cimicdesk.store import attachments, qips
from cimicdesk.store.mission_settings import get_mission_settings, save_mission_settings
from cimicdesk.ui.editors.common import iso_day
from cimicdesk.ui.editors.qip import QipEditor, verb
from cimicdesk.ui.i18n import label, message, usd
from cimicdesk.ui.models.operations import QipTableModel
from cimicdesk.ui.pages.operations import OperationsPage, narrow_enum_filter
from cimicdesk.ui.pages.record_page import Nouns


class QipsPage(OperationsPage):
    """Quick Impact Projects, newest first, late ones marked.

    Attributes (besides OperationsPage's): status_combo, category_combo, recorded_by
    (who recorded the last move, offered for the next), photo_folder (where the last
    photo came from; None: beside the database).
    """

    KEY = "qips"
    MAP_KIND = "qip"
    TITLE = "QIPs"
    ICON = ":/icons/qip"
    NOUN = "project"
    NOUNS = "projects"
    SPLIT = (600, 500)
    TABLE = qips.TABLE
    DATE_WHAT = "projects running"
    DATE_BACK = 180
    GET = qips.get_qip
    SAVE = qips.save_qip
    DELETE = qips.delete_qip
    RESTORE = qips.restore_qip
    COUNT = qips.count_qips
    COUNT_TABLE = qips.TABLE

    def __init__(self, store, prompter, parent=None, **kw):
        self.recorded_by = ""
        self.photo_folder: Path | None = None  # None: beside the database
        super().__init__(store, prompter, parent, **kw)

    def nouns(self) -> Nouns:
        return Nouns(
            self.tr("project"),
            self.tr("projects"),
            self.tr("New project"),
            self.tr("&New project"),
            lambda n: self.tr("%Ln project(s)", "", n),
        )

    def date_tooltips(self) -> tuple[str, str]:
        return (
            self.tr("Projects running on or after this day (Z); 'any' for no limit."),
            self.tr("Projects running on or before this day (Z); 'any' for no limit."),
        )

    def make_model(self) -> QipTableModel:
        return QipTableModel(self.store, self, today=self.today)

    def make_editor(self) -> QipEditor:
        editor = QipEditor(self.store, today=self.today)
        editor.transition_requested.connect(self.move_to)
        editor.photo_requested.connect(self.add_photo)
        editor.photo_removal_requested.connect(self.remove_photo)
        editor.settings_requested.connect(self.change_settings)
        return editor

    def build_own_filters(self, bar: QHBoxLayout) -> None:
        self.status_combo = narrow_enum_filter(
            "statusFilter",
            self.tr("All statuses"),
            QipStatus,
            self.tr("Show only projects at one stage"),
        )
        self.category_combo = narrow_enum_filter(
            "categoryFilter",
            self.tr("All categories"),
            QipCategory,
            self.tr("Show only one category"),
        )
        for combo in (self.status_combo, self.category_combo):
            combo.currentIndexChanged.connect(lambda _: self.apply_filters())
            bar.addWidget(combo)

    def own_filter_values(self) -> dict[str, Any]:
        status = self.status_combo.currentData()
        category = self.category_combo.currentData()
        return {
            "status": QipStatus(status) if status else None,
            "category": QipCategory(category) if category else None,
        }

    def date_filter_value(self, moment: QDateTime, days_after: int = 0) -> str:
        return iso_day(moment.date().addDays(days_after))

    def describe(self, record: Qip) -> str:
        if not record.number:
            return record.title or self.tr("new project")
        return f"{record.number} · {record.title}"

    # Lifecycle --------------------------------------------------------------------

    def move_to(self, to: QipStatus) -> bool:
        """Move the project to another stage: refused with the reasons at their fields, or
        asked date, recorder and note through the prompter and recorded."""
        self._clear_message()
        if self.editor.is_new and not self.editor.dirty:
            self.message_label.setText(self.tr("Save the project first; then move it on."))
            return False
        if not self.saved_first(self.tr("move it to “{status}”").format(status=label(to))):
            return False
        qip: Qip = self.editor.record
        errors = transition_errors(qip, to, get_mission_settings(self.store), note="(asked next)")
        if errors:
            return self._refuse(to, errors)
        answer = self.prompter.ask_transition(
            f"{verb(to)}: {qip.number}",
            self.tr("Move the project “{title}” from “{current}” to “{status}”.").format(
                title=qip.title, current=label(qip.status), status=label(to)
            ),
            default_date=self.today(),
            recorded_by=self.recorded_by,
            note_required=note_required(to),
        )
        if answer is None:
            return False
        try:
            moved = qips.transition_qip(
                self.store,
                qip.id,
                to,
                on=answer.on,
                recorded_by=answer.recorded_by,
                note=answer.note,
                today=self.today(),
            )
        except ValidationError as exc:
            return self._refuse(to, exc.errors)
        except CimicError as exc:
            self.prompter.error(self.tr("Project not moved"), message(exc))
            return False
        self.recorded_by = answer.recorded_by
        self.show_updated(
            moved,
            self.tr("{number} is now “{status}”.").format(
                number=moved.number, status=label(moved.status)
            ),
        )
        return True

    def _refuse(self, to: QipStatus, errors: list[FieldError]) -> bool:
        self.editor.show_errors(ValidationError(errors))
        self.message_label.setText(
            self.tr("Cannot move to “{status}”: {reasons}").format(
                status=label(to), reasons=" ".join(message(e.message) for e in errors)
            )
        )
        return False

    def change_settings(self) -> bool:
        """Change the mission's QIP ceiling and longest plan through the prompter."""
        answer = self.prompter.ask_mission_settings(get_mission_settings(self.store))
        if answer is None:
            return False
        try:
            saved = save_mission_settings(self.store, answer)
        except CimicError as exc:
            self.prompter.error(self.tr("Mission rules not changed"), message(exc))
            return False
        self.editor.settings_changed()
        self.status_message.emit(
            self.tr("Mission rules: ceiling {ceiling}, {months} months.").format(
                ceiling=usd(saved.qip_ceiling_usd), months=saved.qip_max_months
            )
        )
        self.records_changed.emit()
        return True

    # Photos -----------------------------------------------------------------------

    def add_photo(self) -> bool:
        """Attach a photo, chosen through the prompter, to the selected monitoring visit
        (the project is saved first when the visit is new or changed)."""
        editor: QipEditor = self.editor
        visit = editor.selected_visit()
        if visit is None:
            self.message_label.setText(self.tr("Select a monitoring visit first, or add one."))
            return False
        if not visit.id or editor.dirty or editor.is_new:
            key = (visit.visit_date, visit.percent_complete, visit.visited_by, visit.findings)
            if not self.saved_first(self.tr("add the photo")):
                return False
            visit = next(
                (
                    v
                    for v in editor.visits()
                    if (v.visit_date, v.percent_complete, v.visited_by, v.findings) == key
                ),
                None,
            )
            if visit is None:
                return False
            editor.select_visit(visit.id)
        path = self.prompter.choose_photo(self.photo_folder or self.store.path.parent)
        if path is None:
            return False
        try:
            qips.add_visit_photo(self.store, visit.id, path)
        except CimicError as exc:
            self.prompter.error(self.tr("Photo not added"), message(exc))
            return False
        self.photo_folder = path.parent
        self._reload_keeping_visit(visit.id)
        self.status_message.emit(
            self.tr("Added the photo {name} to the visit of {date}.").format(
                name=path.name, date=visit.visit_date
            )
        )
        return True

    def remove_photo(self, attachment_id: str) -> bool:
        if not self.prompter.confirm(
            self.tr("Remove photo"),
            self.tr("Remove this photo from the visit?"),
            action=self.tr("Remove"),
        ):
            return False
        try:
            attachments.delete_attachment(self.store, attachment_id)
        except CimicError as exc:
            self.prompter.error(self.tr("Photo not removed"), message(exc))
            return False
        self.editor.forget_photo(attachment_id)
        self.status_message.emit("Removed the photo from the visit.")
        return True

    def _reload_keeping_visit(self, visit_id: str) -> None:
        self.editor.load(qips.get_qip(self.store, self.editor.record_id))
        self.editor.select_visit(visit_id)
