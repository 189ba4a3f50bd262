"""Each database's own keys: made at init (or by migration 008 for an older database),
usable by the `cryptography` package, and never in an export but a handover's successor."""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from factories import HANDOVER_PASSPHRASE, UNDO_015, raw_connect
from sync_helpers import export, unit_db, unsealed

from cimicdesk.domain.errors import CimicError
from cimicdesk.store import map_index_sql, schema, unit_keys
from cimicdesk.store.database import open_database
from cimicdesk.sync.handover import hand_over


def stub_brief(store, out: Path, **_) -> Path:
    out.write_bytes(b"%PDF-1.4 brief")
    return out


def secrets(key: unit_keys.OwnKey, agreement: bool = True) -> list[bytes]:
    """Every form its private keys could take in a file (the signing key's, and the
    agreement key's unless not `agreement`): raw bytes and hex text."""
    found = []
    for raw in (key.private_key, key.agreement_private)[: 2 if agreement else 1]:
        assert raw is not None
        found += [raw, raw.hex().encode(), raw.hex().upper().encode()]
    return found


def leaked(path: Path, key: unit_keys.OwnKey, agreement: bool = True) -> bool:
    data = path.read_bytes()
    return any(secret in data for secret in secrets(key, agreement))


@pytest.fixture
def store(tmp_path):
    opened = unit_db(tmp_path / "bn1", "BANBAT 1")
    yield opened
    opened.close()


def test_init_makes_one_signing_key_and_one_agreement_key_pair(store):
    (key,) = unit_keys.all_keys(store.db)
    assert key == unit_keys.active_key(store.db)
    assert key.private_key is not None and key.agreement_private is not None
    signer = Ed25519PrivateKey.from_private_bytes(key.private_key)
    signer.public_key().verify(signer.sign(b"sitrep"), b"sitrep")
    assert signer.public_key().public_bytes_raw().hex() == key.public_key
    agreement = X25519PrivateKey.from_private_bytes(key.agreement_private)
    assert agreement.public_key().public_bytes_raw().hex() == key.agreement_public
    other = X25519PrivateKey.generate()
    shared = agreement.exchange(other.public_key())
    theirs = other.exchange(X25519PublicKey.from_public_bytes(bytes.fromhex(key.agreement_public)))
    assert shared == theirs
    assert key.retired_at == "" and key.vouch == ""


def test_each_database_has_keys_of_its_own(store, tmp_path):
    other = unit_db(tmp_path / "bn2", "BANBAT 1")
    assert unit_keys.own_public_keys(other.db).isdisjoint(unit_keys.own_public_keys(store.db))
    other.close()


def test_a_database_from_before_008_gets_its_keys_when_opened(store, tmp_path):
    path = store.path
    store.close()
    with closing(raw_connect(path)) as conn:
        for sql in (
            "DROP TABLE unit_keys",
            "DROP TABLE enrolled_units",
            "ALTER TABLE sync_log DROP COLUMN signer_key",
            # ...and what came after 008 (009_exchange_authority, 010, 011)
            "DROP TABLE known_units",
            "DROP TABLE narratives",
            "ALTER TABLE liaison_entries DROP COLUMN significant",
            "DROP TABLE directory_changes",
            "ALTER TABLE rejected DROP COLUMN reason_id",
            "ALTER TABLE rejected DROP COLUMN owner_unit",
            # ...and 012_change_log
            *(f"DROP TRIGGER IF EXISTS {t}" for t in schema.change_trigger_names()),
            "DROP TABLE change_log",
            "DROP TABLE export_log",
            "DROP TABLE applied_exports",
            *UNDO_015,  # ...and 015_assessments
            # ...and 014_map
            *(f"DROP TRIGGER IF EXISTS {t}" for t in map_index_sql.trigger_names()),
            "DROP TABLE map_index",
            "DROP TABLE map_keys",
            "DROP TABLE places_index",
            "DROP TABLE places",
            "DELETE FROM _sqlite_migrations WHERE name IN ('008_unit_keys', "
            "'009_exchange_authority', '010_narratives', '011_liaison_significant', "
            "'012_change_log', '013_search_prefixes', "
            "'014_map')",
            "PRAGMA user_version = 7",
        ):
            conn.execute(sql)
        conn.commit()
    with open_database(path) as upgraded:
        latest = schema.schema_version()
        assert upgraded.db.execute("PRAGMA user_version").fetchone()[0] == latest
        (key,) = unit_keys.all_keys(upgraded.db)
        assert key.private_key is not None
        assert upgraded.backup_path is not None
        assert f"before-schema-{latest}" in upgraded.backup_path.name
    with open_database(path) as again:  # once only
        assert unit_keys.all_keys(again.db) == [key]


def test_an_export_carries_no_private_key(store, tmp_path):
    key = unit_keys.active_key(store.db)
    assert key is not None
    path = export(store, tmp_path / "BANBAT1.cimic")
    assert not leaked(path, key)
    with unsealed(path) as conn:
        assert conn.execute("SELECT count(*) FROM unit_keys").fetchone()[0] == 0
    assert not list(tmp_path.glob("*.part*")) and not list(tmp_path.glob("*-journal"))


def test_a_handover_export_carries_the_successors_key_only(store, tmp_path):
    outgoing = unit_keys.active_key(store.db)
    assert outgoing is not None
    result = hand_over(
        store,
        tmp_path / "stick",
        handed_over_by="Maj A",
        to="Maj B",
        write_brief=stub_brief,
        handover_passphrase=HANDOVER_PASSPHRASE,
    )
    assert not leaked(result.export.path, outgoing, agreement=False)
    with unsealed(result.export.path) as conn:
        keys = unit_keys.all_keys(conn)
    assert [k.public_key for k in keys] == [outgoing.public_key, keys[1].public_key]
    old, successor = keys
    assert old.private_key is None and old.retired_at
    assert successor.private_key is not None and successor.vouch
    # The X25519 pair carries on: units that encrypt to this one need no new key.
    assert successor.agreement_private == outgoing.agreement_private


def test_the_outgoing_database_forgets_its_key_and_can_no_longer_export(store, tmp_path):
    outgoing = unit_keys.active_key(store.db)
    assert outgoing is not None
    hand_over(
        store,
        tmp_path / "stick",
        handed_over_by="Maj A",
        to="Maj B",
        write_brief=stub_brief,
        handover_passphrase=HANDOVER_PASSPHRASE,
    )
    assert unit_keys.active_key(store.db) is None
    (retired,) = unit_keys.all_keys(store.db)
    assert retired.retired_at and retired.private_key is None
    with pytest.raises(CimicError) as caught:
        export(store, tmp_path / "after.cimic")
    assert "no signing key in use" in str(caught.value)
    assert not (tmp_path / "after.cimic").exists()
    path = store.path
    store.close()
    assert not leaked(path, outgoing)
    assert not Path(f"{path}-wal").exists() or not leaked(Path(f"{path}-wal"), outgoing)
