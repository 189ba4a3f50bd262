"""Repository of Quick Impact Projects: tranches, monitoring visits, status transitions."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from cimicdesk.domain.enums import QipStatus
from cimicdesk.domain.errors import FieldError, ValidationError
from cimicdesk.domain.grid import optional_grid
from cimicdesk.domain.qip import (
    Attachment,
    MonitoringVisit,
    Qip,
    QipTransition,
    Tranche,
    apply_transition,
    available_transitions,
    ceiling_errors,
    round_usd,
)
from cimicdesk.domain.timeutil import utc_now
from cimicdesk.i18n.message import Message, msg
from cimicdesk.store import attachments, search, synced
from cimicdesk.store.database import Store
from cimicdesk.store.filters import QipFilter, common_query
from cimicdesk.store.mission_settings import get_mission_settings
from cimicdesk.store.paging import ListQuery, Page, count_rows, fetch_page

TABLE = "qips"
KIND = "qip"
TRANCHES = "qip_tranches"
VISITS = "qip_visits"
TRANSITIONS = "qip_transitions"
PARTNER_NAME_SQL = (
    "COALESCE((SELECT o.name FROM organisations o WHERE o.id = qips.implementing_partner_id), '')"
)
DISBURSED_SQL = (
    "(SELECT COALESCE(sum(t.amount_usd), 0) FROM qip_tranches t "
    "WHERE t.qip_id = qips.id AND t.deleted = 0)"
)
PERCENT_SQL = (
    "(SELECT v.percent_complete FROM qip_visits v WHERE v.qip_id = qips.id AND v.deleted = 0 "
    "ORDER BY v.visit_date DESC, v.created_at DESC LIMIT 1)"
)
LIST_SELECT = (
    f"*, {PARTNER_NAME_SQL} AS partner_name, {DISBURSED_SQL} AS disbursed_usd, "
    f"{PERCENT_SQL} AS percent_complete"
)
# The span a project covers, for date-range filters: actual dates, else planned ones.
START_SQL = (
    "COALESCE(NULLIF(actual_start, ''), NULLIF(planned_start, ''), substr(created_at, 1, 10))"
)
END_SQL = "COALESCE(NULLIF(actual_end, ''), NULLIF(planned_end, ''), '9999-12-31')"
STAGE_SQL = (
    "CASE status "
    + " ".join(f"WHEN '{s.value}' THEN {i}" for i, s in enumerate(QipStatus))
    + " END"
)
BUDGET_SQL = "COALESCE(NULLIF(budget_approved_usd, 0), budget_requested_usd)"
SORTS = {
    "number": "number",
    "title": "title COLLATE NOCASE",
    "status": STAGE_SQL,
    "category": "category",
    "place": "place COLLATE NOCASE",
    "partner": PARTNER_NAME_SQL,
    "budget": BUDGET_SQL,
    "planned_end": "planned_end",
    "updated_at": "updated_at",
}


def next_number(store: Store, year: int) -> str:
    """The next project number of this unit: UNIT-QIP-YYYY-NNN; numbers are never reused."""
    prefix = f"{store.unit.code}-QIP-{year}-"
    row = store.db.execute(
        "SELECT max(CAST(substr(number, ?) AS INTEGER)) FROM qips WHERE number LIKE ?",
        [len(prefix) + 1, prefix + "%"],
    ).fetchone()
    return f"{prefix}{(row[0] or 0) + 1:03d}"


def _normalise(store: Store, qip: Qip) -> dict[str, Any]:
    """Tidy what the officer typed; return the derived columns (lat/lon)."""
    qip.local_currency = qip.local_currency.strip().upper()
    qip.proposing_unit = qip.proposing_unit.strip() or store.unit.name
    for name in Qip.AMOUNT_FIELDS:
        setattr(qip, name, round_usd(getattr(qip, name)))
    for tranche in qip.tranches:
        tranche.amount_usd = round_usd(tranche.amount_usd)
    ref = optional_grid(qip.grid)
    qip.grid = ref.mgrs if ref else ""
    return {"lat": ref.lat if ref else None, "lon": ref.lon if ref else None}


def save_qip(store: Store, qip: Qip, *, today: date | None = None) -> Qip:
    """Validate and store a project with its tranches and visits, in one transaction.

    A new project starts as identified (recorded as its first transition) and gets its
    number; afterwards its status changes only through transition_qip. An approved
    budget above the mission's ceiling is refused when it is entered or changed.
    Monitoring-visit photos are added with add_visit_photo once the visit is saved.
    """
    today = today or utc_now().date()
    qip.local_currency = qip.local_currency.strip().upper()
    qip.validate()
    extra = _normalise(store, qip)
    with store.db.atomic():
        before = synced.fetch_row(store, TABLE, qip.id) if qip.id else None
        errors = _save_errors(store, qip, before)
        if errors:
            raise ValidationError(errors)
        if before is None:
            qip.number = qip.number or next_number(store, today.year)
        stored = synced.write(store, TABLE, qip, extra)
        _save_children(store, TRANCHES, stored.id, qip.tranches)
        _save_children(store, VISITS, stored.id, qip.visits)
        if before is None:
            first = QipTransition(
                qip_id=stored.id,
                seq=1,
                to_status=QipStatus.IDENTIFIED,
                transition_date=today.isoformat(),
                note="Recorded",
            )
            synced.write(store, TRANSITIONS, first)
        full = get_qip(store, stored.id)
        _reindex(store, full)
    return full


def _save_errors(store: Store, qip: Qip, before: dict[str, Any] | None) -> list[FieldError]:
    errors: list[FieldError] = []
    if before is None and qip.status is not QipStatus.IDENTIFIED:
        errors.append(
            FieldError("status", msg("A new project starts as identified; then move it on."))
        )
    elif before is not None and before["status"] != qip.status.value:
        errors.append(
            FieldError("status", msg("Change the status with a transition, not by editing it."))
        )
    if before is None or round_usd(before["budget_approved_usd"]) != qip.budget_approved_usd:
        errors.extend(ceiling_errors(qip, get_mission_settings(store)))
    if qip.implementing_partner_id and not synced.fetch_row(
        store, "organisations", qip.implementing_partner_id
    ):
        errors.append(FieldError("implementing_partner_id", msg("That organisation is unknown.")))
    if qip.focal_point_id and not synced.fetch_row(store, "contacts", qip.focal_point_id):
        errors.append(FieldError("focal_point_id", msg("That contact is unknown.")))
    if qip.assessment_id and not synced.fetch_row(store, "assessments", qip.assessment_id):
        errors.append(FieldError("assessment_id", msg("That assessment is unknown.")))
    return errors


def _save_children(store: Store, table: str, qip_id: str, wanted: list[Any]) -> None:
    kept = set()
    for child in wanted:
        child.qip_id = qip_id
        kept.add(synced.write(store, table, child).id)
    cls = Tranche if table == TRANCHES else MonitoringVisit
    for existing in _children(store, table, cls, qip_id, "created_at"):
        if existing.id not in kept and not existing.deleted:
            synced.set_deleted(store, table, cls, existing.id, True)


def _children(store: Store, table: str, cls: type, qip_id: str, order: str) -> list[Any]:
    cursor = store.db.execute(
        f"SELECT * FROM {table} WHERE qip_id = ? ORDER BY {order}, id", [qip_id]
    )
    names = [d[0] for d in cursor.description]
    return [synced.from_row(cls, dict(zip(names, r, strict=True))) for r in cursor.fetchall()]


def from_list_row(row: dict[str, Any]) -> Qip:
    qip = synced.from_row(Qip, row)
    qip.partner_name = row.get("partner_name") or ""
    qip.disbursed_usd = round_usd(row.get("disbursed_usd") or 0)
    qip.percent_complete = row.get("percent_complete")
    return qip


def get_qip(store: Store, qip_id: str) -> Qip:
    """A project with its live tranches and visits (with photos) and every transition."""
    cursor = store.db.execute(f"SELECT {LIST_SELECT} FROM qips WHERE id = ?", [qip_id])
    names = [d[0] for d in cursor.description]
    row = cursor.fetchone()
    if row is None:
        return synced.get(store, TABLE, Qip, qip_id)  # raises RecordNotFoundError
    qip = from_list_row(dict(zip(names, row, strict=True)))
    qip.tranches = [
        t for t in _children(store, TRANCHES, Tranche, qip_id, "paid_on") if not t.deleted
    ]
    qip.visits = [
        v for v in _children(store, VISITS, MonitoringVisit, qip_id, "visit_date") if not v.deleted
    ]
    photos = attachments.list_attachments(store, [v.id for v in qip.visits])
    for visit in qip.visits:
        visit.photos = photos.get(visit.id, [])
    qip.transitions = _children(store, TRANSITIONS, QipTransition, qip_id, "seq, created_at")
    return qip


def transition_qip(
    store: Store,
    qip_id: str,
    to: QipStatus,
    *,
    on: date | None = None,
    recorded_by: str = "",
    note: str = "",
    today: date | None = None,
) -> Qip:
    """Move a stored project to another stage, if the lifecycle and the rules allow it.

    Raises ValidationError with the reason (e.g. no implementing partner, budget above
    the ceiling, a move the lifecycle does not have). Records the transition as its own
    synced row and fills the dates the move implies (see domain.qip.apply_transition).
    """
    today = today or utc_now().date()
    with store.db.atomic():
        qip = get_qip(store, qip_id)
        transition = apply_transition(
            qip,
            to,
            get_mission_settings(store),
            on=on or today,
            today=today,
            recorded_by=recorded_by,
            note=note,
        )
        synced.write(store, TABLE, qip, _normalise(store, qip))
        synced.write(store, TRANSITIONS, transition)
        full = get_qip(store, qip_id)
        _reindex(store, full)
    return full


def transitions_available(
    store: Store, qip: Qip
) -> list[tuple[QipStatus, tuple[Message | str, ...]]]:
    """Each next stage of the project with the reasons it is refused now (empty: allowed)."""
    return available_transitions(qip, get_mission_settings(store))


def qip_warnings(store: Store, qip: Qip) -> list[FieldError]:
    """What to flag but not refuse under the mission's settings (duration, request > ceiling)."""
    return qip.warnings(get_mission_settings(store))


