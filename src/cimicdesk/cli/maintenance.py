"""The upkeep commands of the command line: backups, restore, purge."""

from __future__ import annotations

import argparse
from pathlib import Path

from cimicdesk.cli.reports import open_to_read
from cimicdesk.domain.errors import CimicError
from cimicdesk.domain.timeutil import display_stamp
from cimicdesk.store import backups
from cimicdesk.store.database import open_database
from cimicdesk.store.purge import TYPES, purge_record

EXIT_OK = 0
# What an officer may type for a record type, besides the table's own name.
_KINDS = {
    "organisation": "organisations",
    "contact": "contacts",
    "liaison": "liaison_entries",
    "liaison-entry": "liaison_entries",
    "action": "follow_up_actions",
    "qip": "qips",
    "incident": "incidents",
    "support-request": "support_requests",
    "assessment": "assessments",
    "photo": "attachments",
}


def add_maintenance_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register backups, restore and purge on the CLI's sub-command parser."""
    listing = commands.add_parser(
        "backups",
        help="list the automatic backups of a database (or take one now)",
        description=(
            "List the backups of a database, newest first, from the 'backups' folder "
            "beside it and any folder chosen for them in the window's Edit > Preferences: "
            f"one a day (by default the last {backups.KEEP_DAILY} days the program was "
            f"used) and one before each import, upgrade or restore (the last "
            f"{backups.KEEP_BEFORE}). The number in the first column is what "
            "'restore' takes."
        ),
    )
    listing.add_argument("file", metavar="FILE", type=Path, help="the database")
    listing.add_argument(
        "--take", action="store_true", help="take a backup now, before listing them"
    )
    listing.set_defaults(handler=_backups)

    restore = commands.add_parser(
        "restore",
        help="put a backup back in place of a database (without BACKUP: list them)",
        description=(
            "Replace a database with one of its backups. The backup is checked first; "
            "the database as it is now is itself backed up ('before-restore'), so a "
            "restore can be undone. The restored file gets a new replica id: it is a new "
            "copy in use, and other units' files merge with it as such. Close the program "
            "window first. Without BACKUP, the backups are listed."
        ),
        epilog="Example: cimicdesk restore bn1.sqlite 2   (the second newest backup)",
    )
    restore.add_argument("file", metavar="FILE", type=Path, help="the database to replace")
    restore.add_argument(
        "backup",
        metavar="BACKUP",
        nargs="?",
        help="the number shown by 'cimicdesk backups FILE', or the path of a backup file",
    )
    restore.set_defaults(handler=_restore)

    purge = commands.add_parser(
        "purge",
        help="remove a record's content for good (a person who must not be traceable)",
        description=(
            "Remove a record's content from the database for good, not just delete it: "
            "its fields are blanked, its earlier versions, search entry and photos "
            "removed, the file and its backups cleaned so no trace of the text is left. "
            "The id and reference number stay, so the purge reaches other units' files "
            "with the next export. This cannot be undone."
        ),
        epilog="Example: cimicdesk purge bn1.sqlite contact 3f2a…  --reason 'source at risk'",
    )
    purge.add_argument("file", metavar="FILE", type=Path, help="the database")
    purge.add_argument(
        "kind",
        metavar="KIND",
        type=_kind,
        help="contact, organisation, liaison, action, qip, incident, support-request, photo",
    )
    purge.add_argument("id", metavar="ID", help="the record's id")
    purge.add_argument(
        "--reason", required=True, metavar="TEXT", help="why (kept, without the content)"
    )
    purge.set_defaults(handler=_purge)


def _kind(text: str) -> str:
    name = text.strip().lower().replace("_", "-")
    table = _KINDS.get(name) or name.replace("-", "_")
    if table not in TYPES:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not a kind of record: choose one of {', '.join(_KINDS)}"
        )
    return table


def _print_listing(database: Path) -> list[backups.Backup]:
    found = backups.list_backups(database)
    folder = database.resolve().parent / "backups"
    if not found:
        print(f"No backups of {database.name} (in {folder}).")
        return found
    print(f"Backups of {database.name}, newest first (in {folder}):")
    print(f"  {'#':>3}  {'taken (UTC)':<18} {'kind':<28} {'size':>9}")
    for number, backup in enumerate(found, start=1):
        print(
            f"  {number:>3}  {display_stamp(backup.taken_at):<18} {backup.label:<28} "
            f"{backup.size / 1e6:>6.1f} MB"
        )
    return found


def _backups(options: argparse.Namespace) -> int:
    path: Path = options.file
    if options.take:
        with open_to_read(path) as store:  # a backup only reads the database
            taken = backups.backup_before(store, "before-manual")
        print(f"Took {taken.name}")
    _print_listing(path)
    return EXIT_OK


def _restore(options: argparse.Namespace) -> int:
    path: Path = options.file
    if options.backup is None:
        found = _print_listing(path)
        if found:
            print(f"Restore one with: cimicdesk restore {path} NUMBER")
        return EXIT_OK
    chosen = _chosen_backup(path, options.backup)
    meta = backups.verify_backup(chosen)
    result = backups.restore_backup(chosen, path)
    print(f"Restored {path} from {chosen.name} (unit {meta.get('unit_name', '?')}).")
    if result.previous:
        print(f"  the file it replaced is kept as {result.previous}")
    print(f"  new replica id {result.replica_id}")
    return EXIT_OK


def _chosen_backup(database: Path, text: str) -> Path:
    candidate = Path(text)
    if candidate.exists() or not text.strip().isdigit():
        return candidate
    found = backups.list_backups(database)
    number = int(text)
    if not 1 <= number <= len(found):
        raise CimicError(
            f"There is no backup number {number} of {database.name} "
            f"({len(found)} kept); run 'cimicdesk backups {database}' to see them."
        )
    return found[number - 1].path


def _purge(options: argparse.Namespace) -> int:
    with open_database(options.file) as store:
        report = purge_record(store, options.kind, options.id, reason=options.reason)
    print(f"Purged {len(report.rows)} record(s) from {options.file}:")
    for table, row_id in report.rows:
        print(f"  {table.replace('_', ' ')} {row_id}")
    print(
        f"  {report.history_deleted} earlier version(s) and {report.blobs_deleted} photo(s) "
        f"removed; {report.reindexed} record(s) re-indexed; "
        f"{len(report.backups_scrubbed)} backup(s) cleaned"
    )
    for left in report.backups_left:
        print(f"  could not clean {left}: delete it by hand")
    if not report.checkpoint_complete:
        print("  the program still has the file open: close it to finish the cleaning")
    if report.problem:
        print(f"  purge not finished: {report.problem}")
    return EXIT_OK
