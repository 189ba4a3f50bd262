"""The database commands of the command line: init, seed, check."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from cimicdesk.cli import passphrase
from cimicdesk.cli.places import mission_area_codes
from cimicdesk.cli.reports import PROG, READS_ONLY, note_if_open_elsewhere
from cimicdesk.domain.enums import UnitLevel
from cimicdesk.domain.errors import CimicError, FileRefusedError
from cimicdesk.domain.timeutil import parse_date
from cimicdesk.store import probes, schema, unit_keys
from cimicdesk.store.database import (
    Store,
    check_file,
    create_database,
    integrity_problems,
    open_database,
    open_read_only,
    reading_reason,
)
from cimicdesk.store.encryption import sqlite3
from cimicdesk.store.places import set_mission_area
from cimicdesk.store.stats import record_counts
from cimicdesk.store.training import NotTrainingError, refusal
from cimicdesk.store.writer_lock import lock_path

EXIT_OK = 0


def add_database_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register init, seed and check on the CLI's sub-command parser."""
    _add_init(commands)
    _add_seed(commands)
    _add_check(commands)


# --- init -------------------------------------------------------------------------------


def _add_init(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    init = commands.add_parser(
        "init",
        help="create a new, empty database for your unit",
        description=(
            "Create a new, empty database for your unit. An existing file is never "
            "overwritten: choose a new file name."
        ),
        epilog=f"Example: {PROG} init banbat1.sqlite --unit 'BANBAT 1' --level battalion "
        "--parent 'Sector Centre'",
    )
    init.add_argument("file", metavar="FILE", type=Path, help="the database file to create")
    init.add_argument(
        "--unit",
        required=True,
        type=_unit_name,
        metavar="NAME",
        help="your unit's name as it appears on reports, e.g. 'BANBAT 1'",
    )
    init.add_argument(
        "--level",
        required=True,
        type=_level,
        metavar="LEVEL",
        help="battalion, sector (Sector HQ) or fhq (Force HQ)",
    )
    init.add_argument(
        "--parent",
        default="",
        metavar="NAME",
        help="the formation you report to, e.g. 'Sector Centre'",
    )
    init.add_argument(
        "--training",
        action="store_true",
        help=(
            "make a training (exercise) database: it may be seeded with made-up records, "
            "says EXERCISE on every screen and report, and its records never mix with a "
            "real database's (for good: a database cannot change kind)"
        ),
    )
    init.add_argument(
        "--mission-area",
        type=mission_area_codes,
        metavar="CODES",
        help=(
            "the mission's country codes, comma-separated (e.g. CF): their built-in places "
            "are copied in, for the map and the place suggestions (later: "
            f"'{PROG} places FILE --mission-area')"
        ),
    )
    init.set_defaults(handler=_init)


def _init(options: argparse.Namespace) -> int:
    with create_database(
        options.file,
        options.unit,
        options.level,
        options.parent,
        passphrase=passphrase.new_passphrase(options),
        training=options.training,
    ) as store:
        if options.mission_area:
            set_mission_area(store, options.mission_area)
        print(f"Created {store.path.resolve()}")
        _print_facts(store, schema.schema_version())
    print(f"Open it with: {PROG} --db {options.file}")
    return EXIT_OK


# --- seed -------------------------------------------------------------------------------


def _add_seed(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    seed = commands.add_parser(
        "seed",
        help="fill a training database with made-up, realistic records (exercises, demos)",
        description=(
            "Fill a training database with made-up but realistic records: organisations, "
            "contacts and liaison entries with their participants and follow-up actions, in "
            "a mission like the one in the Central African Republic. A FILE that does not "
            "exist is created as a training database (EXERCISE on every screen and report; "
            "its records can never be imported into a real database). A real database is "
            "refused: create a training one with 'init --training', or seed a new file. "
            "The same seed, start and unit give the same records."
        ),
        epilog=f"Example: {PROG} seed training.sqlite --entries 5000 --seed 1",
    )
    seed.add_argument("file", metavar="FILE", type=Path, help="the database file to fill")
    seed.add_argument(
        "--entries",
        required=True,
        type=_count,
        metavar="N",
        help="how many liaison entries to make (organisations ~N/40, contacts ~N/12)",
    )
    seed.add_argument(
        "--seed",
        required=True,
        type=_integer,
        metavar="S",
        help="any whole number; the same number gives the same records",
    )
    seed.add_argument(
        "--unit", type=_unit_name, metavar="NAME", help="unit of a new file (default 'BANBAT 1')"
    )
    seed.add_argument(
        "--level",
        type=_level,
        metavar="LEVEL",
        help="level of a new file: battalion (default), sector or fhq",
    )
    seed.add_argument("--parent", metavar="NAME", help="formation of a new file")
    seed.add_argument(
        "--start",
        type=_date,
        metavar="YYYY-MM-DD",
        help="first day of the period (default: DAYS days before today)",
    )
    seed.add_argument(
        "--days",
        type=_positive,
        default=365,
        metavar="DAYS",
        help="length of the period in days (default 365)",
    )
    seed.set_defaults(handler=_seed)


def seed_database(store: Store, **options: Any) -> dict[str, int]:
    """demo.generate.seed_database, imported only when a database is seeded (its word
    lists and Pillow are not what any other command needs at its start)."""
    from cimicdesk.demo.generate import seed_database as seed

    return seed(store, **options)


def _seed(options: argparse.Namespace) -> int:
    from cimicdesk.demo.generate import seed_database  # the word lists: only to seed

    path: Path = options.file
    began = time.perf_counter()
    is_new = not path.exists() or path.stat().st_size == 0
    store = _store_to_seed(options, is_new)
    try:
        print(
            f"Seeding {path} (unit {store.unit.name}): {options.entries:,} liaison entries, "
            f"seed {options.seed}"
        )
        counts = seed_database(
            store,
            entries=options.entries,
            seed=options.seed,
            start=options.start,
            days=options.days,
            progress=_progress_printer(sys.stderr),
        )
    except BaseException:
        store.close()
        if is_new:  # leave no half-made file behind
            for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), lock_path(path)):
                leftover.unlink(missing_ok=True)
        raise
    store.close()  # folds the write-ahead log into the file: part of the time taken
    seconds = time.perf_counter() - began
    print(f"Added in {seconds:.1f} s:")
    for table, count in counts.items():
        print(f"  {_label(table):<22}{count:>10,}")
    return EXIT_OK


