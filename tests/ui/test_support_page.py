"""Support requests page: create with its rules at the fields, approval refused for the
last-resort test then accepted on higher HQ's override, the escort criteria, the decision,
awaiting requests marked and filtered, delete and undo, the list model."""

from __future__ import annotations

from ops_support import day, make_request
from PySide6.QtCore import Qt
from scripted_prompter import make_contact, make_org

from cimicdesk.domain.enums import SupportPriority, SupportStatus, SupportType, UniqueAdvantage
from cimicdesk.store import support_requests
from cimicdesk.ui.models.operations import SupportTableModel

St = SupportStatus


def stored(store) -> list:
    return support_requests.list_support_requests(store).items


def set_status(ui, status: SupportStatus) -> None:
    ui.statusCombo.setCurrentIndex(ui.statusCombo.findData(status.value))


def decide(page, by: str = "CO BANBAT 1") -> None:
    page.editor.decision_date.set_text(day(0))
    page.editor.ui.decidedByEdit.setText(by)


def test_create_a_request_purpose_required_at_its_field(window, store, qtbot):
    wfp = make_org(store, "World Food Programme", acronym="WFP")
    focal = make_contact(store, "Awa Sow")
    page = window.show_page("support")
    page.editor.refresh_choices()
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor, ui = page.editor, page.editor.ui
    ui.requesterCombo.setCurrentIndex(ui.requesterCombo.findData(wfp.id))
    ui.contactCombo.setCurrentIndex(ui.contactCombo.findData(focal.id))
    ui.typeCombo.setCurrentIndex(ui.typeCombo.findData(SupportType.AIR_TRANSPORT.value))
    ui.priorityCombo.setCurrentIndex(ui.priorityCombo.findData(SupportPriority.LIFESAVING.value))
    qtbot.keyClicks(ui.toGridEdit, "34N DM 1")
    ui.passengersSpin.setValue(6)
    ui.tonnesSpin.setValue(1.5)
    editor.date_required.set_text(day(3))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert stored(store) == []
    assert editor.error_text("purpose") == "State the humanitarian purpose."
    assert editor.error_text("to_grid") != ""
    qtbot.keyClicks(ui.purposeEdit, "Fly vaccines to Ndele before the cold chain fails.")
    ui.toGridEdit.clear()
    qtbot.keyClick(page.table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    [listed] = stored(store)
    request = support_requests.get_support_request(store, listed.id)
    assert request.number == "BANBAT1-MSR-2026-0001"
    assert (request.requesting_organisation_id, request.requesting_contact_id) == (wfp.id, focal.id)
    assert (request.request_type, request.priority) == (
        SupportType.AIR_TRANSPORT,
        SupportPriority.LIFESAVING,
    )
    assert (request.passengers, request.tonnes, request.date_required) == (6, 1.5, day(3))
    assert ui.awaitingLabel.text() == "awaiting decision"
    assert page.title_label.text() == (
        "BANBAT1-MSR-2026-0001 · Air transport · World Food Programme"
    )
    model = page.model
    assert model.index(0, model.STATUS).data() == "Received"
    assert model.index(0, model.STATUS).data(Qt.ItemDataRole.BackgroundRole) is not None


def test_approval_refused_for_the_last_resort_test_then_accepted_on_override(
    open_window, store, qtbot
):
    request = make_request(store)
    window = open_window()
    page = window.show_page("support")
    editor, ui = page.editor, page.editor.ui
    assert ui.escortGroup.isHidden()  # road transport: no escort criteria
    decide(page)
    set_status(ui, St.APPROVED)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert support_requests.get_support_request(store, request.id).status is St.RECEIVED
    assert editor.error_text("civilian_alternatives_checked") == (
        "Approval needs the last-resort test. Missing: Civilian alternatives checked: "
        "confirm no civilian asset can do it."
    )
    assert "Unique advantage" in editor.error_text("unique_advantage")
    assert "Complementarity" in editor.error_text("complementarity")
    assert "Exit plan" in editor.error_text("exit_plan")
    assert editor.error_text("status") == (
        "Not approved: the last-resort test is incomplete (missing: civilian alternatives "
        "checked, unique advantage, complementarity, exit plan). Complete it on the Last "
        "resort tab, or record higher HQ's override there."
    )
    assert ui.tabs.currentWidget() is ui.lastResortTab
    assert ui.lastResortSummary.text().startswith("Still missing: civilian alternatives")

    qtbot.keyClicks(ui.overrideReferenceEdit, "FHQ FRAGO 112/2026")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert editor.error_text("override_authority") == (
        "Name the HQ or officer who ordered the override."
    )
    qtbot.keyClicks(ui.overrideAuthorityEdit, "Force Commander")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    saved = support_requests.get_support_request(store, request.id)
    assert saved.status is St.APPROVED
    assert (saved.override_reference, saved.override_authority) == (
        "FHQ FRAGO 112/2026",
        "Force Commander",
    )
    assert editor.warning_text() == (
        "⚠ Approved without the full last-resort test on higher HQ's order (FHQ FRAGO 112/2026)."
    )
    assert ui.warningLabel.isVisible()
    assert not ui.awaitingLabel.isVisible()


def test_a_complete_test_approves_and_an_escort_needs_its_four_criteria(open_window, store, qtbot):
    request = make_request(store, request_type=SupportType.CONVOY_ESCORT)
    window = open_window()
    page = window.show_page("support")
    editor, ui = page.editor, page.editor.ui
    assert not ui.escortGroup.isHidden()
    ui.tabs.setCurrentWidget(ui.lastResortTab)
    ui.civilianCheck.setChecked(True)
    editor.advantage_checks[UniqueAdvantage.TIMELINESS].setChecked(True)
    qtbot.keyClicks(ui.complementarityEdit, "Escort only; WFP trucks carry the food.")
    qtbot.keyClicks(ui.exitPlanEdit, "Civilian convoys resume once the road is secure.")
    assert "escort: need and criticality" in ui.lastResortSummary.text()
    decide(page)
    set_status(ui, St.APPROVED)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert support_requests.get_support_request(store, request.id).status is St.RECEIVED
    assert editor.error_text("escort_security") == (
        "Approval needs the last-resort test. Missing: IASC escort criterion not answered: "
        "Safety and security."
    )
    assert editor.is_marked("escort_need")
    for field, (combo, note) in editor.criteria.items():
        combo.setCurrentIndex(combo.findData("no" if field == "escort_security" else "yes"))
        note.setText("Checked with OCHA")
    assert editor.error_text("escort_security") == ""
    assert ui.lastResortSummary.text() == "✓ Last-resort test complete."
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    saved = support_requests.get_support_request(store, request.id)
    assert saved.status is St.APPROVED
    assert saved.unique_advantage == (UniqueAdvantage.TIMELINESS,)
    assert (saved.escort_need, saved.escort_security) == (True, False)
    assert editor.warning_text() == "⚠ IASC escort criterion not met: Safety and security."
    # Not an escort any more: the criteria are hidden.
    ui.typeCombo.setCurrentIndex(ui.typeCombo.findData(SupportType.ENGINEERING.value))
    assert ui.escortGroup.isHidden()


def test_a_decision_needs_its_date_author_and_for_a_refusal_its_reason(open_window, store, qtbot):
    request = make_request(store)
    window = open_window()
    page = window.show_page("support")
    editor, ui = page.editor, page.editor.ui
    set_status(ui, St.REJECTED)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert editor.error_text("decision_date") == "Give the date of the decision."
    assert editor.error_text("decided_by") == "Say who decided."
    assert editor.error_text("decision_reason") == "Give the reason for the refusal."
    assert editor.error_text("status") == ""  # a refusal needs no last-resort test
    assert ui.tabs.currentWidget() is ui.decisionTab
    decide(page, "COS Sector West")
    qtbot.keyClicks(ui.decisionReasonEdit, "UNHAS can fly it on Thursday.")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert support_requests.get_support_request(store, request.id).status is St.REJECTED


def test_awaiting_requests_marked_and_filtered_delete_and_undo(open_window, store, prompter, qtbot):
    waiting = make_request(store, from_place="Bria")
    make_request(store, from_place="Ippy", status=St.CANCELLED)
    window = open_window()
    page = window.show_page("support")
    model = page.model
    assert model.rowCount() == 2
    page.awaiting_check.setChecked(True)
    assert [model.record_at(r).id for r in range(model.rowCount())] == [waiting.id]
    assert page.count_label.text() == "1 support request match"
    page.awaiting_check.setChecked(False)
    page.type_combo.setCurrentIndex(page.type_combo.findData(SupportType.MEDICAL_CASEVAC.value))
    assert model.rowCount() == 0
    page.type_combo.setCurrentIndex(0)
    page.open_record(waiting.id)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert waiting.id not in {r.id for r in stored(store)}
    window.show_page("dashboard")
    assert window.dashboard_page.support_model.rowCount() == 0
    page = window.show_page("support")
    qtbot.mouseClick(page.undo_bar.undo_button, Qt.MouseButton.LeftButton)
    assert page.editor.record_id == waiting.id
    window.show_page("dashboard")
    assert window.dashboard_page.support_model.rowCount() == 1


def test_requester_and_contact_open_their_records(open_window, store, qtbot):
    wfp = make_org(store, "World Food Programme")
    awa = make_contact(store, "Awa Sow")
    make_request(store, requesting_organisation_id=wfp.id, requesting_contact_id=awa.id)
    window = open_window()
    page = window.show_page("support")
    qtbot.mouseClick(page.editor.ui.openRequesterButton, Qt.MouseButton.LeftButton)
    assert window.organisations_page.editor.record_id == wfp.id
    window.show_page("support")
    qtbot.mouseClick(page.editor.ui.openContactButton, Qt.MouseButton.LeftButton)
    assert window.contacts_page.editor.record_id == awa.id


def test_support_model_passes_the_model_tester(store, qtmodeltester):
    wfp = make_org(store, "World Food Programme")
    make_request(store, requesting_organisation_id=wfp.id, priority=SupportPriority.LIFESAVING)
    make_request(store, status=St.CANCELLED)
    model = SupportTableModel(store)
    qtmodeltester.check(model)
    model.sort(model.PRIORITY, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(model)
    assert model.index(0, model.PRIORITY).data() == "Lifesaving"
    assert model.index(0, model.REQUESTER).data() == "World Food Programme"
    assert model.index(0, model.PRIORITY).data(Qt.ItemDataRole.ForegroundRole) is not None
