"""The 32 survey statements in presented order with the answers typed so far, and the table that takes them
from the keyboard: a digit 1–5 answers the current statement and moves on, Backspace clears and goes back,
Delete clears, Up/Down move."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from coachdesk.core.common.local_text import pick
from coachdesk.core.lifecycle.survey import MAX_ANSWER, MIN_ANSWER, Survey, SurveyItem
from coachdesk.gui.lifecycle.context import content_language
from coachdesk.gui.lifecycle.row_table_model import Index, RowTableModel

MISSING_BACKGROUND = QColor("#fee2e2")
MISSING_TEXT = QColor("#991b1b")


class AnswersModel(RowTableModel[SurveyItem]):
    columns = range(3)
    ITEM, STATEMENT, ANSWER = columns

    def __init__(self, survey: Survey, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.survey = survey
        self.rows = list(survey.items)
        self.answers: dict[str, int] = {}
        self.missing: set[str] = set()  # highlighted after a save that lacked them

    def headers(self) -> dict[int, str]:
        return {self.ITEM: self.tr("Item"), self.STATEMENT: self.tr("Statement"), self.ANSWER: self.tr("Answer")}

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self.rows[index.row()]
        column = index.column()
        answer = self.answers.get(item.id)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.ITEM:
                return item.id
            if column == self.STATEMENT:
                return pick(item.text, content_language())
            if answer is None:
                return ""
            return f"{answer} · {pick(self.survey.scale[answer - 1], content_language())}"
        if role == Qt.ItemDataRole.EditRole and column == self.ANSWER:
            return answer
        if role == Qt.ItemDataRole.ToolTipRole and column == self.STATEMENT:
            return pick(item.text, content_language())
        if role == Qt.ItemDataRole.BackgroundRole and item.id in self.missing:
            return MISSING_BACKGROUND
        if role == Qt.ItemDataRole.ForegroundRole and item.id in self.missing:
            return MISSING_TEXT
        if role == Qt.ItemDataRole.FontRole and column == self.ANSWER and answer is not None:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.STATEMENT:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable if index.isValid() else Qt.ItemFlag.NoItemFlags

    def set_answer(self, row: int, value: int | None) -> None:
        item_id = self.rows[row].id
        if value is None:
            self.answers.pop(item_id, None)
        else:
            self.answers[item_id] = value
            self.missing.discard(item_id)
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def answered(self) -> int:
        return len(self.answers)

    def clear(self) -> None:
        self.beginResetModel()
        self.answers.clear()
        self.missing.clear()
        self.endResetModel()

    def mark_missing(self, item_ids: set[str]) -> None:
        self.missing = set(item_ids)
        self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))

    def row_of(self, item_id: str) -> int:
        return self.survey.ids.index(item_id)


class AnswerTable(QTableView):
    answersChanged = Signal()
    finished = Signal()  # the last statement was answered: time to save

    def __init__(self, model: AnswersModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("surveyAnswers")
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab leaves the table for the Save button
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.horizontalHeader()
        header.setSectionResizeMode(AnswersModel.ITEM, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AnswersModel.STATEMENT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(AnswersModel.ANSWER, QHeaderView.ResizeMode.Fixed)
        self.fit_answer_column()
        self.go_to(0)

    def fit_answer_column(self) -> None:
        """As wide as the longest answer in the content language (the statements get the rest)."""
        model = self.answers_model()
        lang = content_language()
        texts = [f"{n} · {pick(label, lang)}" for n, label in enumerate(model.survey.scale, start=1)]
        texts.append(model.headerData(AnswersModel.ANSWER, Qt.Orientation.Horizontal))
        bold = QFont(self.font())
        bold.setBold(True)
        width = max(QFontMetrics(bold).horizontalAdvance(text) for text in texts)
        self.horizontalHeader().resizeSection(AnswersModel.ANSWER, width + 20)

    def answers_model(self) -> AnswersModel:
        model = self.model()
        assert isinstance(model, AnswersModel)
        return model

    def go_to(self, row: int) -> None:
        row = max(0, min(row, self.answers_model().rowCount() - 1))
        index = self.answers_model().index(row, AnswersModel.ANSWER)
        self.setCurrentIndex(index)
        self.scrollTo(index)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        row = self.currentIndex().row() if self.currentIndex().isValid() else 0
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        text = event.text()
        last = self.answers_model().rowCount() - 1
        if plain and text.isdigit() and MIN_ANSWER <= int(text) <= MAX_ANSWER:
            self.answers_model().set_answer(row, int(text))
            self.answersChanged.emit()
            if row >= last:
                self.finished.emit()
            else:
                self.go_to(row + 1)
            return
        if plain and event.key() in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            self.answers_model().set_answer(row, None)
            self.answersChanged.emit()
            if event.key() == Qt.Key.Key_Backspace:
                self.go_to(row - 1)
            return
        super().keyPressEvent(event)
