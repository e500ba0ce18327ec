"""Team → Balance Groups… (Ctrl+Shift+B): opens the balance dialog for the current team."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from coachdesk.gui.competitions.balance_dialog import BalanceDialog

if TYPE_CHECKING:
    from coachdesk.gui.shell.main_window import MainWindow


class CompetitionsActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.balance_groups = QAction(window)
        self.balance_groups.setShortcut(QKeySequence("Ctrl+Shift+B"))
        self.balance_groups.triggered.connect(self.open_balance)
        self.dialog: BalanceDialog | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.balance_groups.setText(self.tr("&Balance Groups…"))
        tip = self.tr("Split the team's active reps into groups of equal strength, one leader each")
        self.balance_groups.setStatusTip(tip)
        self.balance_groups.setToolTip(tip)

    def update_enabled(self) -> None:
        self.balance_groups.setEnabled(self.w.current_team() is not None)

    def open_balance(self) -> None:
        team = self.w.current_team()
        if team is None:
            return
        editor = self.w.editor

        def notify(team_id: int) -> None:
            editor.teamsChanged.emit()
            editor.teamChanged.emit(team_id)

        groups = team.group_count if team.group_count >= 2 else max(2, team.member_count // 6)
        self.dialog = BalanceDialog(self.w, lambda: editor.db, editor.changes, team.id, team.name, editor.today(),
                                    groups, notify)
        self.dialog.exec()
