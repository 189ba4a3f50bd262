"""Repository of community assessments: the record, its sector ratings, infrastructure, actions.

An assessment and its children are saved in one transaction. A sector rating's id derives
from its assessment's id and the sector (sector_rating_id), so the one rating of a sector
is one row at every site: an edit made at sector HQ and one made at the battalion meet in
the same row at the merge, and two ratings of one sector can never both arrive.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from cimicdesk.domain.assessment import (
    Assessment,
    InfrastructureItem,
    RecommendedAction,
    SectorRating,
)
from cimicdesk.domain.assessment_trend import community_key
from cimicdesk.domain.enums import AssessmentSector
from cimicdesk.domain.errors import FieldError, ValidationError
from cimicdesk.domain.grid import grid_or_none, optional_grid
from cimicdesk.domain.masking import listed_name
from cimicdesk.i18n.message import msg
from cimicdesk.store import search, synced
from cimicdesk.store.database import Store
from cimicdesk.store.filters import AssessmentFilter, common_query
from cimicdesk.store.paging import ListQuery, Page, count_rows, fetch_page

TABLE = "assessments"
KIND = "assessment"
SECTORS = "assessment_sectors"
INFRASTRUCTURE = "assessment_infrastructure"
ACTIONS = "assessment_actions"
CHILD_TABLES = (SECTORS, INFRASTRUCTURE, ACTIONS)
_CHILD_CLASSES: dict[str, type[Any]] = {
    SECTORS: SectorRating,
    INFRASTRUCTURE: InfrastructureItem,
    ACTIONS: RecommendedAction,
}
_SECTOR_NAMESPACE = uuid.UUID("5d0f3a6e-7c21-4b8e-9f3a-2e6b1c4d8a70")

# The worst severity rated in an assessment ("1".."5"; NULL when none is rated): one
# digit, so the text's order is the scale's.
WORST_SQL = (
    "(SELECT max(s.severity) FROM assessment_sectors s WHERE s.assessment_id = assessments.id "
    "AND s.deleted = 0 AND s.severity IS NOT NULL)"
)
SORTS = {
    "assessed_on": "assessed_on",
    "reference": "reference",
    "community": "community_name COLLATE NOCASE",
    "kind": "community_kind",
    "worst": f"coalesce({WORST_SQL}, '0')",
    "updated_at": "updated_at",
}


def sector_rating_id(assessment_id: str, sector: AssessmentSector) -> str:
    """The id of an assessment's rating of a sector: the same at every site."""
    return str(uuid.uuid5(_SECTOR_NAMESPACE, f"{assessment_id}/{sector.value}"))


def next_reference(store: Store, year: int) -> str:
    """The next reference of this unit: UNIT-ASM-YYYY-NNN; references are never reused."""
    prefix = f"{store.unit.code}-ASM-{year}-"
    row = store.db.execute(
        "SELECT max(CAST(substr(reference, ?) AS INTEGER)) FROM assessments WHERE reference LIKE ?",
        [len(prefix) + 1, prefix + "%"],
    ).fetchone()
    return f"{prefix}{(row[0] or 0) + 1:03d}"


def derived_columns(assessment: Assessment) -> dict[str, Any]:
    """The columns computed from the record (no clock): its position and community key.

    A grid that does not parse (only a forged row can hold one: save checks it) gives no
    position, and the key falls back to the prefecture, as for an assessment without grid.
    """
    ref = grid_or_none(assessment.grid)
    keyed = assessment if ref is not None or not assessment.grid else replace(assessment, grid="")
    return {
        "lat": ref.lat if ref else None,
        "lon": ref.lon if ref else None,
        "community_key": community_key(keyed).text,
    }


def infrastructure_position(item: InfrastructureItem) -> dict[str, Any]:
    """An infrastructure item's derived position."""
    ref = grid_or_none(item.grid)
    return {"lat": ref.lat if ref else None, "lon": ref.lon if ref else None}


