"""The records the situation map draws in a box: points, counts, clusters, hover titles.

Everything reads the map index (store/map_index_sql.py: an R*Tree kept by triggers), so a
view costs what it holds, not what the database holds. A view holding more than the
caller's limit (count_in) is drawn as clusters (clusters_in), grouped in SQL.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from cimicdesk.domain.geo import BBox
from cimicdesk.domain.map_kinds import MapKind
from cimicdesk.store.database import Store
from cimicdesk.store.map_index_sql import INDEX, KEYS, KIND_CODES, KINDS_BY_CODE

ALL_KINDS: frozenset[MapKind] = frozenset(MapKind)
_BATCH = 500  # ids per IN (...) list when titles are read
_EPOCH = date(1970, 1, 1)  # the R*Tree's day dimension counts days from it


@dataclass(frozen=True)
class MapPoint:
    """One record on the map: what it is, where, whose, its day (ISO), style and flash.

    style is the value the map colours by: an incident's category, a QIP's status, a
    liaison entry's type, an organisation's type, a support request's type."""

    kind: str
    record_id: str
    lat: float
    lon: float
    unit: str
    day: str
    style: str
    flash: bool


@dataclass(frozen=True)
class MapFilter:
    """Which records a view shows: kinds, a period (days, inclusive; None = open), units
    (empty = every unit)."""

    kinds: frozenset[MapKind] = ALL_KINDS
    since: date | None = None
    until: date | None = None
    units: frozenset[str] = field(default_factory=frozenset)


@dataclass(frozen=True)
class MapCluster:
    """Points grouped in one cell of a view: their mean position, how many, and how many
    of each kind (most first)."""

    lat: float
    lon: float
    count: int
    kinds: tuple[tuple[str, int], ...]


def _day_number(day: date) -> int:
    return (day - _EPOCH).days


def _where(bbox: BBox, flt: MapFilter) -> tuple[str, list[Any]]:
    """The WHERE clause over the R*Tree (alias m) for a box and a filter.

    Box, kinds and period are searched in the tree (its coordinates are 32-bit floats
    rounded outwards: a point up to about 0.1 m outside the box may be counted in). Only
    the unit filter reads an auxiliary column of every entry, so it is added only when it
    narrows anything."""
    clauses = ["m.min_lon <= ? AND m.max_lon >= ? AND m.min_lat <= ? AND m.max_lat >= ?"]
    params: list[Any] = [bbox.east, bbox.west, bbox.north, bbox.south]
    if flt.kinds != ALL_KINDS:
        codes = sorted(KIND_CODES[MapKind(k)] for k in flt.kinds)
        if not codes:
            return "0", []
        # The range bounds the tree search; the list drops the kinds inside it not asked.
        clauses.append(
            f"m.min_kind >= ? AND m.max_kind <= ? AND m.min_kind IN ({', '.join('?' * len(codes))})"
        )
        params += [codes[0], codes[-1], *codes]
    if flt.since is not None:
        clauses.append("m.max_day >= ?")
        params.append(_day_number(flt.since))
    if flt.until is not None:
        clauses.append("m.min_day <= ?")
        params.append(_day_number(flt.until))
    if flt.units:
        units = sorted(flt.units)
        clauses.append(f"m.unit IN ({', '.join('?' * len(units))})")
        params += units
    return " AND ".join(clauses), params


def points_in(store: Store, bbox: BBox, flt: MapFilter, *, limit: int = 2000) -> list[MapPoint]:
    """The records in the box that pass the filter, newest first, at most `limit`.

    When the box holds more than `limit`, which of them come back is not specified (the
    R*Tree's order: sorting them all by day cost 90 ms at 64,000 points, most of a
    view's budget): a view that full is drawn as clusters (count_in, clusters_in)."""
    limit = max(0, int(limit))
    where, params = _where(bbox, flt)
    rows = store.db.execute(
        "SELECT k.kind, k.record_id, m.lat, m.lon, m.unit, m.min_day, m.style, m.flash "
        f"FROM (SELECT * FROM {INDEX} m WHERE {where} LIMIT ?) m "
        f"JOIN {KEYS} k ON k.n = m.n",
        [*params, limit],
    ).fetchall()
    points = [
        MapPoint(
            kind,
            rid,
            float(lat),
            float(lon),
            unit,
            (_EPOCH + timedelta(days=int(day))).isoformat(),
            style,
            bool(flash),
        )
        for kind, rid, lat, lon, unit, day, style, flash in rows
    ]
    points.sort(key=lambda p: (p.day, p.kind, p.record_id), reverse=True)
    return points


def count_in(store: Store, bbox: BBox, flt: MapFilter) -> int:
    """How many records in the box pass the filter."""
    where, params = _where(bbox, flt)
    sql = f"SELECT count(*) FROM {INDEX} m WHERE {where}"
    return int(store.db.execute(sql, params).fetchone()[0])


