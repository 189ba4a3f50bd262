"""The main window: navigation, pages, menus, toolbar search and the status bar."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Generic, TypeVar, cast

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QIcon, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

import cimicdesk
from cimicdesk.domain.errors import CimicError
from cimicdesk.store import encryption, stats
from cimicdesk.store.backups import MANUAL, backup_file, list_backups, restore_backup
from cimicdesk.store.database import Store, create_database
from cimicdesk.store.passphrase import change_passphrase
from cimicdesk.ui import i18n, user_guide, window_geometry, window_title
from cimicdesk.ui.exchange_controller import ExchangeController
from cimicdesk.ui.file_in_use import open_offering_read_only
from cimicdesk.ui.formatting import stamp_display
from cimicdesk.ui.generated import resources_rc  # noqa: F401  (registers :/icons)
from cimicdesk.ui.generated.ui_main_window import Ui_MainWindow
from cimicdesk.ui.idle_lock import IdleMenu
from cimicdesk.ui.lock_screen import LockScreen
from cimicdesk.ui.page_set import PageSet
from cimicdesk.ui.page_warmer import PageWarmer
from cimicdesk.ui.pages import dashboard
from cimicdesk.ui.pages.assessments import AssessmentsPage
from cimicdesk.ui.pages.base import Page
from cimicdesk.ui.pages.contacts import ContactsPage
from cimicdesk.ui.pages.dashboard import DashboardPage
from cimicdesk.ui.pages.incidents import IncidentsPage
from cimicdesk.ui.pages.liaison import LiaisonPage
from cimicdesk.ui.pages.organisations import OrganisationsPage
from cimicdesk.ui.pages.qips import QipsPage
from cimicdesk.ui.pages.support import SupportPage
from cimicdesk.ui.preferences import open_preferences
from cimicdesk.ui.preferences import shortcut as preferences_shortcut
from cimicdesk.ui.prompts import Prompter
from cimicdesk.ui.record_counts import RecordCounter
from cimicdesk.ui.shortcut_tips import with_keys
from cimicdesk.ui.unlocking import ask_new_passphrase, ask_to_unlock, new_database_intro
from cimicdesk.ui.widgets.database_banner import DatabaseBanner
from cimicdesk.ui.widgets.elided_label import ElidedLabel
from cimicdesk.ui.widgets.wheel_guard import guard_wheel
from cimicdesk.ui.window_lock import WindowLock, hide_windows_of
from cimicdesk.ui.workers import Task, run_task, running_tasks

if TYPE_CHECKING:  # built when first shown: reportlab comes with the Reports page
    from cimicdesk.ui.pages.search import SearchPage
    from cimicdesk.ui.pages.sync import SyncPage

SEARCH_DELAY_MS = 200
# Which page shows a record of each kind (search hits, links, participants).
KIND_PAGES = {
    "contact": "contacts",
    "organisation": "organisations",
    "liaison": "liaison",
    "qip": "qips",
    "incident": "incidents",
    "support_request": "support",
    "assessment": "assessments",
}
# The pages Ctrl+1 … Ctrl+9, Ctrl+0 bring forward, in that order. The digits are the
# officers' habit: a page added later (Assessments) takes none rather than move theirs.
SHORTCUT_PAGES = (
    "dashboard",
    "liaison",
    "contacts",
    "organisations",
    "qips",
    "incidents",
    "support",
    "reports",
    "sync",
    "map",
)


def page_shortcut(key: str) -> str:
    """The key bringing a page forward ('Ctrl+5'), '' for a page without one."""
    if key not in SHORTCUT_PAGES:
        return ""
    return f"Ctrl+{(SHORTCUT_PAGES.index(key) + 1) % 10}"


def unit_text(store: Store) -> str:
    """'BANBAT 1 · Battalion' (the level in the window's language)."""
    return f"{store.unit.name} · {i18n.label(store.unit.level)}"


P = TypeVar("P", bound=Page)


class PageOf(Generic[P]):
    """A window attribute that is the page under a key (built if it was not yet), typed
    as that page's class."""

    def __init__(self, key: str):
        self.key = key

    def __get__(self, window: MainWindow, owner: object = None) -> P:
        return cast(P, window.pages[self.key])


def _reports_page(store: Store, prompter: Prompter) -> Page:
    from cimicdesk.ui.pages.reports import ReportsPage  # reportlab, python-docx

    return ReportsPage(store, prompter)


def _sync_page(store: Store, prompter: Prompter) -> Page:
    from cimicdesk.ui.pages.sync import SyncPage

    return SyncPage(store, prompter)


def _map_page(store: Store, prompter: Prompter) -> Page:
    from cimicdesk.ui.pages.map import MapPage

    return MapPage(store, prompter)


def _search_page(store: Store, prompter: Prompter) -> Page:
    from cimicdesk.ui.pages.search import SearchPage

    return SearchPage(store)


# The navigation, in order (keys: SHORTCUT_PAGES): key, title (translated in
# 'Navigation', as each page's TITLE), icon, and how the page is built (when first
# shown); then the search results, which are not in the navigation.
PAGES: tuple[tuple[str, str, str, Callable[[Store, Prompter], Page]], ...] = (
    ("dashboard", "Dashboard", ":/icons/dashboard", DashboardPage),
    ("liaison", "Liaison log", ":/icons/liaison", LiaisonPage),
    ("contacts", "Contacts", ":/icons/contacts", ContactsPage),
    ("organisations", "Organisations", ":/icons/organisations", OrganisationsPage),
    ("qips", "QIPs", ":/icons/qip", QipsPage),
    ("incidents", "Incidents", ":/icons/incidents", IncidentsPage),
    ("support", "Support requests", ":/icons/support", SupportPage),
    ("assessments", "Assessments", ":/icons/assessment", AssessmentsPage),
    ("reports", "Reports", ":/icons/reports", _reports_page),
    ("sync", "Sync", ":/icons/sync", _sync_page),
    ("map", "Map", ":/icons/map", _map_page),
    ("search", "Search", ":/icons/search", _search_page),
)


class MainWindow(QMainWindow):
    """CIMIC Desk's window over one open database.

    Attributes: store, prompter, ui (Ui_MainWindow), pages (key -> Page, in navigation
    order, plus 'search'), search_box, file_label / unit_label / count_label (status
    bar), banner (EXERCISE, and why a read-only database is read-only), and the actions
    new_action, save_action, delete_action, undo_action, redo_action, find_action,
    page_actions (key -> QAction, Ctrl+1…9, Ctrl+0), lock_action (Ctrl+L), change_passphrase_action,
    guide_action (Help → User guide, F1: ui/user_guide.py).
    window_lock (WindowLock: File → Lock and the lock when idle), lock_screen (shown
    instead of everything else while locked), screens (the window's content or the lock
    screen).
    """

    lock_changed = Signal(bool)  # True once locked (keys forgotten), False once unlocked

    def __init__(self, store: Store, prompter: Prompter, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.prompter = prompter
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.setWindowIcon(QIcon(":/icons/app"))
        self.pages = PageSet({})
        self.page_actions: dict[str, QAction] = {}
        self._previous_page = "dashboard"
        self._enabled_before_lock: list[QAction] = []
        # Pages (and 'window', the navigation splitter) whose saved splitters and columns were
        # put back once shown: only these are saved again (window_geometry).
        self._laid_out: set[str] = set()
        self._backup_task: Task | None = None  # File → Back up now, while it runs
        self.window_lock = WindowLock(self)
        self.record_counter = RecordCounter(lambda: self.store, self)  # off the UI thread
        self.record_counter.counted.connect(self._counts_arrived)
        # The list pages built one by one once the window is shown and the officer idle.
        self.page_warmer = PageWarmer(
            lambda: self.pages,
            lambda: self.isVisible() and not (self.window_lock.locked or self.window_lock.pending),
            self.window_lock.idle.quiet_ms,
            self,
            busy=lambda: bool(running_tasks()),
        )
        self._build_banner()
        self._build_status_bar()
        self._build_exchange()
        self._build_actions()
        self._build_toolbar()
        self._build_pages()
        self.ui.navigationList.currentRowChanged.connect(self._navigation_changed)
        self.ui.splitter.setStretchFactor(0, 0)
        self.ui.splitter.setStretchFactor(1, 1)
        self.ui.navigationList.setMinimumWidth(self._navigation_width())
        self.ui.splitter.setSizes([180, 1100])
        self.show_page("dashboard")

    # Pages ------------------------------------------------------------------------

    dashboard_page: PageOf[DashboardPage] = PageOf("dashboard")
    liaison_page: PageOf[LiaisonPage] = PageOf("liaison")
    contacts_page: PageOf[ContactsPage] = PageOf("contacts")
    organisations_page: PageOf[OrganisationsPage] = PageOf("organisations")
    search_page: PageOf[SearchPage] = PageOf("search")
    sync_page: PageOf[SyncPage] = PageOf("sync")

    def _build_pages(self) -> None:
        """A new set of pages over the store: the navigation lists them all, only the
        dashboard is built now; every other page is built the first time it is shown (or
        asked for: pages[key]), the list pages before that once the officer is idle a
        moment (page_warmer)."""
        stack, navigation = self.ui.pageStack, self.ui.navigationList
        self._drop_built_pages()
        navigation.blockSignals(True)
        navigation.clear()
        store, prompter = self.store, self.prompter
        factories: dict[str, Callable[[], Page]] = {
            key: (lambda build=build: build(store, prompter)) for key, _title, _icon, build in PAGES
        }
        factories["dashboard"] = lambda: DashboardPage(
            store,
            prompter,
            counts=self.record_counter.counts,
            read_in_background=dashboard.read_in_background(store),
        )
        self.pages = PageSet(factories, self._page_built)
        listed = [spec for spec in PAGES if spec[0] != "search"]
        for key, title, icon, _build in listed:
            text = QCoreApplication.translate("Navigation", title)
            item = QListWidgetItem(QIcon(icon), text)
            keys = page_shortcut(key)
            item.setToolTip(f"{text} ({keys})" if keys else text)
            navigation.addItem(item)
        navigation.blockSignals(False)
        stack.setCurrentWidget(self.pages["dashboard"])
        self._update_window()
        if self.isVisible():  # unlocked, or another database: its pages warm up anew
            self.page_warmer.start()

    def _drop_built_pages(self) -> None:
        """Take the pages built so far out of the window (their layouts saved first)."""
        stack = self.ui.pageStack
        built = self.pages.built()
        if built:  # the new pages open with the old splitters and columns
            window_geometry.save_layout(self, self._laid_out)
            self._laid_out &= {"window"}
        for page in built.values():
            stack.removeWidget(page)
            page.deleteLater()
        self.pages = PageSet({})

    def _page_built(self, page: Page) -> None:
        """A page just built joins the window: its signals, and the links between pages."""
        self.ui.pageStack.addWidget(page)
        self._connect_page(page)
        key = page.KEY
        if key == "search":
            page.clear_requested.connect(self.search_box.clear)  # type: ignore[attr-defined]
            return
        if key == "contacts":
            editor = page.editor  # type: ignore[attr-defined]
            editor.organisation_requested.connect(
                lambda org_id: self.open_record("organisation", org_id)
            )
            editor.liaison_requested.connect(self.show_liaison_with)
        elif key == "liaison":
            page.editor.participant_requested.connect(self.open_record)  # type: ignore[attr-defined]
        if key in ("liaison", "organisations", "qips", "incidents", "support", "assessments"):
            page.map_requested.connect(self.show_on_map)  # type: ignore[attr-defined]
        if key == "organisations":
            page.people_requested.connect(self.show_people_of)  # type: ignore[attr-defined]
        elif key == "dashboard":
            page.recovered.open_requested.connect(self.open_draft)  # type: ignore[attr-defined]
            first_steps = page.first_steps  # type: ignore[attr-defined]
            first_steps.new_requested.connect(lambda key: self.open_draft(key, ""))
            first_steps.rules_requested.connect(
                lambda: self.show_page("qips").change_settings()  # type: ignore[attr-defined]
            )
            first_steps.area_requested.connect(self.choose_mission_area)
        elif key == "map":
            page.cursor_grid_changed.connect(self.grid_label.setText)  # type: ignore[attr-defined]
        elif key == "sync":
            page.export_requested.connect(self.sync_commands.export)  # type: ignore[attr-defined]
            page.import_requested.connect(self.sync_commands.import_files)  # type: ignore[attr-defined]
        # The pages' filters, periods and report options: the wheel scrolls, never changes
        # them unfocused (the editors guard their own forms: RecordEditor.finish_setup).
        guard_wheel(page)

    def _navigation_width(self) -> int:
        """Room for the longest section name (French ones are longer), at least 170."""
        navigation = self.ui.navigationList
        metrics = navigation.fontMetrics()
        widest = max(
            (
                metrics.horizontalAdvance(navigation.item(row).text())
                for row in range(navigation.count())
            ),
            default=0,
        )
        return max(170, widest + navigation.iconSize().width() + 36)

    def _connect_page(self, page: Page) -> None:
        page.records_changed.connect(lambda: self._records_changed(page))
        page.open_requested.connect(self.open_record)
        page.status_message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        page.undo_changed.connect(self.update_undo)

    def current_page(self) -> Page:
        return self.ui.pageStack.currentWidget()  # type: ignore[return-value]

    def show_page(self, key: str) -> Page:
        """Bring a page to the front (Ctrl+1…9 and the navigation list do this); a page
        not shown before is built now."""
        page = self.pages[key]
        current = self.current_page()
        if current is not None and current is not page and current.KEY != "search":
            self._previous_page = current.KEY
        self.ui.pageStack.setCurrentWidget(page)
        navigation = self.ui.navigationList
        navigation.blockSignals(True)
        keys = [k for k in self.pages if k != "search"]
        navigation.setCurrentRow(keys.index(key) if key in keys else -1)
        navigation.blockSignals(False)
        if key in self.page_actions:
            self.page_actions[key].setChecked(True)
        self.grid_label.setVisible(key == "map")
        for action in (self.new_action, self.save_action, self.delete_action):
            action.setEnabled(page.EDITABLE and not self.store.read_only_reason())
        page.activate()
        self._lay_out(key)
        self.update_undo()
        return page

    def _lay_out(self, key: str) -> None:
        """The first time a page shows in a shown window: its saved splitters and columns."""
        if self.isVisible() and key not in self._laid_out:
            window_geometry.restore_layout(self, key)
            self._laid_out.add(key)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.page_warmer.start()
        self._lay_out("window")
        if self.pages and self.current_page() is not None:
            self._lay_out(self.current_page().KEY)

    def update_undo(self) -> None:
        """Undo and Redo are enabled only when the page in front has something for them."""
        page = self.current_page()
        editable = page.EDITABLE and not self.store.read_only_reason()
        self.undo_action.setEnabled(editable and page.can_undo())
        self.redo_action.setEnabled(editable and page.can_redo())

    def _navigation_changed(self, row: int) -> None:
        keys = [k for k in self.pages if k != "search"]
        if 0 <= row < len(keys):
            self.show_page(keys[row])
            self.current_page().focus_main()

    def choose_mission_area(self) -> None:
        """Preferences opened at its Map group, the country filter ready to type in."""
        dialog = open_preferences(self)
        dialog.map_group.filter_edit.setFocus()

    def open_record(self, kind: str, record_id: str) -> bool:
        """Show a record on its page: any kind of KIND_PAGES ('contact', 'qip', …)."""
        page = self.show_page(KIND_PAGES[kind])
        return page.open_record(record_id)  # type: ignore[attr-defined]

    def open_draft(self, page_key: str, record_id: str) -> None:
        """The record an unsaved draft belongs to ('' a new one): its page offers the draft."""
        page = self.show_page(page_key)
        if record_id:
            page.open_record(record_id)  # type: ignore[attr-defined]
        else:
            page.new_record()  # type: ignore[attr-defined]

    def show_on_map(self, kind: str, record_id: str, lat: float, lon: float) -> None:
        """A record page's Show on map: the map centred on the record, selected."""
        page = self.show_page("map")
        page.show_record(kind, record_id, lat, lon)  # type: ignore[attr-defined]
        page.focus_main()

    def show_liaison_with(self, target_id: str, name: str) -> None:
        """The liaison log filtered to entries with one contact or organisation."""
        self.show_page("liaison")
        self.liaison_page.filter_by_participant(target_id, name)

    def show_people_of(self, organisation_id: str, name: str) -> None:
        """The contacts of one organisation."""
        self.show_page("contacts")
        self.contacts_page.filter_by_organisation(organisation_id, name)

    def _records_changed(self, source: Page | None = None) -> None:
        if self.window_lock.locked:
            return
        for page in self.pages.built().values():  # one not built yet reads the store when built
            if page is not source:
                page.refresh()
        self.update_status()

    # The exchange of unit files -----------------------------------------------------

    def _build_exchange(self) -> None:
        """The File menu's export, import, handover and takeover, and their status bar."""
        self.sync_commands = commands = ExchangeController(
            lambda: self.store, self.prompter, self, confirm_leave=self.confirm_leave
        )
        bar = self.statusBar()
        bar.addWidget(commands.busy_label)
        bar.addWidget(commands.busy_bar)
        bar.addPermanentWidget(commands.export_label)
        commands.records_changed.connect(self._records_changed)
        commands.export_written.connect(self._export_written)
        commands.database_replaced.connect(self.switch_store)
        commands.review_requested.connect(lambda: self.show_page("sync"))
        commands.status_message.connect(self.statusBar().showMessage)

    def _export_written(self) -> None:
        if self.pages.is_built("sync"):
            self.pages["sync"].refresh()  # its last export
        self.update_status()

    # Actions, menus, toolbar ------------------------------------------------------

    def _action(self, text: str, slot, shortcut=None, icon: str = "", tip: str = "") -> QAction:
        action = QAction(QIcon(icon) if icon else QIcon(), text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        ui = self.ui
        self.new_database_action = self._action(self.tr("&New database…"), self.new_database)
        self.open_database_action = self._action(
            self.tr("&Open database…"), self.open_other_database, QKeySequence.StandardKey.Open
        )
        self.quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.restore_backup_action = self._action(
            self.tr("&Restore a backup…"), self.restore_from_backup
        )
        self.backup_now_action = self._action(self.tr("Back &up now"), self.back_up_now)
        ui.menuFile.addActions(
            [
                self.new_database_action,
                self.open_database_action,
                self.backup_now_action,
                self.restore_backup_action,
            ]
        )
        ui.menuFile.aboutToShow.connect(self.show_last_backup)
        self.sync_commands.add_to_menu(ui.menuFile)
        ui.menuFile.addSeparator()
        self.lock_action = self._action(
            self.tr("&Lock"),
            self.lock,
            "Ctrl+L",
            ":/icons/lock",
            self.tr("Hide every record and forget the key until the passphrase is typed (Ctrl+L)"),
        )
        self.change_passphrase_action = self._action(
            self.tr("Change &passphrase…"), self.change_passphrase
        )
        ui.menuFile.addAction(self.lock_action)
        self.idle_menu = IdleMenu(self.window_lock.set_idle_minutes, ui.menuFile)
        ui.menuFile.addMenu(self.idle_menu)
        ui.menuFile.addAction(self.change_passphrase_action)
        ui.menuFile.addSeparator()
        ui.menuFile.addAction(self.quit_action)

        # What the page in front does: its method, the action's text, key, icon and tip.
        page_commands = (
            (
                "new_record",
                self.tr("&New record"),
                QKeySequence.StandardKey.New,
                "new",
                self.tr("Start a new record on this page"),
            ),
            (
                "save_record",
                self.tr("&Save"),
                QKeySequence.StandardKey.Save,
                "save",
                self.tr("Save the record"),
            ),
            (
                "delete_record",
                self.tr("&Delete record…"),
                "Ctrl+Del",
                "delete",
                self.tr("Delete the record; Undo brings it back"),
            ),
            (
                "undo",
                self.tr("&Undo"),
                QKeySequence.StandardKey.Undo,
                "undo",
                self.tr(
                    "Put back the field changed last; with none, bring back the record just deleted"
                ),
            ),
            (
                "redo",
                self.tr("&Redo"),
                "Ctrl+Shift+Z",
                "undo",
                self.tr("Change again the field Undo put back"),
            ),
        )
        (
            self.new_action,
            self.save_action,
            self.delete_action,
            self.undo_action,
            self.redo_action,
        ) = (
            self._action(
                text,
                lambda _=False, m=method: getattr(self.current_page(), m)(),
                key,
                f":/icons/{icon}",
                tip,
            )
            for method, text, key, icon, tip in page_commands
        )
        self.find_action = self._action(
            self.tr("&Find…"),
            self.focus_search,
            QKeySequence.StandardKey.Find,
            ":/icons/search",
            self.tr(
                "Search every record: people, organisations, liaison, QIPs, incidents, "
                "support requests (Ctrl+F)"
            ),
        )
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.setIcon(QIcon())  # no redo icon in the set
        ui.menuEdit.addActions([self.undo_action, self.redo_action])
        ui.menuEdit.addSeparator()
        ui.menuEdit.addActions([self.new_action, self.save_action, self.delete_action])
        ui.menuEdit.addSeparator()
        ui.menuEdit.addAction(self.find_action)
        self.preferences_action = self._action(  # Edit → Preferences (ui/preferences.py)
            self.tr("&Preferences…"), lambda: open_preferences(self), preferences_shortcut()
        )
        ui.menuEdit.addSeparator()
        ui.menuEdit.addAction(self.preferences_action)

        group = QActionGroup(self)
        keys = (
            "dashboard",
            "liaison",
            "contacts",
            "organisations",
            "qips",
            "incidents",
            "support",
            "assessments",
            "reports",
            "sync",
            "map",
        )
        titles = (
            self.tr("&Dashboard"),
            self.tr("&Liaison log"),
            self.tr("&Contacts"),
            self.tr("&Organisations"),
            self.tr("&QIPs"),
            self.tr("&Incidents"),
            self.tr("&Support requests"),
            self.tr("&Assessments"),
            self.tr("&Reports"),
            self.tr("S&ync"),
            self.tr("&Map"),
        )
        for key, title in zip(keys, titles, strict=True):
            action = self._action(
                title, lambda _=False, k=key: self._go_to(k), page_shortcut(key) or None
            )
            action.setCheckable(True)
            group.addAction(action)
            ui.menuView.addAction(action)
            self.page_actions[key] = action

        self.guide_action = self._action(
            self.tr("&User guide"),
            self.show_user_guide,
            "F1",
            tip=self.tr("The user guide, at the section for this page (F1)"),
        )
        self.about_action = self._action(self.tr("&About CIMIC Desk"), self.show_about)
        ui.menuHelp.addActions([self.guide_action, self.about_action])

    def _go_to(self, key: str) -> None:
        self.show_page(key)
        self.current_page().focus_main()

    def _build_toolbar(self) -> None:
        bar = self.ui.mainToolBar
        bar.addActions([self.new_action, self.save_action, self.delete_action, self.undo_action])
        # Every command of the bar names its keys in its tooltip; the menus show them anyway.
        for action in (*bar.actions(), self.redo_action):
            action.setToolTip(with_keys(action.statusTip() or action.iconText(), action))
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        self.search_box = QLineEdit()
        self.search_box.setObjectName("searchBox")
        self.search_box.setPlaceholderText(self.tr("Search every record… (Ctrl+F)"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.addAction(QIcon(":/icons/search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search_box.setMinimumWidth(360)
        self.search_box.setToolTip(
            with_keys(
                self.tr(
                    "Type any words: names, places, grid squares, what was said. Enter opens "
                    "the first result; ↓ goes to the results."
                ),
                self.find_action,
            )
        )
        bar.addWidget(self.search_box)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.run_search)
        self.search_box.textEdited.connect(lambda _: self._search_timer.start())
        self.search_box.textChanged.connect(self._search_cleared)
        self.search_box.returnPressed.connect(self._search_entered)
        self._search_keys = _SearchKeys(self)
        self.search_box.installEventFilter(self._search_keys)

    # Search -----------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def run_search(self) -> None:
        """Search for what is in the box, off the UI thread, and show the results page
        (the hits follow when they arrive: search_page.results_shown)."""
        self._search_timer.stop()
        text = self.search_box.text().strip()
        if not text:
            return
        self.show_page("search")
        self.search_page.request(text)

    def _search_entered(self) -> None:
        searched = self.search_page.model.text
        if self._search_timer.isActive() or searched != self.search_box.text().strip():
            self.run_search()
        self.search_page.open_when_shown()

    def _search_cleared(self, text: str) -> None:
        if not text:
            self._search_timer.stop()
            if self.pages.is_built("search"):
                self.search_page.cancel()  # hits still to come for older text show nowhere
            if self.current_page() is self.search_page:
                self.show_page(self._previous_page)

    # Status bar, title, about -----------------------------------------------------

    def _build_banner(self) -> None:
        """The banner goes above the navigation and the pages, in the central widget."""
        self.banner = DatabaseBanner()
        body = self.takeCentralWidget()
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(body, 1)
        self.screens = QStackedWidget()
        self.screens.setObjectName("screens")
        self.screens.addWidget(holder)
        self.lock_screen = LockScreen()
        self.lock_screen.unlock_requested.connect(self.window_lock.unlock)
        self.screens.addWidget(self.lock_screen)
        self.setCentralWidget(self.screens)
        self._content = holder

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        # A long path is cut in the middle (whole in the tooltip): it never widens the
        # window, and leaves room for the status bar's messages.
        self.file_label = ElidedLabel(max_chars=60)
        self.file_label.setObjectName("fileLabel")
        self.unit_label = QLabel()
        self.unit_label.setObjectName("unitLabel")
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        # The MGRS grid under the cursor, while the Map page is in front.
        self.grid_label = QLabel()
        self.grid_label.setObjectName("gridLabel")
        self.grid_label.setToolTip(self.tr("The grid reference under the cursor on the map"))
        self.grid_label.hide()
        for label in (self.grid_label, self.file_label, self.unit_label, self.count_label):
            label.setContentsMargins(6, 0, 6, 0)
            bar.addPermanentWidget(label)

    def update_status(self) -> None:
        """Database file, unit and live record counts."""
        if self.window_lock.locked:
            return
        self.file_label.setText(str(self.store.path))
        self.file_label.setToolTip(
            self.tr("The open database: {path}").format(path=self.store.path)
        )
        read_only = i18n.message(self.store.read_only_reason())
        self.unit_label.setText(
            unit_text(self.store) + (self._read_only_text() if read_only else "")
        )
        parent = self.store.unit.parent or "—"
        self.unit_label.setToolTip(
            read_only or self.tr("Parent formation: {parent}").format(parent=parent)
        )
        counts = self.record_counter.counts(stats.WINDOW_TABLES)
        self.sync_commands.update_status()
        if counts is None:  # a worker counts them: _counts_arrived
            self.count_label.setText("")
            self.count_label.setToolTip("")
            return
        total = sum(counts[table] for table in stats.RECORD_TABLES)
        self.count_label.setText(self.tr("%Ln record(s)", "", total))
        self.count_label.setToolTip(
            ", ".join(
                (
                    self.tr("%Ln organisation(s)", "", counts["organisations"]),
                    self.tr("%Ln contact(s)", "", counts["contacts"]),
                    self.tr("%Ln liaison entr(y|ies)", "", counts["liaison_entries"]),
                    self.tr("%Ln QIP(s)", "", counts["qips"]),
                    self.tr("%Ln incident(s)", "", counts["incidents"]),
                    self.tr("%Ln support request(s)", "", counts["support_requests"]),
                    self.tr("%Ln assessment(s)", "", counts["assessments"]),
                    self.tr("%Ln follow-up action(s)", "", counts["follow_up_actions"]),
                )
            )
        )

    def _counts_arrived(self) -> None:
        """The record counts a worker read: the status bar and the dashboard show them."""
        if self.window_lock.locked:
            return
        self.update_status()
        if self.pages.is_built("dashboard"):
            self.dashboard_page.show_counts()

    def _read_only_text(self) -> str:
        if self.store.handed_over:
            return self.tr("  ·  handed over — read-only")
        return self.tr("  ·  read-only")

    def _update_window(self) -> None:
        parts = [self.store.path.name, self.store.unit.name]
        if self.store.read_only_reason():
            parts.append(self._read_only_text())
        if self.store.training:
            parts.insert(0, self.tr("EXERCISE (training database)"))
        self.setWindowTitle(window_title.compose(parts))
        self.banner.show_for(self.store)
        self.change_passphrase_action.setEnabled(not self.store.read_only_reason())
        self.update_status()

    def show_user_guide(self) -> user_guide.UserGuideWindow:
        """Help → User guide (F1): one guide window, at the section of the page in front."""
        return user_guide.show_for(self, self.current_page().KEY)

    def show_about(self) -> None:
        self.prompter.inform(
            self.tr("About CIMIC Desk"),
            self.tr(
                "CIMIC Desk {version}\n\nAn offline desk for civil-military coordination "
                "officers: liaison log, contact directory, follow-up actions.\n\n"
                "Database: {path}\nUnit: {unit}"
            ).format(
                version=cimicdesk.__version__, path=self.store.path, unit=unit_text(self.store)
            ),
        )

    # Databases ----------------------------------------------------------------------

    def dirty_pages(self) -> list[Page]:
        return [page for page in self.pages.built().values() if page.is_dirty()]

    def confirm_leave(self, doing: str) -> bool:
        """Ask before unsaved edits are lost; True when there are none, the user saved them
        all (a save refused shows its page with why, and stays) or lets them go."""
        dirty = self.dirty_pages()
        if not dirty:
            return True
        where = ", ".join(page.TITLE for page in dirty)
        answer = self.prompter.ask_unsaved(
            self.tr("Unsaved changes"),
            self.tr(
                "There are unsaved changes on: {where}.\n\n{doing} without saving them?"
            ).format(where=where, doing=doing),
        )
        if answer == "save":
            for page in dirty:
                if not page.save_record():
                    self.show_page(page.KEY)
                    return False
            return True
        if answer != "discard":
            return False
        for page in dirty:
            discard = getattr(page, "discard_draft", None)
            if discard is not None:
                discard()
        return True

    def switch_store(self, store: Store) -> None:
        """Show another database; the one shown until now is closed."""
        old = self.store
        self.store = store
        self._build_pages()
        self.show_page("dashboard")
        self.search_box.clear()
        if old is not store:
            old.close()

    def open_other_database(self) -> bool:
        if not self.confirm_leave(self.tr("Open another database")):
            return False
        path = self.prompter.choose_database_to_open(self.store.path.parent)
        if path is None:
            return False
        try:
            store = open_offering_read_only(path, self.prompter)
        except CimicError as exc:
            self.prompter.error(self.tr("Cannot open this file"), i18n.message(exc))
            return False
        if store is None:
            return False
        self.switch_store(store)
        return True

    def last_backup_text(self) -> str:
        """When the open database's newest backup was taken, as the menu says it."""
        backups = list_backups(self.store.path)
        if not backups:
            return self.tr("No backup of this database yet.")
        newest = backups[0]  # list_backups gives the newest first
        return self.tr("Last backup: {time}").format(time=stamp_display(newest.taken_at))

    def show_last_backup(self) -> str:
        """Keep Back up now's tooltip and status tip on the newest backup (menu opening);
        returns that text."""
        text = self.last_backup_text()
        self.backup_now_action.setToolTip(text)
        self.backup_now_action.setStatusTip(text)
        return text

    def back_up_now(self) -> Task | None:
        """Copy the open database into its backups folder (keyed like it) on a worker
        thread, and say where once it is written: a sector file of 140 MB takes about two
        seconds, which the window should not freeze for. Returns the task, or None when a
        backup is already running."""
        if self._backup_task is not None and self._backup_task.running:
            return None
        self.backup_now_action.setEnabled(False)
        self.statusBar().showMessage(self.tr("Backing up the database…"))
        self._backup_task = run_task(
            "back up now",
            backup_file,
            self.store.path,
            MANUAL,
            on_finished=self._backed_up,
            on_failed=self._backup_failed,
            parent=self,
        )
        return self._backup_task

    def _backed_up(self, written: Path) -> None:
        self.backup_now_action.setEnabled(True)
        self.statusBar().clearMessage()
        last = self.show_last_backup()
        self.prompter.inform(
            self.tr("Back up now"),
            self.tr("The database was backed up to {path}.\n\n{last}").format(
                path=str(written), last=last
            ),
        )

    def _backup_failed(self, error: BaseException) -> None:
        self.backup_now_action.setEnabled(True)
        self.statusBar().clearMessage()
        self.prompter.error(self.tr("Back up now"), i18n.message(error))

    def restore_from_backup(self) -> bool:
        """Put one of the database's backups in its place, then show the restored copy."""
        title = self.tr("Restore a backup")
        backups = list_backups(self.store.path)
        if not backups:
            self.prompter.inform(title, self.tr("This database has no backups yet."))
            return False
        if not self.confirm_leave(self.tr("Restore a backup")):
            return False
        chosen = self.prompter.choose_item(
            title,
            self.tr("Which backup should replace the open database?"),
            [f"{stamp_display(b.taken_at)} — {b.path.name}" for b in backups],
        )
        if chosen is None:
            return False
        backup = backups[chosen]
        if not self.prompter.confirm(
            title,
            self.tr(
                "Replace the open database with the backup of {time}?\n\nEverything "
                "recorded since then is set aside: the current file is backed up first."
            ).format(time=stamp_display(backup.taken_at)),
            action=self.tr("Restore"),
        ):
            return False
        if not self._backup_unlocked(backup.path):
            return False
        path = self.store.path
        earlier_key = encryption.key_for(backup.path) != encryption.key_for(path)
        self.store.close()
        problem = ""
        try:
            result = restore_backup(backup.path, path)
        except (CimicError, OSError) as exc:
            problem = i18n.message(exc)
        try:
            store = open_offering_read_only(path, self.prompter)
        except CimicError as exc:
            self.prompter.error(self.tr("Cannot open this file"), i18n.message(exc))
            return False
        if store is None:
            return False
        self.switch_store(store)
        if problem:
            self.prompter.error(self.tr("Backup not restored"), problem)
            return False
        text = self.tr(
            "The backup of {time} is restored. The restored copy has a new replica id "
            "({replica}), so it will not clash with other copies when merging."
        ).format(time=stamp_display(backup.taken_at), replica=result.replica_id)
        if earlier_key:
            text += "\n\n" + self.tr(
                "It opens with the backup's own passphrase, the earlier one you just typed: "
                "change it (File → Change passphrase…) if that one should no longer be used."
            )
        self.prompter.inform(title, text)
        return True

    def _backup_unlocked(self, backup: Path) -> bool:
        """A backup made under another passphrase (one that could not be changed with the
        database's) asks for that passphrase; True when it can be read."""
        if encryption.key_for(backup) is not None or encryption.is_plain(backup):
            return True
        return ask_to_unlock(
            backup,
            self.prompter,
            self.tr(
                "This backup does not open with the passphrase in use now: it was made under "
                "an earlier passphrase. Type the passphrase it was made with."
            ),
        )

    def new_database(self) -> bool:
        if not self.confirm_leave(self.tr("Create a new database")):
            return False
        path = self.prompter.choose_new_database(self.store.path.parent)
        if path is None:
            return False
        unit = self.prompter.ask_unit()
        if unit is None:
            return False
        passphrase = ask_new_passphrase(self.prompter, new_database_intro(path, unit[0]))
        if passphrase is None:
            return False
        try:
            store = create_database(path, unit[0], unit[1], unit[2], passphrase=passphrase)
        except CimicError as exc:
            self.prompter.error(self.tr("Cannot create the database"), i18n.message(exc))
            return False
        self.switch_store(store)
        return True

    # Passphrase and lock -------------------------------------------------------------

    def change_passphrase(self) -> bool:
        """File → Change passphrase: the current one, the new one twice (store/passphrase)."""
        title = self.tr("Change passphrase")
        reason = self.store.read_only_reason()
        if reason:
            self.prompter.error(title, i18n.message(reason))
            return False
        if running_tasks():
            self.prompter.inform(
                title,
                self.tr("Wait until this is done, then change the passphrase: {task}").format(
                    task=running_tasks()[0].description
                ),
            )
            return False
        left: list[Path] = []

        def change(current: str, new: str, repeated: str) -> str:
            try:
                left[:] = change_passphrase(self.store, current, new, repeated)
            except CimicError as exc:
                return i18n.message(exc)
            return ""

        if not self.prompter.change_passphrase(self.store.path, change):
            return False
        text = self.tr(
            "The passphrase of {name} is changed. From now on only the new passphrase opens "
            "the database and its backups."
        ).format(name=self.store.path.name)
        if left:
            text += "\n\n" + self.tr(
                "These backups could not be changed (they are damaged) and still open only "
                "with the old passphrase: {files}"
            ).format(files=", ".join(path.name for path in left))
        self.prompter.inform(title, text)
        return True

    @property
    def locked(self) -> bool:
        """Whether the window is locked (keys forgotten, pages gone)."""
        return self.window_lock.locked

    def lock(self) -> bool:
        """File → Lock (Ctrl+L): see ui/window_lock.py. True once locked."""
        return self.window_lock.lock()

    def unlock(self, passphrase: str) -> bool:
        """What the lock screen's Unlock does; True when the window is back."""
        return self.window_lock.unlock(passphrase)

    def previous_page_key(self) -> str:
        return self._previous_page

    def cover(self) -> None:
        """The lock screen in front of everything; every command but Quit set aside."""
        self._search_timer.stop()
        self.search_box.clear()
        hide_windows_of(self)
        self.sync_commands.forget_shown()
        self.lock_screen.show_for(self.store.path)
        self.screens.setCurrentWidget(self.lock_screen)
        self.ui.mainToolBar.hide()
        self.statusBar().hide()
        self._enabled_before_lock = [action for action in self._commands() if action.isEnabled()]
        for action in self._commands():
            action.setEnabled(False)
        self.setWindowTitle(
            window_title.compose([self.tr("{name} — locked").format(name=self.store.path.name)])
        )

    def uncover(self) -> None:
        """Back from the lock screen: pages built over the store opened again."""
        self.lock_screen.passphrase_edit.clear()
        for action in self._enabled_before_lock:
            action.setEnabled(True)
        self._build_pages()
        self.screens.setCurrentWidget(self._content)
        self.ui.mainToolBar.show()
        self.statusBar().show()

    def _commands(self) -> list[QAction]:
        """The window's menu and toolbar commands a lock sets aside (all but Quit)."""
        menus = [self.ui.menuFile, self.ui.menuEdit, self.ui.menuView, self.ui.menuHelp]
        for menu in list(menus):
            menus.extend(menu.findChildren(QMenu))
        found: list[QAction] = []
        for menu in menus:
            for action in menu.actions():
                wanted = action is not self.quit_action and not action.isSeparator()
                if wanted and action not in found:
                    found.append(action)
        return found

    def drop_pages(self) -> None:
        """Delete every page (their models, editors and widgets go with them)."""
        navigation = self.ui.navigationList
        self._drop_built_pages()
        navigation.blockSignals(True)
        navigation.clear()
        navigation.blockSignals(False)
        for label in (self.file_label, self.unit_label, self.count_label):
            label.setText("")
            label.setToolTip("")
        self.grid_label.setText("")

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.confirm_leave(self.tr("Quit")):
            window_geometry.save(self, self._laid_out)
            event.accept()
        else:
            event.ignore()


class _SearchKeys(QObject):
    """Keys in the search box: ↓ moves into the results, Esc clears and goes back."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.main_window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return False
        if event.key() == Qt.Key.Key_Down and self.main_window.search_page.model.rowCount():
            self.main_window.show_page("search")
            self.main_window.search_page.table.setFocus()
            return True
        if event.key() == Qt.Key.Key_Escape and self.main_window.search_box.text():
            self.main_window.search_box.clear()
            return True
        return False
