"""Find the first number out of its range in an export, before anything of it is merged.

An export holds numbers no editor could have typed only when it was forged or broken:
a casualty count of 2^31, an edit counter of 2^63 − 1 (the receiving database would
overflow at its next edit of that field). The whole file is then refused, with the
table, record and field named (verify.py), instead of merging the rest of it. The ranges
are those of domain/bounds.py; the scan runs in SQL, so it costs little on big files.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cimicdesk.domain import bounds
from cimicdesk.domain.codec import range_problem
from cimicdesk.i18n.message import Message, msg
from cimicdesk.store import probes
from cimicdesk.store.encryption import sqlite3
from cimicdesk.sync.tables import TABLES, label


@dataclass(frozen=True)
class OutOfRange:
    """A number out of range: the table, the record's id, the field and what is wrong
    (field: a column's name, or a Message for a clock's counter)."""

    table: str
    record_id: str
    field: Message | str
    problem: Message | str

    def describe(self) -> Message:
        return msg(
            "{records} record {id}: {field} {problem}",
            records=label(self.table),
            id=self.record_id,
            field=self.field,
            problem=self.problem,
        )


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')]


def _numbers(conn: sqlite3.Connection, table: str, columns: list[str]) -> OutOfRange | None:
    ranged = [c for c in columns if c in bounds.RANGES]
    if not ranged or "id" not in columns:
        return None
    # Only numbers are looked at here: text where a number belongs is a malformed row,
    # which the merge rejects by itself (validate.py).
    outside = " OR ".join(
        f"(typeof(\"{c}\") IN ('integer', 'real') AND "
        f'("{c}" < {bounds.RANGES[c].low!r} OR "{c}" > {bounds.RANGES[c].high!r}'
        + (f" OR typeof(\"{c}\") = 'real'" if bounds.RANGES[c].whole else "")
        + "))"
        for c in ranged
    )
    listed = ", ".join(f'"{c}"' for c in ranged)
    row = conn.execute(f'SELECT id, {listed} FROM "{table}" WHERE {outside} LIMIT 1').fetchone()
    if row is None:
        return None
    for name, value in zip(ranged, row[1:], strict=True):
        problem = range_problem(bounds.RANGES[name], value)
        if problem:
            return OutOfRange(table, str(row[0]), name, problem)
    return None  # pragma: no cover - SQL and Python agree on every range


def _counters(conn: sqlite3.Connection, table: str, columns: list[str]) -> OutOfRange | None:
    if "clock" not in columns or "id" not in columns:
        return None
    # A counter beyond 2^63 - 1 reads as a real in SQLite's JSON: it fails '<= MAX'.
    row = conn.execute(
        f'SELECT t.id, t.clock FROM "{table}" t, json_each(t.clock) c '
        "WHERE json_valid(t.clock) AND json_type(t.clock) = 'object' "
        "AND json_type(c.value) = 'array' "
        "AND json_type(c.value, '$[0]') IN ('integer', 'real') "
        f"AND NOT (json_extract(c.value, '$[0]') BETWEEN 1 AND {bounds.MAX_COUNTER}) LIMIT 1"
    ).fetchone()
    if row is None:
        return None
    try:
        clock: dict[str, Any] = bounds.loads(row[1])
    except ValueError:
        # Not only nesting: an integer of 5,000 digits is valid JSON that Python refuses.
        if bounds.json_depth_problem(row[1]):
            unreadable = msg("is nested deeper than {n} levels", n=bounds.MAX_JSON_DEPTH)
        else:
            unreadable = msg("is not readable")
        return OutOfRange(table, str(row[0]), msg("its clock"), unreadable)
    for name, entry in clock.items():
        if not (isinstance(entry, list) and entry):
            continue
        problem = range_problem(bounds.COUNTER, entry[0])
        if problem:
            field = (
                msg("the edit counter of every other field")
                if name == "*"
                else msg("the edit counter of {field}", field=name)
            )
            return OutOfRange(table, str(row[0]), field, problem)
    return None  # pragma: no cover - SQL and Python agree on the range


def first_out_of_range(conn: sqlite3.Connection) -> OutOfRange | None:
    """The first number out of range in the synced tables of an export, or None."""
    present = probes.table_names(conn)
    for table in TABLES:
        if table.name not in present:
            continue
        columns = _columns(conn, table.name)
        found = _numbers(conn, table.name, columns) or _counters(conn, table.name, columns)
        if found:
            return found
    return None
