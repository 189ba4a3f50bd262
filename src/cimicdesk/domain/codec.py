"""One codec for the record dataclasses: their values as table columns and as JSON, and back.

Every stored field of a record has a Kind, read once from its type hint: a base type
(text, whole number, number, yes/no or an enumeration), whether it may be None, and
whether it is a tuple of such values. The Kind alone says how a value is written:

    field type          column (SQLite)            JSON
    str / int / float   as it is                   as it is
    bool                0 or 1                     true or false
    an enumeration      its value (text)           its value (text)
    tuple[X, ...]       a JSON list, as text       a list
    X | None            NULL                       null

The store writes and reads rows through it (store/synced.py), and the exchange checks
what comes from outside through it: a row of another unit's file (column_problem, as
strict as the columns: sync/validate.py) and a JSON Lines value (from_json, which also
holds numbers to their range in domain/bounds.py: sync/jsonl.py). Values read back from
our own rows are trusted (from_row): it is the hot path of every list.
"""

from __future__ import annotations

import functools
import json
import math
import types
import typing
from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields
from enum import Enum
from typing import Any, TypeVar

from cimicdesk.domain import bounds
from cimicdesk.i18n.message import Message, msg, msg_p

R = TypeVar("R")
Convert = Callable[[Any], Any]


class ValueRefused(ValueError):
    """A value from outside that a field cannot take; `message` says why (a Message),
    str() is its English. A ValueError, so callers that catch those still do."""

    def __init__(self, message: Message):
        self.message = message
        super().__init__(str(message))


# What is wrong with a column value, said after the field's name ('name is not text'),
# and inside a list ('phones holds a value that is not text').
def _not_text() -> Message:
    return msg_p("a stored value", "is not text")


def _not_number() -> Message:
    return msg_p("a stored value", "is not a number")


def _not_yes_no() -> Message:
    return msg_p("a stored value", "is not yes/no")


@dataclass(frozen=True)
class Kind:
    """The type of one field. Attributes: base (str, int, float, bool or an Enum
    class), optional (None allowed), many (a tuple of base values)."""

    base: type
    optional: bool = False
    many: bool = False

    @classmethod
    def of(cls, hint: Any) -> Kind:
        """The Kind of a type hint: 'str', 'bool | None', 'tuple[Cluster, ...]'."""
        origin = typing.get_origin(hint)
        if origin in (typing.Union, types.UnionType):
            inner = next(a for a in typing.get_args(hint) if a is not type(None))
            return cls.of(inner).may_be_none()
        if origin is tuple:
            return cls(typing.get_args(hint)[0], many=True)
        return cls(hint)

    def may_be_none(self) -> Kind:
        return Kind(self.base, True, self.many)

    @property
    def enum(self) -> bool:
        return isinstance(self.base, type) and issubclass(self.base, Enum)

    # --- the stored form -----------------------------------------------------------

    def to_column(self, value: Any) -> Any:
        """A field's value as its column holds it."""
        if value is None:
            return None
        if self.many:
            return json.dumps([self._plain(v) for v in value], ensure_ascii=False)
        if self.base is bool:
            return int(value)
        return self._plain(value)

    def reader(self) -> Convert | None:
        """A function turning a column value (of our own rows) into the field's value;
        None when it is the value as it is (most fields: read thousands of times)."""
        if self.many:  # an empty column reads as an empty tuple
            item = self._base_reader()
            if item is None:
                return lambda value: tuple(json.loads(value or "[]"))
            return lambda value: tuple(item(v) for v in json.loads(value or "[]"))
        convert = self._base_reader()
        if convert is None or not self.optional:
            return convert
        return lambda value: None if value is None else convert(value)

    def _base_reader(self) -> Convert | None:
        if self.base is bool:
            return bool
        if self.enum:
            return self.base
        return None

    def column_problem(self, name: str, value: Any) -> Message | None:
        """What is wrong with a column value from another unit's file; None when fine.

        Numbers are not held to their range here: a file with one out of range is
        refused whole before any row is looked at (sync/number_scan.py).
        """
        if value is None and self.optional:
            return None
        if not self.many:
            problem = self._base_problem(value)
            return msg("{field} {problem}", field=name, problem=problem) if problem else None
        try:
            items = bounds.loads(value) if isinstance(value, str) else None
        except ValueError:  # not JSON, or nested deeper than any list of ours
            items = None
        if not isinstance(items, list):
            return msg("{field} is not a list", field=name)
        problem = next((p for p in map(self._base_problem, items) if p), None)
        if problem:
            return msg("{field} holds a value that {problem}", field=name, problem=problem)
        return None

    def _base_problem(self, value: Any) -> Message | None:
        if self.enum:
            if value in _values(self.base):
                return None
            return msg_p("a stored value", "has the unknown value {value}", value=repr(value))
        if self.base is bool:
            return None if value in (0, 1) and not isinstance(value, float) else _not_yes_no()
        if self.base is int:
            return None if isinstance(value, int) and not isinstance(value, bool) else _not_number()
        if self.base is float:
            return None if isinstance(value, int | float) else _not_number()
        if self.base is str:
            return None if isinstance(value, str) else _not_text()
        return None

    # --- JSON --------------------------------------------------------------------------

    def to_json(self, value: Any) -> Any:
        """A field's value as a JSON value."""
        if value is None:
            return None
        if self.many:
            return [self._plain(v) for v in value]
        return self._plain(value)

    @staticmethod
    def _plain(value: Any) -> Any:
        return value.value if isinstance(value, Enum) else value

    def from_json(self, name: str, value: Any) -> Any:
        """A JSON value as the field's value; ValueRefused saying what is wrong."""
        if value is None and self.optional:
            return None
        if self.many:
            if not isinstance(value, list):
                raise ValueRefused(msg("{field} must be a list", field=name))
            return tuple(self._base_from_json(name, v) for v in value)
        return self._base_from_json(name, value)

    def _base_from_json(self, name: str, value: Any) -> Any:
        base: Any = self.base
        if base is bool:
            if not isinstance(value, bool):
                raise ValueRefused(msg("{field} must be true or false", field=name))
            return value
        if self.enum:
            try:
                return base(value)
            except ValueError:
                allowed = ", ".join(m.value for m in base)
                raise ValueRefused(
                    msg(
                        "{field}: {value} is not one of {allowed}",
                        field=name,
                        value=repr(value),
                        allowed=allowed,
                    )
                ) from None
        if base is int:
            if not isinstance(value, int) or isinstance(value, bool):
                raise ValueRefused(msg("{field} must be a whole number", field=name))
            return _in_range(name, value)
        if base is float:
            if not isinstance(value, int | float) or isinstance(value, bool):
                raise ValueRefused(msg("{field} must be a number", field=name))
            return float(_in_range(name, value))
        if base is str:
            if not isinstance(value, str):
                raise ValueRefused(msg("{field} must be text", field=name))
            return value
        return value


