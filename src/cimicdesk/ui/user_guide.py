"""Help → User guide (F1): the guide shipped inside the program, opened at a page's section.

The guide is one HTML file per language in the Qt resources (:/guide/en.html,
:/guide/fr.html; resources/guide/, compiled into ui/generated/resources_rc.py by
packaging/build_qt.py, so the wheel and the bundle carry it). Each section opens with a
heading holding an anchor, `<h2><a name="liaison"></a>…</h2>`; the contents list at the side
is read from those headings. Links inside the guide move within it; any other link is
never followed (no network, no browser).
"""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QCoreApplication, QFile, QIODevice, Qt, QUrl
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from cimicdesk.ui import i18n
from cimicdesk.ui.generated import resources_rc  # noqa: F401  (registers :/guide)

RESOURCE = ":/guide/{language}.html"
FALLBACK = "en"
# The section F1 opens on each page (a page not listed opens the guide at its start).
PAGE_SECTIONS = {
    "dashboard": "daily",
    "liaison": "liaison",
    "contacts": "contacts",
    "organisations": "organisations",
    "qips": "qips",
    "incidents": "incidents",
    "support": "support",
    "assessments": "assessments",  # the guide's section: written with issue 18's guide text
    "reports": "sitrep",
    "sync": "exchange",
    "map": "map",
    "search": "search",
}
FIRST_SECTION = "getting-started"
_HEADING = re.compile(r'<h([23])><a name="([a-z0-9-]+)"></a>(.*?)</h\1>', re.DOTALL)
_TAG = re.compile(r"<[^>]+>")
SECTION_ROLE = Qt.ItemDataRole.UserRole
WIDTH, HEIGHT = 1060, 680  # fits a 1366×768 screen with its task bar
CONTENTS_WIDTH, CONTENTS_WIDTH_MAX = 240, 380


def guide_language(language: str | None = None) -> str:
    """The language of the guide shown: the window's (or `language`), else English."""
    wanted = language or i18n.current_language()
    return wanted if QFile.exists(RESOURCE.format(language=wanted)) else FALLBACK


def guide_html(language: str) -> str:
    """The guide's HTML in `language` (as guide_language chose it)."""
    file = QFile(RESOURCE.format(language=language))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        return ""
    try:
        return bytes(file.readAll().data()).decode("utf-8")
    finally:
        file.close()


def sections(text: str) -> list[tuple[int, str, str]]:
    """The guide's headings in order: (level 2 or 3, anchor, title as plain text)."""
    return [
        (int(level), anchor, html.unescape(_TAG.sub("", title)).strip())
        for level, anchor, title in _HEADING.findall(text)
    ]


def section_for(page_key: str) -> str:
    """The anchor F1 opens on the page `page_key` ('liaison', 'reports', …)."""
    return PAGE_SECTIONS.get(page_key, FIRST_SECTION)


class UserGuideWindow(QWidget):
    """The guide's window: contents at the side, the text beside it; one per main window.

    Attributes: language (of the guide shown), contents (QListWidget of sections),
    browser (QTextBrowser with the guide), splitter (between the two), anchor (the
    section shown last).
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("userGuide")
        self.language = ""
        self.anchor = ""
        self.contents = QListWidget()
        self.contents.setObjectName("guideContents")
        self.contents.itemActivated.connect(self._item_chosen)
        self.contents.itemClicked.connect(self._item_chosen)
        self.browser = QTextBrowser()
        self.browser.setObjectName("guideText")
        self.browser.setOpenExternalLinks(False)
        self.browser.setOpenLinks(False)  # every link goes through _link_clicked
        self.browser.anchorClicked.connect(self._link_clicked)
        self.browser.document().setDocumentMargin(18)
        # The program's font (whatever size the officer chose), two points larger to read at ease.
        font = self.browser.font()
        font.setPointSizeF(font.pointSizeF() + 2)
        self.browser.document().setDefaultFont(font)
        self.contents.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.splitter = splitter = QSplitter()
        splitter.addWidget(self.contents)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([CONTENTS_WIDTH, WIDTH - CONTENTS_WIDTH])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(splitter)
        self.resize(WIDTH, HEIGHT)

    def load(self, language: str) -> None:
        """Show the guide in `language` (as guide_language chose it), contents and all."""
        self.language = language
        self.setWindowTitle(QCoreApplication.translate("UserGuide", "User guide — CIMIC Desk"))
        self.browser.setSource(QUrl(f"qrc{RESOURCE.format(language=language)}"))
        self.contents.clear()
        metrics = self.contents.fontMetrics()
        widest = 0
        for level, anchor, title in sections(guide_html(language)):
            text = ("    " if level == 3 else "") + title
            item = QListWidgetItem(text)
            item.setData(SECTION_ROLE, anchor)
            item.setToolTip(title)
            self.contents.addItem(item)
            widest = max(widest, metrics.horizontalAdvance(text))
        # Every title whole (French ones are longer), within reason on a small screen.
        width = min(max(CONTENTS_WIDTH, widest + 32), CONTENTS_WIDTH_MAX)
        self.splitter.setSizes([width, max(WIDTH - width, 400)])

    def show_section(self, anchor: str) -> None:
        """Scroll to the section `anchor` and mark it in the contents."""
        self.anchor = anchor
        url = QUrl(f"qrc{RESOURCE.format(language=self.language)}")
        url.setFragment(anchor)
        self.browser.setSource(url)
        self.browser.scrollToAnchor(anchor)
        if anchor == FIRST_SECTION:  # the guide's title and its note on F1 above it too
            self.browser.verticalScrollBar().setValue(0)
        for row in range(self.contents.count()):
            item = self.contents.item(row)
            if item.data(SECTION_ROLE) == anchor:
                self.contents.blockSignals(True)
                self.contents.setCurrentItem(item)
                self.contents.blockSignals(False)
                break

    def heading_at_top(self) -> str:
        """The text of the line shown at the top of the guide (tests, and a look)."""
        top_left = self.browser.viewport().rect().topLeft()
        return self.browser.cursorForPosition(top_left).block().text()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc closes the guide (F1 opens it again where it was asked for)."""
        if event.key() == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)

    def _item_chosen(self, item: QListWidgetItem) -> None:
        self.show_section(str(item.data(SECTION_ROLE)))

    def _link_clicked(self, url: QUrl) -> None:
        """A link inside the guide moves to its section; any other is not followed."""
        if url.scheme() in ("", "qrc") and url.fragment():
            self.show_section(url.fragment())


def show_for(main_window: QWidget, page_key: str) -> UserGuideWindow:
    """Open (or bring forward) the main window's guide at the section of `page_key`."""
    guide = main_window.findChild(UserGuideWindow, "userGuide")
    if guide is None:
        guide = UserGuideWindow(main_window)
    language = guide_language()
    if guide.language != language:
        guide.load(language)
    if guide.isVisible():  # behind the main window: bring it to the front
        guide.raise_()
    guide.show()
    guide.activateWindow()
    guide.show_section(section_for(page_key))
    return guide
