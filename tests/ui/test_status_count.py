"""The status bar's "N records" counts every record an officer saves, and follows saves."""

from __future__ import annotations

from ops_support import make_incident
from PySide6.QtCore import Qt
from scripted_prompter import make_contact, make_org

from cimicdesk.domain.enums import QipCategory
from cimicdesk.store import qips, stats


def test_saving_a_qip_in_its_editor_adds_one_to_the_count(open_window, store, qtbot):
    make_org(store, "ACTED")
    make_contact(store, "Marie Ndoumba")
    make_incident(store)
    window = open_window()
    assert window.count_label.text() == "3 records"
    assert window.count_label.toolTip() == (
        "1 organisation, 1 contact, 0 liaison entries, 0 QIPs, 1 incident, "
        "0 support requests, 0 assessments, 0 follow-up actions"
    )
    page = window.show_page("qips")
    ui = page.editor.ui
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(ui.titleEdit, "Borehole for Kidjigra")
    ui.categoryCombo.setCurrentIndex(ui.categoryCombo.findData(QipCategory.WASH.value))
    qtbot.keyClicks(ui.objectiveEdit, "Answers the first need the chief named.")
    qtbot.keyClick(page.table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert len(qips.list_qips(store).items) == 1
    assert window.count_label.text() == "4 records"
    assert ", 1 QIP, 1 incident, " in window.count_label.toolTip()


def test_the_total_is_the_records_of_every_type_an_officer_saves(store):
    make_org(store, "ACTED")
    make_incident(store)
    counts = stats.record_counts(store)
    assert stats.record_total(store) == sum(counts[t] for t in stats.RECORD_TABLES) == 2
    assert set(stats.RECORD_TABLES) == {
        "organisations",
        "contacts",
        "liaison_entries",
        "qips",
        "incidents",
        "support_requests",
        "assessments",
    }
