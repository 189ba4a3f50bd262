"""The Dashboard's reminder of unsaved edits left by a crash: which records, since when."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from cimicdesk.domain.masking import restricted_code
from cimicdesk.store import editor_drafts, search
from cimicdesk.store.database import Store
from cimicdesk.ui.models.search import KIND_LABELS

# Page key -> the search index's kind of its records (named as the search results name them).
PAGES = {
    "contacts": "contact",
    "organisations": "organisation",
    "liaison": "liaison",
    "qips": "qip",
    "incidents": "incident",
    "support": "support_request",
    "assessments": "assessment",
}
PageRole = Qt.ItemDataRole.UserRole
RecordIdRole = Qt.ItemDataRole.UserRole + 1


class RecoveredDrafts(QFrame):
    """Hidden while no draft waits; else lists them, newest first, to open one by one.

    Opening a record (or a new one) on its page offers its draft, as usual.
    Attributes: label, drafts_list, open_button.
    """

    open_requested = Signal(str, str)  # page key, record id ('' for a new record)

    def __init__(self, store: Store, parent=None):
        super().__init__(parent)
        self.store = store
        self.setObjectName("recoveredDrafts")
        self.setStyleSheet(
            "#recoveredDrafts { background: #e8f0fb; border: 1px solid #9ab5dc; "
            "border-radius: 3px; }"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        self.label = QLabel()
        self.label.setWordWrap(True)
        layout.addWidget(self.label)
        row = QHBoxLayout()
        self.drafts_list = QListWidget()
        self.drafts_list.setObjectName("recoveredDraftsList")
        self.drafts_list.setMaximumHeight(4 * self.drafts_list.fontMetrics().height() + 12)
        row.addWidget(self.drafts_list, 1)
        self.open_button = QPushButton(self.tr("Open to &check"))
        self.open_button.setToolTip(
            self.tr("Open the selected record; you will be asked to restore its changes")
        )
        row.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(row)
        self.open_button.clicked.connect(self._open_selected)
        self.drafts_list.itemActivated.connect(self._open_item)
        self.hide()

    def reload(self) -> None:
        """Read the drafts file again; show the reminder only when something waits."""
        waiting = [d for d in editor_drafts.pending(self.store.path) if d.page in PAGES]
        known = search.titles(
            self.store, [(PAGES[d.page], d.record_id) for d in waiting if d.record_id]
        )
        self.drafts_list.clear()
        for draft in waiting:
            item = QListWidgetItem(self._describe(draft, known.get(draft.record_id)))
            item.setData(PageRole, draft.page)
            item.setData(RecordIdRole, draft.record_id)
            self.drafts_list.addItem(item)
        if self.drafts_list.count():
            self.drafts_list.setCurrentRow(0)
        self.label.setText(
            self.tr(
                "Unsaved changes were kept when the program last stopped without saving "
                "them ({count}). Open each record to restore its changes or discard them."
            ).format(count=len(waiting))
        )
        self.setVisible(bool(waiting))

    def _describe(self, draft: editor_drafts.PendingDraft, known: tuple[str, bool] | None) -> str:
        noun = QCoreApplication.translate("SearchResultsModel", KIND_LABELS[PAGES[draft.page]])
        if not draft.record_id:
            title = self.tr("new, not saved yet")
        elif known is None:
            title = draft.record_id[:8]
        elif known[1]:  # a restricted contact: its code, never its name
            title = self.tr("restricted contact {code}").format(
                code=restricted_code(draft.record_id)
            )
        else:
            title = known[0]
        when = draft.saved_at[:16].replace("T", " ") + "Z" if draft.saved_at else "?"
        return self.tr("{noun}: {title} — changes of {when}").format(
            noun=noun, title=title, when=when
        )

    def _open_selected(self) -> None:
        item = self.drafts_list.currentItem()
        if item is not None:
            self._open_item(item)

    def _open_item(self, item: QListWidgetItem) -> None:
        self.open_requested.emit(item.data(PageRole), item.data(RecordIdRole) or "")
