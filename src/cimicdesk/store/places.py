"""The gazetteer: the mission area, its built-in places, GeoNames country files, and the
questions the map and the editors ask of it (suggestions, places in a box, nearest place).

The mission area (country codes) is kept in the database's local `_meta`: it is the
unit's, travels with the whole file at handover, and is never merged (a sector sets its
own, which may span its battalions' countries). Setting it copies the built-in places of
those countries (GeoNames cities500, built into the program by packaging/build_places.py)
into the `places` table, with its own R*Tree, so the file carries them to the next
contingent. A GeoNames country file a GIS section hands out adds every populated place
and the features of use (store/geonames_file.py). Places are local: exchange files do
not carry them (sync/export.py), and a headquarters has its own.
"""

from __future__ import annotations

import lzma
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from cimicdesk.domain.errors import CimicError, InvalidValueError, ReadOnlyDatabaseError
from cimicdesk.domain.gazetteer import (
    AT_KM,
    FAR_KM,
    SEATS,
    SIZEABLE_KM,
    SIZEABLE_POPULATION,
    Place,
    RelativePosition,
    relative_to,
)
from cimicdesk.domain.geo import BBox, LatLon, distance_m
from cimicdesk.i18n.message import Message, msg
from cimicdesk.store.database import Store, read_meta, write_meta
from cimicdesk.store.geonames_file import import_geonames_file
from cimicdesk.store.places_table import BUILTIN, INSERT_SQL, name_key, place_row, reindex

GAZETTEER_DIR = Path(__file__).resolve().parent / "gazetteer"
PLACES_FILE = GAZETTEER_DIR / "places.tsv.xz"
COUNTRIES_FILE = GAZETTEER_DIR / "countries.tsv"
AREA_KEY = "mission_area"  # _meta: the country codes, comma-separated
MAX_COUNTRIES = 12  # a mission spans a few countries; the built-in copy stays small
BUILTIN_FEATURE = "P.PPL"

__all__ = [
    "PLACES_ATTRIBUTION",
    "Country",
    "Place",
    "RelativePosition",
    "countries",
    "import_geonames_file",
    "mission_area",
    "nearest_place",
    "place_count",
    "places_in",
    "relative_position",
    "set_mission_area",
    "suggest_places",
]

PLACES_ATTRIBUTION: Message = msg("Places: GeoNames (geonames.org), CC BY 4.0")

_COLUMNS = "geonameid, name, lat, lon, country, admin1, population, feature"
_KM_PER_DEGREE = 111.2


@dataclass(frozen=True)
class Country:
    """A country the built-in places know: ISO code and English name."""

    code: str
    name: str


def _missing() -> CimicError:
    return CimicError(
        msg(
            "The built-in places are missing from this installation "
            "({path}). Reinstall CIMIC Desk, or from the sources run "
            "'python packaging/build_places.py'.",
            path=str(GAZETTEER_DIR),
        )
    )


@cache
def countries() -> tuple[Country, ...]:
    """Every country of the built-in list, by code."""
    try:
        text = COUNTRIES_FILE.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise _missing() from None
    found = []
    for line in text.splitlines():
        code, _, name = line.partition("\t")
        if code:
            found.append(Country(code, name))
    return tuple(found)


def _builtin_rows(codes: frozenset[str]) -> list[tuple[Any, ...]]:
    """The built-in places of these countries, as rows of the places table."""
    try:
        raw = lzma.decompress(PLACES_FILE.read_bytes())
    except FileNotFoundError:
        raise _missing() from None
    rows = []
    for line in raw.decode("utf-8").splitlines():
        gid, name, lat, lon, country, admin1, population = line.split("\t")
        if country in codes:
            at = (float(lat), float(lon))
            row = place_row(int(gid), name, name, *at, country, admin1, int(population))
            rows.append((*row, BUILTIN_FEATURE, BUILTIN))
    return rows


def mission_area(store: Store) -> tuple[str, ...]:
    """The mission area's country codes, as set (empty when never set)."""
    value = read_meta(store.db).get(AREA_KEY, "")
    return tuple(code for code in value.split(",") if code)


def checked_area(codes: Iterable[str]) -> tuple[str, ...]:
    """The codes upper-cased, in order, once each; InvalidValueError for a code the
    built-in list does not know, or too many."""
    known = {c.code for c in countries()}
    area: list[str] = []
    for code in codes:
        code = code.strip().upper()
        if not code or code in area:
            continue
        if code not in known:
            raise InvalidValueError(
                msg(
                    "'{code}' is not a country code CIMIC Desk knows: give two letters, "
                    "e.g. CF for the Central African Republic.",
                    code=code,
                )
            )
        area.append(code)
    if len(area) > MAX_COUNTRIES:
        raise InvalidValueError(
            msg(
                "A mission area holds at most {limit} countries; {count} were given.",
                limit=MAX_COUNTRIES,
                count=len(area),
            )
        )
    return tuple(area)


