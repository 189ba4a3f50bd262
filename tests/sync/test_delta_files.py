"""Delta unit files: only what changed since an export the receiver has (issue 16).

A delta applied on top of its base gives the receiver what the full file would (rows,
history, photos, search); a delta whose base is not here is refused with the database
unchanged; a delta applied again changes nothing; a forged, foreign, replayed or newer
delta is refused or harmless.
"""

from __future__ import annotations

import pytest
from factories import (
    HANDOVER_PASSPHRASE,
    PASSPHRASE,
    image_bytes,
    make_contact,
    make_entry,
    make_org,
    make_qip,
)
from sync_helpers import (
    backups_of,
    canonical_dump,
    file_state,
    import_files,
    resign,
    signing_key,
    tamper,
    unit_db,
    unsealed,
)

from cimicdesk.domain.enums import UnitLevel
from cimicdesk.domain.qip import MonitoringVisit
from cimicdesk.i18n.message import Message
from cimicdesk.reports.commands import write_handover_brief
from cimicdesk.store.organisations import get_organisation, save_organisation
from cimicdesk.store.qips import add_visit_photo, save_qip
from cimicdesk.store.search import search
from cimicdesk.sync import delta, delta_bases, envelope
from cimicdesk.sync import errors as why
from cimicdesk.sync import manifest as mf
from cimicdesk.sync.errors import PackageRefusedError
from cimicdesk.sync.export import LAST, export_snapshot
from cimicdesk.sync.handover import hand_over, take_over
from cimicdesk.sync.report import ALREADY_IMPORTED


def _export(store, path, since=None):
    return export_snapshot(store, path, since=since)


def _manifest(path) -> mf.Manifest:
    with unsealed(path) as conn:
        found = mf.read_manifest(conn)
    assert found is not None
    return found


def _rows(path, table) -> int:
    with unsealed(path) as conn:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


@pytest.fixture
def bn(tmp_path):
    store = unit_db(tmp_path / "bn1", "BANBAT 1")
    yield store
    store.close()


@pytest.fixture
def sector(tmp_path):
    store = unit_db(tmp_path / "sector", "SECTOR W", UnitLevel.SECTOR)
    yield store
    store.close()


def _week(store, n: int, orgs: list) -> None:
    """A week of work: new records of every kind (a photo too), and edits of old ones."""
    org = make_org(store, f"Caritas {n}", place="Bria")
    person = make_contact(store, f"Jean Ngaïkoumon {n}", organisation_id=org.id)
    make_entry(store, contacts=[person], orgs=[org], purpose=f"Water tanks week {n}")
    qip = make_qip(store, title=f"Borehole {n}", implementing_partner_id=org.id)
    qip.visits = [MonitoringVisit(visit_date="2026-05-01", percent_complete=30, findings="Walls")]
    qip = save_qip(store, qip)
    add_visit_photo(store, qip.visits[0].id, image_bytes(color=(n * 40 % 255, 30, 30)))
    for old in orgs:
        edited = get_organisation(store, old.id)
        edited.notes = f"Opens at {n}"
        save_organisation(store, edited)
    orgs.append(org)


def _state(store):
    """What a receiver holds: records, kept versions, photos, search entries."""
    conn = store.db.conn
    # The reason names the export whose import overwrote the version: its id differs.
    history = conn.execute(
        "SELECT table_name, row_id, version, substr(reason, 1, instr(reason, '(')) "
        "FROM row_history ORDER BY 1, 2, 3"
    ).fetchall()
    blobs = conn.execute("SELECT sha256, size FROM blobs ORDER BY 1").fetchall()
    index = conn.execute(
        "SELECT kind, record_id, title, body FROM search_index ORDER BY 1, 2"
    ).fetchall()
    found = {q: sorted(h.record_id for h in search(store, q)) for q in ("Caritas", "Opens", "W")}
    return canonical_dump(store), history, blobs, index, found


