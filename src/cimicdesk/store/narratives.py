"""Each unit's written sitrep sections for a period, as synced records that travel up.

A battalion's key points, civil situation, protection and gender, assessment, planned
activities and issues for higher HQ are its own words: they go with its unit file, merge
like any other record (per-field clocks, history, tombstones; only the unit or a
headquarters above it may change them, docs/exchange-rules.md) and are read at sector
HQ, and from a sector's file at Force HQ, by for_period. A unit writes them in its
sitrep draft (store/report_drafts.py), which publishes them here.

One record per unit and period: its id derives from (unit, start, end), so the same
unit's narrative for the same period saved twice, or at two sites, is one record. A
narrative whose six texts are all empty is not published, and emptying a published one
tombstones it (the words stay in row_history).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date
from typing import ClassVar

from cimicdesk.domain.errors import FieldError, ValidationError
from cimicdesk.domain.records import MAX_TEXT, Record, too_long
from cimicdesk.i18n.message import msg
from cimicdesk.store import synced
from cimicdesk.store.database import Store

TABLE = "narratives"
_NAMESPACE = uuid.UUID("6a0c3e57-1d2b-4c8f-9e47-2f5b8d1a7c93")
# The six sections a unit writes, in the sitrep's order (doctrine §9).
TEXT_FIELDS = (
    "key_points",
    "civil_situation",
    "protection_gender",
    "assessment",
    "planned_activities",
    "issues_for_hq",
)
# Sections written one item per line (bullets); the others are paragraphs.
LIST_FIELDS = ("key_points", "planned_activities")


@dataclass
class Narrative(Record):
    """One unit's written sections for one period (origin_unit: whose words they are).

    Attributes: period_start / period_end (YYYY-MM-DD, both inclusive), then the six
    texts of TEXT_FIELDS; key_points and planned_activities hold one item per line.
    """

    period_start: str = ""
    period_end: str = ""
    key_points: str = ""
    civil_situation: str = ""
    protection_gender: str = ""
    assessment: str = ""
    planned_activities: str = ""
    issues_for_hq: str = ""

    TEXTS: ClassVar[tuple[str, ...]] = TEXT_FIELDS

    @property
    def is_empty(self) -> bool:
        """Whether all six texts are blank."""
        return not any(getattr(self, name).strip() for name in TEXT_FIELDS)

    @property
    def key_point_list(self) -> list[str]:
        return lines(self.key_points)

    @property
    def planned_activity_list(self) -> list[str]:
        return lines(self.planned_activities)

    def field_errors(self) -> list[FieldError]:
        errors: list[FieldError] = []
        first = _day(self.period_start)
        last = _day(self.period_end)
        if first is None:
            errors.append(_not_a_day("period_start", self.period_start))
        if last is None:
            errors.append(_not_a_day("period_end", self.period_end))
        if first and last and last < first:
            errors.append(
                FieldError(
                    "period_end",
                    msg(
                        "The period ends ({end}) before it starts ({start}).", end=last, start=first
                    ),
                )
            )
        errors += [too_long(name) for name in TEXT_FIELDS if len(getattr(self, name)) > MAX_TEXT]
        return errors


def _day(text: str) -> date | None:
    try:
        return date.fromisoformat(text) if len(text) == 10 else None
    except ValueError:
        return None


def _not_a_day(name: str, value: str) -> FieldError:
    return FieldError(name, msg("'{value}' is not a date (YYYY-MM-DD).", value=value))


def lines(value: str) -> list[str]:
    """The items of a one-item-per-line text, without bullets and blank lines."""
    return [ln.strip().lstrip("-*•").strip() for ln in (value or "").splitlines() if ln.strip()]


def narrative_id(unit: str, start: str, end: str) -> str:
    """The id of a unit's narrative for a period: the same at every site."""
    return str(uuid.uuid5(_NAMESPACE, f"{unit.strip()}|{start}|{end}"))


def get(store: Store, unit: str, start: str, end: str) -> Narrative | None:
    """The unit's stored narrative for exactly that period (tombstoned too), or None."""
    row = synced.fetch_row(store, TABLE, narrative_id(unit, start, end))
    return synced.from_row(Narrative, row) if row else None


