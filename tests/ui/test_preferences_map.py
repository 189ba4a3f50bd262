"""Edit → Preferences, Map: the mission area chosen from the country list (its places
copied into the database on OK, nothing on Cancel) and a GeoNames file imported through
the prompter (a bad file refused in the dialog, the database untouched)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from scripted_prompter import ScriptedPrompter

from cimicdesk.store.places import mission_area, place_count, set_mission_area, suggest_places
from cimicdesk.ui.preferences import PreferencesDialog

LINE = "\t".join(
    [
        *("9000001", "Ndomété", "Ndomete", "", "7.0213", "19.2097", "P", "PPL", "CF", "", "04"),
        *("", "", "", "0", "", "450", "Africa/Bangui", "2024-03-01"),
    ]
)


class GeoNamesPrompter(ScriptedPrompter):
    """Also answers the GeoNames file chooser (geonames_path; None cancels)."""

    def __init__(self):
        super().__init__()
        self.geonames_path: Path | None = None

    def choose_geonames_file(self, folder: Path) -> Path | None:
        self.asked.append(("geonames", "", str(folder)))
        return self.geonames_path


@pytest.fixture
def prompter() -> GeoNamesPrompter:
    return GeoNamesPrompter()


def open_dialog(window) -> PreferencesDialog:
    window.preferences_action.trigger()
    [dialog] = [d for d in window.findChildren(PreferencesDialog) if d.isVisible()]
    return dialog


def press(qtbot, dialog, which) -> None:
    qtbot.mouseClick(dialog.buttons.button(which), Qt.MouseButton.LeftButton)


def test_choosing_the_mission_area_copies_its_places_on_ok(window, store, qtbot):
    dialog = open_dialog(window)
    group = dialog.map_group
    assert "none chosen" in group.area_label.text()
    qtbot.keyClicks(group.filter_edit, "central af")
    shown = [group.country_list.item(r) for r in range(group.country_list.count())]
    visible = [i.text() for i in shown if not i.isHidden()]
    assert visible == ["Central African Republic (CF)"]
    group.check("CF")
    assert group.area_label.text() == "Mission area: CF"
    press(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)
    assert not dialog.isVisible()
    assert mission_area(store) == ("CF",)
    assert suggest_places(store, "bangui")[0].name == "Bangui"
    # opened again, the area's countries come first, checked
    again = open_dialog(window)
    first = again.map_group.country_list.item(0)
    assert first.text() == "Central African Republic (CF)"
    assert first.checkState() == Qt.CheckState.Checked
    assert f"{place_count(store)} places in this database" in again.map_group.places_label.text()
    assert "GeoNames" in again.map_group.places_label.text()
    again.reject()


def test_cancel_leaves_the_mission_area_as_it_was(window, store, qtbot):
    set_mission_area(store, ["CF"])
    dialog = open_dialog(window)
    dialog.map_group.check("CF", False)
    dialog.map_group.check("TD")
    press(qtbot, dialog, QDialogButtonBox.StandardButton.Cancel)
    assert mission_area(store) == ("CF",)


def test_importing_a_geonames_file_adds_its_places_and_a_bad_one_is_refused(
    window, store, qtbot, prompter, tmp_path
):
    dialog = open_dialog(window)
    group = dialog.map_group
    prompter.geonames_path = None
    qtbot.mouseClick(group.import_button, Qt.MouseButton.LeftButton)  # cancelled: nothing
    assert place_count(store) == 0
    good = tmp_path / "CF.txt"
    good.write_text(LINE + "\n", encoding="utf-8")
    prompter.geonames_path = good
    qtbot.mouseClick(group.import_button, Qt.MouseButton.LeftButton)
    assert [p.name for p in suggest_places(store, "ndomete")] == ["Ndomété"]
    assert "1 place imported from CF.txt" in group.places_label.text()
    assert dialog.error_label.isHidden()
    bad = tmp_path / "bad.txt"
    bad.write_text(LINE.replace("7.0213", "north") + "\n", encoding="utf-8")
    prompter.geonames_path = bad
    qtbot.mouseClick(group.import_button, Qt.MouseButton.LeftButton)
    assert not dialog.error_label.isHidden()
    assert "bad.txt, line 1: the latitude 'north'" in dialog.error_label.text()
    assert place_count(store) == 1
    assert [a[0] for a in prompter.asked].count("geonames") == 3
    dialog.reject()
