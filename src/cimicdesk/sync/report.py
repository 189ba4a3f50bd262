"""What an import did, per file: the package, counts per record type, conflicts, rejections."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from cimicdesk.domain.timeutil import display_stamp
from cimicdesk.i18n.catalogue import Texts, texts
from cimicdesk.i18n.message import Message, msg, msg_n, msg_p
from cimicdesk.sync.merge import ConflictNote, RejectedRow, TableCounts
from cimicdesk.sync.tables import TABLES, label

IMPORTED = "imported"
ALREADY_IMPORTED = "already imported"
COLUMNS = ("new", "updated", "unchanged", "older", "conflicts", "deleted", "rejected")
SHOWN = 20  # conflicts and rejections listed one by one; the others are counted


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
    duplicate_candidates (possible duplicates an organisation or contact the file added
    or changed is in, as the batch left them: len(duplicate_pairs)), duplicate_pairs
    ((table, keep id, duplicate id) of each: a pair two files of a batch are in is
    listed by both),
    seconds, purged (records purged at the source whose old content this import removed
    here: earlier versions, conflicts, search entries, the file's free pages, backups),
    purge_backups_left (backups that could not be cleaned and still hold that content:
    delete them), purge_checkpoint_complete (False when another program kept the -wal
    from being emptied: closing it finishes the cleaning), purge_problem (why the file
    could not be cleaned, e.g. a full disk; '' when it was), directory_changes
    (organisations and contacts the file added or changed, each attributed to its
    sender in the directory_changes table), signer_fingerprint (of the key that signed
    the file), enrolment (what the import did to its unit's enrolment: '' nothing,
    'enrolled' the unit was enrolled now, 'vouched' a new key of the unit was accepted
    on its handover vouch; sync/enrolment.py).
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
    duplicate_pairs: list[tuple[str, str, str]] = field(default_factory=list)
    seconds: float = 0.0
    purged: int = 0
    purge_backups_left: list[Path] = field(default_factory=list)
    purge_checkpoint_complete: bool = True
    purge_problem: Message | str = ""
    signer_fingerprint: str = ""
    enrolment: str = ""
    directory_changes: int = 0

    @property
    def refused(self) -> list[RejectedRow]:
        """The changes the exchange rules did not allow the sender (docs/exchange-rules.md)."""
        return [r for r in self.rejected if r.refused]

    @property
    def already_imported(self) -> bool:
        return self.status == ALREADY_IMPORTED

    @property
    def totals(self) -> TableCounts:
        total = TableCounts()
        for counts in self.counts.values():
            total.add(counts)
        return total


# The report's column heads, the words of a file's status and the heads of its lines.
_HEADS = {
    "record type": msg_p("import report", "record type"),
    "new": msg_p("import report", "new"),
    "updated": msg_p("import report", "updated"),
    "unchanged": msg_p("import report", "unchanged"),
    "older": msg_p("import report", "older"),
    "conflicts": msg_p("import report", "conflicts"),
    "deleted": msg_p("import report", "deleted"),
    "rejected": msg_p("import report", "rejected"),
    "total": msg_p("import report", "total"),
    "from": msg_p("import report", "from"),
    "export id": msg_p("import report", "export id"),
    "backup": msg_p("import report", "backup"),
    "purged": msg_p("import report", "purged"),
    "signed by": msg_p("import report", "signed by"),
}

_STATUS = {
    IMPORTED: msg_p("import report", "imported"),
    ALREADY_IMPORTED: msg_p("import report", "already imported"),
}
_INDENT = "  "
_HEAD = 14  # width of the heads of the lines ('from', 'export id', 'backup', 'purged')
_WIDTH = 10  # of a column of counts
_FIRST = 22  # of the column of record types, at least


def format_report(report: ImportReport, texts: Texts | None = None) -> str:
    """The report as text in the language of `texts` (English by default): a header, then
    a table of counts per record type."""
    say = (texts or english()).render
    number = (texts or english()).number

    def line(message: Message) -> str:
        return _INDENT + say(message)

    def headed(head: str, message: Message | str) -> str:
        return f"{_INDENT}{say(_HEADS[head]):<{_HEAD}}{say(message)}"

    status = _STATUS.get(report.status, report.status)
    lines = [
        say(msg("{file}: {status}", file=report.file.name, status=status)),
        headed(
            "from",
            msg(
                "{unit} (replica {replica}…), exported {time}",
                unit=report.source_unit,
                replica=report.source_replica[:8],
                time=display_stamp(report.exported_at),
            ),
        ),
        headed("export id", report.export_id),
    ]
    if report.signer_fingerprint:
        lines.append(headed("signed by", signed_by(report)))
    if report.already_imported:
        lines.append(line(msg("nothing changed: this export was imported before.")))
        return "\n".join(lines)
    if report.backup_path:
        lines.append(headed("backup", str(report.backup_path)))
    heads = [say(_HEADS[c]) for c in COLUMNS]
    widths = [max(_WIDTH, len(h) + 1) for h in heads]
    shown = [
        (say(label(table.name)), counts.as_dict())
        for table in TABLES
        if (counts := report.counts.get(table.name)) is not None and any(counts.as_dict().values())
    ]
    shown.append((say(_HEADS["total"]), report.totals.as_dict()))
    # The first column as wide as its longest name ('assessment infrastructure items').
    first = max(_FIRST, len(say(_HEADS["record type"])) + 1, *(len(n) + 1 for n, _ in shown))

    def row(name: str, values: dict[str, int]) -> str:
        counts = (number(values[c]).rjust(w) for c, w in zip(COLUMNS, widths, strict=True))
        return f"{_INDENT}{name:<{first}}" + "".join(counts)

    header = f"{_INDENT}{say(_HEADS['record type']):<{first}}" + "".join(
        h.rjust(w) for h, w in zip(heads, widths, strict=True)
    )
    lines += [header, _INDENT + "-" * (len(header) - len(_INDENT))]
    lines += [row(name, values) for name, values in shown]
    for note in report.conflicts[:SHOWN]:
        lines.append(
            line(
                msg(
                    "conflict: {records} {id}… {field}: kept {kept}, not {other}",
                    records=label(note.table),
                    id=note.row_id[:8],
                    field=note.field,
                    kept=repr(note.kept_value),
                    other=repr(note.other_value),
                )
            )
        )
    for rejected in report.rejected[:SHOWN]:
        lines.append(line(rejected_line(rejected)))
    hidden = max(0, len(report.conflicts) - SHOWN) + max(0, len(report.rejected) - SHOWN)
    if hidden:
        lines.append(line(msg("… and {n} more (see the conflicts and rejected lists)", n=hidden)))
    if report.refused:
        lines.append(
            line(
                msg_n(
                    "{n} change refused: {unit} may not make it (see docs/exchange-rules.md)",
                    "{n} changes refused: {unit} may not make them (see docs/exchange-rules.md)",
                    len(report.refused),
                    unit=report.source_unit,
                )
            )
        )
    if report.directory_changes:
        lines.append(
            line(
                msg_n(
                    "{n} organisation or contact added or changed, attributed to {unit}",
                    "{n} organisations and contacts added or changed, attributed to {unit}",
                    report.directory_changes,
                    unit=report.source_unit,
                )
            )
        )
    if report.purged:
        lines.append(headed("purged", _purged(report)))
    for left in report.purge_backups_left:
        lines.append(
            line(
                msg(
                    "could not clean the backup {path}: it still holds purged content; delete it",
                    path=str(left),
                )
            )
        )
    if not report.purge_checkpoint_complete:
        lines.append(
            line(msg("the program still has the database open: close it to finish the cleaning"))
        )
    if report.purge_problem:
        lines.append(line(msg("purge not finished: {reason}", reason=report.purge_problem)))
    if report.duplicate_candidates:
        lines.append(
            line(
                msg_n(
                    "{n} possible duplicate to review (cimicdesk duplicates)",
                    "{n} possible duplicates to review (cimicdesk duplicates)",
                    report.duplicate_candidates,
                )
            )
        )
    return "\n".join(lines)


def rejected_line(rejected: RejectedRow) -> Message:
    """One row not applied: a refused change names the unit owning the record."""
    if rejected.refused:
        return msg(
            "refused: {records} {id}… of {owner}: {reason}",
            records=label(rejected.table),
            id=rejected.row_id[:8],
            owner=rejected.owner,
            reason=rejected.reason,
        )
    return msg(
        "rejected: {records} {id}…: {reason}",
        records=label(rejected.table),
        id=rejected.row_id[:8],
        reason=rejected.reason,
    )


def signed_by(report: ImportReport) -> Message:
    """The key that signed the file, and what the import did to its unit's enrolment."""
    fingerprint = report.signer_fingerprint
    if report.enrolment == "enrolled":
        return msg("{fingerprint} (enrolled now: fingerprint confirmed)", fingerprint=fingerprint)
    if report.enrolment == "vouched":
        return msg(
            "{fingerprint} (a new key of the unit, vouched for by its previous key at the "
            "handover: now enrolled, the previous key retired)",
            fingerprint=fingerprint,
        )
    return msg("{fingerprint} (enrolled)", fingerprint=fingerprint)


def _purged(report: ImportReport) -> Message:
    """What became of the records purged at the source."""
    if report.purge_problem or report.purge_backups_left:
        return msg_n(
            "{n} record purged at {unit}: its earlier content was removed from this "
            "database's records, but not yet from every copy (below); that is finished at "
            "the next start",
            "{n} records purged at {unit}: their earlier content was removed from this "
            "database's records, but not yet from every copy (below); that is finished at "
            "the next start",
            report.purged,
            unit=report.source_unit,
        )
    return msg_n(
        "{n} record purged at {unit}: its earlier content was removed from this database "
        "and its backups",
        "{n} records purged at {unit}: their earlier content was removed from this database "
        "and its backups",
        report.purged,
        unit=report.source_unit,
    )


def english() -> Texts:
    """The report's language when none is given: the command line's."""
    return texts("en")