def clusters_in(
    store: Store, bbox: BBox, flt: MapFilter, *, columns: int, rows: int
) -> list[MapCluster]:
    """The records in the box grouped into a columns x rows grid of equal cells (in
    degrees), each cluster at the mean position of its points; biggest first.

    Cells are linear in latitude, not in Web Mercator y: over a mission area the two
    differ by little, and a cluster is drawn at its points' mean, not its cell's centre.
    Everything is read from the tree's nodes (positions to 32-bit precision, kinds)."""
    columns, rows = max(1, int(columns)), max(1, int(rows))
    width = max(bbox.east - bbox.west, 1e-9) / columns
    height = max(bbox.north - bbox.south, 1e-9) / rows
    where, params = _where(bbox, flt)
    found = store.db.execute(
        "SELECT min(max(CAST((m.min_lon - ?) / ? AS INTEGER), 0), ?) AS cx, "
        "min(max(CAST((m.min_lat - ?) / ? AS INTEGER), 0), ?) AS cy, m.min_kind AS kc, "
        f"count(*), sum(m.min_lat), sum(m.min_lon) FROM {INDEX} m WHERE {where} "
        "GROUP BY cx, cy, kc",
        [bbox.west, width, columns - 1, bbox.south, height, rows - 1, *params],
    ).fetchall()
    cells: dict[tuple[int, int], list[tuple[str, int, float, float]]] = defaultdict(list)
    for cx, cy, code, count, lat_sum, lon_sum in found:
        kind = KINDS_BY_CODE[int(code)].value
        cells[(cx, cy)].append((kind, int(count), float(lat_sum), float(lon_sum)))
    clusters = []
    for parts in cells.values():
        total = sum(p[1] for p in parts)
        kinds = tuple(sorted(((k, c) for k, c, _, _ in parts), key=lambda kc: (-kc[1], kc[0])))
        clusters.append(
            MapCluster(
                sum(p[2] for p in parts) / total, sum(p[3] for p in parts) / total, total, kinds
            )
        )
    clusters.sort(key=lambda c: (-c.count, c.lat, c.lon))
    return clusters


# What hovering a point names, as stored: a reference, number, title or name. A liaison
# entry is named by its reference and place, never by its participants (a restricted
# contact's name must not appear on the map).
_TITLES: dict[str, tuple[str, str]] = {
    MapKind.INCIDENT.value: (
        "incidents",
        "reference || CASE WHEN place <> '' THEN ' – ' || place ELSE '' END",
    ),
    MapKind.QIP.value: ("qips", "number || ' ' || title"),
    MapKind.LIAISON.value: (
        "liaison_entries",
        "ref || CASE WHEN place <> '' THEN ' – ' || place ELSE '' END",
    ),
    MapKind.ORGANISATION.value: (
        "organisations",
        "name || CASE WHEN acronym <> '' AND acronym <> name THEN ' (' || acronym || ')' "
        "ELSE '' END",
    ),
    MapKind.SUPPORT.value: (
        "support_requests",
        "number || CASE WHEN to_place <> '' THEN ' – ' || to_place "
        "WHEN from_place <> '' THEN ' – ' || from_place ELSE '' END",
    ),
    # 'BANBAT1-ASM-2026-004 – Ouandago, 2026-05-12': the community and the day it was seen
    MapKind.ASSESSMENT.value: (
        "assessments",
        "reference || ' – ' || community_name || ', ' || assessed_on",
    ),
}


def point_titles(store: Store, keys: list[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """The hover title of each (kind, record id) given; unknown keys are left out."""
    by_kind: dict[str, list[str]] = defaultdict(list)
    for kind, record_id in keys:
        if kind in _TITLES:
            by_kind[kind].append(record_id)
    titles: dict[tuple[str, str], str] = {}
    for kind, ids in by_kind.items():
        table, title = _TITLES[kind]
        unique = sorted(set(ids))
        for start in range(0, len(unique), _BATCH):
            batch = unique[start : start + _BATCH]
            for record_id, text in store.db.execute(
                f"SELECT id, {title} FROM {table} WHERE id IN ({', '.join('?' * len(batch))})",
                batch,
            ).fetchall():
                titles[(kind, record_id)] = str(text)
    return titles


def map_units(store: Store) -> list[str]:
    """The units that have records on the map, by name (for the unit filter)."""

    def compute() -> list[str]:
        rows = store.db.execute(f"SELECT DISTINCT unit FROM {INDEX}").fetchall()
        return sorted(str(r[0]) for r in rows)

    return store.memo("map_units", compute)


def bare_rtree_query(conn: Any, bbox: BBox) -> list[int]:
    """Only the R*Tree search of a box (the benchmark's floor): the ids of its entries."""
    return [
        int(r[0])
        for r in conn.execute(
            f"SELECT n FROM {INDEX} WHERE min_lon <= ? AND max_lon >= ? AND min_lat <= ? "
            "AND max_lat >= ?",
            [bbox.east, bbox.west, bbox.north, bbox.south],
        ).fetchall()
    ]
