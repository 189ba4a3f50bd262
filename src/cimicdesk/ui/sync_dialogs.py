"""The File menu's exchange commands (export, import, hand over, take over) and the import
report they show (issue 5).

SyncCommands runs each long job off the UI thread through ui.workers: the worker opens
its own Store on the file (never the window's connection), and the outcome comes back
on the UI thread, where the window is brought up to date. Questions go through the
window's Prompter; the import report is a non-modal dialog (tests read it as it is).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QMenu,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cimicdesk import paths
from cimicdesk.domain.errors import CimicError
from cimicdesk.i18n.message import Message
from cimicdesk.reports.commands import write_handover_brief
from cimicdesk.store.database import Store, open_database, read_meta
from cimicdesk.sync.conflicts import list_conflicts
from cimicdesk.sync.errors import PackageRefusedError
from cimicdesk.sync.export import SUFFIX, ExportResult, default_export_name, export_snapshot
from cimicdesk.sync.export import last_export as read_last_export
from cimicdesk.sync.handover import HANDED_OVER, HandoverResult, hand_over, rotations, take_over
from cimicdesk.sync.imports import import_files
from cimicdesk.sync.report import ImportReport
from cimicdesk.sync.tables import TABLES
from cimicdesk.ui.formatting import plural, stamp_display
from cimicdesk.ui.i18n import message
from cimicdesk.ui.pages.sync import kind_text, value_text
from cimicdesk.ui.workers import Task, with_own_store


def handed_over(store: Store) -> bool:
    """True when this database was handed over to the next contingent (read-only)."""
    return read_meta(store.db).get("state") == HANDED_OVER


def size_text(size: int) -> str:
    if size >= 1 << 20:
        return f"{size / (1 << 20):.1f} MB"
    return f"{max(1, round(size / 1024))} KB"


def _take_over_job(export_file: Path, install: Path, by: str) -> Path:
    """On the worker: install the export; the Store opened here is closed here."""
    store = take_over(export_file, install, taken_over_by=by)
    try:
        return store.path
    finally:
        store.close()


def _hand_over_job(store: Store, folder: Path, by: str, to: str) -> HandoverResult:
    return hand_over(store, folder, handed_over_by=by, to=to, write_brief=write_handover_brief)


class _Progress(QObject):
    """Lives on the UI thread; a worker calls report(), Qt queues it here as `changed`."""

    changed = Signal(str, int, int)

    def report(self, text: Message, done: int, total: int) -> None:
        self.changed.emit(message(text), done, total)  # in the window's language


# The import report -----------------------------------------------------------------------

COLUMNS = ("new", "updated", "unchanged", "older", "conflicts", "deleted", "rejected")


class ImportReportDialog(QDialog):
    """What an import did, file by file (shown non-modally).

    Attributes: reports (the ImportReports shown), boxes (one QGroupBox per file, in
    order), source_labels (unit and replica), status_labels, count_tables (QTableWidget
    per file, None when nothing was merged), detail_labels (conflicts and rejections per
    file), backup_labels, review_button (goes to the Sync page; shown when there are
    conflicts or duplicates).
    """

    review_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("importReportDialog")
        self.setWindowTitle(self.tr("Import report"))
        self.setModal(False)
        self.resize(900, 620)
        self.reports: list[ImportReport] = []
        self.boxes: list[QGroupBox] = []
        self.status_labels: list[QLabel] = []
        self.count_tables: list[QTableWidget | None] = []
        self.detail_labels: list[QLabel] = []
        self.backup_labels: list[QLabel] = []
        self.source_labels: list[QLabel] = []
        self._titles: dict[tuple[str, str], str] = {}
        layout = QVBoxLayout(self)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("importSummary")
        self.summary_label.setWordWrap(True)
        font = self.summary_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.summary_label.setFont(font)
        layout.addWidget(self.summary_label)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        layout.addWidget(self.scroll, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.review_button = QPushButton(self.tr("&Review on the Sync page"))
        buttons.addButton(self.review_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.review_button.clicked.connect(self.review_requested)
        self.review_button.clicked.connect(self.close)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)

    def _purge_lines(self, report: ImportReport) -> list[str]:
        """What became of records purged at the source (their content must not stay here)."""
        lines = []
        if report.purged:
            lines.append(
                self.tr(
                    "Purged at {unit}: {count} record(s); their earlier content was removed "
                    "from this database and its backups."
                ).format(unit=report.source_unit, count=report.purged)
            )
        lines += [
            self.tr(
                "Could not clean the backup {path}: it still holds purged content. Delete it."
            ).format(path=left)
            for left in report.purge_backups_left
        ]
        if not report.purge_checkpoint_complete:
            lines.append(
                self.tr("Another program has the database open: close it to finish the purge.")
            )
        if report.purge_problem:
            lines.append(
                self.tr("Purge not finished: {reason}").format(reason=message(report.purge_problem))
            )
        return lines

    def show_reports(
        self, reports: list[ImportReport], titles: dict[tuple[str, str], str] | None = None
    ) -> None:
        """Show these reports; titles: (table, record id) -> the record's title."""
        self.reports = list(reports)
        self._titles = titles or {}
        self.boxes, self.status_labels, self.count_tables = [], [], []
        self.detail_labels, self.backup_labels, self.source_labels = [], [], []
        holder = QWidget()
        column = QVBoxLayout(holder)
        for report in self.reports:
            column.addWidget(self._file_box(report))
        column.addStretch(1)
        self.scroll.setWidget(holder)
        imported = [r for r in self.reports if not r.already_imported]
        conflicts = sum(r.totals.conflicts for r in imported)
        duplicates = max((r.duplicate_candidates for r in imported), default=0)
        parts = [plural(len(imported), self.tr("file imported"), self.tr("files imported"))]
        if not imported:
            parts = [self.tr("Nothing imported, nothing changed")]
        already = len(self.reports) - len(imported)
        if already:
            parts.append(
                plural(
                    already,
                    self.tr("file already imported before"),
                    self.tr("files already imported before"),
                )
            )
        if conflicts:
            parts.append(
                plural(
                    conflicts,
                    self.tr("concurrent edit to settle"),
                    self.tr("concurrent edits to settle"),
                )
            )
        if duplicates:
            parts.append(
                plural(
                    duplicates,
                    self.tr("possible duplicate to review"),
                    self.tr("possible duplicates to review"),
                )
            )
        self.summary_label.setText(" · ".join(parts))
        self.review_button.setVisible(bool(conflicts or duplicates))

    def _file_box(self, report: ImportReport) -> QGroupBox:
        box = QGroupBox(report.file.name)
        box.setObjectName("importFileBox")
        layout = QVBoxLayout(box)
        form = QFormLayout()
        source = QLabel(
            f"{report.source_unit}  ({self.tr('replica')} {report.source_replica[:8]}…)"
        )
        exported = QLabel(stamp_display(report.exported_at))
        form.addRow(self.tr("From unit:"), source)
        form.addRow(self.tr("Exported:"), exported)
        status = QLabel()
        status.setObjectName("importStatus")
        status.setWordWrap(True)
        backup = QLabel()
        backup.setObjectName("backupLabel")
        backup.setWordWrap(True)
        backup.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        details = QLabel()
        details.setObjectName("importDetails")
        details.setWordWrap(True)
        details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        table: QTableWidget | None = None
        if report.already_imported:
            status.setText(
                self.tr("Already imported: this export was imported before. Nothing changed.")
            )
            status.setStyleSheet("font-weight: bold; color: #6b5900;")
            layout.addLayout(form)
            layout.addWidget(status)
        else:
            totals = report.totals
            status.setText(
                self.tr("Imported: {new} new, {updated} updated, {deleted} deleted.").format(
                    new=totals.new, updated=totals.updated, deleted=totals.deleted
                )
            )
            status.setStyleSheet("font-weight: bold; color: #1d5e20;")
            backup.setText(str(report.backup_path or "—"))
            backup.setToolTip(self.tr("A copy of the database taken before the import"))
            form.addRow(self.tr("Backup:"), backup)
            layout.addLayout(form)
            layout.addWidget(status)
            table = self._counts_table(report)
            layout.addWidget(table)
            lines = [
                self.tr(
                    "Concurrent edit: {type} {record}, {field}: kept “{kept}”, other "
                    "value “{other}” (settle it on the Sync page)"
                ).format(
                    type=kind_text(note.table),
                    record=message(self._titles.get((note.table, note.row_id), note.row_id[:8])),
                    field=note.field.replace("_", " "),
                    kept=value_text(note.kept_value),
                    other=value_text(note.other_value),
                )
                for note in report.conflicts[:50]
            ]
            lines += [
                self.tr("Rejected: {type} {record}: {reason}").format(
                    type=kind_text(row.table), record=row.row_id[:8], reason=message(row.reason)
                )
                for row in report.rejected[:50]
            ]
            hidden = max(0, len(report.conflicts) - 50) + max(0, len(report.rejected) - 50)
            if hidden:
                lines.append(self.tr("… and {count} more").format(count=hidden))
            lines += self._purge_lines(report)
            details.setText("\n".join(lines))
            details.setVisible(bool(lines))
            layout.addWidget(details)
        self.boxes.append(box)
        self.status_labels.append(status)
        self.count_tables.append(table)
        self.detail_labels.append(details)
        self.backup_labels.append(backup)
        self.source_labels.append(source)
        return box

    def _counts_table(self, report: ImportReport) -> QTableWidget:
        headers = [
            self.tr("Record type"),
            self.tr("New"),
            self.tr("Updated"),
            self.tr("Unchanged"),
            self.tr("Older (ignored)"),
            self.tr("Conflicts"),
            self.tr("Deleted"),
            self.tr("Rejected"),
        ]
        shown = [
            (kind_text(t.name, many=True), report.counts[t.name].as_dict())
            for t in TABLES
            if t.name in report.counts and any(report.counts[t.name].as_dict().values())
        ]
        shown.append((self.tr("Total"), report.totals.as_dict()))
        table = QTableWidget(len(shown), len(headers))
        table.setObjectName("countsTable")
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for row, (name, values) in enumerate(shown):
            item = QTableWidgetItem(name)
            if row == len(shown) - 1:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            table.setItem(row, 0, item)
            for column, key in enumerate(COLUMNS, start=1):
                cell = QTableWidgetItem(f"{values[key]:,}")
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if key in ("conflicts", "rejected") and values[key]:
                    cell.setForeground(Qt.GlobalColor.darkRed)
                table.setItem(row, column, cell)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        rows = table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 8)
        height = header.sizeHint().height() + rows.length() + 2 * table.frameWidth()
        table.setFixedHeight(height)
        return table

    def cell(self, file_index: int, record_type: str, column: str) -> int:
        """A count shown (for tests and checks): e.g. cell(0, 'contacts', 'new')."""
        table = self.count_tables[file_index]
        if table is None:
            return 0
        wanted = kind_text(record_type, many=True) if record_type != "total" else self.tr("Total")
        for row in range(table.rowCount()):
            if table.item(row, 0).text() == wanted:
                text = table.item(row, COLUMNS.index(column) + 1).text()
                return int(text.replace(",", ""))
        return 0


