"""The window's File → Print Coaching Plan… (Ctrl+P): from anywhere, the current team's Reports tab prints the
previewed report, or generates the plan the form describes first."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from coachdesk.gui.reports.reports_tab import ReportsTab

if TYPE_CHECKING:
    from coachdesk.gui.shell.main_window import MainWindow


class ReportsActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.print_plan = QAction(window)
        self.print_plan.setShortcut(QKeySequence.StandardKey.Print)
        self.print_plan.triggered.connect(self.print_current_team)
        self.retranslate()

    def retranslate(self) -> None:
        self.print_plan.setText(self.tr("&Print Coaching Plan…"))
        tip = self.tr("Print the current team's coaching plan from the Reports tab")
        self.print_plan.setStatusTip(tip)
        self.print_plan.setToolTip(tip)

    def update_enabled(self) -> None:
        self.print_plan.setEnabled(self.w.current_team() is not None)

    def reports_tab(self) -> ReportsTab:
        tab = self.w.team_page.reports
        assert isinstance(tab, ReportsTab)
        return tab

    def print_current_team(self) -> None:
        if self.w.current_team() is None:
            return
        tab = self.reports_tab()
        self.w.stack.setCurrentWidget(self.w.team_page)
        self.w.team_page.tabs.setCurrentWidget(tab)
        tab.print_report()
