"""Fields with a rule say it in their tooltip: the grid's MGRS format, a date's format, the
QIP budget's ceiling and duration with the mission's numbers, the last-resort test."""

from __future__ import annotations

from PySide6.QtCore import Qt

from cimicdesk.domain.qip import MissionSettings
from cimicdesk.store.mission_settings import get_mission_settings

GRIDS = {
    "liaison": ("gridEdit",),
    "contacts": ("gridEdit",),
    "organisations": ("gridEdit",),
    "qips": ("gridEdit",),
    "incidents": ("gridEdit",),
    "support": ("fromGridEdit", "toGridEdit"),
}


def test_every_grid_field_gives_the_mgrs_rule_with_an_example(window):
    for key, names in GRIDS.items():
        ui = window.show_page(key).editor.ui
        for name in names:
            tip = getattr(ui, name).toolTip()
            assert "MGRS grid reference" in tip, (key, name)
            assert "same number of digits, 1 to 5 each" in tip, (key, name)
            assert "e.g. 34N DM 64090 37550" in tip, (key, name)
    support = window.show_page("support").editor.ui
    assert support.fromGridEdit.toolTip().startswith("MGRS grid of the start.\n")


def test_the_budget_tips_name_the_missions_ceiling_and_duration(window, store, prompter, qtbot):
    page = window.show_page("qips")
    ui = page.editor.ui
    settings = get_mission_settings(store)
    assert (settings.qip_ceiling_usd, settings.qip_max_months) == (50_000.0, 6)
    for spin in (ui.requestedSpin, ui.approvedSpin):
        assert "at most USD 50,000 approved per project" in spin.toolTip()
        assert "within 6 months of the first disbursement" in spin.toolTip()
    assert ui.approvedSpin.toolTip().startswith("Budget approved by the PRC")
    prompter.settings_answer = MissionSettings(qip_ceiling_usd=75_000.0, qip_max_months=12)
    qtbot.mouseClick(ui.changeSettingsButton, Qt.MouseButton.LeftButton)
    assert "at most USD 75,000 approved" in ui.requestedSpin.toolTip()
    assert "within 12 months" in ui.approvedSpin.toolTip()
    assert ui.requestedSpin.toolTip().count("The mission's rules") == 1


def test_date_fields_give_their_format(window):
    liaison = window.show_page("liaison").editor.ui
    assert liaison.startEdit.toolTip().startswith("When the meeting or call started")
    assert "Format YYYY-MM-DD HH:mm in Zulu time (UTC)" in liaison.startEdit.toolTip()
    qip = window.show_page("qips").editor.ui
    assert "Format YYYY-MM-DD:" in qip.plannedStartEdit.toolTip()
    incident = window.show_page("incidents").editor.ui
    assert "Format YYYY-MM-DD HH:mm" in incident.occurredEdit.toolTip()


def test_the_last_resort_fields_say_which_part_of_the_test_they_answer(window):
    editor = window.show_page("support").editor
    ui = editor.ui
    assert "Last-resort test, part 1" in ui.civilianCheck.toolTip()
    for box in editor.advantage_checks.values():
        assert "Last-resort test, part 2 (unique advantage)" in box.toolTip()
    assert "Last-resort test, part 3" in ui.complementarityEdit.toolTip()
    assert "last resort is temporary" in ui.exitPlanEdit.toolTip()
    for combo, _note in editor.criteria.values():
        assert combo.toolTip()  # each IASC escort criterion says what it asks
