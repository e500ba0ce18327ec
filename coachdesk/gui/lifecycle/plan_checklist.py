"""The shown plan as a checklist: its header, the actions table and the action buttons (Done, Drop, Reopen |
Edit, Add action, Delete), which action is chosen, and which buttons apply to it. The action-plan panel gives
the buttons their texts and slots, so their strings keep the panel's translation context."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from coachdesk.core.lifecycle.actions import ActionRow, ActionStatus
from coachdesk.gui.lifecycle.actions_model import ActionsModel, ActionsProxy
from coachdesk.gui.lifecycle.plan_header import ActionsTable, PlanHeader
from coachdesk.gui.widgets.roles import ItemRole
from coachdesk.store.lifecycle.action_plans import PlanRow

STATUS_BUTTONS = ("done", "drop", "reopen")
EDIT_BUTTONS = ("edit", "add", "delete")


class PlanChecklist(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan_header = PlanHeader()
        self.model = ActionsModel(self)
        self.proxy = ActionsProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = ActionsTable(self.proxy)
        self.buttons: dict[str, QPushButton] = {}
        for name in STATUS_BUTTONS + EDIT_BUTTONS:
            button = QPushButton()
            button.setObjectName(f"action_{name}")
            self.buttons[name] = button
        button_row = QHBoxLayout()
        for name in STATUS_BUTTONS:
            button_row.addWidget(self.buttons[name])
        button_row.addStretch(1)
        for name in EDIT_BUTTONS:
            button_row.addWidget(self.buttons[name])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plan_header)
        layout.addWidget(self.table, 1)
        layout.addLayout(button_row)

    def show_plan(self, plan: PlanRow, actions: Sequence[ActionRow], today: dt.date, current: bool) -> None:
        """Show the plan's actions, keeping the chosen action chosen when it is still there."""
        keep = self.selected_action()
        self.model.set_actions(actions, today)
        self.plan_header.show_plan(plan, current)
        if keep is not None:
            self.select_action(keep.id)

    def selected_action(self) -> ActionRow | None:
        index = self.table.selectionModel().currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return None
        return self.model.action(self.proxy.mapToSource(index).row())

    def select_action(self, action_id: int) -> None:
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(ItemRole.ID) == action_id:
                self.table.selectRow(row)
                self.table.setCurrentIndex(self.proxy.index(row, 0))
                return

    def update_buttons(self, editable: bool) -> None:
        """Enable what applies to the chosen action; nothing but looking applies to an earlier plan."""
        action = self.selected_action() if editable else None
        status = action.status if action else None
        self.buttons["done"].setEnabled(status is ActionStatus.OPEN)
        self.buttons["drop"].setEnabled(status is ActionStatus.OPEN)
        self.buttons["reopen"].setEnabled(status is not None and status is not ActionStatus.OPEN)
        self.buttons["edit"].setEnabled(action is not None)
        self.buttons["delete"].setEnabled(action is not None)
        self.buttons["add"].setEnabled(editable)
