"""Pickers over (id, name) choices: fill a combo, type to find, read back the chosen id."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QCompleter

from cimicdesk.domain.masking import restricted_code
from cimicdesk.store import contacts
from cimicdesk.store.database import Store


def masked_contact_choices(store: Store) -> list[tuple[str, str]]:
    """The contacts a picker offers: by name, then the restricted ones by their code only
    (type the code, as the Contacts list shows it, to pick one): a picker is a list too."""
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


def fill_choices(
    combo: QComboBox, choices: list[tuple[str, str]], none_text: str, selected: str | None = None
) -> None:
    """Items: none_text (id '') then every choice; select `selected` if given.

    The 'none' item holds '' rather than None: PySide6 6.12 drops a reference to None
    for each item given None as data, and enough of them crash the interpreter.
    """
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(none_text, "")
    for record_id, name in choices:
        combo.addItem(name, record_id)
    index = combo.findData(selected) if selected else 0
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)


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
    if not text or text == combo.itemText(0):
        return None
    if combo.currentIndex() >= 0 and combo.itemText(combo.currentIndex()) == combo.currentText():
        return combo.currentData() or None
    index = combo.findText(text, Qt.MatchFlag.MatchFixedString)
    if index < 0:
        raise LookupError(text)
    return combo.itemData(index) or None
