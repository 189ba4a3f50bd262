"""The Reports page offers the assessments' HXL export (a period, a CSV) and the blank
assessment form (a PDF only: no Word copy), each with its note in place of text fields."""

from __future__ import annotations

import csv

import pytest
from assessment_samples import build_assessments
from pypdf import PdfReader
from PySide6.QtCore import Qt
from test_reports_page import ReportPrompter, export


@pytest.fixture
def prompter() -> ReportPrompter:
    return ReportPrompter()


def test_the_assessments_hxl_export_writes_the_period_chosen(
    open_window, prompter, store, qtbot, tmp_path
):
    build_assessments(store)
    window = open_window()
    page = window.show_page("reports")
    page.set_kind("assessments_hxl")
    page.period_picker.set_week(2026, 47)  # 16–22 Nov: Kidjigra (18 Nov), not the site (25 Nov)
    ui = page.ui
    assert ui.textStack.currentWidget() is ui.noTextLabel
    assert "2 in this file" in ui.noTextLabel.text() and "#inneed" in ui.noTextLabel.text()
    assert page.period_picker.isVisible() and not ui.formatRow.isVisible()
    assert ui.exportButton.text() == "&Export CSV…" and not ui.previewButton.isEnabled()
    export(qtbot, page, prompter, tmp_path / "asm")
    with (tmp_path / "asm.csv").open(encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    assert "#severity" in rows[1] and len(rows) == 2 + 3  # Kidjigra's three sectors
    assert {row[rows[1].index("#loc+name")] for row in rows[2:]} == {"Kidjigra"}
    assert prompter.questions("error") == []


def test_the_blank_form_is_a_pdf_in_the_language_chosen(
    open_window, prompter, store, qtbot, tmp_path
):
    window = open_window()
    page = window.show_page("reports")
    page.set_kind("assessment_form")
    ui = page.ui
    assert ui.textStack.currentWidget() is ui.noTextLabel
    assert "blank form" in ui.noTextLabel.text()
    assert not ui.formatRow.isVisible() and not page.period_picker.isVisible()
    assert ui.noPeriodLabel.text() == "No period: a blank form to fill in."
    assert ui.reportLanguageCombo.isEnabled() and ui.paperCombo.isEnabled()
    assert ui.exportButton.text() == "&Export PDF…" and ui.previewButton.isEnabled()
    ui.wordRadio.setChecked(True)  # chosen for another report: the form stays a PDF
    assert ui.exportButton.text() == "&Export PDF…"
    page.set_kind("3w")  # the 3W keeps its own words
    assert ui.noPeriodLabel.text() == "No period: the QIPs as they stand today."
    page.set_kind("assessment_form")
    export(qtbot, page, prompter, tmp_path / "form.pdf")
    assert len(PdfReader(tmp_path / "form.pdf").pages) == 4
    assert prompter.questions("error") == []


def test_the_file_menu_opens_the_blank_form_on_the_reports_page(window, qtbot):
    window.assessment_form_action.trigger()
    page = window.current_page()
    assert page.KEY == "reports" and page.kind().key == "assessment_form"
    assert window.assessment_form_action in window.ui.menuFile.actions()


def test_ctrl_p_prints_the_open_assessment(window, store, qtbot, tmp_path):
    saved = build_assessments(store)
    page = window.show_page("assessments")
    page.reload_list()
    assert page.open_record(saved.kidjigra.id)
    prompter = page.editor.printer.prompter()
    prompter.report_path = tmp_path / "asm"  # no suffix: .pdf is added
    page.editor.ui.nameEdit.setFocus()
    qtbot.keyClick(page.editor.ui.nameEdit, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    out = tmp_path / "asm.pdf"
    assert out.exists() and page.editor.printer.last_written == out
    [(_, title, suggested)] = prompter.questions("report_file")
    assert title == "Print the assessment"
    assert suggested.endswith(f"{saved.kidjigra.reference}.pdf")
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(out).pages)
    assert "Kidjigra" in text and "Water, sanitation and hygiene" in text
