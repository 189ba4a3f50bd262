"""The made-up operations: proportions, stages, rules, repeatability, search text."""

import json
import random
import uuid
from datetime import date

import pytest
from factories import PASSPHRASE

from cimicdesk.demo.operations import seed_operations
from cimicdesk.domain.enums import ParticipantKind, QipStatus, UnitLevel
from cimicdesk.domain.qip import MissionSettings
from cimicdesk.domain.records import Contact, LiaisonEntry, Organisation, Participant
from cimicdesk.store import incidents, qips
from cimicdesk.store import support_requests as msr
from cimicdesk.store.contacts import save_contact
from cimicdesk.store.database import create_database
from cimicdesk.store.liaison import save_liaison
from cimicdesk.store.organisations import save_organisation

START = date(2025, 9, 1)
DAYS = 240  # ends 2026-04-29: in the past, so nothing depends on today's date
TABLES = (
    "qips",
    "qip_tranches",
    "qip_visits",
    "qip_transitions",
    "incidents",
    "incident_liaison_links",
    "support_requests",
)


def _id(n: int) -> str:
    return str(uuid.UUID(int=n, version=4))


def _directory(store) -> dict[str, list[str]]:
    """The same organisations, contacts and liaison entries (same ids) in any store."""
    orgs = [
        save_organisation(store, Organisation(id=_id(i), name=f"Association {i}")).id
        for i in range(1, 6)
    ]
    people = [
        save_contact(store, Contact(id=_id(100 + i), name=f"Person {i}")).id for i in range(8)
    ]
    entries = [
        save_liaison(
            store,
            LiaisonEntry(
                id=_id(200 + i),
                start=f"2025-10-{1 + i:02d}T09:00:00.000Z",
                participants=[Participant(kind=ParticipantKind.CONTACT, target_id=people[i % 8])],
            ),
        ).id
        for i in range(12)
    ]
    return {"organisations": orgs, "contacts": people, "liaison": entries}


def _seed(store, seed=7, scale=1200):
    return seed_operations(
        store, random.Random(seed), start=START, days=DAYS, scale=scale, **_directory(store)
    )


def _content(store) -> dict[str, list[tuple]]:
    """Every seeded row, with this replica's id taken out of its clocks."""
    found = {}
    for table in TABLES:
        rows = []
        for row in store.db[table].rows_where(order_by="id"):
            row.pop("updated_site")
            row["clock"] = json.dumps(
                {k: v[:2] for k, v in json.loads(row["clock"]).items()}, sort_keys=True
            )
            rows.append(tuple(sorted(row.items())))
        found[table] = rows
    return found


def test_proportions_stages_and_rules(store):
    counts = _seed(store)
    assert (counts["qips"], counts["incidents"], counts["support_requests"]) == (20, 120, 48)
    assert counts["qip_transitions"] > counts["qips"] and counts["qip_tranches"] > 0
    statuses = {q.status for q in qips.list_qips(store, limit=500).items}
    assert len(statuses) >= 4
    assert statuses & {QipStatus.IN_IMPLEMENTATION, QipStatus.HANDED_OVER, QipStatus.CLOSED}
    settings = MissionSettings()
    for item in qips.list_qips(store, limit=500).items:
        qip = qips.get_qip(store, item.id)
        assert qip.field_errors() == []
        assert qip.budget_approved_usd <= settings.qip_ceiling_usd
        assert [t.seq for t in qip.transitions] == list(range(1, len(qip.transitions) + 1))
        assert qip.transitions[-1].to_status is qip.status
        assert all(v.photos == [] for v in qip.visits)
        assert START.isoformat() <= qip.transitions[0].transition_date < "2026-04-29"
    for incident in incidents.list_incidents(store, limit=500).items:
        assert incident.field_errors() == []
        assert START.isoformat() <= incident.occurred_at < "2026-04-29"
    assert store.db.execute("SELECT count(*) FROM attachments").fetchone()[0] == 0


def test_same_generator_same_records(tmp_path, store):
    _seed(store)
    other = create_database(
        tmp_path / "bn1-copy.sqlite",
        "BANBAT 1",
        UnitLevel.BATTALION,
        training=True,
        passphrase=PASSPHRASE,
    )
    try:
        _seed(other)
        assert _content(other) == _content(store)
        third = create_database(
            tmp_path / "bn1-third.sqlite",
            "BANBAT 1",
            UnitLevel.BATTALION,
            training=True,
            passphrase=PASSPHRASE,
        )
        _seed(third, seed=8)
        assert _content(third)["qips"] != _content(store)["qips"]
        third.close()
    finally:
        other.close()


