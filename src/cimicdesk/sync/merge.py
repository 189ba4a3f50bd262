"""The state-based merge of one verified export into the receiving database, table by table.

Runs inside the caller's transaction, on a connection that has the export ATTACHed as
`inc` (or under the name given: an import batch attaches each of its files). For each
synced table, parents before children:

1. Rows whose clock equals the local row's are unchanged; nothing else is read of them.
2. The other incoming rows are checked (validate.py, then the sanity limits of
   limits.py: stamps no later than the file's export time, counters within reach of
   this database's, figures and dates within the domain's rules), then their references: every
   record they point to must be in the receiving database (tables are merged in
   order, so that includes what this export brought) or, for a reference within the
   same table, among this export's accepted rows. A failing row is rejected, and so
   are rows that point to it. Rows new here that one SQL condition shows to pass
   every one of these checks (prefilter.py: most of a first import) are never read
   into Python; the condition is sufficient, never necessary, so the outcome is the
   same row for row (tests/sync/test_fast_merge.py).
3. Rows new here are copied in one INSERT ... SELECT, but for a record (or part of a
   record) of a unit the sender may not add to (sync/authority.py): refused, listed.
   Their derived columns (a grid's position, a name's sort key: SyncedTable.derive) are
   then computed here again, never taken from the file: they are not signed for as what
   they must be, and a file could place a record where its grid is not, or hide it from
   the duplicate check under another name key.
4. Rows present on both sides are merged field by field in Python (plan_row): the higher
   counter wins; equal counters with different values are a concurrent edit, won by the
   higher (stamp, site), and listed in `conflicts`. Any version that loses a value (the
   local row overwritten, or the incoming row not kept) goes to row_history. A row the
   file would change (a value, a clock, a concurrent edit) is first put to the exchange
   rules: a change or purge the sender may not make is refused and listed in `rejected`
   with its reason id and the unit owning the record; the row here stays as it was.
   Organisations and contacts any unit may change: each change is attributed to the
   sender in directory_changes.
5. Rows that are purged now (store/purge.py) and were not before, new or merged, are
   listed in `purged`: the import then drops the content this database still holds of
   them (the version step 4 put in row_history, conflicts, search entries, file pages).

Photo bytes (blobs) are checked before the attachments that name them: bytes that no
record of the file or of this database names, bigger than a photo may be, or not
matching their SHA-256 are rejected; the others are stored once the attachments are
merged, and only those an attachment here then names: nothing else is ever written.

The rule is a join of per-field clocks, so merging is order-independent and idempotent:
every site that has seen the same edits holds the same values and clocks.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from cimicdesk.domain.qip import MissionSettings
from cimicdesk.domain.timeutil import from_stamp, now_stamp
from cimicdesk.i18n.message import Message, msg
from cimicdesk.store import attachments
from cimicdesk.store.mission_settings import settings_from
from cimicdesk.store.purge import is_purged_row
from cimicdesk.store.synced import decode_clock, encode_clock, from_row
from cimicdesk.sync import limits, prefilter
from cimicdesk.sync.authority import DIRECTORY, REFUSALS, Authority, Refusal
from cimicdesk.sync.limits import Limited
from cimicdesk.sync.manifest import Manifest
from cimicdesk.sync.ownership import Owners
from cimicdesk.sync.reindex import NAMED_BY
from cimicdesk.sync.tables import BLOBS, TABLES, SyncedTable
from cimicdesk.sync.units import UnitRegistry
from cimicdesk.sync.validate import RowChecker

# Columns holding a JSON list of ids, per table: the table they point to, and the reason
# a row is rejected when one of them is in neither the file nor this database.
_ID_LISTS: dict[str, tuple[tuple[str, str, Message], ...]] = {
    "incidents": (
        (
            "actor_organisation_ids",
            "organisations",
            msg("an actor organisation is in neither file"),
        ),
    ),
    "assessments": (
        (
            "joint_organisation_ids",
            "organisations",
            msg("an organisation of the joint team is in neither file"),
        ),
        (
            "present_organisation_ids",
            "organisations",
            msg("an organisation working in the community is in neither file"),
        ),
        (
            "informant_contact_ids",
            "contacts",
            msg("a key informant is in neither file"),
        ),
    ),
}
# Rows new here that SQL shows to pass every check skip the Python checks (prefilter.py);
# the tests turn it off to prove both paths merge alike.
SQL_PREFILTER = True
# The page cache of the receiving database and of each file while they merge (KiB): the
# receiving database's indexes are written all over, the file is mostly read in order.
# (At 128 MiB a first import of a 64,000-row battalion file took 30-40 % less time than
# at SQLite's default of 2 MiB, on a shared 2-core machine.)
CACHE_KIB = 128 * 1024
SOURCE_CACHE_KIB = 16 * 1024


@dataclass
class TableCounts:
    """What the merge did with one table's incoming rows.

    new: added; updated: at least one value taken from the file; unchanged: nothing new
    (same clock, or only clocks of equal values); older: every differing field was
    older here than what this database has (ignored); conflicts: rows with a concurrent
    edit of the same field; deleted: tombstones applied; rejected: not applied.
    """

    new: int = 0
    updated: int = 0
    unchanged: int = 0
    older: int = 0
    conflicts: int = 0
    deleted: int = 0
    rejected: int = 0

    def add(self, other: TableCounts) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def as_dict(self) -> dict[str, int]:
        return {name: getattr(self, name) for name in self.__dataclass_fields__}


@dataclass(frozen=True)
class ConflictNote:
    """A concurrent edit found by the merge: which value was kept, which was not."""

    table: str
    row_id: str
    field: str
    kept_value: Any
    other_value: Any


@dataclass(frozen=True)
class RejectedRow:
    """An incoming row not applied, and why (a Message; the rejected table keeps its
    English). reason_id: why, as an id: the sanity limit it broke (sync/errors.py,
    limits.py) or the exchange rule that refused it (sync/authority.py); '' when it was
    rejected for being malformed or pointing to nothing. owner: for a refusal by the
    exchange rules, the unit whose record it would have changed ('' otherwise).
    """

    table: str
    row_id: str
    reason: Message
    reason_id: str = ""
    owner: str = ""

    @property
    def refused(self) -> bool:
        """Whether the exchange rules refused it (the sender may not make this change)."""
        return self.reason_id in REFUSALS


@dataclass
class MergeOutcome:
    """Everything one merge did: counts per table, conflicts, rejections, rows touched,
    the rows it purged here (table, id): purged in the file, not purged here before, and
    how many organisations and contacts it added or changed (each attributed to the
    sender in directory_changes), renamed (see below: for the search index)."""

    counts: dict[str, TableCounts] = field(default_factory=dict)
    conflicts: list[ConflictNote] = field(default_factory=list)
    rejected: list[RejectedRow] = field(default_factory=list)
    touched: dict[str, set[str]] = field(default_factory=dict)
    purged: list[tuple[str, str]] = field(default_factory=list)
    directory_changes: int = 0
    # The organisations and contacts among `touched` that other records' index text may
    # name differently now (reindex.NAMED_BY): new here, or changed in one of those fields.
    renamed: dict[str, set[str]] = field(default_factory=dict)


@dataclass
class RowPlan:
    """What merging an incoming row into the stored one would do; nothing is done yet.

    Attributes: incoming (the row as the file has it), merged (the row to write; None
    when the stored row stays as it is), clock (the merged per-field clock), conflicts
    ((field, kept value, other value, kept clock, other clock) of concurrent edits),
    superseded ((field, counter) won with a higher counter: its open conflicts close),
    lost_here / lost_there (a concurrent edit lost by the stored / incoming row),
    changed (fields whose value the file changes), older (some field is older in the
    file), local_purged (the stored row is purged: nothing changes it), purge_arrives
    (the row arrives purged), deleted (tombstoned now), purged (purged now).
    """

    incoming: dict[str, Any]
    merged: dict[str, Any] | None = None
    clock: dict[str, list[Any]] = field(default_factory=dict)
    conflicts: list[tuple[str, Any, Any, list[Any], list[Any]]] = field(default_factory=list)
    superseded: list[tuple[str, int]] = field(default_factory=list)
    lost_here: bool = False
    lost_there: bool = False
    changed: list[str] = field(default_factory=list)
    older: bool = False
    local_purged: bool = False
    purge_arrives: bool = False
    deleted: bool = False
    purged: bool = False

    @property
    def values_changed(self) -> bool:
        return bool(self.changed)

    @property
    def touches(self) -> bool:
        """Whether the file would change anything of the row here: a value, a clock, or a
        concurrent edit to list (a row that is older or the same touches nothing)."""
        return self.merged is not None or bool(self.conflicts)

    def edited_at(self, site: str) -> bool:
        """Whether a value the file changes was edited at that replica (its clock says)."""
        return any(
            len(self.clock[name]) > 2 and self.clock[name][2] == site for name in self.changed
        )


def plan_row(table: SyncedTable, local: dict[str, Any], incoming: dict[str, Any]) -> RowPlan:
    """The merge of one incoming row into the stored row of the same id, field by field:
    the higher counter wins; equal counters with different values are a concurrent edit,
    won by the higher (stamp, site); an incoming purge wins over everything, and a purged
    stored row takes nothing. Pure: reads and writes nothing."""
    plan = RowPlan(incoming)
    if is_purged_row(table.name, local):
        # A purge is final: no edit made elsewhere, however late, brings content back.
        plan.local_purged = True
        return plan
    # ...and it wins over any edit here, even a concurrent or later one, so that every
    # unit ends with the record purged whatever order the files travel in.
    names = table.fields
    plan.purge_arrives = is_purged_row(table.name, incoming)
    mine = decode_clock(local["clock"], names)
    theirs = decode_clock(incoming["clock"], names)
    merged_clock = dict(mine)
    merged = dict(local)
    for name in names:
        here, there = mine[name], theirs[name]
        if plan.purge_arrives:
            merged[name] = incoming[name]
            merged_clock[name] = max(here, there)
            continue
        if here == there:
            continue
        if there[0] < here[0]:
            plan.older = True
            continue
        take = there[0] > here[0] or (there[1], there[2]) > (here[1], here[2])
        if there[0] == here[0] and local[name] != incoming[name]:
            kept, other = (incoming, local) if take else (local, incoming)
            kept_clock, other_clock = (there, here) if take else (here, there)
            plan.conflicts.append((name, kept[name], other[name], kept_clock, other_clock))
            plan.lost_here = plan.lost_here or take
            plan.lost_there = plan.lost_there or not take
        if take:
            merged_clock[name] = there
            merged[name] = incoming[name]
            if there[0] > here[0]:
                plan.superseded.append((name, there[0]))
    plan.clock = merged_clock
    plan.changed = [n for n in names if merged[n] != local[n]]
    if plan.changed:
        merged.update(table.derive(from_row(table.cls, merged)))
        plan.deleted = bool(merged["deleted"] and not local["deleted"])
        plan.purged = is_purged_row(table.name, merged) and not is_purged_row(table.name, local)
    merged["clock"] = encode_clock(merged_clock)
    if merged["clock"] == local["clock"] and not plan.changed:
        return plan
    latest = max((c[1], c[2]) for c in merged_clock.values())
    merged["updated_at"], merged["updated_site"] = latest
    plan.merged = merged
    return plan


def _quoted(columns: tuple[str, ...] | list[str]) -> str:
    return ", ".join(f'"{c}"' for c in columns)


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


class Merger:
    """Merges the export attached as `inc` (or `source`) into `main`, on one connection.

    Attributes: conn, manifest (of the export), now (when the merge started), outcome,
    source (the schema name the export is attached as), stamp_limit (the latest stamp a
    row may carry: the export time + limits.CLOCK_SKEW), rule_time (the same as a time:
    when 'in the future' is judged for the file's records), authority (who may change
    what: the sender against the units this database knows), owners (finds a row's unit).
    """

    def __init__(
        self,
        conn: Any,
        manifest: Manifest,
        now: datetime,
        source: str = "inc",
        *,
        units: UnitRegistry,
    ):
        self.conn = conn
        self.source = source
        self.manifest = manifest
        self.now = now
        self.stamp = now_stamp()
        self.outcome = MergeOutcome()
        self.authority = Authority(units, manifest.unit_name)
        self.owners = Owners(conn)
        # verify.py refused a file whose export time is not a time, or is in the future.
        self.stamp_limit = limits.stamp_limit(manifest.exported_at)
        self.rule_time = from_stamp(self.stamp_limit)  # 'in the future' for its records
        self._settings: MissionSettings | None = None
        # Pages of both files are read and written many times over by the set-based
        # statements; SQLCipher decrypts a page each time it enters the cache.
        conn.execute(f"PRAGMA main.cache_size = {-CACHE_KIB}")
        conn.execute(f"PRAGMA {source}.cache_size = {-SOURCE_CACHE_KIB}")
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS sync_rejected (tbl TEXT, id TEXT)")
        conn.execute("CREATE INDEX IF NOT EXISTS temp.sync_rejected_id ON sync_rejected(tbl, id)")
        conn.execute("DELETE FROM temp.sync_rejected")
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS sync_blobs (sha256 TEXT PRIMARY KEY)")
        conn.execute("DELETE FROM temp.sync_blobs")
        # (table, row id, field) of every open conflict, and of those this merge lists: a
        # field won with a higher counter closes its open conflicts (_supersede), and most
        # such fields have none (no UPDATE of the conflicts for each field of each row).
        self._versions: list[tuple[str, str, str, str, str]] = []  # see _history
        self._open_conflicts: set[tuple[str, str, str]] = set(
            conn.execute("SELECT table_name, row_id, field FROM conflicts WHERE resolved = 0")
        )

    def run(self, step: Callable[[str], None] | None = None) -> MergeOutcome:
        for table in TABLES:
            if table.name == "attachments":
                self._check_blobs()
            if step:
                step(table.name)
            self.outcome.counts[table.name] = self._merge_table(table)
        self._store_blobs()
        return self.outcome

    # --- rejection -------------------------------------------------------------------

    def _reject(
        self,
        table: str,
        row: dict[str, Any],
        reason: Message,
        reason_id: str = "",
        owner: str = "",
    ) -> None:
        row_id = str(row.get("id", row.get("sha256", "")))
        self.outcome.rejected.append(RejectedRow(table, row_id, reason, reason_id, owner))
        self.conn.execute("INSERT INTO temp.sync_rejected (tbl, id) VALUES (?, ?)", [table, row_id])
        kept = {k: v for k, v in row.items() if not isinstance(v, bytes)}
        self.conn.execute(
            "INSERT INTO rejected (export_id, source_unit, table_name, row_id, reason, data, "
            "detected_at, reason_id, owner_unit) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                self.manifest.export_id,
                self.manifest.unit_name,
                table,
                row_id,
                str(reason),
                json.dumps(kept, ensure_ascii=False, default=str),
                self.stamp,
                reason_id,
                owner,
            ],
        )

    def _refuse(self, table: str, row: dict[str, Any], refusal: Refusal) -> None:
        """A change the exchange rules do not allow this sender: not applied, listed."""
        self._reject(table, row, refusal.reason, refusal.reason_id, refusal.owner)

    def _attribute(self, table: str, changes: list[tuple[str, str, list[str]]]) -> None:
        """Record which unit's file changed these directory records: (id, change, fields)."""
        if table not in DIRECTORY or not changes:
            return
        self.conn.executemany(
            "INSERT INTO directory_changes (table_name, row_id, change, fields, source_unit, "
            "export_id, received_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    table,
                    row_id,
                    change,
                    _json(fields),
                    self.manifest.unit_name,
                    self.manifest.export_id,
                    self.stamp,
                )
                for row_id, change, fields in changes
            ],
        )
        self.outcome.directory_changes += len(changes)

    # --- blobs -----------------------------------------------------------------------

    def _check_blobs(self) -> None:
        """Check the photos' bytes the receiving database lacks; list the good ones in
        temp.sync_blobs. Bytes no attachment names, or too big, are never read whole."""
        src = self.source
        cursor = self.conn.execute(
            f"SELECT b.sha256, b.size, b.mime, length(b.data), "
            f"EXISTS (SELECT 1 FROM {src}.attachments a WHERE a.sha256 = b.sha256) "
            f"OR EXISTS (SELECT 1 FROM main.attachments m WHERE m.sha256 = b.sha256) "
            f"FROM {src}.{BLOBS} b WHERE b.sha256 NOT IN (SELECT sha256 FROM main.{BLOBS})"
        )
        for sha, size, mime, length, named in cursor.fetchall():
            shown = {"sha256": sha, "size": size, "mime": mime}
            unnamed = None if named else limits.unreferenced_photo()
            limited = unnamed or limits.photo_size_problem(length or 0)
            if limited:
                self._reject(BLOBS, shown, limited.message, limited.reason)
                continue
            data = self.conn.execute(
                f"SELECT data FROM {src}.{BLOBS} WHERE sha256 = ?", [sha]
            ).fetchone()[0]
            if not isinstance(data, bytes) or hashlib.sha256(data).hexdigest() != sha:
                self._reject(BLOBS, shown, msg("the photo's bytes do not match their SHA-256"))
            elif size != len(data):
                self._reject(BLOBS, shown, msg("the photo's size is not the size of its bytes"))
            else:
                self.conn.execute("INSERT OR IGNORE INTO temp.sync_blobs VALUES (?)", [sha])

    def _store_blobs(self) -> None:
        """Store the checked bytes that an attachment of this database now names."""
        self.conn.execute(
            f"INSERT OR IGNORE INTO main.{BLOBS} (sha256, size, mime, data) "
            f"SELECT sha256, size, mime, data FROM {self.source}.{BLOBS} "
            "WHERE sha256 IN (SELECT sha256 FROM temp.sync_blobs) "
            "AND sha256 IN (SELECT sha256 FROM main.attachments)"
        )

    # --- one table -------------------------------------------------------------------

    def _derive_again(self, table: SyncedTable, ids: list[str]) -> None:
        """The derived columns of rows just copied in, computed from their fields as a save
        here computes them; only the rows whose file values differ are written."""
        derived = table.derived_columns
        if not derived:
            return
        self.conn.execute("CREATE TEMP TABLE IF NOT EXISTS sync_derive (id TEXT PRIMARY KEY)")
        self.conn.execute("DELETE FROM temp.sync_derive")
        self.conn.executemany("INSERT INTO temp.sync_derive (id) VALUES (?)", [(i,) for i in ids])
        columns = table.columns
        cursor = self.conn.execute(
            f"SELECT {_quoted(columns)} FROM main.{table.name} "
            "WHERE id IN (SELECT id FROM temp.sync_derive)"
        )
        wrong = []
        for values in cursor.fetchall():
            row = dict(zip(columns, values, strict=True))
            right = table.derive(from_row(table.cls, row))
            if any(row[c] != right[c] for c in derived):
                wrong.append([*(right[c] for c in derived), row["id"]])
        if wrong:
            sets = ", ".join(f'"{c}" = ?' for c in derived)
            self.conn.executemany(f"UPDATE main.{table.name} SET {sets} WHERE id = ?", wrong)

    def _merge_table(self, table: SyncedTable) -> TableCounts:
        counts = TableCounts()
        name = table.name
        columns = table.columns
        # CROSS JOIN keeps the file's rows outer, each looked up here by id (as in
        # mass_changes._differing).
        counts.unchanged = self.conn.execute(
            f"SELECT count(*) FROM {self.source}.{name} i CROSS JOIN main.{name} m "
            "ON m.id = i.id WHERE m.clock = i.clock"
        ).fetchone()[0]
        fine = self._new_and_fine(table)
        selected = ", ".join(f'i."{c}"' for c in columns)
        cursor = self.conn.execute(
            f"SELECT {selected}, m.id IS NOT NULL, m.clock "
            f"FROM {self.source}.{name} i LEFT JOIN main.{name} m ON m.id = i.id "
            "WHERE (m.id IS NULL OR m.clock IS NOT i.clock)"
            + (" AND i.id NOT IN (SELECT id FROM temp.sync_fine)" if fine else "")
        )
        checker = RowChecker(table, self.now)
        present: list[dict[str, Any]] = []
        new_ids: list[str] = []
        new_purged: list[str] = []
        for values in cursor.fetchall():
            row = dict(zip(columns, values[:-2], strict=True))
            rejection = checker.rejection(row)
            limited = None if rejection else self._limited(table, row, values[-1])
            if limited:
                rejection = (limited.message, limited.reason)
            if rejection:
                self._reject(name, row, *rejection)
                counts.rejected += 1
            elif values[-2]:
                present.append(row)
            elif refusal := self.authority.refusal(
                name, {self.owners.owner(name, row)}, purge=is_purged_row(name, row), new=True
            ):
                self._refuse(name, row, refusal)
                counts.rejected += 1
            else:
                new_ids.append(row["id"])
                if is_purged_row(name, row):  # an earlier rejected copy may hold its content
                    new_purged.append(row["id"])
        if fine:
            new_ids = self._in_file_order(name, {*new_ids, *fine})
            new_purged += self._purged_among(table)
        counts.rejected += self._check_references(table)
        rejected = self._rejected_ids(name)
        touched = self.outcome.touched.setdefault(name, set())
        accepted = [i for i in new_ids if i not in rejected]
        if accepted:
            self.conn.execute(
                f"INSERT INTO main.{name} ({_quoted(columns)}) "
                f"SELECT {_quoted(columns)} FROM {self.source}.{name} i "
                f"WHERE NOT EXISTS (SELECT 1 FROM main.{name} m WHERE m.id = i.id) "
                "AND i.id NOT IN (SELECT id FROM temp.sync_rejected WHERE tbl = ?)",
                [name],
            )
            counts.new = len(accepted)
            touched.update(accepted)
            if name in NAMED_BY:
                self.outcome.renamed.setdefault(name, set()).update(accepted)
            self.outcome.purged += [(name, i) for i in new_purged if i not in rejected]
            self._attribute(name, [(i, "new", []) for i in accepted])
            self._derive_again(table, accepted)
        updates = []
        changes = []
        stored = self._stored_differing(table) if present else {}
        for row in present:
            if row["id"] in rejected:
                continue
            local = stored[row["id"]]
            plan = plan_row(table, local, row)
            if plan.touches:
                owners = {self.owners.owner(name, local), self.owners.owner(name, row)}
                refusal = self.authority.refusal(name, owners, purge=plan.purge_arrives)
                if refusal:
                    self._refuse(name, row, refusal)
                    counts.rejected += 1
                    continue
            merged = self._merge_row(table, local, plan, counts)
            if merged is not None:
                updates.append(merged)
            if plan.changed:
                change = "purged" if plan.purged else "deleted" if plan.deleted else "edited"
                changes.append((row["id"], change, plan.changed))
                shown = NAMED_BY.get(name, ())
                if plan.purged or plan.deleted or set(plan.changed) & set(shown):
                    self.outcome.renamed.setdefault(name, set()).add(row["id"])
        self._save_history()
        if updates:
            sets = ", ".join(f'"{c}" = ?' for c in columns if c != "id")
            self.conn.executemany(
                f"UPDATE main.{name} SET {sets} WHERE id = ?",
                [[u[c] for c in columns if c != "id"] + [u["id"]] for u in updates],
            )
            touched.update(u["id"] for u in updates)
        self._attribute(name, changes)
        return counts

    def _new_and_fine(self, table: SyncedTable) -> set[str]:
        """The ids of the table's incoming rows new here that SQL shows to pass every
        check (prefilter.py), listed in temp.sync_fine; the others take the Python checks."""
        self.conn.execute("CREATE TEMP TABLE IF NOT EXISTS sync_fine (id TEXT PRIMARY KEY)")
        self.conn.execute("DELETE FROM temp.sync_fine")
        limit = prefilter.stamp_limit(self.now, self.stamp_limit)
        where = prefilter.condition(table, limit, self.rule_time) if SQL_PREFILTER else None
        new_here = self.conn.execute(
            f"SELECT 1 FROM {self.source}.{table.name} i "
            f"WHERE NOT EXISTS (SELECT 1 FROM main.{table.name} m WHERE m.id = i.id) LIMIT 1"
        ).fetchone()
        if where is None or new_here is None:
            return set()
        prefilter.prepare(self.conn, self.source, table, self.authority)
        self.conn.execute(
            "INSERT OR IGNORE INTO temp.sync_fine (id) "
            f"SELECT i.id FROM {self.source}.{table.name} i "
            f"WHERE NOT EXISTS (SELECT 1 FROM main.{table.name} m WHERE m.id = i.id) AND {where}"
        )
        return {r[0] for r in self.conn.execute("SELECT id FROM temp.sync_fine").fetchall()}

    def _in_file_order(self, name: str, ids: set[str]) -> list[str]:
        """The ids of rows new here among `ids`, in the order the file holds them."""
        rows = self.conn.execute(
            f"SELECT i.id FROM {self.source}.{name} i "
            f"WHERE NOT EXISTS (SELECT 1 FROM main.{name} m WHERE m.id = i.id)"
        )
        return [r[0] for r in rows.fetchall() if r[0] in ids]

    def _purged_among(self, table: SyncedTable) -> list[str]:
        """The ids of the tombstones in temp.sync_fine that are purged records."""
        cursor = self.conn.execute(
            f"SELECT {_quoted(table.columns)} FROM {self.source}.{table.name} "
            "WHERE deleted = 1 AND id IN (SELECT id FROM temp.sync_fine)"
        )
        rows = (dict(zip(table.columns, values, strict=True)) for values in cursor.fetchall())
        return [row["id"] for row in rows if is_purged_row(table.name, row)]

    def _stored_differing(self, table: SyncedTable) -> dict[str, dict[str, Any]]:
        """The rows here that the file holds with another clock, by id (one query)."""
        selected = ", ".join(f'm."{c}"' for c in table.columns)
        cursor = self.conn.execute(
            f"SELECT {selected} FROM {self.source}.{table.name} i "
            f"CROSS JOIN main.{table.name} m ON m.id = i.id WHERE m.clock IS NOT i.clock"
        )
        rows = (dict(zip(table.columns, values, strict=True)) for values in cursor.fetchall())
        return {row["id"]: row for row in rows}

    def _limited(
        self, table: SyncedTable, row: dict[str, Any], local_clock: str | None
    ) -> Limited | None:
        """The sanity limit a well-formed row breaks (limits.py); None when it is within."""
        theirs = decode_clock(row["clock"], table.fields)
        mine = None if local_clock is None else decode_clock(local_clock, table.fields)
        found = limits.stamp_problem(row, theirs, self.stamp_limit) or limits.counter_problem(
            theirs, mine
        )
        if found or table.name != "qips":
            return found or limits.domain_problem(table.name, row, self.rule_time)
        approved_here = None
        if local_clock is not None:
            approved_here = self.conn.execute(
                "SELECT budget_approved_usd FROM main.qips WHERE id = ?", [row["id"]]
            ).fetchone()[0]
        return limits.domain_problem(
            table.name, row, self.rule_time, self._mission_settings(), approved_here
        )

    def _mission_settings(self) -> MissionSettings:
        """The settings in force here once this file's have been merged (they come first)."""
        if self._settings is None:
            rows = self.conn.execute(
                "SELECT setting, value FROM main.mission_settings WHERE deleted = 0"
            ).fetchall()
            self._settings = settings_from(dict(rows))
        return self._settings

    def _rejected_ids(self, name: str) -> set[str]:
        rows = self.conn.execute("SELECT id FROM temp.sync_rejected WHERE tbl = ?", [name])
        return {r[0] for r in rows.fetchall()}

    # --- references ------------------------------------------------------------------

    def _reference_checks(self, table: SyncedTable) -> list[tuple[str, Message]]:
        """(SQL condition on incoming row i that means 'points to nothing', reason)."""
        checks = []
        for column, target in table.refs:
            if target == BLOBS:
                where = (
                    f"NOT EXISTS (SELECT 1 FROM main.{BLOBS} b WHERE b.sha256 = i.{column}) "
                    f"AND NOT EXISTS (SELECT 1 FROM temp.sync_blobs s WHERE s.sha256 = i.{column})"
                )
                checks.append((where, msg("its photo ({field}) is not in the file", field=column)))
                continue
            present = f"EXISTS (SELECT 1 FROM main.{target} p WHERE p.id = i.{column})"
            if target == table.name:
                present += (
                    f" OR EXISTS (SELECT 1 FROM {self.source}.{target} q "
                    f"WHERE q.id = i.{column} AND q.id NOT IN "
                    f"(SELECT id FROM temp.sync_rejected WHERE tbl = '{target}'))"
                )
            where = f"i.{column} IS NOT NULL AND i.{column} <> '' AND NOT ({present})"
            checks.append(
                (where, msg("its {field} points to a record that is in neither file", field=column))
            )
        if table.name == "liaison_participants":
            where = (
                "NOT EXISTS (SELECT 1 FROM main.contacts c WHERE i.kind = 'contact' "
                "AND c.id = i.target_id) AND NOT EXISTS (SELECT 1 FROM main.organisations o "
                "WHERE i.kind = 'organisation' AND o.id = i.target_id)"
            )
            checks.append((where, msg("the person or organisation met is in neither file")))
        if table.name == "attachments":
            owners = " OR ".join(
                f"(i.owner_table = '{t}' AND EXISTS (SELECT 1 FROM main.{t} w "
                "WHERE w.id = i.owner_id))"
                for t in attachments.OWNER_TABLES
            )
            checks.append(
                (f"NOT ({owners})", msg("the record the photo belongs to is in neither file"))
            )
        for column, target, reason in _ID_LISTS.get(table.name, ()):
            # The directory is merged first: what the file brought of it is here by now.
            where = (
                f"json_valid(i.{column}) AND EXISTS (SELECT 1 FROM "
                f"json_each(i.{column}) a WHERE NOT EXISTS (SELECT 1 FROM "
                f"main.{target} o WHERE o.id = a.value))"
            )
            checks.append((where, reason))
        return checks

    def _check_references(self, table: SyncedTable) -> int:
        """Reject candidate rows that point to nothing; repeat while rejections cascade."""
        name = table.name
        candidate = (
            f"NOT EXISTS (SELECT 1 FROM main.{name} m WHERE m.id = i.id AND m.clock = i.clock) "
            f"AND i.id NOT IN (SELECT id FROM temp.sync_rejected WHERE tbl = '{name}')"
        )
        rejected = 0
        while True:
            found = 0
            for where, reason in self._reference_checks(table):
                cursor = self.conn.execute(
                    f"SELECT * FROM {self.source}.{name} i WHERE {candidate} AND {where}"
                )
                names = [d[0] for d in cursor.description]
                for values in cursor.fetchall():
                    row = dict(zip(names, values, strict=True))
                    if row["id"] not in self._rejected_ids(name):
                        self._reject(name, row, reason)
                        found += 1
            rejected += found
            if not found or not any(target == name for _, target in table.refs):
                return rejected

    # --- one row ---------------------------------------------------------------------

    def _merge_row(
        self, table: SyncedTable, local: dict[str, Any], plan: RowPlan, counts: TableCounts
    ) -> dict[str, Any] | None:
        """Apply a row's plan: history, conflicts, counts; the row to write or None."""
        if plan.local_purged:
            counts.older += 1
            return None
        for name, counter in plan.superseded:
            self._supersede(table.name, local["id"], name, counter)
        if plan.conflicts:
            counts.conflicts += 1
            for entry in plan.conflicts:
                self._log_conflict(table.name, local["id"], *entry)
        if plan.lost_there:
            self._history(table.name, plan.incoming, "merge: concurrent edit not kept")
        if plan.values_changed:
            reason = "merge: concurrent edit lost" if plan.lost_here else "merge: replaced"
            self._history(table.name, local, reason)
            counts.updated += 1
            if plan.deleted:
                counts.deleted += 1
            if plan.purged:
                self.outcome.purged.append((table.name, local["id"]))
        elif plan.older:
            counts.older += 1
        else:
            counts.unchanged += 1
        return plan.merged

    def _history(self, table: str, row: dict[str, Any], reason: str) -> None:
        """Keep a version the merge overwrites or does not keep (written by the table's
        _save_history, in this order, before its rows are updated)."""
        source = f"{reason} ({self.manifest.unit_name}, export {self.manifest.export_id[:8]})"
        self._versions.append(
            (table, row["id"], json.dumps(row, ensure_ascii=False), self.stamp, source)
        )

    def _save_history(self) -> None:
        if self._versions:
            self.conn.executemany(
                "INSERT INTO row_history (table_name, row_id, version, replaced_at, reason) "
                "VALUES (?, ?, ?, ?, ?)",
                self._versions,
            )
            self._versions = []

    def _log_conflict(
        self,
        table: str,
        row_id: str,
        name: str,
        kept: Any,
        other: Any,
        kept_clock: list[Any],
        other_clock: list[Any],
    ) -> None:
        """List a concurrent edit for review, once however often the same pair meets."""
        pair = {_json(kept_clock), _json(other_clock)}
        rows = self.conn.execute(
            "SELECT kept_clock, other_clock FROM conflicts "
            "WHERE table_name = ? AND row_id = ? AND field = ?",
            [table, row_id, name],
        ).fetchall()
        if any({r[0], r[1]} == pair for r in rows):
            return
        self.conn.execute(
            "INSERT INTO conflicts (table_name, row_id, field, kept_value, other_value, "
            "kept_clock, other_clock, detected_at, resolved, source_unit, export_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)",
            [
                table,
                row_id,
                name,
                _json(kept),
                _json(other),
                _json(kept_clock),
                _json(other_clock),
                self.stamp,
                self.manifest.unit_name,
                self.manifest.export_id,
            ],
        )
        self._open_conflicts.add((table, row_id, name))
        self.outcome.conflicts.append(ConflictNote(table, row_id, name, kept, other))

    def _supersede(self, table: str, row_id: str, name: str, counter: int) -> None:
        """Open conflicts of a field that a later edit has settled are closed (resolved=2)."""
        if (table, row_id, name) not in self._open_conflicts:
            return
        self.conn.execute(
            "UPDATE conflicts SET resolved = 2 WHERE resolved = 0 AND table_name = ? "
            "AND row_id = ? AND field = ? AND json_extract(kept_clock, '$[0]') < ? "
            "AND json_extract(other_clock, '$[0]') < ?",
            [table, row_id, name, counter, counter],
        )
