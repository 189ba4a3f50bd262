"""Composition root: arguments -> paths -> database -> QApplication -> main window."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from pathlib import Path

import PySide6  # noqa: F401  (first, so a missing Qt for Python fails here, plainly)
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from cimicdesk import paths
from cimicdesk.domain.errors import CimicError
from cimicdesk.store import backups, encryption
from cimicdesk.store.database import Store, create_database
from cimicdesk.ui import display_check, i18n, preferences_settings, window_geometry, window_title
from cimicdesk.ui.file_in_use import open_offering_read_only
from cimicdesk.ui.generated import resources_rc  # noqa: F401  (registers :/icons)
from cimicdesk.ui.main_window import MainWindow
from cimicdesk.ui.prompts import Prompter
from cimicdesk.ui.unlocking import ask_new_passphrase, new_database_intro
from cimicdesk.ui.workers import run_task

EXIT_OK = 0
EXIT_CANCELLED = 1
EXIT_REFUSED = 2
_APP: QApplication | None = None  # kept alive for as long as the program runs


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="cimicdesk gui", description="CIMIC Desk: the desktop window."
    )
    parser.add_argument(
        "--db", metavar="FILE", type=Path, help="open this database instead of the default one"
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        type=Path,
        help="folder of the default database (e.g. on a USB stick)",
    )
    parser.add_argument(
        "--screenshot",
        metavar="PNG",
        type=Path,
        help="save a picture of the window once shown, then quit "
        "(checks that an installed bundle starts)",
    )
    parser.add_argument(
        "--lang",
        choices=tuple(i18n.LANGUAGES),
        help="language of the window for this run: en or fr (default: the "
        "one chosen in View > Language, else the system's)",
    )
    return parser.parse_args(argv)


def application() -> QApplication:
    """The running QApplication, created on first use."""
    global _APP
    existing = QApplication.instance()
    if existing is not None:
        return existing  # type: ignore[return-value]
    _APP = QApplication([sys.argv[0] if sys.argv else "cimicdesk"])
    _APP.setApplicationName(window_title.PROGRAM)
    _APP.setApplicationDisplayName(window_title.PROGRAM)  # the title ends with it: never twice
    _APP.setStyle("Fusion")
    return _APP


def open_store(args: argparse.Namespace, prompter: Prompter) -> Store | int:
    """The database to show, or an exit code when it cannot (or should not) be opened.

    With --db the file must exist and be ours. Without it the default database is
    opened; on first start it is created after asking the unit and a passphrase. An
    encrypted database asks its passphrase (Cancel quits); a plain one of an earlier
    version is offered to be encrypted (or quit).
    """
    path = args.db if args.db else paths.default_database(args.data_dir)
    try:
        if args.db or path.exists():
            # The day's backup is taken after the window shows, off the UI thread: on a
            # sector file it is a copy of hundreds of MB (see _start_daily_backup).
            opened = open_offering_read_only(
                path,
                prompter,
                daily_backup=False,
                dismiss=QCoreApplication.translate("App", "Quit"),
            )
            return EXIT_CANCELLED if opened is None else opened
        unit = prompter.ask_unit()
        if unit is None:
            return EXIT_CANCELLED
        passphrase = ask_new_passphrase(prompter, new_database_intro(path, unit[0]))
        if passphrase is None:
            return EXIT_CANCELLED
        return create_database(path, unit[0], unit[1], unit[2], passphrase=passphrase)
    except CimicError as exc:
        prompter.error(
            QCoreApplication.translate("App", "CIMIC Desk cannot open the database"),
            i18n.message(exc),
        )
        return EXIT_REFUSED


def build_main_window(store: Store, prompter: Prompter) -> MainWindow:
    """The main window over an open store; the prompter's dialogs centre on it."""
    window = MainWindow(store, prompter)
    if hasattr(prompter, "set_parent"):
        prompter.set_parent(window)
    i18n.add_language_menu(
        window.ui.menuView, lambda code, name: _language_chosen(prompter, code, name)
    )
    return window


