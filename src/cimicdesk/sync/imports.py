"""Import unit files: verify every file, back up once, merge each in one transaction, log it.

Every file of a batch is verified (on a local copy) before anything changes; one bad
file refuses the whole batch with a PackageRefusedError naming it, and then the
receiving database is not touched at all: its file, its -wal and its backups folder
stay as they were, and no backup is made. Otherwise the database is backed up once
(backup_copy, into its backups folder), and each file is merged in its own
transaction on a connection of its own (so an import may run off the GUI thread),
with the verified copy ATTACHed read-only. An export already in sync_log changes
nothing and is reported as 'already imported'.

Purges made at other units arrive as blank, tombstoned rows (store/purge.py). The merge
lists the rows it purged here; in the same transaction the content this database still
held of them (the version the merge kept in row_history, conflicts, rejected copies,
search entries, photo bytes) is dropped, and once the batch is merged, and only when a
purge arrived, the file is VACUUMed and checkpointed and the backups get the purge too
(store.purge.clean_after_merge). A batch without purges pays nothing for this.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from cimicdesk.domain.errors import CimicError, ReadOnlyDatabaseError
from cimicdesk.domain.timeutil import now_stamp, utc_now
from cimicdesk.store import purge
from cimicdesk.store.database import CimicDatabase, Store, backup_copy, storage_error
from cimicdesk.sync.duplicates import find_duplicates
from cimicdesk.sync.merge import Merger
from cimicdesk.sync.reindex import reindex
from cimicdesk.sync.report import ALREADY_IMPORTED, IMPORTED, ImportReport
from cimicdesk.sync.tables import TABLES
from cimicdesk.sync.training import refuse_other_kind
from cimicdesk.sync.verify import VerifiedPackage, verify_package

# progress(message, done, total): called before each step; raise to stop (the file being
# merged is rolled back; files merged before it stay merged).
Progress = Callable[[str, int, int], None]
_BUSY_SECONDS = 30
_STEPS_PER_FILE = 1 + len(TABLES) + 2  # verify, each table, search index, commit


def open_connection(path: Path) -> sqlite3.Connection:
    """A connection of its own to the database, able to ATTACH read-only URIs."""
    conn = sqlite3.connect(Path(path).resolve().as_uri(), uri=True, timeout=_BUSY_SECONDS)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(f"PRAGMA busy_timeout = {_BUSY_SECONDS * 1000}")
    return conn


def already_imported(conn: sqlite3.Connection, export_id: str) -> bool:
    return bool(conn.execute("SELECT 1 FROM sync_log WHERE export_id = ?", [export_id]).fetchone())


def import_files(
    store: Store, paths: Iterable[Path | str], progress: Progress | None = None
) -> list[ImportReport]:
    """Import unit exports into the store's database; one ImportReport per file, in order.

    Raises PackageRefusedError (nothing changed) when any file fails its checks or comes
    from the other kind of database (training vs real: sync/training.py), and
    ReadOnlyDatabaseError when the database was handed over.
    """
    if store.read_only_reason():
        raise ReadOnlyDatabaseError(store.read_only_reason())
    files = [Path(p) for p in paths]
    total = len(files) * _STEPS_PER_FILE
    done = 0

    def tick(message: str) -> None:
        nonlocal done
        if progress:
            progress(message, done, total)
        done += 1

    reports: list[ImportReport] = []
    with tempfile.TemporaryDirectory(prefix="cimicdesk-import-") as work:
        packages = []
        for index, path in enumerate(files):
            tick(f"Checking {path.name}")
            folder = Path(work) / str(index)
            folder.mkdir()
            packages.append(verify_package(path, folder))
            refuse_other_kind(path, packages[-1].training, store.training)
        conn = open_connection(store.path)
        try:
            session = _Session(store, conn)
            try:
                for package in packages:
                    reports.append(session.merge(package, tick))
            except BaseException:
                # The files merged before this one stay merged: finish their purges.
                with contextlib.suppress(CimicError, sqlite3.Error, OSError):
                    session.finish_purges(reports, None)
                raise
            say = (lambda message: progress(message, done, total)) if progress else None
            session.finish_purges(reports, say)
        finally:
            conn.close()
    if progress:
        progress("Done", total, total)
    return reports


class _Session:
    """One batch of imports on one connection; the backup is taken before the first merge.

    Attributes: store (the caller's), conn, local (a Store on conn), backup (Path or None),
    purged (rows purged by the merges of this batch whose old content was dropped here).
    """

    def __init__(self, store: Store, conn: sqlite3.Connection):
        self.store = store
        self.conn = conn
        self.local = Store(store.path, CimicDatabase(conn))
        self.backup: Path | None = None
        self.purged: list[tuple[str, str]] = []

    def merge(self, package: VerifiedPackage, tick: Callable[[str], None]) -> ImportReport:
        began = time.perf_counter()
        found = package.manifest
        report = ImportReport(
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
        if already_imported(self.conn, found.export_id):
            for _ in range(_STEPS_PER_FILE - 1):
                tick(f"{package.source.name}: already imported")
            report.status = ALREADY_IMPORTED
            return report
        if self.backup is None:
            self.backup = backup_copy(self.local.db, self.store.path, "before-import")
        report.backup_path = self.backup
        uri = f"{package.copy.resolve().as_uri()}?mode=ro&immutable=1"
        self.conn.execute("ATTACH DATABASE ? AS inc", [uri])
        try:
            self._merge_attached(package, report, tick)
        finally:
            self.conn.execute("DETACH DATABASE inc")
        report.duplicate_candidates = len(find_duplicates(self.local))
        report.seconds = time.perf_counter() - began
        return report

    def _merge_attached(
        self, package: VerifiedPackage, report: ImportReport, tick: Callable[[str], None]
    ) -> None:
        name = package.source.name
        conn = self.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.execute("PRAGMA defer_foreign_keys = ON")
            outcome = Merger(conn, package.manifest, utc_now()).run(
                lambda table: tick(f"{name}: merging {table.replace('_', ' ')}")
            )
            tick(f"{name}: updating the search index")
            report.reindexed = reindex(self.local, outcome.touched)
            forgotten = purge.forget_purged(self.local, outcome.purged) if outcome.purged else []
            report.counts = outcome.counts
            report.conflicts = outcome.conflicts
            report.rejected = outcome.rejected
            report.purged = len(forgotten)
            tick(f"{name}: saving")
            self._log(package, report)
            conn.execute("COMMIT")
            self.purged += forgotten
        except sqlite3.IntegrityError as exc:
            conn.rollback()
            raise CimicError(
                f"{name} could not be merged ({exc}); nothing of it was applied."
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

    def finish_purges(self, reports: list[ImportReport], say: Callable[[str], None] | None) -> None:
        """Clean the file and the backups once, if this batch's merges purged anything.

        Sets the outcome on the reports of the files that brought purges: backups that
        could not be cleaned, an incomplete checkpoint, or why the file could not be
        VACUUMed (a full disk: the merges are saved; the old bytes stay in free pages).
        """
        if not self.purged:
            return
        if say:
            say("Removing the content of purged records")
        rows, self.purged = self.purged, []
        brought = [r for r in reports if r.purged]
        done = purge.clean_after_merge(self.local, rows)
        for report in brought:
            report.purge_backups_left = list(done.backups_left)
            report.purge_checkpoint_complete = done.checkpoint_complete
            report.purge_problem = done.problem

    def _log(self, package: VerifiedPackage, report: ImportReport) -> None:
        found = package.manifest
        counts = {table: c.as_dict() for table, c in report.counts.items()}
        self.conn.execute(
            "INSERT INTO sync_log (export_id, source_unit, source_site, exported_at, "
            "imported_at, package_sha256, counts, backup_path) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                found.export_id,
                found.unit_name,
                found.replica_id,
                found.exported_at,
                now_stamp(),
                package.sha256,
                json.dumps(counts),
                str(self.backup or ""),
            ],
        )