def publish(
    store: Store,
    unit: str,
    start: str,
    end: str,
    *,
    key_points: str = "",
    civil_situation: str = "",
    protection_gender: str = "",
    assessment: str = "",
    planned_activities: str = "",
    issues_for_hq: str = "",
) -> Narrative | None:
    """Store the unit's narrative for the period (an ordinary clocked edit, inside the
    caller's transaction) and return it; None when all six texts are empty, in which case
    a narrative published before is tombstoned."""
    record = Narrative(
        id=narrative_id(unit, start, end),
        origin_unit=unit.strip(),
        period_start=start,
        period_end=end,
        key_points=key_points,
        civil_situation=civil_situation,
        protection_gender=protection_gender,
        assessment=assessment,
        planned_activities=planned_activities,
        issues_for_hq=issues_for_hq,
    )
    if record.is_empty:
        record.validate()
        stored = get(store, unit, start, end)
        if stored is not None and not stored.deleted:
            synced.write(store, TABLE, replace(stored, deleted=True))
        return None
    return save_narrative(store, record)


def save_narrative(store: Store, narrative: Narrative) -> Narrative:
    """Validate and store a narrative (inside the caller's transaction); its unit is this
    database's unless it names one, and its id is the one its unit and period make
    (ValidationError when it gives another)."""
    narrative.origin_unit = narrative.origin_unit.strip() or store.unit.name
    expected = narrative_id(narrative.origin_unit, narrative.period_start, narrative.period_end)
    errors = narrative.field_errors()
    if narrative.id and narrative.id != expected:
        errors.append(
            FieldError(
                "id",
                msg(
                    "The id of {unit}'s narrative for {start} – {end} is {expected}, not {id}.",
                    unit=narrative.origin_unit,
                    start=narrative.period_start,
                    end=narrative.period_end,
                    expected=expected,
                    id=narrative.id,
                ),
            )
        )
    if errors:
        raise ValidationError(errors)
    narrative.id = expected
    return synced.write(store, TABLE, narrative)


def within(store: Store, start: date, end: date, units: list[str]) -> dict[str, list[Narrative]]:
    """Each unit's live, non-empty narratives whose period lies inside start – end, newest
    period first (units with none are absent), under the unit's name as given (compared
    by its letters and digits: 'Banbat 1' finds BANBAT 1's). units: [] means every unit."""
    rows = store.db.execute(
        f"SELECT * FROM {TABLE} WHERE deleted = 0 AND period_start >= ? AND period_end <= ? "
        "ORDER BY period_end DESC, period_start DESC",
        [start.isoformat(), end.isoformat()],
    )
    names = [d[0] for d in rows.description]
    wanted = {_letters(u): u for u in units}
    found: dict[str, list[Narrative]] = {}
    for values in rows.fetchall():
        narrative = synced.from_row(Narrative, dict(zip(names, values, strict=True)))
        unit = wanted.get(_letters(narrative.origin_unit)) if wanted else narrative.origin_unit
        if unit is None or narrative.is_empty:
            continue
        found.setdefault(unit, []).append(narrative)
    return found


def _letters(unit: str) -> str:
    """A unit's name as units are compared (sync/units.py): its letters and digits."""
    return "".join(ch for ch in unit.upper() if ch.isalnum())


def for_period(store: Store, start: date, end: date, units: list[str]) -> dict[str, Narrative]:
    """unit -> its narrative for the period: the one written for exactly start – end, or
    else those written for shorter periods inside it (ISO weeks of a month) as one, each
    text newest period first. Units with none are absent; units: [] means every unit."""
    out: dict[str, Narrative] = {}
    exact = (start.isoformat(), end.isoformat())
    for unit, found in within(store, start, end, units).items():
        same = [n for n in found if (n.period_start, n.period_end) == exact]
        out[unit] = same[0] if same else combined(found)
    return out


def combined(found: list[Narrative]) -> Narrative:
    """Several narratives of one unit (newest first) as one covering all their periods."""
    if len(found) == 1:
        return found[0]
    texts = {
        name: ("\n" if name in LIST_FIELDS else "\n\n").join(
            getattr(n, name).strip() for n in found if getattr(n, name).strip()
        )
        for name in TEXT_FIELDS
    }
    merged = replace(
        found[0],
        period_start=min(n.period_start for n in found),
        period_end=max(n.period_end for n in found),
    )
    for name, text in texts.items():
        setattr(merged, name, text)
    return merged