def test_deltas_applied_in_order_equal_the_full_files(bn, sector, tmp_path):
    other = unit_db(tmp_path / "sector2", "SECTOR W", UnitLevel.SECTOR)
    orgs: list = []
    _week(bn, 1, orgs)
    first = _export(bn, tmp_path / "w1.cimic").manifest
    import_files(sector, [tmp_path / "w1.cimic"])
    import_files(other, [tmp_path / "w1.cimic"])
    previous = first.export_id
    for week in (2, 3):
        _week(bn, week, orgs)
        delta = _export(bn, tmp_path / f"d{week}.cimic", since=previous).manifest
        full = _export(bn, tmp_path / f"f{week}.cimic").manifest
        assert (delta.kind, full.kind) == (mf.DELTA, mf.FULL)
        assert delta.base_export_id == previous and delta.base_seq < delta.covered_seq
        assert delta.covered_seq == full.covered_seq  # nothing written between the two
        import_files(sector, [tmp_path / f"f{week}.cimic"])
        import_files(other, [tmp_path / f"d{week}.cimic"])
        previous = delta.export_id
        # The delta holds the week's rows only: verifying it digests what it carries.
        assert _rows(tmp_path / f"d{week}.cimic", "organisations") == len(orgs)
        assert _rows(tmp_path / f"d{week}.cimic", "qips") == 1
        assert _rows(tmp_path / f"f{week}.cimic", "qips") == week
        assert _rows(tmp_path / f"d{week}.cimic", "blobs") == 1
        assert delta.records < full.records
    got, want = _state(other), _state(sector)
    assert got[1] and all(reason for *_, reason in got[1])  # versions were kept
    for part, (a, b) in enumerate(zip(got, want, strict=True)):
        assert a == b, part
    assert canonical_dump(other) == canonical_dump(bn)
    other.close()


def test_a_delta_without_its_base_here_is_refused_and_nothing_changes(bn, sector, tmp_path):
    orgs: list = []
    _week(bn, 1, orgs)
    _export(bn, tmp_path / "w1.cimic")  # never brought to sector HQ
    _week(bn, 2, orgs)
    _export(bn, tmp_path / "d2.cimic", since=LAST)
    before, backups = file_state(sector), backups_of(sector)
    with pytest.raises(PackageRefusedError) as refused:
        import_files(sector, [tmp_path / "d2.cimic"])
    assert refused.value.reason == delta_bases.MISSING_BASE
    assert isinstance(refused.value.message, Message)
    text = str(refused.value)
    assert "full unit file" in text and "BANBAT 1" in text and "d2.cimic" in text
    assert file_state(sector) == before and backups_of(sector) == backups
    # With its base first in the same batch, the same delta goes in.
    import_files(sector, [tmp_path / "w1.cimic", tmp_path / "d2.cimic"])
    assert canonical_dump(sector) == canonical_dump(bn)


def test_a_later_export_of_the_unit_does_not_stand_for_a_missing_base(bn, sector, tmp_path):
    # After a restore from backup the sender's change numbers start again, so a later
    # export's number cannot vouch for a base this database never saw: the exact base only.
    orgs: list = []
    _week(bn, 1, orgs)
    base = _export(bn, tmp_path / "w1.cimic").manifest  # lost on the way
    _week(bn, 2, orgs)
    _export(bn, tmp_path / "f2.cimic")  # a full file, later than the lost one
    import_files(sector, [tmp_path / "f2.cimic"])
    _week(bn, 3, orgs)
    _export(bn, tmp_path / "d3.cimic", since=base.export_id)
    before = file_state(sector)
    with pytest.raises(PackageRefusedError) as refused:
        import_files(sector, [tmp_path / "d3.cimic"])
    assert refused.value.reason == delta_bases.MISSING_BASE
    assert file_state(sector) == before


def test_a_delta_applied_again_changes_nothing(bn, sector, tmp_path):
    orgs: list = []
    _week(bn, 1, orgs)
    import_files(sector, [_export(bn, tmp_path / "w1.cimic").path])
    _week(bn, 2, orgs)
    import_files(sector, [_export(bn, tmp_path / "d2.cimic", since=LAST).path])
    _week(bn, 3, orgs)
    import_files(sector, [_export(bn, tmp_path / "d3.cimic", since=LAST).path])
    before, backups = file_state(sector), backups_of(sector)
    for replay in ([tmp_path / "d2.cimic"], [tmp_path / "d3.cimic", tmp_path / "d2.cimic"]):
        reports = import_files(sector, replay)
        assert all(r.status == ALREADY_IMPORTED for r in reports)
        assert file_state(sector) == before and backups_of(sector) == backups


