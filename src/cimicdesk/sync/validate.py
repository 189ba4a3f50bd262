"""Checks of one incoming row before it may be merged: id, clock, stamps, types, enum values.

The types and enumeration values of the record's own fields are the codec's checks
(domain/codec.py), the same the store reads its rows with.

References to other records are checked by the merge itself, in SQL, once the tables
they point to are merged (see merge.py). A row that fails is rejected with the reason
returned here, and not applied. The sanity limits of a well-formed row (its stamps held
to the file's export time, its counters, its figures and dates) are limits.py's.
"""

from __future__ import annotations

import re
from dataclasses import fields
from datetime import datetime, timedelta
from typing import Any

from cimicdesk.domain import bounds, codec
from cimicdesk.domain.enums import AssessmentSector
from cimicdesk.domain.grid import GridReferenceError, optional_grid
from cimicdesk.domain.qip import MissionSettings
from cimicdesk.domain.timeutil import is_stamp, to_stamp
from cimicdesk.i18n.message import Message, msg
from cimicdesk.store.assessments import sector_rating_id
from cimicdesk.store.narratives import narrative_id
from cimicdesk.store.synced import DEFAULT_KEY
from cimicdesk.sync import errors as why
from cimicdesk.sync.tables import SyncedTable

# A stamp more than this far ahead of the receiving laptop's clock is refused: it would
# win every tie for as long as it lasts.
FUTURE_SLACK = timedelta(hours=48)


_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def is_uuid(value: Any) -> bool:
    """Whether value is a UUID in its canonical text form (lower case, with hyphens)."""
    return isinstance(value, str) and _UUID.match(value) is not None


def _created_problem(value: Any, limit: str) -> Message | None:
    if not is_stamp(value):
        return msg("created at is not a UTC timestamp")
    if value > limit:
        return msg("created at {stamp} is more than 48 hours in the future", stamp=value)
    return None


def _updated_problem(value: Any, limit: str) -> Message | None:
    if not is_stamp(value):
        return msg("updated at is not a UTC timestamp")
    if value > limit:
        return msg("updated at {stamp} is more than 48 hours in the future", stamp=value)
    return None


def _clock_stamp_problem(value: Any, limit: str, name: str) -> Message | None:
    if not is_stamp(value):
        return msg("the clock of {field} is not a UTC timestamp", field=name)
    if value > limit:
        return msg(
            "the clock of {field} {stamp} is more than 48 hours in the future",
            field=name,
            stamp=value,
        )
    return None


def clock_problem(text: Any, names: tuple[str, ...], limit: str) -> Message | None:
    """What is wrong with a clock column; None when it is well formed."""
    try:
        clock = bounds.loads(text) if isinstance(text, str) else None
    except ValueError:  # not JSON, or nested deeper than a clock ever is
        clock = None
    if not isinstance(clock, dict):
        return msg("its clock is not readable")
    unknown = set(clock) - {*names, DEFAULT_KEY}
    if unknown:
        return msg("its clock names unknown fields ({fields})", fields=", ".join(sorted(unknown)))
    if DEFAULT_KEY not in clock and set(clock) != set(names):
        return msg("its clock does not cover every field")
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
            return msg("its clock of {field} is not [counter, time, site]", field=name)
        problem = _clock_stamp_problem(entry[1], limit, name)
        if problem:
            return problem
    return None


def setting_problem(row: dict[str, Any]) -> Message | None:
    """What is wrong with a mission setting's row (a known setting, its value as JSON
    within bounds); None when it is fine."""
    names = {item.name for item in fields(MissionSettings)}
    if row["setting"] not in names:
        return msg("its setting {setting} is unknown", setting=repr(row["setting"]))
    try:
        value = bounds.loads(row["value"]) if isinstance(row["value"], str) else None
    except ValueError:
        return msg("its value is not JSON")
    settings = MissionSettings(**{row["setting"]: value})  # type: ignore[arg-type]  # checked next
    errors = bounds.record_errors(settings, [row["setting"]])
    errors += [e for e in settings.field_errors() if e.field == row["setting"]]
    return msg("its value is refused: {reason}", reason=errors[0].message) if errors else None


