"""The stage badge: the diagnosed stage in its colour, the confidence, and the stage the manager holds the team
to be in (from the history) when that differs."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from coachdesk.core.lifecycle.stages import Stage
from coachdesk.gui.lifecycle.lifecycle_labels import kind_label, stage_label
from coachdesk.gui.lifecycle.stage_colors import stage_colour, stage_tint
from coachdesk.gui.widgets.text import fill
from coachdesk.store.lifecycle.diagnosis import HistoryRow


class StageBadge(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stageBadge")
        self.stage: Stage | None = None
        self.confidence: float | None = None
        self.held: HistoryRow | None = None
        self.caption = QLabel()
        self.caption.setObjectName("badgeCaption")
        self.name = QLabel()
        self.name.setObjectName("badgeStage")
        self.detail = QLabel()
        self.detail.setObjectName("badgeDetail")
        self.detail.setWordWrap(True)
        self.held_label = QLabel()
        self.held_label.setObjectName("badgeHeld")
        self.held_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.setSpacing(2)
        for widget in (self.caption, self.name, self.detail, self.held_label):
            layout.addWidget(widget)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.set_stage(None, None, None)

    def set_stage(self, stage: Stage | None, confidence: float | None, held: HistoryRow | None) -> None:
        self.stage, self.confidence, self.held = stage, confidence, held
        colour, tint = stage_colour(stage), stage_tint(stage)
        self.setStyleSheet(
            f"QFrame#stageBadge {{ background: {tint}; border-left: 6px solid {colour}; border-radius: 6px; }}"
            f"QLabel#badgeStage {{ color: {colour}; font-size: 17pt; font-weight: 700; }}"
            "QLabel#badgeCaption, QLabel#badgeDetail, QLabel#badgeHeld { color: #374151; }")
        self.retranslate()

    def retranslate(self) -> None:
        self.caption.setText(self.tr("Diagnosed stage"))
        if self.stage is None:
            self.name.setText("—")
            self.detail.setText("")
        else:
            self.name.setText(stage_label(self.stage))
            self.detail.setText(fill(self.tr("Confidence %1"), f"{(self.confidence or 0) * 100:.0f} %"))
        held = self.held
        if held is not None and (self.stage is None or held.stage is not self.stage):
            self.held_label.setText(fill(self.tr("Held stage: %1 (%2 %3)"), stage_label(held.stage),
                                         kind_label(held.kind).lower(), held.as_of.isoformat()))
            self.held_label.show()
        else:
            self.held_label.hide()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
