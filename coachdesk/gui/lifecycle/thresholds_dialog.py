"""Signal thresholds of one team: see each threshold the diagnosis uses, its meaning and default, and change this
team's values. OK stores every change at once as one undoable edit; a value that does not parse or breaks a rule
keeps the dialog open with the rows marked and a sentence per problem naming the threshold.

Keyboard: ↑/↓ pick a row; F2, typing a number or a double-click edits its value; Enter commits the value (a
second Enter presses OK); Tab moves to the next row's value and leaves the table after the last one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coachdesk.core.common.validation import FieldError, NotFoundError, ValidationError
from coachdesk.core.lifecycle.thresholds import Thresholds, thresholds_from
from coachdesk.gui.lifecycle.column_fit import ColumnFit
from coachdesk.gui.lifecycle.context import LifecycleContext
from coachdesk.gui.lifecycle.threshold_labels import Number, ParseProblem
from coachdesk.gui.lifecycle.threshold_problems import Problem, explain, parse_error
from coachdesk.gui.lifecycle.thresholds_model import Column, ThresholdsModel
from coachdesk.gui.widgets.roles import ItemRole
from coachdesk.gui.widgets.text import fill
from coachdesk.store.lifecycle import edits

translate = QCoreApplication.translate  # a name pyside6-lupdate recognises
Submit = Callable[[dict[str, Number]], object]  # stores the changes; raises ValidationError
INVALID_FRAME = QColor("#dc2626")  # as style.qss marks invalid inputs


class CellEdit(QLineEdit):
    """The value editor: Enter commits the value without also pressing the dialog's OK button."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()


class PaddedDelegate(QStyledItemDelegate):
    """A little air above and below the wrapped text of each row."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 8, size.height() + 6)


class ValueDelegate(PaddedDelegate):
    """Right-aligned editor; a value with a problem is framed in red (also when its row is selected)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        super().paint(painter, option, index)
        if index.data(ItemRole.PROBLEM):
            painter.save()
            painter.setPen(QPen(INVALID_FRAME, 2))
            painter.drawRect(option.rect.adjusted(1, 1, -1, -1))
            painter.restore()

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        editor = CellEdit(parent)
        editor.setFrame(False)
        editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return editor


class ThresholdsTable(QTableView):
    """Only the value column is edited, so the cursor stays in it: Tab/Backtab go to the next/previous row's value
    and leave the table at either end."""

    def moveCursor(self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier) -> QModelIndex:
        current = self.currentIndex()
        step = {QAbstractItemView.CursorAction.MoveNext: 1, QAbstractItemView.CursorAction.MovePrevious: -1,
                QAbstractItemView.CursorAction.MoveLeft: 0, QAbstractItemView.CursorAction.MoveRight: 0}.get(action)
        if step is None or not current.isValid():
            return super().moveCursor(action, modifiers)
        row = current.row() + step
        return self.model().index(row, Column.VALUE) if 0 <= row < self.model().rowCount() else current

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        row, last = self.currentIndex().row(), self.model().rowCount() - 1
        leaving = {QAbstractItemDelegate.EndEditHint.EditNextItem: row >= last,
                   QAbstractItemDelegate.EndEditHint.EditPreviousItem: row <= 0}.get(hint, False)
        super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint if leaving else hint)
        if leaving:
            self.focusNextPrevChild(hint == QAbstractItemDelegate.EndEditHint.EditNextItem)

    def currentChanged(self, current: QModelIndex | QPersistentModelIndex,
                       previous: QModelIndex | QPersistentModelIndex) -> None:
        super().currentChanged(current, previous)
        if current.isValid() and current.column() != Column.VALUE:  # a click on the name still edits the value
            self.setCurrentIndex(self.model().index(current.row(), Column.VALUE))


def store_undoably(context: LifecycleContext, team_id: int, changes: dict[str, Number]) -> Thresholds:
    """Apply every change at once as one undoable edit; undo puts back exactly the values held before."""
    with context.database().session() as s:
        stored, change = edits.set_team_thresholds(s, team_id, changes)
    context.push(translate("ThresholdsDialog", "Change signal thresholds"), change, team_id)
    return stored


