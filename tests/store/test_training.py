"""Made-up records go into training databases only: the mark, and seed's refusal."""

from __future__ import annotations

import random
from contextlib import closing
from datetime import date

import pytest
from factories import PASSPHRASE, database_files, make_contact, make_entry, make_org, raw_connect

from cimicdesk.demo.generate import seed_database
from cimicdesk.demo.operations import seed_operations
from cimicdesk.domain.enums import UnitLevel
from cimicdesk.store.bulk import BulkWriter
from cimicdesk.store.database import create_database, open_database
from cimicdesk.store.stats import record_counts
from cimicdesk.store.training import NotTrainingError


def _files(path):
    """The file, its -wal, drafts and backups (the -shm index changes on every read)."""
    return {p.name: p.read_bytes() for p in database_files(path) if p.suffix != ".sqlite-shm"}


def test_a_database_is_real_unless_created_for_training(tmp_path):
    with create_database(
        tmp_path / "real.sqlite", "BANBAT 1", UnitLevel.BATTALION, passphrase=PASSPHRASE
    ) as real:
        assert not real.training
    with create_database(
        tmp_path / "drill.sqlite",
        "BANBAT 1",
        UnitLevel.BATTALION,
        training=True,
        passphrase=PASSPHRASE,
    ) as drill:
        assert drill.training
    # The mark is in the file: it survives closing and opening again.
    with open_database(tmp_path / "drill.sqlite", daily_backup=False) as again:
        assert again.training
    with open_database(tmp_path / "real.sqlite", daily_backup=False) as again:
        assert not again.training


def test_seed_database_refuses_a_real_database_and_changes_nothing(store, db_path):
    person = make_contact(store, "Awa Yakité", organisation_id=make_org(store, "OCHA").id)
    make_entry(store, contacts=[person])
    counts = record_counts(store)
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = _files(db_path)
    with pytest.raises(NotTrainingError) as caught:
        seed_database(store, entries=50, seed=1, days=30)
    message = str(caught.value)
    assert "bn1.sqlite is a real database, not a training one" in message
    assert "init FILE --training" in message and "Nothing was changed" in message
    assert record_counts(store) == counts
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert _files(db_path) == before  # byte for byte
    assert not (db_path.parent / "backups").exists()


def test_seed_operations_refuses_a_real_database_too(store):
    with pytest.raises(NotTrainingError):
        seed_operations(
            store,
            random.Random(1),
            start=date(2026, 1, 5),
            days=30,
            organisations=[],
            contacts=[],
            liaison=[],
            scale=600,
        )
    assert store.db.execute("SELECT count(*) FROM qips").fetchone()[0] == 0


def test_the_bulk_writer_itself_refuses_a_real_database(store):
    with pytest.raises(NotTrainingError):
        BulkWriter(store)


def test_a_training_database_is_seeded(tmp_path):
    path = tmp_path / "drill.sqlite"
    with create_database(
        path, "BANBAT 1", UnitLevel.BATTALION, training=True, passphrase=PASSPHRASE
    ) as drill:
        counts = seed_database(drill, entries=40, seed=1, days=30)
    assert counts["liaison_entries"] == 40
    with closing(raw_connect(path)) as conn:
        assert conn.execute("SELECT value FROM _meta WHERE key = 'training'").fetchone() == ("1",)
