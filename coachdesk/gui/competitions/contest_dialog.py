"""New / Edit contest and Amend rules: name, period, kind, participants, the scoring table (metric + points per
unit), group sizes, handicap, targets, the tie-break order (a reorderable list with checkboxes), morning points and
published.

Once a contest has started its rules are locked: Edit shows them read-only (only the name changes) and Amend is the
way — name and first day fixed, a reason required, and what the amendment changes listed live, in the words the
amendments list will use."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import Enum
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from coachdesk.core.competitions.contests import Contest
from coachdesk.core.competitions.rules import (
    DEFAULT_TIE_BREAKS,
    NAME_MAX,
    ContestDraft,
    ContestKind,
    ContestRules,
    Handicap,
    Participants,
    ScoreMetric,
    SizeRule,
    TieBreak,
    Weight,
    rule_changes,
)
from coachdesk.gui.competitions.contest_labels import (
    handicap_label,
    kind_label,
    metric_label,
    metric_unit,
    participants_label,
    size_rule_label,
    tie_break_label,
)
from coachdesk.gui.competitions.contest_texts import change_text
from coachdesk.gui.competitions.form_dialog import FormDialog
from coachdesk.gui.widgets.dates import from_qdate, to_qdate
from coachdesk.gui.widgets.roles import ItemRole
from coachdesk.gui.widgets.text import fill

DEFAULT_POINTS = {ScoreMetric.DEALS: 10.0, ScoreMetric.REVENUE: 0.01, ScoreMetric.CALLS: 0.1,
                  ScoreMetric.CONNECTS: 1.0, ScoreMetric.POINTS: 1.0}


class Mode(Enum):
    NEW = "new"
    EDIT = "edit"
    AMEND = "amend"


@dataclass(frozen=True)
class AmendDraft:
    rules: ContestRules
    reason: str
    ends_on: dt.date


def _combo(values: type[Enum], label: Callable[[object], str]) -> QComboBox:
    combo = QComboBox()
    for value in values:
        combo.addItem(label(value), value)
    return combo


def _target_spin() -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setRange(0, 10_000_000)
    spin.setDecimals(1)
    spin.setSingleStep(10)
    return spin


class ScoringTable(QTableWidget):
    """One row per metric: a checkbox to score it and its points per unit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(len(ScoreMetric), 2, parent)
        self.setObjectName("scoringTable")
        self.checks: dict[ScoreMetric, QCheckBox] = {}
        self.spins: dict[ScoreMetric, QDoubleSpinBox] = {}
        for row, metric in enumerate(ScoreMetric):
            check = QCheckBox()
            spin = QDoubleSpinBox()
            spin.setRange(-1_000, 1_000_000)  # a bad value reaches the rules' check, which says what is wrong
            spin.setDecimals(3)
            spin.setValue(DEFAULT_POINTS[metric])
            self.checks[metric], self.spins[metric] = check, spin
            self.setCellWidget(row, 0, check)
            self.setCellWidget(row, 1, spin)
            check.toggled.connect(spin.setEnabled)
            spin.setEnabled(False)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFixedHeight(self.horizontalHeader().height() + sum(self.rowHeight(r) for r in range(self.rowCount()))
                            + 4)

    def set_weights(self, weights: tuple[Weight, ...]) -> None:
        for metric in ScoreMetric:
            self.checks[metric].setChecked(False)
        for w in weights:
            self.checks[w.metric].setChecked(True)
            self.spins[w.metric].setValue(w.points)

    def weights(self) -> tuple[Weight, ...]:
        return tuple(Weight(m, self.spins[m].value()) for m in ScoreMetric if self.checks[m].isChecked())

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels([self.tr("Metric"), self.tr("Points per unit")])
        for metric in ScoreMetric:
            self.checks[metric].setText(metric_label(metric))
            self.spins[metric].setSuffix(" " + metric_unit(metric))
        self.resizeColumnToContents(1)


