"""Latitude/longitude as a GPS or a phone shows it, read into a LatLon, and any grid input
(MGRS or a position) made an MGRS reference.

What is read: decimal degrees ('6.9896, 19.1874', '6.9896N 19.1874E', '-1.2921 36.8219',
'S1.2921 E36.8219'), degrees and minutes ("6°59.376'N 19°11.244'E") and degrees, minutes
and seconds ('6°59\\'22.6"N 19°11\\'14.6"E', or without symbols: '6 59 22.6 N 19 11 14.6 E');
O (ouest, as a French GPS writes it) is taken for W.

The order rule: latitude first, then longitude, always, unless hemisphere letters say
otherwise: N or S marks a latitude and E or W a longitude wherever they stand, so
'19.1874E 6.9896N' is read right; without letters '19.18 6.98' is latitude 19.18,
longitude 6.98. A latitude beyond 90° is refused, which is how a longitude typed first
usually shows itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cimicdesk.domain.geo import LatLon
from cimicdesk.domain.grid import GridReferenceError, grid_from_latlon, parse_grid
from cimicdesk.i18n.message import msg

# A position from a GPS is good to about 5-10 m: 10 m MGRS (4+4 digits) claims no more.
POSITION_DIGITS = 4
MAX_INPUT = 100
MGRS_SOUTH, MGRS_NORTH = -80.0, 84.0  # characters: a position is short; anything longer is not one
EXAMPLES = "6.9896, 19.1874 or 6°59'22.6\"N 19°11'14.6\"E"

_MGRS_SHAPE = re.compile(r"^\d{1,2}[A-Z]{3}\d*$")
# Symbols as keyboards, phones and word processors write them, made plain.
_SYMBOLS = str.maketrans(
    {
        "º": "°",
        "˚": "°",
        "′": "'",
        "’": "'",
        "‘": "'",
        "`": "'",
        "´": "'",
        "″": '"',
        "“": '"',
        "”": '"',
        "−": "-",  # the minus sign
        "–": "-",
    }
)
_TOKEN = re.compile(
    r"""\s*(?:
        (?P<number>[+-]?\d+(?:\.\d+)?)\s*(?P<unit>°|''|'|")?
      | (?P<hemi>[NSEW])
      | (?P<sep>[,;/])
    )""",
    re.VERBOSE,
)
_UNIT_ORDER = {"°": 0, "'": 1, "''": 2, '"': 2}
_LAT_LETTERS, _LON_LETTERS = "NS", "EW"


class PositionError(GridReferenceError):
    """Text that looks like a latitude/longitude but cannot be read as one; the message says
    what is wrong and how to write it."""


@dataclass(frozen=True)
class _Part:
    """One number of a coordinate and the unit symbol written after it ('' for none)."""

    text: str
    unit: str


@dataclass
class _Coordinate:
    """A latitude or longitude as written: its numbers, and its hemisphere letter."""

    parts: list[_Part]
    letter: str = ""


def looks_like_position(text: str) -> bool:
    """Is this text meant as a latitude/longitude rather than an MGRS reference?

    A text in MGRS shape (zone, band, square letters) is MGRS, even when its letters are
    all N, S, E or W ('31N EW 1234 5678'); otherwise digits with nothing but hemisphere
    letters, signs, separators and degree symbols are a position.
    """
    plain = (text or "").translate(_SYMBOLS).upper()
    compact = re.sub(r"\s+", "", plain)
    if not compact or _MGRS_SHAPE.match(compact):
        return False
    return bool(re.search(r"\d", compact)) and not re.search(r"[^0-9NSEWO.,;/°'\"+-]", compact)


def parse_position(text: str) -> LatLon:
    """Read a latitude/longitude; raise PositionError saying what is wrong and how to write it."""
    written = (text or "").strip()
    if len(written) > MAX_INPUT:
        raise PositionError(
            msg(
                "Too long for a position: write latitude then longitude, e.g. {examples}.",
                examples=EXAMPLES,
            )
        )
    # O: ouest, as a French GPS writes west.
    tokens = _tokens(written.translate(_SYMBOLS).upper().replace("O", "W"))
    first, second = _split(tokens, written)
    lat, lon = _value(first, written), _value(second, written)
    lat_axis, lon_axis = _axis(first), _axis(second)
    if lat_axis == lon_axis == "lon" or lat_axis == lon_axis == "lat":
        both = (
            msg(
                "'{text}' gives two latitudes (N or S): one must be the longitude (E or W).",
                text=written,
            )
            if lat_axis == "lat"
            else msg(
                "'{text}' gives two longitudes (E or W): one must be the latitude (N or S).",
                text=written,
            )
        )
        raise PositionError(both)
    if lat_axis == "lon" or lon_axis == "lat":  # the letters say longitude came first
        lat, lon = lon, lat
    if abs(lat) > 90:
        raise PositionError(
            msg(
                "Latitude {value} is beyond 90°: write the latitude first, then the "
                "longitude, e.g. {examples}.",
                value=_number(lat),
                examples=EXAMPLES,
            )
        )
    if abs(lon) > 180:
        raise PositionError(
            msg(
                "Longitude {value} is beyond 180°: longitudes run from -180 to 180.",
                value=_number(lon),
            )
        )
    return LatLon(lat, lon)


def grid_from_input(text: str) -> str:
    """The normalised MGRS of what was typed in a grid field: an MGRS reference as
    parse_grid reads it, or a latitude/longitude at 10 m. Raises GridReferenceError
    (PositionError for a position that cannot be read)."""
    if looks_like_position(text):
        position = parse_position(text)
        if not MGRS_SOUTH <= position.lat <= MGRS_NORTH:
            # Beyond these the polar grid (UPS) takes over: no mission works there.
            raise PositionError(
                msg(
                    "Latitude {value} is outside the MGRS grid (80°S to 84°N): check the latitude.",
                    value=_number(position.lat),
                )
            )
        return grid_from_latlon(position.lat, position.lon, POSITION_DIGITS)
    return parse_grid(text).mgrs


def position_display(position: LatLon) -> str:
    """A position in degrees, minutes and seconds, as a GPS shows it: 6°59'22.6"N 19°11'14.6"E."""
    return f"{_dms(position.lat, 'NS')} {_dms(position.lon, 'EW')}"


# Internals ---------------------------------------------------------------------------


def _tokens(text: str) -> list[tuple[str, str, str]]:
    """(kind, value, unit) for each number, hemisphere letter and separator."""
    tokens: list[tuple[str, str, str]] = []
    at = 0
    while at < len(text):
        if text[at:].strip() == "":
            break
        match = _TOKEN.match(text, at)
        if match is None or match.end() == at:
            raise PositionError(
                msg(
                    "'{char}' has no place in a position: write latitude then longitude, "
                    "e.g. {examples}.",
                    char=text[at:].strip()[:1],
                    examples=EXAMPLES,
                )
            )
        if match["number"] is not None:
            tokens.append(("number", match["number"], match["unit"] or ""))
        elif match["hemi"] is not None:
            tokens.append(("hemi", match["hemi"], ""))
        else:
            tokens.append(("sep", match["sep"], ""))
        at = match.end()
    return tokens


def _split(tokens: list[tuple[str, str, str]], written: str) -> tuple[_Coordinate, _Coordinate]:
    """Cut the tokens into the two coordinates: at the separator, else at the hemisphere
    letters, else at the degree symbols, else by how many numbers there are."""
    numbers = [t for t in tokens if t[0] == "number"]
    if len(numbers) < 2:
        raise PositionError(
            msg(
                "'{text}' is one number: a position needs a latitude and a longitude, "
                "e.g. {examples}.",
                text=written,
                examples=EXAMPLES,
            )
        )
    separators = [i for i, t in enumerate(tokens) if t[0] == "sep"]
    if len(separators) > 1:
        raise PositionError(
            msg(
                "'{text}' has more than one separator: put one comma between latitude and "
                "longitude, and a point for decimals (6.9896, 19.1874).",
                text=written,
            )
        )
    if separators:
        cut = separators[0]
        return _coordinate(tokens[:cut], written), _coordinate(tokens[cut + 1 :], written)
    letters = [i for i, t in enumerate(tokens) if t[0] == "hemi"]
    if letters:
        if len(letters) > 2:
            raise _unclear(written)
        if letters[0] == 0:  # letters before the numbers: 'S1.2921 E36.8219'
            cut = letters[1] if len(letters) == 2 else _cut_by_numbers(tokens, written)
        elif letters[0] == len(tokens) - 1:  # one letter, the longitude's: '6.98 19.18E'
            cut = _cut_by_numbers(tokens, written)
        else:  # letters after the numbers: '6.9896N 19.1874E'
            cut = letters[0] + 1
        return _coordinate(tokens[:cut], written), _coordinate(tokens[cut:], written)
    return _coordinate(tokens[: _cut_by_numbers(tokens, written)], written), _coordinate(
        tokens[_cut_by_numbers(tokens, written) :], written
    )


def _cut_by_numbers(tokens: list[tuple[str, str, str]], written: str) -> int:
    """Where the longitude begins when nothing but the numbers tell: at the second number
    marked with °, else half-way (2 numbers: degrees; 4: degrees and minutes; 6: with
    seconds)."""
    positions = [i for i, t in enumerate(tokens) if t[0] == "number"]
    degrees = [i for i in positions if tokens[i][2] == "°"]
    if len(degrees) == 2:
        return degrees[1]
    if len(positions) in (2, 4, 6) and not degrees:
        return positions[len(positions) // 2]
    raise _unclear(written)


def _unclear(written: str) -> PositionError:
    return PositionError(
        msg(
            "Cannot tell where the latitude ends in '{text}': write latitude then longitude "
            "with a comma between them, e.g. {examples}.",
            text=written,
            examples=EXAMPLES,
        )
    )


def _coordinate(tokens: list[tuple[str, str, str]], written: str) -> _Coordinate:
    """One coordinate's numbers and its single hemisphere letter (before or after them)."""
    letters = [t[1] for t in tokens if t[0] == "hemi"]
    parts = [_Part(t[1], t[2]) for t in tokens if t[0] == "number"]
    inner = [i for i, t in enumerate(tokens) if t[0] == "hemi" and 0 < i < len(tokens) - 1]
    if len(letters) > 1 or inner or not parts:
        raise _unclear(written)
    return _Coordinate(parts, letters[0] if letters else "")


def _axis(coordinate: _Coordinate) -> str:
    """'lat' or 'lon' as the hemisphere letter says; '' without one."""
    if not coordinate.letter:
        return ""
    return "lat" if coordinate.letter in _LAT_LETTERS else "lon"


def _value(coordinate: _Coordinate, written: str) -> float:
    """The signed decimal degrees of one coordinate; its numbers and signs checked."""
    parts = coordinate.parts
    if len(parts) > 3:
        raise _unclear(written)
    units = [p.unit for p in parts]
    if any(units):
        order = [_UNIT_ORDER[u] for u in units if u]
        expected = list(range(len(parts)))
        if len(order) != len(parts) or order != expected:
            raise PositionError(
                msg(
                    "'{text}': write degrees, then minutes, then seconds "
                    "(6°59'22.6\"), each with its symbol or none of them with one.",
                    text=written,
                )
            )
    for part in parts[1:]:
        if part.text[0] in "+-":
            raise PositionError(
                msg(
                    "'{text}': a sign goes before the degrees only (-1°17'31\"), or use "
                    "S and W instead.",
                    text=written,
                )
            )
    for part in parts[:-1]:
        if "." in part.text:
            raise PositionError(
                msg(
                    "'{text}': only the last number of a coordinate may have decimals "
                    "(6°59.376' or 6°59'22.6\").",
                    text=written,
                )
            )
    degrees = float(parts[0].text)
    negative = parts[0].text.startswith("-")
    total = abs(degrees)
    for index, part in enumerate(parts[1:], start=1):
        amount = float(part.text)
        if amount >= 60:
            too_many = (
                msg(
                    "Minutes {value} in '{text}' are 60 or more: minutes run from 0 to 59.",
                    value=part.text,
                    text=written,
                )
                if index == 1
                else msg(
                    "Seconds {value} in '{text}' are 60 or more: seconds run from 0 to 59.9.",
                    value=part.text,
                    text=written,
                )
            )
            raise PositionError(too_many)
        total += amount / (60 if index == 1 else 3600)
    letter = coordinate.letter
    signed = parts[0].text[0] in "+-"
    if letter:
        southern = letter in "SW"
        if signed and negative != southern:
            raise PositionError(
                msg(
                    "'{text}': the sign of {number} and the letter {letter} disagree: use "
                    "one or the other (-1.2921 or 1.2921S).",
                    text=written,
                    number=parts[0].text,
                    letter=letter,
                )
            )
        negative = southern
    return -total if negative else total


def _number(value: float) -> str:
    return f"{value:g}"


def _dms(value: float, letters: str) -> str:
    """One coordinate as degrees, minutes and tenths of seconds with its letter."""
    tenths = round(abs(value) * 36000)
    degrees, rest = divmod(tenths, 36000)
    minutes, rest = divmod(rest, 600)
    letter = letters[0] if value >= 0 else letters[1]
    return f"{degrees}°{minutes:02d}'{rest / 10:04.1f}\"{letter}"
