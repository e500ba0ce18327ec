"""A team's Lifecycle tab: sub-tabs Diagnosis, Survey, Timeline, Playbook and Action plan, sharing one
``LifecycleContext``. The tab wires them together: each new diagnosis goes to the action plan, a prescribed
practice opens in the playbook, "Make action plan…" starts a plan from the diagnosis."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from coachdesk.gui.lifecycle.action_plan_panel import ActionPlanPanel
from coachdesk.gui.lifecycle.context import LifecycleContext
from coachdesk.gui.lifecycle.diagnosis_view import DiagnosisView
from coachdesk.gui.lifecycle.playbook_panel import PlaybookPanel
from coachdesk.gui.lifecycle.survey_panel import SurveyPanel
from coachdesk.gui.lifecycle.timeline_view import TimelineView
from coachdesk.gui.shell.tabs import TeamData


class LifecycleTab(QWidget):
    def __init__(self, context: LifecycleContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lifecycleTab")
        self.context = context
        self.team_id: int | None = None
        self.diagnosis = DiagnosisView(context)
        self.survey = SurveyPanel(context)
        self.timeline = TimelineView(context)
        self.playbook = PlaybookPanel(context)
        self.action_plan = ActionPlanPanel(context)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("lifecycleTabs")
        self.tabs.setDocumentMode(True)
        # Each sub-tab scrolls when the window is smaller than the panel's minimum, so that the Lifecycle tab
        # never makes the main window taller or wider than its other tabs do.
        self.pages: dict[QWidget, QScrollArea] = {}
        for panel in self.panels():
            page = QScrollArea()
            page.setWidgetResizable(True)
            page.setFrameShape(QFrame.Shape.NoFrame)
            page.setWidget(panel)
            self.pages[panel] = page
            self.tabs.addTab(page, "")
        self.diagnosis.diagnosed.connect(self.action_plan.set_diagnosis)
        self.diagnosis.practiceActivated.connect(self.show_practice)
        self.diagnosis.makePlanRequested.connect(self.make_plan)
        self.diagnosis.openPlanRequested.connect(lambda: self.show_panel(self.action_plan))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.retranslate()

    def panels(self) -> list[QWidget]:
        return [self.diagnosis, self.survey, self.timeline, self.playbook, self.action_plan]

    def show_team(self, data: TeamData) -> None:
        self.set_team(data.team.id, data.team.name)

    def set_team(self, team_id: int | None, name: str = "") -> None:
        self.team_id = team_id
        self.context.team_id, self.context.team_name = team_id, name
        for panel in self.panels():
            panel.set_team(team_id)  # type: ignore[attr-defined]

    def refresh(self) -> None:
        for panel in self.panels():
            panel.refresh()  # type: ignore[attr-defined]

    def show_panel(self, panel: QWidget) -> None:
        self.tabs.setCurrentWidget(self.pages[panel])

    def current_panel(self) -> QWidget:
        return next(panel for panel, page in self.pages.items() if page is self.tabs.currentWidget())

    def show_diagnosis(self) -> None:
        self.show_panel(self.diagnosis)

    def show_practice(self, practice_id: str) -> None:
        self.show_panel(self.playbook)
        self.playbook.show_practice(practice_id)

    def make_plan(self) -> None:
        self.action_plan.set_diagnosis(self.diagnosis.diagnosis)
        self.show_panel(self.action_plan)
        self.action_plan.new_plan()

    def retranslate(self) -> None:
        for index, text in enumerate((self.tr("Diagnosis"), self.tr("Survey"), self.tr("Timeline"),
                                      self.tr("Playbook"), self.tr("Action plan"))):
            self.tabs.setTabText(index, text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
