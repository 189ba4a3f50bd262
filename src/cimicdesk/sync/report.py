"""What an import did, per file: the package, counts per record type, conflicts, rejections."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from cimicdesk.domain.timeutil import display_stamp
from cimicdesk.sync.merge import ConflictNote, RejectedRow, TableCounts
from cimicdesk.sync.tables import TABLES, label

IMPORTED = "imported"
ALREADY_IMPORTED = "already imported"
COLUMNS = ("new", "updated", "unchanged", "older", "conflicts", "deleted", "rejected")


@dataclass
class ImportReport:
    """The outcome of importing one file.

    Attributes: file (as offered), status ('imported' or 'already imported'), export_id,
    source_unit, source_replica, exported_at, purpose ('exchange' or 'handover'),
    file_schema (schema version of the file; it was upgraded on a copy when older),
    package_sha256 (of the file as offered), counts (TableCounts per synced table,
    in merge order), conflicts (ConflictNote list), rejected (RejectedRow list, with
    reasons), backup_path (copy of the receiving database taken before the batch;
    None when nothing was merged), reindexed (records whose search text was rebuilt),
    duplicate_candidates (possible duplicates in the database after the import),
    seconds, purged (records purged at the source whose old content this import removed
    here: earlier versions, conflicts, search entries, the file's free pages, backups),
    purge_backups_left (backups that could not be cleaned and still hold that content:
    delete them), purge_checkpoint_complete (False when another program kept the -wal
    from being emptied: closing it finishes the cleaning), purge_problem (why the file
    could not be cleaned, e.g. a full disk; '' when it was).
    """

    file: Path
    status: str
    export_id: str
    source_unit: str
    source_replica: str
    exported_at: str
    purpose: str = "exchange"
    file_schema: int = 0
    package_sha256: str = ""
    counts: dict[str, TableCounts] = field(default_factory=dict)
    conflicts: list[ConflictNote] = field(default_factory=list)
    rejected: list[RejectedRow] = field(default_factory=list)
    backup_path: Path | None = None
    reindexed: int = 0
    duplicate_candidates: int = 0
    seconds: float = 0.0
    purged: int = 0
    purge_backups_left: list[Path] = field(default_factory=list)
    purge_checkpoint_complete: bool = True
    purge_problem: str = ""

    @property
    def already_imported(self) -> bool:
        return self.status == ALREADY_IMPORTED

    @property
    def totals(self) -> TableCounts:
        total = TableCounts()
        for counts in self.counts.values():
            total.add(counts)
        return total


def format_report(report: ImportReport) -> str:
    """The report as text: a header, then a table of counts per record type."""
    lines = [
        f"{report.file.name}: {report.status}",
        f"  from          {report.source_unit} (replica {report.source_replica[:8]}…), "
        f"exported {display_stamp(report.exported_at)}",
        f"  export id     {report.export_id}",
    ]
    if report.already_imported:
        lines.append("  nothing changed: this export was imported before.")
        return "\n".join(lines)
    if report.backup_path:
        lines.append(f"  backup        {report.backup_path}")
    header = f"  {'record type':<22}" + "".join(f"{c:>10}" for c in COLUMNS)
    lines += [header, "  " + "-" * (len(header) - 2)]
    for table in TABLES:
        counts = report.counts.get(table.name)
        if counts is None or not any(counts.as_dict().values()):
            continue
        values = counts.as_dict()
        lines.append(f"  {label(table.name):<22}" + "".join(f"{values[c]:>10,}" for c in COLUMNS))
    totals = report.totals.as_dict()
    lines.append(f"  {'total':<22}" + "".join(f"{totals[c]:>10,}" for c in COLUMNS))
    for note in report.conflicts[:20]:
        lines.append(
            f"  conflict: {label(note.table)} {note.row_id[:8]}… {note.field}: kept "
            f"{note.kept_value!r}, not {note.other_value!r}"
        )
    for row in report.rejected[:20]:
        lines.append(f"  rejected: {label(row.table)} {row.row_id[:8]}…: {row.reason}")
    hidden = max(0, len(report.conflicts) - 20) + max(0, len(report.rejected) - 20)
    if hidden:
        lines.append(f"  … and {hidden} more (see the conflicts and rejected lists)")
    if report.purged:
        unfinished = report.purge_problem or report.purge_backups_left
        lines.append(
            f"  purged        {report.purged:,} record(s) purged at {report.source_unit}: their "
            + (
                "earlier content was removed from this database's records, but not yet from "
                "every copy (below); that is finished at the next start"
                if unfinished
                else "earlier content was removed from this database and its backups"
            )
        )
    for left in report.purge_backups_left:
        lines.append(
            f"  could not clean the backup {left}: it still holds purged content; delete it"
        )
    if not report.purge_checkpoint_complete:
        lines.append("  the program still has the database open: close it to finish the cleaning")
    if report.purge_problem:
        lines.append(f"  purge not finished: {report.purge_problem}")
    if report.duplicate_candidates:
        lines.append(
            f"  {report.duplicate_candidates} possible duplicate(s) to review "
            "(cimicdesk duplicates)"
        )
    return "\n".join(lines)
