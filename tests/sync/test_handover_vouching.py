"""Handover vouching: the incoming contingent's new key is accepted at sector HQ on the
outgoing key's vouch, without a new enrolment; the old key and forged vouches are refused."""

from __future__ import annotations

import shutil
from contextlib import closing
from dataclasses import replace
from pathlib import Path

import pytest
from factories import HANDOVER_PASSPHRASE, PASSPHRASE, make_org, raw_connect
from sync_helpers import (
    assert_in_both_languages,
    backups_of,
    export,
    fingerprint_of,
    raw_state,
    resign,
    signing_key,
    tamper,
    unit_db,
    unsealed,
    unsealed_copy,
)

from cimicdesk.domain.enums import UnitLevel
from cimicdesk.domain.timeutil import now_stamp
from cimicdesk.store import unit_keys
from cimicdesk.store.database import backup_copy, open_database
from cimicdesk.sync import enrolment
from cimicdesk.sync import errors as why
from cimicdesk.sync import manifest as mf
from cimicdesk.sync.errors import PackageRefusedError
from cimicdesk.sync.handover import hand_over, take_over, vouched
from cimicdesk.sync.imports import import_files
from cimicdesk.sync.vouching import from_json, make_vouch


def stub_brief(store, out: Path, **_) -> Path:
    out.write_bytes(b"%PDF-1.4 brief")
    return out


def rotate(store, folder: Path, install: Path):
    """Hand `store` over into `folder` and take it over at `install`: the new Store."""
    result = hand_over(
        store,
        folder,
        handed_over_by="Maj A",
        to="Maj B",
        write_brief=stub_brief,
        handover_passphrase=HANDOVER_PASSPHRASE,
    )
    return take_over(
        result.export.path,
        install,
        taken_over_by="Maj B",
        passphrase=PASSPHRASE,
        handover_passphrase=HANDOVER_PASSPHRASE,
    )


def fp(store) -> str:
    key = unit_keys.active_key(store.db)
    assert key is not None
    return key.fingerprint


@pytest.fixture
def bn(tmp_path):
    store = unit_db(tmp_path / "bn1", "BANBAT 1")
    make_org(store, "UNHCR")
    yield store
    store.close()


@pytest.fixture
def sector(tmp_path, bn):
    """A sector HQ that enrolled BANBAT 1 (the first contingent's key) at its first file."""
    store = unit_db(tmp_path / "sector", "SECTOR W", UnitLevel.SECTOR)
    first = export(bn, tmp_path / "first.cimic")
    import_files(store, [first], enrol=[fingerprint_of(first)])
    yield store
    store.close()


def refused(sector, path: Path, reason: str, *words: str) -> PackageRefusedError:
    before = raw_state(sector), backups_of(sector)
    with pytest.raises(PackageRefusedError) as caught:
        import_files(sector, [path])
    text = str(caught.value)
    assert caught.value.reason == reason, text
    assert "\n" not in text and "Nothing was changed" in text
    for word in words:
        assert word in text, text
    assert_in_both_languages(caught.value.message, text)
    assert (raw_state(sector), backups_of(sector)) == before
    return caught.value


def test_the_new_contingent_is_accepted_on_the_old_keys_vouch(bn, sector, tmp_path):
    old = fp(bn)
    new = rotate(bn, tmp_path / "stick", tmp_path / "new" / "bn1.sqlite")
    assert vouched(new) and fp(new) != old
    make_org(new, "OCHA")
    (report,) = import_files(sector, [export(new, tmp_path / "BANBAT1-new.cimic")])
    assert report.totals.new == 1 and report.enrolment == enrolment.VOUCHED_NOW
    assert report.signer_fingerprint == fp(new)
    rows = enrolment.enrolled_units(sector.db.conn, retired=True)
    by_fp = {r.fingerprint: r for r in rows}
    assert by_fp[old].retired_at and not by_fp[fp(new)].retired_at
    assert by_fp[fp(new)].how == enrolment.VOUCHED and by_fp[fp(new)].vouched_by == old
    assert str(by_fp[fp(new)].how_text()) == f"vouched by {old}"
    # From then on its files come in like any enrolled unit's.
    make_org(new, "WFP")
    (later,) = import_files(sector, [export(new, tmp_path / "BANBAT1-later.cimic")])
    assert later.enrolment == "" and later.totals.new == 1
    new.close()


