"""The File menu's exchange commands (export, import, hand over, take over) as a controller.

ExchangeController gets what it works with when it is made (the open store, the prompter,
the widget its dialogs belong to, the opener of a database file, where a database taken
over goes, how a job is started) and tells the window what happened through its own
signals; it never reaches into the window. Each long job runs off the UI thread through
ui.workers: the worker opens its own Store on the file (never the window's connection),
and the outcome comes back on the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMenu, QProgressBar, QWidget

from cimicdesk import paths
from cimicdesk.domain.enums import UnitLevel
from cimicdesk.domain.errors import CimicError
from cimicdesk.i18n.message import Message
from cimicdesk.store.database import Store, open_database
from cimicdesk.store.unit_keys import fingerprint
from cimicdesk.sync import cards, enrolment, envelope
from cimicdesk.sync.conflicts import list_conflicts
from cimicdesk.sync.errors import PackageRefusedError, UnknownUnitError
from cimicdesk.sync.export import (
    LAST,
    SUFFIX,
    ExportResult,
    default_export_name,
    export_snapshot,
)
from cimicdesk.sync.export import last_export as read_last_export
from cimicdesk.sync.handover import (
    HandoverResult,
    hand_over,
    maps_left_beside,
    rotations,
    take_over,
    vouched,
)
from cimicdesk.sync.imports import import_files
from cimicdesk.sync.mass_changes import MassChangesError
from cimicdesk.sync.report import ImportReport
from cimicdesk.ui.formatting import stamp_display
from cimicdesk.ui.i18n import label, message
from cimicdesk.ui.import_report import ImportReportDialog
from cimicdesk.ui.prompts import Prompter
from cimicdesk.ui.unlocking import ask_new_passphrase
from cimicdesk.ui.workers import Task, with_own_store


def size_text(size: int) -> str:
    if size >= 1 << 20:
        return f"{size / (1 << 20):.1f} MB"
    return f"{max(1, round(size / 1024))} KB"


def _take_over_job(
    export_file: Path, install: Path, by: str, passphrase: str, handover_passphrase: str | None
) -> tuple[Path, list[str]]:
    """On the worker: install the export, encrypted with the incoming officer's passphrase;
    the Store opened here is closed here. With it, the maps beside the export that could
    not be installed."""
    store = take_over(
        export_file,
        install,
        taken_over_by=by,
        passphrase=passphrase,
        handover_passphrase=handover_passphrase,
    )
    try:
        return store.path, maps_left_beside(export_file, store.path)
    finally:
        store.close()


def _hand_over_job(
    store: Store, folder: Path, by: str, to: str, handover_passphrase: str
) -> HandoverResult:
    from cimicdesk.reports.commands import write_handover_brief  # reportlab: not at start

    return hand_over(
        store,
        folder,
        handed_over_by=by,
        to=to,
        write_brief=write_handover_brief,
        handover_passphrase=handover_passphrase,
    )


def _level_label(level: str) -> str:
    try:
        return label(UnitLevel(level))
    except ValueError:
        return level


def _handover_passphrase_problem(export_file: Path, phrase: str) -> str:
    """'' when `phrase` opens the handover file (or it is no sealed handover file: the
    takeover then says what it is); else why not, for the officer."""
    try:
        sealed = envelope.read_envelope(export_file)
    except (OSError, envelope.EnvelopeError):
        return ""
    if sealed.mode != envelope.PASSPHRASE:
        return ""
    try:
        envelope.key_for_passphrase(sealed, phrase)
    except envelope.EnvelopeError:
        return QCoreApplication.translate(
            "ExchangeController",
            "This is not the handover passphrase of {name}. Ask the outgoing officer for it "
            "again (it is not a database's passphrase).",
        ).format(name=export_file.name)
    return ""


class _Progress(QObject):
    """Lives on the UI thread; a worker calls report(), Qt queues it here as `changed`."""

    changed = Signal(str, int, int)

    def report(self, text: Message, done: int, total: int) -> None:
        self.changed.emit(message(text), done, total)  # in the window's language


# The commands --------------------------------------------------------------------------


def _start_task(task: Task) -> Task:
    return task.start()


class ExchangeController(QObject):
    """File → Export for higher HQ / Import unit files / Hand over / Take over database.

    Made with what it works with: store (gives the Store open now: the window shows
    another after a takeover), prompter (every question and message), dialog_parent (the
    widget its actions and the import report belong to), confirm_leave(doing) (False
    when the officer keeps unsaved edits), open_store(path) (opens a database file),
    default_database() (where a database taken over is offered to go), start_task(task)
    (queues a Task on the worker pool).

    Attributes: task (the job running, or None), report_dialog (ImportReportDialog once
    shown), last_reports, last_handover, export_label (the last export: for the status
    bar), busy_label / busy_bar (for the status bar, shown while a job runs), and the
    actions export_action, import_action, handover_action, takeover_action.
    """

    records_changed = Signal()  # an import merged records: lists and counts are stale
    export_written = Signal(object)  # the Path of the export file just written
    database_replaced = Signal(object)  # the Store to show instead of the one open
    review_requested = Signal()  # the officer asked to settle conflicts on the Sync page
    status_message = Signal(str, int)  # a passing line for the status bar, its milliseconds

    def __init__(
        self,
        store: Callable[[], Store],
        prompter: Prompter,
        dialog_parent: QWidget,
        *,
        confirm_leave: Callable[[str], bool],
        open_store: Callable[[Path], Store] = open_database,
        default_database: Callable[[], Path] = paths.default_database,
        start_task: Callable[[Task], Task] = _start_task,
    ):
        super().__init__(dialog_parent)
        self._store = store
        self.prompter = prompter
        self._dialog_parent = dialog_parent
        self._confirm_leave = confirm_leave
        self._open_store = open_store
        self._default_database = default_database
        self._start_task = start_task
        self.task: Task | None = None
        self.report_dialog: ImportReportDialog | None = None
        self.last_reports: list[ImportReport] = []
        self.last_handover: HandoverResult | None = None
        self._batch: tuple[list[Path], frozenset[str], bool] = ([], frozenset(), False)
        self._folder: Path | None = None
        self._progress = _Progress(self)
        self._progress.changed.connect(self._show_progress)
        self.busy_label = QLabel()
        self.busy_label.setObjectName("syncBusyLabel")
        self.busy_bar = QProgressBar()
        self.busy_bar.setObjectName("syncBusyBar")
        self.busy_bar.setMaximumWidth(220)
        self.busy_bar.setMaximumHeight(14)
        self.busy_bar.setTextVisible(False)
        self.busy_label.hide()
        self.busy_bar.hide()
        self.export_label = QLabel()
        self.export_label.setObjectName("exportLabel")
        self.export_label.setContentsMargins(6, 0, 6, 0)
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

        self.save_card_action = self._action(
            self.tr("Save this unit's &card…"),
            self.save_card,
            None,
            self.tr(
                "Write this unit's card (the public halves of its keys) for its headquarters "
                "or its units to enrol"
            ),
        )
        self.enrol_card_action = self._action(
            self.tr("E&nrol a card…"),
            self.enrol_card,
            None,
            self.tr("Enrol a unit or a headquarters from its card, its fingerprint checked"),
        )

    @property
    def actions(self) -> list[QAction]:
        return [
            self.export_action,
            self.import_action,
            self.handover_action,
            self.takeover_action,
            self.save_card_action,
            self.enrol_card_action,
        ]

    def _action(self, text: str, slot, shortcut, tip: str) -> QAction:
        action = QAction(text, self._dialog_parent)
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

    @property
    def store(self) -> Store:
        return self._store()

    def forget_shown(self) -> None:
        """The window is locking: the import report (record titles) goes, and what it held."""
        if self.report_dialog is not None:
            self.report_dialog.hide()
            self.report_dialog.deleteLater()
            self.report_dialog = None
        self.last_reports = []
        self.export_label.setText("")
        self.export_label.setToolTip("")

    # Cards: enrolment of units and headquarters (issue 13) ----------------------------

    def save_card(self) -> bool:
        """Write this unit's card; show the fingerprint to read to whoever enrols it."""
        suggested = self._default_folder() / f"{self.store.unit.code}.card"
        path = self.prompter.choose_report_file(
            self.tr("Save this unit's card"),
            suggested,
            self.tr("CIMIC Desk cards (*.card);;All files (*)"),
        )
        if path is None:
            return False
        try:
            card = cards.write_card(self.store, path)
        except (CimicError, OSError) as exc:
            self.prompter.error(self.tr("The card was not saved"), message(exc))
            return False
        self.prompter.inform(
            self.tr("Card saved"),
            self.tr(
                "{path}\n\nGive it to your headquarters (or to your units), then read them "
                "this fingerprint over the radio or telephone so they can check it:\n\n"
                "{fingerprint}"
            ).format(path=path, fingerprint=fingerprint(card.signing_key)),
        )
        return True

    def enrol_card(self) -> bool:
        """Enrol the unit or headquarters of a card, once its fingerprint is checked: this
        database then accepts its unit files, and seals its own files for a headquarters."""
        reason = self.store.read_only_reason()
        if reason:
            self.prompter.error(self.tr("Nothing can be enrolled here"), message(reason))
            return False
        path = self.prompter.choose_card(self._default_folder())
        if path is None:
            return False
        try:
            card = cards.read_card(path)
        except CimicError as exc:
            self.prompter.error(self.tr("This card cannot be read"), message(exc))
            return False
        if not self.prompter.confirm(
            self.tr("Enrol {unit}?").format(unit=card.unit_name),
            self.tr(
                "{unit} ({level}): its key's fingerprint is\n\n{fingerprint}\n\nCheck it "
                "with {unit} over the radio or telephone. Enrol it only if it is the same: "
                "this database then accepts its unit files and, for a headquarters above "
                "this unit, seals this unit's files for it."
            ).format(
                unit=card.unit_name,
                level=_level_label(card.unit_level),
                fingerprint=fingerprint(card.signing_key),
            ),
            action=self.tr("Enrol"),
        ):
            return False
        try:
            enrolment.enrol_key(
                self.store.db.conn,
                self.store.unit.name,
                card.unit_name,
                card.unit_level,
                card.signing_key,
                card.agreement_key,
            )
        except CimicError as exc:
            self.prompter.error(self.tr("Nothing was enrolled"), message(exc))
            return False
        self.records_changed.emit()
        self.status_message.emit(self.tr("{unit} enrolled").format(unit=card.unit_name), 8000)
        return True

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
        return self._start_task(task)

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

    # Export --------------------------------------------------------------------------

    def export(self, changes_only: bool = False) -> bool:
        """Ask where (the default name in a chosen folder) and write the export; with
        `changes_only`, a delta holding only what changed since the last export."""
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
            since=LAST if changes_only is True else None,
            parent=self,
        )
        self._start(
            task,
            self._exported,
            lambda error: self._failed(self.tr("The export was not written"), error),
        )
        return True

    def _exported(self, result: ExportResult) -> None:
        self.export_written.emit(result.path)
        self.status_message.emit(self.tr("Export written to {path}").format(path=result.path), 8000)
        size = size_text(result.size)
        rows = self.tr("%Ln row(s)", "", sum(result.manifest.counts.values()))
        if result.manifest.is_delta:
            text = self.tr(
                "The changes since the export {base} were written to:\n\n{path}\n\n{size}, "
                "{records}. Higher HQ can import this file only if it has imported that "
                "export; if it cannot, send a full file."
            ).format(base=result.manifest.base_export_id, path=result.path, size=size, records=rows)
        else:
            text = self.tr(
                "The export for higher HQ was written to:\n\n{path}\n\n{size}, {records}. "
                "Send this file to higher HQ as it is."
            ).format(path=result.path, size=size, records=rows)
        self.prompter.inform(self.tr("Export written"), text)

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
        self._start_import(list(files), frozenset())
        return True

    def _start_import(
        self, files: list[Path], confirmed: frozenset[str], *, allow_mass_changes: bool = False
    ) -> None:
        """Merge the files off the UI thread; `confirmed`: fingerprints of new units the
        officer confirmed (sync/enrolment.py); allow_mass_changes: the officer agreed to
        a file changing many records of other units (sync/mass_changes.py)."""
        self._batch = (files, confirmed, allow_mass_changes)
        task = Task(
            self.tr("Importing {files}").format(files=self.tr("%Ln file(s)", "", len(files))),
            with_own_store,
            self.store.path,
            import_files,
            files,
            progress=self._progress.report,
            enrol=confirmed,
            allow_mass_changes=allow_mass_changes,
            parent=self,
        )
        self._start(task, self._imported, self._import_failed)

    def _confirm_new_unit(self, error: UnknownUnitError) -> bool:
        """Ask whether to enrol a unit not enrolled here, showing its key's fingerprint."""
        return self.prompter.confirm(
            self.tr("Enrol a new unit?"),
            self.tr(
                "{name} comes from {unit} ({level}), a unit not enrolled in this database. "
                "The fingerprint of the key that signed it is:\n\n{fingerprint}\n\n"
                "Ask {unit} to read you their fingerprint (over the radio or telephone; it "
                "is on their Sync page). Only if it is the same, enrol {unit} and import. "
                "Otherwise nothing is imported."
            ).format(
                name=Path(str(error.path)).name,
                unit=error.unit_name,
                level=self._level_text(error.unit_level),
                fingerprint=error.fingerprint,
            ),
            action=self.tr("Enrol and import"),
        )

    def _level_text(self, level: str) -> str:
        try:
            return label(UnitLevel(level))
        except ValueError:
            return level

    def _imported(self, reports: list[ImportReport]) -> None:
        self.last_reports = list(reports)
        self.records_changed.emit()
        if self.report_dialog is None:
            self.report_dialog = ImportReportDialog(self._dialog_parent)
            self.report_dialog.review_requested.connect(self.review_requested)
        dialog = self.report_dialog
        titles = {(c.table, c.row_id): c.title for c in list_conflicts(self.store, resolved=None)}
        dialog.show_reports(reports, titles)
        dialog.show()  # non-modal, over the window (raise_() is not needed for that)
        dialog.activateWindow()
        self.status_message.emit(dialog.summary_label.text(), 8000)

    def _import_failed(self, error: BaseException) -> None:
        files, confirmed, allowed = self._batch
        if isinstance(error, UnknownUnitError) and error.fingerprint not in confirmed:
            if self._confirm_new_unit(error):
                self._start_import(
                    files, confirmed | {error.fingerprint}, allow_mass_changes=allowed
                )
            else:
                self.status_message.emit(
                    self.tr("Nothing was imported: {unit} was not enrolled").format(
                        unit=error.unit_name
                    ),
                    8000,
                )
            return
        if isinstance(error, MassChangesError) and not allowed:
            if self._allow_mass_changes(error):
                self._start_import(files, confirmed, allow_mass_changes=True)
            return
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

    def _allow_mass_changes(self, error: MassChangesError) -> bool:
        """Ask before a file purges or overwrites many records of other units (nothing has
        changed yet); True to import it all the same."""
        files = "\n\n".join(
            self.tr(
                "{file} from {sender}: {count} of other units would be purged or "
                "overwritten ({purged} purged or deleted):\n{units}"
            ).format(
                file=change.file.name,
                sender=change.sender,
                count=self.tr("%Ln record(s)", "", change.count),
                purged=change.purged,
                units="\n".join(
                    f"  • {unit}: {count}" for unit, count in sorted(change.units.items())
                ),
            )
            for change in error.changes
        )
        return self.prompter.confirm(
            self.tr("Import changes many records of other units"),
            self.tr(
                "{files}\n\nThat is more than {limit} records of other units from one file. "
                "Nothing has been changed yet. Import anyway? (Cancel: nothing is imported.)"
            ).format(files=files, limit=error.limit),
            action=self.tr("Import anyway"),
        )

    # Handover and takeover -----------------------------------------------------------

    def hand_over(self) -> bool:
        """Rotation, outgoing side: export + brief in a folder, then read-only."""
        if self.task is not None:
            return False
        reason = self.store.read_only_reason()
        if reason:
            self.prompter.error(self.tr("This database cannot be handed over"), message(reason))
            return False
        if not self._confirm_leave(self.tr("Hand over")):
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
        handover_passphrase = ask_new_passphrase(
            self.prompter,
            self.tr(
                "The handover file is sealed with a handover passphrase: whoever finds the "
                "stick reads nothing. Choose it now and give it to {to} apart from the file "
                "(by voice, or on paper kept apart, never on the same stick); {to} types it "
                "to take the database over."
            ).format(to=to),
            self.tr("Hand over: handover passphrase"),
        )
        if handover_passphrase is None:
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
            handover_passphrase,
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
        self.database_replaced.emit(self._open_store(self.store.path))
        self.status_message.emit(self.tr("Handed over — read-only"), 8000)
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
        if not self._confirm_leave(self.tr("Take over another database")):
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
        typed: list[str] = []

        def check(phrase: str) -> str:
            problem = _handover_passphrase_problem(export_file, phrase)
            if not problem:
                typed.append(phrase)
            return problem

        if envelope.is_envelope(export_file) and not self.prompter.unlock(
            export_file,
            check,
            self.tr(
                "This handover file is sealed: type the handover passphrase the outgoing "
                "officer gave you."
            ),
        ):
            return False
        passphrase = ask_new_passphrase(
            self.prompter,
            self.tr(
                "The database taken over is installed as {name}, encrypted with a passphrase "
                "of your own: the outgoing contingent's does not open it. Choose it now; CIMIC "
                "Desk asks for it each time it opens the database."
            ).format(name=install.name),
            self.tr("Take over database: your passphrase"),
        )
        if passphrase is None:
            return False
        task = Task(
            self.tr("Taking over {name}").format(name=export_file.name),
            _take_over_job,
            export_file,
            install,
            by,
            passphrase,
            typed[-1] if typed else None,
            parent=self,
        )
        self._start(
            task,
            self._taken_over,
            lambda error: self._failed(self.tr("The takeover was not done"), error),
        )
        return True

    def _free_install_path(self) -> Path:
        default = self._default_database()
        target = default
        number = 2
        while target.exists():
            target = target.with_name(f"{default.stem}-{number}.sqlite")
            number += 1
        return target

    def _taken_over(self, result: tuple[Path, list[str]]) -> None:
        path, maps_left = result
        try:
            store = self._open_store(path)
        except CimicError as exc:
            self.prompter.error(self.tr("The database taken over cannot be opened"), message(exc))
            return
        self.database_replaced.emit(store)
        recorded = rotations(store)
        rotation = recorded[-1] if recorded else None
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
            )
            + "\n\n"
            + (
                self.tr(
                    "Its signing key is new, vouched for by the outgoing contingent's key: "
                    "higher HQ accepts its unit files without enrolling it again."
                )
                if vouched(store)
                else self.tr(
                    "Its signing key is new and no handover vouches for it (this was not a "
                    "handover export): higher HQ must enrol this unit again before it "
                    "accepts its files."
                )
            )
            + (
                "\n\n"
                + self.tr(
                    "These map files beside the handover file could not be installed: "
                    "{names}. Add them from the Map page (Add map file…, Add overlay…)."
                ).format(names=", ".join(maps_left))
                if maps_left
                else ""
            ),
        )
