"""Enrolment: a headquarters imports from a unit only once it knows the unit's key, by the
fingerprint confirmed at the first import or by the unit's card."""

from __future__ import annotations

import base64
import hashlib
import json

import pytest
from factories import make_contact, make_org
from sync_helpers import (
    assert_in_both_languages,
    backups_of,
    export,
    raw_state,
    unit_db,
)

from cimicdesk.domain.enums import UnitLevel
from cimicdesk.domain.errors import CimicError, FileRefusedError, InvalidValueError
from cimicdesk.store import unit_keys
from cimicdesk.sync import enrolment
from cimicdesk.sync import errors as why
from cimicdesk.sync.cards import read_card, write_card
from cimicdesk.sync.errors import PackageRefusedError, UnknownUnitError
from cimicdesk.sync.imports import import_files
from cimicdesk.sync.report import format_report


@pytest.fixture
def bn(tmp_path):
    store = unit_db(tmp_path / "bn1", "BANBAT 1")
    make_contact(store, "Awa Yakité", organisation_id=make_org(store, "UNHCR").id)
    yield store
    store.close()


@pytest.fixture
def sector(tmp_path):
    store = unit_db(tmp_path / "sector", "SECTOR W", UnitLevel.SECTOR)
    yield store
    store.close()


def own_fingerprint(store) -> str:
    key = unit_keys.active_key(store.db)
    assert key is not None
    return key.fingerprint


def enrolled(store, retired: bool = False) -> list[enrolment.EnrolledUnit]:
    return enrolment.enrolled_units(store.db.conn, retired=retired)


# --- the fingerprint ------------------------------------------------------------------


def test_a_fingerprint_is_80_bits_of_the_keys_sha256_in_base32_groups(bn):
    key = unit_keys.active_key(bn.db)
    assert key is not None
    raw = bytes.fromhex(key.public_key)
    expected = base64.b32encode(hashlib.sha256(raw).digest()[:10]).decode()
    assert key.fingerprint == "-".join(expected[i : i + 4] for i in range(0, 16, 4))
    assert len(key.fingerprint) == 19 and key.fingerprint.count("-") == 3


def test_a_fingerprint_read_back_may_be_typed_loosely_but_not_wrongly():
    assert unit_keys.parse_fingerprint(" abcd efgh-ijkl mnop ") == "ABCD-EFGH-IJKL-MNOP"
    assert unit_keys.parse_fingerprint("ABCDEFGHIJKLMNOP") == "ABCD-EFGH-IJKL-MNOP"
    for wrong in ("ABCD-EFGH-IJKL-MNO0", "ABCD-EFGH-IJKL", "ABCD-EFGH-IJKL-MNOP-Q", ""):
        with pytest.raises(InvalidValueError) as caught:
            unit_keys.parse_fingerprint(wrong)
        assert "is not a key fingerprint" in str(caught.value)
        assert_in_both_languages(caught.value.message, str(caught.value))


# --- the first import from a unit ---------------------------------------------------------


def test_the_first_file_of_a_new_unit_is_refused_showing_the_fingerprint_to_check(
    bn, sector, tmp_path
):
    path = export(bn, tmp_path / "BANBAT1.cimic")
    before = raw_state(sector), backups_of(sector)
    with pytest.raises(UnknownUnitError) as caught:
        import_files(sector, [path])
    error = caught.value
    assert error.reason == why.UNKNOWN_UNIT
    assert (error.unit_name, error.unit_level) == ("BANBAT 1", "battalion")
    assert error.fingerprint == own_fingerprint(bn)
    text = str(error)
    assert "\n" not in text and text.startswith("BANBAT1.cimic comes from BANBAT 1 (Battalion)")
    assert f"--enrol {own_fingerprint(bn)}" in text and "Nothing was changed." in text
    assert_in_both_languages(error.message, text)
    assert (raw_state(sector), backups_of(sector)) == before
    assert enrolled(sector) == []


def test_a_fingerprint_that_does_not_match_enrols_nothing(bn, sector, tmp_path):
    path = export(bn, tmp_path / "BANBAT1.cimic")
    before = raw_state(sector)
    with pytest.raises(UnknownUnitError) as caught:
        import_files(sector, [path], enrol=["AAAA-BBBB-CCCC-DDDD"])
    text = str(caught.value)
    assert "not the one confirmed (AAAA-BBBB-CCCC-DDDD)" in text
    assert "may not come from BANBAT 1 at all" in text
    assert_in_both_languages(caught.value.message, text)
    assert raw_state(sector) == before


def test_the_confirmed_fingerprint_enrols_the_unit_and_imports_its_file(bn, sector, tmp_path):
    path = export(bn, tmp_path / "BANBAT1.cimic")
    typed = own_fingerprint(bn).lower().replace("-", " ")  # as an officer types it
    (report,) = import_files(sector, [path], enrol=[typed])
    assert report.totals.new == 2 and report.enrolment == enrolment.ENROLLED_NOW
    assert f"signed by     {own_fingerprint(bn)} (enrolled now" in format_report(report)
    (unit,) = enrolled(sector)
    assert (unit.unit_name, unit.unit_level, unit.fingerprint) == (
        "BANBAT 1",
        "battalion",
        own_fingerprint(bn),
    )
    assert unit.how == enrolment.CONFIRMED and str(unit.how_text()) == "confirmed at import"
    logged = sector.db.execute("SELECT signer_key FROM sync_log").fetchone()[0]
    assert unit_keys.fingerprint(logged) == own_fingerprint(bn)
    # The next file needs no confirmation.
    make_org(bn, "OCHA")
    (later,) = import_files(sector, [export(bn, tmp_path / "BANBAT1-2.cimic")])
    assert later.totals.new == 1 and later.enrolment == ""
    assert "(enrolled)" in format_report(later)


