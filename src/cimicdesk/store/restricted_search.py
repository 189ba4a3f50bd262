"""Migration 007's work: an index written before restricted contacts were masked, scrubbed."""

from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database

from cimicdesk.domain.enums import Sensitivity
from cimicdesk.store import contacts, search
from cimicdesk.store.database import Store
from cimicdesk.store.dependents import reindex_dependents


def scrub_index(db: Database) -> int:
    """Index every restricted contact by its code, organisation and category only, and the
    records naming it by its code; then merge the index's segments, so that no name, phone
    or note of theirs stays in the file's search tables. Returns how many restricted
    contacts there were.

    Before schema 7 a restricted contact was indexed by everything (search then showed it
    masked): its name and phones were in search_index_content and search_index_data.
    """
    ids = [
        row[0]
        for row in db.execute(
            "SELECT id FROM contacts WHERE sensitivity = ? ORDER BY id",
            [Sensitivity.RESTRICTED.value],
        )
    ]
    if ids:  # a new, empty file has no unit recorded yet: no Store, and nothing to do
        store = Store(Path(getattr(db, "path", None) or ""), db)
        for contact_id in ids:
            contacts._reindex(store, contacts.get_contact(store, contact_id))
        reindex_dependents(store, [(contacts.TABLE, contact_id) for contact_id in ids])
    search.forget_removed_text(db.conn)
    return len(ids)
