"""3W export of QIPs ('who does what where') as HXL-tagged CSV (doctrine §10).

The first row holds column names for people, the second the HXL hashtags, then one row
per project. Projects the review committee rejected never ran and are left out;
tombstoned ones never appear. The records hold no administrative P-codes yet, so the
#adm1+code and #adm2+code columns are present but empty.

The 3W of a training (exercise) database starts with the EXERCISE column (hxl_table).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from cimicdesk.domain.enums import QipStatus
from cimicdesk.domain.qip import Qip
from cimicdesk.reports.hxl_table import Column, position, write_hxl_csv
from cimicdesk.store import qips as qip_repo
from cimicdesk.store.database import Store

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


def qip_row(qip: Qip) -> list[str]:
    """A project's 3W row, in the order of COLUMNS."""
    lat, lon = position(qip.grid)
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
    rows = (qip_row(qip) for qip in exported_qips(store))
    return write_hxl_csv(out, COLUMNS, rows, training=store.training)
