"""The Dashboard reminds the officer of unsaved edits a crash left, and opens them."""

from __future__ import annotations

import pytest
from scripted_prompter import make_contact, make_entry, replace_text
from test_drafts import after_a_crash, restore_asked, wait_for_draft

from cimicdesk.domain.enums import Sensitivity
from cimicdesk.domain.masking import restricted_code
from cimicdesk.store.editor_drafts import read_drafts, save_draft


@pytest.mark.slow
def test_after_a_crash_the_dashboard_lists_the_drafts_and_opens_them(
    open_window, store, prompter, qtbot, db_path
):
    marie = make_contact(store, "Marie Ndoumba")
    source = make_contact(store, "Bruno Kette", sensitivity=Sensitivity.RESTRICTED)
    entry = make_entry(store, contacts=[marie], place="Bria")
    window = open_window()
    assert not window.pages["dashboard"].recovered.isVisible()  # nothing waits
    page = window.show_page("contacts")
    page.open_record(marie.id)
    replace_text(qtbot, page.editor.ui.positionEdit, "Maire de Bria")
    wait_for_draft(qtbot, page)
    # Left by earlier crashes: an edit of the source and a new liaison entry.
    save_draft(db_path, f"contacts/{source.id}", {"notesEdit": "Moved to Ippy"})
    save_draft(db_path, "liaison/new", {"placeEdit": "Ippy"})

    with after_a_crash(qtbot, window, db_path, prompter) as again:
        dashboard = again.pages["dashboard"]
        assert again.current_page() is dashboard and dashboard.recovered.isVisible()
        # The pages opened their first records by themselves, asking nothing: Marie (first
        # by name) is shown without her draft until the officer asks for it.
        assert not restore_asked(prompter)
        assert again.contacts_page.editor.record_id == marie.id
        assert not again.contacts_page.editor.dirty
        listed = dashboard.recovered.drafts_list
        texts = [listed.item(r).text() for r in range(listed.count())]
        assert len(texts) == 3 and "(3)" in dashboard.recovered.label.text()
        assert any(t.startswith("Contact: Marie Ndoumba — changes of ") for t in texts)
        assert any(t.startswith("Liaison entry: new, not saved yet") for t in texts)
        code = restricted_code(source.id)
        assert any(t.startswith(f"Contact: restricted contact {code}") for t in texts)
        assert not any("Kette" in t for t in texts)  # a restricted name stays off the screen
        assert entry.ref not in " ".join(texts)  # only records with drafts are listed

        prompter.confirm_answers = [True]  # "Restore the unsaved changes?"
        listed.setCurrentRow(next(r for r, t in enumerate(texts) if "Marie" in t))
        dashboard.recovered.open_button.click()
        contacts = again.current_page()
        assert contacts.KEY == "contacts" and contacts.editor.record_id == marie.id
        assert restore_asked(prompter)
        assert contacts.editor.ui.positionEdit.text() == "Maire de Bria"
        assert contacts.save_record()
        again.show_page("dashboard")
        assert dashboard.recovered.drafts_list.count() == 2  # saved: no longer waiting
        assert f"contacts/{marie.id}" not in read_drafts(db_path)

        listed.setCurrentRow(
            next(r for r in range(listed.count()) if "Liaison" in listed.item(r).text())
        )
        prompter.confirm_answers = [True]
        dashboard.recovered.open_button.click()
        liaison = again.current_page()
        assert liaison.KEY == "liaison" and liaison.editor.is_new
        assert liaison.editor.ui.placeEdit.text() == "Ippy"

        # The source, opened from the reminder, offers its draft (under the cover).
        again.show_page("dashboard")
        listed.setCurrentRow(
            next(r for r in range(listed.count()) if code in listed.item(r).text())
        )
        asked = len(prompter.questions("confirm"))
        prompter.confirm_answers = [True]
        dashboard.recovered.open_button.click()
        assert len(prompter.questions("confirm")) == asked + 1 and restore_asked(prompter)
        assert again.contacts_page.editor.ui.notesEdit.toPlainText() == "Moved to Ippy"
