"""The base of the drills' dialogs: the contests' FormDialog (a labelled row per field with its error under the
input) whose messages are the drills' codes, translated by drill_problems."""

from __future__ import annotations

from coachdesk.core.common.validation import FieldError
from coachdesk.gui.competitions.form_dialog import FormDialog
from coachdesk.gui.drills.drill_problems import problem_text, reason_text
from coachdesk.gui.widgets.validating_dialog import ValidatingDialog


class DrillFormDialog(FormDialog):
    def show_errors(self, errors: list[FieldError]) -> None:
        ValidatingDialog.show_errors(self, errors)  # marks the inputs and focuses the first
        for label in self.field_errors.values():
            label.clear()
            label.hide()
        if not errors:
            return
        labels = self.field_labels()
        self.error_label.setText("\n".join(problem_text(e, labels.get(e.field, e.field)) for e in errors))
        for error in errors:
            slot = self.field_errors.get(error.field)
            if slot is None:
                continue
            text = reason_text(error) or problem_text(error, labels.get(error.field, error.field))
            slot.setText("\n".join(t for t in (slot.text(), text) if t))
            slot.show()
