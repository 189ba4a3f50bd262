"""The first-start dialog (the unit of a new database): says what is missing, asks the parent."""

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from scripted_prompter import ScriptedPrompter

from cimicdesk import app, paths
from cimicdesk.domain.enums import UnitLevel
from cimicdesk.store.database import open_database
from cimicdesk.ui.main_window import MainWindow
from cimicdesk.ui.prompts import Prompter, UnitDialog


class RealUnitDialog(ScriptedPrompter):
    """Scripted, except that the unit is asked in the real dialog, driven by `steps`."""

    def __init__(self, steps):
        super().__init__()
        self.steps = steps
        self.seen: dict[str, object] = {}

    def ask_unit(self):
        QTimer.singleShot(0, self._drive)
        return Prompter.ask_unit(self)

    def _drive(self):
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, UnitDialog)]
        visible = [d for d in dialogs if d.isVisible()]
        if not visible:
            QTimer.singleShot(20, self._drive)
            return
        self.steps(visible[0], self.seen)


def _ok(dialog):
    buttons = dialog.findChild(QDialogButtonBox)
    buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_ok_without_a_name_says_what_is_missing_and_creates_nothing(qtbot, tmp_path):
    data = tmp_path / "usb"

    def steps(dialog, seen):
        seen["before"] = dialog.name_problem.text()
        seen["level_y"] = dialog.level_combo.geometry().y()
        dialog.name_edit.setText("   ")
        _ok(dialog)
        QApplication.processEvents()
        seen["message"] = dialog.name_problem.text()
        seen["shown"] = dialog.name_problem.isVisible()
        seen["still_open"] = dialog.isVisible()
        seen["level_y_after"] = dialog.level_combo.geometry().y()
        seen["file"] = paths.default_database(data).exists()
        dialog.reject()

    prompter = RealUnitDialog(steps)
    assert app.launch(["--data-dir", str(data)], prompter=prompter) == app.EXIT_CANCELLED
    seen = prompter.seen
    assert seen["before"] == ""
    assert seen["message"] == "Give the unit's name, e.g. BANBAT 1."
    assert seen["shown"] and seen["still_open"]
    assert seen["level_y_after"] == seen["level_y"]  # the line was reserved: nothing moved
    assert seen["file"] is False
    assert not data.exists() or not any(data.iterdir())


def test_typing_a_name_clears_the_message(qtbot):
    dialog = UnitDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    _ok(dialog)
    assert dialog.name_problem.text()
    qtbot.keyClicks(dialog.name_edit, "B")
    assert dialog.name_problem.text() == ""


def test_name_and_parent_create_the_database_with_that_parent(qtbot, tmp_path):
    data = tmp_path / "usb"

    def steps(dialog, seen):
        qtbot.keyClicks(dialog.name_edit, "BANBAT 4")
        dialog.level_combo.setCurrentIndex(dialog.level_combo.findData("battalion"))
        qtbot.keyClicks(dialog.parent_edit, "Sector Centre")
        _ok(dialog)

    prompter = RealUnitDialog(steps)
    window = app.launch(["--data-dir", str(data)], prompter=prompter)
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    assert window.store.unit.parent == "Sector Centre"
    path = window.store.path
    window.close()
    window.store.close()
    with open_database(path) as store:  # read back from the file
        assert (store.unit.name, store.unit.level, store.unit.parent) == (
            "BANBAT 4",
            UnitLevel.BATTALION,
            "Sector Centre",
        )
