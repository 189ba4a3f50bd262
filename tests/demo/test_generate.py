"""The demo generator: rows as the repositories write them, realistic, reproducible."""

import json
import re
from collections import Counter
from datetime import date, timedelta

import pytest
from factories import PASSPHRASE

from cimicdesk.demo.generate import seed_database
from cimicdesk.demo.words import LANGUAGES, PLACES
from cimicdesk.domain.enums import (
    ActionStatus,
    ContactCategory,
    Gender,
    LiaisonType,
    OrgType,
    ParticipantKind,
    Sensitivity,
    UnitLevel,
)
from cimicdesk.domain.errors import CimicError, ReadOnlyDatabaseError
from cimicdesk.domain.grid import parse_grid
from cimicdesk.domain.records import (
    FollowUpAction,
    LiaisonEntry,
    Organisation,
    Participant,
)
from cimicdesk.i18n.catalogue import texts
from cimicdesk.store import contacts, liaison, organisations, schema, search
from cimicdesk.store.database import create_database, open_database, write_meta
from cimicdesk.store.filters import LiaisonFilter
from cimicdesk.store.stats import record_counts

START = date(2026, 1, 5)
SEEDED = (
    "organisations",
    "contacts",
    "liaison_entries",
    "liaison_participants",
    "follow_up_actions",
)


def _rows(store, table, order="id"):
    cursor = store.db.execute(f"SELECT * FROM {table} ORDER BY {order}")
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, r, strict=True)) for r in cursor.fetchall()]


def _snapshot(store):
    """Every row of every record table, the history and the search index's text."""
    tables = {t: _rows(store, t, "1") for t in (*schema.SYNCED_TABLES, "row_history")}
    index = sorted(
        store.db.execute("SELECT kind, record_id, title, body FROM search_index").fetchall()
    )
    return tables, index


def test_counts_are_returned_and_match_the_database(store):
    counts = seed_database(store, entries=800, seed=1, start=START, days=120)
    assert counts["organisations"] == 20 and counts["contacts"] == 67
    assert counts["liaison_entries"] == 800
    assert 800 <= counts["liaison_participants"] <= 4 * 800
    liaison_side = {t: counts[t] for t in SEEDED}
    assert {t: record_counts(store)[t] for t in SEEDED} == liaison_side
    # QIPs, incidents and support requests come with the log, in proportion to it.
    assert counts["qips"] == round(800 / 60) and counts["incidents"] == 80
    assert counts["support_requests"] == 32
    assert record_counts(store)["incidents"] == counts["incidents"]


def test_resaving_every_seeded_record_unchanged_changes_nothing(store):
    """The repositories find nothing to update: same columns, clocks, positions, index text."""
    seed_database(store, entries=250, seed=2, start=START, days=60)
    before = _snapshot(store)
    for row in _rows(store, "organisations"):
        organisations.save_organisation(store, organisations.get_organisation(store, row["id"]))
    for row in _rows(store, "contacts"):
        contacts.save_contact(store, contacts.get_contact(store, row["id"]))
    for row in _rows(store, "liaison_entries"):
        liaison.save_liaison(store, liaison.get_liaison(store, row["id"]))
    assert _snapshot(store) == before


def test_closed_actions_were_edited_once_with_history(store):
    seed_database(store, entries=400, seed=4, start=START, days=90)
    closed = [a for a in _rows(store, "follow_up_actions") if a["status"] != "open"]
    assert closed
    for action in closed:
        assert action["updated_at"] > action["created_at"]
        versions = [
            json.loads(r["version"])
            for r in _rows(store, "row_history", "seq")
            if r["row_id"] == action["id"]
        ]
        assert len(versions) == 1 and versions[0]["status"] == "open"
        assert versions[0]["updated_at"] == action["created_at"]
        assert {
            k: v for k, v in versions[0].items() if k not in ("status", "clock", "updated_at")
        } == {k: v for k, v in action.items() if k not in ("status", "clock", "updated_at")}


def test_seeded_records_are_found_and_last_contact_is_derived(store):
    seed_database(store, entries=600, seed=5, start=START, days=100)
    entries = {e["id"]: e for e in _rows(store, "liaison_entries")}
    latest: dict[str, str] = {}
    for link in _rows(store, "liaison_participants"):
        start = entries[link["entry_id"]]["start"]
        latest[link["target_id"]] = max(latest.get(link["target_id"], ""), start)
    people = _rows(store, "contacts")
    assert any(p["id"] in latest for p in people) and any(p["id"] not in latest for p in people)
    for person in people:
        assert contacts.get_contact(store, person["id"]).last_contact == latest.get(
            person["id"], ""
        )
    entry = next(e for e in entries.values() if e["purpose"])
    hits = search.search(store, entry["ref"], kinds=("liaison",))
    assert [h.record_id for h in hits] == [entry["id"]]
    names = liaison.get_liaison(store, entry["id"]).participant_names.split("; ")
    found = liaison.list_liaison(store, LiaisonFilter(text=names[0]), limit=5000).items
    assert entry["id"] in {e.id for e in found}
    org = _rows(store, "organisations")[0]
    assert org["id"] in {h.record_id for h in search.search(store, org["name"], limit=500)}