def _store_to_seed(options: argparse.Namespace, is_new: bool) -> Store:
    path: Path = options.file
    if is_new:
        return create_database(
            path,
            options.unit or "BANBAT 1",
            options.level or UnitLevel.BATTALION,
            options.parent or "",
            passphrase=passphrase.new_passphrase(options),
            training=True,
        )
    # Refuse a real database before it is opened for writing: no daily backup, no
    # change of any kind (seed_database refuses it too, for every other caller).
    if not _is_training_file(path):
        raise NotTrainingError(refusal(path.name))
    store = open_database(path)
    wanted = {"unit": options.unit, "level": options.level, "parent": options.parent}
    actual = {"unit": store.unit.name, "level": store.unit.level, "parent": store.unit.parent}
    differing = [k for k, v in wanted.items() if v is not None and v != actual[k]]
    if differing:
        store.close()
        raise CimicError(
            f"{path.name} already exists for unit {store.unit.name} "
            f"({store.unit.level.label}); --{differing[0]} only applies to a new file. "
            "Leave it out, or give a new file name."
        )
    return store


def _is_training_file(path: Path) -> bool:
    """Whether a database file is a training one, read without changing it."""
    check_file(path)  # refuses missing, foreign, cut-short and newer files
    store = _open_read_only(path)
    try:
        return store.training
    finally:
        store.close()


def _progress_printer(stream: TextIO) -> Callable[[int, int], None] | None:
    """A progress callback that rewrites one line on a terminal, and stays silent otherwise."""
    if not stream.isatty():
        return None

    def show(done: int, total: int) -> None:
        stream.write(f"\r  {done:,} / {total:,} entries")
        if done == total:
            stream.write("\n")
        stream.flush()

    return show


# --- check ------------------------------------------------------------------------------


