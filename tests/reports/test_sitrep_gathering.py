"""Issue 16: the sitrep's set-based gathering prints what the per-record reading printed,
page by page, and a sitrep without Annex A does not read the outcomes only Annex A prints."""

from __future__ import annotations

import re
from datetime import date

import pytest
from factories import PASSPHRASE
from report_helpers import NOW, WEEK, build_mission, pdf_pages
from sitrep_reference import gathered_as_before

from cimicdesk.demo.generate import seed_database
from cimicdesk.domain.enums import UnitLevel
from cimicdesk.reports import bulk, commands
from cimicdesk.reports import data as report_data
from cimicdesk.store.database import create_database

# A small seeded battalion: 400 meetings over ten weeks, and its operations in proportion.
SEED_START = date(2026, 9, 7)
SEEDED_WEEK = "2026-W45"


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    path = tmp_path_factory.mktemp("seeded") / "drill.sqlite"
    store = create_database(
        path, "BANBAT 1", UnitLevel.BATTALION, training=True, passphrase=PASSPHRASE
    )
    seed_database(store, entries=400, seed=16, start=SEED_START, days=70)
    yield store
    store.close()


@pytest.fixture
def sector(tmp_path):
    store = create_database(
        tmp_path / "sector.sqlite", "Sector West", UnitLevel.SECTOR, passphrase=PASSPHRASE
    )
    build_mission(store, unit="BANBAT 2")
    build_mission(store, unit="BANBAT 3")
    yield store
    store.close()


def _write(store, out, monkeypatch, *, before: bool, **options) -> list[str]:
    if before:
        with gathered_as_before(monkeypatch):
            commands.write_sitrep(store, out, now=NOW, **options)
    else:
        commands.write_sitrep(store, out, now=NOW, **options)
    return pdf_pages(out)


@pytest.mark.parametrize("annexes", [None, ()], ids=["with-annexes", "body-only"])
@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_seeded_unit_sitrep_reads_the_same_as_before(
    seeded, tmp_path, monkeypatch, annexes, language
):
    options = {"week": SEEDED_WEEK, "annexes": annexes, "language": language}
    old = _write(seeded, tmp_path / "old.pdf", monkeypatch, before=True, **options)
    new = _write(seeded, tmp_path / "new.pdf", monkeypatch, before=False, **options)
    assert len(old) >= 2 and "BANBAT 1" in old[0]
    assert new == old


@pytest.mark.parametrize("annexes", [None, (), ("meetings",), ("qips", "incidents")])
def test_a_sector_sitrep_reads_the_same_as_before(sector, tmp_path, monkeypatch, annexes):
    options = {"week": WEEK, "annexes": annexes}
    old = _write(sector, tmp_path / "old.pdf", monkeypatch, before=True, **options)
    new = _write(sector, tmp_path / "new.pdf", monkeypatch, before=False, **options)
    assert "BANBAT 2" in " ".join(old) and "BANBAT 3" in " ".join(old)
    assert new == old


def test_a_seeded_sector_consolidation_reads_the_same_as_before(seeded, tmp_path, monkeypatch):
    options = {"week": SEEDED_WEEK, "sector": True, "units": ["BANBAT 1"]}
    old = _write(seeded, tmp_path / "old.pdf", monkeypatch, before=True, **options)
    new = _write(seeded, tmp_path / "new.pdf", monkeypatch, before=False, **options)
    assert new == old


def _spy_on_actions(monkeypatch) -> list[list[str]]:
    """The meeting ids whose follow-up actions were read, call by call."""
    calls: list[list[str]] = []
    real = bulk.actions

    def spy(store, entry_ids):
        calls.append(list(entry_ids))
        return real(store, entry_ids)

    monkeypatch.setattr(bulk, "actions", spy)
    return calls


def test_the_body_alone_does_not_gather_annex_a(seeded, tmp_path, monkeypatch):
    period = report_data.Period.iso_week(SEEDED_WEEK)
    meetings = list(report_data.liaison_entries(seeded, period))
    significant = {e.id for e in meetings if e.significant}
    assert len(meetings) > 20 and 0 < len(significant) < len(meetings)
    calls = _spy_on_actions(monkeypatch)

    commands.write_sitrep(seeded, tmp_path / "body.pdf", week=SEEDED_WEEK, annexes=(), now=NOW)
    # Only the significant meetings' outcomes (the body tells them) are read: not the
    # others', which only Annex A prints.
    assert [set(ids) for ids in calls] == [significant]

    calls.clear()
    commands.write_sitrep(seeded, tmp_path / "qips.pdf", week=SEEDED_WEEK, annexes=["qips"])
    assert [set(ids) for ids in calls] == [significant]

    calls.clear()
    commands.write_sitrep(seeded, tmp_path / "a.pdf", week=SEEDED_WEEK, annexes=["meetings"])
    assert [set(ids) for ids in calls] == [{e.id for e in meetings}]


def test_the_body_alone_builds_no_annex_table(seeded, tmp_path, monkeypatch):
    from cimicdesk.reports import sitrep_annexes

    built: list[str] = []
    for name in ("meeting_table", "qip_register", "incident_log"):
        real = getattr(sitrep_annexes, name)
        monkeypatch.setattr(
            sitrep_annexes,
            name,
            lambda *a, _real=real, _name=name, **k: built.append(_name) or _real(*a, **k),
        )
    commands.write_sitrep(seeded, tmp_path / "body.pdf", week=SEEDED_WEEK, annexes=(), now=NOW)
    assert built == []
    commands.write_sitrep(seeded, tmp_path / "all.pdf", week=SEEDED_WEEK, now=NOW)
    assert sorted(set(built)) == ["incident_log", "meeting_table", "qip_register"]


def test_gathering_reads_a_few_queries_not_one_per_record(seeded, monkeypatch):
    """The set-based gatherers' queries do not grow with the meetings of the week."""
    period = report_data.Period.iso_week(SEEDED_WEEK)
    statements: list[str] = []
    seeded.db.conn.set_trace_callback(statements.append)
    try:
        found = report_data.gather_sitrep(seeded, period, now=NOW)
    finally:
        seeded.db.conn.set_trace_callback(None)
    meetings = len(found.liaison)
    assert meetings > 20
    # (The statements come with their values: one record's look-up reads "id = '…'".)
    one_each = re.compile(
        r"FROM (liaison_entries|liaison_participants|follow_up_actions|contacts|organisations"
        r"|qips|qip_\w+|support_requests) WHERE (id|entry_id|qip_id) = '"
    )
    assert [s for s in statements if one_each.search(s)] == []
    # Before issue 16 this week took 230 statements (one per meeting, contact, project...).
    assert len(statements) < 60, len(statements)
