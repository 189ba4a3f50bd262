"""Report drafts: the free text an officer writes for one report, kept with the database.

A draft is keyed by (kind, units, period). The draft itself is local bookkeeping like
row_history: its header lines (marking, report number, addressees, signatures) are this
report's, never merged, and it stays in the file, so a handover carries the drafts to the
next contingent. Its six written sections are the unit's words, and those travel: saving
a unit sitrep of the file's own unit (units () or just that unit), or a sector sitrep of
the whole file at a headquarters, publishes them as the unit's Narrative for the period
(store/narratives.py), a synced record that goes with the unit file and merges at the
headquarters above, where the sector sitrep prints it under that unit. Such a draft is
read with the narrative's sections as merged (a headquarters' correction included).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, fields, replace
from datetime import date
from typing import Any

from cimicdesk.domain.errors import CimicError, ReadOnlyDatabaseError
from cimicdesk.domain.timeutil import now_stamp
from cimicdesk.i18n.message import msg
from cimicdesk.store import narratives, synced
from cimicdesk.store.database import Store

TABLE = "report_drafts"
KINDS = ("unit_sitrep", "sector_sitrep", "handover_brief")
_ID_NAMESPACE = uuid.UUID("0d6f3f62-52a7-4d0e-9b0a-4d7e3c1f8e21")
MAX_TEXT = 20_000


@dataclass
class ReportDraft:
    """The officer-written parts of one report.

    Attributes: kind (one of KINDS), units (unit names the report covers; empty means
    every unit in the file), period_start / period_end (YYYY-MM-DD, both inclusive),
    then the header lines and the free-text sections of doctrine §9; key_points and
    planned_activities hold one item per line. updated_at is set by save_draft.
    """

    kind: str
    units: tuple[str, ...] = ()
    period_start: str = ""
    period_end: str = ""
    marking: str = ""
    report_no: str = ""
    from_line: str = ""
    to_line: str = ""
    cc_line: str = ""
    location: str = ""
    key_points: str = ""
    civil_situation: str = ""
    protection_gender: str = ""
    assessment: str = ""
    planned_activities: str = ""
    issues_for_hq: str = ""
    prepared_by: str = ""
    approved_by: str = ""
    updated_at: str = ""

    KEY = ("kind", "units", "period_start", "period_end")

    @staticmethod
    def text_fields() -> tuple[str, ...]:
        skip = {*ReportDraft.KEY, "updated_at"}
        return tuple(f.name for f in fields(ReportDraft) if f.name not in skip)

    @property
    def key_point_list(self) -> list[str]:
        return _lines(self.key_points)

    @property
    def planned_activity_list(self) -> list[str]:
        return _lines(self.planned_activities)


def _lines(value: str) -> list[str]:
    return [ln.strip().lstrip("-*•").strip() for ln in (value or "").splitlines() if ln.strip()]


def units_key(units: tuple[str, ...] | list[str] | None) -> str:
    """The stored form of a unit list: sorted names joined by '|' ('' = every unit)."""
    return "|".join(sorted({u.strip() for u in units or () if u.strip()}))


def draft_id(kind: str, units: tuple[str, ...] | list[str] | None, start: str, end: str) -> str:
    key = f"{kind}:{units_key(units)}:{start}:{end}"
    return str(uuid.uuid5(_ID_NAMESPACE, key))


def _check_key(kind: str, start: str, end: str) -> None:
    if kind not in KINDS:
        raise CimicError(
            msg(
                "'{kind}' is not a kind of report: choose one of {KINDS}.",
                kind=kind,
                KINDS=", ".join(KINDS),
            )
        )
    try:
        first, last = date.fromisoformat(start), date.fromisoformat(end)
    except ValueError:
        raise CimicError(
            msg(
                "The period {start} – {end} is not two dates written YYYY-MM-DD.",
                start=start,
                end=end,
            )
        ) from None
    if last < first:
        raise CimicError(
            msg("The period ends ({end}) before it starts ({start}).", end=last, start=first)
        )


def get_draft(
    store: Store,
    kind: str,
    units: tuple[str, ...] | list[str] | None,
    period_start: str,
    period_end: str,
) -> ReportDraft | None:
    """The saved draft for this report, or None if none was written; a draft that holds
    the unit's own narrative shows the narrative's sections as they are now (_words)."""
    _check_key(kind, period_start, period_end)
    row = synced.fetch_row(store, TABLE, draft_id(kind, units, period_start, period_end))
    return _words(store, _from_row(row)) if row else None


def draft_or_blank(
    store: Store,
    kind: str,
    units: tuple[str, ...] | list[str] | None,
    period_start: str,
    period_end: str,
) -> ReportDraft:
    """The saved draft, or an empty one with the same key."""
    found = get_draft(store, kind, units, period_start, period_end)
    if found:
        return found
    blank = ReportDraft(
        kind=kind,
        units=tuple(units_key(units).split("|")) if units_key(units) else (),
        period_start=period_start,
        period_end=period_end,
    )
    return _words(store, blank)


def _words(store: Store, draft: ReportDraft) -> ReportDraft:
    """The draft with the six sections of the unit's narrative when it holds the unit's
    own (publishes) and the narrative is stored: the narrative is what merges, so a
    correction by a headquarters above shows here, and saving the draft again keeps it
    instead of writing the old words back. A withdrawn (tombstoned) narrative reads empty."""
    if not publishes(store, draft):
        return draft
    words = narratives.get(store, store.unit.name, draft.period_start, draft.period_end)
    if words is None:
        return draft
    shown = replace(draft)
    for name in narratives.TEXT_FIELDS:
        setattr(shown, name, "" if words.deleted else getattr(words, name))
    return shown


def _from_row(row: dict[str, Any]) -> ReportDraft:
    values = {name: row[name] or "" for name in ReportDraft.text_fields()}
    return ReportDraft(
        kind=row["kind"],
        units=tuple(row["units"].split("|")) if row["units"] else (),
        period_start=row["period_start"],
        period_end=row["period_end"],
        updated_at=row["updated_at"],
        **values,
    )


def save_draft(store: Store, draft: ReportDraft) -> ReportDraft:
    """Store a draft, replacing the one with the same key; the old text goes to history."""
    if store.read_only_reason():
        raise ReadOnlyDatabaseError(store.read_only_reason())
    _check_key(draft.kind, draft.period_start, draft.period_end)
    too_long = [n for n in ReportDraft.text_fields() if len(getattr(draft, n)) > MAX_TEXT]
    if too_long:
        raise CimicError(
            msg(
                "Longer than {limit} characters: {too_long}.",
                limit=MAX_TEXT,
                too_long=", ".join(too_long),
            )
        )
    record_id = draft_id(draft.kind, draft.units, draft.period_start, draft.period_end)
    now = now_stamp()
    values = {name: getattr(draft, name) for name in ReportDraft.text_fields()}
    with store.db.atomic():
        existing = synced.fetch_row(store, TABLE, record_id)
        if existing is None:
            store.db.table(TABLE).insert(
                {
                    "id": record_id,
                    "kind": draft.kind,
                    "units": units_key(draft.units),
                    "period_start": draft.period_start,
                    "period_end": draft.period_end,
                    "created_at": now,
                    "updated_at": now,
                    **values,
                }
            )
        elif any((existing[k] or "") != v for k, v in values.items()):
            synced.record_history(store, TABLE, existing, "edited")
            store.db.table(TABLE).update(record_id, {**values, "updated_at": now})
        if publishes(store, draft):
            narratives.publish(
                store,
                store.unit.name,
                draft.period_start,
                draft.period_end,
                **{name: getattr(draft, name) for name in narratives.TEXT_FIELDS},
            )
        stored = synced.fetch_row(store, TABLE, record_id)
    assert stored is not None
    return _from_row(stored)


def publishes(store: Store, draft: ReportDraft) -> bool:
    """Whether saving this draft publishes its sections as the unit's own Narrative: a
    unit sitrep of this file's unit (units () or just it), or a sector sitrep of the
    whole file written at a headquarters (narratives.publishes)."""
    return narratives.publishes(
        draft.kind, units_key(draft.units), store.unit.name, store.unit.level.value
    )


def list_drafts(store: Store, kind: str | None = None) -> list[ReportDraft]:
    """Every saved draft (of one kind), newest period first."""
    sql = f"SELECT * FROM {TABLE}"
    params: list[str] = []
    if kind:
        sql += " WHERE kind = ?"
        params.append(kind)
    cursor = store.db.execute(sql + " ORDER BY period_start DESC, kind, units", params)
    names = [d[0] for d in cursor.description]
    return [_words(store, _from_row(dict(zip(names, r, strict=True)))) for r in cursor.fetchall()]


_UNIT_TABLES = ("liaison_entries", "incidents", "qips", "support_requests", "assessments")


def units_with_records(store: Store) -> list[str]:
    """Every unit (origin_unit) with live liaison entries, incidents, QIPs, requests or
    community assessments.

    A sector file holds several battalions' records after merging: these are the
    units a sector sitrep can be grouped by.
    """
    union = " UNION ".join(
        f"SELECT DISTINCT origin_unit FROM {t} WHERE deleted = 0" for t in _UNIT_TABLES
    )
    rows = store.memo("units_with_records", lambda: store.db.execute(union).fetchall())
    return sorted((row[0] for row in rows if row[0]), key=str.casefold)
