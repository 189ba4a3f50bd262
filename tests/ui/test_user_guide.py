"""Help → User guide (F1): shipped inside the program, in the window's language, opened at
the section of the page in front, one window reused; and its shortcut table kept true."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QFile, Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication

import cimicdesk
from cimicdesk.app import build_main_window
from cimicdesk.ui import i18n, user_guide
from cimicdesk.ui.generated import resources_rc

LANGUAGES = ("en", "fr")
ROW = re.compile(r"<tr>\s*<td>(.*?)</td>\s*<td>(.*?)</td>\s*</tr>", re.DOTALL)
KEY = re.compile(r"<code>(.*?)</code>")


@pytest.fixture
def french():
    i18n.install("fr")
    yield
    i18n.install("en")


def press_f1(qtbot, window, page_key: str) -> user_guide.UserGuideWindow:
    window.show_page(page_key)
    window.activateWindow()
    qtbot.keyClick(window.current_page(), Qt.Key.Key_F1)
    guide = window.findChild(user_guide.UserGuideWindow, "userGuide")
    assert guide is not None, "F1 opened no guide"
    qtbot.waitUntil(guide.isVisible)
    return guide


def plain(text: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", text)).replace("\xa0", " ")


def outline(language: str) -> list[tuple[int, str, str]]:
    return user_guide.sections(user_guide.guide_html(language))


def guide_titles(language: str) -> dict[str, str]:
    return {anchor: title for _, anchor, title in outline(language)}


def test_f1_on_the_liaison_page_opens_the_liaison_section(qtbot, window):
    guide = press_f1(qtbot, window, "liaison")

    assert guide.browser.source().fragment() == "liaison"
    assert guide.browser.verticalScrollBar().value() > 0  # not the guide's first lines
    assert guide.heading_at_top() == guide_titles("en")["liaison"]
    assert guide.contents.currentItem().text().strip() == guide_titles("en")["liaison"]
    assert guide.language == "en"


def test_f1_on_the_reports_page_shows_the_weekly_sitrep(qtbot, window):
    guide = press_f1(qtbot, window, "reports")

    assert guide.browser.source().fragment() == "sitrep"
    assert guide.heading_at_top() == guide_titles("en")["sitrep"]
    assert "sitrep" in guide.heading_at_top().lower()


# The offscreen platform cannot raise a window; the conftest's own ignore is repeated here.
@pytest.mark.qt_log_ignore(r"This plugin does not support (raise|propagateSizeHints)\(\)")
def test_the_help_menu_opens_the_same_window_each_time(qtbot, window):
    first = press_f1(qtbot, window, "qips")
    window.show_page("sync")
    window.guide_action.trigger()

    guides = window.findChildren(user_guide.UserGuideWindow)
    assert guides == [first]
    assert first.browser.source().fragment() == "exchange"
    assert window.guide_action in window.ui.menuHelp.actions()
    assert window.guide_action.shortcut() == QKeySequence("F1")


def test_links_move_inside_the_guide_and_others_are_not_followed(qtbot, window):
    guide = press_f1(qtbot, window, "dashboard")
    text = user_guide.guide_html("en")
    targets = set(re.findall(r'href="#([a-z0-9-]+)"', text))
    assert targets, "the guide links none of its sections"
    assert targets <= set(guide_titles("en")), "a link points to no section"

    guide.browser.anchorClicked.emit(guide.browser.source().resolved(QUrl("#qips")))
    assert guide.browser.source().fragment() == "qips"
    assert guide.heading_at_top() == guide_titles("en")["qips"]

    guide.browser.anchorClicked.emit(QUrl("https://example.org/#liaison"))
    assert guide.browser.source().scheme() == "qrc"
    assert guide.browser.source().fragment() == "qips"
    assert not guide.browser.openExternalLinks()
    assert not guide.browser.openLinks()  # no link is followed by the browser itself


def test_the_contents_list_moves_to_a_section_and_esc_closes(qtbot, window):
    guide = press_f1(qtbot, window, "liaison")
    titles = [guide.contents.item(row).text().strip() for row in range(guide.contents.count())]
    assert titles == [title for _, _, title in outline("en")]
    item = guide.contents.item(titles.index(guide_titles("en")["backups"]))

    rect = guide.contents.visualItemRect(item)
    qtbot.mouseClick(guide.contents.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert guide.browser.source().fragment() == "backups"
    assert guide.heading_at_top() == guide_titles("en")["backups"]

    qtbot.keyClick(guide.browser, Qt.Key.Key_Escape)
    assert not guide.isVisible()


def test_with_french_installed_the_french_guide_opens(qtbot, french, store, prompter):
    window = build_main_window(store, prompter)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    with qtbot.waitActive(window):
        window.show()
    guide = press_f1(qtbot, window, "incidents")

    assert guide.language == "fr"
    assert guide.browser.source().path().endswith("/fr.html")
    assert guide.heading_at_top() == guide_titles("fr")["incidents"]
    assert guide_titles("fr")["incidents"] == "Incidents et rapports FLASH"
    assert guide.contents.item(0).text() == "Premiers pas"


def test_an_unknown_language_falls_back_to_english():
    assert user_guide.guide_language("de") == "en"
    assert user_guide.guide_language("fr") == "fr"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_has_its_section_in_both_languages(window, language):
    titles = guide_titles(language)
    for key in window.pages:  # the window's own pages: a new one without a section fails
        assert key in user_guide.PAGE_SECTIONS, key
        assert user_guide.section_for(key) in titles, key
    assert user_guide.FIRST_SECTION in titles


def test_both_guides_have_the_same_sections_in_the_same_order():
    english = [(level, anchor) for level, anchor, _ in outline("en")]
    french = [(level, anchor) for level, anchor, _ in outline("fr")]
    assert english == french
    assert len(english) >= 12
    assert len({anchor for _, anchor in english}) == len(english)  # no anchor twice


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_guide_ships_inside_the_package_and_reaches_for_nothing_outside(language):
    assert QFile.exists(f":/guide/{language}.html")
    assert Path(resources_rc.__file__).is_relative_to(Path(cimicdesk.__file__).parent)
    text = user_guide.guide_html(language)
    assert len(text) > 5000
    assert "http://" not in text and "https://" not in text
    assert "<img" not in text and "url(" not in text  # no pictures or fonts to fetch
    assert 'href="' not in text.replace('href="#', "")  # every link is inside the guide
    qrc = Path(__file__).parents[2] / "resources" / "app.qrc"
    assert f"guide/{language}.html" in qrc.read_text(encoding="utf-8")


def _shortcut_rows(language: str) -> list[tuple[list[str], str]]:
    text = user_guide.guide_html(language)
    start = text.index('<a name="shortcuts"></a>')
    rows = [(KEY.findall(keys), plain(what)) for keys, what in ROW.findall(text[start:])]
    return [(keys, what) for keys, what in rows if keys]


def _actions_by_key(window) -> dict[str, list[QAction]]:
    found: dict[str, list[QAction]] = {}
    for action in window.findChildren(QAction):
        for sequence in action.shortcuts():
            key = sequence.toString(QKeySequence.SequenceFormat.PortableText)
            found.setdefault(key, []).append(action)
    return found


def _name(action: QAction) -> str:
    return action.text().replace("&", "").replace("…", "").strip()


def _check_shortcuts(window, language: str) -> None:
    rows = _shortcut_rows(language)
    assert len(rows) >= 15
    list(window.pages.values())  # every page built, with its commands (Print…: Ctrl+P)
    by_key = _actions_by_key(window)
    for keys, what in rows:
        for key in keys:
            assert key in by_key, f"the guide names {key}, which no command has"
            names = [_name(action) for action in by_key[key]]
            assert any(name and name in what for name in names), (key, what, names)
    named = {key for keys, _ in rows for key in keys}
    menus = [window.ui.menuFile, window.ui.menuEdit, window.ui.menuView, window.ui.menuHelp]
    for menu in menus:
        for action in menu.actions():
            for sequence in action.shortcuts():
                key = sequence.toString(QKeySequence.SequenceFormat.PortableText)
                assert key in named, f"{_name(action)} ({key}) is missing from the guide"


def test_every_shortcut_the_english_guide_names_is_a_real_one(qtbot, window):
    window.show_page("qips")
    window.current_page().new_record()  # an editor's Print… (Ctrl+P) exists
    _check_shortcuts(window, "en")


def test_every_shortcut_the_french_guide_names_is_a_real_one(qtbot, french, store, prompter):
    window = build_main_window(store, prompter)
    qtbot.addWidget(window)
    _check_shortcuts(window, "fr")
    assert QApplication.instance() is not None


MENU_PATH = re.compile(r"<b>([^<→]+?) → ([^<]+?)</b>")


def _check_menu_paths(window, language: str) -> int:
    """Every 'Menu → Command' the guide names in bold is that command of that menu."""
    text = re.sub(r"\s+", " ", user_guide.guide_html(language))
    menus = {
        _name(menu.menuAction()): menu
        for menu in (window.ui.menuFile, window.ui.menuEdit, window.ui.menuView, window.ui.menuHelp)
    }
    paths = MENU_PATH.findall(text)
    for menu_name, command in paths:
        assert menu_name in menus, f"the guide names a menu {menu_name!r} the window lacks"
        names = [_name(action) for action in menus[menu_name].actions()]
        assert command.replace("…", "").strip() in names, (menu_name, command, names)
    return len(paths)


def test_every_menu_command_the_english_guide_names_is_in_that_menu(qtbot, window):
    assert _check_menu_paths(window, "en") >= 10


def test_every_menu_command_the_french_guide_names_is_in_that_menu(qtbot, french, store, prompter):
    window = build_main_window(store, prompter)
    qtbot.addWidget(window)
    assert _check_menu_paths(window, "fr") >= 10


def test_the_french_guide_keeps_french_typography():
    """A non-breaking space before : ; ? ! and none of them glued to the word before."""
    body = user_guide.guide_html("fr").split("<body>", 1)[1]
    text = html.unescape(re.sub(r"<[^>]+>", "", body))
    wrong = re.findall(r".{0,20}(?: |[^\s\xa0])[:;?!]", text)
    assert wrong == []
    assert text.count("\xa0:") > 30
