"""Read the rows a report needs in a few set-based queries instead of one query per record.

The repositories' get_* functions read one record with its children (a meeting with its
participants and actions, a project with its tranches, visits and transitions); a report
of a sector's week reads hundreds, so these read the same rows for many records at once,
in the same order, and build the same domain objects (store.synced.from_row). What the
reports never print is left out (a contact's last-contact date, a visit's photos).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, TypeVar

from cimicdesk.domain.qip import MonitoringVisit, Qip, QipTransition, Tranche
from cimicdesk.domain.records import Contact, FollowUpAction, Organisation, Participant
from cimicdesk.store import synced
from cimicdesk.store.database import Store

R = TypeVar("R")
# Ids per IN (...) list: well under SQLite's limit on bound parameters.
CHUNK = 500


def _chunks(ids: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


def rows_where_in(
    store: Store, table: str, column: str, ids: Iterable[str], order: str = ""
) -> Iterator[dict[str, Any]]:
    """Every row of `table` whose `column` is one of `ids`, as dicts (`order`: within a
    chunk; callers group by `column`, so the order kept is the one within each record)."""
    wanted = list(dict.fromkeys(i for i in ids if i))
    tail = f" ORDER BY {order}" if order else ""
    for chunk in _chunks(wanted):
        marks = ", ".join("?" * len(chunk))
        cursor = store.db.execute(
            f"SELECT * FROM {table} WHERE {column} IN ({marks}){tail}", list(chunk)
        )
        names = [d[0] for d in cursor.description]
        for row in cursor.fetchall():
            yield dict(zip(names, row, strict=True))


def children(
    store: Store, table: str, cls: type[R], key: str, ids: Iterable[str], order: str
) -> dict[str, list[R]]:
    """The live children (deleted = 0) of each parent id, in `order` within each parent."""
    found: dict[str, list[R]] = defaultdict(list)
    for row in rows_where_in(store, table, key, ids, order):
        if not row.get("deleted"):
            found[row[key]].append(synced.from_row(cls, row))
    return found


def by_id(store: Store, table: str, cls: type[R], ids: Iterable[str]) -> dict[str, R]:
    """The records of `table` with these ids (deleted ones too; absent ids are absent)."""
    return {row["id"]: synced.from_row(cls, row) for row in rows_where_in(store, table, "id", ids)}


def contacts(store: Store, ids: Iterable[str]) -> dict[str, Contact]:
    """Contacts by id, as get_contact reads them but without the last-contact date."""
    return by_id(store, "contacts", Contact, ids)


def organisations(store: Store, ids: Iterable[str]) -> dict[str, Organisation]:
    return by_id(store, "organisations", Organisation, ids)


def participants(store: Store, entry_ids: Iterable[str]) -> dict[str, list[Participant]]:
    """The live participants of each meeting, in get_liaison's order."""
    return children(
        store, "liaison_participants", Participant, "entry_id", entry_ids, "created_at, rowid"
    )


def actions(store: Store, entry_ids: Iterable[str]) -> dict[str, list[FollowUpAction]]:
    """The live follow-up actions of each meeting, in get_liaison's order."""
    return children(
        store, "follow_up_actions", FollowUpAction, "entry_id", entry_ids, "created_at, rowid"
    )


def with_children(store: Store, qips: Sequence[Qip]) -> list[Qip]:
    """The projects (list rows) with their live tranches and visits and every transition,
    as get_qip reads them (visits without their photos)."""
    ids = [q.id for q in qips]
    tranches = children(store, "qip_tranches", Tranche, "qip_id", ids, "paid_on, id")
    visits = children(store, "qip_visits", MonitoringVisit, "qip_id", ids, "visit_date, id")
    moves: dict[str, list[QipTransition]] = defaultdict(list)
    for row in rows_where_in(store, "qip_transitions", "qip_id", ids, "seq, created_at, id"):
        moves[row["qip_id"]].append(synced.from_row(QipTransition, row))
    for qip in qips:
        qip.tranches = tranches.get(qip.id, [])
        qip.visits = visits.get(qip.id, [])
        qip.transitions = moves.get(qip.id, [])
    return list(qips)