def test_same_seed_gives_the_same_records_and_another_seed_others(tmp_path):
    def dump(name, seed):
        with create_database(
            tmp_path / name, "BANBAT 1", UnitLevel.BATTALION, training=True, passphrase=PASSPHRASE
        ) as store:
            seed_database(store, entries=300, seed=seed, start=START, days=60)
            tables, index = _snapshot(store)
            # Each file is its own replica: only its site id may differ.
            return json.dumps([tables, index]).replace(store.site_id, "SITE")

    first = dump("a.sqlite", 11)
    assert first == dump("b.sqlite", 11)
    assert first != dump("c.sqlite", 12)


def test_grids_are_zone_34n_mgrs_at_ten_metres_with_their_positions(store):
    seed_database(store, entries=500, seed=6, start=START, days=60)
    grids = 0
    for table in ("organisations", "contacts", "liaison_entries"):
        for row in _rows(store, table):
            if not row["grid"]:
                assert row["lat"] is None and row["lon"] is None
                continue
            ref = parse_grid(row["grid"])
            assert ref.mgrs == row["grid"] and row["grid"].startswith("34N")
            assert ref.precision_m == 10
            assert (row["lat"], row["lon"]) == (ref.lat, ref.lon)
            town = next(p for p in PLACES if p.name == row["place"])
            assert abs(ref.lat - town.lat) < 0.06 and abs(ref.lon - town.lon) < 0.06
            grids += 1
    assert grids > 400


def test_references_follow_the_start_times_and_continue_the_units_numbers(store):
    org = organisations.save_organisation(store, Organisation(name="OCHA"))
    typed = LiaisonEntry(
        start="2026-02-01T08:00:00.000Z",
        participants=[Participant(kind=ParticipantKind.ORGANISATION, target_id=org.id)],
    )
    liaison.save_liaison(store, typed)  # BANBAT1-2026-0001
    seed_database(store, entries=300, seed=7, start=date(2025, 12, 1), days=90)
    seeded = [
        e
        for e in _rows(store, "liaison_entries", "start, ref")
        if e["origin_unit"] == "BANBAT 1" and e["ref"] != "BANBAT1-2026-0001"
    ]
    by_year: dict[str, list[int]] = {}
    for entry in seeded:
        match = re.fullmatch(r"BANBAT1-(\d{4})-(\d{4,})", entry["ref"])
        assert match and match[1] == entry["start"][:4]
        by_year.setdefault(match[1], []).append(int(match[2]))
    assert sorted(by_year) == ["2025", "2026"]
    assert by_year["2025"] == list(range(1, len(by_year["2025"]) + 1))
    assert by_year["2026"] == list(range(2, len(by_year["2026"]) + 2))
    assert liaison.next_ref(store, 2026) == f"BANBAT1-2026-{len(by_year['2026']) + 2:04d}"


def test_a_plausible_mission(store):
    end = START + timedelta(days=180)
    seed_database(store, entries=4000, seed=8, start=START, days=180)
    orgs, people = _rows(store, "organisations"), _rows(store, "contacts")
    entries, links = _rows(store, "liaison_entries"), _rows(store, "liaison_participants")
    actions = [
        FollowUpAction(due_date=a["due_date"], status=ActionStatus(a["status"]))
        for a in _rows(store, "follow_up_actions")
    ]

    org_types = Counter(OrgType(o["org_type"]) for o in orgs)
    assert len(org_types) >= 12
    for kind in (
        OrgType.UNITED_NATIONS,
        OrgType.UN_MISSION_COMPONENT,
        OrgType.INTERNATIONAL_NGO,
        OrgType.NATIONAL_NGO,
        OrgType.LOCAL_AUTHORITY,
        OrgType.TRADITIONAL_AUTHORITY,
        OrgType.COMMUNITY_BASED,
        OrgType.RED_CROSS,
    ):
        assert org_types[kind] >= 1, kind
    assert any(o["keep_distance"] for o in orgs)
    assert any(o["parent_id"] for o in orgs)  # UN sub-offices under their country office

    assert Counter(ContactCategory(p["category"]) for p in people).keys() == set(ContactCategory)
    assert {Gender(p["gender"]) for p in people} == set(Gender)
    assert {Sensitivity(p["sensitivity"]) for p in people} == set(Sensitivity)
    assert any(p["name"] != p["name"].encode("ascii", "ignore").decode() for p in people)
    spoken = Counter(lang for p in people for lang in json.loads(p["languages"]))
    assert set(spoken) == set(LANGUAGES)
    phones = [n for p in people for n in json.loads(p["phones"])]
    assert phones and all(re.fullmatch(r"\+236 7[0-9] \d\d \d\d \d\d", n) for n in phones)

    types = Counter(LiaisonType(e["entry_type"]) for e in entries)
    assert set(types) == set(LiaisonType)
    assert types.most_common(1)[0][0] is LiaisonType.BILATERAL
    assert all(START.isoformat() <= e["start"] < end.isoformat() for e in entries)
    assert {e["place"] for e in entries} <= {p.name for p in PLACES}
    per_entry = Counter(link["entry_id"] for link in links)
    assert set(per_entry) == {e["id"] for e in entries}
    assert set(per_entry.values()) == {1, 2, 3, 4}
    assert any(link["kind"] == ParticipantKind.ORGANISATION for link in links)
    with_actions = {a["entry_id"] for a in _rows(store, "follow_up_actions")}
    assert 0.33 < len(with_actions) / len(entries) < 0.47

    overdue = [a for a in actions if a.is_overdue(end)]
    done = [a for a in actions if a.status is ActionStatus.DONE]
    upcoming = [a for a in actions if a.status is ActionStatus.OPEN and not a.is_overdue(end)]
    assert overdue and done and upcoming and len(done) > len(overdue)