def _language_chosen(prompter: Prompter, code: str, name: str) -> None:
    """The language is saved; say when it applies (the window is not rebuilt)."""
    now = i18n.current_language()
    if (code or i18n.system_language()) == now:
        return
    prompter.inform(
        QCoreApplication.translate("App", "Language"),
        QCoreApplication.translate(
            "App", "The language chosen ({language}) applies the next time CIMIC Desk starts."
        ).format(language=name),
    )


def _unlock_for_screenshot(args: argparse.Namespace) -> None:
    """--screenshot (a bundle's smoke test, with no one at the keyboard): the passphrase may
    come from $CIMICDESK_PASSPHRASE, as for the commands; otherwise the dialog asks."""
    phrase = os.environ.get("CIMICDESK_PASSPHRASE")
    path = args.db if args.db else paths.default_database(args.data_dir)
    if phrase and Path(path).is_file() and not encryption.is_plain(path):
        with contextlib.suppress(CimicError):
            encryption.unlock(path, phrase)


def launch(argv: list[str] | None = None, *, prompter: Prompter | None = None) -> MainWindow | int:
    """Everything run does short of the event loop: the shown window, or an exit code."""
    args = parse_args(argv)
    application()
    # Before any widget exists: every text is translated as it is built.
    i18n.install(i18n.choose_language(args.lang))
    preferences_settings.apply_font_size()  # the text size chosen in Edit → Preferences
    application().setWindowIcon(QIcon(":/icons/app"))
    prompter = prompter or Prompter()
    if args.screenshot:
        _unlock_for_screenshot(args)
    opened = open_store(args, prompter)
    if isinstance(opened, int):
        return opened
    window = build_main_window(opened, prompter)
    if window_geometry.restore(window):  # as left on this screen, or a size that fits it
        window.showMaximized()
    else:
        window.show()
    if opened.purge_problem:  # a purge a run that died left pending could not be finished
        prompter.error(
            QCoreApplication.translate("App", "Purge not finished"),
            QCoreApplication.translate(
                "App",
                "A purge made before the program last stopped could not be finished: "
                "{problem}. It is tried again at the next start.",
            ).format(problem=i18n.message(opened.purge_problem)),
        )
    _start_daily_backup(window)
    return window


def _start_daily_backup(window: MainWindow) -> None:
    """Take the day's backup on a worker (its own connection); say so if it fails."""
    store = window.store
    if store.read_only_reason() or not backups.daily_backup_due(store):
        return
    run_task(
        QCoreApplication.translate("App", "Daily backup"),
        backups.backup_file,
        store.path,
        backups.DAILY,
        on_failed=lambda error: window.statusBar().showMessage(
            QCoreApplication.translate("App", "The daily backup failed: {error}").format(
                error=i18n.message(error)
            )
        ),
        parent=window,
    )


def run(argv: list[str] | None = None, *, prompter: Prompter | None = None) -> int:
    """Start the desktop program; returns the exit code (2: the file was refused, or Qt
    cannot start here: one plain line says why, instead of Qt's abort)."""
    problem = display_check.startup_problem()
    if problem is not None:
        print(f"cimicdesk: error: {problem}", file=sys.stderr)
        return EXIT_REFUSED
    launched = launch(argv, prompter=prompter)
    if isinstance(launched, int):
        return launched
    screenshot = parse_args(argv).screenshot
    if screenshot:
        QTimer.singleShot(800, lambda: _save_and_quit(launched, screenshot))
    try:
        return application().exec()
    finally:
        launched.store.close()


def _save_and_quit(window: MainWindow, target: Path) -> None:
    saved = window.grab().save(str(target))
    print(f"{'saved' if saved else 'could not save'} {target}: {window.windowTitle()}")
    application().exit(EXIT_OK if saved else EXIT_REFUSED)


if __name__ == "__main__":
    raise SystemExit(run(sys.argv[1:]))
