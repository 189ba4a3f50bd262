"""A program that crashes with unsaved work, for test_drafts: run as
`python crash_child.py DATABASE ENTRY_ID CONTACT_ID ORGANISATION_ID`.

It opens the window over the database, changes every kind of field of the liaison entry
(times, type, participants, follow-up actions), waits until the autosave has written the
draft, then kills itself with SIGKILL: no close, no question, no clean-up. EXPECTED
says what the officer had changed; the test reopens the database and compares.
"""

from __future__ import annotations

import os
import signal
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from scripted_prompter import ScriptedPrompter

from cimicdesk.app import build_main_window
from cimicdesk.domain.enums import ActionStatus, LiaisonType
from cimicdesk.store import editor_drafts as drafts
from cimicdesk.store.database import open_database
from cimicdesk.ui.widgets.optional_datetime import UTC

EXPECTED = {
    "start": "2026-11-18T07:45:00.000Z",
    "end": "2026-11-18T09:15:00.000Z",
    "type": LiaisonType.FIELD_VISIT.value,
    # Participants: the stored contact removed, the organisation added.
    # Actions: the stored one marked done; a new one typed in.
    "actions": [
        ("Repair the pump", "Chief Ngaba", "2026-11-30", ActionStatus.DONE.value),
        ("Send the water figures to OCHA", "CIMIC team 2", "2026-12-02", "open"),
    ],
}


def zulu(stamp: str) -> QDateTime:
    day, time_ = stamp[:10], stamp[11:16]
    return QDateTime(QDate.fromString(day, "yyyy-MM-dd"), QTime.fromString(time_, "HH:mm"), UTC)


def wait(app: QApplication, condition, seconds: float = 10.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        if condition():
            return True
        time.sleep(0.02)
    return False


def edit_entry(app: QApplication, page, organisation_id: str) -> None:
    ui = page.editor.ui
    ui.startEdit.setDateTime(zulu(EXPECTED["start"]))
    ui.endEdit.setDateTime(zulu(EXPECTED["end"]))  # from 'not recorded'
    ui.typeCombo.setCurrentIndex(ui.typeCombo.findData(EXPECTED["type"]))
    ui.participantsList.setCurrentRow(0)  # the contact met
    QTest.mouseClick(ui.removeParticipantButton, Qt.MouseButton.LeftButton)
    ui.addOrganisationCombo.setCurrentIndex(ui.addOrganisationCombo.findData(organisation_id))
    QTest.mouseClick(ui.addOrganisationButton, Qt.MouseButton.LeftButton)
    table = ui.actionsTable
    table.model().setData(table.model().index(0, page.editor.STATUS), ActionStatus.DONE.value)
    QTest.mouseClick(ui.addActionButton, Qt.MouseButton.LeftButton)
    description, owner, due, _ = EXPECTED["actions"][1]
    for text in (description, owner, due):
        cell_editor = QApplication.focusWidget()
        QTest.keyClicks(cell_editor, text)
        QTest.keyClick(cell_editor, Qt.Key.Key_Tab)
        app.processEvents()


def main() -> None:
    database, entry_id, _contact_id, organisation_id = sys.argv[1:5]
    app = QApplication([])
    store = open_database(Path(database))
    window = build_main_window(store, ScriptedPrompter())
    window.resize(1280, 800)
    window.show()
    window.activateWindow()
    if not wait(app, window.isActiveWindow):
        sys.exit("the window never became active")
    page = window.show_page("liaison")
    page.open_record(entry_id)
    edit_entry(app, page, organisation_id)

    def written() -> bool:
        kept = drafts.get_draft(store.path, page.draft_key())
        now = page.editor.draft()
        return kept is not None and now is not None and (kept["values"], kept["lists"]) == now

    if not wait(app, written):
        sys.exit("the draft was never written")
    print("draft written", flush=True)
    os.kill(os.getpid(), signal.SIGKILL)


if __name__ == "__main__":
    main()
