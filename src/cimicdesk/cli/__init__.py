"""The command line: `main` runs one headless command; with no command, the window opens.

The commands' modules (reports, sync, …: reportlab and python-docx come with them) are
imported only when a command runs, never to open the window.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from cimicdesk import __version__
from cimicdesk.domain.errors import CimicError

PROG = "cimicdesk"  # as cli.reports and cli.sync name the program in their messages
EXIT_OK = 0
EXIT_ERROR = 2  # argparse uses 2 for bad arguments too: one code for "not done, read why"
EXIT_INTERRUPTED = 130
_HELP = ("-h", "--help", "--version")


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command and return its exit code; no command (or 'gui') opens the window."""
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] == "gui" or (args[0].startswith("-") and args[0] not in _HELP):
        return _run_gui(args[1:] if args[:1] == ["gui"] else args)
    from cimicdesk.store.encryption import sqlite3

    try:
        options = build_parser().parse_args(args)
    except SystemExit as exc:  # --help, --version, bad arguments: argparse has said why
        return exc.code if isinstance(exc.code, int) else EXIT_ERROR
    try:
        _unlock(options)
        code: int = options.handler(options)
        return code
    except BrokenPipeError:
        # The reader went away (e.g. `cimicdesk check FILE | head`): nothing to report.
        sys.stderr.close()
        return EXIT_OK
    except (CimicError, OSError, sqlite3.OperationalError) as exc:
        # A known problem (bad file, disk full, locked database): say what, never a traceback.
        print(f"{PROG}: error: {_describe(exc)}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print(f"\n{PROG}: interrupted; nothing more was written.", file=sys.stderr)
        return EXIT_INTERRUPTED


def _run_gui(argv: list[str]) -> int:
    """Import Qt only now, so the commands work on a machine without it."""
    try:
        from cimicdesk import app
    except ImportError as exc:
        if not (exc.name or "").startswith(("PySide6", "shiboken6")):
            raise
        print(
            f"{PROG}: error: the program window needs Qt for Python (PySide6), which is not "
            f"installed here ({exc}). The commands init, seed and check work without it.",
            file=sys.stderr,
        )
        return EXIT_ERROR
    return app.run(argv)


def build_parser() -> argparse.ArgumentParser:
    from cimicdesk.cli import passphrase
    from cimicdesk.cli.database import add_database_commands
    from cimicdesk.cli.encryption import add_encryption_commands
    from cimicdesk.cli.keys import add_key_commands
    from cimicdesk.cli.maintenance import add_maintenance_commands
    from cimicdesk.cli.places import add_place_commands
    from cimicdesk.cli.records import add_record_commands
    from cimicdesk.cli.reports import add_report_commands
    from cimicdesk.cli.sync import add_sync_commands

    parser = argparse.ArgumentParser(
        prog=PROG,
        description=(
            "CIMIC Desk: the liaison log, contact directory and reports of a CIMIC cell, "
            "working without any network. Without a command the program window opens; give "
            "it --db FILE to open a particular database, or --data-dir DIR for the folder "
            "that holds the default one (e.g. on a USB stick)."
        ),
        epilog=f"Run '{PROG} COMMAND --help' for the details of a command.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")
    commands.add_parser("gui", help="open the program window (what happens with no command)")
    add_database_commands(commands)
    add_report_commands(commands)
    add_record_commands(commands)
    add_sync_commands(commands)
    add_key_commands(commands)
    add_maintenance_commands(commands)
    add_place_commands(commands)
    add_encryption_commands(commands)
    for name, command in commands.choices.items():
        if name != "gui":
            passphrase.add_option(command)
    return parser


def _unlock(options: argparse.Namespace) -> None:
    """Ask for (or read) the passphrase of the database a command works on, once."""
    from cimicdesk.cli import passphrase

    path = getattr(options, "file", None)
    if isinstance(path, Path) and not getattr(options, "unlocks_itself", False):
        passphrase.unlock(options, path)


def _describe(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        where = f": {exc.filename}" if exc.filename else ""
        return f"{exc.strerror}{where}."
    return str(exc)
