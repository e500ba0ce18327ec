"""Add / Edit a question of the bank: every field, validation messages beside the fields."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from coachdesk.core.drills.questions import Difficulty, Kind, Question, split_tags
from coachdesk.core.drills.scripts import SECTIONS, Section
from coachdesk.gui.drills.drill_form import DrillFormDialog
from coachdesk.gui.drills.drill_labels import difficulty_label, kind_label, section_label


class QuestionDialog(DrillFormDialog):
    def __init__(self, parent: QWidget | None, submit: Callable[[Any], object], question: Question | None = None,
                 section: Section | None = None) -> None:
        super().__init__(submit, parent)
        self.question = question
        q = question
        self.text = QLineEdit(q.text if q else "")
        self.text.setObjectName("questionText")
        self.answer = QPlainTextEdit(q.answer if q else "")
        self.answer.setObjectName("questionAnswer")
        self.section, self.kind, self.difficulty = QComboBox(), QComboBox(), QComboBox()
        for s in SECTIONS:
            self.section.addItem(section_label(s), s.value)
        for k in Kind:
            self.kind.addItem(kind_label(k), k.value)
        for d in Difficulty:
            self.difficulty.addItem(difficulty_label(d), int(d))
        chosen = q.section if q else (section or Section.OBJECTIONS)
        self.section.setCurrentIndex(self.section.findData(chosen.value))
        self.kind.setCurrentIndex(self.kind.findData((q.kind if q else Kind.QUESTION).value))
        self.difficulty.setCurrentIndex(self.difficulty.findData(int(q.difficulty if q else Difficulty.MEDIUM)))
        self.basic = QCheckBox()
        self.basic.setChecked(q.basic if q else True)
        self.tags = QLineEdit(", ".join(q.tags) if q else "")
        self.tags.setObjectName("questionTags")
        self.retired = QCheckBox()
        self.retired.setChecked(bool(q and q.retired))
        for field, widget in (("text", self.text), ("answer", self.answer), ("section", self.section),
                              ("kind", self.kind), ("difficulty", self.difficulty), ("basic", self.basic),
                              ("tags", self.tags), ("retired", self.retired)):
            self.add_row(field, widget)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())
        self.retranslate()

    def draft(self) -> Question:
        return Question(self.text.text(), self.answer.toPlainText(), Section(self.section.currentData()),
                        Kind(self.kind.currentData()), Difficulty(int(self.difficulty.currentData())),
                        self.basic.isChecked(), split_tags(self.tags.text()),
                        self.question.id if self.question else None, self.retired.isChecked())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Edit Question") if self.question else self.tr("Add Question"))
        texts = {"text": self.tr("&Question:"), "answer": self.tr("Model &answer:"), "section": self.tr("&Section:"),
                 "kind": self.tr("&Kind:"), "difficulty": self.tr("&Difficulty:"), "basic": self.tr("&Basic:"),
                 "tags": self.tr("&Tags:"), "retired": self.tr("&Retired:")}
        for field, text in texts.items():
            self.row_labels[field].setText(text)
        self.basic.setText(self.tr("every rep must answer it well to be certified"))
        self.retired.setText(self.tr("no longer drawn in drills (kept for their history)"))
        self.tags.setPlaceholderText(self.tr("separated by commas"))
