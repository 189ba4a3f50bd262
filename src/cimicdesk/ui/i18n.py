"""The window's language: chosen (--lang, the saved setting, the system), installed as Qt
translators, and the texts that come from below ui (labels, messages) translated on display.

English is the source language: its catalogue holds only the plural forms ('%Ln
record(s)'), and ui/plurals.py gives those of any count a catalogue lacks. French installs
our catalogue (:/translations/cimicdesk_fr.qm, compiled by packaging/build_qt.py) and Qt's
own qtbase_fr.qm, so standard buttons (OK, Cancel, Yes…) read French too. The language is
chosen before the first window is built; a change from the menu is saved and takes effect
at the next start.

Labels and messages of the layers below (which import no Qt) arrive as enumeration members
and Messages (cimicdesk.i18n): label() and message() render them with the gettext
catalogue of the window's language, texts().
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTranslator,
)
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from cimicdesk import paths
from cimicdesk.domain.enums import LabelledEnum
from cimicdesk.i18n.catalogue import Texts
from cimicdesk.i18n.catalogue import texts as catalogue_texts
from cimicdesk.i18n.message import Message
from cimicdesk.ui.generated import translations_rc  # noqa: F401  (registers :/translations)
from cimicdesk.ui.plurals import EnglishPlurals

translate = QCoreApplication.translate

# The languages offered, each named in itself (never translated: a reader must find theirs).
LANGUAGES = {"en": "English", "fr": "Français"}
SOURCE_LANGUAGE = "en"
SETTING = "language"
CATALOGUE = ":/translations/cimicdesk_{code}.qm"

_installed: list[QTranslator] = []
_current = SOURCE_LANGUAGE
_default_locale: QLocale | None = None


# --- choosing ------------------------------------------------------------------------------


def settings() -> QSettings:
    """The program's settings file (paths.settings_file: tmp in the tests)."""
    return QSettings(str(paths.settings_file()), QSettings.Format.IniFormat)


def saved_language() -> str:
    """The language chosen in the menu, or '' when none was (follow the system)."""
    value = settings().value(SETTING, "")
    return value if value in LANGUAGES else ""


def save_language(code: str) -> None:
    """Remember a language for the next start; '' means 'follow the system'."""
    store = settings()
    if code:
        store.setValue(SETTING, code)
    else:
        store.remove(SETTING)
    store.sync()


def system_language() -> str:
    """The system's language if we have it (fr_FR, fr_SN… -> 'fr'), else English."""
    for name in QLocale.system().uiLanguages() or [QLocale.system().name()]:
        code = name.replace("-", "_").split("_")[0].lower()
        if code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE


def choose_language(requested: str | None = None) -> str:
    """--lang if given, else the saved setting, else the system's language."""
    if requested:
        return requested if requested in LANGUAGES else SOURCE_LANGUAGE
    return saved_language() or system_language()


# --- installing ----------------------------------------------------------------------------


def current_language() -> str:
    """The language the window is shown in ('en' or 'fr')."""
    return _current


def install(code: str) -> str:
    """Show the window in `code` from now on (before its widgets are built); returns the
    language actually installed (English when our catalogue cannot be loaded)."""
    global _current, _default_locale
    app = QCoreApplication.instance()
    _remove_all()
    if app is None:
        return _current
    # Asked last (Qt asks the translator installed last first): the English forms of any
    # count the catalogues below lack, never its '(s)' (ui/plurals.py).
    plurals = EnglishPlurals(app)
    app.installTranslator(plurals)
    _installed.append(plurals)
    if code not in LANGUAGES or code == SOURCE_LANGUAGE:
        # English is the source, but its plural forms ('%Ln record(s)') live in a catalogue.
        english = QTranslator(app)
        if english.load(CATALOGUE.format(code=SOURCE_LANGUAGE)):
            app.installTranslator(english)
            _installed.append(english)
        # Counts group their thousands as the catalogue below writes them ('12,400').
        _default_locale = QLocale()
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        return _current
    ours = QTranslator(app)
    if not ours.load(CATALOGUE.format(code=code)):
        return _current
    app.installTranslator(ours)
    _installed.append(ours)
    locale = QLocale(code)
    qt = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(locale, "qtbase", "_", folder):
        app.installTranslator(qt)
        _installed.append(qt)
    _default_locale = QLocale()
    QLocale.setDefault(locale)
    _current = code
    return code


def uninstall() -> None:
    """Back to English (the tests switch languages in one process)."""
    install(SOURCE_LANGUAGE)


def _remove_all() -> None:
    global _current, _default_locale
    app = QCoreApplication.instance()
    while _installed:
        translator = _installed.pop()
        if app is not None:
            app.removeTranslator(translator)
    if _default_locale is not None:
        QLocale.setDefault(_default_locale)
        _default_locale = None
    _current = SOURCE_LANGUAGE


def add_language_menu(menu: QMenu, on_chosen: Callable[[str, str], None]) -> QMenu:
    """A Language submenu at the end of `menu`: the system's language or one of ours.

    The choice is saved at once; on_chosen(code, name) lets the window say that it takes
    effect at the next start (code '' is the system's language).
    """
    menu.addSeparator()
    submenu = menu.addMenu(translate("LanguageMenu", "&Language"))
    submenu.setObjectName("languageMenu")
    group = QActionGroup(submenu)
    chosen = saved_language()
    choices = {"": translate("LanguageMenu", "Same as the system"), **LANGUAGES}
    for code, name in choices.items():
        action = QAction(name, submenu)
        action.setCheckable(True)
        action.setChecked(code == chosen)
        action.setData(code)
        group.addAction(action)
        submenu.addAction(action)
        action.triggered.connect(lambda _=False, c=code, n=name: _chosen(c, n, on_chosen))
    submenu.addSeparator()
    note = submenu.addAction(translate("LanguageMenu", "Takes effect at the next start"))
    note.setEnabled(False)
    return submenu


def _chosen(code: str, name: str, on_chosen: Callable[[str, str], None]) -> None:
    save_language(code)
    on_chosen(code, name)


# --- labels and messages from below ui -----------------------------------------------------


def label(member: LabelledEnum) -> str:
    """An enumeration member's label in the window's language ('Approuvé')."""
    return texts().label(member)


def label_text(text: str, kind: str) -> str:
    """A domain label of a kind ('QipStatus', 'Subcategory', 'Casualty'…) translated."""
    return texts().label_text(text, kind)


def texts() -> Texts:
    """The catalogue of the layers below the window, in the window's language."""
    return catalogue_texts(_current)


def message(text: Message | str | BaseException | None) -> str:
    """A message from below ui (a validation error, a refused file, a reason) in the
    window's language. An exception shows its Message; plain text is an officer's (or a
    system's: an OS error) and is shown as it is, never translated."""
    if isinstance(text, BaseException):
        text = getattr(text, "message", None) or str(text)
    if isinstance(text, Message):
        return texts().render(text)
    return text or ""


# --- numbers and counts --------------------------------------------------------------------
# One implementation, the catalogue's (Babel): the window and the reports write them alike.


def number(count: int | float) -> str:
    """A number with its thousands grouped as the language writes them."""
    return texts().number(count)


def usd(amount: float) -> str:
    """'USD 12,500' (English) or '12 500 USD' (French); cents only when there are some."""
    return texts().money(amount)
