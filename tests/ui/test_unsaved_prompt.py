"""The unsaved-changes prompt offers Save, Discard and Cancel: Save saves then goes on, a
save refused shows why and stays on the record; the same when the window closes."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from scripted_prompter import make_contact, make_entry, replace_text

from cimicdesk.store import liaison
from cimicdesk.ui.prompts import Prompter


def two_entries(store):
    awa = make_contact(store, "Awa Sow")
    first = make_entry(store, contacts=[awa], place="Bria")
    second = make_entry(store, contacts=[awa], place="Ndele", start="2026-11-21T09:00:00.000Z")
    return first, second


def test_save_in_the_prompt_saves_then_opens_the_other_record(window, store, prompter, qtbot):
    first, second = two_entries(store)
    page = window.show_page("liaison")
    page.open_record(first.id)
    replace_text(qtbot, page.editor.ui.placeEdit, "Bria north")
    prompter.unsaved_answers = ["save"]
    assert page.open_record(second.id)
    [(_, title, question)] = prompter.questions("unsaved")
    assert title == "Unsaved changes" and "Save them?" in question
    assert liaison.get_liaison(store, first.id).place == "Bria north"  # read back
    assert page.editor.record_id == second.id
    assert page.editor.ui.placeEdit.text() == "Ndele"
    assert not page.editor.dirty


def test_save_refused_shows_the_error_and_stays(window, store, prompter, qtbot):
    first, second = two_entries(store)
    page = window.show_page("liaison")
    page.open_record(first.id)
    replace_text(qtbot, page.editor.ui.gridEdit, "not a grid")
    prompter.unsaved_answers = ["save"]
    assert not page.open_record(second.id)
    assert page.editor.record_id == first.id
    assert page.editor.ui.gridEdit.text() == "not a grid"  # the typing is kept
    assert page.editor.error_text("grid")
    assert page.editor.is_marked("grid")
    assert page.editor.dirty
    assert liaison.get_liaison(store, first.id).grid == ""  # nothing saved


def test_discard_and_cancel_in_the_prompt(window, store, prompter, qtbot):
    first, second = two_entries(store)
    page = window.show_page("liaison")
    page.open_record(first.id)
    replace_text(qtbot, page.editor.ui.placeEdit, "Bria north")
    prompter.unsaved_answers = ["cancel"]
    assert not page.open_record(second.id)
    assert page.editor.ui.placeEdit.text() == "Bria north"
    prompter.unsaved_answers = ["discard"]
    assert page.open_record(second.id)
    assert liaison.get_liaison(store, first.id).place == "Bria"


def test_closing_the_window_can_save_first(window, store, prompter, qtbot):
    first, _ = two_entries(store)
    page = window.show_page("liaison")
    page.open_record(first.id)
    replace_text(qtbot, page.editor.ui.gridEdit, "not a grid")
    prompter.unsaved_answers = ["save"]
    assert not window.close()  # refused: stays open on the record, error shown
    assert page.editor.error_text("grid")
    replace_text(qtbot, page.editor.ui.gridEdit, "")
    replace_text(qtbot, page.editor.ui.placeEdit, "Bria north")
    prompter.unsaved_answers = ["save"]
    assert window.close()
    assert liaison.get_liaison(store, first.id).place == "Bria north"


def answer_with(button_text: str, seen: list) -> None:
    """Click a button of the message box once it is shown (the prompt is modal); a
    button not found closes the box (Esc) so that the test fails instead of hanging."""
    box = QApplication.activeModalWidget()
    if not isinstance(box, QMessageBox):
        QTimer.singleShot(20, lambda: answer_with(button_text, seen))
        return
    texts = {button.text().replace("&", ""): button for button in box.buttons()}
    seen.append(sorted(texts))
    if button_text in texts:
        texts[button_text].click()
    else:
        box.reject()


def test_the_prompters_question_has_save_discard_and_cancel(qtbot):
    prompter = Prompter(None)
    answers, seen = [], []
    for text in ("Save", "Discard changes", "Cancel"):
        QTimer.singleShot(0, lambda t=text: answer_with(t, seen))
        answers.append(prompter.ask_unsaved("Unsaved changes", "Save them?"))
    assert seen[0] == ["Cancel", "Discard changes", "Save"]
    assert answers == ["save", "discard", "cancel"]
