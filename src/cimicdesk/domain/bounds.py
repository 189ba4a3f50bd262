"""The range of every number a record may hold, and how deep JSON may nest: beyond, refused.

Numbers come from the editors, from JSON Lines files and from other units' files. SQLite
holds whole numbers up to 2^63 − 1 and Python's json reader recurses once per level of
nesting, so an unbounded number (2^63) or a deeply nested line (100,000 levels) used to
stop an import with a traceback. Every number that crosses a file boundary is checked
against the ranges here first, and refused with a message naming the field.

The ranges of quantities are the editors' own limits (forms/*.ui): whatever is stored
can be shown and edited without a spin box quietly changing it.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from typing import Any

from cimicdesk.domain.errors import FieldError
from cimicdesk.i18n.message import msg

# Edit counters of the per-field clocks (store/synced.py): an edit adds 1, a merge takes
# the larger. 2^53 leaves ample headroom below SQLite's 2^63 − 1: at one edit a
# millisecond it would take 285,000 years to climb from 2^53 to 2^63, so incrementing an
# accepted counter can never overflow. 2^53 is also the largest whole number a double
# holds exactly, so the counters survive any tool that reads the JSON as floats.
MAX_COUNTER = 2**53

# The deepest nesting of a JSON value we read. Our own values nest two levels at most
# (a clock: an object of lists; a record line: an object of lists of text).
MAX_JSON_DEPTH = 32


@dataclass(frozen=True)
class Range:
    """Allowed values of a number field: from low to high; whole (int) or any number."""

    low: float
    high: float
    whole: bool = True

    def problem(self, value: Any) -> str | None:
        """What is wrong with the value ('must be ...'); None when it is in range."""
        if isinstance(value, bool) or not isinstance(value, int | float):
            return f"must be {self.describe()}"
        if self.whole and not isinstance(value, int):
            return f"must be {self.describe()}"
        if isinstance(value, float) and not math.isfinite(value):
            return f"must be {self.describe()}"
        if not self.low <= value <= self.high:
            return f"must be {self.describe()}, not {value}"
        return None

    def describe(self) -> str:
        kind = "a whole number" if self.whole else "a number"
        return f"{kind} from {_shown(self.low)} to {_shown(self.high)}"


def _shown(number: float) -> str:
    return f"{number:g}" if abs(number) < 1e4 else f"{int(number)}"


_CASUALTIES = Range(0, 9_999)  # per group and outcome (incident_editor.ui)
_BENEFICIARIES = Range(0, 99_999)  # per group (qip_editor.ui)
_USD = Range(0, 10_000_000, whole=False)  # budgets, tranches, contributions (qip_editor.ui)
# A community's people per group and part (an assessment): a town quarter of Bangui has
# some 100,000; the largest IDP site the CAR has had (M'Poko, 2014) about 100,000.
_POPULATION = Range(0, 999_999)

# Field name -> its range, for every number field of every record type (and the
# positions derived from grids). A name means the same in every record type.
RANGES: dict[str, Range] = {
    **{
        f"{outcome}_{group}": _CASUALTIES
        for outcome in ("killed", "injured", "abducted")
        for group in (
            "civilian_men",
            "civilian_women",
            "civilian_children",
            "un_personnel",
            "security_forces",
            "armed_elements",
        )
    },
    **{
        f"{stage}_{group}": _BENEFICIARIES
        for stage in ("targeted", "reached")
        for group in ("men", "women", "children")
    },
    **{
        f"{group}_{part}": _POPULATION
        for group in ("resident", "idps", "returnees")
        for part in ("total", "women", "men", "children")
    },
    "budget_requested_usd": _USD,
    "budget_approved_usd": _USD,
    "community_contribution_usd": _USD,
    "amount_usd": _USD,
    "qip_ceiling_usd": _USD,
    "exchange_rate": Range(0, 1_000_000, whole=False),  # local currency per USD
    "percent_complete": Range(0, 100),
    "seq": Range(1, 10_000),  # a QIP's lifecycle moves, in order
    "qip_max_months": Range(1, 60),
    "assessment_interval_days": Range(7, 730),  # MissionSettings
    "passengers": Range(0, 9_999),  # support_editor.ui
    "tonnes": Range(0, 9_999, whole=False),
    "vehicles": Range(0, 999),
    "width": Range(0, 65_535),  # a photo's pixels (JPEG's own limit)
    "height": Range(0, 65_535),
    "size": Range(0, 2**31 - 1),  # a photo's bytes
    **{f"{at}lat": Range(-90, 90, whole=False) for at in ("", "from_", "to_")},
    **{f"{at}lon": Range(-180, 180, whole=False) for at in ("", "from_", "to_")},
}
ROW_COUNT = Range(0, MAX_COUNTER)  # rows of a table, as an export's manifest declares them
COUNTER = Range(1, MAX_COUNTER)


def number_problem(name: str, value: Any) -> str | None:
    """What is wrong with a value of the number field `name`; None when it is fine or
    the field has no range (it is not a number field)."""
    allowed = RANGES.get(name)
    return allowed.problem(value) if allowed is not None else None


def record_errors(record: Any, names: tuple[str, ...] | list[str]) -> list[FieldError]:
    """Field errors of a record's number fields outside their range (None is let be)."""
    errors = []
    for name in names:
        value = getattr(record, name, None)
        allowed = RANGES.get(name)
        if allowed is None or value is None or allowed.problem(value) is None:
            continue
        # As text, not numbers: the range reads the same in every language (no grouping).
        low, high = _shown(allowed.low), _shown(allowed.high)
        if allowed.whole:
            text = msg("Give a whole number from {low} to {high}.", low=low, high=high)
        else:
            text = msg("Give a number from {low} to {high}.", low=low, high=high)
        errors.append(FieldError(name, text))
    return errors


# --- JSON nesting -----------------------------------------------------------------------

_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_BRACKET = re.compile(r"[\[\]{}]")


def json_depth(text: str) -> int:
    """How deep the arrays and objects of a JSON text nest (brackets inside strings do
    not count); of text that is not JSON, a guess that is never too small."""
    depth = deepest = 0
    for match in _BRACKET.finditer(_STRING.sub('""', text)):
        if match.group() in "[{":
            depth += 1
            deepest = max(deepest, depth)
        else:
            depth -= 1
    return deepest


def json_depth_problem(text: str, limit: int = MAX_JSON_DEPTH) -> str | None:
    """'nested deeper than N levels' when the JSON text nests beyond `limit`."""
    if text.count("[") + text.count("{") <= limit:
        return None  # cannot nest deeper than it has brackets (the common case: quick)
    return f"nested deeper than {limit} levels" if json_depth(text) > limit else None


def loads(text: str, limit: int = MAX_JSON_DEPTH) -> Any:
    """json.loads for text from outside: ValueError, never RecursionError, when it
    nests beyond `limit`."""
    problem = json_depth_problem(text, limit)
    if problem:
        raise ValueError(problem)
    return json.loads(text)