def test_progress_is_reported_up_to_the_total(store):
    calls = []
    seed_database(
        store,
        entries=4500,
        seed=9,
        start=START,
        days=30,
        progress=lambda done, total: calls.append((done, total)),
    )
    assert calls == [(2000, 4500), (4000, 4500), (4500, 4500)]


def test_seeding_twice_with_one_seed_is_refused_and_adds_nothing(store):
    seed_database(store, entries=100, seed=10, start=START, days=30)
    before = _snapshot(store)
    with pytest.raises(CimicError, match="seed 10") as refused:
        seed_database(store, entries=100, seed=10, start=START, days=30)
    assert _snapshot(store) == before
    # A message with its parameters: the window shows it in the officer's language.
    assert "avec la graine 10" in texts("fr").render(refused.value.message)
    seed_database(store, entries=100, seed=11, start=START, days=30)  # another seed adds
    assert record_counts(store)["liaison_entries"] == 200


def test_handed_over_database_and_impossible_periods_are_refused(store, db_path):
    with pytest.raises(CimicError, match="more than a year") as refused:
        seed_database(store, entries=10, seed=1, start=date.today() + timedelta(days=300))
    assert "plus d'un an" in texts("fr").render(refused.value.message)
    with pytest.raises(ValueError):
        seed_database(store, entries=-1, seed=1)
    write_meta(store.db, state="handed_over")
    store.db.conn.commit()
    store.close()
    with open_database(db_path) as handed_over, pytest.raises(ReadOnlyDatabaseError):
        seed_database(handed_over, entries=10, seed=1)


def test_default_period_ends_yesterday(store):
    seed_database(store, entries=200, seed=12, days=30)
    starts = [e["start"] for e in _rows(store, "liaison_entries")]
    assert min(starts) >= (date.today() - timedelta(days=30)).isoformat()
    assert max(starts) < date.today().isoformat()


def test_the_seed_sets_the_mission_area_of_its_towns_and_the_map_holds_its_records(store):
    from cimicdesk.domain.geo import BBox
    from cimicdesk.store.map_points import MapFilter, count_in
    from cimicdesk.store.places import mission_area, relative_position, suggest_places

    seed_database(store, entries=200, seed=3, start=START, days=60)
    assert mission_area(store) == ("CF",)
    assert suggest_places(store, "kaga")[0].name == "Kaga-Bandoro"
    (lat, lon) = store.db.execute(
        "SELECT lat, lon FROM incidents WHERE lat IS NOT NULL LIMIT 1"
    ).fetchone()
    assert relative_position(store, lat, lon) is not None  # named from a CAR town
    positioned = sum(
        store.db.execute(f"SELECT count(*) FROM {table} WHERE {where}").fetchone()[0]
        for table, where in (
            ("incidents", "lat IS NOT NULL AND deleted = 0"),
            ("liaison_entries", "lat IS NOT NULL AND deleted = 0"),
            ("qips", "lat IS NOT NULL AND deleted = 0"),
            ("organisations", "lat IS NOT NULL AND deleted = 0 AND merged_into IS NULL"),
            (
                "support_requests",
                "deleted = 0 AND (to_lat IS NOT NULL OR from_lat IS NOT NULL)",
            ),
        )
    )
    # A community is drawn once: its latest assessment with a grid.
    positioned += store.db.execute(
        "SELECT count(DISTINCT community_key) FROM assessments WHERE lat IS NOT NULL "
        "AND deleted = 0"
    ).fetchone()[0]
    assert positioned > 0
    assert count_in(store, BBox(14.0, 2.0, 28.0, 11.5), MapFilter()) == positioned
