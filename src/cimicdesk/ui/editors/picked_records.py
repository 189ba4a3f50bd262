"""A list of organisations or contacts picked from the directory: type a name, Enter adds
it, Delete removes it; a restricted contact is shown by its code only."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cimicdesk.domain.errors import RecordNotFoundError
from cimicdesk.domain.masking import restricted_code
from cimicdesk.store import contacts, organisations
from cimicdesk.store.database import Store
from cimicdesk.ui.widgets.choices import (
    fill_choices,
    make_searchable,
    masked_contact_choices,
    on_enter,
    organisation_choices,
    restricted_contact_ids,
    typed_index,
)
from cimicdesk.ui.widgets.list_keys import ListKeys

IdRole = Qt.ItemDataRole.UserRole
translate = QCoreApplication.translate
ORGANISATION, CONTACT = "organisation", "contact"
ICONS = {ORGANISATION: ":/icons/organisations", CONTACT: ":/icons/contacts"}
# What Enter on a name that is no record says (context 'PickedRecords').
UNKNOWN = {
    ORGANISATION: QT_TRANSLATE_NOOP(
        "PickedRecords",
        "No organisation is called '{name}'. Pick one from the list, or add it on the "
        "Organisations page first.",
    ),
    CONTACT: QT_TRANSLATE_NOOP(
        "PickedRecords",
        "No contact is called '{name}'. Pick one from the list, or add it on the Contacts "
        "page first.",
    ),
}

UNKNOWN_ID = {
    ORGANISATION: QT_TRANSLATE_NOOP("PickedRecords", "unknown organisation {id}"),
    CONTACT: QT_TRANSLATE_NOOP("PickedRecords", "unknown contact {id}"),
}


class PickedRecords(QWidget):
    """Organisations or contacts (kind) chosen one by one from a searchable picker,
    shown in a short list; a restricted contact as 'Restricted contact CODE', in the
    picker and in the list, as everywhere a list shows it.

    From the keyboard: type part of a name in the picker, Enter adds it; in the list,
    Delete removes the current one (the buttons do the same for the mouse, and Tab does
    not stop on them). Attributes: store, kind, picker (the combo), listed (the list;
    each item's IdRole is its record's id), names (id -> name the picker offers).
    Signals: changed (one added or removed by the officer), refused(text) (Enter on text
    that names none).
    """

    changed = Signal()
    refused = Signal(str)

    def __init__(
        self, store: Store, kind: str, name: str, placeholder: str, parent: QWidget | None = None
    ):
        """name: the object name stem ('joint' gives jointPicker and jointList)."""
        super().__init__(parent)
        self.store = store
        self.kind = kind
        self.placeholder = placeholder
        self.names: dict[str, str] = {}
        self.picker = QComboBox()
        self.picker.setObjectName(f"{name}Picker")
        make_searchable(self.picker)
        self.listed = QListWidget()
        self.listed.setObjectName(f"{name}List")
        self.listed.setFixedHeight(self.listed.fontMetrics().height() * 3 + 12)
        self.add_button = QToolButton()
        self.add_button.setText(translate("PickedRecords", "Add"))
        self.remove_button = QToolButton()
        self.remove_button.setText(translate("PickedRecords", "Remove"))
        for button in (self.add_button, self.remove_button):
            button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.add_button.setToolTip(translate("PickedRecords", "Add the one named (Enter)"))
        self.remove_button.setToolTip(
            translate("PickedRecords", "Remove the one selected in the list (Delete)")
        )
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.picker, 1)
        top.addWidget(self.add_button)
        top.addWidget(self.remove_button)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(3)
        box.addLayout(top)
        box.addWidget(self.listed)
        self.add_button.clicked.connect(self.add_typed)
        self.remove_button.clicked.connect(self.remove_current)
        on_enter(self.picker, self.add_typed)
        self._keys = ListKeys(self.listed, self.remove_current)
        self.setFocusProxy(self.picker)

    def refresh_choices(self) -> None:
        """The directory's organisations or contacts, as the pickers everywhere offer them."""
        if self.kind == CONTACT:
            choices = masked_contact_choices(self.store)
        else:
            choices = organisation_choices(self.store)
        self.names = dict(choices)
        fill_choices(self.picker, choices, self.placeholder)

    def ids(self) -> tuple[str, ...]:
        return tuple(self.listed.item(row).data(IdRole) for row in range(self.listed.count()))

    def set_ids(self, ids: tuple[str, ...] | list[str]) -> None:
        """Show these records (a deleted one is named and marked)."""
        self.listed.clear()
        for record_id in dict.fromkeys(ids):
            self._append(record_id)

    def add(self, record_id: str) -> bool:
        """Add a record by id; False when it is already listed."""
        if record_id in self.ids():
            return False
        self._append(record_id)
        self.changed.emit()
        return True

    def add_typed(self) -> None:
        index = typed_index(self.picker)
        record_id = self.picker.itemData(index) if index > 0 else None
        if not record_id:
            name = self.picker.currentText().strip()
            self.refused.emit(translate("PickedRecords", UNKNOWN[self.kind]).format(name=name))
            return
        self.add(record_id)
        self.picker.setCurrentIndex(0)
        self.picker.setEditText("")

    def remove_current(self) -> None:
        row = self.listed.currentRow()
        if row >= 0:
            self.listed.takeItem(row)
            self.changed.emit()

    def name_of(self, record_id: str) -> str:
        """As the list shows it: the picker's name (a restricted contact by its code),
        else a deleted record's name marked, else 'unknown'."""
        if record_id in self.names:
            return self.names[record_id]
        if self.kind == CONTACT and record_id in restricted_contact_ids(self.store):
            code = restricted_code(record_id)
            return translate("Choices", "Restricted contact {code}").format(code=code)
        try:  # a deleted one is still shown, marked
            if self.kind == CONTACT:
                found = contacts.get_contact(self.store, record_id).name
            else:
                found = organisations.get_organisation(self.store, record_id).name
            return translate("PickedRecords", "{name} (deleted)").format(name=found)
        except RecordNotFoundError:
            text = translate("PickedRecords", UNKNOWN_ID[self.kind])
            return text.format(id=record_id[:8])

    def _append(self, record_id: str) -> None:
        item = QListWidgetItem(QIcon(ICONS[self.kind]), self.name_of(record_id))
        item.setData(IdRole, record_id)
        self.listed.addItem(item)
