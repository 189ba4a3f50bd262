"""MGRS grid references: validate, normalise and convert with the `mgrs` package."""

from __future__ import annotations

import functools
import re
import warnings
from dataclasses import dataclass

import mgrs

from cimicdesk.domain.errors import InvalidValueError
from cimicdesk.i18n.message import msg

_SHAPE = re.compile(r"^(\d{1,2})([A-Z])([A-Z]{2})(\d*)$")
_BANDS = "CDEFGHJKLMNPQRSTUVWX"
_COLUMN_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
_ROW_LETTERS = "ABCDEFGHJKLMNPQRSTUV"
_CONVERTER = mgrs.MGRS()


class GridReferenceError(InvalidValueError):
    """A grid reference that is not valid MGRS; the message says what to fix."""


@dataclass(frozen=True)
class GridReference:
    """A valid MGRS reference: its normalised text and WGS84 position."""

    mgrs: str
    lat: float
    lon: float

    @property
    def display(self) -> str:
        """The reference as officers write it: '33P TM 12345 67890'."""
        match = _SHAPE.match(self.mgrs)
        assert match  # a GridReference is only built from a valid string
        zone, band, square, digits = match.groups()
        half = len(digits) // 2
        parts = [f"{zone}{band}", square, digits[:half], digits[half:]]
        return " ".join(p for p in parts if p)

    @property
    def precision_m(self) -> int:
        """Resolution in metres: 100 km for no digits down to 1 m for 5+5."""
        digits = len(self.mgrs) - len(self.mgrs.rstrip("0123456789"))
        metres: int = 10 ** (5 - digits // 2)
        return metres


# A merge checks each incoming row's grid, the stored row's and the merged one's (and
# derives their positions): the same texts, parsed once. Errors are not cached (raised
# again each time); a GridReference is immutable.
@functools.lru_cache(maxsize=4096)
def parse_grid(text: str) -> GridReference:
    """Validate and normalise an MGRS reference; raise GridReferenceError if bad."""
    compact = re.sub(r"\s+", "", text or "").upper()
    if not compact:
        raise GridReferenceError(msg("Enter a grid reference, e.g. 33P TM 12345 67890."))
    match = _SHAPE.match(compact)
    if not match:
        raise GridReferenceError(
            msg(
                "'{text}' is not an MGRS reference: expected zone and band (33P), "
                "a two-letter 100 km square (TM) and digits, e.g. 33P TM 12345 67890.",
                text=text.strip(),
            )
        )
    zone, band, square, digits = match.groups()
    if not 1 <= int(zone) <= 60:
        raise GridReferenceError(
            msg("Zone {zone} does not exist: zones run from 1 to 60.", zone=str(int(zone)))
        )
    if band not in _BANDS:
        raise GridReferenceError(
            msg(
                "Latitude band '{band}' does not exist: bands are C to X without I and O.",
                band=band,
            )
        )
    if square[0] not in _COLUMN_LETTERS or square[1] not in _ROW_LETTERS:
        raise GridReferenceError(
            msg(
                "100 km square '{square}' does not exist: column letters A–Z and row letters "
                "A–V, never I or O.",
                square=square,
            )
        )
    _check_digit_groups(text)
    if len(digits) % 2:
        raise GridReferenceError(
            msg(
                "'{digits}' has an odd number of digits: easting and northing need the "
                "same number (e.g. 1234 5678).",
                digits=digits,
            )
        )
    if len(digits) > 10:
        raise GridReferenceError(msg("Too many digits: at most 5 for easting and 5 for northing."))
    normalised = f"{int(zone)}{band}{square}{digits}"
    with warnings.catch_warnings():
        # The native library warns (rather than fails) for a square outside its band.
        warnings.simplefilter("error")
        try:
            lat, lon = _CONVERTER.toLatLon(normalised)
        except Exception as exc:  # MGRSError, or the RuntimeWarning raised as error
            raise GridReferenceError(
                msg(
                    "'{text}' does not lie in zone {zone}{band}: check the 100 km "
                    "square letters against the map sheet.",
                    text=text.strip(),
                    zone=zone,
                    band=band,
                )
            ) from exc
    return GridReference(normalised, lat, lon)


def _check_digit_groups(text: str) -> None:
    """Digits written in groups must be easting and northing, with as many digits each.

    '34N DM 592 32645' joined and cut in half would be 5923 2645, 6 km from what the
    officer meant; digits written as one group ('34NDM59232645') are cut in half as MGRS
    says.
    """
    # The digits after the last letter (the square's), as the officer grouped them.
    groups = re.sub(r"^.*[A-Za-z]", "", text.strip(), flags=re.DOTALL).split()
    if len(groups) > 2:
        written = " ".join(groups)
        raise GridReferenceError(
            msg(
                "'{written}' is more than two groups of digits: write the easting and the "
                "northing with one space between them, e.g. 33P TM 12345 67890.",
                written=written,
            )
        )
    if len(groups) == 2 and len(groups[0]) != len(groups[1]):
        easting, northing = groups
        raise GridReferenceError(
            msg(
                "Easting '{easting}' and northing '{northing}' do not have the same number "
                "of digits: give both to the same precision, e.g. 33P TM 12345 67890 or "
                "33P TM 1234 6789.",
                easting=easting,
                northing=northing,
            )
        )


def optional_grid(text: str | None) -> GridReference | None:
    """Like parse_grid, but an empty field means 'no grid' rather than an error."""
    if not text or not text.strip():
        return None
    return parse_grid(text)


def grid_or_none(text: str | None) -> GridReference | None:
    """The grid a stored field holds, None when it is empty or not a grid (a row from
    another unit's file, before its checks): for positions derived from it."""
    try:
        return optional_grid(text)
    except GridReferenceError:
        return None


def grid_from_latlon(lat: float, lon: float, digits: int = 5) -> str:
    """The normalised MGRS reference of a WGS84 position, at 1 m (digits=5) to 100 km (0)."""
    if -1e-7 < lat < 0:
        # A hair south of the equator (under 1 cm) the converter rounds the southern false
        # northing up to 10,000 km and writes band M with northing 0, a reference that does
        # not exist: the point is on the equator, band N, at any precision we write.
        lat = 0.0
    return parse_grid(_CONVERTER.toMGRS(lat, lon, MGRSPrecision=digits)).mgrs
