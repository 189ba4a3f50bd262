"""Seeded rows are the rows the repositories write (issue 12).

The generator writes in bulk (store.bulk) for speed. Here a small training database is
seeded, every record is read back through the repositories and saved through them into
a second, fresh training database, as an officer would type it, and the two files are
compared table by table: every column, every per-field clock, the history and the search
index. A row the seed writes differently from a repository makes this test fail.

What legitimately differs, and is normalised or left out:
- Time stamps: the seed dates a record when it happened (a meeting logged after it
  ended), a repository when it is saved (now). Each stamp is replaced by its role in
  its row ("created" / "updated"), so a clock that carries the wrong stamp still shows.
- The replica id: each file is its own replica (updated_site and the clocks' site).
- Ids of QIP transitions, which transition_qip draws itself: rows are matched by
  (qip_id, seq) instead. Every other id is the seed's own, kept by the repositories.
- A QIP's own clock, last update and history: the seed stores a project as if typed in
  once in its present state (every clock at 1, demo/operations.py), where the
  repositories record one edit per transition. Its columns, children, transitions and
  search text must still be equal.
- mission_settings: written by create_database in each file, not by the seed.
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from itertools import count

import pytest
from factories import PASSPHRASE

from cimicdesk.demo.generate import seed_database
from cimicdesk.domain.enums import ActionStatus, QipStatus, UnitLevel
from cimicdesk.domain.qip import Qip
from cimicdesk.domain.records import FollowUpAction
from cimicdesk.domain.timeutil import to_stamp
from cimicdesk.store import (
    assessments,
    contacts,
    incidents,
    liaison,
    narratives,
    organisations,
    qips,
    schema,
    support_requests,
    synced,
)
from cimicdesk.store.database import Store, create_database

START = date(2025, 9, 1)
ENTRIES = 600
SEED = 8  # a seed whose 10 projects reach most stages (see the second test)
DAYS = 240  # ends 2026-04-29: in the past, so every QIP stage and request status occurs
NOT_SEEDED = {"mission_settings"}
QIP_OWN = {"clock", "updated_at"}  # a QIP's lifecycle, written once by the seed


@pytest.fixture
def files(tmp_path):
    """(seeded, typed): two fresh training databases of the same unit."""
    opened = [
        create_database(
            tmp_path / name, "BANBAT 1", UnitLevel.BATTALION, training=True, passphrase=PASSPHRASE
        )
        for name in ("seeded.sqlite", "typed.sqlite")
    ]
    yield opened
    for store in opened:
        store.close()


@pytest.fixture
def ticking_clock(monkeypatch):
    """Each repository write a millisecond after the one before: an edit never shares
    its stamp with the creation it follows, as at a desk."""
    base = datetime(2030, 1, 1, tzinfo=UTC)
    ticks = count()
    monkeypatch.setattr(
        synced, "now_stamp", lambda: to_stamp(base + timedelta(milliseconds=next(ticks)))
    )


def test_seeded_rows_are_the_rows_the_repositories_write(files, ticking_clock):
    seeded, typed = files
    seed_database(seeded, entries=ENTRIES, seed=SEED, start=START, days=DAYS)
    _retype(seeded, typed)
    for table in (*schema.SYNCED_TABLES, "row_history"):
        if table in NOT_SEEDED:
            continue
        expected, found = _content(typed, table), _content(seeded, table)
        assert found.keys() == expected.keys(), table
        for key, row in found.items():
            assert row == expected[key], (table, key)
    assert _index(seeded) == _index(typed)


def test_the_seed_exercises_what_the_comparison_covers(files):
    """Among the rows compared above: closed actions (an edit with history), restricted
    contacts, projects returned, rejected, running and closed, decided requests and
    incidents linked to the log."""
    seeded, _ = files
    seed_database(seeded, entries=ENTRIES, seed=SEED, start=START, days=DAYS)

    def values(sql: str) -> list:
        return [r[0] for r in seeded.db.execute(sql)]

    assert len(values("SELECT seq FROM row_history")) > 50
    assert "restricted" in values("SELECT sensitivity FROM contacts")
    stages = set(values("SELECT status FROM qips"))
    assert {"closed", "rejected", "in_implementation"} <= stages and len(stages) >= 5
    assert "returned" in values("SELECT to_status FROM qip_transitions")
    assert {"executed", "rejected"} <= set(values("SELECT status FROM support_requests"))
    assert len(values("SELECT id FROM incident_liaison_links")) > 5
    # meetings marked significant, and a narrative for each ISO week of the period
    marked = Counter(
        date.fromisoformat(day).isocalendar()[:2]
        for day in values("SELECT substr(start, 1, 10) FROM liaison_entries WHERE significant")
    )
    assert max(marked.values()) <= 6 and 3 <= sum(marked.values()) / len(marked) <= 6
    coordination = values(
        "SELECT avg(significant) FROM liaison_entries GROUP BY entry_type = 'coordination' "
        "ORDER BY entry_type = 'coordination'"
    )
    assert coordination[1] > 3 * coordination[0]  # coordination meetings mostly
    weeks = values("SELECT period_start FROM narratives ORDER BY period_start")
    assert weeks[0] == "2025-09-01" and len(weeks) == 35  # 1 September 2025 is a Monday


# --- typing the seeded records again, through the repositories -------------------------


def _ids(store: Store, table: str) -> list[str]:
    return [r[0] for r in store.db.execute(f"SELECT id FROM {table} ORDER BY rowid")]


def _retype(seeded: Store, typed: Store) -> None:
    """Save every seeded record into `typed` through the repositories, in the order an
    officer could: a parent organisation before its offices, people before meetings."""
    for org_id in _ids(seeded, "organisations"):
        organisations.save_organisation(typed, organisations.get_organisation(seeded, org_id))
    for contact_id in _ids(seeded, "contacts"):
        contacts.save_contact(typed, contacts.get_contact(seeded, contact_id))
    for entry_id in _ids(seeded, "liaison_entries"):
        _retype_entry(seeded, typed, entry_id)
    for assessment_id in _ids(seeded, "assessments"):  # before the QIPs they justify
        record = assessments.get_assessment(seeded, assessment_id)
        assessments.save_assessment(typed, record, today=START + timedelta(days=DAYS))
    for qip_id in _ids(seeded, "qips"):
        _retype_qip(typed, qips.get_qip(seeded, qip_id))
    for incident_id in _ids(seeded, "incidents"):
        incidents.save_incident(typed, incidents.get_incident(seeded, incident_id))
    for request_id in _ids(seeded, "support_requests"):
        request = support_requests.get_support_request(seeded, request_id)
        support_requests.save_support_request(typed, request)
    for narrative_id in _ids(seeded, "narratives"):  # as the unit's sitrep draft publishes it
        words = synced.get(seeded, "narratives", narratives.Narrative, narrative_id)
        texts = {name: getattr(words, name) for name in narratives.TEXT_FIELDS}
        narratives.publish(typed, words.origin_unit, words.period_start, words.period_end, **texts)


def _retype_entry(seeded: Store, typed: Store, entry_id: str) -> None:
    """The entry with its actions as first logged, then each later status of an action
    set as the desk sets it (liaison.set_action_status)."""
    entry = liaison.get_liaison(seeded, entry_id)
    later: list[tuple[str, ActionStatus]] = []
    first_versions = []
    for action in entry.actions:
        versions = synced.history(seeded, "follow_up_actions", action.id)
        first_versions.append(synced.from_row(FollowUpAction, versions[0]) if versions else action)
        later += [(action.id, ActionStatus(v["status"])) for v in versions[1:]]
        if versions:
            later.append((action.id, action.status))
    entry.actions = first_versions
    liaison.save_liaison(typed, entry)
    for action_id, status in later:
        liaison.set_action_status(typed, action_id, status)


def _retype_qip(typed: Store, qip: Qip) -> None:
    """The project saved new (identified, on the day it was), then moved through each of
    its transitions on its day (qips.transition_qip); each tranche and visit is added
    (qips.save_qip) before the first transition on or after its day."""
    transitions = qip.transitions
    children = sorted(
        [(t.paid_on, "tranches", t) for t in qip.tranches]
        + [(v.visit_date, "visits", v) for v in qip.visits],
        key=lambda child: child[0],
    )
    qip.transitions, qip.tranches, qip.visits = [], [], []
    qip.status = QipStatus.IDENTIFIED
    qips.save_qip(typed, qip, today=date.fromisoformat(transitions[0].transition_date))
    for transition in transitions[1:]:
        children = _add_children(typed, qip.id, children, until=transition.transition_date)
        qips.transition_qip(
            typed,
            qip.id,
            transition.to_status,
            on=date.fromisoformat(transition.transition_date),
            recorded_by=transition.recorded_by,
            note=transition.note,
            today=START + timedelta(days=DAYS),
        )
    _add_children(typed, qip.id, children, until="9999")


def _add_children(typed: Store, qip_id: str, children: list, until: str) -> list:
    """Save the tranches and visits dated on or before `until`; return the others."""
    due = [child for child in children if child[0] <= until]
    if due:
        qip = qips.get_qip(typed, qip_id)
        for _, kind, child in due:
            getattr(qip, kind).append(child)
        qips.save_qip(typed, qip)
    return children[len(due) :]


# --- what is compared --------------------------------------------------------------------


def _content(store: Store, table: str) -> dict[object, dict]:
    """Every row of a table by its key, stamps replaced by their role, the site by SITE."""
    cursor = store.db.execute(f"SELECT * FROM {table}")
    names = [d[0] for d in cursor.description]
    rows = [dict(zip(names, r, strict=True)) for r in cursor.fetchall()]
    if table == "row_history":
        return _history(store, rows)
    found = {}
    for row in rows:
        key = row["id"]
        if table == "qip_transitions":
            key = (row.pop("qip_id"), row.pop("seq"))
            row.pop("id")
        if table == "qips":
            for column in QIP_OWN:
                row.pop(column)
        found[key] = _roles(row, row, store.site_id)
    return found


def _history(store: Store, rows: list[dict]) -> dict[object, dict]:
    """Overwritten versions (but a QIP's), by record and order; each version's stamps by
    their role in the record as it is now. When a version was replaced is a time stamp
    like the others, taken by the repository a moment after the edit's: left out."""
    found: dict[object, dict] = {}
    versions: Counter[tuple[str, str]] = Counter()
    for row in sorted(rows, key=lambda r: r["seq"]):
        record = (row["table_name"], row["row_id"])
        if record[0] == "qips":
            continue
        current = synced.fetch_row(store, *record)
        version = _roles(json.loads(row["version"]), current, store.site_id)
        found[(*record, versions[record])] = {"reason": row["reason"], "version": version}
        versions[record] += 1
    return found


def _roles(row: dict, current: dict, site: str) -> dict:
    """A row with each stamp named by its role in `current`, and this replica's id as SITE."""

    def role(stamp: object) -> object:
        if stamp == current["created_at"]:
            return "created"
        return "updated" if stamp == current["updated_at"] else stamp

    out = dict(row)
    for column in ("created_at", "updated_at"):
        if column in out:
            out[column] = role(out[column])
    if out.get("updated_site") == site:
        out["updated_site"] = "SITE"
    if "clock" in out:
        clock = json.loads(out["clock"])
        out["clock"] = {
            name: [counter, role(stamp), "SITE" if at == site else at]
            for name, (counter, stamp, at) in clock.items()
        }
    return out


def _index(store: Store) -> list[tuple]:
    rows = store.db.execute("SELECT kind, record_id, title, body FROM search_index").fetchall()
    return sorted(rows)