def _normalise(assessment: Assessment) -> None:
    """Tidy what was typed: grids to their normal form, names trimmed, lists unrepeated."""
    ref = optional_grid(assessment.grid)
    assessment.grid = ref.mgrs if ref else ""
    for name in ("community_name", "adm1", "adm2", "place", "team"):
        setattr(assessment, name, getattr(assessment, name).strip())
    assessment.joint_organisation_ids = tuple(dict.fromkeys(assessment.joint_organisation_ids))
    assessment.present_organisation_ids = tuple(dict.fromkeys(assessment.present_organisation_ids))
    assessment.methods = tuple(dict.fromkeys(assessment.methods))
    assessment.informant_contact_ids = tuple(dict.fromkeys(assessment.informant_contact_ids))
    for item in assessment.infrastructure:
        item_ref = optional_grid(item.grid)
        item.grid = item_ref.mgrs if item_ref else ""


def save_assessment(
    store: Store, assessment: Assessment, *, today: date | None = None
) -> Assessment:
    """Validate and store an assessment with its children, in one transaction.

    A new one gets its reference (UNIT-ASM-YYYY-NNN, the year of its date). Children not
    in the record any more are tombstoned, so their removal travels to other sites.
    """
    errors = assessment.field_errors(today)
    if errors:
        raise ValidationError(errors)
    _normalise(assessment)
    with store.db.atomic():
        errors = _reference_errors(store, assessment)
        if errors:
            raise ValidationError(errors)
        before = synced.fetch_row(store, TABLE, assessment.id) if assessment.id else None
        if before is None and not assessment.reference:
            assessment.reference = next_reference(store, int(assessment.assessed_on[:4]))
        stored = synced.write(store, TABLE, assessment, derived_columns(assessment))
        _save_sectors(store, stored.id, assessment.sectors)
        _save_children(store, INFRASTRUCTURE, stored.id, assessment.infrastructure)
        _save_children(store, ACTIONS, stored.id, assessment.actions)
        full = get_assessment(store, stored.id)
        _reindex(store, full)
    return full


def _reference_errors(store: Store, assessment: Assessment) -> list[FieldError]:
    """Organisations and contacts named that this database does not know."""
    errors: list[FieldError] = []
    for name in ("joint_organisation_ids", "present_organisation_ids"):
        ids = list(getattr(assessment, name))
        known = set(organisation_names(store, ids))
        if any(i not in known for i in ids):
            errors.append(FieldError(name, msg("That organisation is unknown.")))
    ids = list(assessment.informant_contact_ids)
    known = set(informant_names(store, ids))  # one read, not one per informant
    if any(i not in known for i in ids):
        errors.append(FieldError("informant_contact_ids", msg("That contact is unknown.")))
    return errors


def _save_sectors(store: Store, assessment_id: str, wanted: list[SectorRating]) -> None:
    """Write the ratings; a sector dropped from the record is tombstoned."""
    kept = set()
    for rating in wanted:
        rating.assessment_id = assessment_id
        # The row is the sector's whatever id the record held: an edit of that row,
        # bringing it back if the sector had been dropped before.
        rating.id = sector_rating_id(assessment_id, rating.sector)
        rating.deleted = False
        kept.add(synced.write(store, SECTORS, rating).id)
    _tombstone_others(store, SECTORS, assessment_id, kept)


def _save_children(store: Store, table: str, assessment_id: str, wanted: list[Any]) -> None:
    """Write the rows in the record's order. Rows written in one save may share their
    creation stamp (to the millisecond), and rows are read back by (stamp, id): so the
    new ones get ids that sort in the order the officer listed them, at every site."""
    fresh = sorted(str(uuid.uuid4()) for child in wanted if not child.id)
    for child in (c for c in wanted if not c.id):
        child.id = fresh.pop(0)
    kept = set()
    for child in wanted:
        child.assessment_id = assessment_id
        extra = infrastructure_position(child) if table == INFRASTRUCTURE else None
        kept.add(synced.write(store, table, child, extra).id)
    _tombstone_others(store, table, assessment_id, kept)


def _tombstone_others(store: Store, table: str, assessment_id: str, kept: set[str]) -> None:
    cls = _CHILD_CLASSES[table]
    for existing in _children(store, table, [assessment_id]):
        if existing.id not in kept and not existing.deleted:
            synced.set_deleted(store, table, cls, existing.id, True)


