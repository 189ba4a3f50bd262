"""Pickers over (id, name) choices: fill a combo, type to find, read back the chosen id."""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import Any, TypeVar, cast

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit

from cimicdesk.domain.masking import restricted_code
from cimicdesk.store import contacts, organisations, qip_justification, stats
from cimicdesk.store.database import Store

T = TypeVar("T")
# Per store: what each picker list was read from (the table's version) and the list.
_READ: weakref.WeakKeyDictionary[Store, dict[str, tuple[object, Any]]] = weakref.WeakKeyDictionary()


def _unless_changed(store: Store, name: str, tables: tuple[str, ...], read: Callable[[], T]) -> T:
    """read() again only when one of `tables` changed since it was last read (saving a
    liaison entry leaves the contacts' pickers as they were: no 3,000 rows read again)."""
    versions = tuple(stats.table_version(store, table) for table in tables)
    found = _READ.setdefault(store, {}).get(name)
    if found is not None and None not in versions and found[0] == versions:
        return cast(T, found[1])
    value = read()
    _READ[store][name] = (versions, value)
    return value


def restricted_contact_ids(store: Store) -> frozenset[str]:
    """The ids of the restricted contacts (contacts.restricted_ids), read again only after
    a contact changed."""
    return _unless_changed(
        store, "restricted", ("contacts",), lambda: contacts.restricted_ids(store)
    )


def organisation_choices(store: Store) -> list[tuple[str, str]]:
    """(id, name) of every live organisation for pickers (organisations.organisation_choices),
    read again only after an organisation changed."""
    return list(
        _unless_changed(
            store,
            "organisations",
            ("organisations",),
            lambda: tuple(organisations.organisation_choices(store)),
        )
    )


def assessment_choices(store: Store) -> list[qip_justification.AssessmentChoice]:
    """The assessments a QIP may be justified by (qip_justification.assessment_choices),
    read again only after an assessment or a sector rating changed."""
    return list(
        _unless_changed(
            store,
            "assessments",
            ("assessments", "assessment_sectors"),
            lambda: tuple(qip_justification.assessment_choices(store)),
        )
    )


def masked_contact_choices(store: Store) -> list[tuple[str, str]]:
    """The contacts a picker offers: by name, then the restricted ones by their code only
    (type the code, as the Contacts list shows it, to pick one): a picker is a list too.
    Read again only after a contact changed."""
    return list(
        _unless_changed(
            store, "contacts", ("contacts",), lambda: tuple(_masked_contact_choices(store))
        )
    )


def _masked_contact_choices(store: Store) -> list[tuple[str, str]]:
    restricted = contacts.restricted_ids(store)
    named, coded = [], []
    for record_id, name in contacts.contact_choices(store):
        if record_id in restricted:
            code = restricted_code(record_id)
            text = QCoreApplication.translate("Choices", "Restricted contact {code}")
            coded.append((record_id, text.format(code=code)))
        else:
            named.append((record_id, name))
    return named + sorted(coded, key=lambda choice: choice[1])


def make_searchable(combo: QComboBox) -> None:
    """Let the user type any part of a name to find it among thousands."""
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    completer = combo.completer()
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    line_edit = combo.lineEdit()
    if line_edit is not None:
        # Leaving it (Tab, Enter) with part of one name picks that name.
        line_edit.editingFinished.connect(lambda: complete_unique(combo))
        # A name longer than the picker shows its beginning, not its end (Qt puts the
        # cursor after the text it sets), and whole in the tooltip.
        line_edit.textChanged.connect(lambda _text: show_start(line_edit))
        line_edit.editingFinished.connect(lambda: show_start(line_edit, leaving=True))


def show_start(line_edit: QLineEdit, *, leaving: bool = False) -> None:
    """Scroll a picker's text to its beginning unless the user is typing in it (leaving:
    they just left it), and give it its whole text as tooltip when it does not fit."""
    if leaving or not line_edit.hasFocus():
        line_edit.setCursorPosition(0)
    text = line_edit.text()
    room = line_edit.contentsRect().width() - 8
    wide = line_edit.fontMetrics().horizontalAdvance(text) > room
    line_edit.setToolTip(text if wide else "")