def test_an_old_file_and_the_old_laptop_are_refused_after_the_vouch(bn, sector, tmp_path):
    old = fp(bn)
    make_org(bn, "Written before the handover")
    stale = export(bn, tmp_path / "BANBAT1-stale.cimic")  # a copy left on a stick
    laptop = backup_copy(bn.db, bn.path, "manual")  # the old laptop, as it was
    new = rotate(bn, tmp_path / "stick", tmp_path / "new" / "bn1.sqlite")
    import_files(sector, [export(new, tmp_path / "BANBAT1-new.cimic")])
    refused(sector, stale, why.RETIRED_KEY, "BANBAT 1's old key", old)
    copy = tmp_path / "old-laptop" / "bn1.sqlite"
    copy.parent.mkdir()
    shutil.copy(laptop, copy)
    with open_database(copy) as thief:
        make_org(thief, "Forged on the old laptop")
        forged = export(thief, tmp_path / "BANBAT1-forged.cimic")
    refused(sector, forged, why.RETIRED_KEY, old)
    new.close()


def test_a_second_successor_of_the_same_key_is_refused(bn, sector, tmp_path):
    # Two handover files from one database (a retry, or a stolen first attempt): the
    # first successor sector HQ meets is the unit's; the other key's vouch is spent.
    outgoing = unit_keys.active_key(bn.db)
    assert outgoing is not None
    first = hand_over(
        bn,
        tmp_path / "a",
        handed_over_by="A",
        to="B",
        write_brief=stub_brief,
        handover_passphrase=HANDOVER_PASSPHRASE,
    )
    bn._state = ""  # as if the first handover file had been written and then taken
    with closing(raw_connect(bn.path)) as conn:  # the key back, as before that handover
        conn.execute(
            "UPDATE unit_keys SET retired_at = '', private_key = ?, agreement_private = ?",
            [outgoing.private_key, outgoing.agreement_private],
        )
        conn.execute("DELETE FROM _meta WHERE key = 'state'")
        conn.commit()
    second = hand_over(
        bn,
        tmp_path / "b",
        handed_over_by="A",
        to="C",
        write_brief=stub_brief,
        handover_passphrase=HANDOVER_PASSPHRASE,
    )
    one = take_over(
        first.export.path,
        tmp_path / "one.sqlite",
        taken_over_by="B",
        passphrase=PASSPHRASE,
        handover_passphrase=HANDOVER_PASSPHRASE,
    )
    two = take_over(
        second.export.path,
        tmp_path / "two.sqlite",
        taken_over_by="C",
        passphrase=PASSPHRASE,
        handover_passphrase=HANDOVER_PASSPHRASE,
    )
    import_files(sector, [export(one, tmp_path / "one.cimic")])
    refused(sector, export(two, tmp_path / "two.cimic"), why.WRONG_KEY, "BANBAT 1", fp(one))
    one.close()
    two.close()


def test_two_rotations_are_followed_from_the_key_sector_hq_knows(bn, sector, tmp_path):
    first = fp(bn)
    second = rotate(bn, tmp_path / "stick1", tmp_path / "c2" / "bn1.sqlite")
    middle = fp(second)
    third = rotate(second, tmp_path / "stick2", tmp_path / "c3" / "bn1.sqlite")
    (report,) = import_files(sector, [export(third, tmp_path / "c3.cimic")])
    assert report.enrolment == enrolment.VOUCHED_NOW
    rows = {r.fingerprint: r for r in enrolment.enrolled_units(sector.db.conn, retired=True)}
    assert rows[first].retired_at and rows[middle].retired_at
    assert rows[middle].vouched_by == first and rows[fp(third)].vouched_by == middle
    assert [r.fingerprint for r in enrolment.enrolled_units(sector.db.conn)] == [fp(third)]
    second.close()
    third.close()


# --- forged vouches -----------------------------------------------------------------------


def _impostor_with_vouch(tmp_path: Path, old_key: str, signer: unit_keys.OwnKey):
    """A database named BANBAT 1 whose key carries a vouch from `old_key`, signed by
    `signer` (a key of the forger's): the forger's own chain."""
    impostor = unit_db(tmp_path / "impostor", "BANBAT 1")
    own = unit_keys.active_key(impostor.db)
    assert own is not None
    vouch = make_vouch(signer, "BANBAT 1", bytes.fromhex(own.public_key), "x", now_stamp())
    if vouch.old_key != old_key:  # claim another key signed it
        vouch = replace(vouch, old_key=old_key)
    with impostor.db.atomic():
        impostor.db.execute("UPDATE unit_keys SET vouch = ?", [vouch.to_json()])
        if old_key == signer.public_key:  # the forger's key, retired, as a predecessor
            impostor.db.execute(
                "INSERT INTO unit_keys (public_key, agreement_public, created_at, retired_at) "
                "VALUES (?, ?, '2020-01-01T00:00:00.000Z', '2020-01-02T00:00:00.000Z')",
                [signer.public_key, signer.agreement_public],
            )
    return impostor


