"""The window never confirms who a source is: the search box finds a restricted contact by
code only; the Contacts list's filter finds one by name only while the officer has
revealed restricted contacts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from scripted_prompter import make_contact, make_entry, make_org, search_for

from cimicdesk.domain.enums import Sensitivity
from cimicdesk.domain.masking import restricted_code

PHONE = "+236 75998877"


def _source(store):
    org = make_org(store, "Comité des sages")
    person = make_contact(
        store,
        "Bruno Kettenyi",
        organisation_id=org.id,
        phones=(PHONE,),
        notes="Threatened after an earlier meeting.",
        sensitivity=Sensitivity.RESTRICTED,
    )
    make_entry(store, contacts=[person], purpose="Market security")
    make_contact(store, "Awa Sow")
    return person


def test_the_search_box_finds_a_source_by_code_and_nothing_by_what_it_hides(
    open_window, store, qtbot
):
    person = _source(store)
    window = open_window()
    contacts_page = window.show_page("contacts")
    contacts_page.reveal_check.setChecked(True)  # revealed in the list: search still masks
    for typed in ("Kettenyi", "Bruno Kett", PHONE, "75998877", "threatened"):
        page = search_for(window, qtbot, typed)
        assert page.model.rowCount() == 0, typed
        assert page.heading.text() == f"Nothing found for “{typed}”.", typed
    code = restricted_code(person.id)
    page = search_for(window, qtbot, code)
    titles = {page.model.index(r, page.model.TITLE).data() for r in range(page.model.rowCount())}
    assert f"Restricted contact {code}" in titles
    assert not any("Kettenyi" in title for title in titles)


def test_the_contacts_filter_matches_a_source_s_name_only_while_revealed(open_window, store, qtbot):
    person = _source(store)
    window = open_window()
    page = window.show_page("contacts")
    qtbot.keyClicks(page.filter_edit, "Kettenyi")
    qtbot.keyClick(page.filter_edit, Qt.Key.Key_Return)
    assert page.model.rowCount() == 0
    assert page.count_label.text() == "0 contacts match"

    page.reveal_check.setChecked(True)
    assert [page.model.record_at(r).id for r in range(page.model.rowCount())] == [person.id]
    assert page.count_label.text() == "1 contact match"
    page.filter_edit.setText("75998877 threatened")
    page.apply_filters()
    assert page.model.rowCount() == 1

    page.reveal_check.setChecked(False)
    assert page.model.rowCount() == 0
    assert page.count_label.text() == "0 contacts match"
    page.filter_edit.setText(restricted_code(person.id))  # the code, as the list shows it
    page.apply_filters()
    assert [page.model.record_at(r).id for r in range(page.model.rowCount())] == [person.id]
    page.filter_edit.clear()
    page.apply_filters()
    page.reveal_check.setChecked(True)
    assert page.count_label.text() == "2 contacts"  # revealing filters out no one
