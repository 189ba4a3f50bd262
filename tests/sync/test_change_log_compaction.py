"""The change log is kept to each row's latest number once it has doubled (issue 16):
every delta, from every base, carries what it carried before, and numbers only grow."""

from __future__ import annotations

import pytest
from factories import make_contact, make_entry, make_org
from sync_helpers import canonical_dump, import_files, unit_db, unsealed

from cimicdesk.domain.enums import UnitLevel
from cimicdesk.store.organisations import get_organisation, save_organisation
from cimicdesk.store.schema import SYNCED_TABLES
from cimicdesk.sync import change_log, delta
from cimicdesk.sync.export import export_snapshot


@pytest.fixture
def bn(tmp_path):
    store = unit_db(tmp_path / "bn1", "BANBAT 1")
    yield store
    store.close()


def _carried(path) -> dict[str, set[str]]:
    """The synced rows a unit file holds, by table."""
    with unsealed(path) as conn:
        return {t: {r[0] for r in conn.execute(f"SELECT id FROM {t}")} for t in SYNCED_TABLES}


def _numbers(store) -> list[tuple[str, str]]:
    return store.db.execute("SELECT tbl, row_id FROM change_log ORDER BY seq").fetchall()


def _edit(store, org, times: int, note: str) -> None:
    for n in range(times):
        found = get_organisation(store, org.id)
        found.notes = f"{note} {n}"
        save_organisation(store, found)


def _weeks(store, tmp_path) -> list[str]:
    """Three exports with edits between, the same rows edited again and again."""
    orgs = [make_org(store, f"Caritas {n}", place="Bria") for n in range(3)]
    person = make_contact(store, "Jean Ngaïkoumon", organisation_id=orgs[0].id)
    make_entry(store, contacts=[person], orgs=[orgs[0]], purpose="Water tanks")
    bases = []
    for week in range(3):
        _edit(store, orgs[week], 4, f"week {week}")
        _edit(store, orgs[0], 3, f"again {week}")
        bases.append(export_snapshot(store, tmp_path / f"w{week}.cimic").manifest.export_id)
    _edit(store, orgs[1], 5, "after")
    make_org(store, "UNHCR", place="Kaga-Bandoro")
    return bases


def test_compacting_changes_no_delta_from_any_base_and_numbers_keep_growing(bn, tmp_path):
    bases = _weeks(bn, tmp_path)
    before = {
        base: _carried(export_snapshot(bn, tmp_path / f"before-{i}.cimic", since=base).path)
        for i, base in enumerate(bases)
    }
    last = delta.last_seq(bn.db.conn)
    numbers = _numbers(bn)
    assert len(numbers) > len(set(numbers))  # rows numbered several times

    with bn.db.conn:
        dropped = change_log.compact(bn.db.conn)

    kept = _numbers(bn)
    assert dropped == len(numbers) - len(kept) > 0
    assert sorted(kept) == sorted(set(numbers))  # one number a row, none lost
    assert delta.last_seq(bn.db.conn) == last
    for i, base in enumerate(bases):
        after = export_snapshot(bn, tmp_path / f"after-{i}.cimic", since=base).path
        assert _carried(after) == before[base], base
    org = make_org(bn, "OCHA")
    assert (
        bn.db.execute("SELECT seq FROM change_log WHERE row_id = ?", [org.id]).fetchone()[0] > last
    )


def test_deltas_written_after_compacting_bring_a_sector_to_the_unit_s_state(bn, tmp_path):
    sector = unit_db(tmp_path / "sector", "SECTOR W", UnitLevel.SECTOR)
    org = make_org(bn, "Caritas", place="Bria")
    first = export_snapshot(bn, tmp_path / "full.cimic").manifest.export_id
    import_files(sector, [tmp_path / "full.cimic"])
    _edit(bn, org, 6, "week 1")
    make_org(bn, "UNHCR", place="Kaga-Bandoro")
    with bn.db.conn:
        change_log.compact(bn.db.conn)
    export_snapshot(bn, tmp_path / "d1.cimic", since=first)
    import_files(sector, [tmp_path / "d1.cimic"])
    assert canonical_dump(sector) == canonical_dump(bn)
    sector.close()


def test_an_export_compacts_the_log_only_once_it_has_doubled(bn, tmp_path, monkeypatch):
    monkeypatch.setattr(change_log, "LEAST_TO_COMPACT", 10)  # the tests' logs are small
    orgs = [make_org(bn, f"Caritas {n}", place="Bria") for n in range(6)]
    for org in orgs:
        _edit(bn, org, 2, "first")
    export_snapshot(bn, tmp_path / "w1.cimic")
    kept = len(_numbers(bn))
    assert kept == len(orgs)
    assert kept == len(set(_numbers(bn)))  # compacted: one number a row
    assert (
        int(
            bn.db.execute(
                "SELECT value FROM _meta WHERE key = ?", [change_log.KEPT_KEY]
            ).fetchone()[0]
        )
        == kept
    )

    org = orgs[0]
    _edit(bn, org, kept - 1, "second")  # the log not yet doubled
    export_snapshot(bn, tmp_path / "w2.cimic")
    held = len(_numbers(bn))
    assert kept < held < 2 * kept + 1 and held > len(set(_numbers(bn)))  # left as it was

    _edit(bn, org, kept + 2, "third")  # now more than doubled
    export_snapshot(bn, tmp_path / "w3.cimic")
    assert len(_numbers(bn)) == len(set(_numbers(bn)))
