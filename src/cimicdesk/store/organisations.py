"""Repository of organisations: save, get, list, count, delete (tombstone), choices."""

from __future__ import annotations

from typing import Any

from cimicdesk.domain.errors import FieldError, ValidationError
from cimicdesk.domain.grid import optional_grid
from cimicdesk.domain.records import Organisation, normalise_grid
from cimicdesk.domain.text import fold
from cimicdesk.i18n.message import msg
from cimicdesk.store import search, synced
from cimicdesk.store.database import Store
from cimicdesk.store.dependents import reindex_dependents
from cimicdesk.store.filters import OrganisationFilter, common_query
from cimicdesk.store.paging import ListQuery, Page, count_rows, fetch_page

TABLE = "organisations"
KIND = "organisation"
SORTS = {
    "name": "name_key",
    "acronym": "acronym COLLATE NOCASE",
    "org_type": "org_type",
    "place": "place COLLATE NOCASE",
    "updated_at": "updated_at",
}


def save_organisation(store: Store, org: Organisation) -> Organisation:
    """Validate, normalise the grid, store with clocks and history, and index for search."""
    org.validate()
    org.grid = normalise_grid(org.grid)
    extra = derived_columns(org)
    with store.db.atomic():
        if org.parent_id and not synced.fetch_row(store, TABLE, org.parent_id):
            raise ValidationError(
                [FieldError("parent_id", msg("That parent organisation is unknown."))]
            )
        before = synced.fetch_row(store, TABLE, org.id) if org.id else None
        stored = synced.write(store, TABLE, org, extra)
        _reindex(store, stored)
        if before and (before["name"], before["acronym"]) != (stored.name, stored.acronym):
            # Its people, the entries that met it, the projects and incidents naming it
            # are found by its name: keep their search text true.
            reindex_dependents(store, [(TABLE, stored.id)])
    return stored


def derived_columns(org: Organisation) -> dict[str, object]:
    """Columns computed from the record, with no clock: position of the grid, sort key."""
    ref = optional_grid(org.grid)
    return {
        "lat": ref.lat if ref else None,
        "lon": ref.lon if ref else None,
        "name_key": fold(org.name),
    }


def _reindex(store: Store, org: Organisation) -> None:
    if org.deleted:
        search.unindex_record(store, KIND, org.id)
        return
    search.index_record(store, KIND, org.id, *index_text(org))


def index_text(org: Organisation) -> tuple[str, str]:
    """The (title, body) of an organisation in the search index."""
    body = " ".join(
        [
            org.acronym,
            org.org_type.label,
            org.place,
            org.grid,
            org.email,
            " ".join(org.phones),
            " ".join(org.sectors),
            org.notes,
        ]
    )
    return org.display_name, body


def get_organisation(store: Store, org_id: str) -> Organisation:
    return synced.get(store, TABLE, Organisation, org_id)


def _query(where: OrganisationFilter | None) -> ListQuery:
    where = where or OrganisationFilter()
    query = common_query(KIND, where)
    if where.org_type:
        query.add("org_type = ?", where.org_type.value)
    return query


def list_organisations(
    store: Store,
    where: OrganisationFilter | None = None,
    *,
    order_by: str = "name",
    descending: bool = False,
    after: tuple[Any, ...] | None = None,
    limit: int = 200,
) -> Page[Organisation]:
    rows, cursor = fetch_page(
        store.db, TABLE, _query(where), SORTS[order_by], descending, after, limit
    )
    return Page([synced.from_row(Organisation, r) for r in rows], cursor)


def count_organisations(store: Store, where: OrganisationFilter | None = None) -> int:
    return count_rows(store.db, TABLE, _query(where))


def delete_organisation(store: Store, org_id: str) -> Organisation:
    """Tombstone an organisation; restore_organisation undoes it."""
    return _set_deleted(store, org_id, True)


def restore_organisation(store: Store, org_id: str) -> Organisation:
    return _set_deleted(store, org_id, False)


def _set_deleted(store: Store, org_id: str, deleted: bool) -> Organisation:
    with store.db.atomic():
        org = synced.set_deleted(store, TABLE, Organisation, org_id, deleted)
        _reindex(store, org)
    return org


def organisation_choices(store: Store) -> list[tuple[str, str]]:
    """(id, display name) of every live organisation, by name, for pickers."""
    rows = store.db.execute(
        "SELECT id, name, acronym FROM organisations WHERE deleted = 0 ORDER BY name_key"
    ).fetchall()
    return [(r[0], f"{r[1]} ({r[2]})" if r[2] else r[1]) for r in rows]