def narrative_problem(row: dict[str, Any]) -> Message | None:
    """What is wrong with a unit narrative's row: its id must be the one its unit and
    period make, so no file can take the place of another unit's narrative; None when
    it is."""
    if row["id"] != narrative_id(row["origin_unit"], row["period_start"], row["period_end"]):
        return msg("its id is not the one its unit and period make")
    return None


def sector_rating_problem(row: dict[str, Any]) -> Message | None:
    """What is wrong with an assessment's sector rating row: its id must be the one its
    assessment and sector make, so no file can give an assessment a second rating of a
    sector or take the place of another's; None when it is."""
    try:
        sector = AssessmentSector(row["sector"])
    except ValueError:
        return None  # the codec's check names the unknown value
    if row["id"] != sector_rating_id(row["assessment_id"], sector):
        return msg("its id is not the one its assessment and sector make")
    return None


class RowChecker:
    """Checks rows of one table against a time limit fixed when the merge starts.

    Numbers and edit counters are not checked here, row by row: verify.py has already
    refused a file with any of them out of range (number_scan.py, one SQL scan a table).
    Attributes: table (SyncedTable), limit (the latest acceptable stamp).
    """

    def __init__(self, table: SyncedTable, now: datetime):
        self.table = table
        self.limit = to_stamp(now + FUTURE_SLACK)
        self._grids = [name for name in table.cls.business_fields() if name.endswith("grid")]

    def problem(self, row: dict[str, Any]) -> Message | None:
        """Why the row may not be merged; None when it may."""
        found = self.rejection(row)
        return found[0] if found else None

    def rejection(self, row: dict[str, Any]) -> tuple[Message, str] | None:
        """Why the row may not be merged, and the reason id of the sanity limit it breaks
        (errors.CLOCK_AHEAD for a stamp far in the future; '' for a malformed row); None
        when it may."""
        problem = self._problem(row)
        if problem is None:
            return None
        stamps = [row["created_at"], row["updated_at"], *_clock_stamps(row["clock"])]
        ahead = any(is_stamp(stamp) and stamp > self.limit for stamp in stamps)
        return problem, why.CLOCK_AHEAD if ahead else ""

    def _problem(self, row: dict[str, Any]) -> Message | None:
        if not is_uuid(row["id"]):
            return msg("its id {id} is not a UUID", id=repr(row["id"]))
        if not _given(row["origin_unit"]):
            return msg("its origin unit is missing")
        if not _given(row["updated_site"]):
            return msg("its updated site is missing")
        problem = _created_problem(row["created_at"], self.limit) or _updated_problem(
            row["updated_at"], self.limit
        )
        if problem:
            return problem
        if row["deleted"] not in (0, 1) or isinstance(row["deleted"], float):
            return msg("its deleted mark is not 0 or 1")
        problem = clock_problem(row["clock"], self.table.fields, self.limit)
        if problem:
            return problem
        problem = codec.row_problem(self.table.cls, row, self.table.cls.business_fields())
        if problem:
            return problem
        if self.table.name == "mission_settings":
            problem = setting_problem(row)
            if problem:
                return problem
        if self.table.name == "narratives":
            problem = narrative_problem(row)
            if problem:
                return problem
        if self.table.name == "assessment_sectors":
            problem = sector_rating_problem(row)
            if problem:
                return problem
        for name in self._grids:
            try:
                optional_grid(row[name])
            except GridReferenceError:
                return msg(
                    "{field} {value} is not a valid MGRS grid reference",
                    field=name,
                    value=repr(row[name]),
                )
        return None


def _clock_stamps(text: Any) -> list[Any]:
    """The stamps a clock column holds, as far as it can be read (of a rejected row)."""
    try:
        clock = bounds.loads(text) if isinstance(text, str) else None
    except ValueError:
        return []
    if not isinstance(clock, dict):
        return []
    return [e[1] for e in clock.values() if isinstance(e, list) and len(e) > 1]


def _given(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())
