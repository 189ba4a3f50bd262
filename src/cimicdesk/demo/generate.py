"""Fill a training database with a realistic made-up mission, fast, in one transaction.

The directory, the liaison log and the operations are built as domain objects and written
through store.bulk, whose rows are exactly those the repositories would write (same
columns, clocks, history and search text: tests/demo/test_same_rows.py), so a seeded
database behaves like one typed in by hand; only the speed differs. Everything random
comes from one generator, ids included: the same seed and period give the same records
in any database of the same unit.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

from cimicdesk.demo.area import Area
from cimicdesk.demo.assessments import seed_assessments
from cimicdesk.demo.directory import Directory
from cimicdesk.demo.liaison_log import TABLES as LOG_TABLES
from cimicdesk.demo.liaison_log import LiaisonLog, Progress
from cimicdesk.demo.narratives import TABLE as NARRATIVES
from cimicdesk.demo.narratives import NarrativeWriter
from cimicdesk.demo.operations import seed_operations
from cimicdesk.domain.errors import CimicError, ReadOnlyDatabaseError
from cimicdesk.i18n.message import msg
from cimicdesk.store import bulk, places, training
from cimicdesk.store.database import Store
from cimicdesk.store.encryption import sqlite3

MISSION_AREA = "CF"  # the demo's towns (demo/words.py) are in the Central African Republic
DIRECTORY_TABLES = ("organisations", "contacts")


def seed_database(
    store: Store,
    *,
    entries: int,
    seed: int,
    start: date | None = None,
    days: int = 365,
    progress: Progress | None = None,
    now: datetime | None = None,
) -> dict[str, int]:
    """Add ~entries/40 organisations, ~entries/12 contacts and `entries` liaison entries
    (about SIGNIFICANT_A_WEEK a week marked significant), the community assessments of
    15 to 25 communities visited every 4 to 10 weeks (demo.assessments), then QIPs,
    incidents and support requests in proportion (demo.operations), and the unit's
    narrative of each ISO week with meetings (demo.narratives).

    Entries fall in the `days` days from `start` (default: the days up to yesterday).
    `now` (default: this moment) is when the seed takes place: nothing is dated after it,
    and it decides how far each project and request has come (tests pin it, so that a
    seeded week reads the same whatever day they run).
    Returns the number of rows added per table. Refuses a real database (made-up records
    live only in a training one: store/training.py) and a read-only (handed-over) file.
    """
    if entries < 0 or days < 1:
        raise ValueError("entries must be 0 or more and days 1 or more")
    training.require_training(store)
    if store.read_only_reason():
        raise ReadOnlyDatabaseError(store.read_only_reason())
    start = start or date.today() - timedelta(days=days)
    if start + timedelta(days=days) > date.today() + timedelta(days=365):
        raise CimicError(
            msg(
                "The period would end more than a year from now; liaison entries cannot be "
                "dated that far ahead. Choose an earlier --start or fewer --days."
            )
        )
    area = Area(random.Random(seed), start)
    writer = bulk.BulkWriter(store)
    try:
        with store.db.atomic():
            directory = Directory(area, writer)
            directory.build(max(12, round(entries / 40)), max(20, round(entries / 12)))
            marks = random.Random(f"{seed}-significant")
            LiaisonLog(store, area, directory, writer, days, marks).write(entries, progress)
            # Before the operations: a project names the assessment that justifies it.
            seeded, assessed = seed_assessments(
                store,
                random.Random(f"{seed}-assessments"),
                start=start,
                days=days,
                organisations=bulk.unit_ids(store, "organisations"),
                contacts=bulk.unit_ids(store, "contacts"),
                scale=entries,
                now=now,
            )
            operations = seed_operations(
                store,
                random.Random(f"{seed}-operations"),
                start=start,
                days=days,
                organisations=bulk.unit_ids(store, "organisations"),
                contacts=bulk.unit_ids(store, "contacts"),
                liaison=bulk.unit_ids(store, "liaison_entries"),
                scale=entries,
                now=now,
                assessments=seeded,
                links=random.Random(f"{seed}-qip-links"),
            )
            # Last: the weeks' figures are read back from the log, and the area's random
            # stream is drawn on only after everything else of the seed.
            NarrativeWriter(store, area, writer).write(start, days)
            writer.flush()
    except sqlite3.IntegrityError as exc:
        raise CimicError(
            msg(
                "{path_name} already holds records this seed would create ({exc}). It was "
                "probably seeded with seed {seed} before: choose another seed.",
                path_name=store.path.name,
                exc=str(exc),
                seed=str(seed),
            )
        ) from exc
    if not places.mission_area(store):  # the made-up mission's towns are in the CAR
        places.set_mission_area(store, [MISSION_AREA])
    written = writer.counts()
    tables = (*DIRECTORY_TABLES, *LOG_TABLES, NARRATIVES)
    counts = {table: written.get(table, 0) for table in tables}
    return {**counts, **assessed, **operations}