def _add_check(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    check = commands.add_parser(
        "check",
        help="check a database file without changing it",
        description=(
            "Check a database file without changing it: is it whole and sound, whose is "
            "it, which schema, how many records. Exit code 0 when the file is sound, 2 "
            "(with the reason) when it cannot be used." + READS_ONLY
        ),
    )
    check.add_argument("file", metavar="FILE", type=Path, help="the database file to check")
    check.set_defaults(handler=_check)


def _check(options: argparse.Namespace) -> int:
    path: Path = options.file
    version = check_file(path)  # refuses missing, foreign, cut-short and newer files
    store = _open_read_only(path)
    note_if_open_elsewhere(path)
    try:
        problems = integrity_problems(store)
        if problems:
            shown = " ".join("; ".join(problems[:3]).split())  # SQLite's lines, on one
            raise FileRefusedError(
                f"{path.name} is damaged: the integrity check found {len(problems)} "
                f"problem(s), e.g. {shown}. Restore it from its backups folder or from the "
                "last export; nothing was changed."
            )
        print(f"{path.resolve()}")
        print(f"  {'integrity':<14}ok")
        _print_facts(store, version)
        print(f"  {'size':<14}{path.stat().st_size / 1e6:.1f} MB")
        if store.handed_over:
            print(f"  {'state':<14}handed over: kept read-only")
        print("  live records")
        for table, count in _live_counts(store).items():
            print(f"    {_label(table):<22}{count:>10,}")
    except sqlite3.DatabaseError as exc:
        raise _damaged(path, exc) from exc
    finally:
        store.close()
    return EXIT_OK


def _live_counts(store: Store) -> dict[str, int]:
    """Live records per table; an older file lacks the newer tables and shows only its own."""
    present = probes.table_names(store.db)
    if present >= set(schema.SYNCED_TABLES):
        return record_counts(store)
    return {
        table: store.db.execute(f"SELECT count(*) FROM {table} WHERE deleted = 0").fetchone()[0]
        for table in schema.SYNCED_TABLES
        if table in present
    }


def _open_read_only(path: Path) -> Store:
    """The database on a read-only connection, as it is (an older one is not upgraded):
    check must never change the file it checks."""
    return open_read_only(path, reading_reason(path), older=True)


def _damaged(path: Path, exc: Exception) -> FileRefusedError:
    return FileRefusedError(
        f"{path.name} is damaged and cannot be read ({exc}). Restore it from its backups "
        "folder or from the last export; nothing was changed."
    )


# --- shared -----------------------------------------------------------------------------


def _print_facts(store: Store, version: int) -> None:
    current = schema.schema_version()
    note = "current" if version == current else f"older; upgraded to {current} when opened"
    unit = f"{store.unit.name} ({store.unit.level.label})"
    if store.unit.parent:
        unit += f", reports to {store.unit.parent}"
    print(f"  {'schema':<14}{version} ({note})")
    print(f"  {'unit':<14}{unit}")
    print(f"  {'replica id':<14}{store.site_id}")
    key = unit_keys.active_key(store.db)
    if key is not None:
        print(f"  {'fingerprint':<14}{key.fingerprint} (this unit's key: cimicdesk card)")
    if store.training:
        print(f"  {'kind':<14}EXERCISE: a training database (made-up records, never real ones)")


_LABELS = {
    "liaison_participants": "participants",
    "follow_up_actions": "follow-up actions",
    "narratives": "unit narratives",
    # A community assessment's parts, in words that fit the column.
    "assessments": "community assessments",
    "assessment_sectors": "sector ratings",
    "assessment_infrastructure": "infrastructure seen",
    "assessment_actions": "recommended actions",
}


def _label(table: str) -> str:
    return _LABELS.get(table, table.replace("_", " "))


def _unit_name(text: str) -> str:
    if not text.strip():
        raise argparse.ArgumentTypeError("give the unit's name, e.g. 'BANBAT 1'")
    return text.strip()


def _level(text: str) -> UnitLevel:
    try:
        return UnitLevel.parse(text)  # type: ignore[return-value]
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _integer(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None


def _count(text: str) -> int:
    number = _integer(text)
    if number < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more, not {number}")
    return number


def _positive(text: str) -> int:
    number = _integer(text)
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {number}")
    return number


def _date(text: str) -> date:
    try:
        return parse_date(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
