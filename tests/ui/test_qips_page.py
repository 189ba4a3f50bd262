"""QIPs page: create and edit, errors at their fields, the lifecycle's moves (a refused one
with its reasons), the tranche cap, photos with thumbnails, warnings and mission rules,
delete and undo, late projects marked, the list model."""

from __future__ import annotations

from ops_support import TO_APPROVED, day, make_qip, move, png, today
from PySide6.QtCore import Qt
from scripted_prompter import make_contact, make_org, replace_text
from table_cells import type_in_cell, type_in_open_editor

from cimicdesk.domain.enums import QipCategory, QipStatus
from cimicdesk.domain.qip import MissionSettings
from cimicdesk.store import qips
from cimicdesk.store.mission_settings import get_mission_settings
from cimicdesk.ui.models.operations import QipTableModel
from cimicdesk.ui.operation_dialogs import TransitionAnswer

S = QipStatus


def save(qtbot, page) -> None:
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)


def stored(store) -> list:
    return qips.list_qips(store).items


def test_create_a_project_then_edit_it(window, store, qtbot):
    partner = make_org(store, "Association des femmes de Kidjigra")
    page = window.show_page("qips")
    page.editor.refresh_choices()
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.title_label.text() == "New project"
    ui = page.editor.ui
    assert ui.numberLabel.text() == "(assigned when first saved)"
    assert page.editor.moves_note.text() == "Save the project to start its lifecycle."
    qtbot.keyClicks(ui.titleEdit, "Borehole for Kidjigra")
    ui.categoryCombo.setCurrentIndex(ui.categoryCombo.findData(QipCategory.WASH.value))
    qtbot.keyClicks(ui.objectiveEdit, "Answers the first need the chief named.")
    qtbot.keyClicks(ui.gridEdit, "34N DM 64090 37550")
    ui.partnerCombo.setCurrentIndex(ui.partnerCombo.findData(partner.id))
    ui.targetedWomenSpin.setValue(300)
    ui.targetedChildrenSpin.setValue(450)
    assert ui.targetedTotalLabel.text() == "750"
    ui.requestedSpin.setValue(18_500)
    qtbot.keyClick(page.table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    [listed] = stored(store)
    qip = qips.get_qip(store, listed.id)
    assert qip.number == "BANBAT1-QIP-2026-001"
    assert (qip.title, qip.category, qip.grid) == (
        "Borehole for Kidjigra",
        QipCategory.WASH,
        "34NDM6409037550",
    )
    assert qip.implementing_partner_id == partner.id
    assert (qip.targeted_women, qip.targeted_children, qip.budget_requested_usd) == (
        300,
        450,
        18_500,
    )
    assert qip.status is S.IDENTIFIED
    assert ui.statusLabel.text() == "Identified"
    assert ui.historyTable.rowCount() == 1
    assert ui.historyTable.item(0, 2).text() == "Identified"
    assert set(page.editor.transition_buttons) == {S.PROPOSAL_DRAFTED, S.CANCELLED}
    assert page.model.index(0, QipTableModel.NUMBER).data() == "BANBAT1-QIP-2026-001"

    replace_text(qtbot, ui.titleEdit, "Borehole and trough for Kidjigra")
    assert page.is_dirty()
    assert page.title_label.text().endswith("unsaved changes")
    qtbot.keyClick(page.table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert qips.get_qip(store, listed.id).title == "Borehole and trough for Kidjigra"
    assert page.model.index(0, QipTableModel.TITLE).data() == "Borehole and trough for Kidjigra"
    assert not page.is_dirty()


def test_each_rule_is_shown_at_its_field_and_the_input_is_kept(window, store, qtbot):
    page = window.show_page("qips")
    ui = page.editor.ui
    qtbot.keyClicks(ui.gridEdit, "99X ZZ 1")
    qtbot.keyClicks(ui.placeEdit, "Kidjigra")
    ui.approvedSpin.setValue(60_000)
    page.editor.dates["planned_start"].set_text("2026-12-01")
    page.editor.dates["planned_end"].set_text("2026-11-01")
    save(qtbot, page)
    assert stored(store) == []
    editor = page.editor
    assert editor.error_text("title") == "A project needs a title."
    assert ui.titleError.isVisible()
    assert editor.is_marked("title")
    assert "Zone 99 does not exist" in editor.error_text("grid")
    assert editor.error_text("planned_end") == "The planned end is before the planned start."
    assert ui.placeEdit.text() == "Kidjigra"
    assert ui.tabs.currentWidget() is ui.projectTab  # the first error's tab comes forward
    # Title fixed: the store's rules come next, each at its field.
    qtbot.keyClicks(ui.titleEdit, "Borehole")
    assert editor.error_text("title") == ""  # typing clears the message
    replace_text(qtbot, ui.gridEdit, "34N DM 64090 37550")
    page.editor.dates["planned_end"].set_text("2027-01-31")
    save(qtbot, page)
    assert stored(store) == []
    assert editor.error_text("budget_approved_usd") == (
        "The approved budget (USD 60,000) is above the mission's QIP ceiling of USD 50,000."
    )
    assert ui.tabs.currentWidget() is ui.budgetTab
    assert ui.tabs.tabBar().tabTextColor(ui.tabs.indexOf(ui.budgetTab)).name() == "#b00020"
    ui.approvedSpin.setValue(45_000)
    save(qtbot, page)
    assert len(stored(store)) == 1


def test_a_refused_move_shows_its_reasons_then_the_move_is_recorded(
    open_window, store, prompter, qtbot
):
    partner = make_org(store, "Mairie de Bambari")
    qip = move(store, make_qip(store), S.PROPOSAL_DRAFTED, S.SUBMITTED, S.UNDER_REVIEW)
    window = open_window()
    page = window.show_page("qips")
    page.open_record(qip.id)
    editor, ui = page.editor, page.editor.ui
    assert set(editor.transition_buttons) == {S.APPROVED, S.RETURNED, S.REJECTED, S.CANCELLED}
    approve = editor.transition_buttons[S.APPROVED]
    assert approve.text() == "Approve"
    assert "implementing partner is required" in approve.toolTip()
    assert editor.transition_buttons[S.CANCELLED].toolTip() == ("Move the project to “Cancelled”.")

    qtbot.mouseClick(approve, Qt.MouseButton.LeftButton)
    assert prompter.questions("transition") == []
    assert qips.get_qip(store, qip.id).status is S.UNDER_REVIEW
    assert editor.error_text("implementing_partner_id") == (
        "An implementing partner is required before the project is Approved."
    )
    assert editor.error_text("budget_approved_usd") == "Give the budget approved."
    assert page.message_label.text().startswith("Cannot move to “Approved”:")

    ui.tabs.setCurrentWidget(ui.projectTab)
    ui.partnerCombo.setCurrentIndex(ui.partnerCombo.findData(partner.id))
    ui.approvedSpin.setValue(18_000)
    assert "Not yet" not in editor.transition_buttons[S.APPROVED].toolTip()  # live
    prompter.transition_answers = [TransitionAnswer(today(), "Maj. Diallo", "PRC 14/2026")]
    qtbot.mouseClick(editor.transition_buttons[S.APPROVED], Qt.MouseButton.LeftButton)
    [asked] = prompter.questions("transition")
    assert "“Under review (PRC)” to “Approved”" in asked[2]
    moved = qips.get_qip(store, qip.id)
    assert moved.status is S.APPROVED
    assert moved.implementing_partner_id == partner.id  # saved before the move
    assert ui.statusLabel.text() == "Approved"
    last = ui.historyTable.rowCount() - 1
    assert [ui.historyTable.item(last, c).text() for c in range(5)] == [
        today().isoformat(),
        "Under review (PRC)",
        "Approved",
        "Maj. Diallo",
        "PRC 14/2026",
    ]
    assert "<b>● Approved</b>" in ui.stagesLabel.text()
    assert page.model.index(0, QipTableModel.STATUS).data() == "Approved"
    assert page.recorded_by == "Maj. Diallo"


def test_a_cancelled_question_moves_nothing_and_an_ended_project_has_no_moves(
    open_window, store, prompter, qtbot
):
    qip = make_qip(store)
    window = open_window()
    page = window.show_page("qips")
    page.open_record(qip.id)
    prompter.transition_answers = [None]
    assert not page.move_to(S.CANCELLED)
    assert qips.get_qip(store, qip.id).status is S.IDENTIFIED
    assert page.move_to(S.CANCELLED)  # the scripted answer gives the note it needs
    assert page.editor.transition_buttons == {}
    assert page.editor.moves_note.text() == "None: the project is cancelled."
    assert "● Cancelled" in page.editor.ui.stagesLabel.text()


def test_tranches_may_not_exceed_the_approved_budget(open_window, store, qtbot):
    partner = make_org(store, "Mairie de Bambari")
    qip = make_qip(store, implementing_partner_id=partner.id, budget_approved_usd=18_000.0)
    qip = move(store, qip, *TO_APPROVED, S.AGREEMENT_SIGNED)
    window = open_window()
    page = window.show_page("qips")
    editor, ui = page.editor, page.editor.ui
    ui.tabs.setCurrentWidget(ui.tranchesTab)
    table = ui.tranchesTable
    qtbot.mouseClick(ui.addTrancheButton, Qt.MouseButton.LeftButton)
    type_in_open_editor(qtbot, table, "10000")  # the new row's amount is open for typing
    type_in_cell(qtbot, table, 0, editor.PAID_ON, day(-1).replace("-", ""))
    row = editor.add_tranche()
    type_in_open_editor(qtbot, table, "9000")
    assert ui.disbursedLabel.text() == "Paid USD 19,000 of USD 18,000 approved (106 %)"
    save(qtbot, page)
    assert qips.get_qip(store, qip.id).tranches == []
    assert editor.error_text("tranches") == (
        "Disbursements (USD 19,000) would exceed the approved budget (USD 18,000)."
    )
    assert editor.is_marked("tranches")
    type_in_cell(qtbot, table, row, editor.AMOUNT, "7000")
    assert editor.error_text("tranches") == ""
    save(qtbot, page)
    saved = qips.get_qip(store, qip.id)
    assert [(t.paid_on, t.amount_usd) for t in saved.tranches] == [
        (day(-1), 10_000),
        (day(0), 7_000),
    ]
    assert ui.disbursedLabel.text() == "Paid USD 17,000 of USD 18,000 approved (94 %)"
    # Removing a tranche removes it from the record.
    table.setCurrentIndex(table.model().index(1, editor.REFERENCE))
    qtbot.mouseClick(ui.removeTrancheButton, Qt.MouseButton.LeftButton)
    save(qtbot, page)
    assert [t.amount_usd for t in qips.get_qip(store, qip.id).tranches] == [10_000]


def test_a_photo_added_to_a_new_visit_shows_as_a_thumbnail(
    open_window, store, prompter, qtbot, tmp_path
):
    qip = make_qip(store)
    window = open_window()
    page = window.show_page("qips")
    editor, ui = page.editor, page.editor.ui
    ui.tabs.setCurrentWidget(ui.visitsTab)
    qtbot.mouseClick(ui.addVisitButton, Qt.MouseButton.LeftButton)
    type_in_cell(qtbot, ui.visitsTable, 0, editor.PERCENT, "40")
    type_in_cell(qtbot, ui.visitsTable, 0, editor.FINDINGS, "Drilling done; pump not yet fitted.")
    prompter.photo_path = png(tmp_path / "pump.png")
    qtbot.mouseClick(ui.addPhotoButton, Qt.MouseButton.LeftButton)

    [visit] = qips.get_qip(store, qip.id).visits  # saved first, then the photo attached
    assert (visit.percent_complete, visit.findings) == (40, "Drilling done; pump not yet fitted.")
    [photo] = visit.photos
    assert (photo.filename, photo.width, photo.height) == ("pump.png", 96, 64)
    assert ui.photosList.count() == 1
    item = ui.photosList.item(0)
    assert item.text() == "pump.png"
    thumbnail = item.icon().pixmap(128, 128)
    assert not thumbnail.isNull()
    assert thumbnail.width() <= 128
    assert ui.photosHeading.text() == f"Photos of the visit of {today()} (1 photo)"
    assert not page.is_dirty()
    assert page.photo_folder == tmp_path  # the next photo is looked for there
    # Remove it again (asked first).
    ui.photosList.setCurrentRow(0)
    qtbot.mouseClick(ui.removePhotoButton, Qt.MouseButton.LeftButton)
    assert prompter.questions("confirm")[-1][1] == "Remove photo"
    assert ui.photosList.count() == 0
    assert qips.get_qip(store, qip.id).visits[0].photos == []


def test_a_file_that_is_no_photo_is_refused_plainly(open_window, store, prompter, qtbot, tmp_path):
    qip = make_qip(store)
    window = open_window()
    page = window.show_page("qips")
    page.editor.add_visit()
    page.save_record()
    notes = tmp_path / "notes.txt"
    notes.write_text("not a photo")
    prompter.photo_path = notes
    assert not page.add_photo()
    [(_, title, message)] = prompter.questions("error")
    assert title == "Photo not added"
    assert "is not a photo" in message
    assert qips.get_qip(store, qip.id).visits[0].photos == []


def test_warnings_show_and_the_mission_rules_change_them(window, store, prompter, qtbot):
    page = window.show_page("qips")
    editor, ui = page.editor, page.editor.ui
    assert not ui.warningLabel.isVisible()
    assert ui.settingsLabel.text() == (
        "Mission rules: at most USD 50,000 approved per project, finished within 6 months "
        "of the first disbursement."
    )
    editor.dates["planned_start"].set_text("2026-01-05")
    editor.dates["planned_end"].set_text("2026-12-20")
    ui.requestedSpin.setValue(60_000)
    assert ui.warningLabel.isVisible()
    warning = editor.warning_text()
    assert "The plan runs past 6 months from the start (5 Jan 2026)" in warning
    assert "The request (USD 60,000) is above the mission's ceiling of USD 50,000." in warning

    prompter.settings_answer = MissionSettings(qip_ceiling_usd=75_000.0, qip_max_months=12)
    qtbot.mouseClick(ui.changeSettingsButton, Qt.MouseButton.LeftButton)
    assert get_mission_settings(store) == MissionSettings(75_000.0, 12)
    assert "at most USD 75,000" in ui.settingsLabel.text()
    assert not ui.warningLabel.isVisible()
    prompter.settings_answer = MissionSettings(qip_ceiling_usd=75_000.0, qip_max_months=99)
    assert not page.change_settings()
    assert "1 to 60 months" in prompter.questions("error")[-1][2]


def test_late_projects_are_marked_in_the_list_and_the_editor(open_window, store, qtbot):
    make_qip(store, "Late borehole", planned_start=day(-120), planned_end=day(-12))
    make_qip(store, "School benches", category=QipCategory.EDUCATION, planned_end=day(40))
    window = open_window()
    page = window.show_page("qips")
    model = page.model
    rows = {model.index(r, model.TITLE).data(): r for r in range(model.rowCount())}
    late, fine = rows["Late borehole"], rows["School benches"]
    assert model.index(late, model.LATE).data() == "LATE 12 d"
    assert model.index(late, model.TITLE).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(fine, model.LATE).data() == ""
    assert model.index(fine, model.TITLE).data(Qt.ItemDataRole.BackgroundRole) is None
    page.open_record(model.record_at(late).id)
    assert "Late: the planned end" in page.editor.warning_text()
    # Filters: category, then status.
    page.category_combo.setCurrentIndex(page.category_combo.findData("education"))
    assert [model.record_at(r).title for r in range(model.rowCount())] == ["School benches"]
    assert page.count_label.text() == "1 project match"
    page.category_combo.setCurrentIndex(0)
    page.status_combo.setCurrentIndex(page.status_combo.findData(S.APPROVED.value))
    assert model.rowCount() == 0
    page.status_combo.setCurrentIndex(0)
    assert page.count_label.text() == "2 projects"


def test_delete_and_undo_a_project(open_window, store, prompter, qtbot):
    qip = make_qip(store)
    window = open_window()
    page = window.show_page("qips")
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert "BANBAT1-QIP-2026-001 · Borehole at Kidjigra" in prompter.questions("confirm")[-1][2]
    assert stored(store) == []
    assert "Deleted project" in page.undo_bar.label.text()
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [q.id for q in stored(store)] == [qip.id]
    assert page.editor.record_id == qip.id


def test_partner_and_focal_point_open_their_records(open_window, store, qtbot):
    partner = make_org(store, "Mairie de Bambari")
    chief = make_contact(store, "Jean-Pierre Ngaïkosset")
    make_qip(store, implementing_partner_id=partner.id, focal_point_id=chief.id)
    window = open_window()
    page = window.show_page("qips")
    qtbot.mouseClick(page.editor.ui.openPartnerButton, Qt.MouseButton.LeftButton)
    assert window.current_page() is window.organisations_page
    assert window.organisations_page.editor.record_id == partner.id
    window.show_page("qips")
    qtbot.mouseClick(page.editor.ui.openFocalPointButton, Qt.MouseButton.LeftButton)
    assert window.current_page() is window.contacts_page
    assert window.contacts_page.editor.record_id == chief.id


def test_qip_model_passes_the_model_tester(store, qtmodeltester):
    partner = make_org(store, "Mairie de Bambari")
    make_qip(store, "A", planned_end=day(-3))
    make_qip(store, "B", implementing_partner_id=partner.id, budget_approved_usd=12_500.5)
    model = QipTableModel(store)
    qtmodeltester.check(model)
    assert model.index(0, model.APPROVED).data() == "12,500.50"
    assert model.index(0, model.PARTNER).data() == "Mairie de Bambari"
    model.sort(model.TITLE, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(model)
    assert model.index(0, model.TITLE).data() == "A"
