"""Per-rep table: model (sortable by the numbers themselves), text filter, and a sparkline delegate."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

import numpy as np
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QPainter, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from coachdesk.core.common.periods import DateRange
from coachdesk.gui.activity.dashboard import formatting as fmt
from coachdesk.gui.activity.dashboard.data import RepRow
from coachdesk.gui.widgets.roles import ItemRole

translate = QCoreApplication.translate  # a name pyside6-lupdate recognises

Index = QModelIndex | QPersistentModelIndex
SPARK_COLOUR = QColor("#2563eb")
SPARK_FILL = QColor(37, 99, 235, 40)


class Column(IntEnum):
    REP = 0
    GROUP = 1
    TREND = 2  # next to the name: the shape is what the eye looks for first
    CALLS = 3
    CONNECTED = 4
    CONNECT_RATE = 5
    DEALS = 6
    CONVERSION = 7
    REVENUE = 8
    REVENUE_PER_REP_DAY = 9


NUMERIC = frozenset(Column) - {Column.REP, Column.GROUP, Column.TREND}


def _header(column: Column) -> str:
    return {
        Column.REP: translate("RepTableModel", "Rep"),
        Column.GROUP: translate("RepTableModel", "Group"),
        Column.CALLS: translate("RepTableModel", "Calls"),
        Column.CONNECTED: translate("RepTableModel", "Connected"),
        Column.CONNECT_RATE: translate("RepTableModel", "Connect rate"),
        Column.DEALS: translate("RepTableModel", "Deals"),
        Column.CONVERSION: translate("RepTableModel", "Conversion"),
        Column.REVENUE: translate("RepTableModel", "Revenue (¥)"),
        Column.REVENUE_PER_REP_DAY: translate("RepTableModel", "¥ / rep-day"),
        Column.TREND: translate("RepTableModel", "Deals trend"),
    }[column]


class RepTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[RepRow] = []
        self.period: DateRange | None = None
        self.bucket_days = 1

    def set_rows(self, rows: list[RepRow], period: DateRange | None, bucket_days: int = 1) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.period, self.bucket_days = period, bucket_days
        self.endResetModel()

    def rep(self, row: int) -> RepRow:
        return self._rows[row]

    def rows(self) -> list[RepRow]:
        return list(self._rows)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(Column) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _header(Column(section))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tip(Column(section))
        return None

    def _header_tip(self, column: Column) -> str | None:
        if column == Column.TREND:
            return self._trend_text()
        if column == Column.REVENUE_PER_REP_DAY:
            return translate("RepTableModel", "Revenue / days on which the rep made at least one call")
        if column == Column.CONVERSION:
            return translate("RepTableModel", "Deals / connected calls")
        return None

    def _trend_text(self) -> str:
        if self.bucket_days == 1:
            return translate("RepTableModel", "Deals per day over the range; sorts by the slope")
        if self.bucket_days == 7:
            return translate("RepTableModel", "Average deals per day, week by week; sorts by the slope")
        return translate("RepTableModel", "Average deals per day, four weeks at a time; sorts by the slope")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        rep = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(rep, column)
        if role == ItemRole.SORT:
            return self._sort_key(rep, column)
        if role == ItemRole.MEMBER_ID:
            return rep.member_id
        if role == ItemRole.SPARK and column == Column.TREND:
            return rep.spark
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and not rep.active:
            return QBrush(QColor("#8a8f98"))
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Column.REP and not rep.active:
                return translate("RepTableModel", "Has left the team")
            if column == Column.TREND:
                return self._trend_text()
        return None

    @staticmethod
    def _display(rep: RepRow, column: Column) -> str:
        t = rep.totals
        match column:
            case Column.REP:
                return rep.label
            case Column.GROUP:
                return rep.group or fmt.DASH
            case Column.CALLS:
                return fmt.count(t.calls)
            case Column.CONNECTED:
                return fmt.count(t.connected)
            case Column.CONNECT_RATE:
                return fmt.rate(t.connect_rate)
            case Column.DEALS:
                return fmt.count(t.deals)
            case Column.CONVERSION:
                return fmt.rate(t.conversion)
            case Column.REVENUE:
                return fmt.money(t.revenue_cents, symbol=False)
            case Column.REVENUE_PER_REP_DAY:
                return fmt.decimal_money(t.revenue_per_rep_day, symbol=False)
            case Column.TREND:
                return ""

    @staticmethod
    def _sort_key(rep: RepRow, column: Column) -> Any:
        """Numbers for numeric columns (never their text: '9' > '10' as strings); -1 for "no rate"."""
        t = rep.totals
        match column:
            case Column.REP:
                return rep.label
            case Column.GROUP:
                return rep.group
            case Column.CALLS:
                return t.calls
            case Column.CONNECTED:
                return t.connected
            case Column.CONNECT_RATE:
                return t.connect_rate if t.connect_rate is not None else -1.0
            case Column.DEALS:
                return t.deals
            case Column.CONVERSION:
                return t.conversion if t.conversion is not None else -1.0
            case Column.REVENUE:
                return t.revenue_cents
            case Column.REVENUE_PER_REP_DAY:
                return float(t.revenue_per_rep_day) if t.revenue_per_rep_day is not None else -1.0
            case Column.TREND:
                return rep.spark_trend


class RepFilter(QSortFilterProxyModel):
    """Sorts by ItemRole.SORT; the text filter looks at the rep (name, employee ID) and group columns only."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(ItemRole.SORT)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        pattern = self.filterRegularExpression()
        if not pattern.pattern():
            return True
        model = self.sourceModel()
        return any(pattern.match(str(model.index(source_row, column, source_parent).data() or "")).hasMatch()
                   for column in (Column.REP, Column.GROUP))


