"""The Sync page: export and import of unit files, concurrent edits to settle, possible
duplicates to merge, and the imports received so far (issue 5).

Everything here runs on the UI thread over the window's Store: settling a conflict or
merging two records is one short transaction. Long work (export, import, handover,
takeover) is started by ui.exchange_controller.ExchangeController off the UI thread.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cimicdesk.domain.errors import CimicError
from cimicdesk.store.database import Store
from cimicdesk.store.unit_keys import active_key
from cimicdesk.sync.conflicts import Conflict, keep_kept_value, keep_other_value, list_conflicts
from cimicdesk.sync.duplicates import DuplicateCandidate, find_duplicates, merge_duplicate
from cimicdesk.sync.export import last_export
from cimicdesk.sync.tables import label as table_label
from cimicdesk.ui.formatting import stamp_display
from cimicdesk.ui.i18n import message
from cimicdesk.ui.pages.base import Page
from cimicdesk.ui.prompts import Prompter
from cimicdesk.ui.widgets.column_fit import REF, TEXT, Fit, fit_columns
from cimicdesk.ui.widgets.elided_label import ElidedLabel
from cimicdesk.ui.widgets.empty_state import EmptyState

RECENT_IMPORTS = 100
# One record of each synced table, and the whole table, as read on screen (context SyncPage).
KINDS = {
    "organisations": (
        QT_TRANSLATE_NOOP("SyncPage", "Organisation"),
        QT_TRANSLATE_NOOP("SyncPage", "Organisations"),
    ),
    "contacts": (
        QT_TRANSLATE_NOOP("SyncPage", "Contact"),
        QT_TRANSLATE_NOOP("SyncPage", "Contacts"),
    ),
    "liaison_entries": (
        QT_TRANSLATE_NOOP("SyncPage", "Liaison entry"),
        QT_TRANSLATE_NOOP("SyncPage", "Liaison entries"),
    ),
    "liaison_participants": (
        QT_TRANSLATE_NOOP("SyncPage", "Participant"),
        QT_TRANSLATE_NOOP("SyncPage", "Participants"),
    ),
    "follow_up_actions": (
        QT_TRANSLATE_NOOP("SyncPage", "Follow-up action"),
        QT_TRANSLATE_NOOP("SyncPage", "Follow-up actions"),
    ),
    "qips": (QT_TRANSLATE_NOOP("SyncPage", "QIP"), QT_TRANSLATE_NOOP("SyncPage", "QIPs")),
    "incidents": (
        QT_TRANSLATE_NOOP("SyncPage", "Incident"),
        QT_TRANSLATE_NOOP("SyncPage", "Incidents"),
    ),
    "support_requests": (
        QT_TRANSLATE_NOOP("SyncPage", "Support request"),
        QT_TRANSLATE_NOOP("SyncPage", "Support requests"),
    ),
    "mission_settings": (
        QT_TRANSLATE_NOOP("SyncPage", "Mission setting"),
        QT_TRANSLATE_NOOP("SyncPage", "Mission settings"),
    ),
    "narratives": (
        QT_TRANSLATE_NOOP("SyncPage", "Unit narrative"),
        QT_TRANSLATE_NOOP("SyncPage", "Unit narratives"),
    ),
}
# How each kind of change is counted in the history: '12 new, 3 updated, 1 conflict'.
COUNT_WORDS: dict[str, Callable[[int], str]] = {
    "new": lambda n: SyncPage.tr("%Ln new", "", n),
    "updated": lambda n: SyncPage.tr("%Ln updated", "", n),
    "deleted": lambda n: SyncPage.tr("%Ln deleted", "", n),
    "conflicts": lambda n: SyncPage.tr("%Ln conflict(s)", "", n),
    "rejected": lambda n: SyncPage.tr("%Ln rejected", "", n),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("SyncPage", text)


def kind_text(table: str, many: bool = False) -> str:
    """'Organisation' (one record) or 'Organisations' (the record type) of a synced table."""
    words = KINDS.get(table)
    if words is None:
        return message(table_label(table)).capitalize()
    return _tr(words[1] if many else words[0])


def value_text(value: Any) -> str:
    """A field's value as read on screen: '—' for nothing, lists joined, JSON decoded."""
    if value is None or value == "":
        return "—"
    if isinstance(value, str) and value[:1] in "[{":
        try:
            value = json.loads(value)
        except ValueError:
            return value
    if isinstance(value, list):
        return ", ".join(value_text(v) for v in value) or "—"
    if isinstance(value, dict):
        return ", ".join(f"{k}: {value_text(v)}" for k, v in value.items()) or "—"
    return str(value)


