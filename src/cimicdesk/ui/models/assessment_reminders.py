"""The dashboard's assessment reminders: communities not assessed for longer than the
mission's interval, and communities whose severity rose at their last assessment."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QBrush

from cimicdesk.store import dashboard_queries
from cimicdesk.store.dashboard_queries import OverdueCommunity, SeverityRise
from cimicdesk.ui.i18n import label
from cimicdesk.ui.models.alerts import AlertListModel
from cimicdesk.ui.models.assessment_trend import plain_tooltip
from cimicdesk.ui.models.operations import ALERT_BACKGROUND, ALERT_TEXT, AWAITING_BACKGROUND
from cimicdesk.ui.severity import severity_text


def community_text(name: str, adm2: str) -> str:
    """'Ouandago (Kaga-Bandoro)': the sub-prefecture tells two of one name apart."""
    return f"{name} ({adm2})" if adm2 else name


class OverdueCommunitiesModel(AlertListModel):
    """Communities whose last assessment is older than the interval, longest first.
    RecordIdRole gives the community key (double-click opens its trend)."""

    COMMUNITY, KIND_COLUMN, LAST, DAYS = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("Columns", "Community"),
        QT_TRANSLATE_NOOP("Columns", "Kind"),
        QT_TRANSLATE_NOOP("Columns", "Last assessed"),
        QT_TRANSLATE_NOOP("Columns", "Days since"),
    )

    def load(self) -> list[OverdueCommunity]:
        return dashboard_queries.overdue_communities(self.store, self.today)

    def record_id(self, item: OverdueCommunity) -> str:
        return item.key

    def display(self, item: OverdueCommunity, column: int) -> str:
        if column == self.COMMUNITY:
            return community_text(item.name, item.adm2)
        if column == self.KIND_COLUMN:
            return label(item.kind)
        if column == self.LAST:
            return item.last_assessed
        if column == self.DAYS:
            return str(item.days)
        return ""

    def background(self, item: OverdueCommunity) -> QBrush | None:
        return AWAITING_BACKGROUND

    def tooltip(self, item: OverdueCommunity, column: int) -> str | None:
        return plain_tooltip(
            community_text(item.name, item.adm2),
            self.tr("Last assessed {day}, {days} days ago. Double-click to see its trend.").format(
                day=item.last_assessed, days=item.days
            ),
        )


class SeverityRisesModel(AlertListModel):
    """Communities whose last assessment rated a sector worse than the one before.
    RecordIdRole gives the community key (double-click opens its trend)."""

    COMMUNITY, ROSE, ASSESSED = range(3)
    HEADERS = (
        QT_TRANSLATE_NOOP("Columns", "Community"),
        QT_TRANSLATE_NOOP("Columns", "Rose"),
        QT_TRANSLATE_NOOP("Columns", "Assessed"),
    )

    def load(self) -> list[SeverityRise]:
        return dashboard_queries.severity_rises(self.store)

    def record_id(self, item: SeverityRise) -> str:
        return item.key

    def rises_text(self, item: SeverityRise) -> str:
        """'Health 3→4; Protection 2→4'."""
        return "; ".join(
            self.tr("{sector} {before}→{after}").format(
                sector=label(change.sector),
                before=change.before.level,
                after=change.after.level,
            )
            for change in item.rises
        )

    def display(self, item: SeverityRise, column: int) -> str:
        if column == self.COMMUNITY:
            return community_text(item.name, item.adm2)
        if column == self.ROSE:
            return self.rises_text(item)
        if column == self.ASSESSED:
            return item.assessed_on
        return ""

    def background(self, item: SeverityRise) -> QBrush | None:
        return ALERT_BACKGROUND

    def foreground(self, item: SeverityRise, column: int) -> QBrush | None:
        return ALERT_TEXT if column == self.ROSE else None

    def tooltip(self, item: SeverityRise, column: int) -> str | None:
        lines = [
            self.tr("{sector}: {before} to {after}").format(
                sector=label(change.sector),
                before=severity_text(change.before),
                after=severity_text(change.after),
            )
            for change in item.rises
        ]
        return plain_tooltip(
            community_text(item.name, item.adm2),
            self.tr("Assessed {day}; rose since {previous}:").format(
                day=item.assessed_on, previous=item.previous_on
            ),
            "\n".join(lines),
            self.tr("Double-click to see its trend."),
        )
