"""Print… (Ctrl+P) in the editors: the saved record becomes a PDF where the officer chose."""

from __future__ import annotations

import re

from ops_support import make_incident, make_qip, make_request, png
from pypdf import PdfReader
from PySide6.QtCore import Qt
from scripted_prompter import make_contact, make_entry

from cimicdesk.domain.enums import Sensitivity
from cimicdesk.store import attachments


def pdf_text(path) -> str:
    text = " ".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    return re.sub(r"(?<=[-/])\s+(?=\w)", "", re.sub(r"\s+", " ", text))


def test_ctrl_p_prints_the_open_qip_with_its_photo(window, store, prompter, qtbot, tmp_path):
    secret = make_contact(store, "Abdoulaye Zoumaldé", sensitivity=Sensitivity.RESTRICTED)
    qip = make_qip(store, "Borehole for the Kidjigra school", focal_point_id=secret.id)
    attachments.attach_photo(store, "qips", qip.id, png(tmp_path / "site.png"), caption="The site")
    page = window.show_page("qips")
    page.reload_list()
    assert page.open_record(qip.id)
    prompter.report_path = tmp_path / "out" / "prc"  # no suffix: .pdf is added
    page.editor.ui.titleEdit.setFocus()
    qtbot.keyClick(page.editor.ui.titleEdit, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)

    out = tmp_path / "out" / "prc.pdf"
    assert out.exists(), prompter.asked
    [(_, title, suggested)] = prompter.questions("report_file")
    assert title == "Print the project" and suggested.endswith("BANBAT1-QIP-2026-001.pdf")
    text = pdf_text(out)
    assert "Borehole for the Kidjigra school" in text and "BANBAT1-QIP-2026-001" in text
    assert "Zoumald" not in text and "Restricted contact C-" in text
    assert len(PdfReader(str(out)).pages[0].images) == 1
    [(_, _, said)] = prompter.questions("offer")
    assert said == f"BANBAT1-QIP-2026-001 was written to {out}."
    assert page.editor.printer.last_written == out


def test_print_asks_first_about_unsaved_changes_and_a_new_record(window, store, prompter, tmp_path):
    qip = make_qip(store)
    page = window.show_page("qips")
    page.reload_list()
    page.open_record(qip.id)
    page.editor.ui.titleEdit.setText("Borehole (changed, not saved)")
    assert page.editor.dirty
    prompter.confirm_answers = [False]
    prompter.report_path = tmp_path / "x.pdf"
    page.editor.printer.action.trigger()
    assert prompter.questions("confirm") and not (tmp_path / "x.pdf").exists()

    prompter.confirm_answers = [True]  # print as saved
    page.editor.printer.action.trigger()
    text = pdf_text(tmp_path / "x.pdf")
    assert "Borehole at Kidjigra" in text and "not saved" not in text

    page.discard_changes()
    page.new_record()
    prompter.report_path = tmp_path / "new.pdf"
    assert page.editor.printer.print_record() is None
    assert prompter.questions("inform")[-1][2] == "Save the project first; then print it."
    assert not (tmp_path / "new.pdf").exists()


def test_the_other_editors_print_too(window, store, prompter, tmp_path):
    incident = make_incident(store)
    request = make_request(store)
    contact = make_contact(store, "Marie-Claire Yakité")
    entry = make_entry(store, contacts=[contact], purpose="Water point at Kidjigra")
    for key, record_id, reference in (
        ("incidents", incident.id, incident.reference),
        ("support", request.id, request.number),
        ("liaison", entry.id, entry.ref),
    ):
        page = window.show_page(key)
        page.reload_list()
        assert page.open_record(record_id)
        prompter.report_path = tmp_path / f"{key}.pdf"
        button = page.editor.printer.button
        assert button is not None and button.isVisible()  # beside Delete, on screen
        assert page.extra_buttons.indexOf(button) >= 0
        button.click()
        assert reference in pdf_text(tmp_path / f"{key}.pdf"), key


def test_a_refusal_is_shown_and_nothing_is_written(window, store, prompter, tmp_path):
    qip = make_qip(store)
    page = window.show_page("qips")
    page.reload_list()
    page.open_record(qip.id)
    folder = tmp_path / "a-folder.pdf"
    folder.mkdir()
    prompter.report_path = folder
    assert page.editor.printer.print_record() is None
    [(_, title, said)] = prompter.questions("error")
    assert title == "The project was not printed" and "is a folder" in said
    assert list(folder.iterdir()) == []