def field_text(name: str) -> str:
    return name.replace("_", " ")


def counts_summary(counts_json: str) -> str:
    """'12 new, 3 updated, 1 conflict' from sync_log's counts; '' when nothing is known."""
    try:
        counts = json.loads(counts_json or "{}")
    except ValueError:
        return ""
    totals: dict[str, int] = {}
    for table in counts.values():
        for key, count in table.items():
            totals[key] = totals.get(key, 0) + int(count)
    shown = [counted(totals[k]) for k, counted in COUNT_WORDS.items() if totals.get(k)]
    if not shown and totals:
        return _tr("nothing new")
    return ", ".join(shown)


def make_table(name: str, headers: list[str], fits: list[Fit]) -> QTableWidget:
    """A read-only list of the page, its columns fitted to its width (widgets/column_fit)."""
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    fit_columns(table, fits)
    return table


def fill_row(table: QTableWidget, row: int, texts: list[str], data: Any = None) -> None:
    for column, text in enumerate(texts):
        item = QTableWidgetItem(text)
        item.setToolTip(text)
        if column == 0:
            item.setData(Qt.ItemDataRole.UserRole, data)
        table.setItem(row, column, item)


class SyncPage(Page):
    """Exchange with other units and what it leaves to decide.

    Attributes: store, prompter, export_button / import_button (their requests go out as
    export_requested(changes_only) / import_requested), changes_only_check (export a
    delta: only what changed since the last export, sync/delta.py), last_export_label,
    fingerprint_label (this unit's key fingerprint, to read to higher HQ), conflicts_label /
    conflicts_table (rows hold the Conflict) / keep_other_button / keep_this_button,
    duplicates_label / duplicates_table (rows hold the DuplicateCandidate) / merge_button,
    imports_label / imports_table, conflicts and duplicates (as listed).
    """

    KEY = "sync"
    TITLE = "Sync"
    ICON = ":/icons/sync"

    export_requested = Signal(bool)  # True: only the changes since the last export
    import_requested = Signal()

    def __init__(self, store: Store, prompter: Prompter, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.prompter = prompter
        self.conflicts: list[Conflict] = []
        self.duplicates: list[DuplicateCandidate] = []
        self._stale = True
        layout = QVBoxLayout(self)

        top = QHBoxLayout()
        intro = QLabel(
            self.tr(
                "Send this unit's file to higher HQ, bring in the files of other units, then "
                "settle what the merge could not decide alone."
            )
        )
        intro.setWordWrap(True)
        self.export_button = QPushButton(self.tr("&Export for higher HQ…"))
        self.export_button.setObjectName("exportButton")
        self.export_button.setToolTip(self.tr("Write this database's export file (Ctrl+E)"))
        self.import_button = QPushButton(self.tr("&Import unit files…"))
        self.import_button.setObjectName("importButton")
        self.import_button.setToolTip(
            self.tr(
                "Merge the export files of other units into this one, all or none: if one "
                "file cannot be merged, nothing of the batch is saved"
            )
        )
        self.changes_only_check = QCheckBox(self.tr("Only the &changes since the last export"))
        self.changes_only_check.setObjectName("changesOnlyCheck")
        self.changes_only_check.setToolTip(
            self.tr(
                "A smaller file: only what changed in this database since its last export, "
                "records merged in from other units included. Higher HQ can import it only "
                "if it has imported that export; otherwise send a full file."
            )
        )
        self.export_button.clicked.connect(
            lambda: self.export_requested.emit(self.changes_only_check.isChecked())
        )
        self.import_button.clicked.connect(self.import_requested)
        top.addWidget(intro, 1)
        top.addWidget(self.changes_only_check)
        top.addWidget(self.export_button)
        top.addWidget(self.import_button)
        layout.addLayout(top)
        # The export's path can be long: cut in the middle, whole in the tooltip.
        self.last_export_label = ElidedLabel()
        self.last_export_label.setObjectName("lastExportLabel")
        self.last_export_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.last_export_label)
        self.fingerprint_label = QLabel()
        self.fingerprint_label.setObjectName("fingerprintLabel")
        self.fingerprint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.fingerprint_label)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._make_conflicts())
        splitter.addWidget(self._make_duplicates())
        splitter.addWidget(self._make_imports())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setStretchFactor(2, 2)
        layout.addWidget(splitter, 1)

    # Building ------------------------------------------------------------------------

    def _make_conflicts(self) -> QGroupBox:
        box = QGroupBox(self.tr("Concurrent edits to settle"))
        layout = QVBoxLayout(box)
        self.conflicts_label = QLabel()
        self.conflicts_label.setObjectName("conflictsLabel")
        self.conflicts_label.setWordWrap(True)
        self.conflicts_table = make_table(
            "conflictsTable",
            [
                self.tr("Record"),
                self.tr("Type"),
                self.tr("Field"),
                self.tr("Value kept (in force)"),
                self.tr("Other value"),
                self.tr("Other value from"),
                self.tr("Found"),
            ],
            [Fit(TEXT), Fit(), Fit(TEXT), Fit(TEXT), Fit(TEXT), Fit(REF), Fit()],
        )
        self.keep_other_button = QPushButton(self.tr("Keep the &other value"))
        self.keep_other_button.setObjectName("keepOtherButton")
        self.keep_other_button.setToolTip(
            self.tr("Put the other value in force, as an edit of this unit that wins everywhere")
        )
        self.keep_this_button = QPushButton(self.tr("Keep &this value"))
        self.keep_this_button.setObjectName("keepThisButton")
        self.keep_this_button.setToolTip(
            self.tr("Confirm the value in force; the conflict is closed")
        )
        self.keep_other_button.clicked.connect(self.keep_other_value)
        self.keep_this_button.clicked.connect(self.keep_this_value)
        self.conflicts_table.itemSelectionChanged.connect(self._update_buttons)
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_other_button)
        buttons.addWidget(self.keep_this_button)
        buttons.addStretch(1)
        layout.addWidget(self.conflicts_label)
        layout.addWidget(self.conflicts_table, 1)
        layout.addLayout(buttons)
        return box

    def _make_duplicates(self) -> QGroupBox:
        box = QGroupBox(self.tr("Possible duplicates"))
        layout = QVBoxLayout(box)
        self.duplicates_label = QLabel()
        self.duplicates_label.setObjectName("duplicatesLabel")
        self.duplicates_label.setWordWrap(True)
        self.duplicates_table = make_table(
            "duplicatesTable",
            [
                self.tr("Kind"),
                self.tr("Record"),
                self.tr("Recorded by"),
                self.tr("Looks like"),
                self.tr("Recorded by"),
                self.tr("Why"),
            ],
            [Fit(), Fit(TEXT), Fit(REF), Fit(TEXT), Fit(REF), Fit(TEXT)],
        )
        self.merge_button = QPushButton(self.tr("&Merge into…"))
        self.merge_button.setObjectName("mergeButton")
        self.merge_button.setToolTip(
            self.tr("Mark the two records as one: choose which one is kept")
        )
        self.merge_button.clicked.connect(self.merge_selected)
        self.duplicates_table.itemSelectionChanged.connect(self._update_buttons)
        buttons = QHBoxLayout()
        buttons.addWidget(self.merge_button)
        buttons.addStretch(1)
        layout.addWidget(self.duplicates_label)
        layout.addWidget(self.duplicates_table, 1)
        layout.addLayout(buttons)
        return box

    def _make_imports(self) -> QGroupBox:
        box = QGroupBox(self.tr("Files received"))
        layout = QVBoxLayout(box)
        self.imports_label = QLabel()
        self.imports_label.setObjectName("importsLabel")
        self.imports_table = make_table(
            "importsTable",
            [
                self.tr("Imported"),
                self.tr("From unit"),
                self.tr("Exported"),
                self.tr("What it brought"),
            ],
            [Fit(), Fit(REF), Fit(), Fit(TEXT)],
        )
        layout.addWidget(self.imports_label)
        layout.addWidget(self.imports_table, 1)
        self.imports_empty = EmptyState(self.imports_table)
        self.imports_empty.action_requested.connect(self.import_requested)
        return box

    # Page ----------------------------------------------------------------------------

    def activate(self) -> None:
        if self._stale:
            self.reload()

    def refresh(self) -> None:
        self._stale = True
        if self.isVisible():
            self.reload()

    def focus_main(self) -> None:
        self.conflicts_table.setFocus()

    def reload(self) -> None:
        """Read conflicts, duplicates, imports and the last export again."""
        self._stale = False
        self._show_last_export()
        self._fill_conflicts()
        self._fill_duplicates()
        self._fill_imports()
        self._update_buttons()

    def _show_last_export(self) -> None:
        last = last_export(self.store)
        if last is None:
            text = self.tr("Not exported yet from this database.")
        else:
            text = self.tr("Last export: {time} to {path}").format(
                time=stamp_display(last.exported_at), path=last.path
            )
        self.last_export_label.setText(text)
        self.last_export_label.setToolTip(text)
        key = active_key(self.store.db)
        self.fingerprint_label.setText(
            self.tr(
                "This unit's key fingerprint: {fingerprint}. Higher HQ checks it with you "
                "(over the radio or telephone) when it enrols this unit."
            ).format(fingerprint=key.fingerprint)
            if key is not None
            else self.tr("This database has no signing key in use: it was handed over.")
        )

    def _fill_conflicts(self) -> None:
        self.conflicts = list_conflicts(self.store)
        table = self.conflicts_table
        table.setRowCount(len(self.conflicts))
        for row, found in enumerate(self.conflicts):
            fill_row(
                table,
                row,
                [
                    message(found.title),
                    kind_text(found.table),
                    field_text(found.field),
                    value_text(found.kept_value),
                    value_text(found.other_value),
                    found.source_unit or "—",
                    stamp_display(found.detected_at),
                ],
                found.seq,
            )
        count = len(self.conflicts)
        if count:
            self.conflicts_label.setText(
                self.tr(
                    "{count} to settle. The same field was changed at two places from the "
                    "same version; the value in force was chosen the same way everywhere. "
                    "Keep it, or put the other value in force."
                ).format(count=self.tr("%Ln concurrent edit(s)", "", count))
            )
            if not table.selectedItems():
                table.selectRow(0)
        else:
            self.conflicts_label.setText(self.tr("No concurrent edits to settle."))

    def _fill_duplicates(self) -> None:
        self.duplicates = find_duplicates(self.store)
        table = self.duplicates_table
        table.setRowCount(len(self.duplicates))
        for row, pair in enumerate(self.duplicates):
            kind = self.tr("Organisation") if pair.kind == "organisation" else self.tr("Contact")
            fill_row(
                table,
                row,
                [
                    kind,
                    pair.keep_name,
                    pair.keep_unit or "—",
                    pair.duplicate_name,
                    pair.duplicate_unit or "—",
                    message(pair.reason),
                ],
                row,
            )
        count = len(self.duplicates)
        if count:
            self.duplicates_label.setText(
                self.tr("{count} that may be the same organisation or person.").format(
                    count=self.tr("%Ln pair(s)", "", count)
                )
            )
            if not table.selectedItems():
                table.selectRow(0)
        else:
            self.duplicates_label.setText(self.tr("No possible duplicates."))

    def _fill_imports(self) -> None:
        rows = self.store.db.conn.execute(
            "SELECT imported_at, source_unit, exported_at, counts FROM sync_log "
            "ORDER BY imported_at DESC LIMIT ?",
            [RECENT_IMPORTS],
        ).fetchall()
        table = self.imports_table
        table.setRowCount(len(rows))
        for row, (imported, unit, exported, counts) in enumerate(rows):
            summary = counts_summary(counts) if counts != "{}" else self.tr("taken over")
            fill_row(
                table,
                row,
                [
                    stamp_display(imported),
                    unit,
                    stamp_display(exported),
                    summary or self.tr("nothing new"),
                ],
            )
        self.imports_label.setText(
            self.tr("%Ln file(s) received", "", len(rows))
            if rows
            else self.tr("No files received yet.")
        )
        self._show_imports_empty(not rows)

    def _show_imports_empty(self, empty: bool) -> None:
        """Over an empty list of files received: what comes here, and the Import button."""
        if not empty:
            self.imports_empty.hide()
            return
        text = self.tr(
            "The unit files other units send you are listed here once imported; "
            "their records merge into this database."
        )
        if self.store.read_only_reason():
            self.imports_empty.show_note(text)
        else:
            self.imports_empty.show_note(
                text,
                self.import_button.text().replace("&", ""),  # its Alt key is the top button's
                self.tr("Choose the files to merge into this database"),
            )

    def _update_buttons(self) -> None:
        writable = not self.store.read_only_reason()
        has_conflict = self.selected_conflict() is not None
        self.keep_other_button.setEnabled(writable and has_conflict)
        self.keep_this_button.setEnabled(writable and has_conflict)
        self.merge_button.setEnabled(writable and self.selected_duplicate() is not None)
        self.import_button.setEnabled(writable)

    # Selection -----------------------------------------------------------------------

    def selected_conflict(self) -> Conflict | None:
        rows = self.conflicts_table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.conflicts):
            return None
        return self.conflicts[rows[0].row()]

    def select_conflict(self, row: int) -> None:
        self.conflicts_table.selectRow(row)

    def selected_duplicate(self) -> DuplicateCandidate | None:
        rows = self.duplicates_table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.duplicates):
            return None
        return self.duplicates[rows[0].row()]

    # Settling ------------------------------------------------------------------------

    def keep_other_value(self) -> bool:
        """Put the selected conflict's other value in force (one click)."""
        found = self.selected_conflict()
        if found is None:
            return False
        return self._settle(
            found,
            keep_other_value,
            self.tr("{title}: {field} is now “{value}” (from {unit}).").format(
                title=message(found.title),
                field=field_text(found.field),
                value=value_text(found.other_value),
                unit=found.source_unit or "—",
            ),
        )

    def keep_this_value(self) -> bool:
        """Confirm the value in force of the selected conflict (one click)."""
        found = self.selected_conflict()
        if found is None:
            return False
        return self._settle(
            found,
            keep_kept_value,
            self.tr("{title}: {field} stays “{value}”.").format(
                title=message(found.title),
                field=field_text(found.field),
                value=value_text(found.kept_value),
            ),
        )

    def _settle(self, found: Conflict, settle, done: str) -> bool:
        row = self.conflicts_table.currentRow()
        try:
            settle(self.store, found.seq)
        except CimicError as exc:
            self.prompter.error(self.tr("The conflict was not settled"), message(exc))
            self.reload()
            return False
        self.reload()
        if self.conflicts:
            self.select_conflict(min(max(row, 0), len(self.conflicts) - 1))
        self.status_message.emit(done)
        self.records_changed.emit()
        return True

    def merge_selected(self) -> bool:
        """Merge the selected pair: the user chooses which record is kept."""
        pair = self.selected_duplicate()
        if pair is None:
            return False
        first = self.tr("Keep “{keep}” ({unit}); merge “{other}” into it")
        choices = [
            first.format(
                keep=pair.keep_name, unit=pair.keep_unit or "—", other=pair.duplicate_name
            ),
            first.format(
                keep=pair.duplicate_name, unit=pair.duplicate_unit or "—", other=pair.keep_name
            ),
        ]
        chosen = self.prompter.choose_item(
            self.tr("Merge into…"),
            self.tr(
                "These look like the same record ({reason}). Which one is kept? The other "
                "one is hidden from lists and searches, and points to the one kept."
            ).format(reason=message(pair.reason)),
            choices,
        )
        if chosen is None:
            return False
        keep, other = (
            (pair.keep_id, pair.duplicate_id) if chosen == 0 else (pair.duplicate_id, pair.keep_id)
        )
        try:
            merge_duplicate(self.store, keep, other)
        except CimicError as exc:
            self.prompter.error(self.tr("The records were not merged"), message(exc))
            return False
        self.reload()
        self.status_message.emit(self.tr("Merged: {choice}").format(choice=choices[chosen]))
        self.records_changed.emit()
        return True
