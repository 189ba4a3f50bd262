"""Repository of contacts (people), with 'last contact' derived from the liaison log."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from cimicdesk.domain.enums import Sensitivity
from cimicdesk.domain.errors import FieldError, ValidationError
from cimicdesk.domain.grid import optional_grid
from cimicdesk.domain.masking import is_restricted, restricted_search_text
from cimicdesk.domain.records import Contact, normalise_grid
from cimicdesk.domain.text import fold
from cimicdesk.i18n.message import msg
from cimicdesk.store import search, synced
from cimicdesk.store.database import Store
from cimicdesk.store.dependents import reindex_dependents
from cimicdesk.store.filters import ContactFilter, common_query
from cimicdesk.store.paging import ListQuery, Page, count_rows, fetch_page
from cimicdesk.store.schema import MASKED_NAME_SQL

TABLE = "contacts"
KIND = "contact"
LAST_CONTACT_SQL = (
    "(SELECT max(e.start) FROM liaison_participants p "
    "JOIN liaison_entries e ON e.id = p.entry_id "
    "WHERE p.target_id = contacts.id AND p.deleted = 0 AND e.deleted = 0)"
)
SORTS = {
    "name": "name_key",
    "masked_name": MASKED_NAME_SQL,  # restricted contacts by code, after every name
    "position": "position COLLATE NOCASE",
    "organisation": "(SELECT name_key FROM organisations o WHERE o.id = contacts.organisation_id)",
    "category": "category",
    "sensitivity": "sensitivity",
    "place": "place COLLATE NOCASE",
    "last_contact": f"COALESCE({LAST_CONTACT_SQL}, '')",
}
_SELECT = f"*, COALESCE({LAST_CONTACT_SQL}, '') AS last_contact"


def _from_row(row: dict[str, Any]) -> Contact:
    contact = synced.from_row(Contact, row)
    contact.last_contact = row.get("last_contact") or ""
    return contact


def save_contact(store: Store, contact: Contact) -> Contact:
    """Validate, normalise the grid, store with clocks and history, and index for search."""
    contact.validate()
    contact.grid = normalise_grid(contact.grid)
    extra = derived_columns(contact)
    with store.db.atomic():
        if contact.organisation_id and not synced.fetch_row(
            store, "organisations", contact.organisation_id
        ):
            raise ValidationError(
                [FieldError("organisation_id", msg("That organisation is unknown."))]
            )
        before = synced.fetch_row(store, TABLE, contact.id) if contact.id else None
        stored = synced.write(store, TABLE, contact, extra)
        _reindex(store, stored)
        if before and (before["name"], before["sensitivity"]) != (
            stored.name,
            stored.sensitivity.value,
        ):
            # The entries, incidents, requests and projects naming the person are found by
            # that name, or (restricted) by the code alone: keep their search text true.
            reindex_dependents(store, [(TABLE, stored.id)])
        if before and before["sensitivity"] != stored.sensitivity.value and is_restricted(stored):
            # Made restricted: its name, phones and notes (and the entries' text naming
            # it) left the index, but not yet the index's older segments in the file.
            search.forget_removed_text(store.db.conn)
    return get_contact(store, stored.id)


def derived_columns(contact: Contact) -> dict[str, object]:
    """Columns computed from the record, with no clock: position of the grid, sort key."""
    ref = optional_grid(contact.grid)
    return {
        "lat": ref.lat if ref else None,
        "lon": ref.lon if ref else None,
        "name_key": fold(contact.name),
    }


def _reindex(store: Store, contact: Contact) -> None:
    if contact.deleted:
        search.unindex_record(store, KIND, contact.id)
        return
    org = ""
    if contact.organisation_id:
        row = synced.fetch_row(store, "organisations", contact.organisation_id)
        org = f"{row['name']} {row['acronym']}" if row else ""
    search.index_record(store, KIND, contact.id, *index_text(contact, org))


def index_text(contact: Contact, organisation: str = "") -> tuple[str, str]:
    """The (title, body) of a contact in the search index; organisation is 'name acronym'.

    A restricted contact is indexed only by what the masked Contacts list shows of it
    (its code, organisation and category): search never confirms who a source is, and
    the index, a table in the file, never holds its name, phones or notes.
    """
    if is_restricted(contact):
        return restricted_search_text(contact.id, organisation, contact.category.label)
    return full_text(contact, organisation)


def full_text(contact: Contact, organisation: str = "") -> tuple[str, str]:
    """Every searchable field of a contact as (title, body), restricted or not: what the
    index holds of a contact that is not restricted."""
    body = " ".join(
        [
            contact.position,
            organisation,
            contact.category.label,
            contact.place,
            contact.grid,
            contact.email,
            " ".join(contact.phones),
            " ".join(contact.languages),
            contact.notes,
        ]
    )
    return contact.name, body


def reindex_members(store: Store, organisation_id: str) -> None:
    """Re-index the live contacts of an organisation (after it was renamed)."""
    rows = store.db.execute(
        "SELECT id FROM contacts WHERE organisation_id = ? AND deleted = 0", [organisation_id]
    ).fetchall()
    for (contact_id,) in rows:
        _reindex(store, synced.get(store, TABLE, Contact, contact_id))


def get_contact(store: Store, contact_id: str) -> Contact:
    row = store.db.execute(f"SELECT {_SELECT} FROM contacts WHERE id = ?", [contact_id])
    names = [d[0] for d in row.description]
    found = row.fetchone()
    if not found:
        return synced.get(store, TABLE, Contact, contact_id)  # raises RecordNotFoundError
    return _from_row(dict(zip(names, found, strict=True)))


def _query(store: Store, where: ContactFilter | None) -> ListQuery:
    where = where or ContactFilter()
    wanted = search.parse_query(where.text)
    if where.reveal_restricted and wanted.words:
        # Revealed, restricted contacts match by all their text too (see ContactFilter).
        query = common_query(KIND, replace(where, text=""))
        revealed = [i for i, words in _restricted_words(store) if search.words_match(wanted, words)]
        marks = ", ".join("?" for _ in revealed)
        query.add(f"{search.matching_ids_sql(KIND)} OR id IN ({marks})", wanted.fts, *revealed)
    else:
        query = common_query(KIND, where)
    if where.category:
        query.add("category = ?", where.category.value)
    if where.sensitivity:
        query.add("sensitivity = ?", where.sensitivity.value)
    if where.organisation_id:
        query.add("organisation_id = ?", where.organisation_id)
    return query


def list_contacts(
    store: Store,
    where: ContactFilter | None = None,
    *,
    order_by: str = "name",
    descending: bool = False,
    after: tuple[Any, ...] | None = None,
    limit: int = 200,
) -> Page[Contact]:
    rows, cursor = fetch_page(
        store.db,
        TABLE,
        _query(store, where),
        SORTS[order_by],
        descending,
        after,
        limit,
        select=_SELECT,
    )
    return Page([_from_row(r) for r in rows], cursor)


def count_contacts(store: Store, where: ContactFilter | None = None) -> int:
    return count_rows(store.db, TABLE, _query(store, where))


def _restricted_words(store: Store) -> list[tuple[str, frozenset[str]]]:
    """(id, the words of all its searchable text) of every live restricted contact: read
    once while the file is unchanged (store.memo), for a revealed list filtered as the
    officer types."""

    def read() -> list[tuple[str, frozenset[str]]]:
        rows = store.db.execute(
            "SELECT c.*, COALESCE(o.name || ' ' || o.acronym, '') AS organisation "
            "FROM contacts c LEFT JOIN organisations o ON o.id = c.organisation_id "
            "WHERE c.sensitivity = ? AND c.deleted = 0",  # tombstones leave the index too
            [Sensitivity.RESTRICTED.value],
        )
        names = [d[0] for d in rows.description]
        found = []
        for values in rows.fetchall():
            row = dict(zip(names, values, strict=True))
            person = synced.from_row(Contact, row)
            text = " ".join(full_text(person, row["organisation"]))
            found.append((person.id, search.indexed_words(text)))
        return found

    return list(store.memo("restricted_contact_words", read))


def delete_contact(store: Store, contact_id: str) -> Contact:
    """Tombstone a contact; restore_contact undoes it."""
    return _set_deleted(store, contact_id, True)


def restore_contact(store: Store, contact_id: str) -> Contact:
    return _set_deleted(store, contact_id, False)


def _set_deleted(store: Store, contact_id: str, deleted: bool) -> Contact:
    with store.db.atomic():
        contact = synced.set_deleted(store, TABLE, Contact, contact_id, deleted)
        _reindex(store, contact)
    return get_contact(store, contact_id)


def restricted_ids(store: Store) -> frozenset[str]:
    """The ids of the contacts marked restricted (deleted ones too): screens show their code."""
    sql = "SELECT id FROM contacts WHERE sensitivity = ?"
    return store.memo(
        "restricted_contacts",
        lambda: frozenset(r[0] for r in store.db.execute(sql, [Sensitivity.RESTRICTED.value])),
    )


def contact_choices(store: Store) -> list[tuple[str, str]]:
    """(id, 'name — position') of every live contact, by name, for pickers.

    Read once for the four editors' pickers while the file is unchanged (store.memo)."""
    return list(store.memo("contact_choices", lambda: _contact_choices(store)))


def _contact_choices(store: Store) -> list[tuple[str, str]]:
    rows = store.db.execute(
        "SELECT id, name, position FROM contacts WHERE deleted = 0 ORDER BY name_key"
    ).fetchall()
    return [(r[0], f"{r[1]} — {r[2]}" if r[2] else r[1]) for r in rows]
