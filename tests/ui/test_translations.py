"""The window in French: every visible text of every page translated, the language chosen
from --lang or the saved setting, and domain messages translated at display time."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

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
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from cimicdesk import app
from cimicdesk.demo.generate import seed_database
from cimicdesk.domain.enums import QipStatus, UnitLevel
from cimicdesk.domain.errors import ValidationError
from cimicdesk.domain.grid import GridReferenceError, parse_grid
from cimicdesk.domain.records import Organisation
from cimicdesk.i18n.message import msg
from cimicdesk.store.database import create_database
from cimicdesk.ui import i18n

CATALOGUE = Path(__file__).parents[2] / "resources" / "translations" / "cimicdesk_fr.ts"
FIELD = re.compile(r"\{\w+\}")
TAGS = re.compile(r"<[^>]+>")
TABLE_ROWS = 25  # cells read per table


def catalogue() -> list[tuple[str, str, str, str]]:
    """(context, source, disambiguation, French) of every finished French translation."""
    found = []
    for context in ET.parse(CATALOGUE).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") == "unfinished":
                continue
            found.append(
                (
                    name,
                    message.findtext("source") or "",
                    message.findtext("comment") or "",
                    translation.text or "",
                )
            )
    return found


class EnglishLeftovers:
    """Tells whether a text is English that French should have replaced: a source whose
    translation differs, or a source with {placeholders} filled in (as a pattern)."""

    def __init__(self) -> None:
        self.plain: set[str] = set()
        self.patterns: list[re.Pattern[str]] = []
        # A French text that happens to be an English source elsewhere ('Active', 'Type')
        # is French here.
        self.french = {t for *_, french in catalogue() for t in (french, french.replace("&", ""))}
        for _context, source, _comment, french in catalogue():
            if french == source:
                continue  # the same in both languages ('Contacts', 'Incidents', 'Action')
            if FIELD.search(source):
                fixed = FIELD.sub("", source)
                if sum(c.isalpha() for c in fixed) >= 6:
                    parts = [re.escape(p) for p in FIELD.split(source)]
                    self.patterns.append(re.compile("^" + ".+".join(parts) + "$", re.DOTALL))
            else:
                self.plain.add(source)
                self.plain.add(source.replace("&", ""))

    def __call__(self, text: str) -> bool:
        text = TAGS.sub("", text).strip()
        if not text:
            return False
        if text in self.french or text.replace("&", "") in self.french:
            return False
        candidates = {text, text.replace("&", ""), *text.splitlines()}
        return any(
            (c in self.plain and c not in self.french) or any(p.match(c) for p in self.patterns)
            for c in candidates
        )


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) of what a person sees in `root` now: labels, buttons, titles,
    placeholders, combo items, table headers and cells, list items."""
    seen: list[tuple[str, str]] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        where = f"{type(widget).__name__} {widget.objectName()}"
        if isinstance(widget, (QLabel, QAbstractButton)):
            seen.append((where, widget.text()))
        elif isinstance(widget, QGroupBox):
            seen.append((where, widget.title()))
        elif isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
            seen.append((where + " placeholder", widget.placeholderText()))
        elif isinstance(widget, QComboBox):
            seen += [(where + " item", widget.itemText(i)) for i in range(widget.count())]
        elif isinstance(widget, QTabWidget):
            seen += [(where + " tab", widget.tabText(i)) for i in range(widget.count())]
        if isinstance(widget, QListWidget):
            seen += [(where + " item", widget.item(i).text()) for i in range(widget.count())]
        elif (
            isinstance(widget, QAbstractItemView)
            and not isinstance(widget, QHeaderView)
            and widget.model() is not None
        ):
            model = widget.model()
            seen += [
                (where + " header", str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
                for c in range(model.columnCount())
            ]
            for row in range(min(model.rowCount(), TABLE_ROWS)):
                for column in range(model.columnCount()):
                    value = model.index(row, column).data()
                    if isinstance(value, str):
                        seen.append((where + " cell", value))
        if hasattr(widget, "specialValueText") and widget.specialValueText():
            seen.append((where + " empty", widget.specialValueText()))
    return seen


def menu_texts(window) -> list[tuple[str, str]]:
    seen = []

    def walk(menu: QMenu, where: str) -> None:
        seen.append((where, menu.title()))
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu(), where + " > " + action.text())
            elif not action.isSeparator():
                seen.append((where, action.text()))

    for action in window.menuBar().actions():
        walk(action.menu(), "menu")
    seen += [("toolbar", a.text()) for a in window.ui.mainToolBar.actions() if a.text()]
    return seen


@pytest.fixture
def french(qapp):
    assert i18n.install("fr") == "fr"
    yield
    i18n.uninstall()


@pytest.fixture
def store(db_path):
    """A training database: only a training database may be seeded."""
    opened = create_database(
        db_path, "BANBAT 1", UnitLevel.BATTALION, training=True, passphrase=PASSPHRASE
    )
    yield opened
    opened.close()


@pytest.fixture
def seeded(store):
    seed_database(store, entries=120, seed=7)
    return store