def _forger_key() -> unit_keys.OwnKey:
    keys = unit_keys.new_keys()
    return unit_keys.OwnKey(
        keys.signing_public.hex(),
        keys.signing_private,
        keys.agreement_public.hex(),
        keys.agreement_private,
        "",
        "",
        "",
    )


def test_a_vouch_that_claims_the_enrolled_key_but_is_signed_by_another_is_refused(
    bn, sector, tmp_path
):
    enrolled_key = unit_keys.active_key(bn.db)
    assert enrolled_key is not None
    impostor = _impostor_with_vouch(tmp_path, enrolled_key.public_key, _forger_key())
    forged = export(impostor, tmp_path / "BANBAT1.cimic")
    refused(sector, forged, why.BAD_VOUCH, "cannot be believed", "not signed by the key before")
    impostor.close()


def test_a_vouch_chain_that_starts_from_a_key_sector_hq_does_not_know_is_refused(
    bn, sector, tmp_path
):
    forger = _forger_key()
    impostor = _impostor_with_vouch(tmp_path, forger.public_key, forger)
    forged = export(impostor, tmp_path / "BANBAT1.cimic")
    refused(
        sector, forged, why.WRONG_KEY, fp(bn), "its handover vouches do not start from that key"
    )
    impostor.close()


def test_a_takeover_refuses_a_successor_key_the_outgoing_key_did_not_vouch_for(bn, tmp_path):
    outgoing = signing_key(bn)  # a forger who also has the outgoing key's signature power
    result = hand_over(
        bn,
        tmp_path / "stick",
        handed_over_by="A",
        to="B",
        write_brief=stub_brief,
        handover_passphrase=HANDOVER_PASSPHRASE,
    )
    path = result.export.path
    forger = _forger_key()
    with unsealed(path, write=True) as conn:
        row = conn.execute("SELECT vouch FROM unit_keys WHERE private_key IS NOT NULL").fetchone()
        vouch = from_json(row[0])
        forged = make_vouch(forger, vouch.unit_name, bytes.fromhex(vouch.new_key), "x", "y")
        conn.execute(
            "UPDATE unit_keys SET vouch = ? WHERE private_key IS NOT NULL", [forged.to_json()]
        )
        conn.commit()
    tamper(path, "SELECT 1", refresh_manifest=True, signer=outgoing)
    target = tmp_path / "new" / "bn1.sqlite"
    with pytest.raises(PackageRefusedError) as caught:
        take_over(
            path,
            target,
            taken_over_by="B",
            passphrase=PASSPHRASE,
            handover_passphrase=HANDOVER_PASSPHRASE,
        )
    assert caught.value.reason == why.BAD_VOUCH
    assert "not vouched for by the outgoing contingent's key" in str(caught.value)
    assert_in_both_languages(caught.value.message, str(caught.value))
    assert not target.exists() and not list(target.parent.glob("*.part"))


def test_a_takeover_of_an_exchange_file_gets_a_key_no_one_vouched_for(bn, tmp_path):
    # The file as its headquarters opens it (an exchange file is sealed for them).
    path = unsealed_copy(export(bn, tmp_path / "BANBAT1.cimic"), tmp_path / "BANBAT1.sqlite")
    with take_over(
        path,
        tmp_path / "copy.sqlite",
        taken_over_by="Anyone",
        passphrase=PASSPHRASE,
        handover_passphrase=HANDOVER_PASSPHRASE,
    ) as copy:
        assert not vouched(copy) and fp(copy) != fp(bn)
        assert unit_keys.active_key(copy.db) is not None


def test_a_manifest_chain_edited_by_the_unit_itself_must_still_hold(bn, sector, tmp_path):
    # Even signed by the enrolled key, a chain whose vouches do not lead to the signer is
    # refused as a whole (verify.py), before anything is asked of the enrolments.
    path = export(bn, tmp_path / "BANBAT1.cimic")
    key = unit_keys.active_key(bn.db)
    assert key is not None
    fake = make_vouch(key, "BANBAT 1", bytes(32), "x", now_stamp())
    with unsealed(path, write=True) as conn:
        conn.execute(f"UPDATE {mf.TABLE} SET vouches = ?", ["[" + fake.to_json() + "]"])
        resign(conn, bn)
        conn.commit()
    refused(sector, path, why.BAD_VOUCH, "do not lead, one to the next")
