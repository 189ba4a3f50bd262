"""Keep the search index true after a merge: the text of every record that arrived or changed.

Each record's text comes from its repository's `index_text`, fed the same related
names the repository's own re-index uses (organisation of a contact, participants and
live actions of a liaison entry, partner, tranches and visits of a QIP, the
organisations and children of a community assessment, ...). Records
are loaded in batches, so a first import of tens of thousands of records stays quick.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from cimicdesk.domain.assessment import Assessment
from cimicdesk.domain.enums import Sensitivity
from cimicdesk.domain.incident import Incident
from cimicdesk.domain.masking import listed_name, restricted_code
from cimicdesk.domain.qip import MonitoringVisit, Tranche
from cimicdesk.domain.records import Contact, FollowUpAction, LiaisonEntry, Organisation
from cimicdesk.store import (
    assessments,
    contacts,
    incidents,
    liaison,
    organisations,
    qips,
    search,
    synced,
)
from cimicdesk.store import support_requests as support
from cimicdesk.store.database import Store
from cimicdesk.sync import search_sql

# Liaison entries SQL can vouch for are indexed by one statement (search_sql.py); the
# tests turn it off to prove both paths index alike.
SQL_SEARCH_ROWS = True
_BATCH = 500
# The fields of an organisation or a contact that other records' index text shows (a
# contact's organisation, an entry's participants, an incident's source and actors, a
# request's requester): only a change to one of them changes the text of those records.
NAMED_BY = {"organisations": ("name", "acronym"), "contacts": ("name", "sensitivity")}
_REQUESTER = "requesting_contact_id"
Doc = tuple[str, str, str, str]


def _chunks(ids: Iterable[str]) -> Iterator[list[str]]:
    ordered = sorted(set(ids))
    for start in range(0, len(ordered), _BATCH):
        yield ordered[start : start + _BATCH]


def _rows(store: Store, sql: str, ids: list[str]) -> list[dict[str, Any]]:
    cursor = store.db.conn.execute(sql.format(marks=", ".join("?" for _ in ids)), ids)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _names(store: Store, table: str, ids: set[str], acronym: bool) -> dict[str, str]:
    """'name acronym' (organisations) or the listed name (contacts) by id."""
    found: dict[str, str] = {}
    for chunk in _chunks(i for i in ids if i):
        columns = "id, name, acronym" if acronym else "id, name, sensitivity"
        sql = f"SELECT {columns} FROM {table} WHERE id IN ({{marks}})"
        for row in _rows(store, sql, chunk):
            if acronym:
                found[row["id"]] = f"{row['name']} {row['acronym']}"
            else:  # a restricted contact by its code, as the lists show it
                found[row["id"]] = listed_name(row["id"], row["name"], row["sensitivity"])
    return found


def _children(
    store: Store, table: str, key: str, ids: list[str], cls: type[synced.R], order: str
) -> dict[str, list[synced.R]]:
    by_parent: dict[str, list[synced.R]] = {i: [] for i in ids}
    sql = f"SELECT * FROM {table} WHERE {key} IN ({{marks}}) AND deleted = 0 ORDER BY {order}"
    for row in _rows(store, sql, ids):
        by_parent[row[key]].append(synced.from_row(cls, row))
    return by_parent


def _organisation_docs(store: Store, ids: list[str]) -> Iterator[tuple[str, Any]]:
    for row in _rows(store, "SELECT * FROM organisations WHERE id IN ({marks})", ids):
        org = synced.from_row(Organisation, row)
        yield org.id, None if org.deleted else organisations.index_text(org)


def _contact_docs(store: Store, ids: list[str]) -> Iterator[tuple[str, Any]]:
    rows = _rows(store, "SELECT * FROM contacts WHERE id IN ({marks})", ids)
    orgs = _names(store, "organisations", {r["organisation_id"] for r in rows}, acronym=True)
    for row in rows:
        person = synced.from_row(Contact, row)
        if person.deleted:
            yield person.id, None
            continue
        yield person.id, contacts.index_text(person, orgs.get(person.organisation_id or "", ""))


def _liaison_docs(store: Store, ids: list[str]) -> Iterator[tuple[str, Any]]:
    sql = (
        f"SELECT *, COALESCE({liaison.PARTICIPANT_NAMES_SQL}, '') AS participant_names "
        "FROM liaison_entries WHERE id IN ({marks})"
    )
    rows = _rows(store, sql, ids)
    actions = _children(
        store, liaison.ACTIONS, "entry_id", ids, FollowUpAction, "created_at, rowid"
    )
    for row in rows:
        entry = synced.from_row(LiaisonEntry, row)
        if entry.deleted:
            yield entry.id, None
            continue
        entry.participant_names = row["participant_names"] or ""
        entry.actions = actions[entry.id]
        yield entry.id, liaison.index_text(entry)


def _qip_docs(store: Store, ids: list[str]) -> Iterator[tuple[str, Any]]:
    rows = _rows(store, f"SELECT {qips.LIST_SELECT} FROM qips WHERE id IN ({{marks}})", ids)
    tranches = _children(store, qips.TRANCHES, "qip_id", ids, Tranche, "paid_on, id")
    visits = _children(store, qips.VISITS, "qip_id", ids, MonitoringVisit, "visit_date, id")
    for row in rows:
        qip = qips.from_list_row(row)
        if qip.deleted:
            yield qip.id, None
            continue
        qip.tranches, qip.visits = tranches[qip.id], visits[qip.id]
        yield qip.id, qips.index_text(qip)


def _incident_docs(store: Store, ids: list[str]) -> Iterator[tuple[str, Any]]:
    found = [
        synced.from_row(Incident, r)
        for r in _rows(store, "SELECT * FROM incidents WHERE id IN ({marks})", ids)
    ]
    org_ids = {o for i in found for o in (i.source_organisation_id, *i.actor_organisation_ids)}
    orgs = _names(store, "organisations", {o for o in org_ids if o}, acronym=True)
    people = _names(store, "contacts", {i.source_contact_id or "" for i in found}, acronym=False)
    for incident in found:
        if incident.deleted:
            yield incident.id, None
            continue
        names = [
            orgs.get(o, "")
            for o in (incident.source_organisation_id, *incident.actor_organisation_ids)
            if o
        ]
        if incident.source_contact_id:
            names.append(people.get(incident.source_contact_id, ""))
        yield incident.id, incidents.index_text(incident, " ".join(names))


def _support_docs(store: Store, ids: list[str]) -> Iterator[tuple[str, Any]]:
    sql = f"SELECT {support.LIST_SELECT} FROM {support.TABLE} WHERE id IN ({{marks}})"
    rows = [support.from_list_row(r) for r in _rows(store, sql, ids)]
    people = _names(store, "contacts", {r.requesting_contact_id or "" for r in rows}, acronym=False)
    for request in rows:
        if request.deleted:
            yield request.id, None
            continue
        contact = people.get(request.requesting_contact_id or "", "")
        yield request.id, support.index_text(request, contact)


def _assessment_docs(store: Store, ids: list[str]) -> Iterator[tuple[str, Any]]:
    rows = _rows(store, f"SELECT * FROM {assessments.TABLE} WHERE id IN ({{marks}})", ids)
    found = [synced.from_row(Assessment, row) for row in rows]
    # The live children, in the order get_assessment gives them (so the same text).
    assessments.attach_children(store, found, assessments.CHILD_TABLES)
    named = {o for a in found for o in (*a.joint_organisation_ids, *a.present_organisation_ids)}
    names = assessments.organisation_names(store, named)
    people = {p for a in found for p in a.informant_contact_ids}
    informants = assessments.informant_names(store, people)
    for assessment in found:
        if assessment.deleted:
            yield assessment.id, None
            continue
        yield assessment.id, assessments.index_text(assessment, names, informants)


# Table -> (search kind, builder of (id, (title, body) or None when tombstoned)).
_INDEXED = {
    "organisations": (organisations.KIND, _organisation_docs),
    "contacts": (contacts.KIND, _contact_docs),
    "liaison_entries": (liaison.KIND, _liaison_docs),
    "qips": (qips.KIND, _qip_docs),
    "incidents": (incidents.KIND, _incident_docs),
    "support_requests": (support.KIND, _support_docs),
    assessments.TABLE: (assessments.KIND, _assessment_docs),
}


def affected(
    store: Store, touched: dict[str, set[str]], renamed: dict[str, set[str]] | None = None
) -> dict[str, set[str]]:
    """The indexed records whose text may have changed when `touched` rows changed.

    A record itself; a liaison entry whose participants or actions changed, or whose
    participant was renamed; a QIP whose tranches or visits changed; a community
    assessment whose sector ratings, infrastructure or actions changed, or that names a
    renamed organisation or contact (a key informant); the contacts of a renamed
    organisation; the incidents and support requests of a renamed contact (its name, or
    its code once restricted, is in their text). `renamed`: the organisations and
    contacts among `touched` whose NAMED_BY fields may have changed (new, or changed in
    one of them); None when not known: all of them.
    """
    out = {table: set(touched.get(table, ())) for table in _INDEXED}
    shown = touched if renamed is None else renamed  # whose names others' text shows
    conn = store.db.conn
    for child in (liaison.PARTICIPANTS, liaison.ACTIONS):
        for chunk in _chunks(touched.get(child, ())):
            sql = f"SELECT entry_id FROM {child} WHERE id IN ({{marks}})"
            out["liaison_entries"].update(r["entry_id"] for r in _rows(store, sql, chunk))
    for child in (qips.TRANCHES, qips.VISITS):
        for chunk in _chunks(touched.get(child, ())):
            sql = f"SELECT qip_id FROM {child} WHERE id IN ({{marks}})"
            out["qips"].update(r["qip_id"] for r in _rows(store, sql, chunk))
    for child in assessments.CHILD_TABLES:
        for chunk in _chunks(touched.get(child, ())):
            sql = f"SELECT assessment_id FROM {child} WHERE id IN ({{marks}})"
            out[assessments.TABLE].update(r["assessment_id"] for r in _rows(store, sql, chunk))
    people = shown.get("contacts", set())
    _naming_assessments(store, out, shown.get("organisations", set()), people)
    if people:
        # An incident's source and a request's requester are named in their text, as the
        # lists name them: by code once restricted. One pass each (no index on them).
        for table, column in (("incidents", "source_contact_id"), (support.TABLE, _REQUESTER)):
            named = conn.execute(f"SELECT id, {column} FROM {table} WHERE {column} IS NOT NULL")
            out[table].update(row_id for row_id, person in named if person in people)
    for chunk in _chunks(shown.get("organisations", ())):
        sql = "SELECT id FROM contacts WHERE organisation_id IN ({marks}) AND deleted = 0"
        out["contacts"].update(r["id"] for r in _rows(store, sql, chunk))
    for chunk in _chunks(shown.get("organisations", set()) | people):
        marks = ", ".join("?" for _ in chunk)
        rows = conn.execute(
            f"SELECT DISTINCT entry_id FROM {liaison.PARTICIPANTS} "
            f"WHERE target_id IN ({marks}) AND deleted = 0",
            chunk,
        ).fetchall()
        out["liaison_entries"].update(r[0] for r in rows)
    return out


# The lists of ids an assessment names others by: organisations, and its key informants.
_ASSESSMENT_NAMES = {
    "organisations": ("joint_organisation_ids", "present_organisation_ids"),
    "contacts": ("informant_contact_ids",),
}


def _naming_assessments(
    store: Store, out: dict[str, set[str]], organisations: set[str], people: set[str]
) -> None:
    """Add to `out` the live assessments naming any of these organisations (in their joint
    team, or working there) or contacts (key informants): their text shows those names."""
    for table, named in (("organisations", organisations), ("contacts", people)):
        for chunk in _chunks(named):
            marks = ", ".join("?" for _ in chunk)
            lists = " UNION ALL ".join(
                f"SELECT 1 FROM json_each(a.{column}) e WHERE e.value IN ({marks})"
                for column in _ASSESSMENT_NAMES[table]
            )
            columns = _ASSESSMENT_NAMES[table]
            rows = store.db.conn.execute(
                f"SELECT a.id FROM {assessments.TABLE} a WHERE a.deleted = 0 AND EXISTS ({lists})",
                chunk * len(columns),
            )
            out[assessments.TABLE].update(r[0] for r in rows)


def _exposed(store: Store, people: set[str]) -> bool:
    """Whether any of these contacts is restricted but still indexed by name: made
    restricted by this merge (or indexed before restricted contacts were masked)."""
    for chunk in _chunks(people):
        rows = store.db.conn.execute(
            "SELECT c.id, i.title FROM contacts c "
            "JOIN search_keys k ON k.kind = 'contact' AND k.record_id = c.id "
            "CROSS JOIN search_index i ON i.rowid = k.doc "
            f"WHERE c.sensitivity = ? AND c.id IN ({', '.join('?' for _ in chunk)})",
            [Sensitivity.RESTRICTED.value, *chunk],
        )
        if any(title != restricted_code(person) for person, title in rows):
            return True
    return False


def reindex(
    store: Store, touched: dict[str, set[str]], renamed: dict[str, set[str]] | None = None
) -> int:
    """Re-index every record `touched` may have changed; return how many were indexed.

    `renamed`: as affected() takes it (a merge knows which fields it changed). When a
    contact became restricted, the index's older segments in the file still hold the name
    it was indexed by: they are merged away (search.forget_removed_text).
    """
    exposed = _exposed(store, touched.get("contacts", set()))
    done = 0
    for table, ids in affected(store, touched, renamed).items():
        kind, build = _INDEXED[table]
        if table == "liaison_entries" and SQL_SEARCH_ROWS and ids:
            written = search_sql.index_entries(store.db.conn, ids)
            done += len(written)
            ids = ids - written
        for chunk in _chunks(ids):
            docs: list[Doc] = []
            for record_id, text in build(store, chunk):
                if text is None:
                    search.unindex_record(store, kind, record_id)
                else:
                    docs.append((kind, record_id, *text))
            search.index_many(store.db.conn, docs)
            done += len(docs)
    if exposed:
        search.forget_removed_text(store.db.conn)
    return done
