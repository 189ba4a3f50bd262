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
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from robust_support import SRC

from cimicdesk.domain.enums import UnitLevel
from cimicdesk.store.database import create_database, open_database

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
    env = {**os.environ, "PYTHONPATH": str(SRC)}
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
    with closing(sqlite3.connect(path)) as conn:
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
    create_database(path, "BANBAT 1", UnitLevel.BATTALION).close()
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
