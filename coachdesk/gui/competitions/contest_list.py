"""The team's contests on the left of the Contests tab: name, a status badge (draft / upcoming / active /
completed), period and leader, running ones first (the store's order)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from coachdesk.core.competitions.contests import ContestStatus
from coachdesk.gui.competitions.column_model import Column, ColumnModel
from coachdesk.gui.competitions.contest_labels import STATUS_COLORS, kind_short, status_label
from coachdesk.gui.widgets.roles import ItemRole
from coachdesk.store.competitions.contests import ContestSummary

Index = QModelIndex | QPersistentModelIndex
_ORDER = {ContestStatus.ACTIVE: 0, ContestStatus.UPCOMING: 1, ContestStatus.DRAFT: 2, ContestStatus.COMPLETED: 3}


class ContestListModel(ColumnModel[ContestSummary]):
    STATUS = 1

    def make_columns(self) -> list[Column[ContestSummary]]:
        return [
            Column(lambda: self.tr("Contest"), lambda c: c.contest.name,
                   tooltip=lambda c: kind_short(c.contest.rules.kind), bold=lambda c: c.status is ContestStatus.ACTIVE),
            Column(lambda: self.tr("Status"), lambda c: status_label(c.status), lambda c: _ORDER[c.status]),
            Column(lambda: self.tr("Period"), lambda c: f"{c.contest.starts_on:%m-%d} – {c.contest.ends_on:%m-%d}",
                   lambda c: c.contest.starts_on.isoformat(),
                   tooltip=lambda c: f"{c.contest.starts_on.isoformat()} – {c.contest.ends_on.isoformat()}"),
            Column(lambda: self.tr("Leader"), lambda c: c.leader or "–"),
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if index.isValid() and role == ItemRole.ID:
            return self.rows[index.row()].contest.id
        if index.isValid() and role == ItemRole.MARKED:
            return self.rows[index.row()].status.value
        return super().data(index, role)

    def row_of(self, contest_id: int) -> int | None:
        return next((i for i, c in enumerate(self.rows) if c.contest.id == contest_id), None)


class StatusBadgeDelegate(QStyledItemDelegate):
    """The status as a rounded, coloured badge."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        try:
            status = ContestStatus(index.data(ItemRole.MARKED))
        except ValueError:
            status = ContestStatus.DRAFT
        fg, bg = STATUS_COLORS[status]
        width = option.fontMetrics.horizontalAdvance(text) + 14
        height = option.fontMetrics.height() + 4
        rect = QRectF(option.rect.left() + 4, option.rect.center().y() - height / 2 + 1, width, height)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(bg))
        painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.setPen(QColor(fg))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        return QSize(option.fontMetrics.horizontalAdvance(text) + 24, option.fontMetrics.height() + 10)


def make_delegate(parent: QObject) -> StatusBadgeDelegate:
    return StatusBadgeDelegate(parent)
