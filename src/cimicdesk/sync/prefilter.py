"""Rows new here that SQL can show to pass every check of the merge, so Python never reads them.

The merge checks each incoming row in Python (validate.py, limits.py, authority.py):
for a first import that is every row of the file. This module writes, for one table,
an SQL condition on an incoming row `i` that is true only when those checks would
all pass for it as a row new here: its id, units, stamps, tombstone, clock, every
column's type and enumeration value, its grid references, the sender's right to add it
(authority.py) and, for liaison entries, the figures and dates the domain rules hold
(limits.domain_problem). The condition is sufficient, never necessary: a row it cannot
vouch for (any doubt, or a check not written here) goes through the Python checks as
before, so the merge decides exactly as it did, row for row, only faster
(tests/sync/test_fast_merge.py proves both paths give the same database).

Tables whose checks are not written here (mission settings, narratives, photos, sector
ratings: their ids derive from other columns) and the
live rows of tables with domain rules other than liaison entries' (QIPs, incidents,
support requests, tranches, visits: few rows) always take the Python path.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from cimicdesk.domain import codec
from cimicdesk.domain.grid import GridReferenceError, optional_grid
from cimicdesk.domain.records import _a_year_after
from cimicdesk.domain.timeutil import to_stamp
from cimicdesk.store.encryption import sqlite3
from cimicdesk.sync.authority import DIRECTORY, Authority
from cimicdesk.sync.limits import MAX_COUNTER_STEP
from cimicdesk.sync.ownership import PARTS
from cimicdesk.sync.tables import SyncedTable
from cimicdesk.sync.validate import FUTURE_SLACK

# Tables whose every row takes the Python checks (their own rules are not written here).
_PYTHON_ONLY = frozenset({"mission_settings", "narratives", "attachments", "assessment_sectors"})
# Tables with domain rules (limits._RULED) not written here: their tombstones (which the
# rules skip) may take the SQL path, their live rows take the Python one.
_RULED_IN_PYTHON = frozenset(
    {"incidents", "qips", "qip_tranches", "qip_visits", "support_requests"}
)
GRIDS = "temp.sync_good_grids"
ALLOWED = "temp.sync_allowed_units"
_UUID_GLOB = "-".join("[0-9a-f]" * n for n in (8, 4, 4, 4, 12))
_D = "[0-9]"
_STAMP_GLOB = f"{_D * 4}-{_D * 2}-{_D * 2}T{_D * 2}:{_D * 2}:{_D * 2}.{_D * 3}Z"


def _text(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def stamp_ok(expr: str, limit: str) -> str:
    """SQL: expr is a stamp of our form (timeutil.is_stamp), of a moment that exists, no
    later than limit. A date SQLite would normalise (30 February) is not the text it
    gives back; year 0000 (which Python has not) and hour 24 (which SQLite takes) are
    left out."""
    return (
        f"(typeof({expr}) = 'text' AND {expr} GLOB '{_STAMP_GLOB}' AND {expr} >= '0001' "
        f"AND substr({expr}, 12, 2) < '24' AND substr({expr}, 15, 2) < '60' "
        f"AND substr({expr}, 18, 2) < '60' "
        f"AND strftime('%Y-%m-%dT%H:%M:%fZ', {expr}) = {expr} AND {expr} <= {_text(limit)})"
    )


def _given(expr: str) -> str:
    """SQL: text with a letter or digit in it (so validate._given holds)."""
    return f"(typeof({expr}) = 'text' AND {expr} GLOB '*[A-Za-z0-9]*')"


def _base_ok(kind: codec.Kind, expr: str, type_expr: str) -> str | None:
    """SQL: one value passes codec.Kind._base_problem; None when not written here."""
    base: Any = kind.base
    if kind.enum:
        values = [m.value for m in base]
        if not values or not all(isinstance(v, str) for v in values):
            return None
        listed = ", ".join(_text(v) for v in values)
        return f"({type_expr} = 'text' AND {expr} IN ({listed}))"
    if base is bool:
        return f"({type_expr} = 'integer' AND {expr} IN (0, 1))"
    if base is int:
        return f"({type_expr} = 'integer')"
    if base is float:
        return f"({type_expr} IN ('integer', 'real'))"
    if base is str:
        return f"({type_expr} = 'text')"
    return "1"


def _column_ok(kind: codec.Kind, column: str) -> str | None:
    """SQL: the column passes codec.Kind.column_problem; None when not written here."""
    expr = f'i."{column}"'
    if kind.many:
        item = _base_ok(kind, "e.value", "e.type")
        if item is None:
            return None
        found = (
            f"(typeof({expr}) = 'text' AND json_valid({expr}) AND json_type({expr}) = 'array' "
            f"AND NOT EXISTS (SELECT 1 FROM json_each({expr}) e WHERE NOT {item}))"
        )
    else:
        base = _base_ok(kind, expr, f"typeof({expr})")
        if base is None:
            return None
        found = base
    if kind.optional:
        found = f"({expr} IS NULL OR {found})"
    return found


def _clock_ok(table: SyncedTable, limit: str) -> str:
    """SQL: the clock is well formed (validate.clock_problem), every stamp in it no
    later than limit, every counter within MAX_COUNTER_STEP of 0 (a row new here)."""
    names = ", ".join(_text(n) for n in (*table.fields, "*"))
    entry = (
        f"e.key IN ({names}) AND e.type = 'array' AND json_array_length(e.value) = 3 "
        "AND json_type(e.value, '$[0]') = 'integer' "
        f"AND json_extract(e.value, '$[0]') BETWEEN 1 AND {MAX_COUNTER_STEP} "
        f"AND json_type(e.value, '$[1]') = 'text' "
        f"AND {stamp_ok('json_extract(e.value, ' + chr(39) + '$[1]' + chr(39) + ')', limit)} "
        "AND json_type(e.value, '$[2]') = 'text' AND json_extract(e.value, '$[2]') <> ''"
    )
    covered = (
        "(EXISTS (SELECT 1 FROM json_each(i.clock) e WHERE e.key = '*') OR "
        f"(SELECT count(DISTINCT e.key) FROM json_each(i.clock) e) = {len(table.fields)})"
    )
    return (
        "(typeof(i.clock) = 'text' AND json_valid(i.clock) AND json_type(i.clock) = 'object' "
        f"AND NOT EXISTS (SELECT 1 FROM json_each(i.clock) e WHERE NOT ({entry})) AND {covered})"
    )


def _grids(table: SyncedTable) -> list[str]:
    return [name for name in table.cls.business_fields() if name.endswith("grid")]


def _authorised(table: SyncedTable) -> str:
    """SQL: the sender may add the row (authority.refusal with new=True): the unit that
    owns it (ownership.Owners.owner) is one of ALLOWED; a directory row always."""
    if table.name in DIRECTORY:
        return "1"
    found = f"i.origin_unit IN (SELECT unit FROM {ALLOWED})"
    part = PARTS.get(table.name)
    if part is not None:
        column, whole = part
        found += (
            f" AND NOT EXISTS (SELECT 1 FROM main.{whole} w WHERE w.id = i.{column} "
            f"AND (w.origin_unit IS NULL OR w.origin_unit NOT IN (SELECT unit FROM {ALLOWED})))"
        )
    return f"({found})"


def _liaison_rules(rule_time: datetime) -> str:
    """SQL: a live liaison entry's start and end pass limits.domain_problem."""
    # to_stamp keeps milliseconds (drops the rest): a start no later than it is no later
    # than the moment itself.
    latest = to_stamp(_a_year_after(rule_time))
    start = stamp_ok("i.start", latest)
    column = 'i."end"'
    end = f"({column} = '' OR ({stamp_ok(column, 'A')} AND {column} >= i.start))"
    return f"(i.deleted = 1 OR ({start} AND {end}))"


