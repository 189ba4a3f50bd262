"""Killed mid-write (SIGKILL, as a power cut kills the program): every committed record is
there after the restart, nothing half-written is, and the file is sound.

The child (crash_child.py) writes through the repositories and reports each commit on a
pipe after the call returns; the parent kills it at a random moment, then checks the
file against what was reported, and starts it again on the same file.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from factories import PASSPHRASE, raw_connect
from robust_support import CHILD_PATH

from cimicdesk.domain.enums import UnitLevel
from cimicdesk.store.database import create_database, open_database
from cimicdesk.store.encryption import sqlite3

CHILD = Path(__file__).with_name("crash_child.py")
KILLS = 20
BUDGET_SECONDS = 40


@dataclass
class Expected:
    """What the parent knows was committed: contacts, entries with their live children
    counts, tombstoned entries; and the one save in flight when the child died."""

    contacts: set[str] = field(default_factory=set)
    entries: dict[str, tuple[int, int]] = field(default_factory=dict)
    deleted: set[str] = field(default_factory=set)
    in_flight: list[str] = field(default_factory=list)
    commits: int = 0

    def read(self, lines: list[str]) -> None:
        self.in_flight = []
        for line in lines:
            word, *rest = line.split()
            if word == "contact":
                self.contacts.add(rest[0])
                self.commits += 1
            elif word == "begin":
                self.in_flight = rest
            elif word == "done":
                self.entries[rest[0]] = (int(rest[1]), int(rest[2]))
                self.in_flight = []
                self.commits += 1
            elif word == "deleting":
                self.in_flight = ["deleting", rest[0]]
            elif word == "deleted":
                self.deleted.add(rest[0])
                self.entries.pop(rest[0], None)
                self.in_flight = []
                self.commits += 1


def _start(path: Path, seed: int) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": CHILD_PATH}
    return subprocess.Popen(
        [sys.executable, str(CHILD), str(path), str(seed)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        text=True,
    )


def _live_children(conn: sqlite3.Connection, entry_id: str) -> tuple[int, int]:
    participants = conn.execute(
        "SELECT count(*) FROM liaison_participants WHERE entry_id = ? AND deleted = 0",
        [entry_id],
    ).fetchone()[0]
    actions = conn.execute(
        "SELECT count(*) FROM follow_up_actions WHERE entry_id = ? AND deleted = 0", [entry_id]
    ).fetchone()[0]
    return participants, actions


def _check(path: Path, expected: Expected) -> None:
    """The file after a kill: sound, every reported commit there, nothing half-written."""
    with closing(raw_connect(path)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        contacts = {r[0] for r in conn.execute("SELECT id FROM contacts WHERE deleted = 0")}
        assert expected.contacts <= contacts
        live = {r[0] for r in conn.execute("SELECT id FROM liaison_entries WHERE deleted = 0")}
        gone = {r[0] for r in conn.execute("SELECT id FROM liaison_entries WHERE deleted = 1")}
        flight = expected.in_flight
        if flight[:1] == ["deleting"]:  # killed around a delete: either state is whole
            expected.entries.pop(flight[1], None)
            if flight[1] in gone:
                expected.deleted.add(flight[1])
        elif flight and flight[0] != "new":  # killed around an edit: old or new, whole
            expected.entries.pop(flight[0], None)
        assert expected.deleted <= gone
        for entry_id, counts in expected.entries.items():
            assert entry_id in live
            assert _live_children(conn, entry_id) == counts, entry_id
        # Whatever the kill interrupted: no entry without participants, no action or
        # participant of a missing entry, every live entry in the search index.
        for entry_id in live:
            assert _live_children(conn, entry_id)[0] >= 1, entry_id
        orphans = conn.execute(
            "SELECT count(*) FROM follow_up_actions a LEFT JOIN liaison_entries e "
            "ON e.id = a.entry_id WHERE e.id IS NULL"
        ).fetchone()[0]
        assert orphans == 0
        unindexed = conn.execute(
            "SELECT count(*) FROM liaison_entries e WHERE e.deleted = 0 AND NOT EXISTS ("
            "SELECT 1 FROM search_keys k JOIN search_index s ON s.rowid = k.doc "
            "WHERE k.kind = 'liaison' AND k.record_id = e.id)"
        ).fetchone()[0]
        assert unindexed == 0
        for entry_id in live - set(expected.entries):  # learn what the kill left, whole
            expected.entries[entry_id] = _live_children(conn, entry_id)
    with open_database(path, daily_backup=False) as store:  # the program opens it
        assert store.unit.name == "BANBAT 1"


@pytest.mark.slow
def test_killed_while_writing_records_loses_nothing_committed(tmp_path):
    path = tmp_path / "bn1.sqlite"
    create_database(path, "BANBAT 1", UnitLevel.BATTALION, passphrase=PASSPHRASE).close()
    rng = random.Random(20261125)
    expected = Expected()
    began = time.monotonic()
    kills = 0
    while kills < KILLS and time.monotonic() - began < BUDGET_SECONDS:
        child = _start(path, rng.randrange(1_000_000))
        assert child.stdout is not None
        first = child.stdout.readline()
        assert first == "ready\n", child.stderr.read() if child.stderr else first
        time.sleep(rng.uniform(0.01, 0.35))
        child.send_signal(signal.SIGKILL)
        out, err = child.communicate(timeout=30)
        assert child.returncode == -signal.SIGKILL, err  # it was writing, not failing
        complete = out.split("\n")[:-1]  # a line cut by the kill has no newline
        expected.read(complete)
        kills += 1
        _check(path, expected)
    assert kills >= 15, f"only {kills} kills in {BUDGET_SECONDS} s"
    assert expected.commits >= kills  # the kills fell among real writes
    assert len(expected.entries) + len(expected.deleted) >= 10


# --- killed while importing ------------------------------------------------------------

IMPORT_CHILD = Path(__file__).with_name("import_child.py")


def _unit_files(folder: Path) -> dict[str, tuple[Path, set[str]]]:
    """Unit exports and JSON Lines files to import: name -> (file, its liaison entry ids)."""
    import json

    from cimicdesk.demo.generate import seed_database
    from cimicdesk.sync.export import export_snapshot
    from cimicdesk.sync.jsonl import export_records

    files = {}
    for number in range(1, 8):
        jsonl = number > 5  # BANBAT 6 and 7 come as JSON Lines
        path = folder / f"unit{number}.sqlite"
        with create_database(
            path, f"BANBAT {number}", UnitLevel.BATTALION, training=True, passphrase=PASSPHRASE
        ) as unit:
            seed_database(unit, entries=250 if jsonl else 700, seed=number, days=90)
            ids = {r[0] for r in unit.db.execute("SELECT id FROM liaison_entries")}
            out = folder / f"BANBAT{number}.{'jsonl' if jsonl else 'cimic'}"
            if jsonl:
                # The whole directory travels (restricted contacts too): the import needs them.
                export_records(unit, out, reveal_restricted=True)
                lines = [json.loads(t) for t in out.read_text(encoding="utf-8").splitlines()]
                ids = {line["id"] for line in lines if line["type"] == "liaison_entry"}
            else:
                export_snapshot(unit, out)
        files[out.name] = (out, ids)
    return files


def _check_imports(path: Path, files: dict, done: set[str]) -> set[str]:
    """Each file's entries are all there or none; every reported import is there."""
    whole = set()
    with closing(raw_connect(path)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        present = {r[0] for r in conn.execute("SELECT id FROM liaison_entries")}
        for name, (_file, ids) in files.items():
            found = len(ids & present)
            assert found in (0, len(ids)), f"{name}: {found} of {len(ids)} entries"
            if found:
                whole.add(name)
        assert done <= whole
        orphans = conn.execute(
            "SELECT count(*) FROM liaison_participants p LEFT JOIN liaison_entries e "
            "ON e.id = p.entry_id WHERE e.id IS NULL"
        ).fetchone()[0]
        assert orphans == 0
        unindexed = conn.execute(
            "SELECT count(*) FROM liaison_entries e WHERE e.deleted = 0 AND NOT EXISTS ("
            "SELECT 1 FROM search_keys k JOIN search_index s ON s.rowid = k.doc "
            "WHERE k.kind = 'liaison' AND k.record_id = e.id)"
        ).fetchone()[0]
        assert unindexed == 0
    with open_database(path, daily_backup=False) as store:
        assert store.unit.name == "Sector Centre"
    return whole


@pytest.mark.slow
def test_killed_while_importing_applies_each_file_whole_or_not_at_all(tmp_path):
    files = _unit_files(tmp_path)
    path = tmp_path / "sector.sqlite"
    create_database(
        path, "Sector Centre", UnitLevel.SECTOR, training=True, passphrase=PASSPHRASE
    ).close()
    rng = random.Random(47)
    done: set[str] = set()
    cut_mid_import = stalled = 0
    began = time.monotonic()
    while len(done) < len(files) and time.monotonic() - began < BUDGET_SECONDS:
        todo = [str(files[name][0]) for name in sorted(files) if name not in done]
        env = {**os.environ, "PYTHONPATH": CHILD_PATH}
        child = subprocess.Popen(
            [sys.executable, str(IMPORT_CHILD), str(path), *todo],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
            text=True,
        )
        assert child.stdout is not None
        assert child.stdout.readline() == "ready\n"
        # Later after each round that finished nothing: a slow file still gets done.
        time.sleep(rng.uniform(0.02, 0.5 * 1.5**stalled))
        child.send_signal(signal.SIGKILL)
        out, err = child.communicate(timeout=60)
        assert child.returncode in (0, -signal.SIGKILL), err
        lines = out.split("\n")[:-1]
        finished = {line.split()[1] for line in lines if line.startswith("done ")}
        stalled = 0 if finished else stalled + 1
        done |= finished
        if lines and lines[-1].startswith("begin "):
            cut_mid_import += 1
        done = _check_imports(path, files, done)
    # On a loaded machine the budget can run out before the slowest file got a long
    # enough round; what was killed must not stop it: finish the rest without a kill.
    todo = [str(files[name][0]) for name in sorted(files) if name not in done]
    if todo:
        env = {**os.environ, "PYTHONPATH": CHILD_PATH}
        result = subprocess.run(
            [sys.executable, str(IMPORT_CHILD), str(path), *todo],
            capture_output=True, text=True, env=env, timeout=300,
        )
        assert result.returncode == 0, result.stderr
        done |= {line.split()[1] for line in result.stdout.splitlines() if line.startswith("done ")}
        done = _check_imports(path, files, done)
    assert done == set(files), f"imported {sorted(done)}"
    assert cut_mid_import >= 3  # the kills did fall inside imports
