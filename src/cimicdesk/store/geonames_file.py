"""Import a GeoNames country file (CF.txt) into the gazetteer, checked as hostile.

The file is the tab-separated layout GeoNames publishes per country (19 columns:
geonameid, name, asciiname, alternatenames, latitude, longitude, feature class, feature
code, country code, cc2, admin1..admin4, population, elevation, dem, timezone,
modification date). Kept: every populated place (class P), and the features an officer
names a position by: hills and mountains (T), rivers and lakes (H), and spots (S:
airfields, bridges, markets, schools, health centres, camps). Left out: administrative
areas (A: their point is a centroid, not a place), roads (R), areas (L), undersea (U)
and vegetation (V).

Every line is checked before anything is written (size, line count, UTF-8, 19 fields,
numbers in range, a name, a country code); the first problem is refused with a message
naming the line and what is wrong, and the database is left untouched. The import is one
transaction, and idempotent: a place is keyed by its geonameid, so a file imported again,
or a newer one, replaces its places.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from cimicdesk.domain.errors import CimicError, ReadOnlyDatabaseError
from cimicdesk.i18n.message import Message, msg
from cimicdesk.store import places_table
from cimicdesk.store.database import Store

MAX_BYTES = 200 * 1024 * 1024  # the largest country file (US) is larger: a mission's is not
MAX_LINES = 2_000_000
MAX_NAME = 200
MAX_POPULATION = 100_000_000
FIELDS = 19
KEPT_CLASSES = frozenset("PTHS")
ALL_CLASSES = frozenset("AHLPRSTUV")
_CODE = re.compile(r"[A-Z0-9]{1,10}")
_COUNTRY = re.compile(r"[A-Z]{2}")
_ADMIN = re.compile(r"[A-Za-z0-9]{0,20}")


class GeoNamesFileError(CimicError):
    """A GeoNames file refused: its message says which line and what is wrong."""


def _line_error(path: Path, line: int, problem: Message) -> GeoNamesFileError:
    return GeoNamesFileError(
        msg(
            "{file_name}, line {line}: {problem} Nothing was imported. Use the country "
            "file as GeoNames publishes it (e.g. CF.txt from CF.zip).",
            file_name=path.name,
            line=line,
            problem=problem,
        )
    )


def _number(text: str, low: float, high: float) -> float | None:
    try:
        value = float(text)
    except ValueError:
        return None
    return value if low <= value <= high else None


def _whole(text: str, low: int, high: int) -> int | None:
    if not text.isascii() or not text.lstrip("-").isdigit():
        return None
    value = int(text)
    return value if low <= value <= high else None


def _parse(path: Path, number: int, line: str) -> tuple[Any, ...] | None:
    """One line as a places row, None when its feature class is not kept; raises
    GeoNamesFileError on anything wrong."""
    fields = line.split("\t")
    if len(fields) != FIELDS:
        raise _line_error(
            path,
            number,
            msg(
                "it has {count} fields separated by tabs; a GeoNames country file has 19.",
                count=len(fields),
            ),
        )
    gid_text, name, ascii_name, _alt, lat_text, lon_text, fclass, fcode, country = fields[:9]
    admin1, population_text = fields[10], fields[14]
    gid = _whole(gid_text, 1, 10**10)
    if gid is None:
        raise _line_error(
            path,
            number,
            msg("the geonameid '{value}' is not a positive whole number.", value=gid_text[:40]),
        )
    if fclass not in ALL_CLASSES:
        raise _line_error(
            path,
            number,
            msg(
                "the feature class '{value}' is not one of GeoNames' (A, H, L, P, R, S, T, U, V).",
                value=fclass[:40],
            ),
        )
    if fclass not in KEPT_CLASSES:
        return None
    name, ascii_name = name.strip(), ascii_name.strip()
    if not name or len(name) > MAX_NAME or not name.isprintable():
        raise _line_error(
            path,
            number,
            msg(
                "the name is empty, longer than {limit} characters or holds control characters.",
                limit=MAX_NAME,
            ),
        )
    if len(ascii_name) > MAX_NAME or not ascii_name.isprintable():
        raise _line_error(
            path,
            number,
            msg(
                "the ASCII name is longer than {limit} characters or holds control characters.",
                limit=MAX_NAME,
            ),
        )
    lat = _number(lat_text, -90.0, 90.0)
    if lat is None:
        raise _line_error(
            path,
            number,
            msg("the latitude '{value}' is not a number from -90 to 90.", value=lat_text[:40]),
        )
    lon = _number(lon_text, -180.0, 180.0)
    if lon is None:
        raise _line_error(
            path,
            number,
            msg("the longitude '{value}' is not a number from -180 to 180.", value=lon_text[:40]),
        )
    if not _CODE.fullmatch(fcode):
        raise _line_error(
            path,
            number,
            msg("the feature code '{value}' is not a GeoNames code.", value=fcode[:40]),
        )
    if not _COUNTRY.fullmatch(country):
        raise _line_error(
            path,
            number,
            msg("the country code '{value}' is not two capital letters.", value=country[:40]),
        )
    if not _ADMIN.fullmatch(admin1):
        raise _line_error(
            path,
            number,
            msg("the admin1 code '{value}' is not a GeoNames code.", value=admin1[:40]),
        )
    population = _whole(population_text, 0, MAX_POPULATION) if population_text else 0
    if population is None:
        raise _line_error(
            path,
            number,
            msg(
                "the population '{value}' is not a whole number from 0 to {limit}.",
                value=population_text[:40],
                limit=MAX_POPULATION,
            ),
        )
    row = places_table.place_row(
        gid, name, ascii_name or name, lat, lon, country, admin1, population
    )
    return (*row, f"{fclass}.{fcode}", places_table.GEONAMES)


def read_geonames_file(path: Path | str) -> list[tuple[Any, ...]]:
    """The places rows of a GeoNames country file, every line checked; GeoNamesFileError
    (naming the line and the problem) on the first thing wrong."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise GeoNamesFileError(
            msg(
                "{file_name} cannot be read ({reason}).",
                file_name=path.name,
                reason=exc.strerror or "",
            )
        ) from exc
    if size > MAX_BYTES:
        raise GeoNamesFileError(
            msg(
                "{file_name} is {size} MB, more than the {limit} MB a GeoNames country file "
                "may be here. Import the file of the mission's country (e.g. CF.txt), not "
                "allCountries.txt. Nothing was imported.",
                file_name=path.name,
                size=round(size / 1e6),
                limit=MAX_BYTES // (1024 * 1024),
            )
        )
    rows: list[tuple[Any, ...]] = []
    seen: set[int] = set()
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            if number > MAX_LINES:
                raise GeoNamesFileError(
                    msg(
                        "{file_name} has more than {limit} lines, more than a GeoNames country "
                        "file may have here. Nothing was imported.",
                        file_name=path.name,
                        limit=MAX_LINES,
                    )
                )
            try:
                line = raw.decode("utf-8").rstrip("\r\n")
            except UnicodeDecodeError:
                raise _line_error(path, number, msg("it is not UTF-8 text.")) from None
            if not line.strip():
                continue
            row = _parse(path, number, line)
            if row is None:
                continue
            if row[0] in seen:
                raise _line_error(
                    path,
                    number,
                    msg("the geonameid {value} is on an earlier line too.", value=str(row[0])),
                )
            seen.add(row[0])
            rows.append(row)
    if not rows:
        raise GeoNamesFileError(
            msg(
                "{file_name} holds no place (no populated place, hill, river or spot). "
                "Nothing was imported. Use the country file as GeoNames publishes it.",
                file_name=path.name,
            )
        )
    return rows


def import_geonames_file(store: Store, path: Path | str) -> int:
    """Check the whole file, then add or replace its places in one transaction; how many
    places it gave. On any problem nothing is written (GeoNamesFileError)."""
    reason = store.read_only_reason()
    if reason:
        raise ReadOnlyDatabaseError(reason)
    rows = read_geonames_file(path)
    with store.db.atomic():
        conn = store.db.conn
        conn.executemany(places_table.INSERT_SQL.format(verb="OR REPLACE"), rows)
        places_table.reindex(conn)
    return len(rows)
