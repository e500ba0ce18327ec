"""New / Edit Rubric: the rubric's name and pass mark, and its criteria — a list (Add, Remove, Move up/down) beside
the chosen criterion's name, weight and what a 1, a 3 and a 5 look like. OK checks the whole rubric at once: a
criterion with a problem is marked in the list (its messages in the tooltip and beside its fields when chosen) and
every problem is listed by criterion row; nothing typed is lost.

Texts show in the content language. A text left as it was keeps every language it had (a copy of the shipped
rubric stays bilingual); a text typed becomes the text for both languages."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coachdesk.core.common.local_text import pick
from coachdesk.core.common.validation import FieldError
from coachdesk.core.drills.rubric_drafts import (
    MAX_ANCHOR,
    MAX_CRITERIA,
    MAX_CRITERION,
    MAX_NAME,
    MAX_WEIGHT,
    MIN_WEIGHT,
    CriterionDraft,
    RubricDraft,
    Text,
)
from coachdesk.core.drills.rubrics import ANCHOR_SCORES, HIGH, LOW
from coachdesk.gui.drills.drill_form import DrillFormDialog
from coachdesk.gui.drills.drill_problems import problem_text, reason_text
from coachdesk.gui.lifecycle.context import content_language
from coachdesk.gui.widgets.text import fill
from coachdesk.gui.widgets.validating_dialog import set_invalid

ERROR_COLOR = "#b91c1c"
PARTS = ("name", "weight", *(f"anchor{s}" for s in ANCHOR_SCORES))


@dataclass
class _Row:
    """One criterion being edited: what it was (to keep untouched languages) and what the form holds."""

    key: str = ""
    name: Text = ""
    anchors: list[Text] = field(default_factory=lambda: ["", "", ""])
    weight: float = 1.0


def shown(text: Text) -> str:
    return text if isinstance(text, str) else pick(text, content_language())


def kept(before: Text, typed: str) -> Text:
    """``before`` when the field still shows it (every language kept), else what was typed."""
    return before if isinstance(before, dict) and shown(before) == typed else typed


class RubricDialog(DrillFormDialog):
    def __init__(self, parent: QWidget | None, submit: Callable[[Any], object], draft: RubricDraft | None = None,
                 *, editing: bool = False) -> None:
        super().__init__(submit, parent)
        self.editing = editing
        base = draft or RubricDraft("", (CriterionDraft("", ("", "", "")),))
        self._name_before: Text = base.name
        self.rows = [_Row(c.key, c.name, list(c.anchors), c.weight) for c in base.criteria]
        self.row_errors: dict[int, list[FieldError]] = {}
        self._current = -1
        self.name = QLineEdit(shown(base.name))
        self.name.setObjectName("rubricName")
        self.name.setMaxLength(MAX_NAME * 2)  # longer than allowed still shows and is refused with its length
        self.pass_mark = QDoubleSpinBox()
        self.pass_mark.setObjectName("rubricPassMark")
        self.pass_mark.setRange(LOW, HIGH)
        self.pass_mark.setSingleStep(0.1)
        self.pass_mark.setDecimals(1)
        self.pass_mark.setValue(base.pass_mark)
        self.list = QListWidget()
        self.list.setObjectName("rubricCriteria")
        self.list.currentRowChanged.connect(self._chosen)
        self.add_button, self.remove_button = QPushButton(), QPushButton()
        self.up_button, self.down_button = QPushButton(), QPushButton()
        self.add_button.clicked.connect(self.add_criterion)
        self.remove_button.clicked.connect(self.remove_criterion)
        self.up_button.clicked.connect(lambda: self.move_criterion(-1))
        self.down_button.clicked.connect(lambda: self.move_criterion(1))
        list_buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            list_buttons.addWidget(button)
        list_box = QVBoxLayout()
        list_box.addWidget(self.list, 1)
        list_box.addLayout(list_buttons)
        self.criterion_name = QLineEdit()
        self.criterion_name.setObjectName("criterionName")
        self.weight = QDoubleSpinBox()
        self.weight.setObjectName("criterionWeight")
        self.weight.setRange(MIN_WEIGHT, MAX_WEIGHT)
        self.weight.setSingleStep(0.5)
        self.weight.setDecimals(1)
        self.anchors = [QPlainTextEdit() for _ in ANCHOR_SCORES]
        for score, edit in zip(ANCHOR_SCORES, self.anchors, strict=True):
            edit.setObjectName(f"criterionAnchor{score}")
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(64)
        self.part_widgets: dict[str, QWidget] = {"name": self.criterion_name, "weight": self.weight}
        self.part_widgets |= {f"anchor{s}": e for s, e in zip(ANCHOR_SCORES, self.anchors, strict=True)}
        self.part_labels = {part: QLabel() for part in PARTS}
        self.part_errors = {part: self._error_label() for part in PARTS}
        detail = QFormLayout()
        for part in PARTS:
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(self.part_widgets[part])
            box.addWidget(self.part_errors[part])
            self.part_labels[part].setBuddy(self.part_widgets[part])
            detail.addRow(self.part_labels[part], box)
        self.criterion_name.textEdited.connect(self._name_typed)
        self.add_row("name", self.name)
        self.add_row("pass_mark", self.pass_mark)
        detail_box = QVBoxLayout()
        detail_box.addLayout(detail)
        detail_box.addStretch(1)  # the rows keep their height; spare room goes below them
        criteria = QHBoxLayout()
        criteria.addLayout(list_box, 2)
        criteria.addLayout(detail_box, 5)
        self.criteria_label = QLabel()
        self.criteria_error = self._error_label()
        self.field_widgets["criteria"] = self.list
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.criteria_label)
        layout.addLayout(criteria, 1)
        layout.addWidget(self.criteria_error)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        for row in self.rows:
            self.list.addItem(QListWidgetItem(shown(row.name)))
        self.list.setCurrentRow(0 if self.rows else -1)
        self._update_buttons()
        self.resize(860, 600)
        self.retranslate()

    @staticmethod
    def _error_label() -> QLabel:
        label = QLabel()
        label.setObjectName("fieldError")
        label.setStyleSheet(f"color: {ERROR_COLOR};")
        label.setWordWrap(True)
        label.hide()
        return label

    # ---------------------------------------------------------------- the criteria list
    def _store_current(self) -> None:
        """Put the form's texts into the row being edited."""
        if not 0 <= self._current < len(self.rows):
            return
        row = self.rows[self._current]
        row.name = kept(row.name, self.criterion_name.text())
        row.weight = self.weight.value()
        row.anchors = [kept(before, edit.toPlainText()) for before, edit in zip(row.anchors, self.anchors,
                                                                                strict=True)]

    def _chosen(self, index: int) -> None:
        self._store_current()
        self._current = index
        editable = 0 <= index < len(self.rows)
        for widget in self.part_widgets.values():
            widget.setEnabled(editable)
        row = self.rows[index] if editable else _Row()
        self.criterion_name.setText(shown(row.name))
        self.weight.setValue(row.weight)
        for edit, text in zip(self.anchors, row.anchors, strict=True):
            edit.setPlainText(shown(text))
        self._show_row_errors()
        self._update_buttons()

    def _name_typed(self, text: str) -> None:
        item = self.list.item(self._current)
        if item is not None:
            item.setText(text or self.tr("(no name)"))

    def add_criterion(self) -> None:
        self._store_current()
        self.rows.append(_Row())
        self.list.addItem(QListWidgetItem(self.tr("(no name)")))
        self.list.setCurrentRow(len(self.rows) - 1)
        self.criterion_name.setFocus()

    def remove_criterion(self) -> None:
        index = self._current
        if not 0 <= index < len(self.rows):
            return
        self._current = -1  # the row goes: nothing to store
        del self.rows[index]
        self.row_errors.clear()
        self.list.takeItem(index)
        self.list.setCurrentRow(min(index, len(self.rows) - 1))
        self._chosen(self.list.currentRow())

    def move_criterion(self, step: int) -> None:
        index, target = self._current, self._current + step
        if not (0 <= index < len(self.rows) and 0 <= target < len(self.rows)):
            return
        self._store_current()
        self.rows[index], self.rows[target] = self.rows[target], self.rows[index]
        self.row_errors.clear()
        for i in (index, target):
            self.list.item(i).setText(shown(self.rows[i].name) or self.tr("(no name)"))
        self._current = -1
        self.list.setCurrentRow(target)
        self._chosen(target)

    def _update_buttons(self) -> None:
        index, count = self._current, len(self.rows)
        self.add_button.setEnabled(count < MAX_CRITERIA)
        self.remove_button.setEnabled(0 <= index < count and count > 1)
        self.up_button.setEnabled(index > 0)
        self.down_button.setEnabled(0 <= index < count - 1)

    # ---------------------------------------------------------------- draft and errors
    def draft(self) -> RubricDraft:
        self._store_current()
        return RubricDraft(kept(self._name_before, self.name.text()),
                           tuple(CriterionDraft(r.name, (r.anchors[0], r.anchors[1], r.anchors[2]), r.weight, r.key)
                                 for r in self.rows), self.pass_mark.value())

    def part_label(self, part: str) -> str:
        return {"name": self.tr("Criterion"), "weight": self.tr("Weight"), "anchor1": self.tr("A 1 looks like"),
                "anchor3": self.tr("A 3 looks like"), "anchor5": self.tr("A 5 looks like")}[part]

    def field_labels(self) -> dict[str, str]:
        labels = super().field_labels()
        labels["criteria"] = self.tr("Criteria")
        for row, item in enumerate(self.rows, start=1):
            for part in PARTS:
                labels[f"criteria.{row}.{part}"] = fill(self.tr("Criterion %1 (%2), %3"), row,
                                                        shown(item.name) or self.tr("no name"),
                                                        self.part_label(part).lower())
        return labels

    def show_errors(self, errors: list[FieldError]) -> None:
        super().show_errors(errors)
        self.row_errors = {}
        for error in errors:
            parts = error.field.split(".")
            if len(parts) == 3 and parts[0] == "criteria" and parts[1].isdigit():
                self.row_errors.setdefault(int(parts[1]) - 1, []).append(error)
        labels = self.field_labels()
        criteria = [e for e in errors if e.field == "criteria"]
        self.criteria_error.setText("\n".join(reason_text(e) or problem_text(e, labels["criteria"])
                                              for e in criteria))
        self.criteria_error.setVisible(bool(criteria))
        for index in range(self.list.count()):
            item = self.list.item(index)
            mine = self.row_errors.get(index, [])
            item.setForeground(QBrush(QColor(ERROR_COLOR)) if mine else QBrush())
            item.setToolTip("\n".join(problem_text(e, labels.get(e.field, e.field)) for e in mine))
        if self.row_errors:
            first = min(self.row_errors)
            if first != self._current:
                self.list.setCurrentRow(first)
            self._show_row_errors()
            part = self.row_errors[first][0].field.split(".")[2]
            self.part_widgets[part].setFocus()
        else:
            self._show_row_errors()

    def _show_row_errors(self) -> None:
        mine = self.row_errors.get(self._current, [])
        for part in PARTS:
            found = [e for e in mine if e.field.endswith(f".{part}")]
            text = "\n".join(reason_text(e) or problem_text(e, self.part_label(part)) for e in found)
            self.part_errors[part].setText(text)
            self.part_errors[part].setVisible(bool(found))
            set_invalid(self.part_widgets[part], bool(found))

    def criterion_errors(self) -> dict[int, list[str]]:
        """Criterion row (from 1) → the fields with problems (tests)."""
        return {row + 1: [e.field.split(".")[2] for e in found] for row, found in self.row_errors.items()}

    # ---------------------------------------------------------------- text
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Edit Rubric") if self.editing else self.tr("New Rubric"))
        self.row_labels["name"].setText(self.tr("&Name:"))
        self.row_labels["pass_mark"].setText(self.tr("&Pass mark:"))
        self.pass_mark.setToolTip(self.tr("A scoring passes when the weighted mean of its criteria (1–5) reaches "
                                          "this mark; certification needs it too"))
        self.criteria_label.setText(fill(self.tr("Criteria (at most %1; each scored 1–5 on the console):"),
                                         MAX_CRITERIA))
        self.add_button.setText(self.tr("&Add"))
        self.remove_button.setText(self.tr("&Remove"))
        self.up_button.setText(self.tr("Move &up"))
        self.down_button.setText(self.tr("Move d&own"))
        for part in PARTS:
            self.part_labels[part].setText(fill(self.tr("%1:"), self.part_label(part)))
        self.weight.setToolTip(self.tr("How much this criterion counts in the total (1 = like the others)"))
        self.criterion_name.setPlaceholderText(fill(self.tr("at most %1 characters"), MAX_CRITERION))
        for edit in self.anchors:
            edit.setPlaceholderText(fill(self.tr("What a trainer hears at this score (at most %1 characters)"),
                                         MAX_ANCHOR))
        for index, row in enumerate(self.rows):
            if not shown(row.name) and self.list.item(index) is not None:
                self.list.item(index).setText(self.tr("(no name)"))

