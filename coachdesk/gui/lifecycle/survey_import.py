"""Survey files in and out: the problems dialog for a file that could not be imported (every problem, each
naming its row and column) and the empty template to hand out (UTF-8 with BOM, so Excel shows Chinese)."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coachdesk.core.common.messages import CodedError
from coachdesk.core.lifecycle import survey_file as sf
from coachdesk.core.lifecycle.survey import Survey
from coachdesk.gui.widgets import file_problems
from coachdesk.gui.widgets.text import CodeTexts, fill

translate = QCoreApplication.translate  # a name pyside6-lupdate recognises

# SurveyFileError.errors by code: a template and the params that fill its %1, %2, … in that order.
_PROBLEMS = CodeTexts({
    sf.NO_DATE_COLUMN.code: (
        lambda: translate("SurveyImportProblems", "row %1: no date column (name one “date” or “日期”)"), ("row",)),
    sf.NO_ITEM_COLUMNS.code: (
        lambda: translate("SurveyImportProblems", "row %1: no column for item(s) %2"), ("row", "items")),
    sf.UNKNOWN_COLUMNS.code: (
        lambda: translate("SurveyImportProblems", "row %1: unknown column(s) %2"), ("row", "columns")),
    sf.NO_ROWS.code: (lambda: translate("SurveyImportProblems", "the file has no answer rows"), ()),
    sf.NO_DATE.code: (lambda: translate("SurveyImportProblems", "row %1, column %2: no date"), ("row", "column")),
    sf.BAD_DATE.code: (lambda: translate("SurveyImportProblems", "row %1, column %2: “%3” is not a date"),
                       ("row", "column", "value")),
    sf.EMPTY_ANSWER.code: (
        lambda: translate("SurveyImportProblems", "row %1, column %2: empty is not an answer from 1 to 5"),
        ("row", "column")),
    sf.NOT_AN_ANSWER.code: (
        lambda: translate("SurveyImportProblems", "row %1, column %2: “%3” is not an answer from 1 to 5"),
        ("row", "column", "value")),
    sf.UNKNOWN_MEMBER.code: (
        lambda: translate("SurveyImportProblems", "row %1, column %2: no member '%3' in this team"),
        ("row", "column", "member")),
})


def translates(code: str) -> bool:
    return code in _PROBLEMS or file_problems.translates(code)


def problem_text(error: CodedError) -> str:
    """A survey file problem in the user's language (a code not known here: the English text)."""
    if file_problems.translates(error.code):  # the file as a whole could not be read
        return fill(translate("SurveyImportProblems", "the file could not be read: %1"),
                    file_problems.file_problem_text(error))
    return _PROBLEMS.text(error.code, error.params, str(error))


def write_template(path: Path, survey: Survey) -> None:
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerow(["date", "member", *survey.ids])


class ImportProblemsDialog(QDialog):
    """Lists every problem found in a survey file; nothing of the file was stored."""

    def __init__(self, file_name: str, problems: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("surveyImportProblems")
        self.setWindowTitle(self.tr("Survey file not imported"))
        self.problems = list(problems)
        text = self.tr("Nothing from %1 was stored. Fix these %2 problem(s) in the file and import it again:")
        intro = QLabel(fill(text, file_name, str(len(self.problems))))
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.addItems(self.problems)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = QPushButton(self.tr("&Copy list"))
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText("\n".join(self.problems)))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(620, 360)