def _children(store: Store, table: str, assessment_ids: Sequence[str]) -> list[Any]:
    """The children (tombstoned too) of these assessments, in the order they were made."""
    if not assessment_ids:
        return []
    cls = _CHILD_CLASSES[table]
    found: list[Any] = []
    # In slices: SQLite limits the number of parameters of one statement.
    for start in range(0, len(assessment_ids), 500):
        part = list(assessment_ids[start : start + 500])
        marks = ", ".join("?" for _ in part)
        cursor = store.db.execute(
            f"SELECT * FROM {table} WHERE assessment_id IN ({marks}) ORDER BY created_at, id",
            part,
        )
        names = [d[0] for d in cursor.description]
        found.extend(synced.from_row(cls, dict(zip(names, r, strict=True))) for r in cursor)
    return found


def attach_children(store: Store, assessments: list[Assessment], tables: Iterable[str]) -> None:
    """Fill in the live children of each assessment from `tables`."""
    by_id = {a.id: a for a in assessments}
    for table in tables:
        field_name = {SECTORS: "sectors", INFRASTRUCTURE: "infrastructure", ACTIONS: "actions"}[
            table
        ]
        for assessment in assessments:
            setattr(assessment, field_name, [])
        for child in _children(store, table, list(by_id)):
            if not child.deleted:
                getattr(by_id[child.assessment_id], field_name).append(child)
    for assessment in assessments:
        assessment.sectors = assessment.live_sectors()


def _from_rows(store: Store, cursor: Any) -> list[Assessment]:
    names = [d[0] for d in cursor.description]
    return [synced.from_row(Assessment, dict(zip(names, r, strict=True))) for r in cursor]


def get_assessment(store: Store, assessment_id: str) -> Assessment:
    """An assessment with its live sector ratings, infrastructure and actions."""
    assessment = synced.get(store, TABLE, Assessment, assessment_id)  # RecordNotFoundError
    attach_children(store, [assessment], CHILD_TABLES)
    return assessment


def _rows_by_id(store: Store, columns: str, table: str, ids: Iterable[str]) -> list[Any]:
    """Rows of `table` with these ids (each once), in slices under SQLite's parameter
    limit."""
    wanted = list(dict.fromkeys(ids))
    found: list[Any] = []
    for start in range(0, len(wanted), 500):
        part = wanted[start : start + 500]
        marks = ", ".join("?" for _ in part)
        found += store.db.execute(
            f"SELECT {columns} FROM {table} WHERE id IN ({marks})", part
        ).fetchall()
    return found


def organisation_names(store: Store, ids: Iterable[str]) -> dict[str, str]:
    """The names of the organisations with these ids that this database knows."""
    return dict(_rows_by_id(store, "id, name", "organisations", ids))


def informant_names(store: Store, ids: Iterable[str]) -> dict[str, str]:
    """The key informants with these ids as lists show them: a restricted contact by its
    code, never its name (domain/masking.py)."""
    rows = _rows_by_id(store, "id, name, sensitivity", "contacts", ids)
    return {row[0]: listed_name(*row) for row in rows}


def index_text(
    assessment: Assessment, organisations: dict[str, str], informants: dict[str, str]
) -> tuple[str, str]:
    """The title and body an assessment is found by (informants as lists show them)."""
    title = f"{assessment.reference} {assessment.community_name}".strip()
    names = [
        organisations.get(i, "")
        for i in (*assessment.joint_organisation_ids, *assessment.present_organisation_ids)
    ] + [informants.get(i, "") for i in assessment.informant_contact_ids]
    parts = [
        assessment.community_kind.label,
        assessment.adm1,
        assessment.adm2,
        assessment.place,
        assessment.grid,
        assessment.assessed_on,
        assessment.team,
        *names,
        assessment.summary,
        *(f"{r.key_facts} {r.sources}" for r in assessment.sectors),
        *(item.note for item in assessment.infrastructure),
        *(action.description for action in assessment.actions),
        assessment.origin_unit,
    ]
    return title, " ".join(p for p in parts if p)


