"""RecordPage: filter bar, lazy sortable list and the record's editor beside it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, NamedTuple

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cimicdesk.domain.errors import CimicError, RecordNotFoundError, ValidationError
from cimicdesk.domain.grid import parse_grid
from cimicdesk.i18n.message import Message
from cimicdesk.store import editor_drafts as drafts
from cimicdesk.store import stats
from cimicdesk.store.database import Store
from cimicdesk.store.purge import purge_record
from cimicdesk.ui.editors.base import ERROR_STYLE, RecordEditor
from cimicdesk.ui.formatting import stamp_display
from cimicdesk.ui.i18n import message
from cimicdesk.ui.models.lazy import LazyRecordModel
from cimicdesk.ui.pages import empty_notes
from cimicdesk.ui.pages.base import Page
from cimicdesk.ui.prompts import Prompter
from cimicdesk.ui.widgets.column_fit import fit_columns, fitter_of
from cimicdesk.ui.widgets.draft_banner import DraftBanner
from cimicdesk.ui.widgets.undo_bar import UndoBar

FILTER_DELAY_MS = 250
DRAFT_DELAY_MS = 2000  # unsaved edits reach the drafts file at most this long after
MIN_LIST_WIDTH = 320  # the list keeps this much when the editor is widened to fit
# This base class is shown under each page's class name: tr() would look its texts up
# under that name, so they are translated in the fixed context 'RecordPage'.
translate = QCoreApplication.translate


class Nouns(NamedTuple):
    """How a page names its records, translated: 'contact', 'contacts', 'New contact' (the
    editor's title for a blank record) and '&New contact' (the button)."""

    one: str
    many: str
    new_title: str
    new_button: str
    counted: Callable[[int], str]  # '1 contact', '3 contacts' in the language's plural forms


class RecordPage(Page):
    """A list of records with filters, and an editor for the selected one.

    Subclasses set NOUN / NOUNS, the repository functions (GET, SAVE, DELETE, RESTORE,
    COUNT), and implement make_model, make_editor, build_filters, filter_values and
    describe. Attributes: store, prompter, model, table, editor, filter_edit,
    count_label, undo_bar, message_label, title_label, draft_banner (shown while the
    editor holds changes restored from a crash-proof draft), new_button, delete_button,
    save_button, extra_buttons (a layout for page-specific buttons), last_deleted
    ((id, name) of the record the Undo would bring back, or None).
    """

    EDITABLE = True
    SPLIT = (560, 500)  # initial widths of the list and the editor
    NOUN = "record"
    NOUNS = "records"
    GET: Callable[[Store, str], Any]
    SAVE: Callable[[Store, Any], Any]
    DELETE: Callable[[Store, str], Any]
    RESTORE: Callable[[Store, str], Any]
    COUNT: Callable[..., int]
    PURGE_TABLE = ""  # the table 'Erase for good…' purges from; '' offers no such button
    COUNT_TABLE = ""  # the table of the records listed: its live rows are the unfiltered count

    MAP_KIND = ""  # the kind (KIND_PAGES) a record shows on the map as; '' not mapped
    # The record's grid fields, the first one filled being where the map shows it.
    MAP_GRIDS: tuple[str, ...] = ("grid",)

    map_requested = Signal(str, str, float, float)  # kind, id, latitude, longitude
    record_saved = Signal(str)
    record_deleted = Signal(str)
    record_restored = Signal(str)

    def __init__(self, store: Store, prompter: Prompter, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.prompter = prompter
        self.last_deleted: tuple[str, str] | None = None
        self._syncing = 0
        self._stale = False
        self.model: LazyRecordModel = self.make_model()
        self.editor: RecordEditor = self.make_editor()
        self._build()
        self._select_first()
        if store.read_only_reason():
            for widget in (self.editor, self.new_button, self.save_button, self.delete_button):
                widget.setEnabled(False)
            if self.purge_button is not None:
                self.purge_button.setEnabled(False)
            self._clear_message()
        self.empty_state = empty_notes.attach(self)  # what an empty list says, over it

    # What subclasses provide --------------------------------------------------------

    def make_model(self) -> LazyRecordModel:
        raise NotImplementedError

    def make_editor(self) -> RecordEditor:
        raise NotImplementedError

    def build_filters(self, bar: QHBoxLayout) -> None:
        """Add the page's own filter widgets (combos, chips) to the bar."""

    def filter_values(self) -> dict[str, Any]:
        """The list function's filters as the widgets now say (text excluded)."""
        return {}

    def nouns(self) -> Nouns:
        """The page's nouns in the window's language. Pages override it with their own
        translations; this default keeps NOUN / NOUNS as they are."""
        return Nouns(
            self.NOUN,
            self.NOUNS,
            translate("RecordPage", "New {noun}").format(noun=self.NOUN),
            translate("RecordPage", "&New {noun}").format(noun=self.NOUN),
            # Every page names its records itself; this English default is for one that
            # does not (Qt's plural forms need a tr() call in the page's own context).
            lambda n: f"{n} {self.NOUN if n == 1 else self.NOUNS}",
        )

    def describe(self, record: Any) -> str:
        """A record's name for titles and questions."""
        return getattr(record, "name", "") or translate("RecordPage", "this {noun}").format(
            noun=self.nouns().one
        )

    # Layout -------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        bar = QHBoxLayout()
        nouns = self.nouns()
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("filterEdit")
        self.filter_edit.setPlaceholderText(
            translate("RecordPage", "Filter {nouns}…").format(nouns=nouns.many)
        )
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setMinimumWidth(140)  # the bar of filters must fit a 1280 px window
        self.filter_edit.setToolTip(
            translate(
                "RecordPage",
                "Show only {nouns} containing every word typed (beginnings of words match).",
            ).format(nouns=nouns.many)
        )
        bar.addWidget(self.filter_edit, 2)
        self.build_filters(bar)
        bar.addStretch(1)
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        bar.addWidget(self.count_label)
        layout.addLayout(bar)

        self.undo_bar = UndoBar()
        self.undo_bar.undo_requested.connect(self.undo_delete)
        layout.addWidget(self.undo_bar)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.table = self._make_table()
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self._make_editor_pane())
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes(list(self.SPLIT))
        layout.addWidget(self.splitter, 1)

        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.apply_filters)
        self.filter_edit.textChanged.connect(lambda _: self._filter_timer.start())
        self.filter_edit.returnPressed.connect(self.apply_filters)
        self.editor.edited.connect(self._update_title)
        self.editor.undo_stack.canUndoChanged.connect(self.undo_changed)
        self.editor.undo_stack.canRedoChanged.connect(self.undo_changed)
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.save_draft)
        self.editor.edited.connect(
            lambda: self._draft_timer.isActive() or self._draft_timer.start()
        )
        self._update_count()
        self._update_title()

    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("recordTable")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        # Columns as wide as their content within the list's width, text cut with '…'.
        fit_columns(table, [column.fit() for column in self.model.COLUMNS])
        header.setSortIndicator(self.model.sort_column, self.model.sort_order)
        table.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._sort_changed)
        table.selectionModel().currentRowChanged.connect(self._current_changed)
        return table

    def _make_editor_pane(self) -> QWidget:
        pane = QWidget()
        box = QVBoxLayout(pane)
        box.setContentsMargins(6, 0, 0, 0)
        self.title_label = QLabel()
        self.title_label.setObjectName("editorTitle")
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title_label.setFont(font)
        # A long name or place wraps: it never widens the editor at the list's expense.
        self.title_label.setWordWrap(True)
        box.addWidget(self.title_label)
        self.draft_banner = DraftBanner()
        self.draft_banner.discard_requested.connect(self.discard_changes)
        box.addWidget(self.draft_banner)
        self.editor_scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.editor)
        box.addWidget(scroll, 1)
        self.message_label = QLabel()
        self.message_label.setObjectName("messageLabel")
        self.message_label.setStyleSheet(ERROR_STYLE)
        self.message_label.setWordWrap(True)
        box.addWidget(self.message_label)
        buttons = QHBoxLayout()
        nouns = self.nouns()
        self.new_button = QPushButton(QIcon(":/icons/new"), nouns.new_button)
        self.new_button.setToolTip(
            translate("RecordPage", "Start a new {noun} (Ctrl+N)").format(noun=nouns.one)
        )
        self.delete_button = QPushButton(QIcon(":/icons/delete"), translate("RecordPage", "Delete"))
        self.delete_button.setToolTip(
            translate("RecordPage", "Delete this {noun}; you can undo it (Ctrl+Z)").format(
                noun=nouns.one
            )
        )
        self.save_button = QPushButton(QIcon(":/icons/save"), translate("RecordPage", "&Save"))
        self.save_button.setToolTip(
            translate("RecordPage", "Save this {noun} (Ctrl+S)").format(noun=nouns.one)
        )
        self.save_button.setDefault(True)
        self.extra_buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        self.purge_button: QPushButton | None = None
        if self.PURGE_TABLE:
            self.purge_button = QPushButton(translate("RecordPage", "Erase for good…"))
            self.purge_button.setObjectName("purgeButton")
            self.purge_button.setToolTip(
                translate(
                    "RecordPage",
                    "Remove this {noun}'s content from the database for good; it cannot be undone",
                ).format(noun=nouns.one)
            )
            self.purge_button.clicked.connect(self.purge_current)
            buttons.addWidget(self.purge_button)
        self.map_button: QPushButton | None = None
        if self.MAP_KIND:
            self.map_button = QPushButton(
                QIcon(":/icons/map"), translate("RecordPage", "Show on &map")
            )
            self.map_button.setObjectName("showOnMapButton")
            self.map_button.setToolTip(
                translate("RecordPage", "Show this {noun} on the map, selected").format(
                    noun=nouns.one
                )
            )
            self.map_button.clicked.connect(self.show_on_map)
            buttons.addWidget(self.map_button)
        buttons.addLayout(self.extra_buttons)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        box.addLayout(buttons)
        self.new_button.clicked.connect(self.new_record)
        self.delete_button.clicked.connect(self.delete_record)
        self.save_button.clicked.connect(self.save_record)
        return pane

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not getattr(self, "_editor_fitted", False):
            self._editor_fitted = True
            self._fit_editor()

    def _fit_editor(self) -> None:
        """Widen the editor to the room its form asks for (French labels are longer), as
        long as the list keeps the width of its essential columns (widgets/column_fit: the
        columns never hidden, at their least width); the form is never cut off on the right
        (it gets at least its minimum width)."""
        sizes = self.splitter.sizes()
        total = sum(sizes)
        if len(sizes) != 2 or total <= 0:
            return
        scroll_bar = self.style().pixelMetric(self.style().PixelMetric.PM_ScrollBarExtent)
        fitter = fitter_of(self.table)
        list_room = max(MIN_LIST_WIDTH, fitter.essential_width() if fitter else 0)
        wanted = self.editor.sizeHint().width() + scroll_bar + 12
        least = self.editor.minimumSizeHint().width() + scroll_bar + 12
        wanted = max(least, min(wanted, total - list_room))
        if sizes[1] < wanted and total - wanted >= MIN_LIST_WIDTH:
            self.splitter.setSizes([total - wanted, wanted])

    # Page -------------------------------------------------------------------------

    def activate(self) -> None:
        self.discard_orphan_drafts()
        if self._stale:
            self._stale = False
            self.reload_list()
            self.editor.refresh_choices()  # keeps what the user picked
            if not self.editor.dirty and not self.editor.is_new:
                self._reload_editor()

    def refresh(self) -> None:
        self._stale = True
        if self.isVisible():
            self.activate()

    def is_dirty(self) -> bool:
        return self.editor.dirty

    def focus_main(self) -> None:
        self.table.setFocus()

    def new_record(self) -> None:
        if not self.confirm_discard():
            return
        self.editor.load(None)
        self._select(None)
        self._update_title()
        self._clear_message()
        self.offer_draft()
        self.editor.focus_first()

    def open_record(self, record_id: str, *, offer_draft: bool = True) -> bool:
        """Show a record in the editor (and select it in the list when it is loaded).

        A draft a crash left of it is offered (offer_draft): when the officer opens it, not
        when the page opens its first record by itself; asked for again, the record shown
        offers a draft it has not offered yet.
        """
        if record_id == self.editor.record_id:
            self._select(record_id)
            if offer_draft and not self.editor.dirty:
                self.offer_draft()
            return True
        if not self.confirm_discard():
            self._select(self.editor.record_id)
            return False
        try:
            record = type(self).GET(self.store, record_id)
        except RecordNotFoundError as exc:
            self.prompter.error(
                translate("RecordPage", "{Noun} not found").format(
                    Noun=self.nouns().one.capitalize()
                ),
                message(exc),
            )
            return False
        self.editor.load(record)
        self._clear_message()
        self._select(record_id)
        self._update_title()
        if offer_draft:
            self.offer_draft()
        return True

    def show_on_map(self) -> bool:
        """Ask the window to show the saved record on the map (its stored grid); a record
        without a grid says so in the status bar."""
        if not self.MAP_KIND or self.editor.is_new:
            return False
        record = type(self).GET(self.store, self.editor.record_id)
        for field in self.MAP_GRIDS:
            text = getattr(record, field, "") or ""
            if text:
                ref = parse_grid(text)
                self.map_requested.emit(self.MAP_KIND, record.id, ref.lat, ref.lon)
                return True
        self.status_message.emit(
            translate("RecordPage", "This {noun} has no grid reference to show on the map.").format(
                noun=self.nouns().one
            )
        )
        return False

    def save_record(self) -> bool:
        """Save what the editor holds; errors go under their fields, input is kept."""
        self._clear_message()
        key = self.draft_key()
        try:
            record = self.editor.to_record()
            saved = type(self).SAVE(self.store, record)
        except ValidationError as exc:
            unplaced = self.editor.show_errors(exc)
            texts = [message(e.message) for e in unplaced] or [
                translate("RecordPage", "Not saved: correct the fields marked in red.")
            ]
            # An error too long for its line under the field is read here whole.
            self.message_label.setText("\n".join(texts + self.editor.cut_errors()))
            return False
        except CimicError as exc:
            self.prompter.error(
                translate("RecordPage", "{Noun} not saved").format(
                    Noun=self.nouns().one.capitalize()
                ),
                message(exc),
            )
            return False
        self._draft_timer.stop()
        drafts.clear_draft(self.store.path, key)
        was_new = self.editor.is_new
        self.editor.refresh_choices()  # a new organisation becomes a parent choice
        self.editor.load(saved)
        if was_new:
            self.reload_list()
        else:
            self.model.refresh_record(saved.id)
            self._select(saved.id)
        self._update_title()
        self.status_message.emit(
            translate("RecordPage", "Saved {noun} “{name}”.").format(
                noun=self.nouns().one, name=self.describe(saved)
            )
        )
        self.record_saved.emit(saved.id)
        self.records_changed.emit()
        return True

    def delete_record(self) -> bool:
        if self.editor.is_new:
            if self.confirm_discard(offer_save=False):
                self.editor.load(None)
                self._update_title()
            return False
        record = self.editor.record
        name = self.describe(record)
        noun = self.nouns().one
        if not self.prompter.confirm(
            translate("RecordPage", "Delete {noun}").format(noun=noun),
            translate(
                "RecordPage",
                "Delete the {noun} “{name}”?\n\nYou can bring it back with Undo straight after.",
            ).format(noun=noun, name=name),
            action=translate("RecordPage", "Delete"),
        ):
            return False
        try:
            type(self).DELETE(self.store, record.id)
        except CimicError as exc:
            self.prompter.error(
                translate("RecordPage", "{Noun} not deleted").format(Noun=noun.capitalize()),
                message(exc),
            )
            return False
        row = self.model.row_of(record.id)
        with self._sync():
            self.model.remove_record(record.id)
        self.last_deleted = (record.id, name)
        self.undo_changed.emit()
        self.discard_draft()
        self.editor.load(None)
        if self.model.rowCount() and row is not None:
            following = self.model.record_at(min(row, self.model.rowCount() - 1))
            if following is not None:  # None: a page read again lost rows meanwhile
                self.open_record(following.id, offer_draft=False)
        else:
            self._select(None)
        self._update_title()
        self._update_count()
        self.undo_bar.show_message(
            translate("RecordPage", "Deleted {noun} “{name}”.").format(noun=noun, name=name)
        )
        self.record_deleted.emit(record.id)
        self.records_changed.emit()
        return True

    def undo_delete(self) -> bool:
        if self.last_deleted is None:
            self.status_message.emit(translate("RecordPage", "Nothing to undo."))
            return False
        record_id, name = self.last_deleted
        try:
            type(self).RESTORE(self.store, record_id)
        except CimicError as exc:
            self.prompter.error(translate("RecordPage", "Undo failed"), message(exc))
            return False
        self.last_deleted = None
        self.undo_changed.emit()
        self.undo_changed.emit()
        self.undo_bar.hide()
        self.reload_list()
        self.open_record(record_id)
        self.status_message.emit(
            translate("RecordPage", "Restored {noun} “{name}”.").format(
                noun=self.nouns().one, name=name
            )
        )
        self.record_restored.emit(record_id)
        self.records_changed.emit()
        return True

    def can_undo(self) -> bool:
        return self.editor.undo_stack.canUndo() or self.last_deleted is not None

    def can_redo(self) -> bool:
        return self.editor.undo_stack.canRedo()

    def undo(self) -> bool:
        """The editor's last field change; with none, the record just deleted."""
        return self.editor.undo() or self.undo_delete()

    def redo(self) -> bool:
        return self.editor.redo()

    def confirm_discard(self, *, offer_save: bool = True) -> bool:
        """True when the editor may be replaced: nothing unsaved, the officer saved it
        (offer_save; a save refused shows why and stays), or the officer lets it go."""
        if not self.editor.dirty:
            return True
        noun = self.nouns().one
        name = (
            self.describe(self.editor.record)
            if not self.editor.is_new
            else translate("RecordPage", "new {noun}").format(noun=noun)
        )
        title = translate("RecordPage", "Unsaved changes")
        if offer_save:
            answer = self.prompter.ask_unsaved(
                title,
                translate(
                    "RecordPage", "The {noun} “{name}” has changes that are not saved. Save them?"
                ).format(noun=noun, name=name),
            )
            if answer == "save":
                return self.save_record()
            if answer != "discard":
                return False
        elif not self.prompter.confirm(
            title,
            translate(
                "RecordPage", "The {noun} “{name}” has changes that are not saved. Discard them?"
            ).format(noun=noun, name=name),
            action=translate("RecordPage", "Discard changes"),
        ):
            return False
        self.discard_draft()
        return True

    # Drafts: unsaved edits kept beside the database against a crash ------------------

    def draft_key(self) -> str:
        return drafts.draft_key(self.KEY, self.editor.record_id)

    def save_draft(self) -> bool:
        """Write the editor's unsaved changes to the drafts file; False when there are none
        (an edit undone by hand leaves no draft)."""
        self._draft_timer.stop()
        if not self.editor.dirty or self.store.read_only_reason():
            return False
        draft = self.editor.draft()
        if draft is None:
            drafts.clear_draft(self.store.path, self.draft_key())
            return False
        values, lists = draft
        drafts.save_draft(self.store.path, self.draft_key(), values, lists)
        return True

    def discard_draft(self) -> None:
        self._draft_timer.stop()
        drafts.clear_draft(self.store.path, self.draft_key())

    def offer_draft(self) -> bool:
        """If a crash left unsaved changes of the record shown, offer to put them back."""
        if self.store.read_only_reason():
            return False
        draft = drafts.get_draft(self.store.path, self.draft_key())
        if draft is None:
            return False
        when = stamp_display(str(draft.get("saved_at", "")))
        if not self.editor.is_new and getattr(self.editor.record, "deleted", False):
            # Deleted or erased for good since: its changes must not bring it back.
            self.discard_draft()
            self.prompter.inform(
                translate("RecordPage", "Unsaved changes discarded"),
                translate(
                    "RecordPage",
                    "This {noun} was deleted after the unsaved changes of {time} were made; "
                    "they were discarded.",
                ).format(noun=self.nouns().one, time=when),
            )
            return False
        if not self.prompter.confirm(
            translate("RecordPage", "Unsaved changes found"),
            translate("RecordPage", "Restore the unsaved changes from {time}?").format(time=when),
            action=translate("RecordPage", "Restore"),
        ):
            self.discard_draft()
            return False
        self.editor.apply_draft(draft["values"], draft["lists"])
        self._update_title()
        self.draft_banner.show_restored(when)
        return True

    def reopen(self, record_id: str, *, with_draft: bool) -> None:
        """Show again the record the editor held when the window was locked ('' a new one)
        and, with_draft, put back the unsaved changes kept as its draft at the lock."""
        if record_id:
            if not self.open_record(record_id, offer_draft=False):
                return
        elif not self.editor.is_new:
            self.editor.load(None)
            self._select(None)
        if not with_draft:
            return
        draft = drafts.get_draft(self.store.path, self.draft_key())
        if draft is not None:
            self.editor.apply_draft(draft["values"], draft["lists"])
        self._update_title()

    def discard_changes(self) -> bool:
        """Drop the editor's unsaved changes (after asking) and show the record as saved."""
        if not self.editor.dirty:
            return False
        if not self.confirm_discard(offer_save=False):
            return False
        if self.editor.is_new:
            self.editor.load(None)
            self._update_title()
        else:
            self._reload_editor()
        self._clear_message()
        return True

    def discard_orphan_drafts(self) -> int:
        """Drop the drafts of this page's records that were deleted or erased meanwhile
        (an import, a purge from the command line, a backup put back); says how many."""
        if self.store.read_only_reason():
            return 0
        gone = []
        for record_id in drafts.record_ids(self.store.path, self.KEY):
            if record_id == self.editor.record_id:
                continue  # the editor's own: dealt with when it is saved or left
            try:
                record = type(self).GET(self.store, record_id)
            except RecordNotFoundError:
                gone.append(record_id)
                continue
            except CimicError:
                continue
            if getattr(record, "deleted", False):
                gone.append(record_id)
        for record_id in gone:
            drafts.clear_draft(self.store.path, drafts.draft_key(self.KEY, record_id))
        if gone:
            nouns = self.nouns()
            self.status_message.emit(
                translate(
                    "RecordPage",
                    "Discarded the unsaved changes of {records} deleted since they were made.",
                ).format(records=nouns.counted(len(gone)))
            )
        return len(gone)

    # Purge: erase a record's content for good ----------------------------------------

    def purge_current(self) -> bool:
        """Erase the record shown for good, with a reason; it cannot be undone."""
        if not self.PURGE_TABLE or self.editor.is_new:
            return False
        record = self.editor.record
        noun = self.nouns().one
        name = self.describe(record)
        title = translate("RecordPage", "Erase {noun} for good").format(noun=noun)
        reason = self.prompter.ask_text(
            title,
            translate("RecordPage", "Why must “{name}” be erased (kept as the only trace)?").format(
                name=name
            ),
        )
        if not reason:
            return False
        if not self.prompter.confirm(
            title,
            translate(
                "RecordPage",
                "Erase the {noun} “{name}” for good?\n\nThis CANNOT be undone: its content "
                "is removed from this database and its backups.",
            ).format(noun=noun, name=name),
            action=translate("RecordPage", "Erase for good"),
        ):
            return False
        try:
            done = purge_record(self.store, self.PURGE_TABLE, record.id, reason=reason)
        except CimicError as exc:
            self.prompter.error(
                translate("RecordPage", "{Noun} not erased").format(Noun=noun.capitalize()),
                message(exc),
            )
            return False
        self.discard_draft()
        self.last_deleted = None
        self.undo_changed.emit()
        self.undo_bar.hide()
        self.editor.load(None)
        self.reload_list()
        self._update_title()
        self.status_message.emit(
            translate("RecordPage", "Erased {noun} “{name}” for good.").format(noun=noun, name=name)
        )
        self.records_changed.emit()
        self._tell_purge_left(done.problem, [p.name for p in done.backups_left])
        return True

    def _tell_purge_left(self, problem: Message | str, backups_left: list[str]) -> None:
        """The record is erased from the database; say what still holds its content
        (the purge stays pending and is finished at the next start)."""
        lines = [message(problem)] if problem else []
        lines += [
            translate(
                "RecordPage",
                "The backup {name} could not be cleaned: it still holds the content. Delete it.",
            ).format(name=name)
            for name in backups_left
        ]
        if lines:
            self.prompter.error(
                translate("RecordPage", "Erased, but not yet from every copy"),
                "\n\n".join(lines),
            )

    # Filters ----------------------------------------------------------------------

    def apply_filters(self) -> None:
        self._filter_timer.stop()
        with self._sync():
            self.model.set_filters(text=self.filter_edit.text().strip(), **self.filter_values())
        self._select(self.editor.record_id)
        self._update_count()

    def reload_list(self) -> None:
        with self._sync():
            self.model.reload()
        self._select(self.editor.record_id)
        self._update_count()

    # Internals --------------------------------------------------------------------

    @contextmanager
    def _sync(self) -> Iterator[None]:
        """Selection changes made by the page itself do not open records."""
        self._syncing += 1
        try:
            yield
        finally:
            self._syncing -= 1

    def _select(self, record_id: str | None) -> None:
        with self._sync():
            row = self.model.row_of(record_id) if record_id else None
            selection = self.table.selectionModel()
            if row is None:
                selection.clearSelection()
                selection.setCurrentIndex(QModelIndex(), selection.SelectionFlag.NoUpdate)
                return
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def _select_first(self) -> None:
        if self.model.rowCount():
            self.open_record(self.model.record_at(0).id, offer_draft=False)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._syncing or not current.isValid():
            return
        record_id = current.data(LazyRecordModel.RecordIdRole)
        if record_id and not self.open_record(record_id):
            # The view selects the clicked row after telling us: put ours back after it.
            QTimer.singleShot(0, lambda: self._select(self.editor.record_id))

    def _sort_changed(self, section: int, order: Qt.SortOrder) -> None:
        if (section, order) != (self.model.sort_column, self.model.sort_order):
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(self.model.sort_column, self.model.sort_order)
            header.blockSignals(False)
            self.status_message.emit(translate("RecordPage", "That column cannot be sorted."))
        self._select(self.editor.record_id)

    def _reload_editor(self) -> None:
        try:
            self.editor.load(type(self).GET(self.store, self.editor.record_id))
        except RecordNotFoundError:
            self.editor.load(None)
        self._update_title()

    def _clear_message(self) -> None:
        """No message, except why a read-only database cannot be edited."""
        self.message_label.setText(message(self.store.read_only_reason()))

    def _update_count(self) -> None:
        count = None if self.model.filtered else self._live_count()
        if count is None:
            count = type(self).COUNT(self.store, self.model.filters)
        nouns = self.nouns()
        counted = nouns.counted(count)
        if self.model.filtered:
            counted = translate("RecordPage", "{count} match").format(count=counted)
        self.count_label.setText(counted)

    def _live_count(self) -> int | None:
        """The live records of COUNT_TABLE (what the unfiltered list holds) as the window's
        counters keep them, without counting a sector's 70,000 entries again; None when
        they are not known yet."""
        if not self.COUNT_TABLE:
            return None
        known = stats.known_counts(self.store, [self.COUNT_TABLE])
        return None if known is None else known[self.COUNT_TABLE]

    def update_cover(self) -> None:
        """Hide the editor's content when it must not show (a restricted contact); here never."""

    def _update_title(self) -> None:
        # Called whenever the editor shows another record or its state changes.
        self.update_cover()
        title = self.nouns().new_title if self.editor.is_new else self.describe(self.editor.record)
        if self.editor.dirty:
            title += translate("RecordPage", "  •  unsaved changes")
        else:
            self.draft_banner.hide()  # saved, discarded or another record: nothing restored
        self.title_label.setText(title)
