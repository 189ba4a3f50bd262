"""One codec for every synced record type (domain/codec.py): a record goes to its row in
a real database file and back unchanged, and to its JSON Lines line and back unchanged;
the row it wrote passes the checks a row from another unit's file must pass (hypothesis).

Records are drawn from the dataclasses' type hints, with every number within its range
(domain/bounds.py), as the editors keep them.
"""

from __future__ import annotations

import json
import typing
from contextlib import closing
from dataclasses import fields
from enum import Enum
from types import UnionType

import pytest
from factories import PASSPHRASE, raw_connect
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cimicdesk.domain import bounds, codec
from cimicdesk.domain.enums import UnitLevel
from cimicdesk.store.database import create_database
from cimicdesk.sync.jsonl import parse_line, record_line
from cimicdesk.sync.tables import TABLES, SyncedTable

TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=30)  # UTF-8 files


def _values(name: str, hint) -> st.SearchStrategy:
    """Any value a field of that type and name may hold."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, UnionType):
        inner = next(a for a in typing.get_args(hint) if a is not type(None))
        return st.none() | _values(name, inner)
    if origin is tuple:
        return st.lists(_values(name, typing.get_args(hint)[0]), max_size=4).map(tuple)
    if hint is bool:
        return st.booleans()
    if isinstance(hint, type) and issubclass(hint, Enum):
        return st.sampled_from(list(hint))
    if hint is int:
        allowed = bounds.RANGES[name]
        return st.integers(int(allowed.low), int(allowed.high))
    if hint is float:
        allowed = bounds.RANGES[name]
        return st.floats(allowed.low, allowed.high, allow_nan=False, allow_infinity=False)
    assert hint is str, (name, hint)
    return TEXT


def records(table: SyncedTable) -> st.SearchStrategy:
    """Records of a table's type, every stored field drawn (the others keep defaults)."""
    hints = typing.get_type_hints(table.cls)
    stored = [f.name for f in fields(table.cls) if f.name not in table.cls.NOT_STORED]
    drawn = {name: _values(name, hints[name]) for name in stored}
    drawn["id"] = st.uuids().map(str)
    return st.builds(table.cls, **drawn)


@pytest.fixture(scope="module")
def database(tmp_path_factory):
    """The synced tables as the program creates them (their column types decide what
    SQLite keeps), copied into memory: the examples write and read without the disk."""
    path = tmp_path_factory.mktemp("codec") / "codec.sqlite"
    create_database(path, "BANBAT 1", UnitLevel.BATTALION, passphrase=PASSPHRASE).close()
    with closing(raw_connect(path)) as source:
        tables = source.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'table' AND name IN "
            f"({', '.join('?' for _ in TABLES)})",
            [t.name for t in TABLES],
        ).fetchall()
    conn = raw_connect(":memory:")
    for (sql,) in tables:
        conn.execute(sql)
    yield conn
    conn.close()


EXAMPLES = settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@pytest.mark.parametrize("table", TABLES, ids=lambda t: t.kind)
@EXAMPLES
@given(data=st.data())
def test_a_record_goes_to_its_row_and_back_unchanged(database, table, data):
    record = data.draw(records(table))
    columns = codec.to_columns(record, codec.kinds(table.cls))
    row = {**columns, "updated_site": "site", "clock": '{"*": [1, "x", "site"]}'}
    conn = database  # its records point to records not drawn: no foreign keys here
    names = ", ".join(f'"{name}"' for name in row)
    marks = ", ".join("?" for _ in row)
    conn.execute(f"INSERT INTO {table.name} ({names}) VALUES ({marks})", list(row.values()))
    cursor = conn.execute(f"SELECT * FROM {table.name}")
    stored = dict(zip([d[0] for d in cursor.description], cursor.fetchone(), strict=True))
    conn.rollback()
    assert codec.from_row(table.cls, stored) == record
    # What the store writes is what another unit's row must be to be merged.
    assert codec.row_problem(table.cls, stored, table.cls.business_fields()) is None


@pytest.mark.parametrize("table", TABLES, ids=lambda t: t.kind)
@EXAMPLES
@given(data=st.data())
def test_a_record_goes_to_its_json_line_and_back_unchanged(table, data):
    record = data.draw(records(table))
    text = json.dumps(record_line(table, record), ensure_ascii=False)
    line = parse_line(7, text)
    assert line.table == table and line.record_id == record.id
    assert line.values == {name: getattr(record, name) for name in table.cls.business_fields()}
    assert line.deleted == record.deleted and line.origin_unit == record.origin_unit.strip()
    rebuilt = table.cls(
        id=line.record_id,
        origin_unit=record.origin_unit,
        created_at=record.created_at,
        updated_at=record.updated_at,
        deleted=line.deleted,
        **line.values,
    )
    assert rebuilt == record