def complete_unique(combo: QComboBox) -> None:
    """Put the whole name in a picker whose typed text is part of exactly one name (any
    case); other text stays as typed (an unknown name is refused when read)."""
    if not combo.window().isVisible():
        return  # the window closing takes the focus away: nothing was chosen
    index = typed_index(combo)
    if index > 0 and combo.currentText() != combo.itemText(index):
        combo.setCurrentIndex(index)


def fill_choices(
    combo: QComboBox, choices: list[tuple[str, str]], none_text: str, selected: str | None = None
) -> None:
    """Items: an empty 'none' item (id '') then every choice; select `selected` if given.

    none_text ("(no organisation)", "Choose a contact…") is the picker's placeholder, shown
    grey while the picker is empty: typing starts from nothing, and an empty picker means none.
    The 'none' item holds '' rather than None: PySide6 6.12 drops a reference to None
    for each item given None as data, and enough of them crash the interpreter.
    """
    combo.blockSignals(True)
    set_placeholder(combo, none_text)
    wanted = tuple(choices)
    if _FILLED.get(combo) != wanted or combo.count() != len(wanted) + 1:
        combo.clear()  # only when the choices changed: thousands of items each time
        combo.addItem("", "")
        for record_id, name in choices:
            combo.addItem(name, record_id)
        _FILLED[combo] = wanted
    index = max(combo.findData(selected) if selected else 0, 0)
    combo.setCurrentIndex(index)
    if combo.isEditable():
        combo.setEditText(combo.itemText(index))  # text typed before goes, as with a refill
    combo.blockSignals(False)


# The choices each picker holds, so that the same choices are not put in again.
_FILLED: weakref.WeakKeyDictionary[QComboBox, tuple[tuple[str, str], ...]] = (
    weakref.WeakKeyDictionary()
)


def set_placeholder(combo: QComboBox, text: str) -> None:
    """Grey text shown while the picker is empty (in its line edit when it is editable)."""
    line_edit = combo.lineEdit()
    if line_edit is not None:
        line_edit.setPlaceholderText(text)
    combo.setPlaceholderText(text)


def on_enter(combo: QComboBox, act: Callable[[], None]) -> None:
    """Run `act` when Enter is pressed in a searchable picker that holds text, once its
    completer has put the highlighted name in the picker (so Enter picks and acts)."""
    line_edit = combo.lineEdit()
    if line_edit is None:
        return

    def later() -> None:
        if combo.currentText().strip():
            act()

    line_edit.returnPressed.connect(lambda: QTimer.singleShot(0, combo, later))


def typed_index(combo: QComboBox) -> int:
    """The item the typed text names: its whole name (any case), else the only name that
    contains it; -1 for no text, no such name or several."""
    text = combo.currentText().strip()
    if not text:
        return -1
    index = combo.findText(text, Qt.MatchFlag.MatchFixedString)
    if index > 0:
        return index
    found = [i for i in range(1, combo.count()) if text.casefold() in combo.itemText(i).casefold()]
    return found[0] if len(found) == 1 else -1


def refill_keeping_choice(combo: QComboBox, choices: list[tuple[str, str]], none_text: str) -> None:
    """New choices, with what the user had picked (or typed) still in the combo."""
    try:
        current = chosen_id(combo)
    except LookupError:
        typed = combo.currentText()
        fill_choices(combo, choices, none_text)
        combo.setEditText(typed)
        return
    fill_choices(combo, choices, none_text, current)


def select_choice(combo: QComboBox, record_id: str | None) -> bool:
    """Select the item of an id (the 'none' item for None); False if it is not listed."""
    index = combo.findData(record_id) if record_id else 0
    combo.setCurrentIndex(max(index, 0))
    return index >= 0


def chosen_id(combo: QComboBox) -> str | None:
    """The id of the item whose name is in the combo, None for the 'none' item or no text.

    Raises LookupError when the typed text names no item.
    """
    text = combo.currentText().strip()
    if not text or text in (combo.itemText(0), combo.placeholderText()):
        return None  # the placeholder as text: a draft kept before pickers had placeholders
    if combo.currentIndex() >= 0 and combo.itemText(combo.currentIndex()) == combo.currentText():
        return combo.currentData() or None
    index = combo.findText(text, Qt.MatchFlag.MatchFixedString)
    if index < 0:
        raise LookupError(text)
    return combo.itemData(index) or None
