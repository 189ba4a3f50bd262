"""Import unit files: verify every file, back up once, merge the batch in one transaction.

An import batch is all-or-nothing (design: import is all-or-nothing, idempotent, and
order-independent). Every file is verified first (on a local copy, in a private work
folder beside the database: store/work_folder.py) and its signer admitted (a unit
enrolled here, or one whose fingerprint the officer confirmed: sync/enrolment.py), and
the enrolments it brings are recorded in the merge's transaction; one bad file refuses
the whole batch with a PackageRefusedError naming it, and then the receiving database is
not touched at all: its file, its -wal and its backups folder stay as they were, and no
backup is made. Otherwise the database is backed up once (backup_copy, into its backups
folder), every file's verified copy is ATTACHed read-only under a name of its own, and
the whole batch is merged in ONE transaction on a connection of its own (so an import
may run off the GUI thread): a file that fails to merge, a full disk, or a stop asked by
the progress callback rolls back every file of the batch. An export already in sync_log
(or twice in the batch) changes nothing and is reported as 'already imported'.

Purges made at other units arrive as blank, tombstoned rows (store/purge.py). The merge
lists the rows it purged here; in the same transaction the content this database still
held of them (the version the merge kept in row_history, conflicts, rejected copies,
search entries, photo bytes) is dropped, and the rows are recorded as a pending purge.
Once the batch is committed the file is VACUUMed and checkpointed and the backups get
the purge too (store.purge.finish_pending); a run killed before that, or a disk too full
for it, leaves the purge pending, and the next open of the database or the next import
finishes it. A batch without purges, and nothing pending, pays nothing for this.
"""

from __future__ import annotations

import contextlib
import json
import time
from collections.abc import Callable, Collection, Iterable
from pathlib import Path

from cimicdesk.domain.errors import CimicError, ReadOnlyDatabaseError
from cimicdesk.domain.timeutil import now_stamp, utc_now
from cimicdesk.i18n.message import Message, msg
from cimicdesk.store import encryption, purge, unit_keys
from cimicdesk.store.database import CimicDatabase, Store, backup_copy, storage_error
from cimicdesk.store.encryption import sqlite3
from cimicdesk.store.unit_keys import parse_fingerprint
from cimicdesk.store.work_folder import work_folder
from cimicdesk.sync import delta_bases, enrolment
from cimicdesk.sync.duplicates import DUPLICATE_TABLES, find_duplicates
from cimicdesk.sync.mass_changes import LIMIT, MassChangesError, measure
from cimicdesk.sync.merge import Merger
from cimicdesk.sync.reindex import reindex
from cimicdesk.sync.report import ALREADY_IMPORTED, IMPORTED, ImportReport
from cimicdesk.sync.tables import TABLES, label
from cimicdesk.sync.training import refuse_other_kind
from cimicdesk.sync.units import UnitRegistry, enrolled_levels, read_units
from cimicdesk.sync.verify import VerifiedPackage, verify_package

# progress(message, done, total): called before each step, with what it does (a Message;
# str() is its English); raise to stop (the whole batch is rolled back: nothing of it is
# saved).
Progress = Callable[[Message, int, int], None]
_BUSY_SECONDS = 30
# SQLITE_MAX_ATTACHED as SQLCipher's build has it (sqlcipher3 has no getlimit to ask).
_ATTACH_LIMIT = 10
_STEPS_PER_FILE = 1 + len(TABLES) + 2  # verify, each table, search index, log


def open_connection(path: Path) -> sqlite3.Connection:
    """A connection of its own to the database, able to ATTACH read-only URIs."""
    conn = encryption.connect(Path(path).resolve().as_uri(), uri=True, timeout=_BUSY_SECONDS)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(f"PRAGMA busy_timeout = {_BUSY_SECONDS * 1000}")
    return conn


def already_imported(conn: sqlite3.Connection, export_id: str) -> bool:
    return bool(conn.execute("SELECT 1 FROM sync_log WHERE export_id = ?", [export_id]).fetchone())


