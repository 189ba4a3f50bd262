"""Mission databases of a true size for the benchmarks, built once and kept in a folder.

A size S gives six battalion databases (demo seed_database, seeds 1..6) that enrol the
sector's card, each exported once (the base, week 46) and merged into one sector database
with the real `cimicdesk import`; then a week of 2,000 edits per battalion on a copy of it
(week 47), exported as a delta file when `cimicdesk export` offers one, a full file
otherwise. The records are counted after the build and printed as counted.

    python tests/bench/data.py --size 25000 --keep DIR
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import subprocess
import time
from contextlib import closing
from dataclasses import asdict, dataclass, field
from pathlib import Path

from bench_keys import PASSPHRASE, raw_connect
from harness import child_env, cimicdesk, run_process

from cimicdesk.demo.generate import seed_database
from cimicdesk.domain.enums import UnitLevel
from cimicdesk.domain.timeutil import now_stamp
from cimicdesk.store import encryption
from cimicdesk.store.database import Store, create_database, open_database
from cimicdesk.store.stats import RECORD_TABLES
from cimicdesk.store.synced import bump_clock, fetch_row, record_history
from cimicdesk.store.unit_keys import fingerprint
from cimicdesk.sync.export import export_snapshot
from cimicdesk.sync.reindex import reindex
from cimicdesk.sync.tables import table

UNITS = 6
CHANGES = 2_000
# What "records" counts (as in issue 16's 258,813): live rows of the record tables and of
# the liaison entries' participants and follow-up actions.
COUNTED = (
    "organisations",
    "contacts",
    "liaison_entries",
    "liaison_participants",
    "follow_up_actions",
    "qips",
    "incidents",
    "support_requests",
)
# Counted records per liaison entry seed_database makes (measured at 1,543 entries a unit);
# the first battalion's count corrects it for the others.
RECORDS_PER_ENTRY = 3.69
# Share of the week's changes per table, and the field each change edits.
WEEK = (
    ("liaison_entries", 0.60, "issues_raised"),
    ("follow_up_actions", 0.20, "status"),
    ("contacts", 0.12, "position"),
    ("organisations", 0.05, "notes"),
    ("incidents", 0.03, "assessment"),
)


@dataclass
class MissionData:
    """The files of one size, and what the build counted."""

    folder: Path
    size: int
    entries_per_unit: int
    records: int = 0
    rows_by_table: dict[str, int] = field(default_factory=dict)
    sector_mb: float = 0.0
    fingerprints: list[str] = field(default_factory=list)
    changed: dict[str, dict[str, list[str]]] = field(default_factory=dict)  # unit -> table -> ids
    build_seconds: dict[str, float] = field(default_factory=dict)
    schema: str = ""  # the schema's source the files were built with (schema_source())

    @property
    def sector(self) -> Path:
        """The sector database with the six battalions merged (never written by a bench)."""
        return self.folder / "sector.sqlite"

    @property
    def empty_sector(self) -> Path:
        """The sector database before any import (its key seals the battalions' files)."""
        return self.folder / "sector-empty.sqlite"

    def battalion(self, number: int) -> Path:
        return self.folder / f"bn{number}.sqlite"

    def week_db(self, number: int) -> Path:
        """The battalion a week later: 2,000 records edited since its base export."""
        return self.folder / f"bn{number}-w47.sqlite"

    def base_files(self) -> list[Path]:
        return [self.folder / f"bn{n}-w46.cimic" for n in range(1, UNITS + 1)]

    def week_files(self, kind: str) -> list[Path]:
        return [self.folder / f"bn{n}-w47-{kind}.cimic" for n in range(1, UNITS + 1)]

    def label(self) -> str:
        saved = sum(self.rows_by_table.get(name, 0) for name in RECORD_TABLES)
        return (
            f"{self.records:,} records ({self.size:,} asked; {saved:,} without participants "
            f"and follow-up actions, as the status bar counts), sector file "
            f"{self.sector_mb:,.0f} MB"
        )

    def save(self) -> None:
        state = asdict(self)
        state["folder"] = str(self.folder)
        (self.folder / "manifest.json").write_text(json.dumps(state, indent=1))


def schema_source() -> str:
    """A digest of the schema's source (store/schema.py and its migrations)."""
    import hashlib

    from cimicdesk.store import schema

    return hashlib.sha256(Path(schema.__file__).read_bytes()).hexdigest()[:16]


def delta_option() -> str | None:
    """The option of `cimicdesk export` that writes only what changed since the last
    export (issue 16's delta files), or None while the program has none."""
    helped = subprocess.run(
        cimicdesk("export", "--help"), env=child_env(), capture_output=True, text=True
    ).stdout
    found = re.search(r"(--since[\w-]*|--delta[\w-]*|--changes[\w-]*)( [A-Z_]+)?", helped)
    if found and found.group(2):  # an option that wants a value: this bench cannot guess it
        print(f"cimicdesk export {found.group(0)}: a value is needed; full files used")
        return None
    return found.group(1) if found else None


def build(keep: Path, size: int) -> MissionData:
    """The mission databases of `size` records in keep/SIZE (reused when already built)."""
    folder = keep / f"size-{size}"
    manifest = folder / "manifest.json"
    if manifest.exists():
        state = json.loads(manifest.read_text())
        state["folder"] = Path(state["folder"])
        data = MissionData(**state)
        if data.schema != schema_source():
            print(
                f"WARNING: {folder} was built with another database schema: each open would "
                "migrate it inside the timings. Delete the folder to build it again."
            )
        week_files(data)
        return data
    if folder.exists():
        shutil.rmtree(folder)  # a build that died half-way
    folder.mkdir(parents=True)
    data = MissionData(folder, size, max(1, round(size / UNITS / RECORDS_PER_ENTRY)))
    data.schema = schema_source()
    print(f"building {size:,} records: {UNITS} battalions of {data.entries_per_unit:,} entries")
    began = time.perf_counter()
    create_database(
        data.empty_sector, "SECTOR WEST", UnitLevel.SECTOR, training=True, passphrase=PASSPHRASE
    ).close()
    card = folder / "sector.card"
    run_process(cimicdesk("card", data.empty_sector, "--out", card))
    for number in range(1, UNITS + 1):
        path = data.battalion(number)
        made = _seed(path, number, data.entries_per_unit)
        wanted = size / UNITS
        if number == 1 and abs(made - wanted) > 0.03 * wanted:  # the seed's ratio differs
            data.entries_per_unit = max(1, round(data.entries_per_unit * wanted / made))
            path.unlink()
            made = _seed(path, number, data.entries_per_unit)
        run_process(cimicdesk("enrol", path, card))
        with open_database(path, daily_backup=False) as store:
            exported = export_snapshot(store, folder / f"bn{number}-w46.cimic")
        data.fingerprints.append(fingerprint(exported.manifest.signer_key))
        print(f"  BANBAT {number} seeded and exported ({time.perf_counter() - began:.0f} s)")
    data.build_seconds["seed and export"] = time.perf_counter() - began

    began = time.perf_counter()
    shutil.copyfile(data.empty_sector, folder / "sector.building")
    enrol = [a for fp in data.fingerprints for a in ("--enrol", fp)]
    run_process(cimicdesk("import", folder / "sector.building", *enrol, *data.base_files()))
    (folder / "sector.building").rename(data.sector)
    _drop_backups(folder)
    data.build_seconds["first merge"] = time.perf_counter() - began

    began = time.perf_counter()
    rng = random.Random(47)
    for number in range(1, UNITS + 1):
        shutil.copyfile(data.battalion(number), data.week_db(number))
        with open_database(data.week_db(number), daily_backup=False) as store:
            data.changed[f"bn{number}"] = week_of_edits(store, CHANGES, rng)
    data.build_seconds["week of edits"] = time.perf_counter() - began
    count(data)
    data.save()
    week_files(data)
    print(f"built {data.label()} in {sum(data.build_seconds.values()):.0f} s")
    return data


def _seed(path: Path, number: int, entries: int) -> int:
    """A seeded battalion database; returns its counted records."""
    with create_database(
        path,
        f"BANBAT {number}",
        UnitLevel.BATTALION,
        "SECTOR WEST",
        training=True,
        passphrase=PASSPHRASE,
    ) as store:
        made = seed_database(store, entries=entries, seed=number)
    return sum(made.get(name, 0) for name in COUNTED)


def count(data: MissionData) -> None:
    """Count the sector's live records (what its size truly is)."""
    key = encryption.unlock(data.sector, PASSPHRASE)
    with closing(raw_connect(data.sector, key)) as conn:
        data.rows_by_table = {
            name: conn.execute(f"SELECT count(*) FROM {name} WHERE deleted = 0").fetchone()[0]
            for name in COUNTED
        }
    data.records = sum(data.rows_by_table.values())
    data.sector_mb = data.sector.stat().st_size / 1e6


def week_files(data: MissionData) -> str:
    """Write the week-47 files (delta when the program can, else full); returns the kind."""
    option = delta_option()
    kind = "delta" if option else "full"
    files = data.week_files(kind)
    if all(f.exists() for f in files):
        return kind
    began = time.perf_counter()
    for number, out in enumerate(files, start=1):
        # From a copy: exporting notes the export in the database, and a later delta must
        # still start from the base export the sector holds.
        scratch = data.folder / "scratch.sqlite"
        shutil.copyfile(data.week_db(number), scratch)
        try:
            extra = [option] if option else []
            run_process(cimicdesk("export", scratch, "--out", out, "--force", *extra))
        finally:
            for leftover in data.folder.glob("scratch.sqlite*"):
                leftover.unlink()
    _drop_backups(data.folder)
    data.build_seconds[f"week files ({kind})"] = time.perf_counter() - began
    data.save()
    return kind


def _drop_backups(folder: Path) -> None:
    for backups in folder.glob("*backups*"):
        if backups.is_dir():
            shutil.rmtree(backups)


def week_of_edits(store: Store, changes: int, rng: random.Random) -> dict[str, list[str]]:
    """Edit `changes` existing records as a battalion's officers would in a week (clock + 1,
    history kept, as the repositories do); returns the ids edited per table."""
    stamp = now_stamp()
    edited: dict[str, list[str]] = {}
    with store.db.atomic():
        for name, share, column in WEEK:
            names = table(name).fields
            where = "deleted = 0" + (" AND status = 'open'" if column == "status" else "")
            ids = [r[0] for r in store.db.execute(f"SELECT id FROM {name} WHERE {where}")]
            chosen = rng.sample(ids, min(len(ids), round(changes * share)))
            for record_id in chosen:
                row = fetch_row(store, name, record_id)
                value = "done" if column == "status" else f"{row[column]} (week 47)".strip()
                record_history(store, name, row, "edited")
                store.db.execute(
                    f"UPDATE {name} SET {column} = ?, clock = ?, updated_at = ?, "
                    "updated_site = ? WHERE id = ?",
                    [
                        value,
                        bump_clock(row["clock"], names, [column], stamp, store.site_id),
                        stamp,
                        store.site_id,
                        record_id,
                    ],
                )
            edited[name] = chosen
        # The battalion's search index follows its edits, as the repositories keep it.
        reindex(store, {name: set(ids) for name, ids in edited.items()})
    return edited


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=25_000, help="records wanted")
    parser.add_argument("--keep", type=Path, required=True, help="folder of the built files")
    args = parser.parse_args()
    data = build(args.keep, args.size)
    print(data.label())
    print("  " + ", ".join(f"{t} {n:,}" for t, n in data.rows_by_table.items()))
    print("  build: " + ", ".join(f"{k} {v:.0f} s" for k, v in data.build_seconds.items()))


if __name__ == "__main__":
    main()
