"""The exchange commands of the command line: export, import, conflicts, duplicates,
handover, takeover, and JSON Lines records export/import."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from cimicdesk.cli import passphrase
from cimicdesk.cli.reports import READS_ONLY, open_to_read
from cimicdesk.domain.timeutil import display_stamp
from cimicdesk.i18n.message import Message
from cimicdesk.store import map_files
from cimicdesk.store.database import open_database
from cimicdesk.store.unit_keys import active_key, fingerprint
from cimicdesk.sync import conflicts, duplicates, handover
from cimicdesk.sync.export import LAST as EXPORT_LAST
from cimicdesk.sync.export import ExportResult, export_snapshot
from cimicdesk.sync.imports import import_files
from cimicdesk.sync.jsonl import export_records, masked_contact_ids
from cimicdesk.sync.jsonl_import import import_records
from cimicdesk.sync.manifest import DIGEST_ALGORITHM
from cimicdesk.sync.mass_changes import LIMIT as MASS_LIMIT
from cimicdesk.sync.report import format_report
from cimicdesk.sync.tables import label

PROG = "cimicdesk"


def add_sync_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register the exchange commands on the CLI's sub-command parser."""
    export = commands.add_parser(
        "export",
        help="write a unit file (export) of a database, to send to sector HQ",
        description=(
            "Write a consistent snapshot of the database, with a manifest (unit, export id, "
            "row counts, digest) inside, checked and fsynced before it gets its name."
            + READS_ONLY
            + " (It notes the export in the database, for the status bar.)"
            " With --since-last (or --since EXPORT_ID) it writes a delta instead: only the "
            "records changed here since that export, merged in from other units included; "
            "headquarters imports it only if it has imported that export (or a later one)."
        ),
        epilog=(
            f"Example: {PROG} export banbat1.sqlite --out BANBAT1-2026-W47.cimic\n"
            f"         {PROG} export banbat1.sqlite --out BANBAT1-2026-W48.cimic --since-last"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    export.add_argument("file", metavar="DB", type=Path, help="the database to export")
    export.add_argument("--out", type=Path, required=True, help="the export file to write")
    export.add_argument("--force", action="store_true", help="replace an existing export file")
    since = export.add_mutually_exclusive_group()
    since.add_argument(
        "--since-last",
        action="store_const",
        const=EXPORT_LAST,
        dest="since",
        help="write a delta: only what changed since the last export made here",
    )
    since.add_argument(
        "--since",
        metavar="EXPORT_ID",
        dest="since",
        help="write a delta: only what changed since that export made here (its export id)",
    )
    export.set_defaults(handler=_export)

    imp = commands.add_parser(
        "import",
        help="merge unit files (exports) into a database",
        description=(
            "All or nothing: check every file first (a bad one refuses the whole batch, and "
            "the database is not touched), back up the database, then merge the whole batch "
            "in one transaction: if any file cannot be merged (or the disk fills up), nothing "
            "of the batch is saved. At most 10 files at a time. A file imported before "
            "changes nothing. Purges made at other units are finished here, in the file and "
            "its backups; one that cannot be finished now (a full disk) is finished at the "
            "next start. Every file must be signed by its unit's key: a unit enrolled here "
            "(cimicdesk units), or a new one whose key fingerprint you checked with the unit "
            "and give with --enrol (the first import from a unit enrols it). Changes a "
            "file's unit may not make (another unit's records) are refused and listed "
            "(docs/exchange-rules.md)."
        ),
        epilog=f"Example: {PROG} import sector.sqlite BANBAT1-2026-W47.cimic BN2-2026-W47.cimic",
    )
    imp.add_argument("file", metavar="DB", type=Path, help="the receiving database")
    imp.add_argument("packages", metavar="FILE", type=Path, nargs="+", help="export files")
    imp.add_argument(
        "--allow-mass-changes",
        action="store_true",
        help=(
            f"import even a file that would purge or overwrite more than {MASS_LIMIT} records "
            "of other units at once (without it such a file is refused and nothing is "
            "changed; see docs/exchange-rules.md)"
        ),
    )
    imp.add_argument(
        "--enrol",
        action="append",
        default=[],
        metavar="FINGERPRINT",
        help=(
            "the key fingerprint of a unit not enrolled here, as the unit read it to you "
            "(repeatable): its files are imported and the unit enrolled"
        ),
    )
    imp.set_defaults(handler=_import)

    found = commands.add_parser(
        "conflicts",
        help="list concurrent edits found by imports, or settle one",
        description=(
            "List the open conflicts (the same field edited at two sites). --keep-other "
            "puts the value not kept back in force as your edit; --keep-kept confirms the "
            "value in force."
        ),
    )
    found.add_argument("file", metavar="DB", type=Path, help="the database")
    found.add_argument("--all", action="store_true", help="list settled conflicts too")
    choice = found.add_mutually_exclusive_group()
    choice.add_argument("--keep-other", type=int, metavar="N", help="keep the other value of N")
    choice.add_argument("--keep-kept", type=int, metavar="N", help="confirm the value kept")
    found.set_defaults(handler=_conflicts)

    dups = commands.add_parser(
        "duplicates",
        help="list organisations and people entered twice, or merge a pair",
        description=(
            "List pairs with the same name (case and accents aside) and a phone number or "
            "place in common. --merge KEEP DUPLICATE marks the duplicate as the same as KEEP."
        ),
    )
    dups.add_argument("file", metavar="DB", type=Path, help="the database")
    dups.add_argument("--merge", nargs=2, metavar=("KEEP", "DUPLICATE"), help="ids to merge")
    dups.set_defaults(handler=_duplicates)

    over = commands.add_parser(
        "handover",
        help="hand the database over: export, brief, and freeze this copy",
        description=(
            "Write the handover export and the handover brief (PDF) into a folder, then "
            "mark this database read-only: the incoming officer takes over the export."
        ),
        epilog=f"Example: {PROG} handover bn1.sqlite --out E:/handover --by 'Maj A' --to 'Maj B'",
    )
    over.add_argument("file", metavar="DB", type=Path, help="the database to hand over")
    over.add_argument("--out", type=Path, required=True, metavar="DIR", help="folder to write to")
    over.add_argument("--by", required=True, metavar="NAME", help="who hands over")
    over.add_argument("--to", required=True, metavar="NAME", help="who takes over")
    over.add_argument("--paper", choices=("A4", "Letter"), default="A4", help="paper of the brief")
    passphrase.add_handover_option(over)
    over.set_defaults(handler=_handover)

    take = commands.add_parser(
        "takeover",
        help="take over a handed-over export as this laptop's database",
        description=(
            "Verify a handover export, install it on this laptop (never over an existing "
            "file), give it a new replica id and record the rotation."
        ),
        epilog=f"Example: {PROG} takeover E:/BANBAT1-handover-2026-11-25.cimic --by 'Maj B'",
    )
    take.add_argument("package", metavar="FILE", type=Path, help="the handover export")
    take.add_argument("--to", type=Path, metavar="PATH", help="where to install it")
    take.add_argument("--by", required=True, metavar="NAME", help="who takes over")
    passphrase.add_handover_option(take)
    take.set_defaults(handler=_takeover)

    records = commands.add_parser(
        "records",
        help="export or import records as JSON Lines",
        description="Exchange records as JSON Lines: one record per line (docs/jsonl-format.md).",
    )
    actions = records.add_subparsers(title="actions", metavar="ACTION", required=True)
    out = actions.add_parser(
        "export",
        help="write every record as JSON Lines (restricted contacts masked)",
        description=(
            "Write every record as JSON Lines, for other tools and people. Restricted "
            "contacts are masked: their line carries only the id, the restricted code "
            '(C-1A2B3C) and "masked": true, never the name, position, phones, e-mail, '
            "place, grid or notes. A contact merged with a restricted one (the same "
            "person) is masked too." + READS_ONLY
        ),
        epilog=f"Example: {PROG} records export bn1.sqlite --out records.jsonl",
    )
    out.add_argument("file", metavar="DB", type=Path, help="the database")
    out.add_argument("--out", type=Path, required=True, help="the .jsonl file to write")
    out.add_argument(
        "--reveal-restricted",
        action="store_true",
        help=(
            "write restricted contacts in full (name, phones, notes, ...): only for a "
            "recipient cleared to know who they are"
        ),
    )
    out.set_defaults(handler=_records_export)
    into = actions.add_parser(
        "import",
        help="apply a JSON Lines file as edits by this unit (all of it, or nothing)",
        description=(
            "Apply a JSON Lines file as edits by this unit: all of it, or nothing. Masked "
            "lines (restricted contacts withheld by the export) are skipped, so the person "
            "held here keeps their real details."
        ),
    )
    into.add_argument("file", metavar="DB", type=Path, help="the database")
    into.add_argument("records", metavar="FILE", type=Path, help="the .jsonl file to read")
    into.set_defaults(handler=_records_import)


def _print_export(result: ExportResult) -> None:
    found = result.manifest
    print(f"Exported {found.unit_name} to {result.path}")
    print(f"  {'export id':<14}{found.export_id}")
    print(f"  {'exported':<14}{display_stamp(found.exported_at)}")
    if found.is_delta:
        print(f"  {'delta since':<14}{found.base_export_id}")
    print(f"  {'records':<14}{found.records:,}")
    print(f"  {'digest':<14}{DIGEST_ALGORITHM} {found.digest}")
    print(f"  {'signed by':<14}{fingerprint(found.signer_key)}")
    print(f"  {'size':<14}{result.size / 1e6:.1f} MB")


def _export(options: argparse.Namespace) -> int:
    with open_to_read(options.file) as store:
        _print_export(
            export_snapshot(store, options.out, overwrite=options.force, since=options.since)
        )
    return 0


def _progress(stream: TextIO) -> Callable[[Message, int, int], None] | None:
    if not stream.isatty():
        return None

    def show(message: Message, done: int, total: int) -> None:
        stream.write(f"\r  [{done}/{total}] {str(message)[:60]:<60}")
        if done == total:
            stream.write("\n")
        stream.flush()

    return show


def _import(options: argparse.Namespace) -> int:
    with open_database(options.file) as store:
        reports = import_files(
            store,
            options.packages,
            progress=_progress(sys.stderr),
            allow_mass_changes=options.allow_mass_changes,
            enrol=options.enrol,
        )
    for report in reports:
        print(format_report(report))
    return 0


def _conflicts(options: argparse.Namespace) -> int:
    settles = options.keep_other is not None or options.keep_kept is not None
    with (open_database if settles else open_to_read)(options.file) as store:
        if options.keep_other is not None:
            settled = conflicts.keep_other_value(store, options.keep_other)
            print(f"Conflict {settled.seq}: {settled.field} is now {settled.current_value!r}.")
            return 0
        if options.keep_kept is not None:
            settled = conflicts.keep_kept_value(store, options.keep_kept)
            print(f"Conflict {settled.seq}: kept {settled.current_value!r}.")
            return 0
        listed = conflicts.list_conflicts(store, None if options.all else False)
    if not listed:
        print("No conflicts to review.")
    states = {0: "open", 1: "settled", 2: "superseded"}
    for item in listed:
        print(
            f"{item.seq:>5}  {states[item.resolved]:<10} {label(item.table)} '{item.title}' "
            f"{item.field}: kept {item.kept_value!r}, {item.source_unit or 'other'} had "
            f"{item.other_value!r}"
        )
    return 0


def _duplicates(options: argparse.Namespace) -> int:
    with (open_database if options.merge else open_to_read)(options.file) as store:
        if options.merge:
            keep, duplicate = options.merge
            merged = duplicates.merge_duplicate(store, keep, duplicate)
            print(f"{merged.name} ({duplicate}) is now merged into {merged.merged_into}.")
            return 0
        pairs = duplicates.find_duplicates(store)
    if not pairs:
        print("No duplicates found.")
    for pair in pairs:
        print(
            f"{pair.kind:<13} {pair.keep_name} [{pair.keep_unit}] {pair.keep_id}\n"
            f"{'':<13} {pair.duplicate_name} [{pair.duplicate_unit}] {pair.duplicate_id}\n"
            f"{'':<13} {pair.reason}"
        )
    return 0


def _handover(options: argparse.Namespace) -> int:
    from cimicdesk.reports.commands import write_handover_brief  # reportlab: only now

    with open_database(options.file) as store:
        result = handover.hand_over(
            store,
            options.out,
            handed_over_by=options.by,
            to=options.to,
            write_brief=write_handover_brief,
            paper=options.paper,
            handover_passphrase=passphrase.handover_passphrase(options, new=True),
        )
    _print_export(result.export)
    print(f"wrote {result.brief}")
    print(f"{options.file} is now read-only: handed over to {options.to}.")
    return 0


def _takeover(options: argparse.Namespace) -> int:
    with handover.take_over(
        options.package,
        options.to,
        taken_over_by=options.by,
        handover_passphrase=passphrase.handover_passphrase(options, new=False),
        passphrase=passphrase.new_passphrase(options),
    ) as store:
        print(f"Took over {store.unit.name} as {store.path}")
        print(f"  {'replica id':<14}{store.site_id} (new)")
        key = active_key(store.db)
        print(f"  {'fingerprint':<14}{key.fingerprint if key else '-'} (new)")
        if handover.vouched(store):
            print("  Its key is vouched for by the outgoing contingent's: headquarters accept it.")
        else:
            print(
                "  No handover vouches for its key (this was not a handover export): "
                "headquarters must enrol it again (cimicdesk card)."
            )
    left = handover.maps_left_beside(options.package, store.path)
    if left:
        print(
            f"  Not installed (add them from the Map page): {', '.join(left)}, in "
            f"{map_files.maps_folder(options.package)}"
        )
    print(f"Open it with: {PROG} --db {store.path}")
    return 0


def _records_export(options: argparse.Namespace) -> int:
    reveal = options.reveal_restricted
    with open_to_read(options.file) as store:
        restricted = len(masked_contact_ids(store))
        count = export_records(store, options.out, reveal_restricted=reveal)
    print(f"wrote {count:,} records to {options.out}")
    if restricted and reveal:
        print(
            f"  {restricted:,} restricted contact(s) written in full: handle this file as "
            "restricted"
        )
    elif restricted:
        print(
            f"  {restricted:,} restricted contact(s) masked: code only, no name or details "
            "(--reveal-restricted writes them in full)"
        )
    return 0


def _records_import(options: argparse.Namespace) -> int:
    with open_database(options.file) as store:
        result = import_records(store, options.records)
    print(f"applied {result.applied:,} lines from {options.records}")
    if result.masked_skipped:
        print(
            f"  skipped {result.masked_skipped:,} masked restricted contact(s): the file "
            "withholds them; the people held here keep their details"
        )
    for kind, count in sorted(result.counts.items()):
        print(f"  {kind:<24}{count:>8,}")
    return 0