@functools.cache
def _values(enumeration: Any) -> frozenset[Any]:
    """The values of an enumeration's members, worked out once: every incoming row asks."""
    return frozenset(m.value for m in enumeration)


def _limit(number: float) -> str:
    """A range's end as domain/bounds.py writes it ('9999', '10000000')."""
    return f"{number:g}" if abs(number) < 1e4 else f"{int(number)}"


def range_problem(allowed: bounds.Range, value: Any) -> Message | None:
    """What is wrong with a number outside its range ('must be a whole number from 0 to
    9999, not 10000'), said after the field's name; None when it is within. The same
    judgement as bounds.Range.problem."""
    if allowed.problem(value) is None:
        return None
    low, high = _limit(allowed.low), _limit(allowed.high)
    beside = (
        isinstance(value, bool)
        or not isinstance(value, int | float)
        or (allowed.whole and not isinstance(value, int))
        or (isinstance(value, float) and not math.isfinite(value))
    )
    if beside:  # not a number of the range's kind at all: no need to repeat it
        if allowed.whole:
            return msg_p(
                "a number", "must be a whole number from {low} to {high}", low=low, high=high
            )
        return msg_p("a number", "must be a number from {low} to {high}", low=low, high=high)
    shown = str(value)  # as it was given: grouping its digits would hide what is wrong
    if allowed.whole:
        return msg_p(
            "a number",
            "must be a whole number from {low} to {high}, not {value}",
            low=low,
            high=high,
            value=shown,
        )
    return msg_p(
        "a number",
        "must be a number from {low} to {high}, not {value}",
        low=low,
        high=high,
        value=shown,
    )


def _in_range(name: str, value: int | float) -> int | float:
    """The value if it is within its field's range (domain/bounds.py); ValueRefused if not."""
    allowed = bounds.RANGES.get(name)
    problem = range_problem(allowed, value) if allowed is not None else None
    if problem:
        raise ValueRefused(msg("{field} {problem}", field=name, problem=problem))
    return value


# --- whole records ---------------------------------------------------------------------


# Worked out once per record type: lists build thousands of records, and asking typing
# for every value was most of their cost. (A dict, not functools.cache: its keys are types.)
_KINDS: dict[type, dict[str, Kind]] = {}
_READERS: dict[type, tuple[tuple[str, Convert | None], ...]] = {}


def kinds(cls: type) -> dict[str, Kind]:
    """The Kind of every stored field of a record type (its columns), in field order."""
    found = _KINDS.get(cls)
    if found is None:
        hints = typing.get_type_hints(cls)
        skip = set(getattr(cls, "NOT_STORED", ()))
        found = {f.name: Kind.of(hints[f.name]) for f in fields(cls) if f.name not in skip}
        _KINDS[cls] = found
    return found


def _readers(cls: type) -> tuple[tuple[str, Convert | None], ...]:
    found = _READERS.get(cls)
    if found is None:
        found = _READERS[cls] = tuple((name, kind.reader()) for name, kind in kinds(cls).items())
    return found


def from_row(cls: type[R], row: dict[str, Any]) -> R:
    """A record built from one of our table rows (a dict of column values)."""
    values = {}
    for name, convert in _readers(cls):
        if name in row:
            value = row[name]
            values[name] = value if convert is None else convert(value)
    return cls(**values)


def to_columns(record: Any, names: Iterable[str] | None = None) -> dict[str, Any]:
    """Column values of a record's fields (its business fields unless names are given)."""
    known = kinds(type(record))
    wanted = record.business_fields() if names is None else names
    return {name: known[name].to_column(getattr(record, name)) for name in wanted}


def row_problem(cls: type, row: dict[str, Any], names: Iterable[str]) -> Message | None:
    """The first problem of the named columns of a row from outside; None when fine."""
    known = kinds(cls)
    for name in names:
        problem = known[name].column_problem(name, row[name])
        if problem:
            return problem
    return None


def to_json(record: Any, names: Iterable[str]) -> dict[str, Any]:
    """JSON values of the named fields of a record."""
    known = kinds(type(record))
    return {name: known[name].to_json(getattr(record, name)) for name in names}


def from_json(cls: type, item: dict[str, Any], names: Iterable[str]) -> dict[str, Any]:
    """The named fields given in a JSON object, as the record's values; ValueRefused
    (the first problem met) when one cannot be taken."""
    known = kinds(cls)
    return {name: known[name].from_json(name, item[name]) for name in names if name in item}
