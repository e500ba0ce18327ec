"""The survey result as four horizontal bars on the 8–40 scale, with the 'clearly present' mark at 32."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from coachdesk.core.lifecycle.stages import STAGES, Stage, StageMap
from coachdesk.core.lifecycle.survey import CLEAR_SCORE, MAX_SCORE, MIN_SCORE
from coachdesk.gui.lifecycle.lifecycle_labels import stage_label
from coachdesk.gui.lifecycle.stage_colors import stage_qcolor


def score_text(value: float) -> str:
    return f"{value:.1f}"


class StageBars(QWidget):
    """Four horizontal bars on the 8–40 scale with the 'clearly present' mark at 32."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("surveyBars")
        self.means: StageMap | None = None
        self.highlight: Stage | None = None

    def set_means(self, means: StageMap | None, highlight: Stage | None = None) -> None:
        self.means, self.highlight = means, highlight
        self.update()

    def _row_height(self) -> int:
        return self.fontMetrics().height() + 10

    def sizeHint(self) -> QSize:
        return QSize(320, self.fontMetrics().height() + 4 * self._row_height() + 6)

    def minimumSizeHint(self) -> QSize:
        return QSize(220, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        label_width = max(metrics.horizontalAdvance(stage_label(s)) for s in STAGES) + 10
        value_width = metrics.horizontalAdvance("40.0") + 10
        top = metrics.height() + 2
        left, right = label_width, self.width() - value_width
        span = max(1, right - left)

        def x_of(score: float) -> float:
            return left + span * (score - MIN_SCORE) / (MAX_SCORE - MIN_SCORE)

        row_height = self._row_height()
        for row, stage in enumerate(STAGES):
            y = top + row * row_height
            bold = stage is self.highlight
            font = painter.font()
            font.setBold(bold)
            painter.setFont(font)
            painter.setPen(QColor("#1f2937"))
            painter.drawText(QRectF(0, y, label_width - 8, row_height), Qt.AlignmentFlag.AlignRight
                             | Qt.AlignmentFlag.AlignVCenter, stage_label(stage))
            track = QRectF(left, y + 4, span, row_height - 8)
            painter.fillRect(track, QColor("#f3f4f6"))
            if self.means is not None:
                value = self.means[stage]
                colour = stage_qcolor(stage)
                if not bold and self.highlight is not None:
                    colour.setAlpha(150)
                painter.fillRect(QRectF(left, track.top(), x_of(value) - left, track.height()), colour)
                painter.setPen(QColor("#111827"))
                painter.drawText(QRectF(right + 6, y, value_width, row_height),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, score_text(value))
        # the mark at 32: at or beyond it a stage is clearly present
        font = painter.font()
        font.setBold(False)
        painter.setFont(font)
        mark = x_of(CLEAR_SCORE)
        painter.setPen(QPen(QColor("#374151"), 1, Qt.PenStyle.DashLine))
        painter.drawLine(int(mark), top, int(mark), top + 4 * row_height)
        painter.setPen(QColor("#4b5563"))
        painter.drawText(QRectF(mark - 40, 0, 80, top), Qt.AlignmentFlag.AlignCenter, str(CLEAR_SCORE))
        for score in (MIN_SCORE, MAX_SCORE):
            painter.drawText(QRectF(x_of(score) - 30, 0, 60, top), Qt.AlignmentFlag.AlignCenter, str(score))
        painter.end()
