"""The one base of the edit dialogs: OK submits; a validation error keeps the dialog open with everything the
user typed, marks the inputs it is about (focusing the first) and says what is wrong, in the user's language, in
the error label above the buttons."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QSizePolicy, QWidget

from coachdesk.core.common.validation import FieldError, NotFoundError, ValidationError
from coachdesk.gui.widgets.messages import describe


def set_invalid(widget: QWidget, invalid: bool) -> None:
    widget.setProperty("invalid", invalid)  # style.qss frames [invalid="true"] inputs in red
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def problem_text(error: FieldError, label: str) -> str:
    """describe() with the field named as the dialog labels it (describe's own table only knows the roster's
    fields; a field the dialog does not label is passed on as it is)."""
    params = dict(error.params)
    if error.code == "too_long" and "length" not in params:
        params["length"] = "?"
    try:
        return describe(replace(error, field=label, params=params))
    except (KeyError, IndexError, ValueError):
        return f"{label}: {error.message}"


class ValidatingDialog(QDialog):
    """Subclasses build their inputs, fill ``field_widgets`` (field name → input), implement ``draft()`` and may
    name fields in ``field_labels()``; ``submit(draft)`` stores the draft and raises ``ValidationError`` (or
    ``NotFoundError``) when something is wrong, and so may ``draft()``. A dialog built in code lays out
    ``error_label`` and ``buttons``; a Designer form calls ``use_form()`` with its own."""

    def __init__(self, submit: Callable[[Any], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._submit = submit
        self.result_value: object = None
        self.field_widgets: dict[str, QWidget] = {}
        self._fit_height = False
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self._wire()

    def _wire(self) -> None:
        self.error_label.setObjectName("errorLabel")
        self.error_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.error_label.hide()
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def use_form(self, error_label: QLabel, buttons: QDialogButtonBox) -> None:
        """Take a Designer form's error label and buttons; such a dialog is as tall as its contents, also when
        the errors show. Call it once the inputs are filled in: it translates the texts."""
        for own in (self.error_label, self.buttons):
            own.deleteLater()
        self.error_label, self.buttons = error_label, buttons
        self._wire()
        self._fit_height = True
        self.retranslate()
        self.resize(self.width(), self.sizeHint().height())

    @property
    def ok_button(self) -> QWidget:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def draft(self) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError

    def field_labels(self) -> dict[str, str]:
        return {}

    def retranslate(self) -> None:
        """Subclasses set their texts here (called on LanguageChange)."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def accept(self) -> None:
        self.show_errors([])
        try:
            self.result_value = self._submit(self.draft())
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return
        except NotFoundError as exc:
            self.show_errors([exc.as_field_error()])
            return
        super().accept()

    def show_errors(self, errors: list[FieldError]) -> None:
        for widget in self.field_widgets.values():
            set_invalid(widget, False)
        if not errors:
            self.error_label.clear()
            self.error_label.hide()
            return
        labels = self.field_labels()
        self.error_label.setText("\n".join(problem_text(e, labels.get(e.field, e.field)) for e in errors))
        self.error_label.show()
        if self._fit_height:
            self.resize(self.width(), max(self.height(), self.sizeHint().height()))
        first: QWidget | None = None
        for error in errors:
            marked = self.field_widgets.get(error.field)
            if marked is not None:
                set_invalid(marked, True)
                first = first or marked
        if first is not None:
            first.setFocus()
