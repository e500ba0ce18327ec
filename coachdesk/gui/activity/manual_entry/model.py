"""Manual entry table model (the day's rows) and the group filter in front of it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from coachdesk.core.activity.figures import DayFigures
from coachdesk.gui.activity.manual_entry.cells import (
    FIGURE_COLUMNS,
    INVALID_BG,
    INVALID_FG,
    Col,
    Figures,
    GridRow,
    Index,
    canonical_text,
    column_label,
    parse_cell,
    translate,
)
from coachdesk.gui.widgets.roles import ItemRole
from coachdesk.store.activity.entries import RepOnDay


class DayGridModel(QAbstractTableModel):
    edited = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[GridRow] = []

    def set_rows(self, reps: list[RepOnDay], stored: dict[int, DayFigures]) -> None:
        self.beginResetModel()
        self.rows = [GridRow(rep, stored.get(rep.member_id)) for rep in reps]
        self.endResetModel()
        self.edited.emit()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Col) - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(Col) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Col)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return column_label(Col(section))
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            if section == Col.TALK:
                return translate("ManualEntry", "A number is minutes (45, 12.5); 1:02:03 is hours:minutes:seconds")
            if section == Col.REVENUE:
                return translate("ManualEntry", "Yuan, up to two decimals")
            if section == Col.INTENT:
                return translate("ManualEntry", "Optional: leave empty if not counted")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and index.column() >= Col.CALLS:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = Col(index.column())
        if role == ItemRole.MEMBER_ID:
            return row.rep.member_id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == Col.EMPLOYEE_ID:
                return row.rep.employee_id
            if column == Col.NAME:
                return row.rep.name
            if column == Col.GROUP:
                return row.rep.group_name or "—"
            return row.text(column)
        if column < Col.CALLS:
            if role == Qt.ItemDataRole.ForegroundRole and not row.rep.on_roster:
                return QBrush(QColor("#8a8f98"))
            if role == Qt.ItemDataRole.ToolTipRole and not row.rep.on_roster:
                return translate("ManualEntry", "Not on the roster that day; shown because figures are stored")
            return None
        error = row.errors().get(column) if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole,
                                                     Qt.ItemDataRole.ToolTipRole) else None
        if role == Qt.ItemDataRole.BackgroundRole and error:
            return QBrush(INVALID_BG)
        if role == Qt.ItemDataRole.ForegroundRole and error:
            return QBrush(INVALID_FG)
        if role == Qt.ItemDataRole.ToolTipRole:
            return error
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and row.changed:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or index.column() < Col.CALLS:
            return False
        column = Col(index.column())
        text = "" if value is None else str(value).strip()
        try:
            parsed = parse_cell(column, text)
        except ValueError:
            parsed = None  # keep what was typed; the cell shows why it is wrong
        else:
            if parsed is not None:
                text = canonical_text(column, parsed)  # show how it was understood: 45 → 0:45:00
        row = self.rows[index.row()]
        row.texts[FIGURE_COLUMNS.index(column)] = text
        # rules span the row (connected vs calls …) and the bold "changed" mark too: repaint the whole row
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), len(Col) - 1))
        self.edited.emit()
        return True

    # ---------------------------------------------------------------- what to save
    def invalid_cells(self) -> list[tuple[int, Col, str]]:
        return [(r, column, message) for r, row in enumerate(self.rows) for column, message in row.errors().items()]

    def entries(self) -> list[tuple[int, Figures]]:
        """(member id, figures) of every changed row (rows hidden by the group filter included)."""
        result = []
        for row in self.rows:
            figures = row.figures()
            if row.changed and figures is not None:
                result.append((row.rep.member_id, figures))
        return result

    @property
    def dirty(self) -> bool:
        return any(row.changed for row in self.rows)


class GroupFilter(QSortFilterProxyModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.group_id: int | None = None

    def set_group(self, group_id: int | None) -> None:
        self.beginFilterChange()
        self.group_id = group_id
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if self.group_id is None:
            return True
        model = self.sourceModel()
        assert isinstance(model, DayGridModel)
        return model.rows[source_row].rep.group_id == self.group_id