def import_files(
    store: Store,
    paths: Iterable[Path | str],
    progress: Progress | None = None,
    *,
    allow_mass_changes: bool = False,
    enrol: Collection[str] = (),
) -> list[ImportReport]:
    """Import unit exports into the store's database; one ImportReport per file, in order.

    `enrol`: fingerprints the officer confirmed (read back by the unit over the radio);
    a file from a unit not enrolled here is imported, and its unit enrolled, only when
    its signer's fingerprint is one of them (sync/enrolment.py).

    All or nothing: raises PackageRefusedError (nothing changed) when any file fails its
    checks, is not signed by the unit it names (UnknownUnitError for a unit not enrolled
    whose fingerprint was not confirmed), or comes from the other kind of database
    (training vs real: sync/training.py), MassChangesError (nothing changed, no backup
    taken) when a file would purge or overwrite more than mass_changes.LIMIT records of
    other units and allow_mass_changes is False, ReadOnlyDatabaseError when the database
    was handed over, CimicError for a batch too large or a file that could not be merged,
    StorageError for a full disk; whatever is raised, nothing of the batch was saved.
    """
    if store.read_only_reason():
        raise ReadOnlyDatabaseError(store.read_only_reason())
    files = [Path(p) for p in paths]
    confirmed = {parse_fingerprint(text) for text in enrol}
    limit = _attach_limit()
    if len(files) > limit:
        raise CimicError(
            msg(
                "An import takes at most {limit} files at a time ({n} given); import the "
                "others in a second batch. Nothing was changed.",
                limit=limit,
                n=len(files),
            )
        )
    total = len(files) * _STEPS_PER_FILE
    done = 0

    def tick(message: Message) -> None:
        nonlocal done
        if progress:
            progress(message, done, total)
        done += 1

    agreement_keys = unit_keys.agreement_private_keys(store.db.conn)
    with work_folder(store.path, "import") as work:
        packages = []
        for index, path in enumerate(files):
            tick(msg("Checking {name}", name=path.name))
            folder = work / str(index)
            folder.mkdir()
            packages.append(verify_package(path, folder, agreement_keys=agreement_keys))
            refuse_other_kind(path, packages[-1].training, store.training)
        conn = open_connection(store.path)
        try:
            roster = enrolment.Roster.load(conn, store.unit.name)
            at = now_stamp()
            admissions = [
                roster.admit(p.manifest, p.vouches, p.source, confirmed, at) for p in packages
            ]
            session = _Session(store, conn, admissions, allow_mass_changes)
            reports = session.merge_all(packages, tick)
            say = (lambda message: progress(message, done, total)) if progress else None
            session.finish_purges(reports, say)
        finally:
            conn.close()
    if progress:
        progress(msg("Done"), total, total)
    return reports


def _attach_limit() -> int:
    """How many files a batch can hold: a batch merges in one transaction with every
    file attached, and SQLite attaches at most SQLITE_MAX_ATTACHED (10 as usually built)."""
    return _ATTACH_LIMIT


