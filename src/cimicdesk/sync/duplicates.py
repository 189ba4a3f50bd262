"""Duplicates: one organisation or person entered at two battalions, under two ids.

A candidate pair has the same normalised name (domain.text.fold: case-folded, accents
stripped, whitespace collapsed) and either a phone number in common (compared on their
last 8 digits, so '+236 75 12 34 56' matches '75123456') or the same place (normalised
the same way). Resolving a pair sets the duplicate's `merged_into` to the survivor's
id: an ordinary clocked edit, so it travels with the next export and every database
that imports it agrees. Nothing is re-pointed: records keep referring to whichever id
they used, and reports count each organisation or person once as
`COALESCE(merged_into, id)` (reports.data follows merged_into to the survivor).
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from itertools import combinations
from typing import Any, cast

from cimicdesk.domain.errors import CimicError, RecordNotFoundError
from cimicdesk.domain.records import Contact, Organisation
from cimicdesk.domain.text import fold
from cimicdesk.i18n.message import Message, msg
from cimicdesk.store import synced
from cimicdesk.store.database import Store
from cimicdesk.sync.reindex import reindex
from cimicdesk.sync.tables import table as synced_table

DUPLICATE_TABLES = ("organisations", "contacts")
_DIGITS = re.compile(r"\D")
PHONE_DIGITS = 8


@dataclass(frozen=True)
class DuplicateCandidate:
    """Two records that look like the same organisation or person.

    Attributes: table ('organisations' or 'contacts'), keep_id (the suggested survivor:
    the one recorded first), duplicate_id, keep_name / duplicate_name, keep_unit /
    duplicate_unit (their originating units), reason (what matched, a Message).
    """

    table: str
    keep_id: str
    duplicate_id: str
    keep_name: str
    duplicate_name: str
    keep_unit: str
    duplicate_unit: str
    reason: Message

    @property
    def kind(self) -> str:
        return "organisation" if self.table == "organisations" else "contact"


def _phones(text: str) -> set[str]:
    try:
        numbers = json.loads(text or "[]")
    except ValueError:
        return set()
    digits = (_DIGITS.sub("", str(n)) for n in numbers)
    return {d[-PHONE_DIGITS:] for d in digits if len(d) >= 6}


def _match(a: dict[str, Any], b: dict[str, Any]) -> Message | None:
    common = a["phones"] & b["phones"]
    if common:
        return msg("same name and phone (…{digits})", digits=sorted(common)[0])
    if a["place"] and a["place"] == b["place"]:
        return msg("same name and place ({place})", place=a["place_text"])
    return None


def find_duplicates(
    store: Store, among: Mapping[str, Collection[str]] | None = None
) -> list[DuplicateCandidate]:
    """Pairs of live, unmerged records that look like one, organisations first, by name.

    `among` ({table: ids}, e.g. the rows an import wrote): only the pairs one of those
    records is in (every pair another record could form was there before they came). They
    are found through the name index: a pair has one normalised name, and name_key holds
    each stored record's normalised name (derived_columns), so only the records of those
    names are read, not the whole table.
    """
    found: list[DuplicateCandidate] = []
    for name in DUPLICATE_TABLES:
        ids = None if among is None else set(among.get(name, ()))
        if ids is not None and not ids:
            continue
        groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for record_id, title, phones, place, unit, _ in _live_rows(store, name, ids):
            key = fold(title)
            if key:
                groups[key].append(
                    {
                        "id": record_id,
                        "name": title,
                        "phones": _phones(phones),
                        "place": fold(place),
                        "place_text": place,
                        "unit": unit,
                    }
                )
        for key in sorted(groups):
            for first, second in combinations(groups[key], 2):
                if ids is not None and first["id"] not in ids and second["id"] not in ids:
                    continue
                reason = _match(first, second)
                if reason:
                    found.append(
                        DuplicateCandidate(
                            name,
                            first["id"],
                            second["id"],
                            first["name"],
                            second["name"],
                            first["unit"],
                            second["unit"],
                            reason,
                        )
                    )
    return found


def _live_rows(store: Store, name: str, ids: set[str] | None) -> list[tuple[Any, ...]]:
    """(id, name, phones, place, origin_unit, created_at) of the live, unmerged records of
    the table (ids None), or of those with the names of the records `ids` (and those
    records themselves), by created_at and id."""
    live = "deleted = 0 AND merged_into IS NULL"
    if ids is None:
        where, params = live, []
    else:
        listed = json.dumps(sorted(ids))
        names = store.db.conn.execute(
            f"SELECT name FROM {name} WHERE id IN (SELECT value FROM json_each(?)) AND {live}",
            [listed],
        ).fetchall()
        keys = json.dumps(sorted({fold(title) for (title,) in names} - {""}))
        where = (
            f"{live} AND (name_key IN (SELECT value FROM json_each(?)) "
            "OR id IN (SELECT value FROM json_each(?)))"
        )
        params = [keys, listed]
    return list(
        store.db.conn.execute(
            f"SELECT id, name, phones, place, origin_unit, created_at FROM {name} "
            f"WHERE {where} ORDER BY created_at, id",
            params,
        ).fetchall()
    )


def _table_of(store: Store, record_id: str) -> str:
    for name in DUPLICATE_TABLES:
        if synced.fetch_row(store, name, record_id):
            return name
    raise RecordNotFoundError(msg("No organisation or contact with id {id}.", id=record_id))


def merge_duplicate(store: Store, keep_id: str, duplicate_id: str) -> Organisation | Contact:
    """Mark `duplicate_id` as the same as `keep_id` (sets its merged_into); return it."""
    if keep_id == duplicate_id:
        raise CimicError(msg("A record cannot be merged into itself."))
    name = _table_of(store, keep_id)
    if _table_of(store, duplicate_id) != name:
        raise CimicError(msg("Only two organisations, or two contacts, can be merged."))
    cls = _record_class(name)
    with store.db.atomic():
        survivor = synced.get(store, name, cls, keep_id)
        seen = {keep_id}
        while survivor.merged_into:
            if survivor.merged_into in seen or survivor.merged_into == duplicate_id:
                raise CimicError(
                    msg(
                        "{name} is itself merged into the other record: keep that one.",
                        name=survivor.name,
                    )
                )
            seen.add(survivor.merged_into)
            survivor = synced.get(store, name, cls, survivor.merged_into)
        return _set_merged_into(store, name, duplicate_id, survivor.id)


def unmerge(store: Store, record_id: str) -> Organisation | Contact:
    """Undo merge_duplicate: the record stands on its own again (an ordinary edit too)."""
    return _set_merged_into(store, _table_of(store, record_id), record_id, None)


def _record_class(name: str) -> type[Organisation | Contact]:
    # synced_table() knows only that it is a Record; DUPLICATE_TABLES are these two.
    return cast("type[Organisation | Contact]", synced_table(name).cls)


def _set_merged_into(
    store: Store, name: str, record_id: str, target: str | None
) -> Organisation | Contact:
    table = synced_table(name)
    with store.db.atomic():
        record = synced.get(store, name, _record_class(name), record_id)
        record.merged_into = target
        stored = synced.write(store, name, record, table.derive(record))
        reindex(store, {name: {record_id}})
    return stored
