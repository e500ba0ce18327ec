"""Shared behaviour of the edit dialogs: submit on OK, and on a validation error keep the dialog open with
everything the user typed, mark the offending inputs and say what is wrong in the user's language."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QSizePolicy, QWidget

from coachdesk.core.common.validation import FieldError, NotFoundError, ValidationError
from coachdesk.gui.widgets.messages import describe


class FormDialog(QDialog):
    """Subclasses set ``self.ui``, fill ``self.field_widgets`` and implement ``draft()``."""

    def __init__(self, parent: QWidget | None, submit: Callable[[Any], object]) -> None:
        super().__init__(parent)
        self._submit = submit
        self.field_widgets: dict[str, QWidget] = {}
        self.result_value: object = None

    def _finish_setup(self) -> None:
        self.error_label.setObjectName("errorLabel")
        self.error_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.error_label.hide()
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.retranslate()
        self.resize(self.width(), self.sizeHint().height())

    @property
    def error_label(self) -> QLabel:
        return self.ui.errorLabel

    @property
    def ok_button(self) -> QWidget:
        return self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)

    def draft(self) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)

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
            widget.setProperty("invalid", False)
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        if not errors:
            self.error_label.clear()
            self.error_label.hide()
            return
        self.error_label.setText("\n".join(describe(e) for e in errors))
        self.error_label.show()
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))
        first: QWidget | None = None
        for error in errors:
            widget = self.field_widgets.get(error.field)
            if widget is None:
                continue
            widget.setProperty("invalid", True)
            widget.style().unpolish(widget)
            widget.style().polish(widget)
            first = first or widget
        if first is not None:
            first.setFocus()
