"""Helpers of the UI tests: the scripted prompter and builders of stored records."""

from __future__ import annotations

from pathlib import Path

from factories import PASSPHRASE
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView

from cimicdesk.domain.enums import ParticipantKind, UnitLevel
from cimicdesk.domain.records import (
    Contact,
    FollowUpAction,
    LiaisonEntry,
    Organisation,
    Participant,
)
from cimicdesk.store.contacts import save_contact
from cimicdesk.store.liaison import save_liaison
from cimicdesk.store.organisations import save_organisation
from cimicdesk.ui.operation_dialogs import TransitionAnswer
from cimicdesk.ui.prompts import Prompter


class ScriptedPrompter(Prompter):
    """Answers from a script and records every question; never opens a dialog.

    Attributes: asked (method, title, text) in order; confirm_answers (popped in turn,
    True once they run out); unit (what ask_unit answers); open_path / new_path (what
    the file choosers answer); transition_answers (popped; once they run out a QIP move
    is dated the default day, by 'Capt. Test', with a note when one is needed);
    time_answers (popped; the default time once they run out; None cancels);
    photo_path (what choose_photo answers); settings_answer (what ask_mission_settings
    answers; None cancels); text_answers (popped by ask_text; the default once they run
    out); item_answer (what choose_item answers; None cancels); unlock_answers (the
    passphrases typed in turn into an unlock dialog: the tests' PASSPHRASE once when none
    are given; None cancels), new_passphrase (what ask_new_passphrase answers; None
    cancels), change_answers ((current, new, repeated) typed in turn into the change
    dialog), offer_answers (popped; False once they run out), report_path (what
    choose_report_file answers; None cancels), map_path (what choose_map_file answers),
    overlay_path (what choose_overlay_file answers),
    unsaved_answers ('save', 'discard' or
    'cancel', popped by ask_unsaved and recorded as 'unsaved'; once they run out the
    question is a confirm: confirm_answers' True discards, False cancels).
    """

    def __init__(self):
        super().__init__(None)
        self.asked: list[tuple[str, str, str]] = []
        self.confirm_answers: list[bool] = []
        self.unit: tuple[str, UnitLevel, str] | None = ("BANBAT 1", UnitLevel.BATTALION, "")
        self.open_path: Path | None = None
        self.new_path: Path | None = None
        self.transition_answers: list[TransitionAnswer | None] = []
        self.time_answers: list[str | None] = []
        self.photo_path: Path | None = None
        self.settings_answer = None
        self.text_answers: list[str | None] = []
        self.item_answer: int | None = 0
        self.unlock_answers: list[str | None] = []
        self.new_passphrase: str | None = PASSPHRASE
        self.change_answers: list[tuple[str, str, str]] = []
        self.offer_answers: list[bool] = []
        self.report_path: Path | None = None
        self.unsaved_answers: list[str] = []
        self.map_path: Path | None = None
        self.overlay_path: Path | None = None

    def confirm(self, title: str, question: str, *, action: str = "OK") -> bool:
        self.asked.append(("confirm", title, question))
        return self.confirm_answers.pop(0) if self.confirm_answers else True

    def ask_unsaved(self, title, question):
        if not self.unsaved_answers:
            discard = self.confirm(title, question, action="Discard changes")
            return "discard" if discard else "cancel"
        self.asked.append(("unsaved", title, question))
        return self.unsaved_answers.pop(0)

    def inform(self, title: str, message: str) -> None:
        self.asked.append(("inform", title, message))

    def error(self, title: str, message: str) -> None:
        self.asked.append(("error", title, message))

    def ask_unit(self):
        self.asked.append(("ask_unit", "", ""))
        return self.unit

    def choose_database_to_open(self, folder: Path):
        self.asked.append(("open", str(folder), ""))
        return self.open_path

    def choose_new_database(self, folder: Path):
        self.asked.append(("new", str(folder), ""))
        return self.new_path

    def ask_transition(self, title, question, *, default_date, recorded_by="", note_required=False):
        self.asked.append(("transition", title, question))
        if self.transition_answers:
            return self.transition_answers.pop(0)
        return TransitionAnswer(
            default_date, recorded_by or "Capt. Test", "Decided by the PRC" if note_required else ""
        )

    def ask_time(self, title, question, default):
        self.asked.append(("time", title, question))
        return self.time_answers.pop(0) if self.time_answers else default

    def choose_photo(self, folder: Path):
        self.asked.append(("photo", str(folder), ""))
        return self.photo_path

    def choose_map_file(self, folder: Path):
        self.asked.append(("map_file", str(folder), ""))
        return self.map_path

    def choose_overlay_file(self, folder: Path):
        self.asked.append(("overlay_file", str(folder), ""))
        return self.overlay_path

    def ask_mission_settings(self, settings):
        self.asked.append(("settings", "", f"{settings}"))
        return self.settings_answer

    def ask_text(self, title, question, default=""):
        self.asked.append(("text", title, question))
        return self.text_answers.pop(0) if self.text_answers else default

    def choose_item(self, title, question, items):
        self.asked.append(("item", title, question))
        return self.item_answer

    def choose_report_file(self, title, suggested, file_filter):
        self.asked.append(("report_file", title, str(suggested)))
        return self.report_path

    def offer(self, title, message, *, action, dismiss=""):
        self.asked.append(("offer", title, message))
        return self.offer_answers.pop(0) if self.offer_answers else False

    def unlock(self, path, check, note=""):
        """Types each of unlock_answers until check() takes one; records what it said."""
        self.asked.append(("unlock", Path(path).name, note))
        answers = self.unlock_answers if self.unlock_answers else [PASSPHRASE]
        while answers:
            answer = answers.pop(0)
            if answer is None:
                return False
            problem = check(answer)
            if not problem:
                return True
            self.asked.append(("unlock refused", Path(path).name, problem))
        return False

    def ask_new_passphrase(self, title, intro):
        self.asked.append(("new_passphrase", title, intro))
        return self.new_passphrase

    def change_passphrase(self, path, change):
        self.asked.append(("change_passphrase", Path(path).name, ""))
        while self.change_answers:
            problem = change(*self.change_answers.pop(0))
            if not problem:
                return True
            self.asked.append(("change refused", Path(path).name, problem))
        return False

    def questions(self, method: str) -> list[tuple[str, str, str]]:
        return [q for q in self.asked if q[0] == method]


