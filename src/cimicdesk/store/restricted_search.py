"""Migration 007's work: an index written before restricted contacts were masked, scrubbed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlite_utils import Database

from cimicdesk.domain.enums import Sensitivity
from cimicdesk.store import contacts, incidents, liaison, search
from cimicdesk.store import support_requests as support
from cimicdesk.store.database import Store


def scrub_index(db: Database) -> int:
    """Index every restricted contact by its code, organisation and category only, and
    the records whose index text still names one by the text their repository gives them
    now (the name replaced by the code); then merge the index's segments, so that no
    name, phone or note of theirs stays in the file's search tables. Returns how many
    records were re-indexed.

    Before schema 7 a restricted contact was indexed by everything (search then showed it
    masked): its name and phones were in search_index_content and search_index_data, and
    an index older still named it in the entries, incidents and requests it took part in.
    """
    rows = db.execute(
        "SELECT id, name FROM contacts WHERE sensitivity = ? AND deleted = 0 ORDER BY id",
        [Sensitivity.RESTRICTED.value],
    ).fetchall()
    done = 0
    if rows:  # a new, empty file has no unit recorded yet: no Store, and nothing to do
        store = Store(Path(getattr(db, "path", None) or ""), db)
        for contact_id, _ in rows:
            contacts._reindex(store, contacts.get_contact(store, contact_id))
        naming = _naming(store, dict(rows))
        for key in sorted(naming):
            naming[key](key[1])
        done = len(rows) + len(naming)
    search.forget_removed_text(db.conn)
    return done


# (kind, SQL of (restricted contact id, id) of the live records of that kind naming one).
_NAMING = {
    liaison.KIND: "SELECT p.target_id, p.entry_id FROM liaison_participants p "
    "JOIN contacts c ON c.id = p.target_id WHERE c.sensitivity = ? AND p.deleted = 0",
    incidents.KIND: "SELECT i.source_contact_id, i.id FROM incidents i "
    "JOIN contacts c ON c.id = i.source_contact_id WHERE c.sensitivity = ? AND i.deleted = 0",
    support.KIND: "SELECT r.requesting_contact_id, r.id FROM support_requests r "
    "JOIN contacts c ON c.id = r.requesting_contact_id WHERE c.sensitivity = ? AND r.deleted = 0",
}


def _naming(store: Store, names: dict[str, str]) -> dict[tuple[str, str], Callable[[str], None]]:
    """(kind, id) -> its re-index, of the entries, incidents and requests that took part
    with a restricted contact (id -> name) and whose index text holds its name (as a
    phrase). Since restricted participants were listed by code, none do."""
    reindex: dict[str, Callable[[str], None]] = {
        liaison.KIND: lambda i: liaison._reindex(store, liaison.get_liaison(store, i)),
        incidents.KIND: lambda i: incidents._reindex(store, incidents.get_incident(store, i)),
        support.KIND: lambda i: support._reindex(store, support.get_support_request(store, i)),
    }
    naming: dict[str, set[tuple[str, str]]] = {}
    for kind, sql in _NAMING.items():
        for contact_id, record_id in store.db.execute(sql, [Sensitivity.RESTRICTED.value]):
            naming.setdefault(contact_id, set()).add((kind, record_id))
    found: dict[tuple[str, str], Callable[[str], None]] = {}
    for contact_id, records in naming.items():
        words = search.query_words(names.get(contact_id, ""))
        if not words:
            continue
        phrase = '"' + " ".join(words) + '"'  # only token characters: no quote inside
        holding = store.db.execute(
            "SELECT kind, record_id FROM search_index WHERE search_index MATCH ?", [phrase]
        )
        for kind, record_id in records.intersection(holding):
            found[(kind, record_id)] = reindex[kind]
    return found
