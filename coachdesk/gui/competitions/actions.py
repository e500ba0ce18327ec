"""Team → Balance Groups… (Ctrl+Shift+B): opens the balance dialog for the current team; View → War-Room Board
(F11): the current team's contest full screen, on the second screen when there is one."""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from coachdesk.gui.competitions.balance_dialog import BalanceDialog
from coachdesk.gui.competitions.war_room import WarRoomBoard

if TYPE_CHECKING:
    from coachdesk.gui.shell.main_window import MainWindow


class CompetitionsActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.balance_groups = QAction(window)
        self.balance_groups.setShortcut(QKeySequence("Ctrl+Shift+B"))
        self.balance_groups.triggered.connect(self.open_balance)
        self.war_room = QAction(window)
        self.war_room.setShortcut(QKeySequence("F11"))
        self.war_room.triggered.connect(self.open_war_room)
        self.dialog: BalanceDialog | None = None
        self.board: WarRoomBoard | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.balance_groups.setText(self.tr("&Balance Groups…"))
        tip = self.tr("Split the team's active reps into groups of equal strength, one leader each")
        self.balance_groups.setStatusTip(tip)
        self.balance_groups.setToolTip(tip)
        self.war_room.setText(self.tr("&War-Room Board"))
        tip = self.tr("The team's contest full screen for the office TV or projector (F11; Esc closes it)")
        self.war_room.setStatusTip(tip)
        self.war_room.setToolTip(tip)

    def update_enabled(self) -> None:
        has_team = self.w.current_team() is not None
        self.balance_groups.setEnabled(has_team)
        self.war_room.setEnabled(has_team)

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

    def open_war_room(self) -> WarRoomBoard | None:
        """The board of the current team (the one already open is brought forward)."""
        team = self.w.current_team()
        if team is None:
            return None
        if self.board is not None and shiboken6.isValid(self.board) and self.board.isVisible():
            if self.board.team_id == team.id:
                self.board.activateWindow()
                return self.board
            self.board.close()
        editor = self.w.editor
        self.board = WarRoomBoard(self.w, lambda: editor.db, editor.changes, team.id, editor.today,
                                  editor.teamChanged.emit)
        self.board.addActions([self.w.undo_action, self.w.redo_action])  # Ctrl+Z on the board undoes a deal too
        self.board.show_on_board_screen()
        return self.board
