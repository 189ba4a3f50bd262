"""The community's name suggests the communities already assessed: choosing one fills its
kind, prefecture, sub-prefecture, place and grid as last recorded, so a second assessment
of a village is of the same community (docs/assessment-fields.md: the community key)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter

from cimicdesk.domain.assessment import Assessment
from cimicdesk.domain.assessment_trend import community_key
from cimicdesk.domain.errors import CimicError
from cimicdesk.store import assessments
from cimicdesk.store.filters import AssessmentFilter
from cimicdesk.ui.formatting import grid_display
from cimicdesk.ui.i18n import label

NameRole = Qt.ItemDataRole.UserRole + 1
AssessmentRole = Qt.ItemDataRole.UserRole + 2
SUGGESTIONS = 8
LOOKED_AT = 40  # the latest assessments matching the text, folded into communities
MIN_TYPED = 2


def suggestion_text(assessment: Assessment) -> str:
    """'Ndomété (Village, Nana-Grébizi / Kaga-Bandoro, 2026-11-02)'."""
    where = " / ".join(p for p in (assessment.adm1, assessment.adm2) if p)
    parts = [label(assessment.community_kind), where, assessment.assessed_on]
    return f"{assessment.community_name} ({', '.join(p for p in parts if p)})"


class CommunitySuggestions(QObject):
    """A completer on the editor's name field over the communities assessed before, the
    latest assessment of each; typed text is never changed until one is chosen."""

    def __init__(self, editor):
        super().__init__(editor)
        self.editor = editor
        edit = editor.ui.nameEdit
        self.model = QStandardItemModel(self)
        completer = QCompleter(self.model, edit)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCompletionRole(NameRole)
        completer.setMaxVisibleItems(SUGGESTIONS)
        edit.textEdited.connect(self.suggest)
        completer.activated[QModelIndex].connect(self.chosen)
        edit.setCompleter(completer)

    def suggest(self, text: str) -> None:
        self.model.clear()
        if len(text.strip()) < MIN_TYPED:
            return
        try:
            found = assessments.list_assessments(
                self.editor.store, AssessmentFilter(text=text.strip()), limit=LOOKED_AT
            ).items
        except CimicError:
            return  # a word the search cannot take: no suggestions, the typing goes on
        seen = set()
        for assessment in found:  # the latest first: each community by its last visit
            key = community_key(assessment)
            if key in seen or assessment.id == self.editor.record_id:
                continue
            seen.add(key)
            item = QStandardItem(suggestion_text(assessment))
            item.setData(assessment.community_name, NameRole)
            item.setData(assessment, AssessmentRole)
            item.setEditable(False)
            self.model.appendRow(item)
            if len(seen) == SUGGESTIONS:
                break

    def chosen(self, index: QModelIndex) -> None:
        """The community's kind and where it lies, as last recorded, in the fields the
        officer has not filled."""
        previous: Assessment | None = index.data(AssessmentRole)
        if previous is None:
            return
        ui = self.editor.ui
        ui.kindCombo.setCurrentIndex(ui.kindCombo.findData(previous.community_kind.value))
        for edit, value in (
            (ui.adm1Edit, previous.adm1),
            (ui.adm2Edit, previous.adm2),
            (ui.placeEdit, previous.place),
            (ui.gridEdit, grid_display(previous.grid)),
        ):
            if not edit.text().strip() and value:
                edit.setText(value)  # an edit like typing: Undo takes it away