def condition(table: SyncedTable, limit: str, rule_time: datetime | None = None) -> str | None:
    """The SQL condition on incoming row `i` (aliased so) under which a row new here
    passes every check; None for a table whose rows always take the Python checks.

    limit: the latest stamp a row may carry (the lower of the merge's two limits);
    rule_time: when 'in the future' is judged (Merger.rule_time). Needs GRIDS and
    ALLOWED filled first (prepare)."""
    if table.name in _PYTHON_ONLY:
        return None
    kinds = codec.kinds(table.cls)
    parts = [
        f"(typeof(i.id) = 'text' AND length(i.id) = 36 AND i.id GLOB '{_UUID_GLOB}')",
        _given("i.origin_unit"),
        _given("i.updated_site"),
        stamp_ok("i.created_at", limit),
        stamp_ok("i.updated_at", limit),
        "(typeof(i.deleted) = 'integer' AND i.deleted IN (0, 1))",
        _clock_ok(table, limit),
    ]
    for name in table.cls.business_fields():
        found = _column_ok(kinds[name], name)
        if found is None:
            return None
        parts.append(found)
    for name in _grids(table):
        parts.append(f'(i."{name}" IN (SELECT grid FROM {GRIDS}))')
    parts.append(_authorised(table))
    if table.name in _RULED_IN_PYTHON:
        parts.append("i.deleted = 1")
    elif table.name == "liaison_entries":
        if rule_time is None:
            return None
        parts.append(_liaison_rules(rule_time))
    return "(" + "\n AND ".join(parts) + ")"