# The commands --------------------------------------------------------------------------


class SyncCommands(QObject):
    """File → Export for higher HQ / Import unit files / Hand over / Take over database.

    Attributes: window (the MainWindow), task (the job running, or None), report_dialog
    (ImportReportDialog once shown), last_reports, last_handover, export_label (status
    bar: the last export), busy_label / busy_bar (status bar, while a job runs), and the
    actions export_action, import_action, handover_action, takeover_action.
    """

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.task: Task | None = None
        self.report_dialog: ImportReportDialog | None = None
        self.last_reports: list[ImportReport] = []
        self.last_handover: HandoverResult | None = None
        self._folder: Path | None = None
        self._progress = _Progress(self)
        self._progress.changed.connect(self._show_progress)
        bar = window.statusBar()
        self.busy_label = QLabel()
        self.busy_label.setObjectName("syncBusyLabel")
        self.busy_bar = QProgressBar()
        self.busy_bar.setObjectName("syncBusyBar")
        self.busy_bar.setMaximumWidth(220)
        self.busy_bar.setMaximumHeight(14)
        self.busy_bar.setTextVisible(False)
        bar.addWidget(self.busy_label)
        bar.addWidget(self.busy_bar)
        self.busy_label.hide()
        self.busy_bar.hide()
        self.export_label = QLabel()
        self.export_label.setObjectName("exportLabel")
        self.export_label.setContentsMargins(6, 0, 6, 0)
        bar.addPermanentWidget(self.export_label)
        self.export_action = self._action(
            self.tr("&Export for higher HQ…"),
            self.export,
            "Ctrl+E",
            self.tr("Write this database's export file for higher HQ (Ctrl+E)"),
        )
        self.import_action = self._action(
            self.tr("&Import unit files…"),
            self.import_files,
            None,
            self.tr("Merge the export files of other units into this database"),
        )
        self.handover_action = self._action(
            self.tr("&Hand over…"),
            self.hand_over,
            None,
            self.tr("Rotation: write the handover export and brief, then freeze this database"),
        )
        self.takeover_action = self._action(
            self.tr("&Take over database…"),
            self.take_over,
            None,
            self.tr("Rotation: install the outgoing contingent's handover export as yours"),
        )

    @property
    def actions(self) -> list[QAction]:
        return [self.export_action, self.import_action, self.handover_action, self.takeover_action]

    def _action(self, text: str, slot, shortcut, tip: str) -> QAction:
        action = QAction(text, self.window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(lambda _=False: slot())
        return action

    def add_to_menu(self, menu: QMenu) -> None:
        menu.addSeparator()
        menu.addActions(self.actions[:2])
        menu.addSeparator()
        menu.addActions(self.actions[2:])

    def attach(self, page) -> None:
        """Connect a (new) Sync page's buttons to these commands."""
        page.export_requested.connect(self.export)
        page.import_requested.connect(self.import_files)

    @property
    def store(self) -> Store:
        return self.window.store

    @property
    def prompter(self):
        return self.window.prompter

    # Status --------------------------------------------------------------------------

    def update_status(self) -> None:
        """The last export in the status bar; actions enabled as the database allows."""
        last = read_last_export(self.store)
        if last is None:
            self.export_label.setText(self.tr("Not exported yet"))
            self.export_label.setToolTip(self.tr("File → Export for higher HQ… (Ctrl+E)"))
        else:
            self.export_label.setText(
                self.tr("Last export {time}: {name}").format(
                    time=stamp_display(last.exported_at), name=Path(last.path).name
                )
            )
            self.export_label.setToolTip(
                self.tr("Last export written to {path}").format(path=last.path)
            )
        self._update_actions()

    def _update_actions(self) -> None:
        idle = self.task is None
        writable = not self.store.read_only_reason()
        self.export_action.setEnabled(idle)
        self.import_action.setEnabled(idle and writable)
        self.handover_action.setEnabled(idle and writable)
        self.takeover_action.setEnabled(idle)

    def _start(self, task: Task, on_finished, on_failed, *, steps: bool = False) -> Task:
        self.task = task
        self.busy_label.setText(f"{task.description}…")
        self.busy_bar.setRange(0, 0)
        self.busy_label.show()
        self.busy_bar.show()
        task.ended.connect(self._ended)
        task.finished.connect(on_finished)
        task.failed.connect(on_failed)
        self._update_actions()
        return task.start()

    def _show_progress(self, text: str, done: int, total: int) -> None:
        if self.task is None:
            return
        self.busy_label.setText(f"{self.task.description}: {text}")
        if total:
            self.busy_bar.setRange(0, total)
            self.busy_bar.setValue(done)

    def _ended(self) -> None:
        self.task = None
        self.busy_label.hide()
        self.busy_bar.hide()
        self._update_actions()

    def _failed(self, title: str, error: BaseException) -> None:
        if isinstance(error, CimicError):
            text = message(error)
        else:
            text = self.tr(
                "Something unexpected went wrong ({kind}: {error}). Nothing was lost; please "
                "tell whoever looks after CIMIC Desk."
            ).format(kind=type(error).__name__, error=error)
        self.prompter.error(title, text)

    def _default_folder(self) -> Path:
        if self._folder is not None and self._folder.is_dir():
            return self._folder
        last = read_last_export(self.store)
        if last is not None and Path(last.path).parent.is_dir():
            return Path(last.path).parent
        return self.store.path.parent

    def _sync_page(self):
        return self.window.pages.get("sync")

    def _records_changed(self) -> None:
        """Every page reloads (lists, dashboard, Sync) and the status bar counts again."""
        page = self._sync_page()
        if page is not None:
            page.refresh()
            page.records_changed.emit()  # the window refreshes the other pages and status
        else:
            self.window.update_status()

    # Export --------------------------------------------------------------------------

    def export(self) -> bool:
        """Ask where (the default name in a chosen folder) and write the export."""
        if self.task is not None:
            return False
        suggested = self._default_folder() / default_export_name(self.store)
        out = self.prompter.choose_export_file(suggested)
        if out is None:
            return False
        if out.suffix != SUFFIX and not out.exists():
            out = out.with_name(out.name + SUFFIX)
        overwrite = False
        if out.exists() and not out.is_dir():
            if not self.prompter.confirm(
                self.tr("Replace the file?"),
                self.tr("{path} already exists. Replace it with a new export?").format(path=out),
                action=self.tr("Replace"),
            ):
                return False
            overwrite = True
        self._folder = out.parent
        task = Task(
            self.tr("Exporting to {name}").format(name=out.name),
            with_own_store,
            self.store.path,
            export_snapshot,
            out,
            overwrite=overwrite,
            parent=self,
        )
        self._start(
            task,
            self._exported,
            lambda error: self._failed(self.tr("The export was not written"), error),
        )
        return True

    def _exported(self, result: ExportResult) -> None:
        self.window.update_status()
        page = self._sync_page()
        if page is not None:
            page.refresh()
        self.window.statusBar().showMessage(
            self.tr("Export written to {path}").format(path=result.path), 8000
        )
        self.prompter.inform(
            self.tr("Export written"),
            self.tr(
                "The export for higher HQ was written to:\n\n{path}\n\n{size}, {records}. "
                "Send this file to higher HQ as it is."
            ).format(
                path=result.path,
                size=size_text(result.size),
                records=plural(
                    sum(result.manifest.counts.values()), self.tr("row"), self.tr("rows")
                ),
            ),
        )

    # Import --------------------------------------------------------------------------

    def import_files(self) -> bool:
        """Choose unit files (several at once) and merge them off the UI thread."""
        if self.task is not None:
            return False
        reason = self.store.read_only_reason()
        if reason:
            self.prompter.error(self.tr("Nothing can be imported here"), message(reason))
            return False
        files = self.prompter.choose_unit_files(self._default_folder())
        if not files:
            return False
        self._folder = files[0].parent
        task = Task(
            self.tr("Importing {files}").format(
                files=plural(len(files), self.tr("file"), self.tr("files"))
            ),
            with_own_store,
            self.store.path,
            import_files,
            files,
            progress=self._progress.report,
            parent=self,
        )
        self._start(task, self._imported, self._import_failed)
        return True

    def _imported(self, reports: list[ImportReport]) -> None:
        self.last_reports = list(reports)
        self._records_changed()
        if self.report_dialog is None:
            self.report_dialog = ImportReportDialog(self.window)
            self.report_dialog.review_requested.connect(lambda: self.window.show_page("sync"))
        dialog = self.report_dialog
        titles = {(c.table, c.row_id): c.title for c in list_conflicts(self.store, resolved=None)}
        dialog.show_reports(reports, titles)
        dialog.show()  # non-modal, over the window (raise_() is not needed for that)
        dialog.activateWindow()
        self.window.statusBar().showMessage(dialog.summary_label.text(), 8000)

    def _import_failed(self, error: BaseException) -> None:
        if isinstance(error, PackageRefusedError):
            name = Path(str(error.path)).name
            self.prompter.error(
                self.tr("Import refused: nothing was changed"),
                self.tr(
                    "{name} was refused:\n\n{reason}\n\nNo file of this batch was imported; "
                    "the database is unchanged."
                ).format(name=name, reason=message(error)),
            )
            return
        self._failed(self.tr("Import not done: nothing was changed"), error)

    # Handover and takeover -----------------------------------------------------------

    def hand_over(self) -> bool:
        """Rotation, outgoing side: export + brief in a folder, then read-only."""
        if self.task is not None:
            return False
        reason = self.store.read_only_reason()
        if reason:
            self.prompter.error(self.tr("This database cannot be handed over"), message(reason))
            return False
        if not self.window.confirm_leave(self.tr("Hand over")):
            return False
        title = self.tr("Hand over")
        folder = self.prompter.choose_folder(
            self.tr("Hand over: folder for the export and the brief"), self._default_folder()
        )
        if folder is None:
            return False
        by = self.prompter.ask_text(title, self.tr("Officer handing over (rank and name):"))
        if not by:
            return False
        to = self.prompter.ask_text(title, self.tr("Officer taking over (rank and name):"))
        if not to:
            return False
        if not self.prompter.confirm(
            self.tr("Hand over this database?"),
            self.tr(
                "{unit}: the handover export and the handover brief are written to {folder}, "
                "handed over by {by} to {to}.\n\nAfter that this database is read-only: the "
                "incoming officer takes the export over (File → Take over database…)."
            ).format(unit=self.store.unit.name, folder=folder, by=by, to=to),
            action=self.tr("Hand over"),
        ):
            return False
        self._folder = folder
        task = Task(
            self.tr("Handing over to {to}").format(to=to),
            with_own_store,
            self.store.path,
            _hand_over_job,
            folder,
            by,
            to,
            parent=self,
        )
        self._start(
            task,
            self._handed_over,
            lambda error: self._failed(self.tr("The handover was not done"), error),
        )
        return True

    def _handed_over(self, result: HandoverResult) -> None:
        """Show the database as it is now: handed over, read-only."""
        self.last_handover = result
        self.window.switch_store(open_database(self.store.path))
        self.window.statusBar().showMessage(self.tr("Handed over — read-only"), 8000)
        self.prompter.inform(
            self.tr("Handed over"),
            self.tr(
                "The handover export and brief were written:\n\n{export}\n{brief}\n\n"
                "This database is now handed over — read-only. Give the export to the "
                "incoming officer."
            ).format(export=result.export.path, brief=result.brief),
        )

    def take_over(self) -> bool:
        """Rotation, incoming side: install a handover export and open it as ours."""
        if self.task is not None:
            return False
        if not self.window.confirm_leave(self.tr("Take over another database")):
            return False
        export_file = self.prompter.choose_export_to_take_over(self._default_folder())
        if export_file is None:
            return False
        install = self.prompter.choose_install_path(self._free_install_path())
        if install is None:
            return False
        by = self.prompter.ask_text(
            self.tr("Take over database"), self.tr("Officer taking over (rank and name):")
        )
        if not by:
            return False
        task = Task(
            self.tr("Taking over {name}").format(name=export_file.name),
            _take_over_job,
            export_file,
            install,
            by,
            parent=self,
        )
        self._start(
            task,
            self._taken_over,
            lambda error: self._failed(self.tr("The takeover was not done"), error),
        )
        return True

    def _free_install_path(self) -> Path:
        target = paths.default_database()
        number = 2
        while target.exists():
            target = target.with_name(f"{paths.default_database().stem}-{number}.sqlite")
            number += 1
        return target

    def _taken_over(self, path: Path) -> None:
        try:
            store = open_database(path)
        except CimicError as exc:
            self.prompter.error(self.tr("The database taken over cannot be opened"), message(exc))
            return
        self.window.switch_store(store)
        rotation = rotations(store)[-1] if rotations(store) else None
        handed = (
            self.tr("Handed over by {by} to {to}; ").format(
                by=rotation.handed_over_by or "—", to=rotation.handed_over_to or "—"
            )
            if rotation
            else ""
        )
        self.prompter.inform(
            self.tr("Database taken over"),
            self.tr(
                "{unit} is now open from {path}.\n\nThis copy has a new replica id "
                "({replica}…), so its edits are told apart from the outgoing contingent's. "
                "The rotation was recorded: {handed}taken over by {by}."
            ).format(
                unit=store.unit.name,
                path=path,
                replica=store.site_id[:8],
                handed=handed,
                by=rotation.taken_over_by if rotation else "—",
            ),
        )
