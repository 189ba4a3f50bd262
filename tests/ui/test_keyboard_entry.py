"""A liaison meeting typed from the page's shortcut to Save without the mouse: every key goes
to the widget that has the focus, as on a keyboard, and the entry saved is read back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from scripted_prompter import make_contact, make_org

from cimicdesk.domain.enums import ActionStatus, LiaisonType, ParticipantKind
from cimicdesk.store import liaison, qips

# Typing in a picker opens the completer's popup, which the offscreen platform cannot raise
# or let grab the keyboard: its warnings say nothing about the keys.
POPUP_WARNINGS = pytest.mark.qt_log_ignore(
    r"This plugin does not support (raise|grabbing the keyboard|propagateSizeHints)"
)
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


class Keyboard:
    """Keys and typing, always on the focused widget; counts the officer's actions (a run
    of typing into one field is one action, each other key or shortcut is one)."""

    def __init__(self, qtbot, window: QWidget):
        self.qtbot = qtbot
        self.window = window
        self.actions = 0

    def focused(self) -> QWidget:
        widget = QApplication.focusWidget()
        return widget if widget is not None else self.window

    def press(self, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier, times: int = 1) -> None:
        for _ in range(times):
            self.qtbot.keyClick(self.focused(), key, modifiers)
            self.actions += 1
            self.qtbot.wait(1)  # what Qt queues on a key runs before the next, as by hand

    def type(self, text: str) -> None:
        self.qtbot.keyClicks(self.focused(), text)
        self.actions += 1
        self.qtbot.wait(1)

    def enter_after_popup(self) -> None:
        """Enter in a picker: the completer puts the name in, then the picker adds it."""
        self.press(Qt.Key.Key_Return)
        self.qtbot.wait(20)

    def tab_to(self, widget: QWidget, most: int = 12) -> int:
        """Press Tab until `widget` (or a widget inside it) has the focus; the presses."""
        for count in range(most + 1):
            focused = self.focused()
            if focused is widget or widget.isAncestorOf(focused):
                return count
            self.press(Qt.Key.Key_Tab)
        raise AssertionError(f"Tab never reached {widget.objectName()}")


@POPUP_WARNINGS
def test_a_meeting_is_typed_from_new_to_save_without_the_mouse(open_window, store, qtbot):
    mairie = make_org(store, "Mairie de Bria")
    marie = make_contact(store, "Marie Ndoumba")
    jean = make_contact(store, "Jean Zanga")
    make_contact(store, "Marius Bembe")
    window = open_window()
    keys = Keyboard(qtbot, window)
    keys.press(Qt.Key.Key_2, CTRL)  # the Liaison log page
    page = window.current_page()
    ui = page.editor.ui
    assert page is window.pages["liaison"]
    keys.press(Qt.Key.Key_N, CTRL)  # New: the focus is in the first field, Start
    assert keys.focused() is ui.startEdit
    keys.type("202511250930")
    assert ui.startEdit.text() == "2025-11-25 09:30 Z"
    assert keys.tab_to(ui.typeCombo) == 3  # End (not recorded), its Clear button, Type
    keys.type("Key")  # type-ahead in the list of types
    assert ui.typeCombo.currentData() == LiaisonType.KLE.value
    assert keys.tab_to(ui.placeEdit) == 1
    keys.type("Bria")
    assert keys.tab_to(ui.gridEdit) == 1
    keys.type("34N DM 12345 67890")
    assert keys.tab_to(ui.addContactCombo) == 2  # through the participants list
    keys.type("Marie")
    keys.enter_after_popup()
    keys.type("Zanga")
    keys.enter_after_popup()
    assert keys.focused() is ui.addContactCombo or ui.addContactCombo.isAncestorOf(keys.focused())
    assert keys.tab_to(ui.addOrganisationCombo) == 1
    keys.type("Mairie")
    keys.enter_after_popup()
    assert [ui.participantsList.item(r).text() for r in range(3)] == [
        "Marie Ndoumba",
        "Jean Zanga",
        "Mairie de Bria",
    ]
    assert keys.tab_to(ui.purposeEdit) == 1
    keys.type("Water point repairs in Bria: the mayor asks for a second pump.")
    assert keys.tab_to(ui.actionsTable) == 5  # received, passed, issues, significant
    keys.press(Qt.Key.Key_Insert)  # a new action, its description open for typing
    keys.type("Send the WASH engineer")
    keys.press(Qt.Key.Key_Tab)
    keys.type("CIMIC team 2")
    keys.press(Qt.Key.Key_Tab)
    keys.type("2025-12-01")
    keys.press(Qt.Key.Key_S, CTRL)  # the cell still open: its text is saved too
    assert not page.editor.dirty, page.message_label.text()

    [listed] = liaison.list_liaison(store).items
    saved = liaison.get_liaison(store, listed.id)
    assert saved.start.startswith("2025-11-25T09:30")
    assert saved.entry_type is LiaisonType.KLE
    assert (saved.place, saved.grid) == ("Bria", "34NDM1234567890")
    assert [(p.kind, p.target_id) for p in saved.participants] == [
        (ParticipantKind.CONTACT, marie.id),
        (ParticipantKind.CONTACT, jean.id),
        (ParticipantKind.ORGANISATION, mairie.id),
    ]
    assert saved.purpose == "Water point repairs in Bria: the mayor asks for a second pump."
    [action] = saved.actions
    assert (action.description, action.owner, action.due_date, action.status) == (
        "Send the WASH engineer",
        "CIMIC team 2",
        "2025-12-01",
        ActionStatus.OPEN,
    )
    assert keys.actions == 34  # the count of the Tab-only way (README: issue 15 note)


@POPUP_WARNINGS
def test_delete_in_the_participants_list_removes_the_current_one(open_window, store, qtbot):
    make_contact(store, "Marie Ndoumba")
    window = open_window()
    page = window.show_page("liaison")
    ui = page.editor.ui
    page.editor.add_participant(ParticipantKind.CONTACT, liaison_contact_id(store))
    ui.participantsList.setCurrentRow(0)
    ui.participantsList.setFocus()
    qtbot.keyClick(ui.participantsList, Qt.Key.Key_Delete)
    assert ui.participantsList.count() == 0
    assert page.editor.dirty


def liaison_contact_id(store) -> str:
    from cimicdesk.store import contacts

    return contacts.contact_choices(store)[0][0]


@POPUP_WARNINGS
def test_the_same_meeting_with_the_labels_underlined_letters_takes_27_actions(
    open_window, store, qtbot
):
    make_org(store, "Mairie de Bria")
    make_contact(store, "Marie Ndoumba")
    make_contact(store, "Jean Zanga")
    window = open_window()
    keys = Keyboard(qtbot, window)
    keys.press(Qt.Key.Key_2, CTRL)
    ui = window.current_page().editor.ui
    keys.press(Qt.Key.Key_N, CTRL)
    keys.type("202511250930")
    keys.press(Qt.Key.Key_T, ALT)  # &Type
    assert keys.focused() is ui.typeCombo
    keys.type("Key")
    keys.press(Qt.Key.Key_Tab)
    keys.type("Bria")
    keys.press(Qt.Key.Key_Tab)
    keys.type("34N DM 12345 67890")
    keys.press(Qt.Key.Key_C, ALT)  # Add &contact
    keys.type("Marie")
    keys.enter_after_popup()
    keys.type("Zanga")
    keys.enter_after_popup()
    keys.press(Qt.Key.Key_Tab)
    keys.type("Mairie")
    keys.enter_after_popup()
    keys.press(Qt.Key.Key_Tab)
    assert keys.focused() is ui.purposeEdit
    keys.type("Water point repairs in Bria.")
    keys.press(Qt.Key.Key_N, ALT)  # Actio&ns
    keys.press(Qt.Key.Key_Insert)
    keys.type("Send the WASH engineer")
    keys.press(Qt.Key.Key_Tab)
    keys.type("CIMIC team 2")
    keys.press(Qt.Key.Key_Tab)
    keys.type("2025-12-01")
    keys.press(Qt.Key.Key_S, CTRL)
    [listed] = liaison.list_liaison(store).items
    saved = liaison.get_liaison(store, listed.id)
    assert saved.entry_type is LiaisonType.KLE and len(saved.participants) == 3
    assert saved.actions[0].due_date == "2025-12-01"
    assert keys.actions == 27


@POPUP_WARNINGS
def test_a_qip_is_typed_from_new_to_save_without_the_mouse(open_window, store, qtbot):
    mairie = make_org(store, "Mairie de Bria")
    make_org(store, "Comité de l'eau")
    window = open_window()
    keys = Keyboard(qtbot, window)
    keys.press(Qt.Key.Key_5, CTRL)  # the QIPs page
    page = window.current_page()
    ui = page.editor.ui
    assert page is window.pages["qips"]
    keys.press(Qt.Key.Key_N, CTRL)
    assert keys.focused() is ui.titleEdit
    keys.type("Borehole for Kidjigra")
    assert keys.tab_to(ui.objectiveEdit) == 2  # through the category
    keys.type("Clean water for 300 families.")
    assert keys.tab_to(ui.gridEdit) == 2  # through the place
    keys.type("34N DM 64090 37550")
    assert keys.tab_to(ui.partnerCombo) == 1
    keys.type("Mairie")
    keys.press(Qt.Key.Key_B, ALT)  # the &Budget, dates tab
    keys.press(Qt.Key.Key_R, ALT)  # &Requested
    assert keys.focused() is ui.requestedSpin or ui.requestedSpin.isAncestorOf(keys.focused())
    keys.type("12500")
    keys.press(Qt.Key.Key_S, ALT)  # Planned &start
    keys.type("20260105")
    assert keys.tab_to(ui.plannedEndEdit) == 2  # through its Clear button
    keys.type("20260430")
    keys.press(Qt.Key.Key_S, CTRL)
    assert not page.editor.dirty, page.message_label.text()
    [listed] = qips.list_qips(store).items
    saved = qips.get_qip(store, listed.id)
    assert saved.title == "Borehole for Kidjigra"
    assert saved.objective == "Clean water for 300 families."
    assert (saved.grid, saved.implementing_partner_id) == ("34NDM6409037550", mairie.id)
    assert saved.budget_requested_usd == 12_500
    assert (saved.planned_start, saved.planned_end) == ("2026-01-05", "2026-04-30")
    assert keys.actions == 20