class TieBreakList(QListWidget):
    """The tie-breaks in the order they apply: drag (or Up/Down) to reorder, untick to leave one out."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tieBreakList")
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.set_rules(DEFAULT_TIE_BREAKS)

    def set_rules(self, rules: tuple[TieBreak, ...]) -> None:
        self.clear()
        for rule in (*rules, *(r for r in TieBreak if r not in rules)):
            item = QListWidgetItem(tie_break_label(rule))
            item.setData(ItemRole.ID, rule.value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsDragEnabled)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsDropEnabled)
            item.setCheckState(Qt.CheckState.Checked if rule in rules else Qt.CheckState.Unchecked)
            self.addItem(item)
        self.setFixedHeight(self.sizeHintForRow(0) * len(TieBreak) + 2 * self.frameWidth() + 4)

    def rules(self) -> tuple[TieBreak, ...]:
        return tuple(TieBreak(self.item(i).data(ItemRole.ID)) for i in range(self.count())
                     if self.item(i).checkState() == Qt.CheckState.Checked)

    def move_current(self, step: int) -> None:
        row = self.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.count():
            return
        item = self.takeItem(row)
        self.insertItem(target, item)
        self.setCurrentRow(target)

    def retranslate(self) -> None:
        for i in range(self.count()):
            self.item(i).setText(tie_break_label(self.item(i).data(ItemRole.ID)))


class ContestDialog(FormDialog):
    """``submit`` gets a ContestDraft (new, edit) or an AmendDraft (amend) and stores it, raising ValidationError
    when the store refuses."""

    def __init__(self, parent: QWidget | None, submit: Callable[[Any], object], today: dt.date, *,
                 mode: Mode = Mode.NEW, contest: Contest | None = None, locked: bool = False) -> None:
        super().__init__(submit, parent)
        self.setObjectName("contestDialog")
        self.mode, self.contest, self.today = mode, contest, today
        self.locked = locked and mode is Mode.EDIT  # a running contest's rules: read-only here, amend instead
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(NAME_MAX + 20)  # the rules say when it is too long
        self.starts_edit, self.ends_edit = QDateEdit(), QDateEdit()
        for edit in (self.starts_edit, self.ends_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.kind_combo = _combo(ContestKind, kind_label)
        self.participants_combo = _combo(Participants, participants_label)
        self.scoring = ScoringTable()
        self.size_combo = _combo(SizeRule, size_rule_label)
        self.handicap_combo = _combo(Handicap, handicap_label)
        self.rep_target, self.group_target = _target_spin(), _target_spin()
        self.tie_breaks = TieBreakList()
        self.up_button, self.down_button = QPushButton(), QPushButton()
        self.up_button.clicked.connect(lambda: self.tie_breaks.move_current(-1))
        self.down_button.clicked.connect(lambda: self.tie_breaks.move_current(1))
        ties = QHBoxLayout()
        ties.addWidget(self.tie_breaks, 1)
        buttons = QVBoxLayout()
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        buttons.addStretch(1)
        ties.addLayout(buttons)
        self.ties_hint = QLabel()
        self.ties_hint.setObjectName("hint")
        self.ties_hint.setStyleSheet("color: #6b7280;")
        self.ties_hint.setWordWrap(True)
        ties_box = QVBoxLayout()
        ties_box.addLayout(ties)
        ties_box.addWidget(self.ties_hint)
        self.morning_spin = QDoubleSpinBox()
        self.morning_spin.setRange(0, 1_000)
        self.morning_spin.setDecimals(1)
        self.published_check = QCheckBox()
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("amendReason")
        self.changes_label = QLabel()
        self.changes_label.setObjectName("amendChanges")
        self.changes_label.setWordWrap(True)
        self.locked_label = QLabel()
        self.locked_label.setObjectName("lockedNote")
        self.locked_label.setWordWrap(True)
        self.locked_label.setStyleSheet("color: #92400e; background: #fffbeb; border: 1px solid #fcd34d; "
                                        "border-radius: 4px; padding: 6px;")

        period = QHBoxLayout()
        period.addWidget(self.starts_edit)
        self.to_label = QLabel()
        period.addWidget(self.to_label)
        period.addWidget(self.ends_edit)
        period.addStretch(1)
        targets = QHBoxLayout()
        self.rep_target_label, self.group_target_label = QLabel(), QLabel()
        targets.addWidget(self.rep_target_label)
        targets.addWidget(self.rep_target, 1)
        targets.addWidget(self.group_target_label)
        targets.addWidget(self.group_target, 1)

        self.add_row("name", self.name_edit)
        self.add_row("ends_on", period, input_widget=self.ends_edit)
        self.field_widgets["starts_on"] = self.starts_edit
        self.add_row("kind", self.kind_combo)
        self.add_row("participants", self.participants_combo)
        self.add_row("scoring", self.scoring)
        self.add_row("size_rule", self.size_combo)
        self.add_row("handicap", self.handicap_combo)
        self.add_row("rep_target", targets, input_widget=self.rep_target)
        self.field_widgets["group_target"] = self.group_target
        self.field_errors["group_target"] = self.field_errors["rep_target"]
        self.add_row("tie_breaks", ties_box, input_widget=self.tie_breaks)
        self.add_row("morning_points", self.morning_spin)
        self.add_row("published", self.published_check)
        if mode is Mode.AMEND:
            self.add_row("reason", self.reason_edit)
            self.add_row("changes", self.changes_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.locked_label)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self._fill(contest)
        self._lock()
        for signal in (self.kind_combo.currentIndexChanged, self.participants_combo.currentIndexChanged):
            signal.connect(self._update_enabled)
        if mode is Mode.AMEND:
            for widget in (*self.scoring.checks.values(), self.published_check):
                widget.toggled.connect(self._preview)
            for spin in (*self.scoring.spins.values(), self.rep_target, self.group_target, self.morning_spin):
                spin.valueChanged.connect(self._preview)
            for combo in (self.kind_combo, self.participants_combo, self.size_combo, self.handicap_combo):
                combo.currentIndexChanged.connect(self._preview)
            self.ends_edit.dateChanged.connect(self._preview)
            self.tie_breaks.itemChanged.connect(self._preview)
            self.tie_breaks.model().rowsMoved.connect(self._preview)
            self.up_button.clicked.connect(self._preview)
            self.down_button.clicked.connect(self._preview)
        self._update_enabled()
        self.retranslate()
        self.resize(640, self.sizeHint().height())

    # ---------------------------------------------------------------- filling
    def _fill(self, contest: Contest | None) -> None:
        if contest is None:
            self.starts_edit.setDate(to_qdate(self.today + dt.timedelta(days=1)))
            self.ends_edit.setDate(to_qdate(self.today + dt.timedelta(days=14)))
            rules = ContestRules()
            self.published_check.setChecked(True)
        else:
            self.name_edit.setText(contest.name)
            self.starts_edit.setDate(to_qdate(contest.starts_on))
            self.ends_edit.setDate(to_qdate(contest.ends_on))
            rules = contest.rules
            self.published_check.setChecked(contest.published)
        self.kind_combo.setCurrentIndex(list(ContestKind).index(rules.kind))
        self.participants_combo.setCurrentIndex(list(Participants).index(rules.participants))
        self.scoring.set_weights(rules.scoring)
        self.size_combo.setCurrentIndex(list(SizeRule).index(rules.size_rule))
        self.handicap_combo.setCurrentIndex(list(Handicap).index(rules.handicap))
        self.rep_target.setValue(rules.rep_target or 0)
        self.group_target.setValue(rules.group_target or 0)
        self.tie_breaks.set_rules(rules.tie_breaks)
        self.morning_spin.setValue(rules.morning_points)

    def rule_widgets(self) -> list[QWidget]:
        return [self.kind_combo, self.participants_combo, self.scoring, self.size_combo, self.handicap_combo,
                self.rep_target, self.group_target, self.tie_breaks, self.up_button, self.down_button,
                self.morning_spin]

    def _lock(self) -> None:
        if self.locked:
            for widget in (*self.rule_widgets(), self.starts_edit, self.ends_edit, self.published_check):
                widget.setEnabled(False)
        if self.mode is Mode.AMEND:
            for widget in (self.name_edit, self.starts_edit, self.published_check):
                widget.setEnabled(False)
        self.locked_label.setVisible(self.locked or self.mode is Mode.AMEND)

    def _update_enabled(self) -> None:
        if self.locked:
            return
        participants = self.current_participants()
        self.size_combo.setEnabled(participants.groups)
        self.handicap_combo.setEnabled(participants.reps)

    def current_participants(self) -> Participants:
        return Participants(self.participants_combo.currentData())

    # ---------------------------------------------------------------- reading
    def rules(self) -> ContestRules:
        participants = self.current_participants()
        old = self.contest.rules if self.contest else ContestRules()

        def target(spin: QDoubleSpinBox) -> float | None:
            return spin.value() or None

        return ContestRules(
            kind=ContestKind(self.kind_combo.currentData()),
            participants=participants,
            scoring=self.scoring.weights(),
            size_rule=SizeRule(self.size_combo.currentData()) if participants.groups else SizeRule.TOTAL,
            handicap=Handicap(self.handicap_combo.currentData()) if participants.reps else Handicap.NONE,
            rep_target=target(self.rep_target),
            group_target=target(self.group_target),
            targets=old.targets,  # own targets per participant are kept as they are
            tie_breaks=self.tie_breaks.rules(),
            morning_points=self.morning_spin.value(),
        )

    def draft(self) -> ContestDraft | AmendDraft:
        rules = self.rules()
        ends_on = from_qdate(self.ends_edit.date())
        if self.mode is Mode.AMEND:
            return AmendDraft(rules, self.reason_edit.text(), ends_on)
        draft = ContestDraft(self.name_edit.text(), from_qdate(self.starts_edit.date()), ends_on, rules,
                             self.published_check.isChecked())
        if self.locked and self.contest is not None:  # only the name changes here
            draft = replace(draft, rules=self.contest.rules, starts_on=self.contest.starts_on,
                            ends_on=self.contest.ends_on, published=self.contest.published)
        return draft

    def changes(self) -> list[str]:
        """What the amendment changes, as the amendments list will say it."""
        if self.contest is None:
            return []
        found = [change_text(c.field, c.before, c.after) for c in rule_changes(self.contest.rules, self.rules())]
        ends_on = from_qdate(self.ends_edit.date())
        if ends_on != self.contest.ends_on:
            found.append(change_text("ends_on", self.contest.ends_on.isoformat(), ends_on.isoformat()))
        return found

    def _preview(self, *_args: object) -> None:
        changes = self.changes()
        self.changes_label.setText("\n".join(f"• {c}" for c in changes) if changes
                                   else self.tr("Nothing changed yet."))

    # ---------------------------------------------------------------- text
    def retranslate(self) -> None:
        titles = {Mode.NEW: self.tr("New Contest"), Mode.EDIT: self.tr("Edit Contest"),
                  Mode.AMEND: self.tr("Amend Rules")}
        title = titles[self.mode]
        if self.contest is not None:
            title = fill(self.tr("%1 — %2"), title, self.contest.name)
        self.setWindowTitle(title)
        texts = {"name": self.tr("&Name:"), "ends_on": self.tr("&Period:"), "kind": self.tr("&Kind:"),
                 "participants": self.tr("&Participants:"), "scoring": self.tr("&Scoring:"),
                 "size_rule": self.tr("Group si&zes:"), "handicap": self.tr("&Handicap:"),
                 "rep_target": self.tr("&Targets:"), "tie_breaks": self.tr("T&ie-breaks:"),
                 "morning_points": self.tr("&Morning contest:"), "published": self.tr("Pu&blished:"),
                 "reason": self.tr("&Reason:"), "changes": self.tr("Changes:")}
        for field, label in self.row_labels.items():
            label.setText(texts.get(field, field))
        self.to_label.setText(self.tr("to"))
        self.rep_target_label.setText(self.tr("each rep"))
        self.group_target_label.setText(self.tr("each group"))
        for spin in (self.rep_target, self.group_target):
            spin.setSpecialValueText(self.tr("none"))
            spin.setSuffix(" " + self.tr("points"))
        self.morning_spin.setSpecialValueText(self.tr("not counted"))
        self.morning_spin.setSuffix(" " + self.tr("points per win"))
        self.morning_spin.setToolTip(self.tr("Points the morning contest's winning group earns each day"))
        self.published_check.setText(self.tr("Published (untick to keep it a draft, not on the board)"))
        self.up_button.setText(self.tr("Up"))
        self.down_button.setText(self.tr("Down"))
        self.ties_hint.setText(self.tr("Equal scores are decided by the ticked rules from the top; the name "
                                       "decides last."))
        self.rep_target.setToolTip(self.tr("Target and race contests rank by % of own target"))
        self.reason_edit.setPlaceholderText(self.tr("Why the rules change (kept with the amendment and shown "
                                                    "to the team)"))
        if self.mode is Mode.AMEND:
            self.locked_label.setText(self.tr("The contest is running: its rules and last day change only by an "
                                              "amendment with a reason, which the page shows with what changed."))
            self._preview()
        else:
            self.locked_label.setText(self.tr("The contest is running: its rules are locked. Only the name can "
                                              "change here; use Amend Rules… to change the rules with a reason."))
        self.scoring.retranslate()
        self.tie_breaks.retranslate()
        labels: tuple[tuple[QComboBox, Callable[[object], str]], ...] = (
            (self.kind_combo, kind_label), (self.participants_combo, participants_label),
            (self.size_combo, size_rule_label), (self.handicap_combo, handicap_label))
        for combo, name in labels:
            for i in range(combo.count()):
                combo.setItemText(i, name(combo.itemData(i)))

    def set_dates(self, starts_on: dt.date, ends_on: dt.date) -> None:
        self.starts_edit.setDate(QDate(starts_on.year, starts_on.month, starts_on.day))
        self.ends_edit.setDate(QDate(ends_on.year, ends_on.month, ends_on.day))
