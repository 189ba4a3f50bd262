"""Signed unit files: every attack on a unit file's rows, manifest or signer is refused
with one line that says why, and the receiving database stays byte for byte as it was
(its file and -wal as they are on disk, its backups, its log of imports).

The sector here enrolled BANBAT 1 by importing its first file with the fingerprint
confirmed; the attacks then come as later files "from BANBAT 1".
"""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from factories import HANDOVER_PASSPHRASE, PASSPHRASE, make_contact, make_org
from sync_helpers import (
    assert_in_both_languages,
    backups_of,
    export,
    fingerprint_of,
    raw_state,
    signing_key,
    tamper,
    unit_db,
    unsealed,
    unsealed_copy,
)

from cimicdesk.domain.enums import UnitLevel
from cimicdesk.store import unit_keys
from cimicdesk.store.purge import purge_record
from cimicdesk.sync import errors as why
from cimicdesk.sync import manifest as mf
from cimicdesk.sync.errors import PackageRefusedError
from cimicdesk.sync.handover import take_over
from cimicdesk.sync.imports import import_files


@pytest.fixture
def bn(tmp_path):
    store = unit_db(tmp_path / "bn1", "BANBAT 1")
    org = make_org(store, "UNHCR", place="Bambari")
    for n in range(3):
        make_contact(store, f"Source Number{n}", organisation_id=org.id, phones=(f"7500000{n}",))
    yield store
    store.close()


@pytest.fixture
def sector(tmp_path, bn):
    store = unit_db(tmp_path / "sector", "SECTOR W", UnitLevel.SECTOR)
    first = export(bn, tmp_path / "first.cimic")
    import_files(store, [first], enrol=[fingerprint_of(first)])
    yield store
    store.close()


@pytest.fixture
def good(bn, tmp_path) -> Path:
    return export(bn, tmp_path / "BANBAT1-2026-W48.cimic")


def _contacts(store) -> list[tuple[str, str]]:
    return store.db.execute("SELECT id, name FROM contacts ORDER BY id").fetchall()


def refused(sector, path: Path, reason: str, *words: str) -> PackageRefusedError:
    """Import `path` into the sector: refused for `reason`, in one line naming `words`,
    in English and French, and nothing of the sector's database changed."""
    before = raw_state(sector), backups_of(sector), _contacts(sector)
    with pytest.raises(PackageRefusedError) as caught:
        import_files(sector, [path])
    text = str(caught.value)
    assert caught.value.reason == reason, text
    assert "\n" not in text and text.startswith(path.name)
    for word in ("Nothing was changed", *words):
        assert word in text, text
    assert_in_both_languages(caught.value.message, text)
    assert (raw_state(sector), backups_of(sector), _contacts(sector)) == before
    return caught.value


def enrolled_fingerprint(store) -> str:
    key = unit_keys.active_key(store.db)
    assert key is not None
    return key.fingerprint


# --- a file that is not BANBAT 1's own ---------------------------------------------------


def test_a_unit_file_taken_over_purged_and_exported_again_is_refused(bn, sector, good, tmp_path):
    # Issue 13: anyone with one unit file took it over, purged records with the shipped
    # command line, exported, and the sector accepted it as the battalion's. Now the file
    # is sealed for the sector: whoever finds the stick cannot even open it...
    with pytest.raises(PackageRefusedError) as sealed:
        take_over(
            good,
            tmp_path / "finder" / "bn1.sqlite",
            taken_over_by="Anyone",
            passphrase=PASSPHRASE,
            handover_passphrase=HANDOVER_PASSPHRASE,
        )
    assert sealed.value.reason == why.NOT_FOR_US
    # ...and one who has its content (the sector's key, a copy taken there) cannot pose as
    # the battalion: the takeover gets a key of its own, which the sector does not know.
    inner = unsealed_copy(good, tmp_path / "inner.sqlite")
    thief = take_over(
        inner,
        tmp_path / "thief" / "bn1.sqlite",
        taken_over_by="Anyone",
        passphrase=PASSPHRASE,
        handover_passphrase=HANDOVER_PASSPHRASE,
    )
    victim = thief.db.execute("SELECT id FROM contacts ORDER BY name").fetchone()[0]
    purge_record(thief, "contacts", victim, reason="to destroy it")
    forged = export(thief, tmp_path / "BANBAT1-2026-W49.cimic")
    thief_fp = enrolled_fingerprint(thief)
    thief.close()
    assert thief_fp != enrolled_fingerprint(bn)
    refused(
        sector,
        forged,
        why.WRONG_KEY,
        "BANBAT 1",
        thief_fp,
        enrolled_fingerprint(bn),
        "not made by BANBAT 1's database",
    )
    names = dict(_contacts(sector))
    assert names[victim].startswith("Source Number")  # the record is there, whole


