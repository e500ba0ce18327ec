"""The Question bank: a table of the team's questions (question, section, kind, difficulty, basic, tags, retired)
with a text filter and a section filter; Add… / Edit… / Retire–Restore / Delete / Import… / Export… are asked of
the tab (their actions), which runs them undoably."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QToolButton, QVBoxLayout, QWidget

from coachdesk.core.drills.questions import Question
from coachdesk.core.drills.scripts import SECTIONS, Section
from coachdesk.gui.competitions.column_model import Column, ColumnModel, selected_row, table_view
from coachdesk.gui.drills.drill_labels import difficulty_label, kind_label, section_label, yes_no
from coachdesk.gui.widgets.text import fill


class QuestionModel(ColumnModel[Question]):
    def make_columns(self) -> list[Column[Question]]:
        grey = lambda q: "#9ca3af" if q.retired else None  # noqa: E731
        return [
            Column(lambda: self.tr("Question"), lambda q: q.text, tooltip=lambda q: q.answer, color=grey),
            Column(lambda: self.tr("Section"), lambda q: section_label(q.section),
                   lambda q: SECTIONS.index(q.section), color=grey),
            Column(lambda: self.tr("Kind"), lambda q: kind_label(q.kind), color=grey),
            Column(lambda: self.tr("Difficulty"), lambda q: difficulty_label(q.difficulty),
                   lambda q: int(q.difficulty), color=grey),
            Column(lambda: self.tr("Basic"), lambda q: yes_no(q.basic), color=grey),
            Column(lambda: self.tr("Tags"), lambda q: ", ".join(q.tags), color=grey),
            Column(lambda: self.tr("Retired"), lambda q: self.tr("retired") if q.retired else "", color=grey),
        ]


class BankPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.questions: list[Question] = []
        self.add_action, self.edit_action, self.retire_action = QAction(self), QAction(self), QAction(self)
        self.delete_action, self.import_action, self.export_action = QAction(self), QAction(self), QAction(self)
        buttons = QHBoxLayout()
        for action in (self.add_action, self.edit_action, self.retire_action, self.delete_action,
                       self.import_action, self.export_action):
            button = QToolButton()
            button.setDefaultAction(action)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.search = QLineEdit()
        self.search.setObjectName("bankFilter")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self.apply_filter())
        self.section = QComboBox()
        self.section.addItem("", None)
        for s in SECTIONS:
            self.section.addItem(section_label(s), s.value)
        self.section.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.show_retired = QCheckBox()
        self.show_retired.setChecked(True)
        self.show_retired.toggled.connect(lambda _c: self.apply_filter())
        self.section_label = QLabel()
        self.section_label.setBuddy(self.section)
        self.count = QLabel()
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.section_label)
        filters.addWidget(self.section, 1)
        filters.addWidget(self.show_retired)
        filters.addStretch(1)
        filters.addWidget(self.count)
        self.model = QuestionModel(self)
        self.table, self.proxy = table_view(self.model, "questionTable", self, sort_column=1, stretch=(0,))
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.update_actions())
        self.table.doubleClicked.connect(lambda _i: self.edit_action.trigger())
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        self.retranslate()

    def show_questions(self, questions: list[Question]) -> None:
        self.questions = list(questions)
        self.apply_filter()

    def apply_filter(self) -> None:
        text = self.search.text().strip().casefold()
        section = self.section.currentData()
        rows = [q for q in self.questions
                if (not text or text in q.text.casefold() or text in q.answer.casefold()
                    or any(text in t.casefold() for t in q.tags))
                and (section is None or q.section is Section(section))
                and (self.show_retired.isChecked() or not q.retired)]
        chosen = self.current()
        self.model.set_rows(rows)
        if chosen is not None:
            self.select_question(chosen.id)
        self.update_actions()
        self.retranslate()

    def current(self) -> Question | None:
        return selected_row(self.table, self.proxy, self.model)

    def select_question(self, question_id: int | None) -> bool:
        for index, q in enumerate(self.model.rows):
            if q.id == question_id:
                self.table.setCurrentIndex(self.proxy.mapFromSource(self.model.index(index, 0)))
                self.table.selectRow(self.table.currentIndex().row())
                return True
        return False

    def update_actions(self) -> None:
        current = self.current()
        for action in (self.edit_action, self.retire_action, self.delete_action):
            action.setEnabled(current is not None)
        self.export_action.setEnabled(bool(self.questions))
        self.retire_action.setText(self.tr("&Restore") if current is not None and current.retired
                                   else self.tr("&Retire"))

    def retranslate(self) -> None:
        self.add_action.setText(self.tr("&Add…"))
        self.edit_action.setText(self.tr("&Edit…"))
        self.delete_action.setText(self.tr("&Delete"))
        self.delete_action.setToolTip(self.tr("Delete a question never asked (Ctrl+Z undoes it); retire one "
                                              "that was"))
        self.import_action.setText(self.tr("&Import…"))
        self.import_action.setToolTip(self.tr("Add or update questions from a CSV or .xlsx file (every row or "
                                              "none)"))
        self.export_action.setText(self.tr("E&xport…"))
        self.export_action.setToolTip(self.tr("Save the bank as a CSV file that imports back"))
        self.search.setPlaceholderText(self.tr("Filter questions, answers, tags…"))
        self.section_label.setText(self.tr("&Section:"))
        self.section.setItemText(0, self.tr("All sections"))
        for index, s in enumerate(SECTIONS, start=1):
            self.section.setItemText(index, section_label(s))
        self.show_retired.setText(self.tr("Show retired"))
        self.count.setText(fill(self.tr("%1 of %2 questions"), len(self.model.rows), len(self.questions)))
        current = self.current()
        self.retire_action.setText(self.tr("&Restore") if current is not None and current.retired
                                   else self.tr("&Retire"))
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

