"""Purge: remove a record's content for good, not just tombstone it (a captured laptop).

A tombstone keeps the content (merge-design §4: `VACUUM INTO` purges deleted content,
but tombstoned rows keep theirs). purge_record goes further, for a record that must not
survive (a source's identity, a photo of a person):

* the row keeps only its id, reference number and links to its parent; every business
  field is blanked and every derived column (sort key, position) cleared; it is
  tombstoned and each field's clock is bumped, so the purge travels to other units with
  the next export as an ordinary edit that wins over the content they hold;
* its overwritten versions (row_history), conflicts and rejected copies are deleted,
  with its search index entry; the records that named it are re-indexed without it;
* records it owns go with it (a liaison entry's participants and follow-up actions, a
  project's tranches, visits and transitions, a community assessment's sector ratings,
  infrastructure and recommended actions, photos of any of them), and so do the
  records merged into it (the same person or organisation entered twice);
* photos only these records used are deleted (blob bytes included);
* the old bytes do not stay in the file: the purge runs with PRAGMA secure_delete (freed
  space is zeroed), the full-text index is merged (FTS5 keeps deleted words in old
  segments until then), the file is VACUUMed (pages of earlier edits, freed without
  zeroing, are rebuilt) and the write-ahead log is checkpointed and truncated;
* the database's own backups get the same purge (a backup too damaged to open is listed
  in the report, for the officer to delete), and unsaved editor drafts of the purged
  records (editor_drafts) are dropped.

Copies outside the database's folder (exports sent, USB sticks) are out of reach: the
purge reaches other units' files through the merge (see is_purged_row). There the sync
import finishes it: forget_purged drops, inside the merge's transaction, what the
receiving database still holds of each purged row it applied (the version the merge put
in row_history, conflicts, rejected copies, search entries, photo bytes), and
clean_after_merge cleans the file and the backups once for the whole batch of files.
complete_purges does both at once, for any purged rows of a database.

A purge must finish even if the program dies (or the disk fills up) between its commit
and the cleaning: its rows are recorded as pending (record_pending, in _meta) in the
same transaction as the purge or the merge, and stay so until the file, its -wal, the
backups and the drafts are clean; finish_pending, called at every open of the database
(store/interrupted.py) and after every import, finishes what is left.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from cimicdesk.domain.assessment import (
    Assessment,
    InfrastructureItem,
    RecommendedAction,
    SectorRating,
)
from cimicdesk.domain.errors import CimicError, ReadOnlyDatabaseError, RecordNotFoundError
from cimicdesk.domain.incident import Incident, IncidentLiaisonLink
from cimicdesk.domain.qip import Attachment, MonitoringVisit, Qip, QipTransition, Tranche
from cimicdesk.domain.records import (
    Contact,
    FollowUpAction,
    LiaisonEntry,
    Organisation,
    Participant,
    Record,
)
from cimicdesk.domain.support import SupportRequest
from cimicdesk.domain.timeutil import now_stamp
from cimicdesk.i18n.message import Text, msg
from cimicdesk.store import backups, editor_drafts, encryption, probes, search, synced
from cimicdesk.store.database import CimicDatabase, StorageError, Store, storage_error
from cimicdesk.store.dependents import reindex_dependents
from cimicdesk.store.encryption import sqlite3

# Purgeable tables: record type and search-index kind (None: not indexed on its own).
TYPES: dict[str, tuple[type[Record], str | None]] = {
    "organisations": (Organisation, "organisation"),
    "contacts": (Contact, "contact"),
    "liaison_entries": (LiaisonEntry, "liaison"),
    "liaison_participants": (Participant, None),
    "follow_up_actions": (FollowUpAction, None),
    "qips": (Qip, "qip"),
    "qip_tranches": (Tranche, None),
    "qip_visits": (MonitoringVisit, None),
    "qip_transitions": (QipTransition, None),
    "incidents": (Incident, "incident"),
    "incident_liaison_links": (IncidentLiaisonLink, None),
    "support_requests": (SupportRequest, "support_request"),
    "attachments": (Attachment, None),
    "assessments": (Assessment, "assessment"),
    "assessment_sectors": (SectorRating, None),
    "assessment_infrastructure": (InfrastructureItem, None),
    "assessment_actions": (RecommendedAction, None),
}
# Fields a purge keeps: the reference number (numbers are never reused) and the links
# to the parent record (NOT NULL foreign keys); they say nothing of the content.
KEPT: dict[str, frozenset[str]] = {
    "liaison_entries": frozenset({"ref"}),
    "liaison_participants": frozenset({"entry_id"}),
    "follow_up_actions": frozenset({"entry_id"}),
    "qips": frozenset({"number"}),
    "qip_tranches": frozenset({"qip_id"}),
    "qip_visits": frozenset({"qip_id"}),
    "qip_transitions": frozenset({"qip_id"}),
    "incidents": frozenset({"reference"}),
    "incident_liaison_links": frozenset({"incident_id", "entry_id"}),
    "support_requests": frozenset({"number"}),
    "attachments": frozenset({"owner_table", "owner_id"}),
    "assessments": frozenset({"reference"}),
    # A rating's id is made of its assessment and sector (store/assessments.py): the
    # sector stays, or the purged row would no longer be the one its id says.
    "assessment_sectors": frozenset({"assessment_id", "sector"}),
    "assessment_infrastructure": frozenset({"assessment_id"}),
    "assessment_actions": frozenset({"assessment_id"}),
}
# Records owned by a record: (child table, column naming the parent).
CHILDREN: dict[str, tuple[tuple[str, str], ...]] = {
    "liaison_entries": (("liaison_participants", "entry_id"), ("follow_up_actions", "entry_id")),
    "qips": (("qip_tranches", "qip_id"), ("qip_visits", "qip_id"), ("qip_transitions", "qip_id")),
    "incidents": (("incident_liaison_links", "incident_id"),),
    "assessments": (
        ("assessment_sectors", "assessment_id"),
        ("assessment_infrastructure", "assessment_id"),
        ("assessment_actions", "assessment_id"),
    ),
}
_META_COLUMNS = frozenset(
    {"id", "origin_unit", "created_at", "updated_at", "updated_site", "deleted", "clock"}
)
# A purged photo points at the blob of no bytes (attachments.sha256 must name a blob).
EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
PURGED = "purged"


@dataclass
class PurgeReport:
    """What a purge did.

    Attributes: rows (table, id) blanked; blobs_deleted (photo bytes removed);
    history_deleted (old versions removed); reindexed (records re-indexed without the
    purged names); vacuumed; backups_scrubbed (backups given the same purge);
    backups_left (backups that could not be opened and still hold the content: delete
    them); checkpoint_complete (False when another connection kept the -wal from being
    emptied: close the program and the purge is complete); problem (why the file could
    not be cleaned, e.g. a disk too full to VACUUM; '' when it was: clean_after_merge).
    """

    rows: list[tuple[str, str]] = field(default_factory=list)
    blobs_deleted: int = 0
    history_deleted: int = 0
    reindexed: int = 0
    vacuumed: bool = False
    backups_scrubbed: list[Path] = field(default_factory=list)
    backups_left: list[Path] = field(default_factory=list)
    checkpoint_complete: bool = True
    problem: Text = ""


def blank_values(table: str) -> dict[str, Any]:
    """The business columns of a table as a purge leaves them (kept fields excluded)."""
    return dict(_blank_items(table))


@cache
def _blank_items(table: str) -> tuple[tuple[str, Any], ...]:
    # Cached: the merge asks for every tombstone it reads.
    cls = TYPES[table][0]
    blank = synced.to_columns(cls())
    if table == "attachments":
        blank["sha256"] = EMPTY_SHA256
    return tuple((k, v) for k, v in blank.items() if k not in KEPT.get(table, ()))


def is_purged_row(table: str, row: dict[str, Any]) -> bool:
    """Whether a row (of this database or an incoming file) is a purged record.

    For the merge: an incoming purged row should not push the receiving unit's content
    of that record into its row_history, and the old versions there should be dropped
    (the sync import hands the purged rows it applied to forget_purged).
    """
    if table not in TYPES or not row.get("deleted"):
        return False
    return all(row.get(k) == v for k, v in _blank_items(table) if k in row)


def purge_record(
    store: Store,
    table: str,
    record_id: str,
    *,
    reason: str,
    vacuum: bool = True,
    scrub_backups: bool = True,
) -> PurgeReport:
    """Remove a record's content from the database for good (see the module docstring).

    `reason` (required) is kept in row_history as the only trace: who asked, why.
    Raises RecordNotFoundError, ReadOnlyDatabaseError, CimicError (table not purgeable,
    no reason), StorageError (disk full: nothing was purged).
    """
    if store.read_only_reason():
        raise ReadOnlyDatabaseError(store.read_only_reason())
    if table not in TYPES:
        raise CimicError(
            msg(
                "Records of {table} cannot be purged; purge the record they belong to.",
                table=table.replace("_", " "),
            )
        )
    if not reason.strip():
        raise CimicError(
            msg("Give the reason for the purge (it is recorded, without the content).")
        )
    if synced.fetch_row(store, table, record_id) is None:
        raise RecordNotFoundError(
            msg("No record with id {record_id} in {table}.", record_id=record_id, table=table)
        )
    report = PurgeReport()
    # The rows are blanked and recorded as a pending purge in one transaction; what
    # follows (file, drafts, backups) is finished at the next open if this run dies.
    _purge_rows(store, table, record_id, reason.strip(), report, mark_pending=True)
    file_clean = _clean_file(store, report) if vacuum else False
    drafts_clean = _forget_drafts(store, report)
    if scrub_backups:
        _scrub_backups(store, [(table, record_id)], reason.strip(), report)
    _settle(
        store,
        report.rows,
        file_clean=file_clean,
        all_clean=file_clean and drafts_clean and scrub_backups and not report.backups_left,
        report=report,
    )
    return report


def complete_purges(
    store: Store,
    rows: Iterable[tuple[str, str]] | None = None,
    *,
    vacuum: bool = True,
    scrub_backups: bool = True,
) -> int:
    """Finish here the purges other units made, after their export was merged.

    The merge applies a purged row like any edit: the row arrives blank, but the version
    it replaced is kept in this database's row_history, and the bytes stay in the file.
    This drops the history, conflicts, rejected copies, search entry and photo bytes of
    each purged row (of `rows`, or of every purged row when None), re-indexes the records
    that named it, and cleans the file as purge_record does. Returns the number of rows
    whose traces were removed. The database's backups (taken before the import, say)
    get the purge too. The sync import does the same in two halves (forget_purged in
    each file's transaction, clean_after_merge once per batch).
    """
    if rows is None:
        rows = [
            (table, row["id"])
            for table in TYPES
            if _has_table(store, table)
            for row in _dict_rows(store, f"SELECT * FROM {table} WHERE deleted = 1")
            if is_purged_row(table, row)
        ]
    rows = list(rows)
    cleaned = forget_purged(store, rows)
    if cleaned:
        with _secure_delete(store):
            with store.db.atomic():
                _optimize_search(store)
            if vacuum:
                store.db.execute("VACUUM")
                store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    if scrub_backups and rows:
        _scrub_backups(store, rows, "purged at another unit", PurgeReport())
    return len(cleaned)


def forget_purged(store: Store, rows: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """Drop what this database still holds of rows that are purged here now.

    For each (table, id) whose row is purged (is_purged_row; others are left alone):
    its versions in row_history (the purge's own note excepted), its conflicts and
    rejected copies, its search entry, the photo bytes only its old versions used; the
    live records that named it are re-indexed without it. Runs in the caller's
    transaction (the sync import: the merge's own), with PRAGMA secure_delete on while
    it deletes. The file still holds the old bytes in its free pages until
    clean_after_merge (or a VACUUM). Returns the rows that had such traces.
    """
    cleaned: list[tuple[str, str]] = []
    with _secure_delete(store), store.db.atomic():
        for table, row_id in rows:
            row = synced.fetch_row(store, table, row_id)
            if row is None or not is_purged_row(table, row):
                continue
            where = "table_name = ? AND row_id = ? AND reason != ?"
            versions = [
                r[0]
                for r in store.db.execute(
                    f"SELECT version FROM row_history WHERE {where}", [table, row_id, PURGED]
                ).fetchall()
            ]
            store.db.execute(f"DELETE FROM row_history WHERE {where}", [table, row_id, PURGED])
            found = len(versions) + _forget_bookkeeping(store, table, row_id)
            kind = TYPES[table][1]
            if kind:
                found += _unindex(store, kind, row_id)
            if table == "attachments":
                found += _delete_unused_blobs(store, _old_photos(versions))
            if found:
                cleaned.append((table, row_id))
        if cleaned:
            reindex_dependents(store, cleaned)
    return cleaned


def clean_after_merge(store: Store, rows: Iterable[tuple[str, str]]) -> PurgeReport:
    """Clean the file and its backups after merges whose purged rows forget_purged took.

    Once for a batch of imports, outside any transaction: the search index is merged
    (FTS5 keeps deleted words in old segments), the file VACUUMed and its write-ahead
    log checkpointed, and the backups given the same purge. The report lists the rows,
    the backups cleaned and those that could not be opened (to delete by hand), whether
    the checkpoint was complete, and the problem that kept the file from being cleaned
    (a disk too full for VACUUM's copy, another program writing): the merges are saved
    by then, so that is reported, not raised, and the backups are cleaned all the same.
    The rows are then no longer pending (record_pending) if every copy is clean.
    """
    return _finish(store, list(rows), "purged at another unit", vacuum=True)


# A purge committed but not yet finished in every copy (the file's free pages and
# -wal, the backups, the editors' drafts): {"rows": [[table, id], ...], "file_clean":
# bool} in _meta, written in the purge's (or the merge's) own transaction, so a run
# killed before the cleaning leaves the work recorded; finish_pending does it.
PENDING_KEY = "purge_pending"


def record_pending(store: Store, rows: Iterable[tuple[str, str]]) -> None:
    """Record purged rows as pending, in the caller's transaction (the file is dirty)."""
    known, _ = pending(store)
    seen = set(known)
    added = [row for row in dict.fromkeys(rows) if row not in seen]
    _write_pending(store, known + added, file_clean=False)


def pending(store: Store) -> tuple[list[tuple[str, str]], bool]:
    """The purged rows not yet finished in every copy, and whether the file is clean."""
    found = store.db.execute("SELECT value FROM _meta WHERE key = ?", [PENDING_KEY]).fetchone()
    if not found:
        return [], True
    try:
        data = json.loads(found[0])
        rows = [(str(t), str(r)) for t, r in data["rows"]]
        return rows, bool(data.get("file_clean"))
    except (ValueError, TypeError, KeyError):
        return [], False  # garbled: nothing to go by (complete_purges finds every row)


def finish_pending(store: Store) -> PurgeReport | None:
    """Finish the purges a run that died (or a full disk) left pending; None if none.

    At the next open of the database and after every import. Cleans the file (unless it
    was cleaned already), the editors' drafts and every backup; the rows stay pending,
    and the report says why, while any copy could not be cleaned. Never raises for a
    disk or lock problem: that is the report's problem.
    """
    rows, file_clean = pending(store)
    if not rows:
        return None
    return _finish(store, rows, "purged (finished after an interruption)", vacuum=not file_clean)


def _finish(store: Store, rows: list[tuple[str, str]], reason: str, *, vacuum: bool) -> PurgeReport:
    """The file (optionally), drafts and backups cleaned; the pending record settled."""
    report = PurgeReport(rows=rows)
    file_clean = _clean_file(store, report, optimize=True) if vacuum else True
    drafts_clean = _forget_drafts(store, report)
    _scrub_backups(store, rows, reason, report)
    _settle(
        store,
        rows,
        file_clean=file_clean,
        all_clean=file_clean and drafts_clean and not report.backups_left,
        report=report,
    )
    return report


def _clean_file(store: Store, report: PurgeReport, *, optimize: bool = False) -> bool:
    """VACUUM and checkpoint the file (freed pages zeroed); whether it is clean now.

    The purge is committed by then: a failure (a disk too full for VACUUM's copy,
    another program writing) is the report's problem, not an exception.
    """
    try:
        with _secure_delete(store):
            if optimize:
                with store.db.atomic():
                    _optimize_search(store)
            store.db.execute("VACUUM")
            report.vacuumed = True
            busy, _, _ = store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            report.checkpoint_complete = not busy
    except (sqlite3.OperationalError, StorageError) as exc:
        cause = exc.__cause__ if isinstance(exc, StorageError) else exc
        problem = storage_error(cause, None) if isinstance(cause, sqlite3.Error) else exc
        remedy = (
            msg("free some space on the disk")
            if problem is not None
            else msg("close any other program that has the database open")
        )
        report.problem = msg(
            "the old content could not be wiped from the file's free space yet ({cause}); "
            "{remedy}: the next start of the program, purge, or import wipes it",
            cause=str(cause),
            remedy=remedy,
        )
        return False
    return report.checkpoint_complete


def _forget_drafts(store: Store, report: PurgeReport) -> bool:
    """Drop the editors' unsaved drafts of the purged rows; False if the file could not
    be written (a full disk: the report says so)."""
    try:
        editor_drafts.forget_records(store.path, {row_id for _, row_id in report.rows})
    except OSError as exc:
        report.problem = report.problem or msg(
            "unsaved edits of the purged records could not be removed ({strerror}); "
            "free some space on the disk: the next start of the program removes them",
            strerror=exc.strerror or str(exc),
        )
        return False
    return True


def _settle(
    store: Store,
    rows: list[tuple[str, str]],
    *,
    file_clean: bool,
    all_clean: bool,
    report: PurgeReport,
) -> None:
    """After a cleaning: drop the rows from the pending purge if every copy is clean,
    else note that the file is (when it is) so the next try does not VACUUM again."""
    try:
        with store.db.atomic():
            known, was_clean = pending(store)
            left = [r for r in known if r not in set(rows)] if all_clean else known
            # The file is clean only if no other purge was recorded meanwhile.
            now_clean = was_clean or (file_clean and set(known) <= set(rows))
            _write_pending(store, left, file_clean=now_clean)
        if file_clean:
            store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # leave the -wal empty
    except (sqlite3.Error, CimicError) as exc:
        report.problem = report.problem or msg(
            "the purge's progress could not be recorded ({exc}); the next start of the "
            "program finishes it",
            exc=exc.message if isinstance(exc, CimicError) else str(exc),
        )


def _write_pending(store: Store, rows: list[tuple[str, str]], *, file_clean: bool) -> None:
    if not rows:
        store.db.execute("DELETE FROM _meta WHERE key = ?", [PENDING_KEY])
        return
    value = json.dumps({"rows": [list(r) for r in rows], "file_clean": file_clean})
    store.db.execute(
        "INSERT OR REPLACE INTO _meta (key, value) VALUES (?, ?)", [PENDING_KEY, value]
    )


@contextmanager
def _secure_delete(store: Store) -> Iterator[None]:
    """PRAGMA secure_delete on (freed space is zeroed) for the block, then as it was."""
    previous = store.db.execute("PRAGMA secure_delete").fetchone()[0]
    store.db.execute("PRAGMA secure_delete = ON")
    try:
        yield
    finally:
        store.db.execute(f"PRAGMA secure_delete = {int(previous)}")


def _optimize_search(store: Store) -> None:
    if _has_table(store, "search_index"):
        # FTS5 keeps a deleted document's words in its old segments until merged.
        store.db.execute("INSERT INTO search_index (search_index) VALUES ('optimize')")


def _unindex(store: Store, kind: str, row_id: str) -> int:
    """Take a record out of the search index (a backup of an old schema may have none)."""
    if not (_has_table(store, "search_index") and _has_table(store, "search_keys")):
        return 0
    return int(search.unindex_record(store, kind, row_id))


def _old_photos(versions: list[str]) -> set[str]:
    """The photos (sha256) earlier versions of an attachment pointed to."""
    shas: set[str] = set()
    for text in versions:
        try:
            sha = json.loads(text).get("sha256")
        except (ValueError, AttributeError):
            continue
        if isinstance(sha, str) and sha and sha != EMPTY_SHA256:
            shas.add(sha)
    return shas


def _dict_rows(store: Store, sql: str) -> list[dict[str, Any]]:
    cursor = store.db.execute(sql)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, values, strict=True)) for values in cursor.fetchall()]


def _purge_rows(
    store: Store,
    table: str,
    record_id: str,
    reason: str,
    report: PurgeReport,
    *,
    mark_pending: bool = False,
) -> None:
    """Blank the record and what goes with it, in one transaction (secure_delete on);
    with `mark_pending`, the rows are recorded as a pending purge in the same transaction."""
    db = store.db
    with _secure_delete(store), db.atomic():
        targets = _collect(store, table, record_id)
        shas: set[str] = set()
        stamp = now_stamp()
        for name, row_id in targets:
            shas |= _purge_row(store, name, row_id, reason, stamp, report)
        for name, row_id in list(targets):
            if name in ("qips", "qip_visits", "incidents", "support_requests"):
                for photo in _ids(store, "attachments", "owner_id", row_id):
                    if ("attachments", photo) not in targets:
                        targets.append(("attachments", photo))
                        shas |= _purge_row(store, "attachments", photo, reason, stamp, report)
        report.blobs_deleted += _delete_unused_blobs(store, shas)
        report.reindexed += reindex_dependents(store, targets)
        _optimize_search(store)  # FTS5 keeps a deleted document's words until merged
        if mark_pending:
            record_pending(store, targets)


def _collect(store: Store, table: str, record_id: str) -> list[tuple[str, str]]:
    """The record, the records it owns and the records merged into it, parents first."""
    found: list[tuple[str, str]] = []
    pending = [(table, record_id)]
    while pending:
        name, row_id = pending.pop(0)
        if (name, row_id) in found or not _has_table(store, name):
            continue
        found.append((name, row_id))
        for child, column in CHILDREN.get(name, ()):
            if _has_table(store, child):
                pending += [(child, i) for i in _ids(store, child, column, row_id)]
        if name in ("contacts", "organisations"):
            pending += [(name, i) for i in _ids(store, name, "merged_into", row_id)]
    return found


def _ids(store: Store, table: str, column: str, value: str) -> list[str]:
    if not _has_table(store, table):
        return []
    rows = store.db.execute(f"SELECT id FROM {table} WHERE {column} = ?", [value]).fetchall()
    return [r[0] for r in rows]


def _columns(store: Store, table: str) -> list[tuple[str, bool, Any]]:
    """(name, not null, default) of each column of a table."""
    return [(c.name, bool(c.notnull), c.default_value) for c in store.db[table].columns]


def _has_table(store: Store, table: str) -> bool:
    return probes.has_table(store.db, table)


def _purge_row(
    store: Store, table: str, row_id: str, reason: str, stamp: str, report: PurgeReport
) -> set[str]:
    """Blank one row in place; return the blob it used (if a photo)."""
    row = synced.fetch_row(store, table, row_id)
    if row is None:
        return set()
    cls = TYPES[table][0]
    blank = blank_values(table)
    kept = KEPT.get(table, frozenset())
    values: dict[str, Any] = {}
    for name, not_null, default in _columns(store, table):
        if name in _META_COLUMNS or name in kept:
            continue
        if name in blank:
            values[name] = blank[name]
        else:  # derived: sort key, position
            values[name] = _literal(default) if not_null else None
    if table == "attachments":
        store.db.execute(
            "INSERT OR IGNORE INTO blobs (sha256, size, mime, data) VALUES (?, 0, '', x'')",
            [EMPTY_SHA256],
        )
    names = tuple(n for n in synced.clocked_fields(cls) if n in row)
    clock = synced.bump_clock(
        row["clock"], names, [n for n in names if n not in kept], stamp, store.site_id
    )
    assignments = ", ".join(f'"{name}" = ?' for name in values)
    store.db.execute(
        f"UPDATE {table} SET {assignments}, deleted = 1, updated_at = ?, updated_site = ?, "
        "clock = ? WHERE id = ?",
        [*values.values(), stamp, store.site_id, clock, row_id],
    )
    report.history_deleted += _forget(store, table, row_id)
    store.db.execute(
        "INSERT INTO row_history (table_name, row_id, version, replaced_at, reason) "
        "VALUES (?, ?, ?, ?, ?)",
        [table, row_id, json.dumps({"id": row_id, PURGED: reason}), stamp, PURGED],
    )
    kind = TYPES[table][1]
    if kind:
        search.unindex_record(store, kind, row_id)
        store.db.execute("DELETE FROM search_keys WHERE kind = ? AND record_id = ?", [kind, row_id])
    report.rows.append((table, row_id))
    used = row.get("sha256")
    return {used} if table == "attachments" and used and used != EMPTY_SHA256 else set()


def _literal(default: Any) -> Any:
    """The value of a column's SQL default text ('' for text, 0 for numbers)."""
    if default is None:
        return ""
    text = str(default)
    if text.startswith("'") and text.endswith("'"):
        return text[1:-1].replace("''", "'")
    try:
        return int(text)
    except ValueError:
        return float(text)


def _forget(store: Store, table: str, row_id: str) -> int:
    """Delete every earlier trace of a row: history, conflicts, rejected copies."""
    deleted = store.db.execute(
        "DELETE FROM row_history WHERE table_name = ? AND row_id = ?", [table, row_id]
    ).rowcount
    _forget_bookkeeping(store, table, row_id)
    return deleted


def _forget_bookkeeping(store: Store, table: str, row_id: str) -> int:
    """Delete a row's conflicts and rejected copies (both hold its values); how many."""
    deleted = 0
    for bookkeeping in ("conflicts", "rejected"):
        if _has_table(store, bookkeeping):
            columns = {c[0] for c in _columns(store, bookkeeping)}
            if {"table_name", "row_id"} <= columns:
                deleted += store.db.execute(
                    f"DELETE FROM {bookkeeping} WHERE table_name = ? AND row_id = ?",
                    [table, row_id],
                ).rowcount
    return deleted


def _delete_unused_blobs(store: Store, shas: Iterable[str]) -> int:
    count = 0
    for sha in shas:
        if not store.db.execute(
            "SELECT 1 FROM attachments WHERE sha256 = ? LIMIT 1", [sha]
        ).fetchone():
            count += store.db.execute("DELETE FROM blobs WHERE sha256 = ?", [sha]).rowcount
    return count


def _scrub_backups(
    store: Store, targets: list[tuple[str, str]], reason: str, report: PurgeReport
) -> None:
    """Give the database's backups the same purge: else the content survives in them."""
    for backup in backups.list_backups(store.path):
        try:
            conn = encryption.connect(backup.path, timeout=5)
        except (sqlite3.Error, CimicError):  # damaged, or a key this process was not given
            report.backups_left.append(backup.path)
            continue
        try:
            copy = Store(backup.path, CimicDatabase(conn))
            changed = False
            for table, record_id in targets:
                row = synced.fetch_row(copy, table, record_id) if _has_table(copy, table) else None
                if row is not None and not is_purged_row(table, row):
                    _purge_rows(copy, table, record_id, reason, PurgeReport())
                    changed = True
            changed |= complete_purges(copy, targets, vacuum=False, scrub_backups=False) > 0
            if changed:
                copy.db.execute("VACUUM")
                report.backups_scrubbed.append(backup.path)
        except (sqlite3.Error, CimicError, KeyError, ValueError):
            report.backups_left.append(backup.path)
        finally:
            conn.close()
    for folder in backups.backup_folders(store.path):
        if folder.is_dir():
            report.backups_left += sorted(folder.glob(f"{store.path.stem}.damaged.*.raw"))