class _Session:
    """One batch of imports on one connection, merged in one transaction.

    Attributes: store (the caller's), conn, admissions (what each file does to the
    enrolments, recorded in the transaction), local (a Store on conn), backup (Path or
    None, taken before the transaction when anything is to be merged), purged (rows
    purged by the merges of this batch whose old content was dropped here), units (what
    this database knows of the units, learning from each file as it is merged),
    allow_mass_changes (no brake on files changing many records of other units), wrote
    (export id -> the organisations and contacts its file wrote, by table).
    """

    def __init__(
        self,
        store: Store,
        conn: sqlite3.Connection,
        admissions: list[enrolment.Admission],
        allow_mass_changes: bool = False,
    ):
        self.store = store
        self.conn = conn
        self.admissions = admissions
        self.local = Store(store.path, CimicDatabase(conn))
        self.backup: Path | None = None
        self.purged: list[tuple[str, str]] = []
        self.units = UnitRegistry.load(conn, store.unit)
        self.allow_mass_changes = allow_mass_changes
        # Export id -> the organisations and contacts its file wrote, by table.
        self.wrote: dict[str, dict[str, set[str]]] = {}

    def merge_all(
        self, packages: list[VerifiedPackage], tick: Callable[[Message], None]
    ) -> list[ImportReport]:
        """Merge every package in one transaction; any failure rolls back them all."""
        reports = [self._report(package) for package in packages]
        for report, admission in zip(reports, self.admissions, strict=True):
            report.signer_fingerprint = admission.fingerprint
            report.enrolment = admission.note
        seen: set[str] = set()
        for report in reports:
            if report.export_id in seen or already_imported(self.conn, report.export_id):
                report.status = ALREADY_IMPORTED
            seen.add(report.export_id)
        skipped = {r.export_id for r in reports if r.already_imported}
        delta_bases.refuse_missing_bases(self.conn, packages, skipped)  # nothing changed yet
        attached = []
        try:
            for index, (package, report) in enumerate(zip(packages, reports, strict=True)):
                if not report.already_imported:
                    name = f"inc{index}"
                    uri = f"{package.copy.resolve().as_uri()}?mode=ro&immutable=1"
                    key = encryption.attach_key_clause(encryption.key_for(package.copy))
                    self.conn.execute(f"ATTACH DATABASE ? AS {name} {key}", [uri])
                    attached.append(name)
            if not self.allow_mass_changes:
                self._brake(packages, reports)
            if attached:
                self.backup = backup_copy(self.local.db, self.store.path, "before-import")
            self._merge_in_one_transaction(packages, reports, tick)
        finally:
            for name in attached:
                with contextlib.suppress(sqlite3.Error):  # the connection closes next anyway
                    self.conn.execute(f"DETACH DATABASE {name}")
        return reports

    def _brake(self, packages: list[VerifiedPackage], reports: list[ImportReport]) -> None:
        """Refuse the batch (nothing changed yet) when a file would purge or overwrite
        too many records of other units (sync/mass_changes.py)."""
        preview = UnitRegistry(self.store.unit, self.units.units, self.units.enrolled)
        now = utc_now()
        found = []
        for index, (package, report) in enumerate(zip(packages, reports, strict=True)):
            if report.already_imported:
                continue
            source = f"inc{index}"
            preview.learn(package.manifest, read_units(self.conn, source))
            change = measure(self.conn, source, package.manifest, preview, package.source, now)
            if change.count > LIMIT:
                found.append(change)
        if found:
            raise MassChangesError(found)

    def _report(self, package: VerifiedPackage) -> ImportReport:
        found = package.manifest
        return ImportReport(
            file=package.source,
            status=IMPORTED,
            export_id=found.export_id,
            source_unit=found.unit_name,
            source_replica=found.replica_id,
            exported_at=found.exported_at,
            purpose=found.purpose,
            file_schema=package.file_schema,
            package_sha256=package.sha256,
        )

    def _merge_in_one_transaction(
        self,
        packages: list[VerifiedPackage],
        reports: list[ImportReport],
        tick: Callable[[Message], None],
    ) -> None:
        conn = self.conn
        name = ""
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.execute("PRAGMA defer_foreign_keys = ON")
            enrolment.apply(conn, self.admissions)
            self.units.enrolled = enrolled_levels(conn)  # with the units enrolled now
            purged: list[tuple[str, str]] = []
            for index, (package, report) in enumerate(zip(packages, reports, strict=True)):
                name = package.source.name
                if report.already_imported:
                    for _ in range(_STEPS_PER_FILE - 1):
                        tick(msg("{name}: already imported", name=name))
                    continue
                began = time.perf_counter()
                report.backup_path = self.backup
                purged += self._merge_attached(package, report, f"inc{index}", tick)
                report.seconds = time.perf_counter() - began
            self._count_duplicates(reports)
            if purged:
                # Pending until every copy is clean (finish_purges, or the next open).
                purge.record_pending(self.local, purged)
            conn.execute("COMMIT")
            self.purged = purged
        except sqlite3.IntegrityError as exc:
            conn.rollback()
            raise CimicError(
                msg(
                    "{name} could not be merged ({error}); nothing of this import was saved.",
                    name=name,
                    error=str(exc),  # SQLite's words: a detail for whoever looks into it
                )
            ) from exc
        except sqlite3.OperationalError as exc:
            conn.rollback()
            problem = storage_error(exc, self.store.path)  # disk full, read-only, pulled out
            if problem is not None:
                raise problem from exc
            raise
        except BaseException:
            conn.rollback()
            raise

    def _merge_attached(
        self,
        package: VerifiedPackage,
        report: ImportReport,
        source: str,
        tick: Callable[[Message], None],
    ) -> list[tuple[str, str]]:
        """Merge one attached package inside the batch's transaction; the rows it purged."""
        name = package.source.name
        self.units.learn(package.manifest, read_units(self.conn, source))
        outcome = Merger(self.conn, package.manifest, utc_now(), source, units=self.units).run(
            lambda table: tick(msg("{name}: merging {records}", name=name, records=label(table)))
        )
        self.units.save(self.conn)
        tick(msg("{name}: updating the search index", name=name))
        report.reindexed = reindex(self.local, outcome.touched, outcome.renamed)
        self.wrote[report.export_id] = {
            name: set(outcome.touched.get(name, ())) for name in DUPLICATE_TABLES
        }
        forgotten = purge.forget_purged(self.local, outcome.purged) if outcome.purged else []
        report.counts = outcome.counts
        report.conflicts = outcome.conflicts
        report.rejected = outcome.rejected
        report.directory_changes = outcome.directory_changes
        report.purged = len(forgotten)
        tick(msg("{name}: saving", name=name))
        self._log(package, report)
        return forgotten

    def _count_duplicates(self, reports: list[ImportReport]) -> None:
        """Each merged file's possible duplicates: the pairs one of the organisations or
        contacts it wrote is in, as the batch leaves them. Only those pairs can be new: a
        pair of two records the batch did not write was there before it (and the whole
        table is not read again for each file: sync/duplicates.py)."""
        batch: dict[str, set[str]] = {name: set() for name in DUPLICATE_TABLES}
        for written in self.wrote.values():
            for name, ids in written.items():
                batch[name] |= ids
        pairs = find_duplicates(self.local, among=batch)
        for report in reports:
            wrote = self.wrote.get(report.export_id)
            if report.already_imported or wrote is None:
                continue
            report.duplicate_pairs = [
                (p.table, p.keep_id, p.duplicate_id)
                for p in pairs
                if {p.keep_id, p.duplicate_id} & wrote[p.table]
            ]
            report.duplicate_candidates = len(report.duplicate_pairs)

    def finish_purges(
        self, reports: list[ImportReport], say: Callable[[Message], None] | None
    ) -> None:
        """Finish every pending purge (this batch's, and any a run that died left).

        Sets the outcome on the reports of the files that brought purges (on every
        report when none did but an older purge was pending): backups that could not
        be cleaned, an incomplete checkpoint, or why the file could not be cleaned (a
        full disk: the merges are saved; the purge stays pending for the next start).
        """
        rows, _ = purge.pending(self.local)
        if not rows:
            return
        if say:
            say(msg("Removing the content of purged records"))
        self.purged = []
        done = purge.finish_pending(self.local)
        if done is None:
            return
        brought = [r for r in reports if r.purged] or reports
        for report in brought:
            report.purge_backups_left = list(done.backups_left)
            report.purge_checkpoint_complete = done.checkpoint_complete
            report.purge_problem = done.problem

    def _log(self, package: VerifiedPackage, report: ImportReport) -> None:
        found = package.manifest
        counts = {table: c.as_dict() for table, c in report.counts.items()}
        self.conn.execute(
            "INSERT INTO sync_log (export_id, source_unit, source_site, exported_at, "
            "imported_at, package_sha256, counts, backup_path, signer_key) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                found.export_id,
                found.unit_name,
                found.replica_id,
                found.exported_at,
                now_stamp(),
                package.sha256,
                json.dumps(counts),
                str(self.backup or ""),
                found.signer_key,
            ],
        )
        delta_bases.record_applied(self.conn, found)
