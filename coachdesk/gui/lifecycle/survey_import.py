"""Survey files in and out: the problems dialog for a file that could not be imported (every problem, each
naming its row and column) and the empty template to hand out (UTF-8 with BOM, so Excel shows Chinese)."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

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

from coachdesk.core.lifecycle.survey import Survey
from coachdesk.gui.widgets.text import fill


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
