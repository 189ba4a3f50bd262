"""3W export of QIPs ('who does what where') as HXL-tagged CSV (doctrine §10).

The first row holds column names for people, the second the HXL hashtags, then one row
per project. Projects the review committee rejected never ran and are left out;
tombstoned ones never appear. The records hold no administrative P-codes yet, so the
#adm1+code and #adm2+code columns are present but empty.

The 3W of a training (exercise) database starts with one more column, "Exercise"
(#meta+exercise), that says EXERCISE on every row: a column, not a comment line, because
3W sheets are filtered, sorted and pasted together, and the mark must stay on each project.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from cimicdesk.domain.enums import QipStatus
from cimicdesk.domain.grid import GridReferenceError, parse_grid
from cimicdesk.domain.qip import Qip
from cimicdesk.store import qips as qip_repo
from cimicdesk.store.database import Store


@dataclass(frozen=True)
class Column:
    """One column of the 3W: its heading for people and its HXL hashtag."""

    heading: str
    tag: str


COLUMNS = (
    Column("Project number", "#meta+id"),
    Column("Implementing partner", "#org+impl"),
    Column("Project", "#activity+project"),
    Column("Cluster", "#sector+cluster+code"),
    Column("Admin 1 P-code", "#adm1+code"),
    Column("Admin 2 P-code", "#adm2+code"),
    Column("Location", "#loc+name"),
    Column("Latitude", "#geo+lat"),
    Column("Longitude", "#geo+lon"),
    Column("Status", "#status"),
    Column("Start date", "#date+start"),
    Column("End date", "#date+end"),
    Column("Budget", "#value+budget"),
    Column("Currency", "#currency"),
    Column("People targeted", "#targeted"),
    Column("People reached", "#reached"),
)

EXERCISE_COLUMN = Column("Exercise", "#meta+exercise")  # first, in a training database's 3W
EXERCISE = "EXERCISE"

# Our lifecycle mapped onto the HXL #status vocabulary (planned / active / complete / canceled).
S = QipStatus
HXL_STATUS = {
    S.IDENTIFIED: "planned",
    S.PROPOSAL_DRAFTED: "planned",
    S.SUBMITTED: "planned",
    S.UNDER_REVIEW: "planned",
    S.RETURNED: "planned",
    S.APPROVED: "planned",
    S.AGREEMENT_SIGNED: "planned",
    S.DISBURSED: "active",
    S.IN_IMPLEMENTATION: "active",
    S.COMPLETED: "complete",
    S.HANDED_OVER: "complete",
    S.CLOSED: "complete",
    S.CANCELLED: "canceled",
    S.REJECTED: "canceled",
}


def _position(grid: str) -> tuple[str, str]:
    if not grid:
        return "", ""
    try:
        ref = parse_grid(grid)
    except GridReferenceError:
        return "", ""
    return f"{ref.lat:.5f}", f"{ref.lon:.5f}"


def qip_row(qip: Qip) -> list[str]:
    """A project's 3W row, in the order of COLUMNS."""
    lat, lon = _position(qip.grid)
    budget = qip.budget()
    return [
        qip.number,
        qip.partner_name,
        qip.title,
        qip.category.cluster.value,
        "",
        "",
        qip.place,
        lat,
        lon,
        HXL_STATUS[qip.status],
        qip.actual_start or qip.planned_start,
        qip.actual_end or qip.planned_end,
        f"{budget:.2f}" if budget else "",
        "USD",
        str(qip.targeted_total),
        str(qip.reached_total),
    ]


def exported_qips(store: Store) -> Iterator[Qip]:
    """Live projects that were not rejected, by number."""
    after = None
    while True:
        page = qip_repo.list_qips(
            store, order_by="number", descending=False, after=after, limit=500
        )
        yield from (q for q in page.items if q.status is not QipStatus.REJECTED)
        if page.cursor is None:
            return
        after = page.cursor


def write_3w_csv(store: Store, out: Path) -> int:
    """Write the 3W CSV (UTF-8) to `out`; return the number of projects written."""
    count = 0
    columns = (EXERCISE_COLUMN, *COLUMNS) if store.training else COLUMNS
    mark = [EXERCISE] if store.training else []
    with open(out, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([c.heading for c in columns])
        writer.writerow([c.tag for c in columns])
        for qip in exported_qips(store):
            writer.writerow(mark + qip_row(qip))
            count += 1
    return count
