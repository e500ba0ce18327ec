"""'This week': the current plan's open actions that are overdue or due within a week, overdue ones in red."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from coachdesk.core.lifecycle.actions import ActionRow
from coachdesk.gui.lifecycle.lifecycle_labels import role_label
from coachdesk.gui.widgets.text import fill

STYLE = (
    "QFrame#thisWeek { background: #ffffff; border: 1px solid #e5e7eb; border-radius: 6px; }"
    "QLabel#thisWeekTitle { font-size: 12pt; font-weight: 700; color: #1f2937; }"
    "QLabel#weekAction { color: #1f2937; }"
    "QLabel#weekAction[overdue=\"true\"] { color: #b91c1c; font-weight: 600; }"
    "QLabel#weekEmpty { color: #6b7280; }"
)


class ThisWeekList(QFrame):
    openPlanRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("thisWeek")
        self.setStyleSheet(STYLE)
        self.actions_shown: tuple[ActionRow, ...] = ()
        self.has_plan = False
        self.today = dt.date.today()
        self.title = QLabel()
        self.title.setObjectName("thisWeekTitle")
        self.open_button = QPushButton()
        self.open_button.setFlat(True)
        self.open_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.open_button.clicked.connect(self.openPlanRequested)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.open_button)
        self.items = QVBoxLayout()
        self.items.setSpacing(3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 10)
        layout.addLayout(header)
        layout.addLayout(self.items)
        self.rows: list[QLabel] = []
        self.retranslate()

    def set_actions(self, actions: tuple[ActionRow, ...], has_plan: bool, today: dt.date) -> None:
        self.actions_shown, self.has_plan, self.today = actions, has_plan, today
        self.retranslate()

    def overdue_labels(self) -> list[QLabel]:
        return [label for label in self.rows if label.property("overdue")]

    def _clear(self) -> None:
        for label in self.rows:
            self.items.removeWidget(label)
            label.deleteLater()
        self.rows = []

    def _add(self, text: str, name: str, overdue: bool = False) -> None:
        label = QLabel(text)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        label.setProperty("overdue", overdue)
        self.items.addWidget(label)
        self.rows.append(label)

    def retranslate(self) -> None:
        self.title.setText(self.tr("This week"))
        self.open_button.setText(self.tr("Open action plan"))
        self._clear()
        if not self.has_plan:
            self._add(self.tr("No action plan yet: make one from the prescription."), "weekEmpty")
            return
        if not self.actions_shown:
            self._add(self.tr("Nothing open is due this week."), "weekEmpty")
            return
        for action in self.actions_shown:
            overdue = action.overdue(self.today)
            owner = action.owner_name or role_label(action.owner_role)
            if overdue:
                late = (self.today - action.due_on).days
                when = fill(self.tr("Overdue %1 d (due %2)"), late, action.due_on.isoformat())
            elif action.due_on == self.today:
                when = self.tr("Due today")
            else:
                when = fill(self.tr("Due %1"), action.due_on.isoformat())
            text = fill(self.tr("%1 — %2 · %3"), action.title, owner, when)
            self._add(f"• {text}", "weekAction", overdue)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