def set_mission_area(store: Store, codes: Iterable[str]) -> int:
    """Set the mission area and copy its countries' built-in places into the database
    (those of countries no longer in it are removed; places imported from a GeoNames
    file stay). Returns how many built-in places the database now holds."""
    reason = store.read_only_reason()
    if reason:
        raise ReadOnlyDatabaseError(reason)
    area = checked_area(codes)
    rows = _builtin_rows(frozenset(area))
    with store.db.atomic():
        conn = store.db.conn
        conn.execute("DELETE FROM places WHERE source = ?", [BUILTIN])
        # A place also imported from a GeoNames file keeps the file's, fuller, record.
        conn.executemany(INSERT_SQL.format(verb="OR IGNORE"), rows)
        reindex(conn)
        write_meta(store.db, **{AREA_KEY: ",".join(area)})
    return int(
        store.db.execute("SELECT count(*) FROM places WHERE source = ?", [BUILTIN]).fetchone()[0]
    )


def _place(row: Sequence[Any]) -> Place:
    gid, name, lat, lon, country, admin1, population, feature = row
    return Place(int(gid), name, float(lat), float(lon), country, admin1, int(population), feature)


def place_count(store: Store) -> int:
    return int(store.db.execute("SELECT count(*) FROM places").fetchone()[0])


def suggest_places(store: Store, text: str, *, limit: int = 10) -> list[Place]:
    """Places whose name (or its ASCII spelling) begins with `text`, case and accents
    aside; the biggest first."""
    key = name_key(text)
    if not key:
        return []
    end = key + "\U0010ffff"
    rows = store.db.execute(
        f"SELECT {_COLUMNS} FROM places WHERE geonameid IN ("
        "SELECT geonameid FROM places WHERE name_key >= ? AND name_key < ? UNION "
        "SELECT geonameid FROM places WHERE ascii_key >= ? AND ascii_key < ?) "
        "ORDER BY population DESC, name_key, geonameid LIMIT ?",
        [key, end, key, end, max(0, int(limit))],
    ).fetchall()
    return [_place(r) for r in rows]


def places_in(store: Store, bbox: BBox, *, limit: int = 200) -> list[Place]:
    """The places in the box, largest first (the map labels the first ones at a zoom)."""
    rows = store.db.execute(
        f"SELECT {', '.join('p.' + c for c in _COLUMNS.split(', '))} FROM places_index i "
        "JOIN places p ON p.geonameid = i.geonameid "
        "WHERE i.min_lon <= ? AND i.max_lon >= ? AND i.min_lat <= ? AND i.max_lat >= ? "
        "ORDER BY p.population DESC, p.feature LIKE 'P.%' DESC, p.geonameid LIMIT ?",
        [bbox.east, bbox.west, bbox.north, bbox.south, max(0, int(limit))],
    ).fetchall()
    return [_place(r) for r in rows]


def _around(
    store: Store, lat: float, lon: float, km: float, *, sizeable: bool = False
) -> list[Place]:
    """The populated places (sizeable ones only, if asked) in a box reaching `km` from the
    position on every side."""
    dlat = km / _KM_PER_DEGREE
    dlon = km / (_KM_PER_DEGREE * max(0.01, math.cos(math.radians(lat))))
    params: list[Any] = [lon + dlon, lon - dlon, lat + dlat, lat - dlat]
    size = ""
    if sizeable:
        size = f" AND (p.population >= ? OR p.feature IN ({', '.join('?' * len(SEATS))}))"
        params += [SIZEABLE_POPULATION, *sorted(f"P.{code}" for code in SEATS)]
    rows = store.db.execute(
        f"SELECT {', '.join('p.' + c for c in _COLUMNS.split(', '))} FROM places_index i "
        "JOIN places p ON p.geonameid = i.geonameid "
        "WHERE i.min_lon <= ? AND i.max_lon >= ? AND i.min_lat <= ? AND i.max_lat >= ? "
        f"AND p.feature LIKE 'P.%'{size}",
        params,
    ).fetchall()
    return [_place(r) for r in rows]


def nearest_place(store: Store, lat: float, lon: float) -> Place | None:
    """The nearest populated place within FAR_KM, or None."""
    here = LatLon(lat, lon)
    for km in (SIZEABLE_KM / 3, FAR_KM):  # a near box first: most positions have a village
        found = [
            (distance_m(LatLon(p.lat, p.lon), here), p.geonameid, p)
            for p in _around(store, lat, lon, km)
        ]
        within = [f for f in found if f[0] <= km * 1000.0]
        if within:
            return min(within)[2]
    return None


def relative_position(store: Store, lat: float, lon: float) -> RelativePosition | None:
    """Where the position lies from the place reports would name (domain.gazetteer's
    rule: at a place within 1 km, else from the nearest sizeable place within 30 km, else
    the nearest place within 100 km); None when the gazetteer has none that near.

    Reads only the places the rule can choose (those within 1 km, the sizeable ones within
    30 km, the nearest one), not every village of a 100 km box: a list asks this per row."""
    candidates = _around(store, lat, lon, AT_KM * 1.5)
    candidates += _around(store, lat, lon, SIZEABLE_KM, sizeable=True)
    if not any(p.sizeable for p in candidates):
        nearest = nearest_place(store, lat, lon)
        candidates += [nearest] if nearest else []
    return relative_to(lat, lon, candidates)
