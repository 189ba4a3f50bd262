"""The Liaison log page: filter by text, type, date range (Zulu) and participant."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import QDateTime, QTime
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel

from cimicdesk.domain.enums import LiaisonType
from cimicdesk.domain.records import LiaisonEntry
from cimicdesk.domain.timeutil import to_stamp
from cimicdesk.store import liaison
from cimicdesk.ui.editors.liaison import LiaisonEditor
from cimicdesk.ui.i18n import label
from cimicdesk.ui.models.records import LiaisonTableModel
from cimicdesk.ui.pages.contacts import enum_filter
from cimicdesk.ui.pages.record_page import Nouns, RecordPage
from cimicdesk.ui.widgets.filter_chip import FilterChip
from cimicdesk.ui.widgets.optional_datetime import UTC as QT_UTC
from cimicdesk.ui.widgets.optional_datetime import OptionalDateTime


def day_stamp(moment: QDateTime, days_after: int = 0) -> str:
    """The stamp of 00:00Z on a date (plus some days): date filters are whole days."""
    day = moment.date()
    start = datetime(day.year(), day.month(), day.day(), tzinfo=UTC)
    return to_stamp(start + timedelta(days=days_after))


def today_utc() -> QDateTime:
    return QDateTime(QDateTime.currentDateTimeUtc().date(), QTime(0, 0), QT_UTC)


class LiaisonPage(RecordPage):
    """The liaison log, newest first.

    Attributes (besides RecordPage's): type_combo, from_date / to_date (OptionalDateTime
    over the date edits from_edit / to_edit), participant_chip ('With: …' filter).
    """

    KEY = "liaison"
    MAP_KIND = "liaison"
    TITLE = "Liaison log"
    ICON = ":/icons/liaison"
    NOUN = "liaison entry"
    SPLIT = (470, 590)
    NOUNS = "liaison entries"
    GET = liaison.get_liaison
    SAVE = liaison.save_liaison
    DELETE = liaison.delete_liaison
    RESTORE = liaison.restore_liaison
    COUNT = liaison.count_liaison
    COUNT_TABLE = liaison.TABLE

    def nouns(self) -> Nouns:
        return Nouns(
            self.tr("liaison entry"),
            self.tr("liaison entries"),
            self.tr("New liaison entry"),
            self.tr("&New liaison entry"),
            lambda n: self.tr("%Ln liaison entr(y|ies)", "", n),
        )

    def make_model(self) -> LiaisonTableModel:
        return LiaisonTableModel(self.store, self)

    def make_editor(self) -> LiaisonEditor:
        return LiaisonEditor(self.store)

    def build_filters(self, bar: QHBoxLayout) -> None:
        self.type_combo = enum_filter(
            "typeFilter",
            self.tr("All types"),
            LiaisonType,
            self.tr("Show only one kind of liaison"),
        )
        self.type_combo.currentIndexChanged.connect(lambda _: self.apply_filters())
        bar.addWidget(self.type_combo)
        self.from_edit, self.from_date = self._date_filter(
            "fromDate",
            self.tr("Entries that started on or after this day (Z); 'any' for no limit."),
            lambda: today_utc().addDays(-30),
        )
        self.to_edit, self.to_date = self._date_filter(
            "toDate",
            self.tr("Entries that started on or before this day (Z); 'any' for no limit."),
            today_utc,
        )
        bar.addWidget(QLabel(self.tr("From")))
        bar.addWidget(self.from_edit)
        bar.addWidget(QLabel(self.tr("to")))
        bar.addWidget(self.to_edit)
        self.participant_chip = FilterChip(self.tr("With"))
        self.participant_chip.cleared.connect(self.apply_filters)
        bar.addWidget(self.participant_chip)

    def _date_filter(self, name: str, tooltip: str, default) -> tuple[QDateEdit, OptionalDateTime]:
        edit = QDateEdit()
        edit.setObjectName(name)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setCalendarPopup(True)
        edit.setToolTip(tooltip)
        optional = OptionalDateTime(edit, self.tr("any"), default)
        edit.dateChanged.connect(lambda _: self.apply_filters())
        return edit, optional

    def filter_values(self) -> dict[str, Any]:
        entry_type = self.type_combo.currentData()
        start_from = self.from_date.value()
        start_to = self.to_date.value()
        return {
            "entry_type": LiaisonType(entry_type) if entry_type else None,
            "date_from": day_stamp(start_from) if start_from is not None else None,
            "date_to": day_stamp(start_to, 1) if start_to is not None else None,
            "participant_id": self.participant_chip.value or None,
        }

    def filter_by_participant(self, target_id: str, name: str) -> None:
        """Show only entries in which a contact or organisation took part."""
        self.participant_chip.set_filter(target_id, name)
        self.apply_filters()
        if self.model.rowCount() and self.model.row_of(self.editor.record_id) is None:
            self.open_record(self.model.record_at(0).id, offer_draft=False)

    def describe(self, record: LiaisonEntry) -> str:
        if not record.ref:
            return self.tr("new liaison entry")
        if record.place:
            return self.tr("{ref} · {type} at {place}").format(
                ref=record.ref, type=label(record.entry_type), place=record.place
            )
        return f"{record.ref} · {label(record.entry_type)}"
