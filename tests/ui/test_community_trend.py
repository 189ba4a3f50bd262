"""A community's trend and the dashboard's assessment reminders, in the real window over a
real file: the cells of three assessments of one village, the communities overdue and
whose severity rose, each opening its trend, and the interval the mission sets."""

from __future__ import annotations

from dataclasses import replace

from assessment_history import assess, key_of
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QPushButton
from scripted_prompter import double_click_row

from cimicdesk.domain.enums import AssessmentSector, Severity
from cimicdesk.reports.palette import SEVERITY_HEX
from cimicdesk.store.mission_settings import get_mission_settings
from cimicdesk.ui.models.assessment_trend import CommunityTrendModel

S = AssessmentSector
V = Severity


def _row(model, sector):
    return [model.index(model.row_of(sector), c).data() for c in range(model.columnCount())]


def test_the_trend_shows_three_assessments_of_a_village_side_by_side(store, window, qtbot):
    july = assess(store, "Ouandago", 20, {S.WASH: V.STRESSED, S.HEALTH: V.EXTREME}, idps_total=900)
    may = assess(store, "Ouandago", 200, {S.WASH: V.SEVERE, S.HEALTH: V.SEVERE}, idps_total=300)
    june = assess(store, "Ouandago", 100, {S.WASH: V.EXTREME, S.HEALTH: None})
    assess(store, "Ndomete", 20, {S.WASH: V.CATASTROPHIC})  # another village: not shown
    dialog = window.show_community(key_of(may))
    qtbot.addWidget(dialog)
    model = dialog.model
    assert [a.id for a in model.assessments] == [may.id, june.id, july.id]  # oldest left
    assert dialog.title_label.text() == "Ouandago (Village)"
    assert dialog.where_label.text() == (
        f"Kaga-Bandoro · Nana-Grébizi · 34N CN 06700 79630 · "
        f"3 assessments, {may.assessed_on} to {july.assessed_on}"
    )
    # WASH rose in June and fell in July; health not rated in June rose against May
    assert _row(model, S.WASH) == ["3 · Severe", "4 · Extreme ↑", "2 · Stressed ↓"]
    assert _row(model, S.HEALTH) == ["3 · Severe", "—", "4 · Extreme ↑"]
    assert _row(model, S.EDUCATION) == [None, None, None]  # not assessed: blank
    cell = model.index(model.row_of(S.WASH), 1)
    assert cell.data(Qt.ItemDataRole.BackgroundRole) == QColor(SEVERITY_HEX["4"])
    idps = next(
        r for r in range(model.rowCount()) if model.headerData(r, Qt.Orientation.Vertical) == "IDPs"
    )
    assert [model.index(idps, c).data() for c in range(3)] == ["300", "", "900"]
    assert dialog.charts.sectors == [S.WASH, S.HEALTH]
    # the selected column's assessment opens in its page
    dialog.table.selectColumn(1)
    with qtbot.waitSignal(dialog.open_requested) as opened:
        dialog.open_button.click()
    assert opened.args == ["assessment", june.id]


def _names(table) -> list[str]:
    model = table.model()
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_the_dashboard_names_overdue_communities_and_rises_not_falls(store, open_window, qtbot):
    assess(store, "Kpokpo", 150, {S.PROTECTION: V.SEVERE})  # overdue
    assess(store, "Ouandago", 60, {S.HEALTH: V.STRESSED})
    rose = assess(store, "Ouandago", 10, {S.HEALTH: V.EXTREME})  # rose
    assess(store, "Ndomete", 60, {S.WASH: V.EXTREME})
    assess(store, "Ndomete", 10, {S.WASH: V.MINIMAL})  # fell
    window = open_window()
    page = window.dashboard_page
    assert page.overdue_heading.text() == "Communities not assessed for more than 90 days"
    assert _names(page.overdue_table) == ["Kpokpo (Kaga-Bandoro)"]
    assert page.overdue_model.index(0, page.overdue_model.DAYS).data() == "150"
    assert _names(page.rises_table) == ["Ouandago (Kaga-Bandoro)"]
    rises = page.rises_model
    assert rises.index(0, rises.ROSE).data() == "Health 2→4"
    assert page.rises_label.text() == "1 community"
    # each line opens its community's trend
    double_click_row(qtbot, page.rises_table, 0)
    assert window.trend_dialog is not None and window.trend_dialog.isVisible()
    assert window.trend_dialog.key == key_of(rose)
    assert isinstance(window.trend_dialog.model, CommunityTrendModel)
    assert window.trend_dialog.model.columnCount() == 2


def test_changing_the_interval_changes_the_overdue_list(store, open_window, prompter, qtbot):
    assess(store, "Kpokpo", 150, {S.PROTECTION: V.SEVERE})
    assess(store, "Ouandago", 60, {S.HEALTH: V.STRESSED})
    window = open_window()
    page = window.dashboard_page
    assert _names(page.overdue_table) == ["Kpokpo (Kaga-Bandoro)"]
    prompter.settings_answer = replace(get_mission_settings(store), assessment_interval_days=45)
    page.interval_button.click()
    assert window.current_page() is page  # it stays in front, read again
    assert get_mission_settings(store).assessment_interval_days == 45
    assert page.overdue_heading.text() == "Communities not assessed for more than 45 days"
    assert _names(page.overdue_table) == ["Kpokpo (Kaga-Bandoro)", "Ouandago (Kaga-Bandoro)"]
    prompter.settings_answer = replace(get_mission_settings(store), assessment_interval_days=180)
    page.interval_button.click()
    assert window.current_page() is page  # it stays in front, read again
    assert _names(page.overdue_table) == []
    assert page.overdue_label.text() == "none"


def test_the_mission_rules_dialog_keeps_and_sets_the_interval(qtbot):
    from cimicdesk.domain.qip import MissionSettings
    from cimicdesk.ui.operation_dialogs import MissionSettingsDialog

    dialog = MissionSettingsDialog(MissionSettings(25_000.0, 3, assessment_interval_days=60))
    qtbot.addWidget(dialog)
    assert dialog.answer() == MissionSettings(25_000.0, 3, assessment_interval_days=60)
    dialog.interval_spin.setValue(120)
    dialog.months_spin.setValue(6)
    assert dialog.answer() == MissionSettings(25_000.0, 6, assessment_interval_days=120)
    assert dialog.interval_spin.minimum() == 7 and dialog.interval_spin.maximum() == 730


def test_the_assessments_page_opens_the_trend_of_the_assessment_shown(store, window, prompter):
    assess(store, "Ouandago", 60, {S.HEALTH: V.STRESSED})
    shown = assess(store, "Ouandago", 10, {S.HEALTH: V.EXTREME})
    page = window.show_page("assessments")
    page.new_record()
    button = page.findChild(QPushButton, "trendButton")
    button.click()  # a new assessment has no trend yet
    assert window.trend_dialog is None
    assert page.open_record(shown.id)
    button.click()
    assert window.trend_dialog.isVisible()
    assert window.trend_dialog.key == key_of(shown)
    assert [a.id for a in window.trend_dialog.model.assessments][-1] == shown.id


def test_a_database_without_assessments_shows_no_reminders(store, window):
    page = window.dashboard_page
    assert not page.overdue_table.isVisible() and not page.rises_heading.isVisible()
    assess(store, "Kpokpo", 150, {S.PROTECTION: V.SEVERE})
    page.reload()
    assert page.overdue_table.isVisible() and page.rises_heading.isVisible()
    assert page.rises_label.text() == "none"
