"""The map index (migration 014): an R*Tree over every mapped record, kept by SQL triggers.

Every write path (the repositories, the merge of unit files, JSON Lines import, duplicate
resolution, handover) writes the record tables with SQL, so triggers on those tables keep
the index in step with no Python in any of them. The index is derived data like the search
index: a received file's index is never read (the merge copies record rows only, and the
receiver's triggers index them).

map_keys gives each mapped record its R*Tree id `n`, an INTEGER PRIMARY KEY, which VACUUM
INTO keeps (the record tables' implicit rowids it may renumber). The R*Tree has four
dimensions: longitude, latitude (a zero-size box per point, 32-bit floats rounded
outwards), the kind (KIND_CODES) and the day (days since 1970-01-01), so that a view
filtered by kind or period is searched in the tree itself, and grouping by kind reads
the tree's nodes: an auxiliary column costs a lookup per point read (110 ms of a
whole-mission view of 64,000 points when kind was one). Auxiliary columns hold what the
map shows: unit (origin_unit), style, flash and the exact position (64-bit).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from cimicdesk.domain.incident import CASUALTY_FIELDS, IMMEDIATE_CATEGORIES
from cimicdesk.domain.map_kinds import MapKind

KEYS = "map_keys"
INDEX = "map_index"
TRIGGER_PREFIX = "map_"
# The shadow tables SQLite makes for an R*Tree (copies of a schema must not create them).
RTREE_SHADOWS = ("_node", "_rowid", "_parent")

CREATE_SQL = (
    f"CREATE TABLE {KEYS} (n INTEGER PRIMARY KEY, kind TEXT NOT NULL, "
    "record_id TEXT NOT NULL, UNIQUE (kind, record_id))",
    f"CREATE VIRTUAL TABLE {INDEX} USING rtree(n, min_lon, max_lon, min_lat, max_lat, "
    "min_kind, max_kind, min_day, max_day, +unit, +style, +flash, +lat, +lon)",
)
# The kind as the R*Tree stores it (its third dimension): stored values, never renumber.
KIND_CODES: dict[MapKind, int] = {
    MapKind.INCIDENT: 1,
    MapKind.QIP: 2,
    MapKind.LIAISON: 3,
    MapKind.ORGANISATION: 4,
    MapKind.SUPPORT: 5,
    MapKind.ASSESSMENT: 6,
}
KINDS_BY_CODE = {code: kind for kind, code in KIND_CODES.items()}
EPOCH_JULIAN = 2440587.5  # julianday('1970-01-01'): the day dimension counts from there


@dataclass(frozen=True)
class Mapped:
    """How one record table is drawn: its kind, and SQL over its row (prefix `r.`) for
    whether it is drawn, its position, day, style and flash; `reads` the columns these
    depend on (an update touching none of them leaves the index alone)."""

    table: str
    kind: MapKind
    live: str
    lat: str
    lon: str
    day: str
    style: str
    flash: str = "0"
    reads: tuple[str, ...] = ()


def _day(column: str) -> str:
    return f"substr(r.{column}, 1, 10)"


def _day_number(day: str) -> str:
    """SQL: the day as days since 1970-01-01 (0 for a value that is not a date)."""
    return f"coalesce(CAST(julianday({day}) - {EPOCH_JULIAN} AS INTEGER), 0)"


_ROUTE_TO = "(r.to_lat IS NOT NULL AND r.to_lon IS NOT NULL)"
_ROUTE_FROM = "(r.from_lat IS NOT NULL AND r.from_lon IS NOT NULL)"
_IMMEDIATE = ", ".join(f"'{c.value}'" for c in sorted(IMMEDIATE_CATEGORIES))
_CASUALTIES = " + ".join(f"r.{name}" for name in CASUALTY_FIELDS)
_POSITIONED = "r.deleted = 0 AND r.lat IS NOT NULL AND r.lon IS NOT NULL"

MAPPED: tuple[Mapped, ...] = (
    Mapped(
        "organisations",
        MapKind.ORGANISATION,
        live=f"{_POSITIONED} AND coalesce(r.merged_into, '') = ''",
        lat="r.lat",
        lon="r.lon",
        day=_day("created_at"),
        style="r.org_type",
        reads=("deleted", "merged_into", "lat", "lon", "created_at", "org_type", "origin_unit"),
    ),
    Mapped(
        "liaison_entries",
        MapKind.LIAISON,
        live=_POSITIONED,
        lat="r.lat",
        lon="r.lon",
        day=_day("start"),
        style="r.entry_type",
        reads=("deleted", "lat", "lon", "start", "entry_type", "origin_unit"),
    ),
    Mapped(
        "qips",
        MapKind.QIP,
        live=_POSITIONED,
        lat="r.lat",
        lon="r.lon",
        # When it started, else was planned to, else was approved, else was entered.
        day=(
            "substr(coalesce(nullif(r.actual_start, ''), nullif(r.planned_start, ''), "
            "nullif(r.review_date, ''), r.created_at), 1, 10)"
        ),
        style="r.status",
        reads=(
            "deleted",
            "lat",
            "lon",
            "actual_start",
            "planned_start",
            "review_date",
            "created_at",
            "status",
            "origin_unit",
        ),
    ),
    Mapped(
        "incidents",
        MapKind.INCIDENT,
        live=_POSITIONED,
        lat="r.lat",
        lon="r.lon",
        day=_day("occurred_at"),
        style="r.category",
        # domain.incident.Incident.is_flash, in SQL
        flash=f"(r.category IN ({_IMMEDIATE}) OR ({_CASUALTIES}) > 0)",
        reads=("deleted", "lat", "lon", "occurred_at", "category", "origin_unit", *CASUALTY_FIELDS),
    ),
    Mapped(
        "support_requests",
        MapKind.SUPPORT,
        # Drawn where the support goes, else where it starts.
        live=f"r.deleted = 0 AND ({_ROUTE_TO} OR {_ROUTE_FROM})",
        lat=f"(CASE WHEN {_ROUTE_TO} THEN r.to_lat ELSE r.from_lat END)",
        lon=f"(CASE WHEN {_ROUTE_TO} THEN r.to_lon ELSE r.from_lon END)",
        day=_day("received_at"),
        style="r.request_type",
        reads=(
            "deleted",
            "to_lat",
            "to_lon",
            "from_lat",
            "from_lon",
            "received_at",
            "request_type",
            "origin_unit",
        ),
    ),
)

# Migration 014 indexed the tables above; 015 added the assessments.
MAPPED_BEFORE_015 = MAPPED
# An assessment is styled by its worst severity ("1".."5"; '' none rated): its sectors
# live in their own table, so the style is read from there, and SECTOR_TRIGGERS keep it
# in step when a sector row arrives after its assessment (as the merge writes them).
WORST_SEVERITY_SQL = (
    "coalesce((SELECT max(s.severity) FROM assessment_sectors s "
    "WHERE s.assessment_id = r.id AND s.deleted = 0 AND s.severity IS NOT NULL), '')"
)
# A community is drawn once, as its latest assessment with a grid (in the order of
# domain.assessment_trend.in_date_order): a village assessed seven times is one symbol
# in its worst severity's colour, never a cluster of seven. COMMUNITY_TRIGGERS take the
# one before off the map when a later one comes, and put it back when that one goes.
_LATEST = (
    "NOT EXISTS (SELECT 1 FROM assessments b WHERE b.community_key = r.community_key "
    "AND b.deleted = 0 AND b.lat IS NOT NULL AND b.lon IS NOT NULL "
    "AND (b.assessed_on, b.created_at, b.id) > (r.assessed_on, r.created_at, r.id))"
)
MAPPED_SINCE_015: tuple[Mapped, ...] = (
    Mapped(
        "assessments",
        MapKind.ASSESSMENT,
        live=f"{_POSITIONED} AND {_LATEST}",
        lat="r.lat",
        lon="r.lon",
        day=_day("assessed_on"),
        style=WORST_SEVERITY_SQL,
        reads=(
            "deleted",
            "lat",
            "lon",
            "assessed_on",
            "origin_unit",
            "community_key",
            "created_at",
        ),
    ),
)
MAPPED = MAPPED_BEFORE_015 + MAPPED_SINCE_015
_ASSESSMENTS = MAPPED_SINCE_015[0]


def _restyle(parent: str) -> str:
    """SQL: set the style of the assessment `parent` (NEW./OLD.assessment_id) again."""
    worst = WORST_SEVERITY_SQL.replace("r.id", parent)
    key = (
        f"(SELECT n FROM {KEYS} WHERE kind = '{MapKind.ASSESSMENT.value}' AND record_id = {parent})"
    )
    return f"UPDATE {INDEX} SET style = {worst} WHERE n = {key};"


SECTOR_TRIGGERS = (
    f"CREATE TRIGGER {TRIGGER_PREFIX}assessment_sectors_insert AFTER INSERT ON "
    f"assessment_sectors BEGIN {_restyle('NEW.assessment_id')} END",
    f"CREATE TRIGGER {TRIGGER_PREFIX}assessment_sectors_update AFTER UPDATE ON "
    f"assessment_sectors BEGIN {_restyle('OLD.assessment_id')} {_restyle('NEW.assessment_id')} END",
    f"CREATE TRIGGER {TRIGGER_PREFIX}assessment_sectors_delete AFTER DELETE ON "
    f"assessment_sectors BEGIN {_restyle('OLD.assessment_id')} END",
)

_COLUMNS = (
    "n, min_lon, max_lon, min_lat, max_lat, min_kind, max_kind, min_day, max_day, "
    "unit, style, flash, lat, lon"
)


def _values(m: Mapped) -> str:
    code, day = KIND_CODES[m.kind], _day_number(m.day)
    return (
        f"{m.lon}, {m.lon}, {m.lat}, {m.lat}, {code}, {code}, {day}, {day}, r.origin_unit, "
        f"{m.style}, {m.flash}, {m.lat}, {m.lon}"
    )


def _on(expr: str, row: str) -> str:
    """The SQL over `r.` as a trigger writes it (NEW. or OLD.)."""
    return re.sub(r"\br\.", f"{row}.", expr)


def triggers(m: Mapped) -> list[str]:
    """The insert, update and delete triggers that keep the index of one table."""
    kind, name = m.kind.value, f"{TRIGGER_PREFIX}{m.table}"
    key_of = f"(SELECT n FROM {KEYS} WHERE kind = '{kind}' AND record_id = OLD.id)"
    add = f"""
        INSERT OR IGNORE INTO {KEYS} (kind, record_id) SELECT '{kind}', NEW.id
            WHERE {_on(m.live, "NEW")};
        INSERT OR REPLACE INTO {INDEX} ({_COLUMNS})
            SELECT k.n, {_on(_values(m), "NEW")} FROM {KEYS} k
            WHERE k.kind = '{kind}' AND k.record_id = NEW.id AND {_on(m.live, "NEW")};"""
    changed = " OR ".join(f'OLD."{c}" IS NOT NEW."{c}"' for c in ("id", *m.reads))
    gone = f"(NOT ({_on(m.live, 'NEW')}) OR OLD.id IS NOT NEW.id)"
    return [
        f"CREATE TRIGGER {name}_insert AFTER INSERT ON {m.table} "
        f"WHEN {_on(m.live, 'NEW')} BEGIN {add} END",
        f"CREATE TRIGGER {name}_update AFTER UPDATE ON {m.table} WHEN {changed} BEGIN "
        f"DELETE FROM {INDEX} WHERE n = {key_of} AND {gone}; "
        f"DELETE FROM {KEYS} WHERE kind = '{kind}' AND record_id = OLD.id AND {gone}; "
        f"{add} END",
        f"CREATE TRIGGER {name}_delete AFTER DELETE ON {m.table} BEGIN "
        f"DELETE FROM {INDEX} WHERE n = {key_of}; "
        f"DELETE FROM {KEYS} WHERE kind = '{kind}' AND record_id = OLD.id; END",
    ]


def trigger_names() -> list[str]:
    return [
        f"{TRIGGER_PREFIX}{table}_{when}"
        for table in (
            *(m.table for m in MAPPED if m.kind is not MapKind.ASSESSMENT),
            "assessment_sectors",
            "assessment_communities",
        )
        for when in ("insert", "update", "delete")
    ]


def fill(conn: Any, mapped: tuple[Mapped, ...] = MAPPED) -> None:
    """Index every live positioned record (the migration; a rebuild after clear())."""
    for m in mapped:
        conn.execute(
            f"INSERT OR IGNORE INTO {KEYS} (kind, record_id) "
            f"SELECT '{m.kind.value}', r.id FROM {m.table} r WHERE {m.live} ORDER BY r.id"
        )
        conn.execute(
            f"INSERT INTO {INDEX} ({_COLUMNS}) SELECT k.n, {_values(m)} FROM {m.table} r "
            f"JOIN {KEYS} k ON k.kind = '{m.kind.value}' AND k.record_id = r.id WHERE {m.live}"
        )


def rebuild(conn: Any) -> None:
    """Build the index again from the records, inside the caller's transaction (after a
    takeover: the index a file arrived with is never trusted)."""
    conn.execute(f"DELETE FROM {INDEX}")
    conn.execute(f"DELETE FROM {KEYS}")
    fill(conn)


def create(conn: Any, mapped: tuple[Mapped, ...]) -> None:
    """The tables, the triggers of `mapped`, and the index of their records already there."""
    for statement in CREATE_SQL:
        conn.execute(statement)
    add(conn, mapped)


def _redraw_community(key: str) -> str:
    """SQL: the community `key` (NEW./OLD.community_key) drawn again: the assessment of it
    on the map that is not its latest positioned one off (there is at most one: an
    R*Tree row is deleted by its id alone, as one statement may not scan the tree it
    changes), then its latest one on."""
    kind, m = MapKind.ASSESSMENT.value, _ASSESSMENTS
    stale = (
        f"SELECT a.id FROM assessments a WHERE a.community_key = {key} AND NOT ({_on(m.live, 'a')})"
    )
    latest = f"r.community_key = {key} AND {m.live}"
    return f"""
        DELETE FROM {INDEX} WHERE n = (SELECT k.n FROM {KEYS} k
            WHERE k.kind = '{kind}' AND k.record_id IN ({stale}) LIMIT 1);
        DELETE FROM {KEYS} WHERE kind = '{kind}' AND record_id IN ({stale});
        INSERT OR IGNORE INTO {KEYS} (kind, record_id)
            SELECT '{kind}', r.id FROM assessments r WHERE {latest};
        INSERT OR REPLACE INTO {INDEX} ({_COLUMNS})
            SELECT k.n, {_values(m)} FROM assessments r
            JOIN {KEYS} k ON k.kind = '{kind}' AND k.record_id = r.id WHERE {latest};"""


COMMUNITY_TRIGGERS = (
    f"CREATE TRIGGER {TRIGGER_PREFIX}assessment_communities_insert AFTER INSERT ON assessments "
    f"BEGIN {_redraw_community('NEW.community_key')} END",
    f"CREATE TRIGGER {TRIGGER_PREFIX}assessment_communities_update AFTER UPDATE ON assessments "
    f"BEGIN {_redraw_community('OLD.community_key')} {_redraw_community('NEW.community_key')} END",
    f"CREATE TRIGGER {TRIGGER_PREFIX}assessment_communities_delete AFTER DELETE ON assessments "
    f"BEGIN {_redraw_community('OLD.community_key')} END",
)


def add(conn: Any, mapped: tuple[Mapped, ...]) -> None:
    """Index more tables: their triggers and their records already there (a migration)."""
    for m in mapped:
        # An assessment's row is drawn by its community's triggers alone: with the
        # per-row ones beside them, two triggers of one UPDATE wrote the R*Tree and
        # SQLite refused the second ("database table is locked").
        extra = (*SECTOR_TRIGGERS, *COMMUNITY_TRIGGERS)
        for trigger in extra if m.kind is MapKind.ASSESSMENT else triggers(m):
            conn.execute(trigger)
    fill(conn, mapped)
