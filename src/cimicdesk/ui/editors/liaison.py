"""The liaison entry editor: times in Zulu, participants from pickers, follow-up actions."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QListWidgetItem, QToolButton

from cimicdesk.domain.enums import ActionStatus, LiaisonType, ParticipantKind
from cimicdesk.domain.errors import FieldError, RecordNotFoundError, ValidationError
from cimicdesk.domain.masking import restricted_code
from cimicdesk.domain.records import FollowUpAction, LiaisonEntry, Participant
from cimicdesk.domain.timeutil import from_stamp, to_stamp, utc_now
from cimicdesk.store import contacts, organisations
from cimicdesk.ui.editors.base import RecordEditor
from cimicdesk.ui.editors.draft_fields import text_in
from cimicdesk.ui.formatting import grid_display
from cimicdesk.ui.generated.ui_liaison_editor import Ui_LiaisonEditor
from cimicdesk.ui.i18n import label
from cimicdesk.ui.models.follow_up import FollowUpModel
from cimicdesk.ui.print_record import RecordPrinter
from cimicdesk.ui.widgets.child_table import RowKeys, edit_cell, set_up_child_table
from cimicdesk.ui.widgets.choices import (
    fill_choices,
    make_searchable,
    masked_contact_choices,
    on_enter,
    organisation_choices,
    restricted_contact_ids,
    typed_index,
)
from cimicdesk.ui.widgets.list_keys import ListKeys
from cimicdesk.ui.widgets.optional_datetime import UTC as QT_UTC
from cimicdesk.ui.widgets.optional_datetime import OptionalDateTime

# English, marked for lupdate; shown with translate("LiaisonEditor", …).
NOT_SAVED = QT_TRANSLATE_NOOP("LiaisonEditor", "(assigned when first saved)")
PICK_CONTACT = QT_TRANSLATE_NOOP("LiaisonEditor", "Choose a contact…")
PICK_ORGANISATION = QT_TRANSLATE_NOOP("LiaisonEditor", "Choose an organisation…")
translate = QCoreApplication.translate
ParticipantRole = Qt.ItemDataRole.UserRole


def to_qt(stamp: str) -> QDateTime:
    moment = from_stamp(stamp)
    return QDateTime(
        QDate(moment.year, moment.month, moment.day),
        QTime(moment.hour, moment.minute, moment.second, moment.microsecond // 1000),
        QT_UTC,
    )


def from_qt(moment: QDateTime) -> str:
    utc = moment.toUTC()
    day, time = utc.date(), utc.time()
    return to_stamp(
        datetime(
            day.year(),
            day.month(),
            day.day(),
            time.hour(),
            time.minute(),
            time.second(),
            time.msec() * 1000,
            tzinfo=UTC,
        )
    )


def this_minute() -> QDateTime:
    now = utc_now().replace(second=0, microsecond=0)
    return to_qt(to_stamp(now))


class LiaisonEditor(RecordEditor):
    """Edits one liaison entry with its participants and follow-up actions.

    Attributes: end (OptionalDateTime over the end field: empty = not recorded),
    names (participant (kind, id) -> display name, from the pickers' choices).
    """

    participant_requested = Signal(str, str)  # kind ('contact' | 'organisation'), id

    FIELDS = {
        "start": ("startEdit", "startError"),
        "end": ("endEdit", "endError"),
        "grid": ("gridEdit", "gridError"),
        "participants": ("participantsList", "participantsError"),
        "actions": ("actionsTable", "actionsError"),
    }
    FIRST_INPUT = "startEdit"
    DRAFT_SKIP = ("addContactCombo", "addOrganisationCombo")
    ACTION, OWNER = FollowUpModel.ACTION, FollowUpModel.OWNER
    DUE, STATUS = FollowUpModel.DUE, FollowUpModel.STATUS

    def __init__(self, store, parent=None):
        super().__init__(store, parent)
        self.ui = Ui_LiaisonEditor()
        self.ui.setupUi(self)
        self.names: dict[tuple[str, str], str] = {}
        self._names_of: tuple[list[tuple[str, str]], ...] = ()  # the choices names came from
        self.restricted: set[str] = set()  # restricted contacts' ids: listed by code
        ui = self.ui
        ui.startEdit.setTimeZone(QT_UTC)
        ui.startEdit.setDisplayFormat("yyyy-MM-dd HH:mm 'Z'")
        ui.endEdit.setDisplayFormat("yyyy-MM-dd HH:mm 'Z'")
        self.end = OptionalDateTime(ui.endEdit, self.tr("not recorded"), self._default_end)
        self._add_end_clear_button()
        for entry_type in LiaisonType:
            ui.typeCombo.addItem(label(entry_type), entry_type.value)
        make_searchable(ui.addContactCombo)
        make_searchable(ui.addOrganisationCombo)
        self.actions_model = FollowUpModel(self)
        metrics = ui.actionsTable.fontMetrics()
        widest_status = max((label(s) for s in ActionStatus), key=metrics.horizontalAdvance)
        set_up_child_table(
            ui.actionsTable,
            self.actions_model,
            widths={self.OWNER: "CIMIC team 3", self.DUE: "2026-11-25", self.STATUS: widest_status},
            stretch=self.ACTION,
        )
        RowKeys(ui.actionsTable, self.add_action, self._remove_action)
        self.watch_rows(self.actions_model, "actions")
        ui.actionsTable.setMinimumHeight(150)
        self._span_actions()
        ui.addContactButton.clicked.connect(self._add_contact)
        ui.addOrganisationButton.clicked.connect(self._add_organisation)
        on_enter(ui.addContactCombo, self._add_contact)  # Enter picks and adds
        on_enter(ui.addOrganisationCombo, self._add_organisation)
        ui.removeParticipantButton.clicked.connect(self._remove_participant)
        # From the keyboard, Enter in a picker adds and Delete in the list removes: Tab
        # goes from field to field without stopping on the buttons that do the same.
        for button in (ui.addContactButton, ui.addOrganisationButton, ui.removeParticipantButton):
            button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self._list_keys = ListKeys(ui.participantsList, self._remove_participant)
        ui.participantsList.itemDoubleClicked.connect(self._open_participant)
        ui.participantsList.setToolTip(
            self.tr(
                "People and organisations met. Add them with the lists below; "
                "double-click one to open it."
            )
        )
        ui.addActionButton.clicked.connect(self.add_action)
        ui.removeActionButton.clicked.connect(self._remove_action)
        self.printer = RecordPrinter(self, "liaison_entry")  # Print… (Ctrl+P)
        self.finish_setup()

    def _add_end_clear_button(self) -> None:
        form = self.ui.formLayout
        row, role = form.getWidgetPosition(self.ui.endEdit)
        form.removeWidget(self.ui.endEdit)
        box = QHBoxLayout()
        box.addWidget(self.ui.endEdit, 1)
        self.clear_end_button = QToolButton(self)
        self.clear_end_button.setText(self.tr("Clear"))
        self.clear_end_button.setToolTip(self.tr("Set the end back to 'not recorded'"))
        self.clear_end_button.clicked.connect(self.end.clear)
        box.addWidget(self.clear_end_button)
        form.setLayout(row, role, box)
        self.setTabOrder(self.ui.endEdit, self.clear_end_button)  # Tab follows the form
        self.setTabOrder(self.clear_end_button, self.ui.typeCombo)

    def _span_actions(self) -> None:
        """The actions table across the whole editor: descriptions need the width."""
        form = self.ui.formLayout
        row, _ = form.getLayoutPosition(self.ui.actionsLayout)
        form.takeRow(row)
        form.insertRow(row, self.ui.actionsLabel)
        form.insertRow(row + 1, self.ui.actionsLayout)

    def _default_end(self) -> QDateTime:
        return self.ui.startEdit.dateTime().addSecs(3600)

    # RecordEditor -------------------------------------------------------------------

    def refresh_choices(self) -> None:
        people = masked_contact_choices(self.store)
        organisation_list = organisation_choices(self.store)
        self.restricted = restricted_contact_ids(self.store)
        if self._names_of != (people, organisation_list):
            contact, organisation = (
                ParticipantKind.CONTACT.value,
                ParticipantKind.ORGANISATION.value,
            )
            self.names = {(contact, i): n for i, n in people}
            self.names.update({(organisation, i): n for i, n in organisation_list})
            self._names_of = (people, organisation_list)
        with self.loading():
            fill_choices(self.ui.addContactCombo, people, translate("LiaisonEditor", PICK_CONTACT))
            fill_choices(
                self.ui.addOrganisationCombo,
                organisation_list,
                translate("LiaisonEditor", PICK_ORGANISATION),
            )

    def blank(self) -> LiaisonEntry:
        return LiaisonEntry(start=from_qt(this_minute()))

    def fill(self, entry: LiaisonEntry) -> None:
        ui = self.ui
        ui.refLabel.setText(entry.ref or translate("LiaisonEditor", NOT_SAVED))
        ui.startEdit.setDateTime(to_qt(entry.start) if entry.start else this_minute())
        self.end.set_value(to_qt(entry.end) if entry.end else None)
        ui.typeCombo.setCurrentIndex(ui.typeCombo.findData(entry.entry_type.value))
        ui.placeEdit.setText(entry.place)
        ui.gridEdit.setText(grid_display(entry.grid))
        ui.purposeEdit.setPlainText(entry.purpose)
        ui.receivedEdit.setPlainText(entry.info_received)
        ui.passedEdit.setPlainText(entry.info_passed)
        ui.issuesEdit.setPlainText(entry.issues_raised)
        ui.significantCheck.setChecked(entry.significant)
        ui.participantsList.clear()
        for participant in entry.participants:
            self._append_participant(participant.kind.value, participant.target_id)
        self.actions_model.set_rows(entry.actions)

    def read(self, entry: LiaisonEntry) -> LiaisonEntry:
        ui = self.ui
        end = self.end.value()
        return replace(
            entry,
            start=from_qt(ui.startEdit.dateTime()),
            end=from_qt(end) if end is not None else "",
            entry_type=LiaisonType(ui.typeCombo.currentData()),
            place=ui.placeEdit.text().strip(),
            grid=self.grid_text("grid"),
            purpose=ui.purposeEdit.toPlainText(),
            info_received=ui.receivedEdit.toPlainText(),
            info_passed=ui.passedEdit.toPlainText(),
            issues_raised=ui.issuesEdit.toPlainText(),
            significant=ui.significantCheck.isChecked(),
            participants=self.participants(),
            actions=self.actions(),
        )

    def draft_lists(self) -> dict[str, list[Any]]:
        """Participants as {kind, id}; every action row as typed (empty ones too)."""
        actions = [
            {
                "id": action.id or "",
                "description": action.description,
                "owner": action.owner,
                "due_date": action.due_date,
                "status": action.status.value,
            }
            for action in self.actions_model.rows()
        ]
        participants = [{"kind": p.kind.value, "id": p.target_id} for p in self.participants()]
        return {"participants": participants, "actions": actions}

    def apply_draft_lists(self, lists: dict[str, Any]) -> None:
        participants = lists.get("participants")
        if isinstance(participants, list):
            self.ui.participantsList.clear()
            kinds = {k.value for k in ParticipantKind}
            for row in participants:
                if isinstance(row, dict) and row.get("kind") in kinds and text_in(row, "id"):
                    self._append_participant(row["kind"], row["id"])
        actions = lists.get("actions")
        if isinstance(actions, list):
            statuses = {s.value for s in ActionStatus}
            rows = []
            for row in (r for r in actions if isinstance(r, dict)):
                status = row.get("status")
                rows.append(
                    FollowUpAction(
                        id=text_in(row, "id"),
                        description=text_in(row, "description"),
                        owner=text_in(row, "owner"),
                        due_date=text_in(row, "due_date"),
                        status=ActionStatus(status) if status in statuses else ActionStatus.OPEN,
                    )
                )
            self.actions_model.set_rows(rows)

    # Participants -------------------------------------------------------------------

    def participants(self) -> list[Participant]:
        result = []
        for row in range(self.ui.participantsList.count()):
            kind, target_id = self.ui.participantsList.item(row).data(ParticipantRole)
            result.append(Participant(kind=ParticipantKind(kind), target_id=target_id))
        return result

    def add_participant(self, kind: ParticipantKind, target_id: str) -> bool:
        """Add a contact or organisation met; False if it is already listed."""
        if any(p.kind is kind and p.target_id == target_id for p in self.participants()):
            return False
        self._append_participant(kind.value, target_id)
        self.mark_edited()
        return True

    def _participant_name(self, kind: str, target_id: str) -> str:
        if kind == ParticipantKind.CONTACT.value and target_id in self.restricted:
            # Shown by code, as in the lists: the contact's page shows who, on request.
            return self.tr("Restricted contact {code}").format(code=restricted_code(target_id))
        if (kind, target_id) in self.names:
            return self.names[(kind, target_id)]
        try:  # a tombstoned contact or organisation is still shown, marked
            if kind == ParticipantKind.CONTACT.value:
                name = contacts.get_contact(self.store, target_id).name
            else:
                name = organisations.get_organisation(self.store, target_id).name
            return self.tr("{name} (deleted)").format(name=name)
        except RecordNotFoundError:
            if kind == ParticipantKind.CONTACT.value:
                return self.tr("unknown contact {id}").format(id=target_id[:8])
            return self.tr("unknown organisation {id}").format(id=target_id[:8])

    def _append_participant(self, kind: str, target_id: str) -> None:
        name = self._participant_name(kind, target_id)
        icon = QIcon(
            ":/icons/contacts" if kind == ParticipantKind.CONTACT.value else ":/icons/organisations"
        )
        item = QListWidgetItem(icon, name)
        item.setData(ParticipantRole, (kind, target_id))
        item.setToolTip(
            self.tr("{kind}: {name}. Double-click to open.").format(
                kind=label(ParticipantKind(kind)), name=name
            )
        )
        self.ui.participantsList.addItem(item)

    def _add_from(self, combo: QComboBox, kind: ParticipantKind, hint: str) -> None:
        """Add what the picker names (its whole name, or the only name holding the typed
        text); `hint` (translated) says what to do when it names none."""
        index = typed_index(combo)
        target_id = combo.itemData(index) if index > 0 else None
        if not target_id:
            self.show_errors(ValidationError([FieldError("participants", hint)]))
            return
        self.add_participant(kind, target_id)
        combo.setCurrentIndex(0)

    def _add_contact(self) -> None:
        self._add_from(
            self.ui.addContactCombo,
            ParticipantKind.CONTACT,
            self.tr("Choose a contact from the list first, then press Add."),
        )

    def _add_organisation(self) -> None:
        self._add_from(
            self.ui.addOrganisationCombo,
            ParticipantKind.ORGANISATION,
            self.tr("Choose an organisation from the list first, then press Add."),
        )

    def _remove_participant(self) -> None:
        row = self.ui.participantsList.currentRow()
        if row >= 0:
            self.ui.participantsList.takeItem(row)
            self.mark_edited()

    def _open_participant(self, item: QListWidgetItem) -> None:
        kind, target_id = item.data(ParticipantRole)
        self.participant_requested.emit(kind, target_id)

    # Follow-up actions --------------------------------------------------------------

    def actions(self) -> list[FollowUpAction]:
        """The actions in the table; rows left completely empty are ignored."""
        result = []
        for action in self.actions_model.rows():
            texts = [t.strip() for t in (action.description, action.owner, action.due_date)]
            if not any(texts):
                continue
            result.append(
                FollowUpAction(
                    id=action.id or "",
                    description=texts[0],
                    owner=texts[1],
                    due_date=texts[2],
                    status=action.status,
                )
            )
        return result

    def add_action(self) -> int:
        """Append an empty action row, start editing its description; returns the row."""
        row = self.actions_model.append(FollowUpAction())
        edit_cell(self.ui.actionsTable, row, self.ACTION)
        return row

    def _remove_action(self) -> None:
        row = self.ui.actionsTable.currentIndex().row()
        if row >= 0:
            self.actions_model.remove(row)
