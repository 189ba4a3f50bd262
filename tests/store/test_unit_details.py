"""The unit's parent formation recorded after creation: kept in the file, refused with a
clear message (and nothing written) when too long or on a read-only database."""

from __future__ import annotations

import pytest

from cimicdesk.domain.errors import CimicError, ReadOnlyDatabaseError
from cimicdesk.store.database import (
    media_read_only_reason,
    open_database,
    open_read_only,
    read_meta,
)
from cimicdesk.store.unit_details import MAX_PARENT_CHARS, set_parent


def test_the_parent_formation_is_recorded_and_read_again_at_the_next_open(store, db_path):
    assert store.unit.parent == "Sector West"
    unit = set_parent(store, "  Sector   East ")
    assert unit.parent == "Sector East" and store.unit == unit
    assert unit.name == "BANBAT 1"
    store.close()
    with open_database(db_path) as again:
        assert again.unit.parent == "Sector East"


def test_a_name_too_long_is_refused_and_nothing_is_written(store):
    with pytest.raises(CimicError) as caught:
        set_parent(store, "x" * (MAX_PARENT_CHARS + 1))
    assert str(caught.value) == (
        f"The parent formation's name is too long: at most {MAX_PARENT_CHARS} characters."
    )
    assert read_meta(store.db)["unit_parent"] == "Sector West"
    assert store.unit.parent == "Sector West"


def test_a_read_only_database_refuses_it(store, db_path, monkeypatch):
    store.close()
    monkeypatch.setattr("os.access", lambda path, mode: False)  # a write-protected stick
    with open_read_only(db_path, media_read_only_reason(db_path)) as opened:
        with pytest.raises(ReadOnlyDatabaseError):
            set_parent(opened, "Sector East")
        assert opened.unit.parent == "Sector West"
