"""The thresholds table: one row per threshold with its name, meaning, default and this team's value.

The team's column holds what the user typed (in the shown unit, e.g. "-20" for a -20 % drop) until OK reads it,
so a value that does not parse is never lost; rows with a problem are marked until they are edited again."""

from __future__ import annotations

from dataclasses import fields
from enum import IntEnum

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QFont

from coachdesk.core.lifecycle.thresholds import DEFAULT_THRESHOLDS, Thresholds
from coachdesk.gui.lifecycle.row_table_model import Index, RowTableModel
from coachdesk.gui.lifecycle.threshold_labels import (
    Number,
    ParseProblem,
    display_text,
    edit_text,
    parse_value,
    threshold_meaning,
    threshold_name,
)
from coachdesk.gui.widgets.roles import ItemRole
from coachdesk.gui.widgets.text import fill

INVALID_BACKGROUND = QColor("#fee2e2")
INVALID_TEXT = QColor("#991b1b")
CHANGED_TEXT = QColor("#1d4ed8")


class Column(IntEnum):
    NAME = 0
    MEANING = 1
    DEFAULT = 2
    VALUE = 3
    CHANGED = 4


class ThresholdsModel(RowTableModel[str]):
    columns = Column

    def __init__(self, current: Thresholds, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows = [f.name for f in fields(Thresholds)]
        self.current = current.to_mapping()
        self.defaults = DEFAULT_THRESHOLDS.to_mapping()
        self.texts = {name: edit_text(name, self.current[name]) for name in self.names}
        self.problems: dict[str, str] = {}  # threshold → why its row is marked

    @property
    def names(self) -> list[str]:
        """The thresholds' field names, one per row."""
        return self.rows

    # ---------------------------------------------------------------- values
    def parsed(self, name: str) -> Number | ParseProblem:
        return parse_value(name, self.texts[name])

    def is_default(self, name: str) -> bool:
        return self.parsed(name) == self.defaults[name]

    def set_text(self, name: str, text: str) -> None:
        self.texts[name] = text
        self.problems.pop(name, None)
        row = self.names.index(name)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))

    def reset(self, name: str) -> None:
        self.set_text(name, edit_text(name, self.defaults[name]))

    def reset_all(self) -> None:
        for name in self.names:
            self.reset(name)

    def set_problems(self, problems: dict[str, str]) -> None:
        self.problems = dict(problems)
        self.retranslate()

    def changes(self) -> dict[str, Number | ParseProblem]:
        """Every row whose value differs from the team's stored one (a value that does not parse included)."""
        result: dict[str, Number | ParseProblem] = {}
        for name in self.names:
            value = self.parsed(name)
            if value != self.current[name]:
                result[name] = value
        return result

    # ---------------------------------------------------------------- Qt model
    def headers(self) -> dict[int, str]:
        return {
            Column.NAME: self.tr("Threshold"),
            Column.MEANING: self.tr("What it means"),
            Column.DEFAULT: self.tr("Default"),
            Column.VALUE: self.tr("This team"),
            Column.CHANGED: self.tr("Changed"),
        }

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.column() == Column.VALUE else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        name, column = self.names[index.row()], Column(index.column())
        if role == ItemRole.NAME:
            return name
        if role == ItemRole.PROBLEM:
            return column == Column.VALUE and name in self.problems
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(name, column)
        if role == Qt.ItemDataRole.EditRole and column == Column.VALUE:
            return self.texts[name]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(name, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (Column.DEFAULT, Column.VALUE, Column.CHANGED):
            horizontal = Qt.AlignmentFlag.AlignCenter if column == Column.CHANGED else Qt.AlignmentFlag.AlignRight
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if column == Column.VALUE and name in self.problems:
            if role == Qt.ItemDataRole.BackgroundRole:
                return INVALID_BACKGROUND
            if role == Qt.ItemDataRole.ForegroundRole:
                return INVALID_TEXT
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.CHANGED:
            return CHANGED_TEXT
        if role == Qt.ItemDataRole.FontRole and column == Column.VALUE and not self.is_default(name):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != Column.VALUE or role != Qt.ItemDataRole.EditRole:
            return False
        self.set_text(self.names[index.row()], str(value))
        return True

    def _display(self, name: str, column: Column) -> str:
        if column == Column.NAME:
            return threshold_name(name)
        if column == Column.MEANING:
            return threshold_meaning(name)
        if column == Column.DEFAULT:
            return display_text(name, self.defaults[name])
        if column == Column.VALUE:
            value = self.parsed(name)
            return self.texts[name] if isinstance(value, ParseProblem) else display_text(name, value)
        return "" if self.is_default(name) else "●"

    def _tooltip(self, name: str, column: Column) -> str | None:
        if column == Column.VALUE and name in self.problems:
            return self.problems[name]
        if column == Column.VALUE:
            return self.tr("Double-click or press F2 to change; type a number")
        if column == Column.CHANGED and not self.is_default(name):
            return fill(self.tr("Differs from the default (%1)"), display_text(name, self.defaults[name]))
        if column == Column.MEANING:
            return threshold_meaning(name)
        return None