def test_one_confirmation_covers_every_file_of_the_unit_in_the_batch(bn, sector, tmp_path):
    first = export(bn, tmp_path / "1.cimic")
    make_org(bn, "OCHA")
    second = export(bn, tmp_path / "2.cimic")
    reports = import_files(sector, [first, second], enrol=[own_fingerprint(bn)])
    assert [r.enrolment for r in reports] == [enrolment.ENROLLED_NOW, ""]
    assert len(enrolled(sector)) == 1


def test_an_enrolment_is_undone_with_the_batch_it_came_in(bn, sector, tmp_path):
    path = export(bn, tmp_path / "BANBAT1.cimic")

    def stop(message, done, total):
        if "merging" in str(message):
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        import_files(sector, [path], stop, enrol=[own_fingerprint(bn)])
    assert enrolled(sector) == []
    sector.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert sector.db.execute("SELECT count(*) FROM contacts").fetchone()[0] == 0


def test_a_key_enrolled_for_one_unit_cannot_enrol_another_name(bn, sector, tmp_path):
    import_files(sector, [export(bn, tmp_path / "a.cimic")], enrol=[own_fingerprint(bn)])
    # BANBAT 1's key, by way of its card, offered as BANBAT 9's.
    card = write_card(bn, tmp_path / "bn1.card")
    with pytest.raises(CimicError, match="is enrolled here for BANBAT 1, not BANBAT 9"):
        enrolment.enrol_key(
            sector.db.conn, "SECTOR W", "BANBAT 9", "battalion", card.signing_key, ""
        )


# --- cards ------------------------------------------------------------------------------


def test_a_card_enrols_its_unit_so_its_first_file_needs_no_confirmation(bn, sector, tmp_path):
    card = write_card(bn, tmp_path / "BANBAT1.card")
    assert card.fingerprint == own_fingerprint(bn)
    text = (tmp_path / "BANBAT1.card").read_text()
    key = unit_keys.active_key(bn.db)
    assert key is not None and key.private_key is not None
    assert key.private_key.hex() not in text and "private" not in text
    found = read_card(tmp_path / "BANBAT1.card")
    assert found == card
    row = enrolment.enrol_key(
        sector.db.conn,
        sector.unit.name,
        found.unit_name,
        found.unit_level,
        found.signing_key,
        found.agreement_key,
    )
    assert row.how == enrolment.CARD and row.agreement_key == key.agreement_public
    (report,) = import_files(sector, [export(bn, tmp_path / "BANBAT1.cimic")])
    assert report.totals.new == 2 and report.enrolment == ""


@pytest.mark.parametrize(
    ("field", "value"),
    [("unit_name", "SECTOR W"), ("unit_level", "fhq"), ("agreement_key", "ab" * 32)],
)
def test_a_card_changed_after_it_was_made_is_refused(bn, tmp_path, field, value):
    path = tmp_path / "BANBAT1.card"
    write_card(bn, path)
    card = json.loads(path.read_text())
    card[field] = value
    path.write_text(json.dumps(card))
    with pytest.raises(FileRefusedError) as caught:
        read_card(path)
    assert "is not signed by the key it carries" in str(caught.value)
    assert_in_both_languages(caught.value.message, str(caught.value))


def test_something_else_than_a_card_is_refused(tmp_path):
    path = tmp_path / "x.card"
    for content in (b"\x00\xff", b"[]", b'{"format": "cimicdesk-card-1"}', b"{" * 20000):
        path.write_bytes(content)
        with pytest.raises(FileRefusedError, match="is not a CIMIC Desk unit card"):
            read_card(path)


def test_a_unit_enrolled_with_one_key_takes_another_only_when_told(bn, sector, tmp_path):
    import_files(sector, [export(bn, tmp_path / "1.cimic")], enrol=[own_fingerprint(bn)])
    replaced = unit_db(tmp_path / "new-laptop", "BANBAT 1")  # a laptop lost, no handover
    card = write_card(replaced, tmp_path / "new.card")
    with pytest.raises(CimicError) as caught:
        enrolment.enrol_key(
            sector.db.conn, "SECTOR W", "BANBAT 1", "battalion", card.signing_key, ""
        )
    assert "already enrolled here with the key" in str(caught.value)
    assert_in_both_languages(caught.value.message, str(caught.value))
    enrolment.enrol_key(
        sector.db.conn, "SECTOR W", "BANBAT 1", "battalion", card.signing_key, "", replace_key=True
    )
    (now,) = enrolled(sector)
    assert now.fingerprint == card.fingerprint
    old = [r for r in enrolled(sector, retired=True) if r.retired_at]
    assert [r.fingerprint for r in old] == [own_fingerprint(bn)]
    # The old laptop's files are refused from now on, the new one's accepted.
    make_org(bn, "Late NGO")
    with pytest.raises(PackageRefusedError) as refused:
        import_files(sector, [export(bn, tmp_path / "old.cimic")])
    assert refused.value.reason == why.RETIRED_KEY
    assert_in_both_languages(refused.value.message, str(refused.value))
    make_org(replaced, "New NGO")
    (report,) = import_files(sector, [export(replaced, tmp_path / "new.cimic")])
    assert report.totals.new == 1
    replaced.close()


def test_the_own_unit_is_never_enrolled(sector, tmp_path):
    card = write_card(sector, tmp_path / "sector.card")
    with pytest.raises(CimicError, match="is this database's own unit"):
        enrolment.enrol_key(
            sector.db.conn, "SECTOR W", card.unit_name, card.unit_level, card.signing_key, ""
        )
