"""The QIP editor's "Justified by assessment": a picker, and what the linked assessment says.

Set just above the duplication check: once an assessment is linked, the officer reads
who already works in the community, the severities of the sectors the QIP's category
answers and the actions the team recommended for them while writing the check
(store.qip_justification gathers them). Everything shown is read-only, and the team's
words are shown as text, never as markup.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QToolButton, QWidget

from cimicdesk.domain.enums import QipCategory, Severity
from cimicdesk.store import qip_justification
from cimicdesk.store.database import Store
from cimicdesk.store.qip_justification import AssessmentChoice, Justification
from cimicdesk.ui.i18n import label
from cimicdesk.ui.severity import COLOURS, swatch
from cimicdesk.ui.severity import severity_text as level_and_label
from cimicdesk.ui.widgets.choices import (
    assessment_choices,
    chosen_id,
    fill_choices,
    make_searchable,
    refill_keeping_choice,
    select_choice,
)

NOTE_STYLE = "color: #5a5a5a;"


def severity_text(severity: Severity | None) -> str:
    """'4 · Extreme' in the window's language, as the Assessments page shows it; '—' when
    not rated."""
    return level_and_label(severity) if severity is not None else "—"


def severity_html(severity: Severity | None) -> str:
    """The severity on its colour, as the Assessments page shows it."""
    if severity is None:
        return escape(severity_text(None))
    back, ink = COLOURS[severity]
    text = escape(severity_text(severity)).replace(" ", "&nbsp;")  # never broken
    return f"<span style='background-color:{back}; color:{ink}'>&nbsp;{text}&nbsp;</span>"


class AssessmentLink(QObject):
    """The picker (`combo`, named assessmentCombo: a draft keeps it) with its Open button
    (`open_button`: the assessment on its page) in one `row` of the editor's form, and
    the read-only `panel` under it, just above the duplication check.

    Attributes: store; combo; open_button; row; panel; shown (the justification the panel
    shows, None when no assessment is linked); choices (the assessments offered, newest
    first).
    """

    def __init__(self, store: Store, editor: QWidget, form: QFormLayout, before: QWidget):
        super().__init__(editor)
        self.store = store
        self.shown: Justification | None = None
        self.choices: list[AssessmentChoice] = []
        self.combo = QComboBox(editor)
        self.combo.setObjectName("assessmentCombo")
        self.combo.setToolTip(
            self.tr(
                "The community assessment that found the need this project answers. Those "
                "near the project's grid or place are listed first."
            )
        )
        make_searchable(self.combo)
        self.open_button = QToolButton(editor)
        self.open_button.setObjectName("openAssessmentButton")
        # The word the form's Open buttons (partner, focal point) already say.
        self.open_button.setText(QCoreApplication.translate("QipEditor", "Open"))
        self.open_button.setToolTip(self.tr("Open the assessment on the Assessments page."))
        self.row = QHBoxLayout()
        self.row.addWidget(self.combo, 1)
        self.row.addWidget(self.open_button)
        self.panel = QLabel(editor)
        self.panel.setObjectName("assessmentPanel")
        self.panel.setWordWrap(True)
        self.panel.setTextFormat(Qt.TextFormat.RichText)  # every value in it escaped
        self.panel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        caption = QLabel(self.tr("Justified by &assessment:"), editor)
        caption.setBuddy(self.combo)
        row, _ = form.getWidgetPosition(before)
        label_row, _ = form.getWidgetPosition(form.labelForField(before))
        row = min(r for r in (row, label_row) if r >= 0)
        form.insertRow(row, caption, self.row)
        form.insertRow(row + 1, "", self.panel)

    def refresh(self, grid: str = "", place: str = "", keep: str | None = None) -> None:
        """Read the assessments again, those near `grid` or `place` first, keeping the one
        picked (or `keep`, the one the QIP links, though older than the list goes)."""
        self.choices = assessment_choices(self.store)
        if keep and all(c.id != keep for c in self.choices):
            linked = qip_justification.linked_choice(self.store, keep)
            if linked is not None:
                self.choices.append(linked)
        ordered = qip_justification.nearest_first(self.choices, grid, place)
        items = [(c.id, self.choice_text(c)) for c in ordered]
        none = self.tr("(no assessment linked)")
        if keep is None:
            refill_keeping_choice(self.combo, items, none)
        else:
            fill_choices(self.combo, items, none, keep)
        for index, choice in enumerate(ordered, start=1):  # the worst severity's colour
            self.combo.setItemIcon(index, swatch(choice.worst))

    def choice_text(self, choice: AssessmentChoice) -> str:
        """'Kidjigra (Village) · 2026-10-12 · worst 4 Extreme · BANBAT1-ASM-2026-004': the
        community first, as the officer looks for it."""
        return self.tr("{community} ({kind}) · {date} · worst {severity} · {reference}").format(
            reference=choice.reference,
            community=choice.community,
            kind=label(choice.kind),
            date=choice.assessed_on,
            severity=severity_text(choice.worst),
        )

    def select(self, assessment_id: str | None) -> None:
        select_choice(self.combo, assessment_id)

    def linked_id(self) -> str | None:
        """The id picked (None: none, or text that names no assessment)."""
        try:
            return chosen_id(self.combo)
        except LookupError:
            return None

    def show(self, category: QipCategory) -> None:
        """What the linked assessment says, for a QIP of this category."""
        self.shown = qip_justification.justification(self.store, self.linked_id(), category)
        self.open_button.setEnabled(self.shown is not None)
        if self.shown is None:
            self.panel.setStyleSheet(NOTE_STYLE)
            self.panel.setText(
                escape(
                    self.tr(
                        "No assessment linked: pick the one that found the need, to see who "
                        "already works there."
                    )
                )
            )
            return
        self.panel.setStyleSheet("")
        self.panel.setText(self.html(self.shown))

    def html(self, found: Justification) -> str:
        """Who works there, the sectors' severities and the actions, every value escaped."""
        works = ", ".join(escape(name) for name in found.organisations) or escape(
            self.tr("no organisation recorded")
        )
        ratings = "&nbsp;&nbsp; ".join(
            f"{escape(label(r.sector))} {severity_html(r.severity)}" for r in found.ratings
        ) or escape(self.tr("no sector of this category rated"))
        # Each tr() on its own, not inside an f-string, where lupdate would not find it.
        works_caption = self.tr("Who already works there:")
        severity_caption = self.tr("Severity:")
        recommended_caption = self.tr("Recommended:")
        lines = [
            f"<b>{escape(works_caption)}</b> {works}",
            f"<b>{escape(severity_caption)}</b> {ratings}",
        ]
        if found.actions:
            lines.append(f"<b>{escape(recommended_caption)}</b>")
            lines += [
                f"• {escape(a.description)} <span style='{NOTE_STYLE}'>"
                f"({escape(label(a.addressed_to))})</span>"
                for a in found.actions
            ]
        return "<br>".join(lines)
