"""A list of organisations picked from the directory: type a name, Enter adds it, Delete removes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
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
from cimicdesk.store import organisations
from cimicdesk.store.database import Store
from cimicdesk.ui.widgets.choices import fill_choices, make_searchable, on_enter, typed_index
from cimicdesk.ui.widgets.list_keys import ListKeys

IdRole = Qt.ItemDataRole.UserRole
translate = QCoreApplication.translate


class OrganisationList(QWidget):
    """Organisations chosen one by one from a searchable picker, shown in a short list.

    From the keyboard: type part of a name in the picker, Enter adds it; in the list,
    Delete removes the current one (the buttons do the same for the mouse, and Tab does
    not stop on them). Attributes: picker (the combo), listed (the list; each item's
    IdRole is its organisation's id). Signals: changed (an organisation added or removed
    by the officer), refused(text) (Enter on text that names no organisation).
    """

    changed = Signal()
    refused = Signal(str)

    def __init__(self, store: Store, name: str, placeholder: str, parent: QWidget | None = None):
        """name: the object name stem ('joint' gives jointPicker and jointList)."""
        super().__init__(parent)
        self.store = store
        self.placeholder = placeholder
        self.names: dict[str, str] = {}
        self.picker = QComboBox()
        self.picker.setObjectName(f"{name}Picker")
        make_searchable(self.picker)
        self.listed = QListWidget()
        self.listed.setObjectName(f"{name}List")
        self.listed.setFixedHeight(self.listed.fontMetrics().height() * 3 + 12)
        self.add_button = QToolButton()
        self.add_button.setText(translate("OrganisationList", "Add"))
        self.remove_button = QToolButton()
        self.remove_button.setText(translate("OrganisationList", "Remove"))
        for button in (self.add_button, self.remove_button):
            button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.add_button.setToolTip(translate("OrganisationList", "Add the organisation named"))
        self.remove_button.setToolTip(
            translate("OrganisationList", "Remove the organisation selected (Delete)")
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

    def set_choices(self, choices: list[tuple[str, str]]) -> None:
        """The directory's organisations (id, name) the picker offers."""
        self.names = dict(choices)
        fill_choices(self.picker, choices, self.placeholder)

    def ids(self) -> tuple[str, ...]:
        return tuple(self.listed.item(row).data(IdRole) for row in range(self.listed.count()))

    def set_ids(self, ids: tuple[str, ...] | list[str]) -> None:
        """Show these organisations (a deleted one is named and marked)."""
        self.listed.clear()
        for org_id in dict.fromkeys(ids):
            self._append(org_id)

    def add(self, org_id: str) -> bool:
        """Add an organisation by id; False when it is already listed."""
        if org_id in self.ids():
            return False
        self._append(org_id)
        self.changed.emit()
        return True

    def add_typed(self) -> None:
        index = typed_index(self.picker)
        org_id = self.picker.itemData(index) if index > 0 else None
        if not org_id:
            self.refused.emit(
                translate(
                    "OrganisationList",
                    "No organisation is called '{name}'. Pick one from the list, or add it on "
                    "the Organisations page first.",
                ).format(name=self.picker.currentText().strip())
            )
            return
        self.add(org_id)
        self.picker.setCurrentIndex(0)
        self.picker.setEditText("")

    def remove_current(self) -> None:
        row = self.listed.currentRow()
        if row >= 0:
            self.listed.takeItem(row)
            self.changed.emit()

    def _append(self, org_id: str) -> None:
        name = self.names.get(org_id)
        if name is None:
            try:  # a deleted organisation is still shown, marked
                found = organisations.get_organisation(self.store, org_id).name
                name = translate("OrganisationList", "{name} (deleted)").format(name=found)
            except RecordNotFoundError:
                name = translate("OrganisationList", "unknown organisation {id}").format(
                    id=org_id[:8]
                )
        item = QListWidgetItem(QIcon(":/icons/organisations"), name)
        item.setData(IdRole, org_id)
        self.listed.addItem(item)