def test_sector_delta_carries_rows_merged_from_battalions_since_its_last_export(
    bn, sector, tmp_path
):
    force = unit_db(tmp_path / "fhq", "FORCE HQ", UnitLevel.FHQ)
    make_org(sector, "OCHA")
    import_files(force, [_export(sector, tmp_path / "s1.cimic").path])
    orgs: list = []
    _week(bn, 1, orgs)  # made before sector's export, merged at sector after it
    import_files(sector, [_export(bn, tmp_path / "b1.cimic").path])
    relay = _export(sector, tmp_path / "s2.cimic", since=LAST).manifest
    assert relay.kind == mf.DELTA
    assert _rows(tmp_path / "s2.cimic", "organisations") == 1  # Caritas 1, not OCHA
    import_files(force, [tmp_path / "s2.cimic"])
    assert canonical_dump(force) == canonical_dump(sector)
    found = sorted(h.record_id for h in search(force, "Caritas"))
    assert orgs[0].id in found and found == sorted(h.record_id for h in search(sector, "Caritas"))
    force.close()


def test_a_delta_needs_an_export_made_here_to_build_on(bn, tmp_path):
    make_org(bn, "UNHCR")
    with pytest.raises(Exception) as nothing:
        _export(bn, tmp_path / "d.cimic", since=LAST)
    assert isinstance(nothing.value.message, Message) and "full unit file" in str(nothing.value)
    with pytest.raises(Exception) as unknown:
        _export(bn, tmp_path / "d.cimic", since="0b4c1f8e-not-an-export")
    assert "0b4c1f8e-not-an-export" in str(unknown.value)
    assert not (tmp_path / "d.cimic").exists()


def _forge(path, signer, **fields):
    """Change manifest fields of an export and sign it again with `signer`'s key, as a
    unit forging its own file could."""
    with unsealed(path, write=True) as conn:
        for name, value in fields.items():
            conn.execute(f"UPDATE {mf.TABLE} SET {name} = ?", [value])
        resign(conn, signer)
        conn.commit()


def test_a_delta_that_does_not_build_on_the_base_it_names_is_refused(bn, sector, tmp_path):
    orgs: list = []
    _week(bn, 1, orgs)
    import_files(sector, [_export(bn, tmp_path / "w1.cimic").path])
    _week(bn, 2, orgs)
    _export(bn, tmp_path / "w2.cimic")  # sector never gets it
    _week(bn, 3, orgs)
    forged = _export(bn, tmp_path / "d3.cimic", since=LAST).manifest  # builds on w2
    # The unit claims it builds on w1, which sector has, to skip what w2 brought.
    _forge(tmp_path / "d3.cimic", bn, base_export_id=_manifest(tmp_path / "w1.cimic").export_id)
    before = file_state(sector)
    with pytest.raises(PackageRefusedError) as refused:
        import_files(sector, [tmp_path / "d3.cimic"])
    assert refused.value.reason == delta_bases.WRONG_BASE and forged.base_seq > 0
    assert "full unit file" in str(refused.value)
    assert file_state(sector) == before


def test_a_delta_of_another_unit_cannot_take_this_units_export_as_base(bn, sector, tmp_path):
    bn2 = unit_db(tmp_path / "bn2", "BANBAT 2")
    orgs: list = []
    _week(bn, 1, orgs)
    mine = _export(bn, tmp_path / "b1.cimic").manifest
    import_files(sector, [tmp_path / "b1.cimic"])
    make_org(bn2, "Oxfam")
    _export(bn2, tmp_path / "x1.cimic")  # sector never gets it
    make_org(bn2, "MSF")
    _export(bn2, tmp_path / "x2.cimic", since=LAST)
    _forge(
        tmp_path / "x2.cimic",
        bn2,
        base_export_id=mine.export_id,
        base_replica_id=mine.replica_id,
        base_seq=mine.covered_seq,
        covered_seq=mine.covered_seq + 100,
    )
    before = file_state(sector)
    with pytest.raises(PackageRefusedError) as refused:
        import_files(sector, [tmp_path / "x2.cimic"])
    assert refused.value.reason == delta_bases.MISSING_BASE
    assert file_state(sector) == before
    bn2.close()


@pytest.mark.parametrize(
    "fields",
    [
        {"format": "cimicdesk-export-4"},
        {"kind": "delta-v2"},
        {"base_seq": -1},
        {"base_export_id": ""},
        {"covered_seq": "twelve"},
    ],
    ids=["newer-format", "unknown-kind", "no-base-seq", "no-base", "text-seq"],
)
def test_a_delta_of_a_newer_or_unknown_kind_is_refused(bn, sector, tmp_path, fields):
    orgs: list = []
    _week(bn, 1, orgs)
    import_files(sector, [_export(bn, tmp_path / "w1.cimic").path])
    _week(bn, 2, orgs)
    _export(bn, tmp_path / "d2.cimic", since=LAST)
    _forge(tmp_path / "d2.cimic", bn, **fields)
    before = file_state(sector)
    with pytest.raises(PackageRefusedError):
        import_files(sector, [tmp_path / "d2.cimic"])
    assert file_state(sector) == before


