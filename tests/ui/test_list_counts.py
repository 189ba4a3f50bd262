"""A list's count ('3 contacts') is read from the window's record counters while no filter
is set, and is the count of every live record the list shows; filtered, it is counted."""

from __future__ import annotations

from factories import make_contact, make_entry, make_org
from ops_support import make_incident, make_qip, make_request

from cimicdesk.domain.assessment import Assessment, SectorRating
from cimicdesk.domain.enums import AssessmentSector, Sensitivity, Severity
from cimicdesk.store import assessments, contacts, organisations

LIST_PAGES = ("liaison", "contacts", "organisations", "qips", "incidents", "support", "assessments")


def test_each_lists_count_is_every_live_record_it_holds(store, open_window):
    mercy = make_org(store, "Mercy Relief")
    gone = make_org(store, "Closed NGO")
    organisations.delete_organisation(store, gone.id)
    awa = make_contact(store, "Awa Diallo", organisation_id=mercy.id)
    make_contact(store, "Bruno Kette", sensitivity=Sensitivity.RESTRICTED)
    contacts.delete_contact(store, make_contact(store, "Left the area").id)
    make_entry(store, contacts=[awa], purpose="Water point")
    make_qip(store, "Borehole")
    make_incident(store)
    make_request(store)
    rated = [SectorRating(sector=AssessmentSector.HEALTH, severity=Severity.SEVERE)]
    for name in ("Ndomété", "Gbakolo"):
        assessment = Assessment(
            community_name=name, assessed_on="2026-11-02", team="T", sectors=rated
        )
        saved = assessments.save_assessment(store, assessment)
    assessments.delete_assessment(store, saved.id)
    window = open_window()
    for key in LIST_PAGES:
        page = window.show_page(key)
        assert not page.model.filtered
        counted = type(page).COUNT(store, page.model.filters)  # the list's own query
        assert counted == page.model.rowCount()
        assert page.count_label.text() == page.nouns().counted(counted)
    assert window.pages["contacts"].count_label.text() == "2 contacts"
    assert window.pages["assessments"].count_label.text() == "1 assessment"


def test_the_count_follows_saves_and_deletes_and_a_filter(store, open_window):
    make_contact(store, "Awa Diallo")
    window = open_window()
    page = window.show_page("contacts")
    assert page.count_label.text() == "1 contact"
    page.new_record()
    page.editor.ui.nameEdit.setText("Bintou Keita")
    assert page.save_record()
    assert page.count_label.text() == "2 contacts"
    assert page.delete_record()
    assert page.count_label.text() == "1 contact"
    page.filter_edit.setText("awa")
    page.apply_filters()
    assert page.count_label.text() == "1 contact match"
    page.filter_edit.setText("nobody")
    page.apply_filters()
    assert page.count_label.text() == "0 contacts match"
