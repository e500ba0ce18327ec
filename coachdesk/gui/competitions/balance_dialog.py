"""Team → Balance Groups…: the proposed split beside the current groups, adjusted by drag & drop, applied as one
undoable edit.

The proposal (the reps' figures over the window + the balancer) runs in the worker with an inline progress bar
and Cancel; every change of the settings asks again. Dragging a member to another proposed group updates the
strengths and the spread at once and says which rule the manual split now breaks (sizes, leaders, new hires);
Reset goes back to the proposal.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coachdesk.core.common.validation import ValidationError
from coachdesk.core.competitions.strength import (
    DEFAULT_WINDOW_DAYS,
    Estimate,
    Metric,
    StrengthSpec,
    display_value,
)
from coachdesk.gui.competitions.balance_problems import problem_text
from coachdesk.gui.roster.group_board import MemberList
from coachdesk.gui.widgets.roles import ItemRole
from coachdesk.gui.widgets.task_panel import TaskPanel
from coachdesk.gui.widgets.text import fill
from coachdesk.gui.widgets.undo import ChangeStack
from coachdesk.store.competitions.balance import Proposal, apply_split, propose
from coachdesk.store.database import Database

# The "By" choices: (weights, label key)
CHOICES: tuple[dict[Metric, float], ...] = (
    {Metric.DEALS: 1.0}, {Metric.REVENUE: 1.0}, {Metric.CONVERSION: 1.0}, {Metric.DEALS: 2.0, Metric.REVENUE: 1.0})


class StrengthBar(QWidget):
    """A horizontal bar for a group's strength against the strongest group, with the figure at its end."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value = 0.0
        self.maximum = 1.0
        self.text = ""
        self.color = QColor("#2563eb")
        self.setMinimumHeight(20)

    def set_value(self, value: float, maximum: float, text: str, color: str = "#2563eb") -> None:
        self.value, self.maximum, self.text, self.color = value, max(maximum, 1e-9), text, QColor(color)
        self.setToolTip(text)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(200, 20)

    def paintEvent(self, _event: QEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_width = painter.fontMetrics().horizontalAdvance(self.text) + 8
        room = max(10.0, self.width() - text_width)
        width = room * max(0.0, min(1.0, self.value / self.maximum))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#e5e7eb"))
        painter.drawRoundedRect(QRectF(0, 3, room, self.height() - 6), 3, 3)
        painter.setBrush(self.color)
        painter.drawRoundedRect(QRectF(0, 3, width, self.height() - 6), 3, 3)
        painter.setPen(self.palette().text().color())
        painter.drawText(QRectF(room + 6, 0, text_width, self.height()),
                         int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), self.text)
        painter.end()


class ProposedGroupCard(QFrame):
    """One proposed group: title, strength bar, members (draggable to another card)."""

    def __init__(self, index: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("groupCard")
        self.index = index
        self.title = QLabel()
        self.title.setObjectName("groupTitle")
        self.bar = StrengthBar()
        self.list = MemberList(index)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.bar)
        layout.addWidget(self.list)
        layout.addStretch(1)


