"""The import report: what an import did, file by file, in a non-modal dialog (issue 5)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cimicdesk.sync.merge import RejectedRow
from cimicdesk.sync.report import ImportReport, signed_by
from cimicdesk.sync.tables import TABLES
from cimicdesk.ui.formatting import stamp_display
from cimicdesk.ui.i18n import message
from cimicdesk.ui.pages.sync import kind_text, value_text

COLUMNS = ("new", "updated", "unchanged", "older", "conflicts", "deleted", "rejected")


class ImportReportDialog(QDialog):
    """What an import did, file by file (shown non-modally).

    Attributes: reports (the ImportReports shown), boxes (one QGroupBox per file, in
    order), source_labels (unit and replica), signer_labels (the key that signed the
    file, and whether its unit was enrolled now), status_labels, count_tables (QTableWidget
    per file, None when nothing was merged), detail_labels (conflicts and rejections per
    file), backup_labels, review_button (goes to the Sync page; shown when there are
    conflicts or duplicates).
    """

    review_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("importReportDialog")
        self.setWindowTitle(self.tr("Import report"))
        self.setModal(False)
        self.resize(900, 620)
        self.reports: list[ImportReport] = []
        self.boxes: list[QGroupBox] = []
        self.status_labels: list[QLabel] = []
        self.count_tables: list[QTableWidget | None] = []
        self.detail_labels: list[QLabel] = []
        self.backup_labels: list[QLabel] = []
        self.source_labels: list[QLabel] = []
        self.signer_labels: list[QLabel] = []
        self._titles: dict[tuple[str, str], str] = {}
        layout = QVBoxLayout(self)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("importSummary")
        self.summary_label.setWordWrap(True)
        font = self.summary_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.summary_label.setFont(font)
        layout.addWidget(self.summary_label)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        layout.addWidget(self.scroll, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.review_button = QPushButton(self.tr("&Review on the Sync page"))
        buttons.addButton(self.review_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.review_button.clicked.connect(self.review_requested)
        self.review_button.clicked.connect(self.close)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)

    def _purge_lines(self, report: ImportReport) -> list[str]:
        """What became of records purged at the source (their content must not stay here)."""
        lines = []
        if report.purged:
            lines.append(
                self.tr(
                    "Purged at {unit}: {count}; their earlier content was removed "
                    "from this database and its backups."
                ).format(unit=report.source_unit, count=self.tr("%Ln record(s)", "", report.purged))
            )
        lines += [
            self.tr(
                "Could not clean the backup {path}: it still holds purged content. Delete it."
            ).format(path=left)
            for left in report.purge_backups_left
        ]
        if not report.purge_checkpoint_complete:
            lines.append(
                self.tr("Another program has the database open: close it to finish the purge.")
            )
        if report.purge_problem:
            lines.append(
                self.tr("Purge not finished: {reason}").format(reason=message(report.purge_problem))
            )
        return lines

    def show_reports(
        self, reports: list[ImportReport], titles: dict[tuple[str, str], str] | None = None
    ) -> None:
        """Show these reports; titles: (table, record id) -> the record's title."""
        self.reports = list(reports)
        self._titles = titles or {}
        self.boxes, self.status_labels, self.count_tables = [], [], []
        self.detail_labels, self.backup_labels, self.source_labels = [], [], []
        self.signer_labels = []
        holder = QWidget()
        column = QVBoxLayout(holder)
        for report in self.reports:
            column.addWidget(self._file_box(report))
        column.addStretch(1)
        self.scroll.setWidget(holder)
        imported = [r for r in self.reports if not r.already_imported]
        conflicts = sum(r.totals.conflicts for r in imported)
        # A pair two files wrote a record of is listed by both: counted once here.
        duplicates = len({pair for r in imported for pair in r.duplicate_pairs})
        parts = [self.tr("%Ln file(s) imported", "", len(imported))]
        if not imported:
            parts = [self.tr("Nothing imported, nothing changed")]
        already = len(self.reports) - len(imported)
        if already:
            parts.append(self.tr("%Ln file(s) already imported before", "", already))
        refused = sum(len(r.refused) for r in imported)
        if refused:
            parts.append(self.tr("%Ln change(s) of other units' records refused", "", refused))
        if conflicts:
            parts.append(self.tr("%Ln concurrent edit(s) to settle", "", conflicts))
        if duplicates:
            parts.append(self.tr("%Ln possible duplicate(s) to review", "", duplicates))
        self.summary_label.setText(" · ".join(parts))
        self.review_button.setVisible(bool(conflicts or duplicates))

    def _file_box(self, report: ImportReport) -> QGroupBox:
        box = QGroupBox(report.file.name)
        box.setObjectName("importFileBox")
        layout = QVBoxLayout(box)
        form = QFormLayout()
        source = QLabel(
            f"{report.source_unit}  ({self.tr('replica')} {report.source_replica[:8]}…)"
        )
        exported = QLabel(stamp_display(report.exported_at))
        form.addRow(self.tr("From unit:"), source)
        form.addRow(self.tr("Exported:"), exported)
        signer = QLabel(message(signed_by(report)) if report.signer_fingerprint else "—")
        signer.setObjectName("signerLabel")
        signer.setWordWrap(True)
        signer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Signed by:"), signer)
        status = QLabel()
        status.setObjectName("importStatus")
        status.setWordWrap(True)
        backup = QLabel()
        backup.setObjectName("backupLabel")
        backup.setWordWrap(True)
        backup.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        details = QLabel()
        details.setObjectName("importDetails")
        details.setWordWrap(True)
        details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        table: QTableWidget | None = None
        if report.already_imported:
            status.setText(
                self.tr("Already imported: this export was imported before. Nothing changed.")
            )
            status.setStyleSheet("font-weight: bold; color: #6b5900;")
            layout.addLayout(form)
            layout.addWidget(status)
        else:
            totals = report.totals
            status.setText(
                self.tr("Imported: {new} new, {updated} updated, {deleted} deleted.").format(
                    new=totals.new, updated=totals.updated, deleted=totals.deleted
                )
            )
            status.setStyleSheet("font-weight: bold; color: #1d5e20;")
            backup.setText(str(report.backup_path or "—"))
            backup.setToolTip(self.tr("A copy of the database taken before the import"))
            form.addRow(self.tr("Backup:"), backup)
            layout.addLayout(form)
            layout.addWidget(status)
            table = self._counts_table(report)
            layout.addWidget(table)
            lines = [
                self.tr(
                    "Concurrent edit: {type} {record}, {field}: kept “{kept}”, other "
                    "value “{other}” (settle it on the Sync page)"
                ).format(
                    type=kind_text(note.table),
                    record=message(self._titles.get((note.table, note.row_id), note.row_id[:8])),
                    field=note.field.replace("_", " "),
                    kept=value_text(note.kept_value),
                    other=value_text(note.other_value),
                )
                for note in report.conflicts[:50]
            ]
            lines += [self._rejected_line(row) for row in report.rejected[:50]]
            hidden = max(0, len(report.conflicts) - 50) + max(0, len(report.rejected) - 50)
            if hidden:
                lines.append(self.tr("… and {count} more").format(count=hidden))
            if report.refused:
                lines.append(
                    self.tr(
                        "%Ln change(s) not applied: {unit} may not change records of other "
                        "units (the exchange rules).",
                        "",
                        len(report.refused),
                    ).format(unit=report.source_unit)
                )
            if report.directory_changes:
                lines.append(
                    self.tr(
                        "%Ln organisation(s) and contact(s) added or changed, attributed to "
                        "{unit}.",
                        "",
                        report.directory_changes,
                    ).format(unit=report.source_unit)
                )
            lines += self._purge_lines(report)
            details.setText("\n".join(lines))
            details.setVisible(bool(lines))
            layout.addWidget(details)
        self.boxes.append(box)
        self.status_labels.append(status)
        self.count_tables.append(table)
        self.detail_labels.append(details)
        self.backup_labels.append(backup)
        self.source_labels.append(source)
        self.signer_labels.append(signer)
        return box

    def _rejected_line(self, row: RejectedRow) -> str:
        """A row not applied; a change the exchange rules refuse names the record's unit."""
        if row.refused:
            return self.tr("Refused: {type} {record} of {owner}: {reason}").format(
                type=kind_text(row.table),
                record=row.row_id[:8],
                owner=row.owner,
                reason=message(row.reason),
            )
        return self.tr("Rejected: {type} {record}: {reason}").format(
            type=kind_text(row.table), record=row.row_id[:8], reason=message(row.reason)
        )

    def _counts_table(self, report: ImportReport) -> QTableWidget:
        headers = [
            self.tr("Record type"),
            self.tr("New"),
            self.tr("Updated"),
            self.tr("Unchanged"),
            self.tr("Older (ignored)"),
            self.tr("Conflicts"),
            self.tr("Deleted"),
            self.tr("Rejected"),
        ]
        shown = [
            (kind_text(t.name, many=True), report.counts[t.name].as_dict())
            for t in TABLES
            if t.name in report.counts and any(report.counts[t.name].as_dict().values())
        ]
        shown.append((self.tr("Total"), report.totals.as_dict()))
        table = QTableWidget(len(shown), len(headers))
        table.setObjectName("countsTable")
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for row, (name, values) in enumerate(shown):
            item = QTableWidgetItem(name)
            if row == len(shown) - 1:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            table.setItem(row, 0, item)
            for column, key in enumerate(COLUMNS, start=1):
                cell = QTableWidgetItem(f"{values[key]:,}")
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if key in ("conflicts", "rejected") and values[key]:
                    cell.setForeground(Qt.GlobalColor.darkRed)
                table.setItem(row, column, cell)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        rows = table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 8)
        height = header.sizeHint().height() + rows.length() + 2 * table.frameWidth()
        table.setFixedHeight(height)
        return table

    def cell(self, file_index: int, record_type: str, column: str) -> int:
        """A count shown (for tests and checks): e.g. cell(0, 'contacts', 'new')."""
        table = self.count_tables[file_index]
        if table is None:
            return 0
        wanted = kind_text(record_type, many=True) if record_type != "total" else self.tr("Total")
        for row in range(table.rowCount()):
            if table.item(row, 0).text() == wanted:
                text = table.item(row, COLUMNS.index(column) + 1).text()
                return int(text.replace(",", ""))
        return 0
