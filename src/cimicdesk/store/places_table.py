"""The places table's rows and R*Tree: how a place is stored, shared by the built-in
places (store/places.py) and GeoNames files (store/geonames_file.py)."""

from __future__ import annotations

from typing import Any

from cimicdesk.domain.text import fold

BUILTIN = "builtin"  # places.source: copied from the built-in places for the mission area
GEONAMES = "geonames"  # imported from a GeoNames country file

_APOSTROPHES = str.maketrans({"'": None, "\u2019": None, "`": None, "-": " ", "\u2010": " "})


def name_key(text: str) -> str:
    """The key a place name is found by: case, accents, apostrophes and hyphens aside
    ("N'Djamena" by "ndjam", "Kaga-Bandoro" by "kaga b")."""
    return fold(text.translate(_APOSTROPHES))


def place_row(
    gid: int,
    name: str,
    ascii_name: str,
    lat: float,
    lon: float,
    country: str,
    admin1: str,
    population: int,
) -> tuple[Any, ...]:
    """The leading columns of a places row: names and their folded keys, position, area."""
    return (
        gid,
        name,
        ascii_name,
        name_key(name),
        name_key(ascii_name),
        lat,
        lon,
        country,
        admin1,
        population,
    )


INSERT_SQL = (
    "INSERT {verb} INTO places (geonameid, name, ascii_name, name_key, ascii_key, lat, lon, "
    "country, admin1, population, feature, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def reindex(conn: Any) -> None:
    """The places' R*Tree built again from the table (inside the caller's transaction)."""
    conn.execute("DELETE FROM places_index")
    conn.execute("INSERT INTO places_index SELECT geonameid, lon, lon, lat, lat FROM places")
