"""Sanity limits at import: file size, export time, stamps, edit counters, figures, photos.

A file that passed its structural checks (verify.py) may still carry values no program
of ours writes: a counter of 10^15 that outvotes every later correction, a stamp in
2099 that wins every tie, −500 killed, 100 MB of bytes that no record names. These
checks are pure: each takes values and returns None or a Message saying what is wrong
(in one line); verify.py and merge.py (and jsonl_import.py) call them and decide.

What is refused, and how much of the file with it (what a sector officer wants):

* The whole file, nothing changed (PackageRefusedError; the receiving database stays
  byte-identical), when the file says something false of itself:
  - it is bigger than MAX_FILE_BYTES (a unit file) or MAX_JSONL_BYTES (JSON Lines): only
    its size is read, it is never opened or copied (reason TOO_LARGE);
  - its manifest's export time is later than this laptop's clock + CLOCK_SKEW, or is no
    time at all (FUTURE_EXPORT): every stamp of the file is held to that time, so a
    file "from the future" could vouch for any stamp, and one of the two laptops' clocks
    is wrong, which both officers must hear of before anything merges.
* One record, the rest merged: the row is listed in the import report and kept in the
  `rejected` table with its reason (RejectedRow.reason_id names the limit). One forged or
  broken record must not hold back a battalion's week of good reports, and the officer
  sees exactly which record was turned away:
  - a stamp (created at, updated at, any field's clock) later than the file's export
    time + CLOCK_SKEW (CLOCK_AHEAD). Stamps and export time come from the same laptop's
    clock; the skew covers records relayed from a laptop whose clock runs a little ahead;
  - an edit counter more than MAX_COUNTER_STEP beyond this database's counter of the
    same field of the same record (0 for a record new here) (COUNTER_JUMP);
  - a figure or date the domain refuses (DOMAIN_RULE): the record's own field_errors,
    kept to its figures and dates (casualties, beneficiaries, amounts, tranche amounts,
    percentages, dates and their order, an assessment's population parts no more than
    their total and its day not after the officer's), and an approved budget above the mission's QIP
    ceiling when it is new or changed here (the store's rule, store/qips.py). Ranges
    (casualties from 0, budgets to 10 million) are held for every row, tombstones
    included, by number_scan.py, which refuses the whole file;
  - photo bytes that no record names (UNREFERENCED_PHOTO), or bigger than
    MAX_PHOTO_BYTES (PHOTO_TOO_LARGE): dropped, never stored, so they never travel on
    in this database's exports; an attachment that names refused bytes is rejected too.

The counter bound: a counter grows by one each time someone saves a change of that one
field of that one record, anywhere, and a merge takes the larger. Between two imports it
can only grow by the edits made of that field elsewhere: a handful, a few dozen for a
busy record. MAX_COUNTER_STEP = 1000 is twenty years of weekly edits of a single field
(the first import of a record from an old database counts from 0), so no genuine file
reaches it, while a forger can no longer push a counter so high that no correction made
without seeing the forged edit ever catches up (and never to MAX_COUNTER, where
corrections tie and a forged stamp would win every tie).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from cimicdesk.domain import codec
from cimicdesk.domain.assessment import POPULATION_FIELDS, Assessment
from cimicdesk.domain.incident import CASUALTY_FIELDS, Incident
from cimicdesk.domain.qip import MissionSettings, MonitoringVisit, Qip, Tranche, ceiling_errors
from cimicdesk.domain.records import LiaisonEntry
from cimicdesk.domain.support import SupportRequest
from cimicdesk.domain.timeutil import from_stamp, is_stamp, to_stamp
from cimicdesk.i18n.message import Message, msg
from cimicdesk.store.narratives import TEXT_FIELDS, Narrative
from cimicdesk.sync import errors as why

# A unit file is a snapshot of one mission database: photos are downscaled (1600 px,
# about 2 MB at most), so even a whole mission's photos stay far below this.
MAX_FILE_BYTES = 4 * 2**30
# A JSON Lines file is read whole into memory (with its photos in base64): smaller.
MAX_JSONL_BYTES = 2**30
# A photo's bytes: the program keeps JPEGs of at most 1600 px (a 1600 px photo of pure
# noise is 1.9 MB at the quality we save, 10.5 MB at the highest JPEG quality).
MAX_PHOTO_BYTES = 16 * 2**20
# How far a stamp may run past the time it is measured against (see the docstring).
CLOCK_SKEW = timedelta(minutes=10)
# How far an incoming edit counter may run past this database's (see the docstring).
MAX_COUNTER_STEP = 1000


@dataclass(frozen=True)
class Limited:
    """A row over a limit: the reason id (sync/errors.py) and what is wrong (a Message)."""

    reason: str
    message: Message


# --- whole files --------------------------------------------------------------------------


def size_problem(path: Path, limit: int) -> Message | None:
    """Why the file is too big to open (only its size is read); None when it is not."""
    size = path.stat().st_size
    if size <= limit:
        return None
    return msg(
        "{name} is {size} bytes, more than the {limit} bytes a file to import may be: no "
        "export of a mission comes near that size, so it was not opened. Nothing was changed.",
        name=path.name,
        size=size,
        limit=limit,
    )


def export_time_problem(name: str, exported_at: Any, now: datetime) -> Message | None:
    """Why a file's export time cannot be trusted (later than this laptop's clock + the
    skew, or not a time); None when it can."""
    if not is_stamp(exported_at):
        return msg(
            "{name} gives no valid export time ({stamp}): it was altered or broken. Ask "
            "for a new export. Nothing was changed.",
            name=name,
            stamp=repr(exported_at),
        )
    if exported_at <= to_stamp(now + CLOCK_SKEW):
        return None
    return msg(
        "{name} says it was exported at {stamp}, later than this laptop's clock "
        "({now}) allows: one of the two clocks is wrong, or the file was altered. Check "
        "the date, time and time zone of both laptops, then export again. Nothing was "
        "changed.",
        name=name,
        stamp=exported_at,
        now=to_stamp(now),
    )


# --- stamps and counters ------------------------------------------------------------------


def stamp_limit(exported_at: str) -> str:
    """The latest stamp a row of a file exported at `exported_at` may carry."""
    return to_stamp(from_stamp(exported_at) + CLOCK_SKEW)


def stamp_problem(row: dict[str, Any], clock: dict[str, Any], limit: str) -> Limited | None:
    """A stamp of the row (created, updated, a field's clock) later than `limit`.

    The row and its clock are well formed (validate.py checked them first).
    """
    # Each stamp with what it is; the Message is made only for a stamp that is late (a
    # first import asks this of every row it checks in Python, for every field).
    stamps = [(False, "created", row["created_at"]), (False, "updated", row["updated_at"])]
    stamps += [(True, name, entry[1]) for name, entry in sorted(clock.items())]
    for of_clock, name, stamp in stamps:
        if stamp > limit:
            return Limited(
                why.CLOCK_AHEAD,
                msg(
                    "{what} {stamp} is later than the file's export time allows ({limit})",
                    what=_stamp_name(of_clock, name),
                    stamp=stamp,
                    limit=limit,
                ),
            )
    return None


def _stamp_name(of_clock: bool, name: str) -> Message:
    """What a stamp is: a field's clock, or the row's creation or last update."""
    if of_clock:
        return msg("the clock of {field}", field=name)
    return msg("created at") if name == "created" else msg("updated at")


def counter_problem(clock: dict[str, Any], local: dict[str, Any] | None) -> Limited | None:
    """An edit counter more than MAX_COUNTER_STEP beyond this database's counter of the
    same field. Both clocks field by field (store.synced.decode_clock); `local` is None
    for a record new here."""
    for name, entry in sorted(clock.items()):
        mine = local[name][0] if local and name in local else 0
        if entry[0] > mine + MAX_COUNTER_STEP:
            return Limited(
                why.COUNTER_JUMP,
                msg(
                    "the edit counter of {field} jumps to {counter}, more than {step} "
                    "beyond this database's {mine}: no run of genuine edits climbs so fast",
                    field=name,
                    counter=str(entry[0]),  # as it is: grouping would hide a forged one
                    step=MAX_COUNTER_STEP,
                    mine=str(mine),
                ),
            )
    return None


# --- figures and dates --------------------------------------------------------------------

# The fields whose domain rules are held at import: figures and dates. Other rules of
# field_errors (texts, required links, lengths that changed between versions) are left
# to the editors: a record that passed them when it was saved is not refused for them.
_RULED: dict[str, tuple[type, frozenset[str]]] = {
    "incidents": (
        Incident,
        frozenset({*CASUALTY_FIELDS, "occurred_at", "reported_at", "flash_sent_at"}),
    ),
    "qips": (
        Qip,
        frozenset({*Qip.AMOUNT_FIELDS, "exchange_rate", *Qip.COUNT_FIELDS, *Qip.DATE_FIELDS}),
    ),
    "qip_tranches": (Tranche, frozenset({"amount_usd", "paid_on"})),
    "qip_visits": (MonitoringVisit, frozenset({"visit_date", "percent_complete"})),
    "support_requests": (
        SupportRequest,
        frozenset(
            {"received_at", "date_required", "decision_date", "passengers", "vehicles", "tonnes"}
        ),
    ),
    "liaison_entries": (LiaisonEntry, frozenset({"start", "end"})),
    # A narrative's words are its whole content: their length is held too.
    "narratives": (Narrative, frozenset({"period_start", "period_end", *TEXT_FIELDS})),
    # Population figures (parts no more than the total) and the day of the assessment.
    "assessments": (Assessment, frozenset({*POPULATION_FIELDS, "assessed_on"})),
}
_TAKES_NOW = (Incident, SupportRequest, LiaisonEntry)  # 'in the future' is judged at a time


def domain_problem(
    table: str,
    row: dict[str, Any],
    now: datetime,
    settings: MissionSettings | None = None,
    approved_here: float | None = None,
) -> Limited | None:
    """A figure or date of a live row that its record type's rules refuse.

    `now`: the time 'in the future' is judged at (the file's export time + the skew);
    `settings`: the mission's settings in force here, for the QIP ceiling; `approved_here`:
    this database's approved budget of the QIP (None when it is new here): the ceiling
    holds an approved budget when it is entered or changed, as the store does. The row's
    columns are of the right types (validate.py checked them first).
    """
    ruled = _RULED.get(table)
    if ruled is None or row.get("deleted"):
        return None  # a tombstone is never reported on; number_scan.py still bounds it
    cls, names = ruled
    record: Any = codec.from_row(cls, row)
    if isinstance(record, _TAKES_NOW):
        errors = record.field_errors(now)
    elif isinstance(record, Assessment):
        errors = record.field_errors(_officers_day(now))
    else:
        errors = record.field_errors()
    errors = [e for e in errors if e.field in names]
    if (
        isinstance(record, Qip)
        and settings is not None
        and approved_here != row["budget_approved_usd"]
    ):
        errors += ceiling_errors(record, settings)
    if not errors:
        return None
    first = errors[0]
    return Limited(
        why.DOMAIN_RULE,
        msg("{field}: {problem}", field=first.field, problem=first.message),
    )


def _officers_day(now: datetime) -> date:
    """The latest day an officer's calendar can show at `now` (UTC): an assessment is
    dated by the officer's day, up to 14 hours ahead of UTC (UTC+14 is the farthest time
    zone), so one entered just after midnight in Bangui is not refused."""
    return (now + timedelta(hours=14)).date()


# --- photos -------------------------------------------------------------------------------


def photo_size_problem(size: int) -> Limited | None:
    """Photo bytes bigger than any photo the program keeps; None when they are not."""
    if size <= MAX_PHOTO_BYTES:
        return None
    return Limited(
        why.PHOTO_TOO_LARGE,
        msg(
            "the photo is {size} bytes, more than the {limit} bytes a photo may be",
            size=size,
            limit=MAX_PHOTO_BYTES,
        ),
    )


def unreferenced_photo() -> Limited:
    """Photo bytes that no record of the file, nor of this database, names."""
    return Limited(
        why.UNREFERENCED_PHOTO,
        msg("no record of the file or of this database uses this photo: it was not kept"),
    )
