"""The unit's report settings: the handling marking its reports and record sheets get when
none is typed, and whom its sitrep is addressed to (To, Cc).

Kept in the database (its local `_meta`), not on the laptop: they are the unit's, and travel
with the file at handover, so the next officer reports to the same addressees under the
same marking. Never merged into another database (a headquarters addresses its own sitrep
to Force HQ, a battalion to its sector), like the header lines of the report drafts. An
empty value means the program's default (UN RESTRICTED; '<parent> HQ CIMIC'); a draft's
own marking or addressee still wins over these.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from cimicdesk.domain.errors import InvalidValueError, ReadOnlyDatabaseError
from cimicdesk.i18n.message import msg
from cimicdesk.store.database import Store, read_meta, write_meta

MAX_LENGTH = 200
_KEYS = {"marking": "report_marking", "to_line": "report_to", "cc_line": "report_cc"}


@dataclass(frozen=True)
class ReportSettings:
    """marking (e.g. 'UN CONFIDENTIAL'), to_line and cc_line of the unit's sitreps; '' for
    the default."""

    marking: str = ""
    to_line: str = ""
    cc_line: str = ""


def get_report_settings(store: Store) -> ReportSettings:
    """The settings saved in the database, '' for each never set."""
    meta = read_meta(store.db)
    return ReportSettings(**{name: meta.get(key, "") for name, key in _KEYS.items()})


def save_report_settings(store: Store, settings: ReportSettings) -> ReportSettings:
    """Save the settings (trimmed). Raises ReadOnlyDatabaseError for a file that refuses
    edits and InvalidValueError for a line over MAX_LENGTH characters; nothing is saved then."""
    reason = store.read_only_reason()
    if reason:
        raise ReadOnlyDatabaseError(reason)
    settings = checked(settings)
    with store.db.atomic():
        write_meta(store.db, **{key: getattr(settings, name) for name, key in _KEYS.items()})
    return settings


def checked(settings: ReportSettings) -> ReportSettings:
    """The settings trimmed; InvalidValueError for a line over MAX_LENGTH characters."""
    values = {item.name: getattr(settings, item.name).strip() for item in fields(settings)}
    for value in values.values():
        if len(value) > MAX_LENGTH:
            raise InvalidValueError(
                msg(
                    "A report setting holds at most {limit} characters; this one has {count}.",
                    limit=MAX_LENGTH,
                    count=len(value),
                )
            )
    return ReportSettings(**values)
