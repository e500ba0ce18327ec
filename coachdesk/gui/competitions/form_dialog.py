"""The base of the contest dialogs: a ValidatingDialog whose errors are the contest MessageCodes, translated
(contest_problems.py) and shown twice — beside the field they are about and listed above the buttons — while
everything typed stays."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QFormLayout, QLabel, QLayout, QSizePolicy, QVBoxLayout, QWidget

from coachdesk.core.common.validation import FieldError
from coachdesk.gui.competitions.contest_problems import problem_text, reason_text
from coachdesk.gui.widgets.validating_dialog import ValidatingDialog

ERROR_STYLE = "color: #b91c1c;"


class FormDialog(ValidatingDialog):
    def __init__(self, submit: Callable[[Any], object], parent: QWidget | None = None) -> None:
        super().__init__(submit, parent)
        self.field_errors: dict[str, QLabel] = {}
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.row_labels: dict[str, QLabel] = {}

    def add_row(self, field: str, widget: QWidget | QLayout, *, input_widget: QWidget | None = None) -> QLabel:
        """A labelled form row with its error label under the input; returns the row's label (texts are set in
        retranslate)."""
        label = QLabel()
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        if isinstance(widget, QLayout):
            column.addLayout(widget)
        else:
            column.addWidget(widget)
        column.addWidget(self.error_slot(field))
        marked = input_widget or (widget if isinstance(widget, QWidget) else None)
        if marked is not None:
            self.field_widgets[field] = marked
            label.setBuddy(marked)
        self.form.addRow(label, box)
        self.row_labels[field] = label
        return label

    def error_slot(self, field: str) -> QLabel:
        error = QLabel()
        error.setObjectName("fieldError")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        error.hide()
        self.field_errors[field] = error
        return error

    def field_labels(self) -> dict[str, str]:
        return {field: label.text().replace("&", "").rstrip(":：") for field, label in self.row_labels.items()}

    def show_errors(self, errors: list[FieldError]) -> None:
        super().show_errors(errors)  # marks the inputs and focuses the first
        for label in self.field_errors.values():
            label.clear()
            label.hide()
        if not errors:
            return
        labels = self.field_labels()
        self.error_label.setText("\n".join(problem_text(e, labels.get(e.field, self.tr("Contest"))) for e in errors))
        for error in errors:
            slot = self.field_errors.get(error.field)
            if slot is None:
                continue
            text = reason_text(error) or problem_text(error, labels.get(error.field, error.field))
            slot.setText("\n".join(t for t in (slot.text(), text) if t))
            slot.show()

    def visible_errors(self) -> dict[str, str]:
        """Field → the error text shown beside it (tests)."""
        return {field: label.text() for field, label in self.field_errors.items() if label.text()}