class BalanceDialog(QDialog):
    applied = Signal(int)  # team id, after the split was stored

    def __init__(self, parent: QWidget, database: Callable[[], Database], changes: ChangeStack, team_id: int,
                 team_name: str, today: dt.date, groups: int, notify: Callable[[int], None]) -> None:
        super().__init__(parent)
        self.setObjectName("balanceDialog")
        self._database, self.changes, self.team_id, self.team_name = database, changes, team_id, team_name
        self.today, self.notify = today, notify
        self.proposal: Proposal | None = None
        self.plan: list[list[int]] = []  # member ids per proposed group, as adjusted
        self.leaders: set[int] = set()

        self.groups_spin = QSpinBox()
        self.groups_spin.setRange(2, 20)
        self.groups_spin.setValue(max(2, min(20, groups)))
        self.by_combo = QComboBox()
        self.window_spin = QSpinBox()
        self.window_spin.setRange(7, 366)
        self.window_spin.setValue(DEFAULT_WINDOW_DAYS)
        self.propose_button = QPushButton()
        self.groups_label, self.by_label, self.window_label = QLabel(), QLabel(), QLabel()
        for label, buddy in ((self.groups_label, self.groups_spin), (self.by_label, self.by_combo),
                             (self.window_label, self.window_spin)):
            label.setBuddy(buddy)
        settings = QFormLayout()
        settings.addRow(self.groups_label, self.groups_spin)
        settings.addRow(self.by_label, self.by_combo)
        settings.addRow(self.window_label, self.window_spin)
        top = QHBoxLayout()
        top.addLayout(settings)
        top.addWidget(self.propose_button, 0, Qt.AlignmentFlag.AlignBottom)
        top.addStretch(1)

        self.tasks = TaskPanel(self)
        self.current_box = QGroupBox()
        self.current_layout = QGridLayout(self.current_box)
        self.proposed_box = QGroupBox()
        self.proposed_grid = QGridLayout()
        proposed_inner = QWidget()
        proposed_inner.setLayout(self.proposed_grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(proposed_inner)
        QVBoxLayout(self.proposed_box).addWidget(scroll)
        panes = QHBoxLayout()
        panes.addWidget(self.current_box, 2)
        panes.addWidget(self.proposed_box, 5)
        self.summary = QLabel()
        self.summary.setObjectName("balanceSummary")
        self.summary.setWordWrap(True)
        self.warnings = QLabel()
        self.warnings.setObjectName("balanceWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #b45309;")
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet("color: #6b7280;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.reset_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ResetRole)
        self.buttons.rejected.connect(self.reject)
        self.apply_button.clicked.connect(self.apply)
        self.reset_button.clicked.connect(self.reset)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tasks)
        layout.addLayout(panes, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.warnings)
        layout.addWidget(self.notes)
        layout.addWidget(self.buttons)
        self.cards: list[ProposedGroupCard] = []
        self.retranslate()
        self.resize(1180, 760)
        self.groups_spin.valueChanged.connect(self.request)
        self.by_combo.currentIndexChanged.connect(self.request)
        self.window_spin.valueChanged.connect(self.request)
        self.propose_button.clicked.connect(self.request)
        self._show()
        self.request()

    # ---------------------------------------------------------------- text
    def retranslate(self) -> None:
        self.setWindowTitle(fill(self.tr("Balance Groups — %1"), self.team_name))
        self.groups_label.setText(self.tr("&Groups:"))
        self.by_label.setText(self.tr("Strength &by:"))
        self.window_label.setText(self.tr("&Over the last:"))
        self.window_spin.setSuffix(self.tr(" days"))
        index = max(0, self.by_combo.currentIndex())
        self.by_combo.blockSignals(True)
        self.by_combo.clear()
        self.by_combo.addItems([self.tr("Deals"), self.tr("Revenue"), self.tr("Conversion (deals per connected call)"),
                                self.tr("Deals and revenue (2 : 1)")])
        self.by_combo.setCurrentIndex(index)
        self.by_combo.blockSignals(False)
        self.propose_button.setText(self.tr("&Propose Again"))
        self.propose_button.setToolTip(self.tr("Split the active reps again from their figures"))
        self.current_box.setTitle(self.tr("Now"))
        self.proposed_box.setTitle(self.tr("Proposed — drag members between groups to adjust"))
        self.apply_button.setText(self.tr("&Apply"))
        self.apply_button.setToolTip(self.tr("Move the members into these groups from today (Ctrl+Z undoes it)"))
        self.reset_button.setText(self.tr("&Reset"))
        self.reset_button.setToolTip(self.tr("Back to the proposed split"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._show()
        super().changeEvent(event)

    def spec(self) -> StrengthSpec:
        return StrengthSpec(CHOICES[max(0, self.by_combo.currentIndex())], self.window_spin.value())

    def figure(self, value: float, decimals: int = 0) -> str:
        """A strength in the unit people read: deals, yuan, percent or points."""
        spec = self.proposal.spec if self.proposal else self.spec()
        shown = display_value(spec, value)
        if spec.single is Metric.DEALS:
            return fill(self.tr("%1 deals"), f"{shown:,.{decimals}f}")
        if spec.single is Metric.REVENUE:
            return fill(self.tr("¥%1"), f"{shown:,.{decimals}f}")
        if spec.single is Metric.CONVERSION:
            return f"{shown:.{decimals + 1}f} %"
        return fill(self.tr("%1 pt"), f"{shown:.{decimals + 1}f}")

    # ---------------------------------------------------------------- proposing (in the worker)
    def request(self) -> None:
        db, team_id, groups, spec, today = self._database(), self.team_id, self.groups_spin.value(), self.spec(), \
            self.today

        def job(_progress: object, _cancel: object) -> Proposal:
            with db.session() as s:
                return propose(s, team_id, groups, spec, today)

        self.apply_button.setEnabled(False)
        self.tasks.start(job, self.tr("Balancing…"), on_success=self._proposed, on_failure=self._failed,
                         on_cancel=self._cancelled)

    def _proposed(self, proposal: Proposal) -> None:
        if not shiboken6.isValid(self):
            return
        self.proposal = proposal
        self.reset()

    def _failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self.proposal, self.plan = None, []
        if isinstance(error, ValidationError):
            self.summary.setText("\n".join(problem_text(e) for e in error.errors))
        else:
            self.summary.setText(fill(self.tr("Could not balance the groups: %1"), str(error)))
        self._show(keep_summary=True)

    def _cancelled(self) -> None:
        if shiboken6.isValid(self):
            self.summary.setText(self.tr("Cancelled: the split shown is the last one proposed."))

    def reset(self) -> None:
        if self.proposal is None:
            return
        self.plan = [list(g.members) for g in self.proposal.result.groups]
        self.leaders = {g.leader for g in self.proposal.result.groups}
        self._show()

    # ---------------------------------------------------------------- drawing
    def _strength(self, members: list[int]) -> int:
        assert self.proposal is not None
        return sum(self.proposal.reps[m].strength.strength for m in members)

    def _clear(self, layout: QGridLayout) -> None:
        while layout.count():
            item = layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # at once: deleteLater waits for the event loop, and the old card would show through
                widget.deleteLater()

    def _show(self, keep_summary: bool = False) -> None:
        self._clear(self.current_layout)
        self._clear(self.proposed_grid)
        self.cards = []
        proposal = self.proposal
        if proposal is None:
            self.apply_button.setEnabled(False)
            self.reset_button.setEnabled(False)
            if not keep_summary:
                self.summary.setText(self.tr("Balancing…"))
            self.warnings.clear()
            self.notes.clear()
            return
        strongest = max([self._strength(m) for m in self.plan] + [g.strength for g in proposal.current] + [1])
        for row, group in enumerate(proposal.current):
            name = QLabel(fill(self.tr("%1 · %2 members"), group.name, str(len(group.members))))
            bar = StrengthBar()
            bar.set_value(group.strength, strongest, self.figure(group.strength), "#9ca3af")
            self.current_layout.addWidget(name, 2 * row, 0)
            self.current_layout.addWidget(bar, 2 * row + 1, 0)
        if not proposal.current:
            self.current_layout.addWidget(QLabel(self.tr("No groups yet: applying creates them.")), 0, 0)
        self.current_layout.setRowStretch(2 * len(proposal.current) + 1, 1)
        columns = 3 if len(self.plan) > 4 else 2
        for index, members in enumerate(self.plan):
            card = ProposedGroupCard(index)
            strength = self._strength(members)
            news = sum(proposal.reps[m].strength.new_hire for m in members)
            title = fill(self.tr("Group %1 · %2 members"), str(index + 1), str(len(members)))
            if news:
                title += fill(self.tr(" · %1 new"), str(news))
            card.title.setText(title)
            card.bar.set_value(strength, strongest, self.figure(strength))
            for member_id in sorted(members, key=lambda m: -proposal.reps[m].strength.strength):
                info = proposal.reps[member_id]
                marks = (" ★" if member_id in self.leaders else "") + (self.tr(" (new)") if info.strength.new_hire
                                                                      else "")
                estimated = "*" if info.strength.estimate is not Estimate.NONE else ""
                item = QListWidgetItem(f"{info.member.label}{marks}   {self.figure(info.strength.strength)}"
                                       f"{estimated}")
                item.setData(ItemRole.MEMBER_ID, member_id)
                tips = [self.tr("★ group leader") if member_id in self.leaders else ""]
                if info.strength.estimate is Estimate.PRO_RATED:
                    tips.append(self.tr("* pro-rated: joined inside the window, figure per day worked × a "
                                        "typical rep's days"))
                elif info.strength.estimate is Estimate.NO_HISTORY:
                    tips.append(self.tr("* estimated: no history yet, the team's lower quartile"))
                item.setToolTip("\n".join(t for t in tips if t))
                card.list.addItem(item)
            if not members:
                hint = QListWidgetItem(self.tr("Drop members here"))
                hint.setFlags(Qt.ItemFlag.NoItemFlags)
                card.list.addItem(hint)
            card.list.fit_height()
            card.list.memberDropped.connect(self.move_member)
            self.proposed_grid.addWidget(card, index // columns, index % columns)
            self.cards.append(card)
        rows = -(-len(self.plan) // columns)
        for row in range(rows + 1):
            self.proposed_grid.setRowStretch(row, 1 if row == rows else 0)  # cards keep their height, space below
        self._summarise()

    def _summarise(self) -> None:
        proposal = self.proposal
        assert proposal is not None
        strengths = [self._strength(m) for m in self.plan]
        spread = max(strengths) - min(strengths)
        mean = sum(strengths) / len(strengths)
        pct = 100 * spread / mean if mean else 0.0
        adjusted = [sorted(m) for m in self.plan] != [sorted(g.members) for g in proposal.result.groups]
        if adjusted:
            text = fill(self.tr("Adjusted by hand: spread %1 (%2 % of the mean group strength %3). The proposal's "
                                "was %4."), self.figure(spread), f"{pct:.1f}", self.figure(mean, 1),
                        self.figure(proposal.result.spread))
        elif proposal.result.proven_optimal:
            text = fill(self.tr("Spread %1 (%2 % of the mean group strength %3): no split can do better."),
                        self.figure(spread), f"{pct:.1f}", self.figure(mean, 1))
        else:
            text = fill(self.tr("Spread %1 (%2 % of the mean group strength %3); no split can do better than %4."),
                        self.figure(spread), f"{pct:.1f}", self.figure(mean, 1),
                        self.figure(proposal.result.lower_bound))
        if proposal.current_spread is not None:
            text += " " + fill(self.tr("Now: spread %1 (%2 %)."), self.figure(proposal.current_spread),
                               f"{proposal.current_spread_pct:.1f}")
        self.summary.setText(text)
        self.warnings.setText("\n".join(self.broken_rules()))
        estimated = sum(1 for info in proposal.reps.values() if info.strength.estimate is not Estimate.NONE)
        self.notes.setText(fill(self.tr("★ leader · * estimated figure (%1 reps: joined recently or no history "
                                        "yet; hover for how). New hires are spread evenly; sizes differ by at most "
                                        "one."), str(estimated)) if estimated else
                           self.tr("★ leader · New hires are spread evenly; sizes differ by at most one."))
        self.reset_button.setEnabled(adjusted)
        self.apply_button.setEnabled(all(self.plan))

    def broken_rules(self) -> list[str]:
        """What a hand-adjusted split no longer keeps (the proposal keeps every rule)."""
        assert self.proposal is not None
        reps = self.proposal.reps
        sizes = [len(m) for m in self.plan]
        news = [sum(reps[m].strength.new_hire for m in members) for members in self.plan]
        out = []
        if max(sizes) - min(sizes) > 1:
            out.append(fill(self.tr("Group sizes differ by %1 (at most one is fair)."), str(max(sizes) - min(sizes))))
        if max(news) - min(news) > 1:
            out.append(self.tr("New hires are no longer spread evenly."))
        for index, members in enumerate(self.plan, 1):
            leaders = sum(1 for m in members if m in self.leaders)
            if not members:
                out.append(fill(self.tr("Group %1 is empty: move someone into it before applying."), str(index)))
            elif leaders == 0:
                out.append(fill(self.tr("Group %1 has no leader."), str(index)))
            elif leaders > 1:
                out.append(fill(self.tr("Group %1 has %2 leaders; the strongest of them will lead."), str(index),
                                str(leaders)))
        return out

    # ---------------------------------------------------------------- editing and applying
    def move_member(self, member_id: int, target: int) -> None:
        for members in self.plan:
            if member_id in members:
                members.remove(member_id)
        self.plan[target].append(member_id)
        self._show()

    def apply_plan(self) -> list[tuple[list[int], int | None]]:
        assert self.proposal is not None
        reps = self.proposal.reps
        out: list[tuple[list[int], int | None]] = []
        for members in self.plan:
            leaders = sorted((m for m in members if m in self.leaders), key=lambda m: -reps[m].strength.strength)
            out.append((list(members), leaders[0] if leaders else None))
        return out

    def apply(self) -> None:
        if self.proposal is None or not all(self.plan):
            return
        plan, team_id = self.apply_plan(), self.team_id
        try:
            with self._database().session() as s:
                _applied, change = apply_split(s, team_id, plan, on=self.today,
                                              new_group_name=self.tr("Group {n}"))
        except ValidationError as error:
            self.warnings.setText("\n".join(problem_text(e) for e in error.errors))
            return
        self.changes.push(fill(self.tr("Balance the groups of %1"), self.team_name), change,
                          lambda: self.notify(team_id))
        self.applied.emit(team_id)
        self.accept()
