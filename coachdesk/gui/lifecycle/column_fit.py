"""Keep a table's long-text columns readable: they share the width the other columns leave (Stretch), but never
shrink below a readable width — then they keep it and the table scrolls sideways instead of showing a word a
line."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTableView


class ColumnFit(QObject):
    def __init__(self, table: QTableView, columns: Sequence[int], min_width: int) -> None:
        super().__init__(table)
        self.table, self.columns, self.min_width = table, list(columns), min_width
        table.viewport().installEventFilter(self)
        header = table.horizontalHeader()
        header.sectionResized.connect(self._section_resized)
        model = table.model()
        model.modelReset.connect(self.fit)
        model.layoutChanged.connect(self.fit)

    def _section_resized(self, index: int, _old: int, _new: int) -> None:
        if index not in self.columns:  # the user widened another column: the long-text ones share what is left
            self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        header = self.table.horizontalHeader()
        others = sum(header.sectionSize(c) for c in range(header.count())
                     if c not in self.columns and not header.isSectionHidden(c))
        room = self.table.viewport().width() - others
        stretch = room >= self.min_width * len(self.columns)
        for column in self.columns:
            mode = QHeaderView.ResizeMode.Stretch if stretch else QHeaderView.ResizeMode.Interactive
            if header.sectionResizeMode(column) != mode:
                header.setSectionResizeMode(column, mode)
            if not stretch and header.sectionSize(column) != self.min_width:
                header.resizeSection(column, self.min_width)
