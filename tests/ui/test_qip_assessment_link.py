"""The QIP editor's "Justified by assessment": the assessments near the project offered
first; once one is linked, who already works there, the severities of the sectors the
QIP's category answers and their recommended actions shown above the duplication check;
the link saved, and shown again when the project is opened."""

from __future__ import annotations

import re

from assessed_communities import A, assess
from ops_support import make_qip
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from scripted_prompter import make_org

from cimicdesk.domain.enums import ActionAddressee, QipCategory
from cimicdesk.store import qips

GRIMARI = "34NDM9000090000"  # some 60 km from Kidjigra


def shown_text(editor) -> str:
    """The panel as the officer reads it (its rich text as plain text, spaces single)."""
    document = QTextDocument()
    document.setHtml(editor.assessment_link.panel.text())
    return re.sub(r"[ \xa0]+", " ", document.toPlainText())


def test_a_linked_assessment_shows_who_works_there_above_the_duplication_check(
    open_window, store, qtbot
):
    mercy = make_org(store, "Mercy Corps")
    parish = make_org(store, "Caritas <Bambari>")  # shown as text, not as markup
    far = assess(store, "Grimari", "2026-11-01", {A.WASH: 2}, grid=GRIMARI)
    kidjigra = assess(
        store,
        "Kidjigra",
        "2026-10-12",
        {A.WASH: 4, A.HEALTH: 3},
        present=[mercy, parish],
        actions=(
            ("Repair the hand pump at the school", A.WASH, ActionAddressee.MISSION),
            ("Refer cholera cases to the health post", A.HEALTH, ActionAddressee.HUMANITARIAN),
            ("Set up a water committee", None, ActionAddressee.COMMUNITY),
        ),
    )
    qip = make_qip(store, "Borehole at Kidjigra", grid="34NDM6409037550")
    window = open_window()
    page = window.show_page("qips")
    page.open_record(qip.id)
    editor = page.editor
    combo = editor.assessment_link.combo
    # Kidjigra (1 km from the project) first, though Grimari's is newer.
    assert [combo.itemData(i) for i in range(1, combo.count())] == [kidjigra.id, far.id]
    assert combo.itemText(1) == (
        f"Kidjigra (Village) · 2026-10-12 · worst 4 · Extreme · {kidjigra.reference}"
    )
    assert "No assessment linked" in shown_text(editor)
    assert not editor.assessment_link.open_button.isEnabled()

    combo.setCurrentIndex(1)
    assert page.is_dirty()
    text = shown_text(editor)
    assert "Who already works there: Mercy Corps, Caritas <Bambari>" in text
    assert "Severity: Water, sanitation and hygiene 4 · Extreme" in text
    assert "Repair the hand pump at the school" in text
    assert "Set up a water committee" in text  # for no one sector: shown for every QIP
    assert "Refer cholera" not in text and "Health" not in text  # not a WASH need
    # The panel sits just above the duplication check, in the same form.
    form = editor.ui.formLayout
    panel_row, _ = form.getWidgetPosition(editor.assessment_link.panel)
    check_row, _ = form.getWidgetPosition(editor.ui.duplicationEdit)
    assert 0 < check_row - panel_row <= 2

    # A health project sees the health sector and its action instead.
    ui = editor.ui
    ui.categoryCombo.setCurrentIndex(ui.categoryCombo.findData(QipCategory.HEALTH.value))
    text = shown_text(editor)
    assert "Health 3 · Severe" in text and "Refer cholera cases" in text
    assert "Repair the hand pump" not in text
    ui.categoryCombo.setCurrentIndex(ui.categoryCombo.findData(QipCategory.WASH.value))

    qtbot.keyClick(page.table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert qips.get_qip(store, qip.id).assessment_id == kidjigra.id
    page.open_record(qip.id)
    assert combo.currentData() == kidjigra.id
    assert "Mercy Corps" in shown_text(editor)
    # Open: the assessment on its page.
    qtbot.mouseClick(editor.assessment_link.open_button, Qt.MouseButton.LeftButton)
    assert window.current_page() is window.pages["assessments"]
    assert window.pages["assessments"].editor.record_id == kidjigra.id


def test_a_name_that_is_no_assessment_is_refused_at_the_picker(open_window, store, qtbot):
    assess(store, "Kidjigra", "2026-10-12", {A.WASH: 4})
    qip = make_qip(store, "Borehole at Kidjigra")
    window = open_window()
    page = window.show_page("qips")
    page.open_record(qip.id)
    combo = page.editor.assessment_link.combo
    combo.setEditText("Bambary")
    qtbot.keyClick(page.table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "No assessment is called 'Bambary'" in page.editor.error_text("assessment_id")
    assert qips.get_qip(store, qip.id).assessment_id is None
