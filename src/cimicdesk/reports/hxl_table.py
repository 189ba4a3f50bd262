"""What the HXL exports share: columns, the EXERCISE column, positions, the CSV written.

An HXL CSV has a row of column names for people, a row of hashtags, then the data. A
training (exercise) database's export starts with one more column, "Exercise"
(#meta+exercise), saying EXERCISE on every row: a column, not a comment line, because
such sheets are filtered, sorted and pasted together, and the mark must stay on each row.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from cimicdesk.domain.grid import GridReferenceError, parse_grid


@dataclass(frozen=True)
class Column:
    """One column of an HXL export: its heading for people and its HXL hashtag."""

    heading: str
    tag: str


EXERCISE_COLUMN = Column("Exercise", "#meta+exercise")  # first, in a training database's export
EXERCISE = "EXERCISE"


def position(grid: str) -> tuple[str, str]:
    """(latitude, longitude) of an MGRS grid to five decimals (about a metre); two empty
    strings when there is no grid or it does not read."""
    if not grid:
        return "", ""
    try:
        ref = parse_grid(grid)
    except GridReferenceError:
        return "", ""
    return f"{ref.lat:.5f}", f"{ref.lon:.5f}"


def number(value: int | None) -> str:
    """A figure as HXL expects it: digits only, no grouping; '' when not known."""
    return "" if value is None else str(value)


def write_hxl_csv(
    out: Path, columns: Sequence[Column], rows: Iterable[Sequence[str]], *, training: bool
) -> int:
    """Write the heading row, the hashtag row and `rows` (UTF-8) to `out`, each row led by
    EXERCISE in a training database; return the number of data rows written."""
    count = 0
    shown = (EXERCISE_COLUMN, *columns) if training else tuple(columns)
    mark = [EXERCISE] if training else []
    with open(out, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([c.heading for c in shown])
        writer.writerow([c.tag for c in shown])
        for row in rows:
            writer.writerow([*mark, *row])
            count += 1
    return count