def test_seeded_records_resaved_unchanged_stay_unchanged(store):
    _seed(store)
    for item in qips.list_qips(store, limit=500).items:
        qip = qips.get_qip(store, item.id)
        again = qips.save_qip(store, qips.get_qip(store, item.id))
        assert again.updated_at == qip.updated_at, qip.number
        assert [t.id for t in again.transitions] == [t.id for t in qip.transitions]
    for item in incidents.list_incidents(store, limit=40).items:
        again = incidents.save_incident(store, incidents.get_incident(store, item.id))
        assert again.updated_at == item.updated_at, item.reference
    for item in msr.list_support_requests(store, limit=40).items:
        again = msr.save_support_request(store, msr.get_support_request(store, item.id))
        assert again.updated_at == item.updated_at, item.number
    history = store.db.execute(
        f"SELECT count(*) FROM row_history WHERE table_name IN {TABLES}"
    ).fetchone()[0]
    assert history == 0


def _index(store, kind):
    rows = store.db.execute(
        "SELECT record_id, title, body FROM search_index WHERE kind = ? ORDER BY record_id", [kind]
    ).fetchall()
    return [(r[0], r[1], sorted(r[2].split())) for r in rows]


@pytest.mark.parametrize(
    ("module", "kind"),
    [(qips, "qip"), (incidents, "incident"), (msr, "support_request")],
)
def test_seeded_search_text_is_what_the_repository_writes(store, module, kind):
    _seed(store, scale=600)
    seeded = _index(store, kind)
    getter = {
        "qip": qips.get_qip,
        "incident": incidents.get_incident,
        "support_request": msr.get_support_request,
    }[kind]
    for record_id, _, _ in seeded:
        module._reindex(store, getter(store, record_id))
    assert _index(store, kind) == seeded and len(seeded) > 5


def test_nothing_asked_nothing_made(store):
    assert _seed(store, scale=0) == {}
    with pytest.raises(ValueError, match="days"):
        seed_operations(
            store, random.Random(1), start=START, days=0, organisations=[], contacts=[],
            liaison=[], scale=10,
        )  # fmt: skip


def test_without_partners_projects_stop_before_approval(store):
    counts = seed_operations(
        store,
        random.Random(3),
        start=START,
        days=DAYS,
        organisations=[],
        contacts=[],
        liaison=[],
        scale=1800,
    )
    assert counts["qips"] == 30 and counts.get("incident_liaison_links", 0) == 0
    before_approval = {
        QipStatus.IDENTIFIED,
        QipStatus.PROPOSAL_DRAFTED,
        QipStatus.SUBMITTED,
        QipStatus.UNDER_REVIEW,
        QipStatus.REJECTED,
    }
    statuses = {q.status for q in qips.list_qips(store, limit=500).items}
    assert statuses <= before_approval and QipStatus.REJECTED in statuses


def test_the_seed_s_moment_decides_its_records_not_the_day_it_runs(tmp_path, store):
    """Seeded up to a pinned `now`, a period reaching it gives the same records on any day
    (the sitrep tests' seeded week read 6 pages on 7 Dec 2026 and 7 on 8 Dec when the seed
    took the day it ran); another moment gives other records, none after it."""
    from datetime import UTC, datetime, timedelta

    moment = datetime(2025, 12, 1, 9, 0, tzinfo=UTC)
    start, days = date(2025, 9, 1), 120  # ends 2025-12-30: after the moment
    later = moment + timedelta(days=20)

    def seeded(path, when):
        other = create_database(
            path, "BANBAT 1", UnitLevel.BATTALION, training=True, passphrase=PASSPHRASE
        )
        seed_operations(
            other, random.Random(7), start=start, days=days, scale=1200, now=when,
            **_directory(other),
        )  # fmt: skip
        return other

    first, again, other = (
        seeded(tmp_path / "a.sqlite", moment),
        seeded(tmp_path / "b.sqlite", moment),
        seeded(tmp_path / "c.sqlite", later),
    )
    try:
        assert _content(first) == _content(again)
        assert _content(first)["qips"] != _content(other)["qips"]
        stamp = moment.strftime("%Y-%m-%dT%H:%M")
        for table, column in (("incidents", "occurred_at"), ("support_requests", "received_at")):
            latest = first.db.execute(f"SELECT max({column}) FROM {table}").fetchone()[0]
            assert latest[:16] <= stamp, table
    finally:
        for store_ in (first, again, other):
            store_.close()
