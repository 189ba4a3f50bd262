"""Crash-proof drafts cover every field of every editor: choices, dates and times, check
boxes, spin boxes, lists of check boxes and the lists edited inside the editor. Each test
changes the fields in a real window over a real file, lets the autosave write the draft,
crashes (the window is dropped unclosed; the liaison test kills a real process) and
reopens the file in a new window: the changes must come back exactly, shown as unsaved,
and save as they were typed."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

import pytest
from crash_child import EXPECTED
from ops_support import TO_APPROVED, day, make_incident, make_qip, make_request, move
from PySide6.QtCore import QDate, QDateTime, QPoint, Qt, QTime
from robust_support import CHILD_PATH
from scripted_prompter import action, make_contact, make_entry, make_org, replace_text
from table_cells import pick_day, type_in_cell, type_in_open_editor

from cimicdesk.app import build_main_window
from cimicdesk.domain.enums import (
    ActionStatus,
    Cluster,
    ContactCategory,
    Gender,
    IncidentCategory,
    IncidentStatus,
    LiaisonType,
    LocationPrecision,
    OrgType,
    QipCategory,
    QipStatus,
    Sensitivity,
    SourceReliability,
    SupportChannel,
    SupportPriority,
    SupportStatus,
    SupportType,
    UniqueAdvantage,
)
from cimicdesk.store import contacts, incidents, liaison, organisations, qips, support_requests
from cimicdesk.store.database import open_database
from cimicdesk.store.editor_drafts import drafts_path, get_draft, read_drafts, save_draft
from cimicdesk.store.purge import purge_record
from cimicdesk.ui.editors.liaison import from_qt
from cimicdesk.ui.widgets.optional_datetime import UTC as QT_UTC

# Each test drives a whole window through edits, drafts and restarts (3-5 s each).
pytestmark = pytest.mark.slow

HERE = Path(__file__).parent
SRC = HERE.parent.parent / "src"


def zulu(year, month, day_, hour, minute) -> QDateTime:
    return QDateTime(QDate(year, month, day_), QTime(hour, minute), QT_UTC)


def wait_for_draft(qtbot, page) -> None:
    """The autosave (about 2 s after an edit) has written what the editor holds."""

    def written() -> None:
        kept = get_draft(page.store.path, page.draft_key())
        assert kept is not None
        assert (kept["values"], kept["lists"]) == page.editor.draft()

    qtbot.waitUntil(written, timeout=8000)


@contextmanager
def after_a_crash(qtbot, window, db_path, prompter) -> Iterator:
    """The crash: the window is dropped with nothing saved and no question asked; then
    the program starts again on the same file. Yields the new window."""
    window.hide()
    second = open_database(db_path)
    again = build_main_window(second, prompter)
    qtbot.addWidget(again)
    again.resize(1280, 800)
    again.show()
    try:
        yield again
    finally:
        again.close()
        second.close()


def restore_asked(prompter) -> bool:
    return any("Restore the unsaved" in q[2] for q in prompter.questions("confirm"))


def assert_shown_as_restored(page) -> None:
    assert page.editor.dirty
    assert page.title_label.text().endswith("unsaved changes")
    assert page.draft_banner.isVisible()
    assert page.draft_banner.text().startswith("Restored unsaved changes from ")


def save(qtbot, page) -> None:
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert not page.editor.dirty, page.message_label.text()
    assert not page.draft_banner.isVisible()


def select_data(combo, value) -> None:
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def click_box(qtbot, box) -> None:
    """Click a check box on its box (a wide one ends long before its right edge)."""
    was = box.isChecked()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert box.isChecked() != was


def checked_sectors(ui) -> list[str]:
    listed = ui.sectorsList
    return [
        listed.item(r).data(Qt.ItemDataRole.UserRole)
        for r in range(listed.count())
        if listed.item(r).checkState() == Qt.CheckState.Checked
    ]


def test_an_organisation_draft_keeps_type_parent_sectors_and_checks(
    open_window, store, prompter, qtbot, db_path
):
    parent = make_org(store, "UNHCR", org_type=OrgType.UNITED_NATIONS)
    mairie = make_org(store, "Mairie de Bria", org_type=OrgType.GOVERNMENT)
    window = open_window()
    page = window.show_page("organisations")
    page.open_record(mairie.id)
    ui = page.editor.ui
    select_data(ui.typeCombo, OrgType.NATIONAL_NGO.value)
    select_data(ui.parentCombo, parent.id)
    for row in range(ui.sectorsList.count()):  # ticked as the officer does, by clicking
        item = ui.sectorsList.item(row)
        if item.data(Qt.ItemDataRole.UserRole) in (Cluster.SHL.value, Cluster.PRO_GBV.value):
            item.setCheckState(Qt.CheckState.Checked)
    click_box(qtbot, ui.keepDistanceCheck)
    click_box(qtbot, ui.activeCheck)
    wait_for_draft(qtbot, page)

    with after_a_crash(qtbot, window, db_path, prompter) as again:
        page = again.show_page("organisations")
        page.open_record(mairie.id)
        ui = page.editor.ui
        assert restore_asked(prompter)
        assert ui.typeCombo.currentData() == OrgType.NATIONAL_NGO.value
        assert ui.parentCombo.currentText() == "UNHCR"
        assert checked_sectors(ui) == [Cluster.SHL.value, Cluster.PRO_GBV.value]
        assert ui.keepDistanceCheck.isChecked()
        assert not ui.activeCheck.isChecked()
        assert_shown_as_restored(page)
        save(qtbot, page)
        stored = organisations.get_organisation(page.store, mairie.id)
        assert stored.org_type is OrgType.NATIONAL_NGO and stored.parent_id == parent.id
        assert stored.sectors == (Cluster.SHL, Cluster.PRO_GBV)
        assert stored.keep_distance and not stored.active
        assert not drafts_path(db_path).exists()


def test_a_contact_draft_keeps_organisation_choices_and_active(
    open_window, store, prompter, qtbot, db_path
):
    nrc = make_org(store, "Norwegian Refugee Council")
    marie = make_contact(store, "Marie Ndoumba")
    window = open_window()
    page = window.show_page("contacts")
    page.open_record(marie.id)
    ui = page.editor.ui
    select_data(ui.organisationCombo, nrc.id)
    select_data(ui.categoryCombo, ContactCategory.TRADITIONAL_LEADER.value)
    select_data(ui.genderCombo, Gender.FEMALE.value)
    select_data(ui.sensitivityCombo, Sensitivity.SENSITIVE.value)
    click_box(qtbot, ui.activeCheck)
    wait_for_draft(qtbot, page)

    with after_a_crash(qtbot, window, db_path, prompter) as again:
        page = again.show_page("contacts")
        page.open_record(marie.id)
        ui = page.editor.ui
        assert restore_asked(prompter)
        assert ui.organisationCombo.currentData() == nrc.id
        assert ui.organisationCombo.currentText() == "Norwegian Refugee Council"
        assert ui.categoryCombo.currentData() == ContactCategory.TRADITIONAL_LEADER.value
        assert ui.genderCombo.currentData() == Gender.FEMALE.value
        assert ui.sensitivityCombo.currentData() == Sensitivity.SENSITIVE.value
        assert not ui.activeCheck.isChecked()
        assert ui.openOrganisationButton.isEnabled()  # the picker's own reaction ran
        assert_shown_as_restored(page)
        save(qtbot, page)
        stored = contacts.get_contact(page.store, marie.id)
        assert stored.organisation_id == nrc.id
        assert stored.category is ContactCategory.TRADITIONAL_LEADER
        assert stored.gender is Gender.FEMALE and stored.sensitivity is Sensitivity.SENSITIVE
        assert not stored.active


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_liaison_entry_draft_survives_a_killed_process(store, prompter, qtbot, db_path):
    marie = make_contact(store, "Marie Ndoumba")
    nrc = make_org(store, "Norwegian Refugee Council")
    entry = make_entry(
        store,
        contacts=[marie],
        start="2026-11-20T09:00:00.000Z",
        entry_type=LiaisonType.KLE,
        place="Bria",
        actions=[action("Repair the pump", "2026-11-30", owner="Chief Ngaba")],
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([CHILD_PATH, str(HERE)])}
    store.close()  # the crashing window is the one program writing the file
    child = subprocess.run(
        [sys.executable, str(HERE / "crash_child.py"), str(db_path), entry.id, marie.id, nrc.id],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert child.returncode == -signal.SIGKILL, child.stderr
    assert "draft written" in child.stdout
    store = open_database(db_path, daily_backup=False)  # the next start
    assert liaison.get_liaison(store, entry.id).entry_type is LiaisonType.KLE  # nothing saved

    again = build_main_window(store, prompter)
    qtbot.addWidget(again)
    again.resize(1280, 800)
    again.show()
    page = again.show_page("liaison")
    page.open_record(entry.id)
    editor, ui = page.editor, page.editor.ui
    assert restore_asked(prompter)
    assert from_qt(ui.startEdit.dateTime()) == EXPECTED["start"]
    assert from_qt(editor.end.value()) == EXPECTED["end"]
    assert ui.typeCombo.currentData() == EXPECTED["type"]
    assert [(p.kind.value, p.target_id) for p in editor.participants()] == [
        ("organisation", nrc.id)
    ]
    assert ui.participantsList.item(0).text() == "Norwegian Refugee Council"
    rows = [
        (action.description, action.owner, action.due_date, action.status.value)
        for action in editor.actions_model.rows()
    ]
    assert rows == EXPECTED["actions"]
    assert_shown_as_restored(page)
    save(qtbot, page)
    stored = liaison.get_liaison(store, entry.id)
    assert (stored.start, stored.end, stored.entry_type.value) == (
        EXPECTED["start"],
        EXPECTED["end"],
        EXPECTED["type"],
    )
    assert [(p.kind.value, p.target_id) for p in stored.participants] == [("organisation", nrc.id)]
    by_description = {a.description: a for a in stored.actions}
    assert by_description["Repair the pump"].id == entry.actions[0].id  # the same action
    assert by_description["Repair the pump"].status is ActionStatus.DONE
    assert by_description["Send the water figures to OCHA"].due_date == "2026-12-02"
    again.close()
    store.close()


def test_a_qip_draft_keeps_choices_counts_money_dates_tranches_and_visits(
    open_window, store, prompter, qtbot, db_path
):
    mairie = make_org(store, "Mairie de Kidjigra")
    partner = make_org(store, "Association des femmes de Kidjigra")
    chief = make_contact(store, "Chief Ngaba")
    project = make_qip(
        store,
        implementing_partner_id=mairie.id,
        budget_approved_usd=18_000.0,
        planned_end="2027-01-31",
    )
    project = move(store, project, *TO_APPROVED, QipStatus.AGREEMENT_SIGNED)  # may disburse
    window = open_window()
    page = window.show_page("qips")
    page.open_record(project.id)
    editor, ui = page.editor, page.editor.ui
    select_data(ui.categoryCombo, QipCategory.EDUCATION.value)
    select_data(ui.partnerCombo, partner.id)
    select_data(ui.focalPointCombo, chief.id)
    ui.tabs.setCurrentIndex(editor.tab_of(ui.targetedWomenSpin))
    replace_text(qtbot, ui.targetedWomenSpin, "300")  # typed
    ui.reachedChildrenSpin.setValue(45)
    ui.requestedSpin.setValue(18_500.5)
    ui.rateSpin.setValue(585.25)
    ui.communityValueSpin.setValue(1_250.75)
    ui.plannedStartEdit.setDate(QDate(2026, 12, 1))  # was not set
    qtbot.mouseClick(ui.clearPlannedEndButton, Qt.MouseButton.LeftButton)  # set: now not
    qtbot.mouseClick(ui.addTrancheButton, Qt.MouseButton.LeftButton)
    tranches, visits = ui.tranchesTable, ui.visitsTable
    type_in_open_editor(qtbot, tranches, "5000.25")
    pick_day(qtbot, tranches, 0, editor.PAID_ON, day(-3))
    type_in_cell(qtbot, tranches, 0, editor.REFERENCE, "PV-20261108-0412")
    qtbot.mouseClick(ui.addVisitButton, Qt.MouseButton.LeftButton)
    pick_day(qtbot, visits, 0, editor.VISIT_DATE, day(-2))
    type_in_cell(qtbot, visits, 0, editor.PERCENT, "40")
    type_in_cell(qtbot, visits, 0, editor.VISITED_BY, "CIMIC team 2")
    type_in_cell(qtbot, visits, 0, editor.FINDINGS, "Drilling started; casing on site.")
    wait_for_draft(qtbot, page)

    with after_a_crash(qtbot, window, db_path, prompter) as again:
        page = again.show_page("qips")
        page.open_record(project.id)
        editor, ui = page.editor, page.editor.ui
        assert restore_asked(prompter)
        assert ui.categoryCombo.currentData() == QipCategory.EDUCATION.value
        assert ui.partnerCombo.currentData() == partner.id
        assert ui.focalPointCombo.currentData() == chief.id
        assert ui.targetedWomenSpin.value() == 300 and ui.reachedChildrenSpin.value() == 45
        assert ui.targetedTotalLabel.text() == "300"
        assert ui.requestedSpin.value() == 18_500.5
        assert ui.rateSpin.value() == 585.25 and ui.communityValueSpin.value() == 1_250.75
        assert editor.dates["planned_start"].text() == "2026-12-01"
        assert editor.dates["planned_end"].text() == ""
        [tranche] = editor.tranches()
        assert (tranche.paid_on, tranche.amount_usd, tranche.reference) == (
            day(-3),
            5_000.25,
            "PV-20261108-0412",
        )
        [visit] = editor.visits()
        assert (visit.visit_date, visit.percent_complete, visit.visited_by, visit.findings) == (
            day(-2),
            40,
            "CIMIC team 2",
            "Drilling started; casing on site.",
        )
        assert ui.disbursedLabel.text().startswith("Paid USD 5,000.25 of")  # live lines follow
        assert_shown_as_restored(page)
        save(qtbot, page)
        stored = qips.get_qip(page.store, project.id)
        assert stored.category is QipCategory.EDUCATION
        assert (stored.implementing_partner_id, stored.focal_point_id) == (partner.id, chief.id)
        assert (stored.targeted_women, stored.reached_children) == (300, 45)
        assert (stored.budget_requested_usd, stored.exchange_rate) == (18_500.5, 585.25)
        assert stored.community_contribution_usd == 1_250.75
        assert (stored.planned_start, stored.planned_end) == ("2026-12-01", "")
        assert [(t.paid_on, t.amount_usd) for t in stored.live_tranches()] == [(day(-3), 5_000.25)]
        assert [(v.visit_date, v.percent_complete) for v in stored.visits] == [(day(-2), 40)]


def test_an_incident_draft_keeps_times_categories_casualties_sources_and_links(
    open_window, store, prompter, qtbot, db_path
):
    witness = make_contact(store, "Jean-Pierre Mbaye")
    nrc = make_org(store, "Norwegian Refugee Council")
    meeting = make_entry(store, contacts=[witness], place="Bria")
    incident = make_incident(store)
    window = open_window()
    page = window.show_page("incidents")
    page.open_record(incident.id)
    editor, ui = page.editor, page.editor.ui
    select_data(ui.statusCombo, IncidentStatus.CLOSED.value)
    ui.occurredEdit.setDateTime(zulu(2026, 11, 19, 22, 40))
    ui.reportedEdit.setDateTime(zulu(2026, 11, 20, 6, 5))
    select_data(ui.categoryCombo, IncidentCategory.VIOLENCE_AGAINST_CIVILIANS.value)
    select_data(ui.subcategoryCombo, "abduction_forced_disappearance")
    select_data(ui.precisionCombo, LocationPrecision.AREA.value)
    casualties, table = editor.casualties, ui.casualtiesTable
    for field, count in (("killed_civilian_men", "2"), ("abducted_civilian_children", "3")):
        cell = casualties.index_of(field)
        type_in_cell(qtbot, table, cell.row(), cell.column(), count)
    select_data(ui.sourceContactCombo, witness.id)
    select_data(ui.sourceOrganisationCombo, nrc.id)
    select_data(ui.reliabilityCombo, SourceReliability.B.value)
    select_data(ui.addLinkCombo, meeting.id)
    qtbot.mouseClick(ui.addLinkButton, Qt.MouseButton.LeftButton)
    wait_for_draft(qtbot, page)

    with after_a_crash(qtbot, window, db_path, prompter) as again:
        page = again.show_page("incidents")
        page.open_record(incident.id)
        editor, ui = page.editor, page.editor.ui
        assert restore_asked(prompter)
        assert ui.statusCombo.currentData() == IncidentStatus.CLOSED.value
        assert from_qt(ui.occurredEdit.dateTime()) == "2026-11-19T22:40:00.000Z"
        assert from_qt(ui.reportedEdit.dateTime()) == "2026-11-20T06:05:00.000Z"
        assert ui.categoryCombo.currentData() == IncidentCategory.VIOLENCE_AGAINST_CIVILIANS.value
        assert ui.subcategoryCombo.currentData() == "abduction_forced_disappearance"
        assert ui.precisionCombo.currentData() == LocationPrecision.AREA.value
        casualties = editor.casualties
        assert casualties.index_of("killed_civilian_men").data() == "2"
        assert casualties.index_of("abducted_civilian_children").data() == "3"
        assert casualties.index(casualties.TOTAL_ROW, 0).data() == "2"
        assert ui.sourceContactCombo.currentData() == witness.id
        assert ui.sourceOrganisationCombo.currentData() == nrc.id
        assert ui.reliabilityCombo.currentData() == SourceReliability.B.value
        assert editor.linked_entries() == (meeting.id,)
        assert editor.flash_text().startswith("FLASH (5 casualties)")
        assert ui.addLinkCombo.currentIndex() == 0  # the picker to add links is no field
        assert_shown_as_restored(page)
        save(qtbot, page)
        stored = incidents.get_incident(page.store, incident.id)
        assert stored.status is IncidentStatus.CLOSED
        assert (stored.occurred_at, stored.reported_at) == (
            "2026-11-19T22:40:00.000Z",
            "2026-11-20T06:05:00.000Z",
        )
        assert stored.category is IncidentCategory.VIOLENCE_AGAINST_CIVILIANS
        assert stored.subcategory == "abduction_forced_disappearance"
        assert (stored.killed_civilian_men, stored.abducted_civilian_children) == (2, 3)
        assert (stored.source_contact_id, stored.source_organisation_id) == (witness.id, nrc.id)
        assert stored.liaison_entry_ids == (meeting.id,)


def test_a_support_request_draft_keeps_choices_dates_quantities_and_the_test(
    open_window, store, prompter, qtbot, db_path
):
    ocha = make_org(store, "OCHA Bambari")
    officer = make_contact(store, "Aminata Koné")
    request = make_request(store)
    window = open_window()
    page = window.show_page("support")
    page.open_record(request.id)
    editor, ui = page.editor, page.editor.ui
    select_data(ui.statusCombo, SupportStatus.UNDER_REVIEW.value)
    ui.receivedEdit.setDateTime(zulu(2026, 11, 21, 14, 20))
    select_data(ui.requesterCombo, ocha.id)
    select_data(ui.contactCombo, officer.id)
    select_data(ui.channelCombo, SupportChannel.LOCAL_AUTHORITY.value)
    select_data(ui.typeCombo, SupportType.CONVOY_ESCORT.value)
    select_data(ui.priorityCombo, SupportPriority.LIFESAVING.value)
    qtbot.mouseClick(ui.clearDateRequiredButton, Qt.MouseButton.LeftButton)  # set: now not
    ui.decisionDateEdit.setDate(QDate(2026, 11, 23))  # not set: now set
    ui.passengersSpin.setValue(12)
    ui.tonnesSpin.setValue(7.5)
    ui.vehiclesSpin.setValue(3)
    click_box(qtbot, ui.civilianCheck)
    click_box(qtbot, ui.availabilityCheck)
    select_data(ui.escortNeedCombo, "yes")
    select_data(ui.escortSecurityCombo, "no")
    wait_for_draft(qtbot, page)

    with after_a_crash(qtbot, window, db_path, prompter) as again:
        page = again.show_page("support")
        page.open_record(request.id)
        editor, ui = page.editor, page.editor.ui
        assert restore_asked(prompter)
        assert ui.statusCombo.currentData() == SupportStatus.UNDER_REVIEW.value
        assert from_qt(ui.receivedEdit.dateTime()) == "2026-11-21T14:20:00.000Z"
        assert ui.requesterCombo.currentData() == ocha.id
        assert ui.contactCombo.currentData() == officer.id
        assert ui.channelCombo.currentData() == SupportChannel.LOCAL_AUTHORITY.value
        assert ui.typeCombo.currentData() == SupportType.CONVOY_ESCORT.value
        assert ui.priorityCombo.currentData() == SupportPriority.LIFESAVING.value
        assert editor.date_required.text() == ""
        assert editor.decision_date.text() == "2026-11-23"
        assert (ui.passengersSpin.value(), ui.tonnesSpin.value(), ui.vehiclesSpin.value()) == (
            12,
            7.5,
            3,
        )
        assert ui.civilianCheck.isChecked() and ui.availabilityCheck.isChecked()
        assert not ui.capabilityCheck.isChecked()
        assert ui.escortNeedCombo.currentData() == "yes"
        assert ui.escortSecurityCombo.currentData() == "no"
        assert ui.escortAuthoritiesCombo.currentData() == ""
        assert not ui.escortGroup.isHidden()  # shown for an escort: the live state followed
        assert_shown_as_restored(page)
        save(qtbot, page)
        stored = support_requests.get_support_request(page.store, request.id)
        assert stored.status is SupportStatus.UNDER_REVIEW
        assert stored.received_at == "2026-11-21T14:20:00.000Z"
        assert (stored.requesting_organisation_id, stored.requesting_contact_id) == (
            ocha.id,
            officer.id,
        )
        assert stored.request_type is SupportType.CONVOY_ESCORT
        assert (stored.date_required, stored.decision_date) == ("", "2026-11-23")
        assert (stored.passengers, stored.tonnes, stored.vehicles) == (12, 7.5, 3)
        assert stored.civilian_alternatives_checked
        assert stored.unique_advantage == (UniqueAdvantage.AVAILABILITY,)
        assert (stored.escort_need, stored.escort_security, stored.escort_authorities) == (
            True,
            False,
            None,
        )


def test_a_new_record_draft_keeps_its_choices_and_times(
    open_window, store, prompter, qtbot, db_path
):
    window = open_window()
    page = window.show_page("liaison")
    page.new_record()
    ui = page.editor.ui
    ui.startEdit.setDateTime(zulu(2026, 11, 22, 8, 0))
    select_data(ui.typeCombo, LiaisonType.COMMUNITY.value)
    wait_for_draft(qtbot, page)
    assert page.draft_key() == "liaison/new"

    with after_a_crash(qtbot, window, db_path, prompter) as again:
        page = again.show_page("liaison")
        page.new_record()
        ui = page.editor.ui
        assert restore_asked(prompter)
        assert from_qt(ui.startEdit.dateTime()) == "2026-11-22T08:00:00.000Z"
        assert ui.typeCombo.currentData() == LiaisonType.COMMUNITY.value
        assert page.editor.end.value() is None  # 'not recorded', as it was
        assert_shown_as_restored(page)


def test_an_old_text_only_draft_still_restores(open_window, store, prompter, qtbot, db_path):
    marie = make_contact(store, "Marie Ndoumba", position="Liaison officer")
    plain = Path(f"{db_path}.drafts.json")  # where the previous version kept them, in clear
    plain.write_text(
        json.dumps(
            {  # as the previous version wrote them: every text field, no version
                f"contacts/{marie.id}": {
                    "saved_at": "2026-11-24T16:05:00.000Z",
                    "values": {
                        "nameEdit": "Marie Ndoumba",
                        "positionEdit": "Head of sub-office",
                        "notesEdit": "Met at the market",
                        "phonesEdit": "",
                    },
                },
                # written by a newer version: not offered, left for that version
                "contacts/new": {"version": 99, "saved_at": "", "values": {"nameEdit": "X"}},
            }
        ),
        encoding="utf-8",
    )
    window = open_window()
    page = window.show_page("contacts")
    page.open_record(marie.id)
    ui = page.editor.ui
    assert restore_asked(prompter)
    assert not plain.exists()  # read once, sealed, and the clear text destroyed
    assert b"Met at the market" not in drafts_path(db_path).read_bytes()
    assert ui.positionEdit.text() == "Head of sub-office"
    assert ui.notesEdit.toPlainText() == "Met at the market"
    assert ui.nameEdit.text() == "Marie Ndoumba"
    assert_shown_as_restored(page)
    assert "2026-11-24 16:05" in page.draft_banner.text()
    save(qtbot, page)
    assert contacts.get_contact(store, marie.id).position == "Head of sub-office"

    asked = len(prompter.asked)
    page.new_record()
    assert len(prompter.asked) == asked  # the newer draft was not offered
    assert page.editor.ui.nameEdit.text() == ""
    assert "contacts/new" in read_drafts(db_path)


def test_a_draft_keeps_only_what_the_officer_changed(open_window, store, prompter, qtbot, db_path):
    marie = make_contact(store, "Marie Ndoumba", phones=("+236 72 00 00 01",))
    window = open_window()
    page = window.show_page("contacts")
    page.open_record(marie.id)
    select_data(page.editor.ui.genderCombo, Gender.FEMALE.value)
    replace_text(qtbot, page.editor.ui.positionEdit, "Head of sub-office")
    wait_for_draft(qtbot, page)
    assert set(get_draft(db_path, page.draft_key())["values"]) == {"genderCombo", "positionEdit"}
    # Meanwhile another window (an import) changes a field the officer did not touch.
    changed = replace(contacts.get_contact(store, marie.id), phones=("+236 75 55 55 55",))
    contacts.save_contact(store, changed)

    with after_a_crash(qtbot, window, db_path, prompter) as again:
        page = again.show_page("contacts")
        page.open_record(marie.id)
        ui = page.editor.ui
        assert ui.phonesEdit.toPlainText() == "+236 75 55 55 55"  # not put back to what was shown
        assert ui.positionEdit.text() == "Head of sub-office"
        assert ui.genderCombo.currentData() == Gender.FEMALE.value


def test_changes_undone_by_hand_leave_no_draft(open_window, store, qtbot, db_path):
    marie = make_contact(store, "Marie Ndoumba")
    window = open_window()
    page = window.show_page("contacts")
    page.open_record(marie.id)
    ui = page.editor.ui
    select_data(ui.genderCombo, Gender.MALE.value)
    wait_for_draft(qtbot, page)
    select_data(ui.genderCombo, Gender.UNKNOWN.value)  # back to what is saved
    qtbot.waitUntil(lambda: not drafts_path(db_path).exists(), timeout=8000)
    assert page.editor.dirty  # still asks before leaving: it was touched


def test_discard_in_the_banner_goes_back_to_the_saved_record(
    open_window, store, prompter, qtbot, db_path
):
    marie = make_contact(store, "Marie Ndoumba")
    window = open_window()
    page = window.show_page("contacts")
    page.open_record(marie.id)
    select_data(page.editor.ui.sensitivityCombo, Sensitivity.RESTRICTED.value)
    wait_for_draft(qtbot, page)

    with after_a_crash(qtbot, window, db_path, prompter) as again:
        page = again.show_page("contacts")
        page.open_record(marie.id)
        assert page.editor.ui.sensitivityCombo.currentData() == Sensitivity.RESTRICTED.value
        qtbot.mouseClick(page.draft_banner.discard_button, Qt.MouseButton.LeftButton)
        assert "has changes that are not saved" in prompter.questions("confirm")[-1][2]
        assert page.editor.ui.sensitivityCombo.currentData() == Sensitivity.NORMAL.value
        assert not page.editor.dirty
        assert not page.draft_banner.isVisible()
        assert not drafts_path(db_path).exists()


def test_drafts_of_records_erased_or_deleted_meanwhile_are_discarded(
    open_window, store, prompter, qtbot, db_path
):
    informant = make_contact(store, "Jean Secretaire")
    marie = make_contact(store, "Marie Ndoumba")
    window = open_window()
    page = window.show_page("contacts")
    page.open_record(informant.id)
    select_data(page.editor.ui.sensitivityCombo, Sensitivity.RESTRICTED.value)
    replace_text(qtbot, page.editor.ui.positionEdit, "Informant")
    wait_for_draft(qtbot, page)
    window.hide()  # the crash
    # ...and an unsaved edit of Marie left by an earlier crash.
    save_draft(db_path, f"contacts/{marie.id}", {"positionEdit": "Maire"})
    assert len(read_drafts(db_path)) == 2
    # The purge takes the erased person's unsaved edit with it, at once.
    purge_record(store, "contacts", informant.id, reason="Asked by the person")
    assert list(read_drafts(db_path)) == [f"contacts/{marie.id}"]
    assert b"Informant" not in drafts_path(db_path).read_bytes()
    contacts.delete_contact(store, marie.id)

    with after_a_crash(qtbot, window, db_path, prompter) as again:
        page = again.show_page("contacts")
        assert not restore_asked(prompter)
        assert page.editor.record_id not in (informant.id, marie.id)
        assert not drafts_path(db_path).exists()
        assert again.statusBar().currentMessage() == (
            "Discarded the unsaved changes of 1 contact deleted since they were made."
        )


def test_a_deleted_record_opened_with_a_draft_discards_it_and_says_so(
    open_window, store, prompter, qtbot, db_path
):
    marie = make_contact(store, "Marie Ndoumba")
    window = open_window()
    page = window.show_page("contacts")
    page.open_record(marie.id)
    select_data(page.editor.ui.genderCombo, Gender.FEMALE.value)
    wait_for_draft(qtbot, page)
    window.hide()  # the crash
    contacts.delete_contact(store, marie.id)

    with after_a_crash(qtbot, window, db_path, prompter) as again:
        page = again.contacts_page  # reached by a link, before the page was shown
        page.open_record(marie.id)
        assert not restore_asked(prompter)
        [(_, title, said)] = prompter.questions("inform")
        assert title == "Unsaved changes discarded"
        assert "was deleted after the unsaved changes" in said
        assert page.editor.ui.genderCombo.currentData() == Gender.UNKNOWN.value
        assert not page.editor.dirty
        assert not drafts_path(db_path).exists()