def make_org(store, name="Norwegian Refugee Council", **kw) -> Organisation:
    return save_organisation(store, Organisation(name=name, **kw))


def make_contact(store, name="Marie Ndoumba", **kw) -> Contact:
    return save_contact(store, Contact(name=name, **kw))


def make_entry(
    store, contacts=(), orgs=(), start="2026-11-20T09:00:00.000Z", actions=(), **kw
) -> LiaisonEntry:
    participants = [Participant(kind=ParticipantKind.CONTACT, target_id=c.id) for c in contacts]
    participants += [Participant(kind=ParticipantKind.ORGANISATION, target_id=o.id) for o in orgs]
    return save_liaison(
        store, LiaisonEntry(start=start, participants=participants, actions=list(actions), **kw)
    )


def action(description: str, due_date: str = "", **kw) -> FollowUpAction:
    return FollowUpAction(description=description, due_date=due_date, **kw)


def cell_center(view: QAbstractItemView, row: int, column: int = 0) -> QPoint:
    return view.visualRect(view.model().index(row, column)).center()


def click_row(qtbot, view: QAbstractItemView, row: int, column: int = 0) -> None:
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=cell_center(view, row, column))


def double_click_row(qtbot, view: QAbstractItemView, row: int, column: int = 0) -> None:
    point = cell_center(view, row, column)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)


def replace_text(qtbot, widget, text: str) -> None:
    """Select what a line edit holds and type over it, as a user would."""
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    qtbot.keyClicks(widget, text)


def back_up_now(qtbot, window) -> Path | None:
    """File → Back up now, waited for (it copies on a worker thread); the copy written,
    or None when it failed (the prompter was told why)."""
    task = window.back_up_now()
    assert task is not None, "a backup was already running"
    with qtbot.waitSignal(task.ended, timeout=30_000):
        pass
    return task.result


def search_for(window, qtbot, text: str):
    """Type `text` into the window's search box as the officer does; the Search page once
    the hits of that text are shown."""
    window.focus_search()
    window.search_box.clear()
    qtbot.keyClicks(window.search_box, text)
    page = window.search_page
    qtbot.waitUntil(lambda: page.model.text == text and not page.model.pending())
    return page