def _reindex(store: Store, assessment: Assessment) -> None:
    if assessment.deleted:
        search.unindex_record(store, KIND, assessment.id)
        return
    names = organisation_names(
        store, (*assessment.joint_organisation_ids, *assessment.present_organisation_ids)
    )
    informants = informant_names(store, assessment.informant_contact_ids)
    search.index_record(store, KIND, assessment.id, *index_text(assessment, names, informants))


def reindex(store: Store, assessment_id: str) -> None:
    """Index an assessment again (an organisation or contact it names changed)."""
    _reindex(store, get_assessment(store, assessment_id))


def _query(where: AssessmentFilter | None) -> ListQuery:
    where = where or AssessmentFilter()
    query = common_query(KIND, where)
    if where.community_kind:
        query.add("community_kind = ?", where.community_kind.value)
    if where.community_key:
        query.add("community_key = ?", where.community_key)
    if where.sector:
        query.add(
            "EXISTS (SELECT 1 FROM assessment_sectors s WHERE s.assessment_id = assessments.id "
            "AND s.deleted = 0 AND s.sector = ?)",
            where.sector.value,
        )
    if where.min_severity:
        query.add(f"{WORST_SQL} >= ?", where.min_severity.value)
    if where.date_from:
        query.add("assessed_on >= ?", where.date_from[:10])
    if where.date_to:
        query.add("assessed_on < ?", where.date_to[:10])
    return query


def list_assessments(
    store: Store,
    where: AssessmentFilter | None = None,
    *,
    order_by: str = "assessed_on",
    descending: bool = True,
    after: tuple[Any, ...] | None = None,
    limit: int = 200,
) -> Page[Assessment]:
    """A page of the assessments the filter keeps (with their sector ratings), newest first."""
    rows, cursor = fetch_page(
        store.db, TABLE, _query(where), SORTS[order_by], descending, after, limit
    )
    found = [synced.from_row(Assessment, r) for r in rows]
    attach_children(store, found, (SECTORS,))
    return Page(found, cursor)


def count_assessments(store: Store, where: AssessmentFilter | None = None) -> int:
    return count_rows(store.db, TABLE, _query(where))


def assessments_between(
    store: Store,
    date_from: str | None,
    date_to: str | None,
    units: Sequence[str] | None = None,
) -> list[Assessment]:
    """Live assessments with date_from <= date < date_to (None: no bound), of these units
    (None: every unit), oldest first, with their sector ratings: for reports and trends."""
    clauses, params = ["deleted = 0"], []
    if date_from:
        clauses.append("assessed_on >= ?")
        params.append(date_from[:10])
    if date_to:
        clauses.append("assessed_on < ?")
        params.append(date_to[:10])
    if units is not None:
        clauses.append(f"origin_unit IN ({', '.join('?' for _ in units)})" if units else "0")
        params.extend(units)
    cursor = store.db.execute(
        f"SELECT * FROM {TABLE} WHERE {' AND '.join(clauses)} ORDER BY assessed_on, created_at, id",
        params,
    )
    found = _from_rows(store, cursor)
    attach_children(store, found, (SECTORS,))
    return found


def community_history(
    store: Store, key: str, tables: Iterable[str] = CHILD_TABLES
) -> list[Assessment]:
    """Every live assessment of one community (its community_key text), oldest first,
    with their children of `tables` (all: the community's trend)."""
    cursor = store.db.execute(
        f"SELECT * FROM {TABLE} WHERE community_key = ? AND deleted = 0 "
        "ORDER BY assessed_on, created_at, id",
        [key],
    )
    found = _from_rows(store, cursor)
    attach_children(store, found, tables)
    return found


def delete_assessment(store: Store, assessment_id: str) -> Assessment:
    """Tombstone an assessment (its children stay, unseen with it); restore undoes it."""
    return _set_deleted(store, assessment_id, True)


def restore_assessment(store: Store, assessment_id: str) -> Assessment:
    return _set_deleted(store, assessment_id, False)


def _set_deleted(store: Store, assessment_id: str, deleted: bool) -> Assessment:
    with store.db.atomic():
        synced.set_deleted(store, TABLE, Assessment, assessment_id, deleted)
        assessment = get_assessment(store, assessment_id)
        _reindex(store, assessment)
    return assessment
