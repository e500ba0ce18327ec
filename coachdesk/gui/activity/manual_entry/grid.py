"""Manual entry grid view with spreadsheet keys: Enter moves down, Delete clears, copy and paste blocks."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QKeyEvent, QKeySequence, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from coachdesk.gui.activity.manual_entry.cells import Col, Index


class EnterMovesDown(QStyledItemDelegate):
    """Return/Enter in the cell editor commits and asks the view to move down (Tab keeps Qt's move right)."""

    enterPressed = Signal()

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        super().paint(painter, option, index)
        if index.data(Qt.ItemDataRole.ToolTipRole) and index.column() >= Col.CALLS:  # invalid: red even when selected
            painter.save()
            painter.setPen(QPen(QColor("#dc2626"), 2))
            painter.drawRect(option.rect.adjusted(1, 1, -1, -1))
            painter.restore()

    def createEditor(self, parent: QWidget, option, index: Index) -> QWidget:
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return editor

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            self.enterPressed.emit()
            return True
        return super().eventFilter(editor, event)


class DayGrid(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dayGrid")
        self.delegate = EnterMovesDown(self)
        self.delegate.enterPressed.connect(self.move_down)
        self.setItemDelegate(self.delegate)
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed | QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        self.setTabKeyNavigation(True)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)

    def move_down(self) -> None:
        current = self.currentIndex()
        if not current.isValid():
            return
        below = current.siblingAtRow(current.row() + 1)
        if below.isValid():
            self.setCurrentIndex(below)
            self.scrollTo(below)

    def commit_open_editor(self) -> None:
        """Keep what is being typed when the dialog saves (Ctrl+S) while a cell is still being edited."""
        if self.state() == QAbstractItemView.State.EditingState:
            editor = self.indexWidget(self.currentIndex())
            if editor is not None:
                self.commitData(editor)
                self.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        current = self.currentIndex()
        if self.state() != QAbstractItemView.State.EditingState:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.move_down()
                return
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.clear_selection_cells()
                return
            if event.matches(QKeySequence.StandardKey.Paste):
                self.paste()
                return
            if event.matches(QKeySequence.StandardKey.Copy):
                self.copy()
                return
            text = event.text()
            if (current.isValid() and current.column() < Col.CALLS and text and text.isprintable()
                    and not event.modifiers() & Qt.KeyboardModifier.ControlModifier):
                target = current.siblingAtColumn(Col.CALLS)  # typing on a name starts with the first figure
                self.setCurrentIndex(target)
                self.edit(target, QAbstractItemView.EditTrigger.AnyKeyPressed, event)
                return
        super().keyPressEvent(event)

    def _editable(self, index: QModelIndex) -> bool:
        return index.isValid() and bool(index.flags() & Qt.ItemFlag.ItemIsEditable)

    def clear_selection_cells(self) -> None:
        for index in self.selectionModel().selectedIndexes() or [self.currentIndex()]:
            if self._editable(index) and index.data():
                self.model().setData(index, "")

    def copy(self) -> None:
        indexes = sorted(self.selectionModel().selectedIndexes(), key=lambda i: (i.row(), i.column()))
        if not indexes:
            return
        rows: dict[int, list[str]] = {}
        for index in indexes:
            rows.setdefault(index.row(), []).append(str(index.data() or ""))
        QGuiApplication.clipboard().setText("\n".join("\t".join(cells) for cells in rows.values()))

    def paste(self) -> None:
        """Paste a block of tab/line separated values (as spreadsheets copy them) from the current cell on."""
        start = self.currentIndex()
        text = QGuiApplication.clipboard().text()
        if not start.isValid() or not text:
            return
        lines = text.replace("\r\n", "\n").replace("\r", "\n").rstrip("\n").split("\n")
        model = self.model()
        for r, line in enumerate(lines):
            for c, value in enumerate(line.split("\t")):
                index = model.index(start.row() + r, start.column() + c)
                if self._editable(index):
                    model.setData(index, value)
