"""UTC timestamps in one fixed-width text form, and parsing of what officers type."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

from cimicdesk.domain.errors import InvalidValueError
from cimicdesk.i18n.message import msg

STAMP_FORMAT = "%Y-%m-%dT%H:%M:%S.{ms}Z"
# ASCII digits only: \d alone would let Arabic-Indic or full-width digits through.
_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$", re.ASCII)


def utc_now() -> datetime:
    """The current time, timezone-aware in UTC."""
    return datetime.now(UTC)


def to_stamp(moment: datetime) -> str:
    """Fixed-width UTC text ending in Z ('2026-11-25T09:30:00.000Z'); sorts as time does."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime: give a timezone-aware moment")
    moment = moment.astimezone(UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def now_stamp() -> str:
    """to_stamp(utc_now())."""
    return to_stamp(utc_now())


def is_stamp(text: str) -> bool:
    """Whether text is a timestamp in our fixed-width form, of a moment that exists
    (not 2026-13-45T25:61:00.000Z)."""
    if not isinstance(text, str) or not _STAMP.match(text):
        return False
    try:
        datetime.fromisoformat(text[:-1])
    except ValueError:
        return False
    return True


def from_stamp(text: str) -> datetime:
    """Parse our fixed-width UTC text back into an aware datetime."""
    if not is_stamp(text):
        raise InvalidValueError(
            msg("'{text}' is not a UTC timestamp like 2026-11-25T09:30:00.000Z", text=str(text))
        )
    return datetime.strptime(text[:-1], "%Y-%m-%dT%H:%M:%S.%f").replace(tzinfo=UTC)


def parse_date(text: str) -> date:
    """Parse YYYY-MM-DD; InvalidValueError (a ValueError) with a message an officer
    understands."""
    try:
        return date.fromisoformat(text.strip())
    except (ValueError, AttributeError):
        raise InvalidValueError(
            msg("'{text}' is not a date: write it as YYYY-MM-DD, e.g. 2026-11-25", text=str(text))
        ) from None


def display_stamp(text: str | None) -> str:
    """A stored timestamp as '2026-11-25 09:30Z' for lists and reports."""
    if not text:
        return ""
    return from_stamp(text).strftime("%Y-%m-%d %H:%MZ")