def test_a_full_file_of_the_format_before_deltas_still_imports_and_can_be_a_base(
    bn, sector, tmp_path
):
    orgs: list = []
    _week(bn, 1, orgs)
    old = _export(bn, tmp_path / "w1.cimic").manifest
    with unsealed(tmp_path / "w1.cimic", write=True) as conn:  # as the previous version wrote it
        conn.execute(f"DROP TABLE {mf.TABLE}")
        mf.write_manifest(
            conn,
            mf.sign(
                mf.Manifest(**{**old.__dict__, "covered_seq": None, "signature": ""}),
                signing_key(bn),
            ),
        )
        conn.commit()
    with unsealed(tmp_path / "w1.cimic") as conn:
        row = mf.read_row(conn)
        assert row["format"] == mf.FULL_FORMAT_2 and "kind" not in row
    import_files(sector, [tmp_path / "w1.cimic"])
    _week(bn, 2, orgs)
    import_files(sector, [_export(bn, tmp_path / "d2.cimic", since=LAST).path])
    assert canonical_dump(sector) == canonical_dump(bn)
    seqs = sector.db.execute("SELECT kind, seq FROM applied_exports ORDER BY applied_at").fetchall()
    assert [k for k, _ in seqs] == ["full", "delta"] and seqs[0][1] is None


def test_every_write_takes_the_next_number_of_the_change_sequence(bn):
    org = make_org(bn, "UNHCR")

    def numbers():
        return [
            r[0]
            for r in bn.db.execute(
                "SELECT seq FROM change_log WHERE tbl = 'organisations' AND row_id = ? "
                "ORDER BY seq",
                [org.id],
            )
        ]

    first = numbers()
    org.place = "Bria"
    save_organisation(bn, org)
    again = numbers()
    assert first and again[: len(first)] == first and len(again) > len(first)
    assert max(again) == delta.last_seq(bn.db.conn)


def test_a_delta_is_sealed_and_signed_like_a_full_file(bn, sector, tmp_path):
    orgs: list = []
    _week(bn, 1, orgs)
    import_files(sector, [_export(bn, tmp_path / "w1.cimic").path])
    _week(bn, 2, orgs)
    path = _export(bn, tmp_path / "d2.cimic", since=LAST).path
    assert envelope.is_envelope(path)
    with unsealed(path) as conn:  # no private key, no change log, no numbering trigger
        assert conn.execute("SELECT count(*) FROM unit_keys").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM change_log").fetchone()[0] == 0
        assert not conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'change_%'"
        ).fetchall()
    tamper(path, "UPDATE organisations SET notes = 'forged'")
    before = file_state(sector)
    with pytest.raises(PackageRefusedError) as refused:
        import_files(sector, [path])
    assert refused.value.reason == why.TAMPERED and file_state(sector) == before


def test_after_a_handover_the_successors_delta_builds_on_the_last_export(bn, sector, tmp_path):
    orgs: list = []
    _week(bn, 1, orgs)
    import_files(sector, [_export(bn, tmp_path / "w1.cimic").path])
    _week(bn, 2, orgs)  # written before the handover, never exported by the outgoing officer
    result = hand_over(
        bn,
        tmp_path / "stick",
        handed_over_by="Maj Rahman",
        to="Maj Haque",
        write_brief=write_handover_brief,
        handover_passphrase=HANDOVER_PASSPHRASE,
    )
    with take_over(
        result.export.path,
        tmp_path / "laptop" / "banbat1.sqlite",
        taken_over_by="Maj Haque",
        passphrase=PASSPHRASE,
        handover_passphrase=HANDOVER_PASSPHRASE,
    ) as successor:
        _week(successor, 3, orgs)
        found = _export(successor, tmp_path / "d3.cimic", since=LAST).manifest
        assert found.base_replica_id == bn.site_id != found.replica_id
        import_files(sector, [tmp_path / "d3.cimic"])
        assert canonical_dump(sector) == canonical_dump(successor)
