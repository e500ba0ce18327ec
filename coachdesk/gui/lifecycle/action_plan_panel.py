"""The team's action plan: which plan is shown (the current one, or an earlier one read-only), New plan from the
current diagnosis, and the undoable edits behind the checklist's buttons — Done (Ctrl+D), Drop, Reopen, Edit, Add,
Delete — and the plan notes. The checklist page is plan_checklist.PlanChecklist; plan_dialogs builds the dialogs."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coachdesk.core.lifecycle.actions import ActionRow, ActionStatus
from coachdesk.core.lifecycle.diagnosis import Diagnosis
from coachdesk.core.roster.model import MemberRow
from coachdesk.gui.lifecycle import plan_dialogs, plan_edits
from coachdesk.gui.lifecycle.action_dialog import ActionDialog
from coachdesk.gui.lifecycle.context import LifecycleContext
from coachdesk.gui.lifecycle.new_plan_dialog import NewPlanDialog
from coachdesk.gui.lifecycle.plan_checklist import PlanChecklist
from coachdesk.gui.widgets.text import fill
from coachdesk.store.lifecycle import action_plans
from coachdesk.store.lifecycle.action_plans import PlanRow
from coachdesk.store.roster import service as roster

DONE_KEYS = QKeySequence("Ctrl+D")
D = TypeVar("D", bound=QDialog)


class ActionPlanPanel(QWidget):
    def __init__(self, context: LifecycleContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actionPlanPanel")
        self.context = context
        self.team_id: int | None = None
        self.diagnosis: Diagnosis | None = None
        self.plans: list[PlanRow] = []
        self.members: list[MemberRow] = []
        self.dialog: QWidget | None = None
        self.message: QMessageBox | None = None
        self._build()
        context.changed.connect(self._team_changed)
        self.retranslate()

    def _build(self) -> None:
        self.plan_label = QLabel()
        self.plan_combo = QComboBox()
        self.plan_combo.setObjectName("planChooser")
        self.plan_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.plan_combo.currentIndexChanged.connect(lambda _i: self._show_plan())
        self.new_plan_button = QPushButton()
        self.new_plan_button.setObjectName("newPlan")
        self.new_plan_button.clicked.connect(self.new_plan)
        self.checklist = PlanChecklist()
        # the parts tests and the tab reach for
        self.plan_header, self.buttons = self.checklist.plan_header, self.checklist.buttons
        self.model, self.proxy, self.table = self.checklist.model, self.checklist.proxy, self.checklist.table
        self.notes, self.save_notes_button = self.plan_header.notes, self.plan_header.save_notes_button
        self.contradiction, self.read_only_note = self.plan_header.contradiction, self.plan_header.read_only_note
        self.plan_header.saveNotesRequested.connect(self.save_notes)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.table.doubleClicked.connect(lambda _index: self.edit_action())
        for name, slot in (("done", self.mark_done), ("drop", self.drop_action), ("reopen", self.reopen_action),
                           ("edit", self.edit_action), ("add", self.add_action), ("delete", self.delete_action)):
            self.buttons[name].clicked.connect(slot)

        top = QHBoxLayout()
        top.addWidget(self.plan_label)
        top.addWidget(self.plan_combo)
        top.addStretch(1)
        top.addWidget(self.new_plan_button)
        self.empty = QLabel()
        self.empty.setObjectName("emptyHint")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.checklist)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)

    # ---------------------------------------------------------------- loading
    def set_team(self, team_id: int | None) -> None:
        if team_id != self.team_id:
            self.diagnosis = None
        self.team_id = team_id
        self.refresh()

    def set_diagnosis(self, diagnosis: Diagnosis | None) -> None:
        self.diagnosis = diagnosis
        self._update_buttons()

    def refresh(self) -> None:
        # An earlier plan being looked at stays in view; otherwise show the current one (maybe a new plan).
        keep = None if self.is_current() else self.plan_combo.currentData()
        if self.team_id is None:
            self.plans, self.members = [], []
        else:
            with self.context.database().session() as s:
                self.plans = action_plans.list_plans(s, self.team_id)
                self.members = roster.list_members(s, self.team_id)
        self.plan_combo.blockSignals(True)
        self.plan_combo.clear()
        for plan in self.plans:
            self.plan_combo.addItem("", plan.id)
        self._label_plans()
        found = self.plan_combo.findData(keep) if keep is not None else -1
        self.plan_combo.setCurrentIndex(found if found >= 0 else 0)
        self.plan_combo.blockSignals(False)
        self._show_plan()

    def _team_changed(self, team_id: int) -> None:
        if team_id == self.team_id:
            self.refresh()

    def shown_plan(self) -> PlanRow | None:
        plan_id = self.plan_combo.currentData()
        return next((p for p in self.plans if p.id == plan_id), None)

    def is_current(self) -> bool:
        plan = self.shown_plan()
        return plan is not None and bool(self.plans) and plan.id == self.plans[0].id

    def _show_plan(self) -> None:
        plan = self.shown_plan()
        self.plan_label.setVisible(bool(self.plans))
        self.plan_combo.setVisible(bool(self.plans))
        if plan is None:
            self._set_empty_text()
            self.stack.setCurrentIndex(0)
            self.model.set_actions([], self.context.today())
            self._update_buttons()
            return
        self.stack.setCurrentIndex(1)
        with self.context.database().session() as s:
            actions = action_plans.plan_actions(s, plan.id)
        self.checklist.show_plan(plan, actions, self.context.today(), self.is_current())
        self._update_buttons()

    # ---------------------------------------------------------------- selection
    def selected_action(self) -> ActionRow | None:
        return self.checklist.selected_action()

    def select_action(self, action_id: int) -> None:
        self.checklist.select_action(action_id)

    def _update_buttons(self) -> None:
        self.checklist.update_buttons(self.is_current())
        self.new_plan_button.setEnabled(self.team_id is not None)

    # ---------------------------------------------------------------- edits
    def _set_status(self, status: ActionStatus, text: str) -> None:
        action = self.selected_action()
        if action is None or self.team_id is None or not self.is_current() or action.status is status:
            return
        plan_edits.set_status(self.context, self.team_id, action.id, status, fill(text, action.title))
        self.select_action(action.id)

    def mark_done(self) -> None:
        self._set_status(ActionStatus.DONE, self.tr("Mark %1 done"))

    def drop_action(self) -> None:
        self._set_status(ActionStatus.DROPPED, self.tr("Drop %1"))

    def reopen_action(self) -> None:
        self._set_status(ActionStatus.OPEN, self.tr("Reopen %1"))

    def edit_action(self) -> ActionDialog | None:
        action = self.selected_action()
        team_id = self.team_id
        if action is None or team_id is None:
            return None
        return self._open(plan_dialogs.edit_action_dialog(self.context, team_id, action.id, self.members,
                                                          self.tr("Edit action %1"), self.select_action, self))

    def add_action(self) -> ActionDialog | None:
        plan = self.shown_plan()
        team_id = self.team_id
        if plan is None or team_id is None or not self.is_current():
            return None
        return self._open(plan_dialogs.add_action_dialog(self.context, team_id, plan.id, self.members,
                                                         self.tr("Add action %1"), self.select_action, self))

    def delete_action(self) -> None:
        action = self.selected_action()
        if action is None or self.team_id is None:
            return
        plan_edits.delete_action(self.context, self.team_id, action.id,
                                 fill(self.tr("Delete action %1"), action.title))

    def save_notes(self) -> None:
        plan = self.shown_plan()
        if plan is None or self.team_id is None or not self.is_current():
            return
        plan_edits.set_plan_notes(self.context, self.team_id, plan.id, self.notes.toPlainText(),
                                  self.tr("Edit plan notes"))

    def new_plan(self) -> NewPlanDialog | None:
        """Open the new-plan dialog for the current diagnosis (or say to diagnose first)."""
        team_id, diagnosis = self.team_id, self.diagnosis
        if team_id is None:
            return None
        if diagnosis is None or diagnosis.team_id != team_id:
            text = self.tr("Diagnose the team first: a plan is made from the prescription of its diagnosis.")
            self.message = QMessageBox(QMessageBox.Icon.Information, self.tr("New Action Plan"), text,
                                       QMessageBox.StandardButton.Ok, self)
            self.message.open()
            return None
        return self._open(plan_dialogs.new_plan_dialog(self.context, team_id, diagnosis, self.tr("New action plan"),
                                                       self._choose_plan, self))

    def _choose_plan(self, plan_id: int) -> None:
        self.plan_combo.setCurrentIndex(max(0, self.plan_combo.findData(plan_id)))

    def _open(self, dialog: D) -> D:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.destroyed.connect(lambda *_: setattr(self, "dialog", None))
        dialog.open()
        return dialog

    # ---------------------------------------------------------------- keys
    def event(self, event: QEvent) -> bool:
        # Ctrl+D is also the window's "Enter Day's Figures"; inside the plan it marks the chosen action done.
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and QKeySequence(event.keyCombination()) == DONE_KEYS and self.selected_action() is not None:
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if QKeySequence(event.keyCombination()) == DONE_KEYS:
            self.mark_done()
            return
        super().keyPressEvent(event)

    # ---------------------------------------------------------------- language
    def _label_plans(self) -> None:
        for index, plan in enumerate(self.plans):
            text = self.tr("Current plan, %1") if index == 0 else self.tr("Earlier plan, %1")
            self.plan_combo.setItemText(index, fill(text, plan.created_on.isoformat()))

    def _set_empty_text(self) -> None:
        if self.team_id is None:
            self.empty.setText(self.tr("Choose a team to see its action plan."))
        else:
            self.empty.setText(self.tr("No action plan yet: diagnose the team and make a plan from its prescription"))

    def retranslate(self) -> None:
        self.plan_label.setText(self.tr("Plan:"))
        self.new_plan_button.setText(self.tr("&New plan…"))
        self.new_plan_button.setToolTip(self.tr("Make a plan from the current diagnosis and its prescription"))
        self._set_empty_text()
        texts = {"done": (self.tr("&Done"), self.tr("Mark the chosen action done (Ctrl+D)")),
                 "drop": (self.tr("D&rop"), self.tr("Drop the chosen action: it will not be done")),
                 "reopen": (self.tr("Re&open"), self.tr("Open the chosen action again")),
                 "edit": (self.tr("&Edit…"), self.tr("Change the chosen action")),
                 "add": (self.tr("&Add action…"), self.tr("Add an action to this plan")),
                 "delete": (self.tr("De&lete"), self.tr("Delete the chosen action (Edit › Undo brings it back)"))}
        for name, (text, tip) in texts.items():
            self.buttons[name].setText(text)
            self.buttons[name].setToolTip(tip)
        self._label_plans()
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

