"""The Groups tab: one card per group (name, slogan, goal, leader, members) plus "Not in a group".

Members are dragged between cards; a drop asks the owner to move the member (an undoable edit) and the board
is rebuilt from the database afterwards, so it never shows a state that was not stored.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QByteArray, QEvent, QMimeData, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coachdesk.core.roster.model import GroupRow, MemberRow
from coachdesk.gui.roster.labels import role_label
from coachdesk.gui.shell.tabs import TeamData
from coachdesk.gui.widgets.roles import ItemRole
from coachdesk.gui.widgets.text import fill

MEMBER_MIME = "application/x-coachdesk-member-id"
NO_GROUP = -1  # group id of the "Not in a group" card


class MemberList(QListWidget):
    """A group's member list; items carry member ids and can be dragged to another MemberList."""

    memberDropped = Signal(int, int)  # member id, target group id (NO_GROUP for none)

    def __init__(self, group_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group_id = group_id
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def mimeTypes(self) -> list[str]:
        return [MEMBER_MIME]

    def mimeData(self, items: Sequence[QListWidgetItem]) -> QMimeData:
        data = QMimeData()
        ids = ",".join(str(item.data(ItemRole.MEMBER_ID)) for item in items)
        data.setData(MEMBER_MIME, QByteArray(ids.encode()))
        return data

    @staticmethod
    def member_ids(data: QMimeData) -> list[int]:
        if not data.hasFormat(MEMBER_MIME):
            return []
        raw = bytes(data.data(MEMBER_MIME).data()).decode()
        return [int(part) for part in raw.split(",") if part.strip().isdigit()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(MEMBER_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasFormat(MEMBER_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        ids = self.member_ids(event.mimeData())
        if not ids:
            event.ignore()
            return
        # Don't let Qt move the item itself: the board is rebuilt from the stored state after the edit.
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        for member_id in ids:
            self.memberDropped.emit(member_id, self.group_id)

    def fit_height(self) -> None:
        rows = max(self.count(), 1)
        self.setFixedHeight(rows * (self.sizeHintForRow(0) if self.count() else 24) + 2 * self.frameWidth() + 6)


class GroupCard(QFrame):
    editRequested = Signal(int)  # group id

    def __init__(self, group: GroupRow | None, members: list[MemberRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("groupCard")
        self.group = group
        self.members = members
        self.title = QLabel()
        self.title.setObjectName("groupTitle")
        self.edit_button = QToolButton()
        self.edit_button.setVisible(group is not None)
        if group is not None:
            self.edit_button.clicked.connect(lambda: self.editRequested.emit(group.id))
        self.slogan = QLabel()
        self.slogan.setObjectName("groupSlogan")
        self.slogan.setWordWrap(True)
        self.goal = QLabel()
        self.goal.setWordWrap(True)
        self.leader = QLabel()
        self.list = MemberList(group.id if group else NO_GROUP)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        for widget in (self.slogan, self.goal, self.leader, self.list):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        g = self.group
        self.edit_button.setText(self.tr("Edit…"))
        self.edit_button.setToolTip(self.tr("Edit the group's name, slogan, goal and leader, or delete it"))
        if g is None:
            self.title.setText(self.tr("Not in a group"))
            for label in (self.slogan, self.goal, self.leader):
                label.hide()
        else:
            self.title.setText(fill(self.tr("%1 · %2 members"), g.name, str(len(self.members))))
            self.slogan.setText(f"“{g.slogan}”" if g.slogan else self.tr("(no slogan yet)"))
            self.goal.setText(fill(self.tr("Goal: %1"), g.goal or self.tr("not set")))
            self.leader.setText(fill(self.tr("Leader: %1"), g.leader_name or self.tr("none")))
        self.list.clear()
        for m in self.members:
            leader_mark = " ★" if g is not None and m.id == g.leader_id else ""
            item = QListWidgetItem(f"{m.name}  {m.employee_id}{leader_mark}")
            item.setData(ItemRole.MEMBER_ID, m.id)
            item.setToolTip(f"{role_label(m.role)} · {m.hired_on.isoformat()}")
            self.list.addItem(item)
        if not self.members:
            hint = QListWidgetItem(self.tr("Drop members here"))
            hint.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(hint)
        self.list.fit_height()


class GroupBoard(QScrollArea):
    memberDropped = Signal(int, int)  # member id, group id (NO_GROUP: out of every group)
    groupActivated = Signal(int)  # a card's Edit button → edit that group

    COLUMNS = 3

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.cards: list[GroupCard] = []
        self._hint = QLabel()
        self._hint.setObjectName("emptyHint")
        self._hint.setWordWrap(True)
        self._set_content([], [])

    def show_team(self, data: TeamData) -> None:
        self.set_data(data.groups, data.members)

    def set_data(self, groups: list[GroupRow], members: list[MemberRow]) -> None:
        # Managers and trainers coach the groups rather than sell in one, unless someone put them in a group.
        grouped = {mid for g in groups for mid in g.member_ids}
        self._set_content(groups, [m for m in members if m.active and (m.role.sells or m.id in grouped)])

    def _set_content(self, groups: list[GroupRow], active: list[MemberRow]) -> None:
        content = QWidget()
        grid = QGridLayout(content)
        grid.setSpacing(12)
        self.cards = []
        by_id = {m.id: m for m in active}
        grouped = {mid for g in groups for mid in g.member_ids}
        entries: list[tuple[GroupRow | None, list[MemberRow]]] = [
            (g, [by_id[i] for i in g.member_ids if i in by_id]) for g in groups
        ]
        entries.append((None, [m for m in active if m.id not in grouped]))
        for index, (group, members) in enumerate(entries):
            card = GroupCard(group, members)
            card.list.memberDropped.connect(self.memberDropped)
            card.editRequested.connect(self.groupActivated)
            grid.addWidget(card, index // self.COLUMNS, index % self.COLUMNS, Qt.AlignmentFlag.AlignTop)
            self.cards.append(card)
        self._hint = QLabel()
        self._hint.setObjectName("emptyHint")
        self._hint.setWordWrap(True)
        grid.addWidget(self._hint, grid.rowCount(), 0, 1, self.COLUMNS)
        grid.setRowStretch(grid.rowCount(), 1)
        for column in range(self.COLUMNS):
            grid.setColumnStretch(column, 1)
        self.setWidget(content)
        self._retranslate_hint(has_groups=bool(groups))

    def _retranslate_hint(self, has_groups: bool) -> None:
        self._hint.setText(
            self.tr("Drag a member onto another group to move them; the move is dated today and can be undone.")
            if has_groups else
            self.tr("No groups yet. Split the team into groups of roughly equal strength with Team → New Group.")
        )

    def card_for(self, group_id: int) -> GroupCard | None:
        return next((c for c in self.cards if c.list.group_id == group_id), None)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            for card in self.cards:
                card.retranslate()
            self._retranslate_hint(has_groups=len(self.cards) > 1)
        super().changeEvent(event)
