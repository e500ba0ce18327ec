"""Accept, confirm or override the diagnosed stage. An override needs a stage and a reason: without a reason the
dialog stays open with a translated error and keeps everything typed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from coachdesk.core.common.validation import FieldError, ValidationError
from coachdesk.core.lifecycle.diagnosis import Diagnosis
from coachdesk.core.lifecycle.stages import STAGES, Stage
from coachdesk.gui.lifecycle.lifecycle_labels import stage_label
from coachdesk.gui.widgets.text import fill
from coachdesk.gui.widgets.validating_dialog import ValidatingDialog

Submit = Callable[[str, Stage, str], object]  # (kind, stage, reason) → result; raises ValidationError


class StageDialog(ValidatingDialog):
    def __init__(self, diagnosis: Diagnosis, kind: str, submit: Submit, held: Stage | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(lambda draft: submit(kind, *draft), parent)
        self.setObjectName("stageDialog")
        self.diagnosis, self.kind = diagnosis, kind
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.stage_combo = QComboBox()
        for stage in STAGES:
            self.stage_combo.addItem("", stage)
        default = diagnosis.top_stage
        if kind == "overridden":  # the stage held so far if it differs, else the next one
            default = held if held not in (None, diagnosis.top_stage) else STAGES[(default.order + 1) % len(STAGES)]
        self.stage_combo.setCurrentIndex(default.order)
        self.stage_combo.setEnabled(kind == "overridden")
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setObjectName("reasonEdit")
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setMinimumHeight(70)
        self.stage_caption, self.reason_caption = QLabel(), QLabel()
        self.stage_caption.setBuddy(self.stage_combo)
        self.reason_caption.setBuddy(self.reason_edit)
        form = QFormLayout()
        form.addRow(self.stage_caption, self.stage_combo)
        form.addRow(self.reason_caption, self.reason_edit)
        self.field_widgets["reason"] = self.reason_edit
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.retranslate()

    def chosen_stage(self) -> Stage:
        return Stage(self.stage_combo.currentData())  # the combo hands the enum back as its str value

    def reason(self) -> str:
        return self.reason_edit.toPlainText()

    def retranslate(self) -> None:
        top, day = stage_label(self.diagnosis.top_stage), self.diagnosis.as_of.isoformat()
        for index, stage in enumerate(STAGES):
            self.stage_combo.setItemText(index, stage_label(stage))
        self.stage_caption.setText(self.tr("&Stage:"))
        if self.kind == "accepted":
            self.setWindowTitle(self.tr("Accept Diagnosis"))
            self.intro.setText(fill(self.tr("Record the diagnosis (%1, as of %2) in the team's stage history."),
                                    top, day))
        elif self.kind == "confirmed":
            self.setWindowTitle(self.tr("Confirm Stage"))
            self.intro.setText(fill(self.tr("Confirm that the team is in %1 as of %2, after checking the evidence yourself."), top, day))  # noqa: E501 - one literal for lupdate
        else:
            self.setWindowTitle(self.tr("Override Stage"))
            self.intro.setText(fill(self.tr("The diagnosis says %1 as of %2. Choose the stage you hold the team to be in and say why."), top, day))  # noqa: E501 - one literal for lupdate
        if self.kind == "overridden":
            self.reason_caption.setText(self.tr("&Reason (required):"))
            self.reason_edit.setPlaceholderText(self.tr("What do you see that the data does not?"))
        else:
            self.reason_caption.setText(self.tr("&Note (optional):"))
            self.reason_edit.setPlaceholderText("")

    def draft(self) -> tuple[Stage, str]:
        if self.kind == "overridden" and not self.reason().strip():
            raise ValidationError(FieldError("reason", "an override needs a reason", "required"))
        return self.chosen_stage(), self.reason()
