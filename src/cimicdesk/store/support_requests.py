"""Repository of mission support requests (requests for assistance), with the last-resort rule."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from cimicdesk.domain.enums import SupportPriority
from cimicdesk.domain.errors import FieldError, ValidationError
from cimicdesk.domain.grid import optional_grid
from cimicdesk.domain.masking import listed_name
from cimicdesk.domain.support import AWAITING_DECISION, SupportRequest
from cimicdesk.i18n.message import msg
from cimicdesk.store import search, synced
from cimicdesk.store.database import Store
from cimicdesk.store.filters import SupportFilter, common_query
from cimicdesk.store.paging import ListQuery, Page, count_rows, fetch_page

TABLE = "support_requests"
KIND = "support_request"
REQUESTER_SQL = (
    "COALESCE((SELECT o.name FROM organisations o "
    "WHERE o.id = support_requests.requesting_organisation_id), '')"
)
LIST_SELECT = f"*, {REQUESTER_SQL} AS requester_name"
PRIORITY_SQL = (
    "CASE priority "
    + " ".join(f"WHEN '{p.value}' THEN {i}" for i, p in enumerate(SupportPriority))
    + " END"
)
SORTS = {
    "received_at": "received_at",
    "number": "number",
    "request_type": "request_type",
    "priority": PRIORITY_SQL,
    "status": "status",
    "date_required": "date_required",
    "requester": REQUESTER_SQL,
    "updated_at": "updated_at",
}


def next_number(store: Store, year: int) -> str:
    """The next request number of this unit: UNIT-MSR-YYYY-NNNN; numbers are never reused."""
    prefix = f"{store.unit.code}-MSR-{year}-"
    row = store.db.execute(
        "SELECT max(CAST(substr(number, ?) AS INTEGER)) FROM support_requests WHERE number LIKE ?",
        [len(prefix) + 1, prefix + "%"],
    ).fetchone()
    return f"{prefix}{(row[0] or 0) + 1:04d}"


def _grids(request: SupportRequest) -> dict[str, Any]:
    """Normalise both grids; return their positions as derived columns."""
    extra = {}
    for end in ("from", "to"):
        ref = optional_grid(getattr(request, f"{end}_grid"))
        setattr(request, f"{end}_grid", ref.mgrs if ref else "")
        extra[f"{end}_lat"] = ref.lat if ref else None
        extra[f"{end}_lon"] = ref.lon if ref else None
    return extra


def save_support_request(
    store: Store, request: SupportRequest, *, now: datetime | None = None
) -> SupportRequest:
    """Validate and store a request.

    Approving (or executing) a request without the last-resort test, and for a convoy
    escort the four IASC criteria, is refused with a ValidationError naming what is
    missing, unless an override by higher HQ is recorded with its reference.
    """
    errors = request.field_errors(now)
    if errors:
        raise ValidationError(errors)
    extra = _grids(request)
    with store.db.atomic():
        errors = []
        if request.requesting_organisation_id and not synced.fetch_row(
            store, "organisations", request.requesting_organisation_id
        ):
            errors.append(
                FieldError("requesting_organisation_id", msg("That organisation is unknown."))
            )
        if request.requesting_contact_id and not synced.fetch_row(
            store, "contacts", request.requesting_contact_id
        ):
            errors.append(FieldError("requesting_contact_id", msg("That contact is unknown.")))
        if errors:
            raise ValidationError(errors)
        if not request.number:
            request.number = next_number(store, int(request.received_at[:4]))
        stored = synced.write(store, TABLE, request, extra)
        full = get_support_request(store, stored.id)
        _reindex(store, full)
    return full


def from_list_row(row: dict[str, Any]) -> SupportRequest:
    request = synced.from_row(SupportRequest, row)
    request.requester_name = row.get("requester_name") or ""
    return request


def get_support_request(store: Store, request_id: str) -> SupportRequest:
    cursor = store.db.execute(f"SELECT {LIST_SELECT} FROM {TABLE} WHERE id = ?", [request_id])
    names = [d[0] for d in cursor.description]
    row = cursor.fetchone()
    if row is None:
        return synced.get(store, TABLE, SupportRequest, request_id)  # RecordNotFoundError
    return from_list_row(dict(zip(names, row, strict=True)))


def index_text(request: SupportRequest, contact_name: str = "") -> tuple[str, str]:
    """The title and body a request is found by."""
    route = " → ".join(p for p in (request.from_place, request.to_place) if p)
    title = f"{request.number} {request.request_type.label} {route}".strip()
    body = " ".join(
        [
            request.requester_name,
            contact_name,
            request.channel.label,
            request.priority.label,
            request.status.label,
            request.purpose,
            request.from_grid,
            request.to_grid,
            request.decided_by,
            request.decision_reason,
            request.executing_unit,
            request.outcome,
            request.override_reference,
            request.origin_unit,
        ]
    )
    return title, body


def _reindex(store: Store, request: SupportRequest) -> None:
    if request.deleted:
        search.unindex_record(store, KIND, request.id)
        return
    contact = ""
    if request.requesting_contact_id:
        row = synced.fetch_row(store, "contacts", request.requesting_contact_id)
        contact = listed_name(row["id"], row["name"], row["sensitivity"]) if row else ""
    search.index_record(store, KIND, request.id, *index_text(request, contact))


def _query(where: SupportFilter | None) -> ListQuery:
    where = where or SupportFilter()
    query = common_query(KIND, where)
    if where.status:
        query.add("status = ?", where.status.value)
    if where.awaiting_decision:
        query.add(
            f"status IN ({', '.join('?' for _ in AWAITING_DECISION)})",
            *sorted(s.value for s in AWAITING_DECISION),
        )
    if where.request_type:
        query.add("request_type = ?", where.request_type.value)
    if where.priority:
        query.add("priority = ?", where.priority.value)
    if where.organisation_id:
        query.add("requesting_organisation_id = ?", where.organisation_id)
    if where.date_from:
        query.add("received_at >= ?", where.date_from)
    if where.date_to:
        query.add("received_at < ?", where.date_to)
    return query


def list_support_requests(
    store: Store,
    where: SupportFilter | None = None,
    *,
    order_by: str = "received_at",
    descending: bool = True,
    after: tuple[Any, ...] | None = None,
    limit: int = 200,
) -> Page[SupportRequest]:
    """A page of the requests the filter keeps, newest first by default."""
    rows, cursor = fetch_page(
        store.db, TABLE, _query(where), SORTS[order_by], descending, after, limit, LIST_SELECT
    )
    return Page([from_list_row(r) for r in rows], cursor)


def count_support_requests(store: Store, where: SupportFilter | None = None) -> int:
    return count_rows(store.db, TABLE, _query(where))


def delete_support_request(store: Store, request_id: str) -> SupportRequest:
    """Tombstone a request; restore_support_request undoes it."""
    return _set_deleted(store, request_id, True)


def restore_support_request(store: Store, request_id: str) -> SupportRequest:
    return _set_deleted(store, request_id, False)


def _set_deleted(store: Store, request_id: str, deleted: bool) -> SupportRequest:
    with store.db.atomic():
        synced.set_deleted(store, TABLE, SupportRequest, request_id, deleted)
        request = get_support_request(store, request_id)
        _reindex(store, request)
    return request