def prepare(
    conn: sqlite3.Connection, source: str, table: SyncedTable, authority: Authority
) -> None:
    """Fill GRIDS with the grid references of the table's incoming rows new here that parse, and
    ALLOWED with the units whose records the sender may add to: each distinct value
    judged once, in Python, by the same functions the row checks use."""
    conn.execute(f"CREATE TEMP TABLE IF NOT EXISTS {GRIDS[5:]} (grid TEXT PRIMARY KEY)")
    conn.execute(f"CREATE TEMP TABLE IF NOT EXISTS {ALLOWED[5:]} (unit TEXT PRIMARY KEY)")
    conn.execute(f"DELETE FROM {GRIDS}")
    conn.execute(f"DELETE FROM {ALLOWED}")
    good: set[str] = set()
    new_here = f"NOT EXISTS (SELECT 1 FROM main.{table.name} m WHERE m.id = i.id)"
    for name in _grids(table):
        rows = conn.execute(
            f'SELECT DISTINCT i."{name}" FROM {source}.{table.name} i '
            f"WHERE typeof(i.\"{name}\") = 'text' AND {new_here}"
        )
        for (text,) in rows.fetchall():
            try:
                optional_grid(text)
            except GridReferenceError:
                continue
            good.add(text)
    conn.executemany(f"INSERT OR IGNORE INTO {GRIDS} VALUES (?)", [(g,) for g in good])
    units = {
        r[0]
        for r in conn.execute(
            f"SELECT DISTINCT i.origin_unit FROM {source}.{table.name} i "
            f"WHERE typeof(i.origin_unit) = 'text' AND {new_here}"
        ).fetchall()
    }
    part = PARTS.get(table.name)
    if part is not None:
        units |= {
            r[0]
            for r in conn.execute(
                f"SELECT DISTINCT origin_unit FROM main.{part[1]} "
                "WHERE typeof(origin_unit) = 'text'"
            ).fetchall()
        }
    allowed = [(u,) for u in units if authority.speaks_for(u)]
    conn.executemany(f"INSERT OR IGNORE INTO {ALLOWED} VALUES (?)", allowed)


def stamp_limit(now: datetime, file_limit: str) -> str:
    """The latest stamp both limits allow: the file's (limits.stamp_limit) and the
    receiving laptop's clock + validate.FUTURE_SLACK."""
    return min(file_limit, to_stamp(now + FUTURE_SLACK))
