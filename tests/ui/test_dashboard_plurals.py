"""Counts in the window read as English (and French) write them: '1 liaison entry',
'2 liaison entries', never '(s)' or '(y|ies)', on every page of a seeded database."""

from __future__ import annotations

import re

import pytest
from factories import PASSPHRASE
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTabWidget,
    QWidget,
)
from scripted_prompter import make_contact, make_entry

from cimicdesk.demo.generate import seed_database
from cimicdesk.domain.enums import UnitLevel
from cimicdesk.store.database import create_database
from cimicdesk.ui import i18n
from cimicdesk.ui.plurals import english_forms

# What a count written with its alternatives inline shows when no plural form was chosen.
ALTERNATIVES = re.compile(r"\((s|es|\w*\|\w*)\)")
ROWS = 40  # table rows read per table


@pytest.fixture
def store(db_path):
    """A training database: only a training database may be seeded."""
    opened = create_database(
        db_path, "BANBAT 1", UnitLevel.BATTALION, training=True, passphrase=PASSPHRASE
    )
    yield opened
    opened.close()


def column_count(model) -> int:
    """A model's columns; a list model (a Python QAbstractListModel) has one."""
    try:
        return max(1, model.columnCount())
    except TypeError:  # PySide's QAbstractListModel hides columnCount
        return 1


def shown_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) of the labels, buttons, group titles, combo items, tabs, table
    headers and the first table cells a person sees in `root`."""
    seen: list[tuple[str, str]] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        where = f"{type(widget).__name__} {widget.objectName()}"
        if isinstance(widget, (QLabel, QAbstractButton)):
            seen.append((where, widget.text()))
            seen.append((where + " tooltip", widget.toolTip()))
        elif isinstance(widget, QGroupBox):
            seen.append((where, widget.title()))
        elif isinstance(widget, QComboBox):
            seen += [(where, widget.itemText(i)) for i in range(widget.count())]
        elif isinstance(widget, QTabWidget):
            seen += [(where, widget.tabText(i)) for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
            model = widget.model()
            if model is None:
                continue
            columns = column_count(model)
            seen += [
                (where + " header", str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
                for c in range(columns)
            ]
            for row in range(min(model.rowCount(), ROWS)):
                for column in range(columns):
                    value = model.index(row, column).data()
                    if isinstance(value, str):
                        seen.append((where + " cell", value))
    return seen


def alternatives_shown(window, qtbot) -> list[tuple[str, str, str]]:
    """Every text with '(s)' / '(y|ies)' left in it, on every page and in the status bar."""
    found = []
    for key in list(window.pages):
        page = window.show_page(key)
        qtbot.wait(1)
        texts = shown_texts(page) + shown_texts(window.statusBar())
        texts.append(("title", window.windowTitle()))
        found += [(key, where, text) for where, text in texts if ALTERNATIVES.search(text)]
    return sorted(set(found))


def test_the_dashboard_says_1_liaison_entry_then_2_liaison_entries(store, open_window):
    seed_database(store, entries=1, seed=7)
    window = open_window()
    page = window.dashboard_page
    assert window.current_page() is page
    summary = page.summary_label.text()
    assert "· 1 liaison entry" in summary and "entries" not in summary
    assert "(" not in summary
    make_entry(store, [make_contact(store, "Marie Ndoumba")], start="2026-11-21T09:00:00.000Z")
    window.show_page("liaison")
    page.refresh()
    window.show_page("dashboard")
    summary = page.summary_label.text()
    assert "· 2 liaison entries" in summary and "(" not in summary


@pytest.mark.parametrize("language", ["en", "fr"])
def test_no_page_of_a_seeded_database_shows_s_or_y_ies(store, open_window, qtbot, language):
    seed_database(store, entries=200, seed=7)
    try:
        assert i18n.install(language) == language
        window = open_window()
        assert alternatives_shown(window, qtbot) == []
        # The dashboard's counts took their plural forms.
        summary = window.dashboard_page.summary_label.text()
        wanted = "200 liaison entries" if language == "en" else "200 entrées de liaison"
        assert wanted in summary
    finally:
        i18n.uninstall()


def test_without_the_english_catalogue_the_counts_still_read_english(
    store, open_window, qtbot, monkeypatch
):
    """The catalogue not loaded (a bundle built without it, a stale build): before,
    every count read '200 liaison entr(y|ies)', '53 record(s)'."""
    seed_database(store, entries=20, seed=7)
    monkeypatch.setattr(i18n, "CATALOGUE", ":/no-such-folder/cimicdesk_{code}.qm")
    i18n.install("en")
    window = open_window()
    assert alternatives_shown(window, qtbot) == []
    assert "20 liaison entries" in window.dashboard_page.summary_label.text()


def test_a_count_no_catalogue_knows_still_takes_its_english_plural(qapp):
    """A count added after the catalogues were last updated reads as English writes it."""
    i18n.install("en")

    def count(n: int) -> str:
        return QCoreApplication.translate("NoSuchPage", "%Ln borehole(s) to inspect", "", n)

    assert [count(n) for n in (0, 1, 2, 12400)] == [
        "0 boreholes to inspect",
        "1 borehole to inspect",
        "2 boreholes to inspect",
        "12,400 boreholes to inspect",
    ]
    entries = QCoreApplication.translate("NoSuchPage", "%Ln liaison entr(y|ies)", "", 1)
    assert entries == "1 liaison entry"
    # Not a count: untouched (no translation, the source as written).
    assert QCoreApplication.translate("NoSuchPage", "Role(s) held") == "Role(s) held"


def test_english_forms_of_a_source():
    assert english_forms("%Ln liaison entr(y|ies)") == ("%Ln liaison entry", "%Ln liaison entries")
    assert english_forms("%Ln follow-up action(s), %Ln photo(s)") == (
        "%Ln follow-up action, %Ln photo",
        "%Ln follow-up actions, %Ln photos",
    )
    assert english_forms("%Ln casualt(y|ies)") == ("%Ln casualty", "%Ln casualties")
