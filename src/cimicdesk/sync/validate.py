"""Checks of one incoming row before it may be merged: id, clock, stamps, types, enum values.

References to other records are checked by the merge itself, in SQL, once the tables
they point to are merged (see merge.py). A row that fails is rejected with the reason
returned here, and not applied.
"""

from __future__ import annotations

import re
import types
import typing
from collections.abc import Callable
from dataclasses import fields
from datetime import datetime, timedelta
from enum import Enum
from functools import cache
from typing import Any

from cimicdesk.domain import bounds
from cimicdesk.domain.grid import GridReferenceError, optional_grid
from cimicdesk.domain.qip import MissionSettings
from cimicdesk.domain.timeutil import is_stamp, to_stamp
from cimicdesk.store.synced import DEFAULT_KEY
from cimicdesk.sync.tables import SyncedTable

# A stamp more than this far ahead of the receiving laptop's clock is refused: it would
# win every tie for as long as it lasts.
FUTURE_SLACK = timedelta(hours=48)


_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
Check = Callable[[Any], "str | None"]


def is_uuid(value: Any) -> bool:
    """Whether value is a UUID in its canonical text form (lower case, with hyphens)."""
    return isinstance(value, str) and _UUID.match(value) is not None


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _text(value: Any) -> str | None:
    return None if isinstance(value, str) else "is not text"


def _whole(value: Any) -> str | None:
    ok = isinstance(value, int) and not isinstance(value, bool)
    return None if ok else "is not a number"


def _number(value: Any) -> str | None:
    return None if isinstance(value, int | float) else "is not a number"


def _yes_no(value: Any) -> str | None:
    return None if value in (0, 1) and not isinstance(value, float) else "is not yes/no"


def _anything(value: Any) -> str | None:
    return None


@cache
def value_check(kind: Any) -> Check:
    """A function saying what is wrong with a column value for a field of that type."""
    origin = typing.get_origin(kind)
    if origin in (typing.Union, types.UnionType):
        inner = value_check(next(a for a in typing.get_args(kind) if a is not type(None)))
        return lambda value: None if value is None else inner(value)
    if origin is tuple:
        item = value_check(typing.get_args(kind)[0])

        def listed(value: Any) -> str | None:
            try:
                items = bounds.loads(value) if isinstance(value, str) else None
            except ValueError:  # not JSON, or nested deeper than any list of ours
                items = None
            if not isinstance(items, list):
                return "is not a list"
            problem = next((p for p in map(item, items) if p), None)
            return f"holds a value that {problem}" if problem else None

        return listed
    if isinstance(kind, type) and issubclass(kind, Enum):
        known = frozenset(m.value for m in kind)
        return lambda value: None if value in known else f"has the unknown value {value!r}"
    checks: dict[Any, Check] = {bool: _yes_no, int: _whole, float: _number, str: _text}
    return checks.get(kind, _anything)


def _stamp_problem(value: Any, limit: str, what: str) -> str | None:
    if not is_stamp(value):
        return f"{what} is not a UTC timestamp"
    if value > limit:
        return f"{what} {value} is more than 48 hours in the future"
    return None


def clock_problem(text: Any, names: tuple[str, ...], limit: str) -> str | None:
    """What is wrong with a clock column; None when it is well formed."""
    try:
        clock = bounds.loads(text) if isinstance(text, str) else None
    except ValueError:  # not JSON, or nested deeper than a clock ever is
        clock = None
    if not isinstance(clock, dict):
        return "its clock is not readable"
    unknown = set(clock) - {*names, DEFAULT_KEY}
    if unknown:
        return f"its clock names unknown fields ({', '.join(sorted(unknown))})"
    if DEFAULT_KEY not in clock and set(clock) != set(names):
        return "its clock does not cover every field"
    for name, entry in clock.items():
        if not (
            isinstance(entry, list)
            and len(entry) == 3
            and isinstance(entry[0], int)
            and not isinstance(entry[0], bool)
            and entry[0] >= 1
            and isinstance(entry[2], str)
            and entry[2]
        ):
            return f"its clock of {name} is not [counter, time, site]"
        problem = _stamp_problem(entry[1], limit, f"the clock of {name}")
        if problem:
            return problem
    return None


def setting_problem(row: dict[str, Any]) -> str | None:
    """What is wrong with a mission setting's row (a known setting, its value as JSON
    within bounds); None when it is fine."""
    names = {item.name for item in fields(MissionSettings)}
    if row["setting"] not in names:
        return f"its setting {row['setting']!r} is unknown"
    try:
        value: Any = bounds.loads(row["value"]) if isinstance(row["value"], str) else None
    except ValueError:
        return "its value is not JSON"
    settings = MissionSettings(**{row["setting"]: value})
    errors = bounds.record_errors(settings, [row["setting"]])
    errors += [e for e in settings.field_errors() if e.field == row["setting"]]
    return f"its value is refused: {errors[0].message}" if errors else None


class RowChecker:
    """Checks rows of one table against a time limit fixed when the merge starts.

    Numbers and edit counters are not checked here, row by row: verify.py has already
    refused a file with any of them out of range (number_scan.py, one SQL scan a table).
    Attributes: table (SyncedTable), limit (the latest acceptable stamp).
    """

    def __init__(self, table: SyncedTable, now: datetime):
        self.table = table
        self.limit = to_stamp(now + FUTURE_SLACK)
        hints = _hints(table.cls)  # type: ignore[arg-type]  # a class is hashable (its instances are not)
        self._checks = [(name, value_check(hints[name])) for name in table.cls.business_fields()]
        self._grids = [name for name in table.cls.business_fields() if name.endswith("grid")]

    def problem(self, row: dict[str, Any]) -> str | None:
        """Why the row may not be merged; None when it may."""
        if not is_uuid(row["id"]):
            return f"its id {row['id']!r} is not a UUID"
        for name in ("origin_unit", "updated_site"):
            if not isinstance(row[name], str) or not row[name].strip():
                return f"its {name.replace('_', ' ')} is missing"
        for name in ("created_at", "updated_at"):
            problem = _stamp_problem(row[name], self.limit, name.replace("_", " "))
            if problem:
                return problem
        if row["deleted"] not in (0, 1) or isinstance(row["deleted"], float):
            return "its deleted mark is not 0 or 1"
        problem = clock_problem(row["clock"], self.table.fields, self.limit)
        if problem:
            return problem
        for name, check in self._checks:
            problem = check(row[name])
            if problem:
                return f"{name} {problem}"
        if self.table.name == "mission_settings":
            problem = setting_problem(row)
            if problem:
                return problem
        for name in self._grids:
            try:
                optional_grid(row[name])
            except GridReferenceError:
                return f"{name} {row[name]!r} is not a valid MGRS grid reference"
        return None
