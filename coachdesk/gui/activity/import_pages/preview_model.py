"""The first rows of the file, as the Columns page shows them."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from coachdesk.core.activity.columns import is_summary_label
from coachdesk.core.activity.figures import Field
from coachdesk.gui.activity.import_models import RecordsModel, field_label
from coachdesk.gui.activity.import_pages.common import Index
from coachdesk.gui.widgets.text import fill


class PreviewModel(RecordsModel):
    """The first rows of the file as the file has them; the header says which field each column feeds."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__([], parent)
        self.headers: list[str] = []
        self.rows: list[tuple[int, list[object]]] = []
        self.used: dict[int, Field] = {}

    def set_file(self, headers: list[str], rows: list[tuple[int, list[object]]]) -> None:
        self.beginResetModel()
        self.headers, self.rows = list(headers), list(rows)
        width = max([len(headers)] + [len(cells) for _n, cells in rows])
        self.headers += [""] * (width - len(self.headers))
        self.endResetModel()

    def set_used(self, used: dict[int, Field]) -> None:
        self.used = dict(used)
        if self.headers:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.headers) - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.headers) - 1))

    def retranslate(self) -> None:
        self.set_used(self.used)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Vertical:
                return str(self.rows[section][0]) if section < len(self.rows) else None
            f = self.used.get(section)
            target = ("→ " + field_label(f)) if f else self.tr("(not used)")
            return f"{self.headers[section]}\n{target}"
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            f = self.used.get(section)
            return (fill(self.tr("Read as: %1"), field_label(f)) if f
                    else self.tr("This column is not imported."))
        return None

    def skip_reason(self, row: int) -> str:
        """Why the import will skip this row ("" when it will not): what the engine's row checker does."""
        cells = self.rows[row][1]
        if all(c is None or (isinstance(c, str) and not c.strip()) for c in cells):
            return self.tr("Skipped: blank line")
        labels = [i for i, f in self.used.items() if f in (Field.DATE, Field.EMPLOYEE_ID, Field.NAME)]
        if any(is_summary_label(cells[i]) for i in [0, *labels] if i < len(cells) and cells[i] is not None):
            return self.tr("Skipped: a total row")
        return ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        cells = self.rows[index.row()][1]
        value = cells[index.column()] if index.column() < len(cells) else None
        if role == Qt.ItemDataRole.DisplayRole:
            if value is None:
                return ""
            if isinstance(value, dt.datetime | dt.date):
                return value.isoformat()
            if isinstance(value, float) and value.is_integer():
                return str(int(value))
            return str(value)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.skip_reason(index.row()) or None
        if role == Qt.ItemDataRole.FontRole and self.skip_reason(index.row()):
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and (index.column() not in self.used
                                                      or self.skip_reason(index.row())):
            return QBrush(QColor("#9ca3af"))
        if role == Qt.ItemDataRole.BackgroundRole and index.column() in self.used:
            return QBrush(QColor("#eff6ff"))
        return None