class SparklineDelegate(QStyledItemDelegate):
    """Draws the rep's deals over the range as a small line with a shaded area; one cached polygon per row."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._cache: dict[tuple[int, int, int], tuple[QPolygonF, QPolygonF]] = {}

    def clear_cache(self) -> None:
        self._cache.clear()

    @staticmethod
    def polygons(values: np.ndarray, width: float, height: float) -> tuple[QPolygonF, QPolygonF]:
        """(line, closed area) in a width x height box, the row's own maximum at the top."""
        count = len(values)
        peak = float(values.max()) if count else 0.0
        xs = np.linspace(0.0, width, count) if count > 1 else np.array([width / 2])
        ys = height - (values / peak * height if peak > 0 else np.zeros(count))
        line = QPolygonF([QPointF(float(x), float(y)) for x, y in zip(xs, ys, strict=True)])
        area = QPolygonF(line)
        area.append(QPointF(float(xs[-1]), height))
        area.append(QPointF(float(xs[0]), height))
        return line, area

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        values = index.data(ItemRole.SPARK)
        if values is None or not len(values):
            return
        box = QRectF(option.rect).adjusted(6, 5, -6, -5)
        if box.width() < 4 or box.height() < 4:
            return
        key = (int(index.data(ItemRole.MEMBER_ID)), int(box.width()), int(box.height()))
        cached = self._cache.get(key)
        if cached is None:
            cached = self._cache[key] = self.polygons(values, float(int(box.width())), float(int(box.height())))
        line, area = cached
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        colour = option.palette.color(QPalette.ColorRole.HighlightedText) if selected else SPARK_COLOUR
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(box.topLeft())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colour.red(), colour.green(), colour.blue(), 45) if selected else SPARK_FILL)
        painter.drawPolygon(area)
        painter.setPen(QPen(colour, 1.4))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPolyline(line)
        painter.setBrush(colour)
        painter.drawEllipse(line.last(), 2.0, 2.0)
        painter.restore()


class RepTableView(QTableView):
    """Emits ``repActivated(member id)`` on double-click or Enter/Return."""

    repActivated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSortingEnabled(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(26)
        header = self.horizontalHeader()
        header.setResizeContentsPrecision(200)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(48)
        self.doubleClicked.connect(self._activate)

    def _activate(self, index: QModelIndex) -> None:
        if index.isValid():
            self.repActivated.emit(int(index.siblingAtColumn(Column.REP).data(ItemRole.MEMBER_ID)))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._activate(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)