class ThresholdsDialog(QDialog):
    def __init__(self, current: Thresholds, submit: Submit, team_name: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("thresholdsDialog")
        self._submit = submit
        self.team_name = team_name
        self.result_value: object = None
        self.problems: list[Problem] = []
        self._errors: tuple[list[FieldError], dict[str, Number]] = ([], {})  # to rebuild the text on a language change
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.model = ThresholdsModel(current, self)
        self.table = ThresholdsTable()
        self.table.setObjectName("thresholdsTable")
        self.table.setModel(self.model)
        self.table.setItemDelegate(PaddedDelegate(self.table))
        self.table.setItemDelegateForColumn(Column.VALUE, ValueDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(64)
        header.resizeSection(Column.NAME, 230)
        for column in (Column.DEFAULT, Column.VALUE, Column.CHANGED):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.column_fit = ColumnFit(self.table, [Column.MEANING], 220)
        self.reset_button, self.reset_all_button = QPushButton(), QPushButton()
        self.reset_button.setAutoDefault(False)
        self.reset_all_button.setAutoDefault(False)
        self.reset_button.clicked.connect(self.reset_selected)
        self.reset_all_button.clicked.connect(self.reset_all)
        reset_row = QHBoxLayout()
        reset_row.addWidget(self.reset_button)
        reset_row.addWidget(self.reset_all_button)
        reset_row.addStretch(1)
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(reset_row)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.table.setCurrentIndex(self.model.index(0, Column.VALUE))
        self.table.setFocus()
        self.resize(780, 620)
        self.retranslate()

    # ---------------------------------------------------------------- actions
    def selected_name(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.names[index.row()] if index.isValid() else None

    def select(self, name: str) -> None:
        self.table.setCurrentIndex(self.model.index(self.model.names.index(name), Column.VALUE))

    def reset_selected(self) -> None:
        name = self.selected_name()
        if name is not None:
            self.model.reset(name)
        self.table.setFocus()

    def reset_all(self) -> None:
        self.model.reset_all()
        self.table.setFocus()

    def accept(self) -> None:
        if self.table.state() == QAbstractItemView.State.EditingState:  # OK while a cell is open: keep its text
            editor = self.table.indexWidget(self.table.currentIndex())
            if editor is not None:
                self.table.commitData(editor)
        self.show_errors([], {})
        changes = self.model.changes()
        values = {**self.model.current, **{k: v for k, v in changes.items() if not isinstance(v, ParseProblem)}}
        errors = [parse_error(name, self.model.texts[name], value) for name, value in changes.items()
                  if isinstance(value, ParseProblem)]
        if errors:  # report the rule breaks among the readable values too, so everything shows at once
            try:
                thresholds_from(values)
            except ValidationError as exc:
                errors += exc.errors
            self.show_errors(errors, values)
            return
        if changes:
            try:
                self.result_value = self._submit({k: v for k, v in changes.items() if not isinstance(v, ParseProblem)})
            except ValidationError as exc:
                self.show_errors(exc.errors, values)
                return
            except NotFoundError as exc:
                self.show_errors([exc.as_field_error()], values)
                return
        super().accept()

    # ---------------------------------------------------------------- problems
    def show_errors(self, errors: list[FieldError], values: dict[str, Number], relabel: bool = False) -> None:
        """Mark the rows and list the problems; ``relabel`` only redoes the text (rows edited since stay clear)."""
        self._errors = (errors, values)
        order = {name: row for row, name in enumerate(self.model.names)}
        problems = [p for e in errors for p in explain(e, values)]
        self.problems = sorted(problems, key=lambda p: order.get(p.rows[0], len(order)))  # in the table's order
        marks: dict[str, list[str]] = {}
        for problem in self.problems:
            for name in problem.rows:
                if name in self.model.names and (not relabel or name in self.model.problems):
                    marks.setdefault(name, []).append(problem.text)
        self.model.set_problems({name: "\n".join(texts) for name, texts in marks.items()})
        self.error_label.setText("\n".join(p.text for p in self.problems))
        self.error_label.setVisible(bool(self.problems))
        if marks and not relabel:
            self.select(next(n for n in self.model.names if n in marks))
            self.table.setFocus()

    # ---------------------------------------------------------------- text
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Signal Thresholds"))
        if self.team_name:
            intro = fill(self.tr("The limits the diagnosis of %1 judges its signals by. Shares and changes are in percent. Double-click a value or press F2 to change it; changes apply to this team only."), self.team_name)  # noqa: E501 - one literal for lupdate
        else:
            intro = self.tr("The limits the diagnosis judges the team's signals by. Shares and changes are in percent. Double-click a value or press F2 to change it; changes apply to this team only.")  # noqa: E501
        self.intro.setText(intro)
        self.reset_button.setText(self.tr("&Reset to default"))
        self.reset_button.setToolTip(self.tr("Put the selected threshold back to its default"))
        self.reset_all_button.setText(self.tr("Reset &all"))
        self.reset_all_button.setToolTip(self.tr("Put every threshold back to its default"))
        self.model.retranslate()
        if self.problems:  # the sentences are rebuilt in the new language from the same errors
            self.show_errors(*self._errors, relabel=True)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