def test_no_english_is_left_on_any_page(french, seeded, open_window, qtbot):
    window = open_window()
    leftover = EnglishLeftovers()
    english: list[tuple[str, str, str]] = []
    title_parts = [("window title", part) for part in window.windowTitle().split(" — ")]
    for where, text in [*title_parts, *menu_texts(window)]:
        if leftover(text):
            english.append(("window", where, text))
    for key in list(window.pages):
        page = window.show_page(key)
        qtbot.wait(1)
        tabs = [t for t in page.findChildren(QTabWidget) if t.isVisibleTo(page)]
        rounds = max([t.count() for t in tabs], default=1)
        for index in range(rounds):
            for tab in tabs:
                tab.setCurrentIndex(min(index, tab.count() - 1))
            for where, text in visible_texts(window):
                if leftover(text):
                    english.append((key, where, text))
    for item in sorted(set(english)):
        print("LEFT", item)
    assert sorted(set(english)) == []


def test_known_translations_appear(french, seeded, open_window):
    window = open_window()
    navigation = window.ui.navigationList
    titles = [navigation.item(row).text() for row in range(navigation.count())]
    assert titles[:4] == ["Tableau de bord", "Journal de liaison", "Contacts", "Organisations"]
    assert "Projets à impact rapide (QIP)" in titles and "Demandes d'appui" in titles
    assert [a.text() for a in window.menuBar().actions()][:3] == [
        "&Fichier",
        "É&dition",
        "&Affichage",
    ]
    liaison = window.show_page("liaison")
    headers = [
        liaison.model.headerData(c, Qt.Orientation.Horizontal)
        for c in range(liaison.model.columnCount())
    ]
    assert headers[:3] == ["Début (Z)", "Réf.", "Type"]
    types = [liaison.type_combo.itemText(i) for i in range(liaison.type_combo.count())]
    assert "Réunion bilatérale" in types and "Tous les types" in types
    assert liaison.count_label.text().endswith("entrées de liaison")
    # Qt's own catalogue: standard buttons read French.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"


def test_domain_labels_and_messages_read_french(french):
    assert i18n.label(QipStatus.APPROVED) == "Approuvé"
    assert i18n.label_text("Open", "ActionStatus") == "Ouverte"
    assert i18n.label_text("Open", "IncidentStatus") == "Ouvert"
    with pytest.raises(GridReferenceError) as grid:
        parse_grid("61N TM 12345 67890")
    assert i18n.message(grid.value) == "La zone 61 n'existe pas\u00a0: les zones vont de 1 à 60."
    with pytest.raises(ValidationError) as nameless:
        Organisation(name="").validate()
    assert i18n.message(nameless.value.for_field("name")) == "Une organisation doit avoir un nom."
    # A label inside a message is translated with it; what an officer typed never is.
    moved = msg("Say why the project is {to_label}.", to_label=QipStatus.REJECTED)
    assert i18n.message(moved) == "Indiquez pourquoi le projet passe à «\u00a0Rejeté\u00a0»."
    assert i18n.message("Media") == "Media"
    assert i18n.message("Action: nothing yet") == "Action: nothing yet"
    assert i18n.number(12400) == "12\u202f400"  # CLDR: a narrow no-break space


def test_english_is_the_source_and_needs_nothing_installed(qapp):
    assert i18n.current_language() == "en"
    assert i18n.message(msg("An organisation needs a name.")) == "An organisation needs a name."
    assert i18n.label(QipStatus.APPROVED) == "Approved"


def test_the_catalogue_is_complete_and_agrees_with_the_reports():
    entries = catalogue()
    unfinished = []
    for context in ET.parse(CATALOGUE).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if (
                translation is None
                or translation.get("type") == "unfinished"
                or not (translation.text)
            ):
                unfinished.append((context.findtext("name"), message.findtext("source")))
    assert unfinished == []
    # The labels live in the catalogue below the window alone (the window renders them
    # from there): none is left in the window's own catalogue.
    assert not [entry for entry in entries if entry[0] in ("Labels", "Messages")]
    for _name, source, _comment, french in entries:
        # French may leave a value out ('{article}'), never ask for one that is not given.
        assert set(FIELD.findall(french)) <= set(FIELD.findall(source)), source


def test_lang_option_and_saved_setting_choose_the_language(qtbot, prompter):
    assert i18n.choose_language(None) == "en"  # nothing saved, an English system (conftest)
    i18n.save_language("fr")
    assert i18n.saved_language() == "fr"
    assert i18n.choose_language(None) == "fr"
    assert i18n.choose_language("en") == "en"
    try:
        window = app.launch(["--lang", "fr"], prompter=prompter)
        qtbot.addWidget(window)
        assert window.ui.menuFile.title() == "&Fichier"
        assert window.windowTitle().endswith(" — CIMIC Desk")
        window.close()
        window.store.close()
    finally:
        i18n.uninstall()
    i18n.save_language("")
    assert i18n.saved_language() == ""


def test_the_language_menu_saves_the_choice_and_says_when_it_applies(window, prompter):
    menu = window.findChild(QMenu, "languageMenu")
    assert menu is not None and menu.title() == "&Language"
    french = next(a for a in menu.actions() if a.text() == "Français")
    french.trigger()
    assert i18n.saved_language() == "fr"
    [(_kind, title, text)] = prompter.questions("inform")
    assert title == "Language" and "Français" in text and "next time" in text
    assert i18n.current_language() == "en"  # the running window stays as it is
    system = next(a for a in menu.actions() if a.data() == "")
    system.trigger()
    assert i18n.saved_language() == ""