def test_a_database_of_the_same_name_made_by_anyone_else_is_refused(sector, tmp_path):
    impostor = unit_db(tmp_path / "impostor", "BANBAT 1")
    make_org(impostor, "Fake NGO")
    forged = export(impostor, tmp_path / "BANBAT1.cimic")
    refused(sector, forged, why.WRONG_KEY, "BANBAT 1", enrolled_fingerprint(impostor))
    impostor.close()


def test_a_file_another_enrolled_unit_signed_as_this_one_is_refused(bn, sector, good, tmp_path):
    # BANBAT 2 is enrolled too; it rewrites BANBAT 1's file and signs it with its own key.
    bn2 = unit_db(tmp_path / "bn2", "BANBAT 2")
    own = export(bn2, tmp_path / "bn2.cimic")
    import_files(sector, [own], enrol=[fingerprint_of(own)])
    key = unit_keys.active_key(bn2.db)
    assert key is not None
    tamper(good, "UPDATE contacts SET name = 'x'", refresh_manifest=True)
    tamper(good, f"UPDATE {mf.TABLE} SET signer_key = ?", (key.public_key,), signer=bn2)
    refused(sector, good, why.WRONG_KEY, "BANBAT 1", "the key of BANBAT 2", key.fingerprint)
    bn2.close()


def test_a_file_that_names_the_receiving_unit_must_carry_its_own_key(sector, tmp_path):
    impostor = unit_db(tmp_path / "impostor", "SECTOR W", UnitLevel.SECTOR)
    forged = export(impostor, tmp_path / "SECTORW.cimic")
    refused(sector, forged, why.WRONG_KEY, "SECTOR W", "this database's own unit")
    impostor.close()


def test_the_unit_itself_cannot_claim_another_level(bn, sector, good):
    tamper(good, f"UPDATE {mf.TABLE} SET unit_level = 'sector'", signer=bn)
    refused(sector, good, why.WRONG_LEVEL, "BANBAT 1", "Sector HQ", "Battalion")


# --- a signature that does not match the content -----------------------------------------


def test_rows_blanked_with_the_digest_recomputed_are_refused(sector, good):
    # Issue 13: 300 of 300 entries blanked, the unkeyed digest recomputed in SQL.
    tamper(good, "UPDATE contacts SET name = '', phones = '[]'", refresh_manifest=True)
    refused(sector, good, why.BAD_SIGNATURE, "does not match its signature", "BANBAT 1")


@pytest.mark.parametrize(
    "sql",
    [
        "DELETE FROM contacts WHERE name = 'Source Number0'",
        "UPDATE contacts SET deleted = 1",
        "UPDATE _meta SET value = 'SECTOR W' WHERE key = 'unit_name'",
        "CREATE TRIGGER spy AFTER INSERT ON contacts BEGIN SELECT 1; END",
    ],
    ids=["row-removed", "tombstoned", "meta", "trigger-added"],
)
def test_any_change_with_the_manifest_recomputed_breaks_the_signature(sector, good, sql):
    tamper(good, sql, refresh_manifest=True)
    refused(sector, good, why.BAD_SIGNATURE, "does not match its signature")


def test_a_row_added_with_the_manifest_recomputed_is_refused(sector, good):
    with unsealed(good, write=True) as conn:
        conn.execute("CREATE TEMP TABLE planted AS SELECT * FROM organisations LIMIT 1")
        conn.execute("UPDATE planted SET id = ?, name = 'Planted'", [str(uuid.uuid4())])
        conn.execute("INSERT INTO organisations SELECT * FROM planted")
        conn.commit()
    tamper(good, "SELECT 1", refresh_manifest=True)
    refused(sector, good, why.BAD_SIGNATURE)