def add_visit_photo(
    store: Store,
    visit_id: str,
    source: bytes | Path,
    *,
    filename: str = "",
    caption: str = "",
) -> Attachment:
    """Attach a photo (downscaled, stored once by content) to a saved monitoring visit."""
    return attachments.attach_photo(
        store, VISITS, visit_id, source, filename=filename, caption=caption
    )


def index_text(qip: Qip) -> tuple[str, str]:
    """The title and body a project is found by."""
    title = f"{qip.number} {qip.title}".strip()
    body = " ".join(
        [
            qip.category.label,
            qip.category.cluster.value,
            qip.status.label,
            qip.place,
            qip.grid,
            qip.objective,
            qip.partner_name,
            qip.proposing_unit,
            qip.review_ref,
            qip.review_decision,
            qip.receiving_authority,
            qip.final_report_ref,
            qip.community_contribution,
            qip.duplication_check,
            qip.origin_unit,
        ]
        + [t.reference for t in qip.tranches]
        + [v.findings for v in qip.visits]
    )
    return title, body


def _reindex(store: Store, qip: Qip) -> None:
    if qip.deleted:
        search.unindex_record(store, KIND, qip.id)
        return
    search.index_record(store, KIND, qip.id, *index_text(qip))


def _query(where: QipFilter | None) -> ListQuery:
    where = where or QipFilter()
    query = common_query(KIND, where)
    if where.status:
        query.add("status = ?", where.status.value)
    if where.category:
        query.add("category = ?", where.category.value)
    if where.partner_id:
        query.add("implementing_partner_id = ?", where.partner_id)
    if where.date_from:
        query.add(f"{END_SQL} >= ?", where.date_from[:10])
    if where.date_to:
        query.add(f"{START_SQL} < ?", where.date_to[:10])
    return query


def list_qips(
    store: Store,
    where: QipFilter | None = None,
    *,
    order_by: str = "number",
    descending: bool = True,
    after: tuple[Any, ...] | None = None,
    limit: int = 200,
) -> Page[Qip]:
    """A page of the projects the filter keeps (without children; derived partner,
    disbursed, percent filled)."""
    rows, cursor = fetch_page(
        store.db, TABLE, _query(where), SORTS[order_by], descending, after, limit, LIST_SELECT
    )
    return Page([from_list_row(r) for r in rows], cursor)


def count_qips(store: Store, where: QipFilter | None = None) -> int:
    return count_rows(store.db, TABLE, _query(where))


def delete_qip(store: Store, qip_id: str) -> Qip:
    """Tombstone a project; restore_qip undoes it."""
    return _set_deleted(store, qip_id, True)


def restore_qip(store: Store, qip_id: str) -> Qip:
    return _set_deleted(store, qip_id, False)


def _set_deleted(store: Store, qip_id: str, deleted: bool) -> Qip:
    with store.db.atomic():
        synced.set_deleted(store, TABLE, Qip, qip_id, deleted)
        qip = get_qip(store, qip_id)
        _reindex(store, qip)
    return qip
