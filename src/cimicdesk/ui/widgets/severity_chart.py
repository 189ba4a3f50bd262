"""Small line charts of a community's severities, one per sector assessed, side by side.

Each chart runs over the community's assessments in order (oldest left, as the trend's
columns), its scale the JIAF's 1 to 5 with the bands in their colours; a point is a
rating in its severity's colour, joined to the previous rating (dashed across an
assessment that did not rate the sector).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from cimicdesk.domain.assessment_trend import SeverityPoint
from cimicdesk.domain.enums import AssessmentSector, Severity
from cimicdesk.ui.i18n import label
from cimicdesk.ui.severity import background

COLUMNS = 4  # charts across
CHART_HEIGHT = 96
GAP = 10
INK = QColor("#303030")


class SeverityCharts(QWidget):
    """One small chart per sector rated at least once in the series given.

    Attributes: series (sector -> its points, as domain.assessment_trend.severity_series
    gives them), sectors (the sectors drawn, in the scale's order).
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.series: dict[AssessmentSector, list[SeverityPoint]] = {}
        self.sectors: list[AssessmentSector] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def show_series(self, series: dict[AssessmentSector, list[SeverityPoint]]) -> None:
        self.series = series
        self.sectors = [
            s for s in AssessmentSector if any(p.severity is not None for p in series.get(s, []))
        ]
        self.updateGeometry()
        self.update()

    def _rows(self) -> int:
        return -(-len(self.sectors) // COLUMNS)

    def sizeHint(self) -> QSize:
        return QSize(4 * 200, self._rows() * (CHART_HEIGHT + GAP))

    def minimumSizeHint(self) -> QSize:
        return QSize(4 * 120, self._rows() * (CHART_HEIGHT + GAP))

    def chart_rect(self, number: int) -> QRectF:
        """Where the number-th chart is drawn."""
        width = (self.width() - GAP * (COLUMNS - 1)) / COLUMNS
        row, column = divmod(number, COLUMNS)
        return QRectF(column * (width + GAP), row * (CHART_HEIGHT + GAP), width, CHART_HEIGHT)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for number, sector in enumerate(self.sectors):
            self._chart(painter, self.chart_rect(number), sector)
        painter.end()

    def _chart(self, painter: QPainter, rect: QRectF, sector: AssessmentSector) -> None:
        metrics = painter.fontMetrics()
        title_h = metrics.height() + 2
        painter.setPen(INK)
        title = metrics.elidedText(label(sector), Qt.TextElideMode.ElideRight, int(rect.width()))
        painter.drawText(
            QRectF(rect.left(), rect.top(), rect.width(), title_h),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            title,
        )
        axis_w = metrics.horizontalAdvance("5") + 6
        plot = QRectF(rect.left() + axis_w, rect.top() + title_h + 2, rect.width() - axis_w - 4, 0)
        plot.setBottom(rect.bottom() - 4)
        band = plot.height() / 5
        for level in range(1, 6):  # the scale's bands, pale, 5 at the top
            top = plot.bottom() - level * band
            colour = QColor(background(Severity.of_level(level)))
            colour.setAlpha(70)
            painter.fillRect(QRectF(plot.left(), top, plot.width(), band), colour)
            painter.setPen(INK)
            painter.drawText(
                QRectF(rect.left(), top, axis_w - 3, band),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                str(level),
            )
        painter.setPen(QPen(QColor("#b0b0b0"), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(plot)
        points = self.series[sector]
        count = len(points)

        def at(index: int, level: int) -> QPointF:
            x = plot.left() + plot.width() * (index + 0.5) / max(count, 1)
            return QPointF(x, plot.bottom() - (level - 0.5) * band)

        previous: tuple[int, QPointF] | None = None
        for index, point in enumerate(points):
            if point.severity is None:
                continue
            here = at(index, point.severity.level)
            if previous is not None:
                pen = QPen(INK, 1.6)
                if index - previous[0] > 1:  # an assessment between did not rate it
                    pen.setStyle(Qt.PenStyle.DashLine)
                painter.setPen(pen)
                painter.drawLine(previous[1], here)
            previous = (index, here)
        for index, point in enumerate(points):
            if point.severity is None:
                continue
            painter.setPen(QPen(INK, 1))
            painter.setBrush(background(point.severity))
            painter.drawEllipse(at(index, point.severity.level), 4.5, 4.5)
