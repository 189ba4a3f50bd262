"""Assessments page: an assessment entered from the keyboard alone in the order of the visit,
saved and listed with its worst severity; refused saves shown at their fields with nothing
written; sector rows keeping their ids; population not known read back as None; filters;
delete and undo; the page in the window's navigation."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from ops_support import day
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QWidget
from scripted_prompter import make_contact, make_org, search_for
from table_cells import type_in_cell, type_in_open_editor, wait_closed

from cimicdesk.domain.assessment import Assessment, SectorRating
from cimicdesk.domain.enums import (
    ActionAddressee,
    AssessmentMethod,
    AssessmentSector,
    CommunityKind,
    InfrastructureKind,
    InfrastructureState,
    Sensitivity,
    Severity,
)
from cimicdesk.domain.masking import restricted_code
from cimicdesk.store import assessments
from cimicdesk.store.editor_drafts import save_draft
from cimicdesk.ui.editors.liaison import to_qt
from cimicdesk.ui.models.assessments import AssessmentTableModel
from cimicdesk.ui.severity import COLOURS

SECTOR = AssessmentSector
# The offscreen platform says so of every popup (a picker's suggestions are one).
POPUP_WARNINGS = pytest.mark.qt_log_ignore(
    r"This plugin does not support (raise|grabbing the keyboard|propagateSizeHints)"
)
CTRL = Qt.KeyboardModifier.ControlModifier
M = AssessmentTableModel


def here(offset: int) -> str:
    """YYYY-MM-DD, `offset` days from this computer's day (the day an assessment is dated
    by default and checked against)."""
    return (date.today() + timedelta(days=offset)).isoformat()


def stored(store) -> list[Assessment]:
    return assessments.list_assessments(store).items


def make_assessment(store, name="Ndomété", *, severities=None, **kw) -> Assessment:
    """An assessment saved through the store: each sector of `severities` rated ('' not rated)."""
    rated = severities if severities is not None else {SECTOR.WASH: "3"}
    sectors = [
        SectorRating(sector=sector, severity=Severity(level) if level else None)
        for sector, level in rated.items()
    ]
    fields = {"assessed_on": day(-3), "team": "CIMIC team 2", **kw}
    return assessments.save_assessment(
        store, Assessment(community_name=name, sectors=sectors, **fields)
    )


def tab_to(qtbot, target: QWidget, limit: int = 80) -> int:
    """Press Tab until `target` has the focus; how many presses it took."""
    for presses in range(1, limit + 1):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if QApplication.focusWidget() is target or target.isAncestorOf(QApplication.focusWidget()):
            return presses
    raise AssertionError(f"Tab never reached {target.objectName()}")


def cell(page, row: int, column: int) -> str:
    return page.model.index(row, column).data()


@POPUP_WARNINGS
def test_enter_an_assessment_from_the_keyboard_and_find_it_in_the_list(window, store, qtbot):
    partner = make_org(store, "Danish Refugee Council")
    page = window.show_page("assessments")
    page.editor.refresh_choices()
    qtbot.keyClick(page.table, Qt.Key.Key_N, CTRL)
    editor, ui = page.editor, page.editor.ui
    assert page.title_label.text() == "New assessment"
    assert QApplication.focusWidget() is ui.kindCombo
    assert ui.dateEdit.date().toString("yyyy-MM-dd") == here(0)  # today by default
    assert ui.teamEdit.text() == "BANBAT 1"  # no assessment yet: the unit's name
    qtbot.keyClick(ui.kindCombo, Qt.Key.Key_I)  # "IDP site"
    tab_to(qtbot, ui.nameEdit)
    qtbot.keyClicks(ui.nameEdit, "Site de Lazare")
    tab_to(qtbot, ui.adm1Edit)
    qtbot.keyClicks(ui.adm1Edit, "Ouaka")
    tab_to(qtbot, ui.adm2Edit)
    qtbot.keyClicks(ui.adm2Edit, "Bambari")
    tab_to(qtbot, ui.gridEdit)
    qtbot.keyClicks(ui.gridEdit, "34N DM 64090 37550")
    tab_to(qtbot, ui.teamEdit)
    ui.teamEdit.selectAll()
    qtbot.keyClicks(ui.teamEdit, "BANBAT1 CIMIC team 2")
    tab_to(qtbot, ui.jointPicker)
    qtbot.keyClicks(ui.jointPicker.lineEdit(), "Danish")
    qtbot.keyClick(ui.jointPicker.lineEdit(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ui.joint_list.ids() == (partner.id,))
    idps = ui.population_edits[("idps", "total")]
    tab_to(qtbot, idps)
    qtbot.keyClicks(idps, "3500")
    tab_to(qtbot, ui.population_edits[("idps", "women")])
    qtbot.keyClicks(QApplication.focusWidget(), "1100")
    assert editor.known_total("idps") == "= 3,500"
    access = ui.severity_combos[SECTOR.ACCESS_SECURITY]
    tab_to(qtbot, access)
    qtbot.keyClick(access, Qt.Key.Key_2)  # typing the digit chooses the level
    tab_to(qtbot, ui.facts_edits[SECTOR.ACCESS_SECURITY])
    qtbot.keyClicks(QApplication.focusWidget(), "Road open; one checkpoint at PK 12.")
    wash = ui.severity_combos[SECTOR.WASH]
    tab_to(qtbot, wash)
    qtbot.keyClick(wash, Qt.Key.Key_4)
    tab_to(qtbot, ui.sources_edits[SECTOR.WASH])
    qtbot.keyClicks(QApplication.focusWidget(), "Site manager, own observation")
    tab_to(qtbot, ui.infrastructureTable)
    qtbot.keyClick(ui.infrastructureTable, Qt.Key.Key_Insert)  # a row, its kind open
    kind_editor = QApplication.focusWidget()
    qtbot.keyClick(kind_editor, Qt.Key.Key_W)  # "Water point"
    qtbot.keyClick(kind_editor, Qt.Key.Key_Return)
    wait_closed(qtbot, ui.infrastructureTable)
    type_in_cell(qtbot, ui.infrastructureTable, 0, 2, "Borehole, pump broken")
    qtbot.keyClick(ui.infrastructureTable, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    type_in_open_editor(qtbot, ui.actionsTable, "Refer the borehole to the WASH cluster")
    tab_to(qtbot, ui.summaryEdit)
    qtbot.keyClicks(ui.summaryEdit, "Water is the first need.")
    qtbot.keyClick(ui.summaryEdit, Qt.Key.Key_S, CTRL)

    [listed] = stored(store)
    saved = assessments.get_assessment(store, listed.id)
    assert saved.reference.startswith("BANBAT1-ASM-")
    assert (saved.community_kind, saved.community_name, saved.adm1, saved.adm2) == (
        CommunityKind.IDP_SITE,
        "Site de Lazare",
        "Ouaka",
        "Bambari",
    )
    assert (saved.grid, saved.team, saved.assessed_on) == (
        "34NDM6409037550",
        "BANBAT1 CIMIC team 2",
        here(0),
    )
    assert saved.joint_organisation_ids == (partner.id,)
    assert (saved.idps_total, saved.idps_women, saved.idps_men) == (3500, 1100, None)
    assert {s.sector: s.severity for s in saved.live_sectors()} == {
        SECTOR.ACCESS_SECURITY: Severity.STRESSED,
        SECTOR.WASH: Severity.EXTREME,
    }
    assert saved.severity_of(SECTOR.ACCESS_SECURITY) is Severity.STRESSED
    [access_row] = [s for s in saved.live_sectors() if s.sector is SECTOR.ACCESS_SECURITY]
    assert access_row.key_facts == "Road open; one checkpoint at PK 12."
    [item] = saved.infrastructure
    assert (item.kind, item.state, item.note) == (
        InfrastructureKind.WATER_POINT,
        InfrastructureState.FUNCTIONAL,
        "Borehole, pump broken",
    )
    [action] = saved.actions
    assert action.description == "Refer the borehole to the WASH cluster"
    assert saved.summary == "Water is the first need."
    assert not editor.dirty
    assert page.model.rowCount() == 1
    assert cell(page, 0, M.COMMUNITY) == "Site de Lazare"
    assert cell(page, 0, M.KIND) == "IDP site"
    assert cell(page, 0, M.WHERE) == "Ouaka / Bambari"
    assert cell(page, 0, M.WORST) == "4 · Extreme"
    colour = page.model.index(0, M.WORST).data(Qt.ItemDataRole.BackgroundRole).color()
    assert colour.name() == COLOURS[Severity.EXTREME][0]
    # The next new assessment starts with the team this database used last.
    page.new_record()
    assert ui.teamEdit.text() == "BANBAT1 CIMIC team 2"


def test_tab_goes_through_the_form_in_the_order_of_the_visit(window, qtbot):
    page = window.show_page("assessments")
    page.new_record()
    ui = page.editor.ui
    visit = [
        ui.nameEdit,
        ui.adm1Edit,
        ui.adm2Edit,
        ui.placeEdit,
        ui.gridEdit,
        ui.dateEdit,
        ui.teamEdit,
        ui.jointPicker,
        ui.method_checks[AssessmentMethod.DIRECT_OBSERVATION],
        ui.informantsPicker,
        ui.population_edits[("resident", "total")],
        ui.population_edits[("returnees", "children")],
        ui.severity_combos[SECTOR.ACCESS_SECURITY],
        ui.facts_edits[SECTOR.ACCESS_SECURITY],
        ui.sources_edits[SECTOR.ACCESS_SECURITY],
        ui.severity_combos[SECTOR.LIVELIHOODS],
        ui.infrastructureTable,
        ui.presentPicker,
        ui.actionsTable,
        ui.summaryEdit,
    ]
    ui.kindCombo.setFocus()
    walked = [ui.kindCombo]
    while QApplication.focusWidget() is not ui.summaryEdit and len(walked) < 120:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        walked.append(QApplication.focusWidget())
    assert walked[-1] is ui.summaryEdit
    assert all(page.editor.isAncestorOf(w) for w in walked[1:])  # never out of the form
    positions = [walked.index(w) for w in visit]  # each one reached…
    assert positions == sorted(positions)  # …in the order of the visit
    assert positions[0] == 1  # the name straight after the kind


def test_a_refused_save_shows_why_at_the_fields_and_writes_nothing(window, store, qtbot):
    page = window.show_page("assessments")
    page.new_record()
    editor, ui = page.editor, page.editor.ui
    qtbot.keyClicks(ui.nameEdit, "Gbakolo")
    ui.dateEdit.setDate(QDate.fromString(here(2), "yyyy-MM-dd"))
    qtbot.keyClicks(ui.population_edits[("resident", "total")], "100")
    qtbot.keyClicks(ui.population_edits[("resident", "children")], "80")
    qtbot.keyClicks(ui.population_edits[("resident", "women")], "40")
    assert editor.known_total("resident") == "= 100"
    assert not page.save_record()
    assert editor.error_text("assessed_on") == "The assessment cannot be dated in the future."
    assert editor.is_marked("assessed_on")
    assert editor.error_text("sectors") == "Rate the severity of at least one sector."
    assert editor.error_text("resident_total") == (
        "Women, men and children (120) are more than the total (100)."
    )
    assert editor.is_marked("resident_total")
    assert page.message_label.text() == "Not saved: correct the fields marked in red."
    assert assessments.count_assessments(store, None) == 0
    assert page.model.rowCount() == 0
    assert editor.dirty  # what was typed is kept
    assert ui.nameEdit.text() == "Gbakolo"
    # A sector looked at but not rated is no rating: still refused.
    qtbot.keyClicks(ui.facts_edits[SECTOR.HEALTH], "Health post closed")
    ui.dateEdit.setDate(QDate.fromString(here(0), "yyyy-MM-dd"))
    assert not page.save_record()
    assert editor.error_text("sectors") == "Rate the severity of at least one sector."
    assert editor.error_text("assessed_on") == ""
    assert assessments.count_assessments(store, None) == 0


def test_editing_keeps_the_ids_of_the_sector_rows(window, store, qtbot):
    first = make_assessment(store, severities={SECTOR.WASH: "3", SECTOR.HEALTH: ""})
    ids = {s.sector: s.id for s in first.live_sectors()}
    page = window.show_page("assessments")
    assert page.open_record(first.id)
    ui = page.editor.ui
    qtbot.keyClick(ui.severity_combos[SECTOR.WASH], Qt.Key.Key_5)
    qtbot.keyClick(ui.severity_combos[SECTOR.HEALTH], Qt.Key.Key_2)
    qtbot.keyClicks(ui.facts_edits[SECTOR.HEALTH], "Measles cases reported")
    assert page.save_record()
    again = assessments.get_assessment(store, first.id)
    assert {s.sector: s.id for s in again.live_sectors()} == ids
    assert again.severity_of(SECTOR.WASH) is Severity.CATASTROPHIC
    assert again.severity_of(SECTOR.HEALTH) is Severity.STRESSED
    assert cell(page, page.model.row_of(first.id), M.WORST) == "5 · Catastrophic"


def test_population_left_empty_reads_back_as_not_known(window, store, qtbot):
    page = window.show_page("assessments")
    page.new_record()
    ui = page.editor.ui
    qtbot.keyClicks(ui.nameEdit, "Gbakolo")
    qtbot.keyClicks(ui.population_edits[("resident", "men")], "0")
    qtbot.keyClicks(ui.population_edits[("returnees", "total")], "250")
    qtbot.keyClick(ui.severity_combos[SECTOR.FOOD_SECURITY], Qt.Key.Key_3)
    assert page.save_record()
    saved = assessments.get_assessment(store, page.editor.record_id)
    assert saved.resident_men == 0  # none, typed
    assert saved.resident_total is None and saved.resident_women is None  # not known
    assert (saved.idps_total, saved.idps_children) == (None, None)
    assert saved.returnees_total == 250
    assert saved.population_total("idps") is None
    page.editor.load(saved)
    assert ui.population_edits[("resident", "total")].text() == ""
    assert ui.population_edits[("resident", "men")].text() == "0"
    assert page.editor.known_total("idps") == ""


def test_filters_by_text_kind_severity_and_sector(window, store, qtbot):
    make_assessment(store, "Ndomété", severities={SECTOR.WASH: "4"})
    make_assessment(
        store,
        "Site de Lazare",
        community_kind=CommunityKind.IDP_SITE,
        severities={SECTOR.PROTECTION: "2", SECTOR.HEALTH: "3"},
    )
    make_assessment(
        store,
        "Marché central",
        community_kind=CommunityKind.MARKET,
        assessed_on=day(-400),
        severities={SECTOR.FOOD_SECURITY: "1"},
    )
    page = window.show_page("assessments")
    assert page.from_date.value() is None  # any time, until the officer sets a day
    assert page.model.rowCount() == 3

    def names() -> set[str]:
        return {cell(page, row, M.COMMUNITY) for row in range(page.model.rowCount())}

    page.kind_combo.setCurrentIndex(page.kind_combo.findData(CommunityKind.IDP_SITE.value))
    assert names() == {"Site de Lazare"}
    page.kind_combo.setCurrentIndex(0)
    page.severity_combo.setCurrentIndex(page.severity_combo.findData("3"))
    assert page.severity_combo.currentText() == "3 · Severe or worse"
    assert names() == {"Ndomété", "Site de Lazare"}
    page.severity_combo.setCurrentIndex(page.severity_combo.findData("4"))
    assert names() == {"Ndomété"}
    page.severity_combo.setCurrentIndex(0)
    page.sector_combo.setCurrentIndex(page.sector_combo.findData(SECTOR.PROTECTION.value))
    assert names() == {"Site de Lazare"}
    page.sector_combo.setCurrentIndex(0)
    qtbot.keyClicks(page.filter_edit, "march")  # the beginning of a word
    page.apply_filters()
    assert names() == {"Marché central"}
    assert page.count_label.text() == "1 assessment match"
    page.filter_edit.clear()
    page.from_date.set_value(to_qt(f"{day(-30)}T00:00:00.000Z"))  # the last 30 days
    page.apply_filters()
    assert names() == {"Ndomété", "Site de Lazare"}


def test_delete_and_undo(window, store, prompter, qtbot):
    kept = make_assessment(store, "Ndomété")
    page = window.show_page("assessments")
    assert page.open_record(kept.id)
    assert page.delete_record()
    assert prompter.asked[-1][0] == "confirm"
    assert page.model.rowCount() == 0
    assert assessments.count_assessments(store, None) == 0
    assert page.undo_delete()
    assert page.model.rowCount() == 1
    assert page.editor.record_id == kept.id
    assert assessments.get_assessment(store, kept.id).community_name == "Ndomété"


def test_escape_drops_the_changes_after_asking(window, store, prompter, qtbot):
    kept = make_assessment(store, "Ndomété")
    page = window.show_page("assessments")
    assert page.open_record(kept.id)
    ui = page.editor.ui
    qtbot.keyClicks(ui.nameEdit, " nord")
    assert page.editor.dirty
    prompter.confirm_answers = [False]
    qtbot.keyClick(ui.nameEdit, Qt.Key.Key_Escape)
    assert page.editor.dirty and ui.nameEdit.text() == "Ndomété nord"  # kept: the officer said no
    qtbot.keyClick(ui.nameEdit, Qt.Key.Key_Escape)
    assert not page.editor.dirty
    assert ui.nameEdit.text() == "Ndomété"
    assert assessments.get_assessment(store, kept.id).community_name == "Ndomété"


def test_an_unsaved_assessment_survives_as_a_draft_with_its_rows(window, store, qtbot):
    partner = make_org(store, "Mercy Corps")
    page = window.show_page("assessments")
    page.editor.refresh_choices()
    page.new_record()
    editor, ui = page.editor, page.editor.ui
    qtbot.keyClicks(ui.nameEdit, "Ngoumbele")
    qtbot.keyClick(ui.severity_combos[SECTOR.EDUCATION], Qt.Key.Key_3)
    qtbot.keyClicks(ui.population_edits[("idps", "children")], "640")
    editor.add_infrastructure()
    type_in_cell(qtbot, ui.infrastructureTable, 0, 2, "School roof gone")
    row = editor.add_action()
    type_in_open_editor(qtbot, ui.actionsTable, "Tarpaulins for the school")
    editor.actions_model.setData(editor.actions_model.index(row, 1), ActionAddressee.MISSION.value)
    ui.present_list.add(partner.id)
    informant = make_contact(store, "Awa Diallo")
    ui.informant_list.add(informant.id)
    values, lists = editor.draft()
    editor.load(None)
    assert ui.nameEdit.text() == ""
    editor.apply_draft(values, lists)
    assessment = editor.to_record()
    assert assessment.community_name == "Ngoumbele"
    assert assessment.severity_of(SECTOR.EDUCATION) is Severity.SEVERE
    assert assessment.idps_children == 640 and assessment.idps_total is None
    assert [i.note for i in assessment.infrastructure] == ["School roof gone"]
    assert [(a.description, a.addressed_to) for a in assessment.actions] == [
        ("Tarpaulins for the school", ActionAddressee.MISSION)
    ]
    assert assessment.present_organisation_ids == (partner.id,)
    assert assessment.informant_contact_ids == (informant.id,)


def test_the_page_is_in_the_navigation_and_the_view_menu(window, store, qtbot):
    kept = make_assessment(store, "Ndomété")
    navigation = window.ui.navigationList
    titles = [navigation.item(r).text() for r in range(navigation.count())]
    assert titles.index("Assessments") == titles.index("Support requests") + 1
    action = window.page_actions["assessments"]
    assert action.text() == "&Assessments"
    assert action.shortcut() == QKeySequence()  # every Ctrl+digit is another page's
    assert window.page_actions["map"].shortcut() == QKeySequence("Ctrl+0")  # theirs kept
    action.trigger()
    assert window.current_page() is window.pages["assessments"]
    assert window.open_record("assessment", kept.id)
    assert window.pages["assessments"].editor.record_id == kept.id


@POPUP_WARNINGS
def test_assessing_a_community_again_offers_where_it_was_recorded(window, store, qtbot):
    make_assessment(
        store,
        "Ndomété",
        community_kind=CommunityKind.VILLAGE,
        adm1="Nana-Grébizi",
        adm2="Kaga-Bandoro",
        grid="34NDM6409037550",
        assessed_on=day(-90),
    )
    make_assessment(store, "Ndomété", adm1="Nana-Grébizi", grid="34NDM6409037550")  # later
    make_assessment(store, "Ndolo", community_kind=CommunityKind.IDP_SITE)
    page = window.show_page("assessments")
    page.new_record()
    ui = page.editor.ui
    ui.nameEdit.setFocus()
    qtbot.keyClicks(ui.nameEdit, "ndom")
    model = ui.nameEdit.completer().model()
    shown = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert shown == [f"Ndomété (Village, Nana-Grébizi, {day(-3)})"]  # one per community
    assert ui.nameEdit.text() == "ndom"  # nothing typed for the officer
    popup = ui.nameEdit.completer().popup()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert ui.nameEdit.text() == "Ndomété"
    assert ui.gridEdit.text() == "34N DM 64090 37550"
    assert ui.adm1Edit.text() == "Nana-Grébizi"
    assert ui.kindCombo.currentData() == CommunityKind.VILLAGE.value


def test_found_by_the_window_s_search_and_counted_in_the_status_bar(open_window, store, qtbot):
    kept = make_assessment(store, "Ndomete", team="BANBAT1 CIMIC team 2")
    window = open_window()
    assert "1 assessment" in window.count_label.toolTip()
    page = search_for(window, qtbot, "ndomete")
    model = page.model
    assert model.rowCount() == 1
    assert model.index(0, model.KIND).data() == "Assessment"
    page.table.selectRow(0)
    assert page.open_selected()
    assert window.current_page() is window.pages["assessments"]
    assert window.pages["assessments"].editor.record_id == kept.id


def test_zero_sets_a_sector_back_to_not_rated(window, store, qtbot):
    kept = make_assessment(store, severities={SECTOR.WASH: "3", SECTOR.HEALTH: "2"})
    page = window.show_page("assessments")
    assert page.open_record(kept.id)
    wash = page.editor.ui.severity_combos[SECTOR.WASH]
    assert wash.currentText() == "3 · Severe"
    qtbot.keyClick(wash, Qt.Key.Key_0)
    assert wash.currentText() == "— not rated" and wash.currentData() == ""
    assert page.save_record()
    again = assessments.get_assessment(store, kept.id)
    assert again.severity_of(SECTOR.WASH) is None
    assert again.severity_of(SECTOR.HEALTH) is Severity.STRESSED


def test_an_error_out_of_sight_is_scrolled_to(window, store, qtbot):
    page = window.show_page("assessments")
    page.new_record()
    ui = page.editor.ui
    qtbot.keyClicks(ui.nameEdit, "Gbakolo")
    bar = page.editor_scroll.verticalScrollBar()
    assert bar.value() == 0
    assert not page.save_record()  # no sector rated: the error is under the sectors
    anchor = ui.severity_combos[SECTOR.ACCESS_SECURITY]
    assert QApplication.focusWidget() is anchor
    assert bar.value() > 0
    viewport = page.editor_scroll.viewport()
    top = anchor.mapTo(viewport, anchor.rect().topLeft()).y()
    assert 0 <= top <= viewport.height() - anchor.height()


def test_a_draft_left_by_a_crash_is_listed_on_the_dashboard_and_restored(
    store, prompter, open_window, db_path, qtbot
):
    kept = make_assessment(store, "Ndomété")
    save_draft(db_path, f"assessments/{kept.id}", {"nameEdit": "Ndomété nord"}, {})
    window = open_window()
    recovered = window.pages["dashboard"].recovered
    texts = [recovered.drafts_list.item(r).text() for r in range(recovered.drafts_list.count())]
    assert len(texts) == 1
    assert texts[0].startswith(f"Assessment: {kept.reference} Ndomété — changes of ")
    prompter.confirm_answers = [True]  # "Restore the unsaved changes?"
    recovered.open_button.click()
    page = window.current_page()
    assert page.KEY == "assessments" and page.editor.record_id == kept.id
    assert page.editor.ui.nameEdit.text() == "Ndomété nord"
    assert page.editor.dirty


@POPUP_WARNINGS
def test_key_informants_are_picked_from_the_contacts_a_restricted_one_by_its_code(
    window, store, qtbot
):
    chief = make_contact(store, "Jean-Pierre Yakoma")
    source = make_contact(store, "Bruno Kette", sensitivity=Sensitivity.RESTRICTED)
    code = restricted_code(source.id)
    page = window.show_page("assessments")
    page.editor.refresh_choices()
    page.new_record()
    editor, ui = page.editor, page.editor.ui
    qtbot.keyClicks(ui.nameEdit, "Gbakolo")
    qtbot.keyClick(ui.severity_combos[SECTOR.HEALTH], Qt.Key.Key_2)
    tab_to(qtbot, ui.informantsPicker)
    qtbot.keyClicks(ui.informantsPicker.lineEdit(), "Yakoma")
    qtbot.keyClick(ui.informantsPicker.lineEdit(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ui.informant_list.ids() == (chief.id,))
    qtbot.keyClicks(ui.informantsPicker.lineEdit(), code)
    qtbot.keyClick(ui.informantsPicker.lineEdit(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ui.informant_list.ids() == (chief.id, source.id))
    shown = [ui.informant_list.listed.item(r).text() for r in range(2)]
    assert shown[1] == f"Restricted contact {code}"
    assert "Kette" not in " ".join(shown)
    qtbot.keyClicks(ui.informantsPicker.lineEdit(), "Nobody")
    qtbot.keyClick(ui.informantsPicker.lineEdit(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(editor.error_text("informant_contact_ids")))
    assert editor.error_text("informant_contact_ids").startswith("No contact is called 'Nobody'")
    assert page.save_record()
    saved = assessments.get_assessment(store, editor.record_id)
    assert saved.informant_contact_ids == (chief.id, source.id)
    editor.load(saved)  # read back: the source still by its code
    assert ui.informant_list.listed.item(1).text() == f"Restricted contact {code}"
    ui.informant_list.listed.setCurrentRow(0)
    qtbot.keyClick(ui.informant_list.listed, Qt.Key.Key_Delete)
    assert editor.to_record().informant_contact_ids == (source.id,)