def test_a_row_changed_under_a_manifest_left_alone_is_refused(sector, good):
    tamper(good, "UPDATE contacts SET name = 'Changed'")
    refused(sector, good, why.TAMPERED, "the digest of its rows differs")


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("unit_name", "BANBAT 2"),
        ("unit_parent", "Sector East"),
        ("replica_id", str(uuid.uuid4())),
        ("export_id", str(uuid.uuid4())),
        ("exported_at", "2027-01-01T00:00:00.000Z"),
        ("purpose", "handover"),
        ("handed_over_to", "Maj Nobody"),
        ("program_version", "9.9"),
        ("counts", "{}"),
        ("digest", "0" * 64),
        ("vouches", '[{"x":1}]'),
        ("agreement_key", "ab" * 32),
    ],
)
def test_every_manifest_field_is_signed(sector, good, column, value):
    tamper(good, f"UPDATE {mf.TABLE} SET {column} = ?", (value,))
    refused(sector, good, why.BAD_SIGNATURE, "does not match its signature")


def test_a_signature_moved_to_another_key_is_refused(bn, sector, good, tmp_path):
    other = unit_db(tmp_path / "other", "BANBAT 1")
    key = unit_keys.active_key(other.db)
    assert key is not None
    tamper(good, f"UPDATE {mf.TABLE} SET signer_key = ?", (key.public_key,))
    refused(sector, good, why.BAD_SIGNATURE)
    other.close()


def test_a_column_added_to_the_manifest_is_refused(sector, good):
    tamper(good, f"ALTER TABLE {mf.TABLE} ADD COLUMN sender TEXT DEFAULT 'SECTOR W'")
    refused(sector, good, why.BAD_SIGNATURE)


# --- unsigned files -----------------------------------------------------------------------


def _as_first_format(path: Path) -> None:
    """The manifest as CIMIC Desk wrote it before files were signed: no key, no signature."""
    with unsealed(path, write=True) as conn:
        conn.execute(f"ALTER TABLE {mf.TABLE} DROP COLUMN signature")
        conn.execute(f"ALTER TABLE {mf.TABLE} DROP COLUMN signer_key")
        conn.execute(f"ALTER TABLE {mf.TABLE} DROP COLUMN agreement_key")
        conn.execute(f"ALTER TABLE {mf.TABLE} DROP COLUMN vouches")
        conn.execute(
            f"UPDATE {mf.TABLE} SET format = 'cimicdesk-export-1', "
            "digest_algorithm = 'sha256-rows-v1'"
        )
        conn.commit()


def test_a_file_of_the_unsigned_first_format_is_refused(sector, good):
    _as_first_format(good)
    refused(sector, good, why.UNSIGNED, "is not signed", "earlier CIMIC Desk")


@pytest.mark.parametrize("column", ["signature", "signer_key"])
def test_a_file_whose_signature_was_taken_out_is_refused(sector, good, column):
    tamper(good, f"UPDATE {mf.TABLE} SET {column} = ''")
    refused(sector, good, why.UNSIGNED, "is not signed")


def test_a_forger_who_knows_the_format_but_not_the_key_cannot_sign(bn, sector, good, tmp_path):
    # Signing with a key of one's own and naming it as the signer: a valid signature, but
    # of a key that is not BANBAT 1's.
    stranger = unit_db(tmp_path / "stranger", "STRANGER")
    key = unit_keys.active_key(stranger.db)
    assert key is not None
    tamper(good, "UPDATE contacts SET name = ''", refresh_manifest=True)
    tamper(good, f"UPDATE {mf.TABLE} SET signer_key = ?", (key.public_key,), signer=stranger)
    refused(sector, good, why.WRONG_KEY, "BANBAT 1", key.fingerprint)
    stranger.close()


def test_a_file_signed_again_by_its_own_unit_is_accepted(bn, sector, good):
    # The other side of the coin: the unit's own key may sign what it likes (the import's
    # row checks and the rules of who may change what judge the content).
    tamper(good, "UPDATE organisations SET place = 'Bria'", refresh_manifest=True, signer=bn)
    (report,) = import_files(sector, [good])
    assert report.status == "imported" and report.enrolment == ""
    assert report.signer_fingerprint == enrolled_fingerprint(bn)
    assert signing_key(bn) not in good.read_bytes()
