"""A table model over a list of rows whose columns are declared once: header, text, sort value, alignment,
tooltip, colour and bold — every contest table (standings, duels, deals, morning rounds, recaps, promises, support)
is one of these behind a ``QSortFilterProxyModel`` sorting by ``ItemRole.SORT``.

Headers are callables so a subclass's ``self.tr`` keeps the strings in its own translation context and a language
change only has to ask again (``retranslate``)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from coachdesk.gui.widgets.roles import ItemRole

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class Column(Generic[R]):
    header: Callable[[], str]
    text: Callable[[R], str]
    sort: Callable[[R], Any] | None = None  # default: the text
    align: Qt.AlignmentFlag = LEFT
    tooltip: Callable[[R], str] | None = None
    color: Callable[[R], str | None] | None = None  # text colour
    bold: Callable[[R], bool] | None = None


class ColumnModel(QAbstractTableModel, Generic[R]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[R] = []
        self.columns: list[Column[R]] = self.make_columns()
        self.row_background: Callable[[R], str | None] | None = None

    def make_columns(self) -> list[Column[R]]:  # pragma: no cover - abstract
        raise NotImplementedError

    def set_rows(self, rows: Iterable[R]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row(self, index: int) -> R:
        return self.rows[index]

    def retranslate(self) -> None:
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.columns) - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header()
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.TextAlignmentRole:
            return int(self.columns[section].align)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == ItemRole.SORT:
            value = column.sort(row) if column.sort else column.text(row)
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
            return column.tooltip(row) or None
        if role == Qt.ItemDataRole.ForegroundRole and column.color:
            color = column.color(row)
            return QBrush(QColor(color)) if color else None
        if role == Qt.ItemDataRole.BackgroundRole and self.row_background:
            background = self.row_background(row)
            return QBrush(QColor(background)) if background else None
        if role == Qt.ItemDataRole.FontRole and column.bold and column.bold(row):
            font = QFont()
            font.setBold(True)
            return font
        if role == ItemRole.ID:
            return getattr(row, "id", None)
        return None


class SortProxy(QSortFilterProxyModel):
    """Sorts by ``ItemRole.SORT``; numbers before text when a column mixes them (None last)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(ItemRole.SORT)
        self.setDynamicSortFilter(True)

    def lessThan(self, left: Index, right: Index) -> bool:
        a, b = left.data(ItemRole.SORT), right.data(ItemRole.SORT)
        if a is None or b is None:
            return a is not None and b is None
        if isinstance(a, int | float) and isinstance(b, int | float):
            return a < b
        if isinstance(a, int | float) != isinstance(b, int | float):
            return isinstance(a, int | float)
        return str(a) < str(b)


def table_view(model: ColumnModel[Any], name: str, parent: QWidget | None = None,
               sort_column: int = 0, stretch: Sequence[int] = ()) -> tuple[QTableView, SortProxy]:
    """A read-only, sortable, row-selecting view over ``model`` through a proxy."""
    proxy = SortProxy(parent)
    proxy.setSourceModel(model)
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(sort_column, Qt.SortOrder.AscendingOrder)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    for column in stretch:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    header.setHighlightSections(False)
    return view, proxy


def selected_row(view: QTableView, proxy: SortProxy, model: ColumnModel[R]) -> R | None:
    index = view.currentIndex()
    if not index.isValid() or not view.selectionModel().isSelected(index):
        rows = view.selectionModel().selectedRows()
        if not rows:
            return None
        index = rows[0]
    source = proxy.mapToSource(index)
    return model.row(source.row()) if source.isValid() else None
