"""Log morning contest… (晨会小组比赛): a topic, the judges (add / remove a column), and for each group its
representative and each judge's 1–5 scores for the rubric's criteria; the winner is previewed live with the same
ranking the store keeps (``MorningRound.ranking``). Errors from ``MorningRound.checked`` stay in the dialog."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence

from PySide6.QtWidgets import (
    QDateEdit,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coachdesk.core.competitions.contests import MORNING_RUBRIC, SCORE_MAX, SCORE_MIN, MorningEntry, MorningRound
from coachdesk.gui.competitions.contest_labels import criterion_label
from coachdesk.gui.competitions.contest_texts import figure
from coachdesk.gui.competitions.form_dialog import FormDialog
from coachdesk.gui.competitions.routine_dialogs import date_edit, people_combo
from coachdesk.gui.widgets.dates import from_qdate
from coachdesk.gui.widgets.text import fill
from coachdesk.store.competitions.pages import Person

MAX_JUDGES = 7
DEFAULT_JUDGES = 3
DEFAULT_SCORE = 3


class GroupEntry(QGroupBox):
    """One group's representative and the judges' scores (rows: criteria, columns: judges)."""

    def __init__(self, group_id: int, name: str, people: Sequence[Person], parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self.group_id, self.name = group_id, name
        self.rep_combo = people_combo(people, "—")
        if people:
            self.rep_combo.setCurrentIndex(1)
        self.rep_label = QLabel()
        self.grid = QGridLayout()
        self.criteria_labels = [QLabel() for _ in MORNING_RUBRIC]
        for row, label in enumerate(self.criteria_labels, 1):
            self.grid.addWidget(label, row, 0)
        self.judge_labels: list[QLabel] = []
        self.spins: list[list[QSpinBox]] = []  # per judge, one per criterion
        self.total_label = QLabel()
        self.total_label.setObjectName("entryTotal")
        top = QHBoxLayout()
        top.addWidget(self.rep_label)
        top.addWidget(self.rep_combo, 1)
        top.addWidget(self.total_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(self.grid)

    def add_judge(self, changed: Callable[[], None]) -> None:
        column = len(self.spins) + 1
        label = QLabel()
        self.grid.addWidget(label, 0, column)
        self.judge_labels.append(label)
        spins = []
        for row in range(len(MORNING_RUBRIC)):
            spin = QSpinBox()
            spin.setRange(SCORE_MIN, SCORE_MAX)
            spin.setValue(DEFAULT_SCORE)
            spin.valueChanged.connect(changed)
            self.grid.addWidget(spin, row + 1, column)
            spins.append(spin)
        self.spins.append(spins)

    def remove_judge(self) -> None:
        if not self.spins:
            return
        for widget in (self.judge_labels.pop(), *self.spins.pop()):
            self.grid.removeWidget(widget)
            widget.deleteLater()

    def entry(self, judges: Sequence[str]) -> MorningEntry:
        rep = self.rep_combo.currentData()
        scores = {judge: tuple(s.value() for s in spins) for judge, spins in zip(judges, self.spins, strict=True)}
        return MorningEntry(self.group_id, self.name, None if rep is None else int(rep), scores)


class MorningDialog(FormDialog):
    """``submit`` gets the MorningRound (the store checks it: ``MorningRound.checked``)."""

    def __init__(self, parent: QWidget | None, submit: Callable[[MorningRound], object],
                 groups: Mapping[int, str], people: Sequence[Person], day: dt.date) -> None:
        super().__init__(submit, parent)
        self.setObjectName("morningDialog")
        self.topic_edit = QLineEdit()
        self.day_edit: QDateEdit = date_edit(day)
        self.judge_edits: list[QLineEdit] = []
        self.judges_row = QHBoxLayout()
        self.add_judge_button, self.remove_judge_button = QPushButton(), QPushButton()
        self.add_judge_button.clicked.connect(self.add_judge)
        self.remove_judge_button.clicked.connect(self.remove_judge)
        judges = QHBoxLayout()
        judges.addLayout(self.judges_row, 1)
        judges.addWidget(self.add_judge_button)
        judges.addWidget(self.remove_judge_button)
        self.entries: list[GroupEntry] = []
        inner = QWidget()
        entries_layout = QVBoxLayout(inner)
        entries_layout.setContentsMargins(0, 0, 0, 0)
        for group_id, name in groups.items():
            members = [p for p in people if p.group_id == group_id]
            if not members:
                continue
            entry = GroupEntry(group_id, name, members)
            entry.rep_combo.currentIndexChanged.connect(self.update_preview)
            entries_layout.addWidget(entry)
            self.entries.append(entry)
        entries_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        self.preview = QLabel()
        self.preview.setObjectName("morningWinner")
        self.preview.setWordWrap(True)
        self.preview.setStyleSheet("font-weight: 600; color: #166534;")
        self.add_row("topic", self.topic_edit)
        self.add_row("day", self.day_edit)
        self.add_row("judges", judges, input_widget=self.add_judge_button)
        self.add_row("entries", self.preview)
        for field in ("representative", "scores"):
            self.form.addRow(self.error_slot(field))
        self.topic_edit.textChanged.connect(self.update_preview)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        for _ in range(DEFAULT_JUDGES):
            self.add_judge()
        self.retranslate()
        self.resize(720, 760)

    # ---------------------------------------------------------------- judges
    def add_judge(self) -> None:
        if len(self.judge_edits) >= MAX_JUDGES:
            return
        edit = QLineEdit()
        edit.setText(fill(self.tr("Judge %1"), len(self.judge_edits) + 1))
        edit.textChanged.connect(self._judge_names)
        self.judge_edits.append(edit)
        self.judges_row.addWidget(edit)
        for entry in self.entries:
            entry.add_judge(self.update_preview)
        self._judge_names()

    def remove_judge(self) -> None:
        if len(self.judge_edits) <= 1:
            return
        edit = self.judge_edits.pop()
        self.judges_row.removeWidget(edit)
        edit.deleteLater()
        for entry in self.entries:
            entry.remove_judge()
        self._judge_names()

    def judges(self) -> list[str]:
        """Judge names, made unique (a judge's scores are keyed by name)."""
        names: list[str] = []
        for index, edit in enumerate(self.judge_edits, 1):
            name = edit.text().strip() or fill(self.tr("Judge %1"), index)
            while name in names:
                name += "′"
            names.append(name)
        return names

    def _judge_names(self) -> None:
        for entry in self.entries:
            for label, name in zip(entry.judge_labels, self.judges(), strict=True):
                label.setText(name)
        self.remove_judge_button.setEnabled(len(self.judge_edits) > 1)
        self.add_judge_button.setEnabled(len(self.judge_edits) < MAX_JUDGES)
        self.update_preview()

    # ---------------------------------------------------------------- reading
    def draft(self) -> MorningRound:
        judges = self.judges()
        round_ = MorningRound(from_qdate(self.day_edit.date()), self.topic_edit.text(),
                              [e.entry(judges) for e in self.entries])
        missing = next((e.rep_combo for e in self.entries if e.rep_combo.currentData() is None), None)
        self.field_widgets["representative"] = missing or (self.entries[0].rep_combo if self.entries
                                                           else self.topic_edit)
        return round_

    def update_preview(self) -> None:
        if not self.entries:
            self.preview.setText(self.tr("The team has no groups with members: a morning contest needs two."))
            return
        judges = self.judges()
        ranked = MorningRound(dt.date.today(), "", [e.entry(judges) for e in self.entries]).ranking()
        for entry in self.entries:
            total = entry.entry(judges).total
            entry.total_label.setText(fill(self.tr("mean total %1"), figure(total, 2)))
        winner = ranked[0]
        rest = ", ".join(fill(self.tr("%1 %2"), e.group_label, figure(e.total, 2)) for e in ranked[1:])
        self.preview.setText(fill(self.tr("Winner: %1 (%2) — then %3"), winner.group_label, figure(winner.total, 2),
                                  rest) if rest else fill(self.tr("Winner: %1 (%2)"), winner.group_label,
                                                          figure(winner.total, 2)))

    def winner_name(self) -> str:
        ranked = MorningRound(dt.date.today(), "", [e.entry(self.judges()) for e in self.entries]).ranking()
        return ranked[0].group_label if ranked else ""

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Log Morning Contest"))
        for field, text in (("topic", self.tr("&Topic:")), ("day", self.tr("&Day:")), ("judges", self.tr("&Judges:")),
                            ("entries", self.tr("Preview:"))):
            self.row_labels[field].setText(text)
        self.topic_edit.setPlaceholderText(self.tr("e.g. handling “it's too expensive”"))
        self.add_judge_button.setText(self.tr("Add judge"))
        self.remove_judge_button.setText(self.tr("Remove judge"))
        for entry in self.entries:
            entry.rep_label.setText(self.tr("Representative:"))
            for label, (key, _en, _zh) in zip(entry.criteria_labels, MORNING_RUBRIC, strict=True):
                label.setText(fill(self.tr("%1 (1–5)"), criterion_label(key)))
        self._judge_names()

    def field_labels(self) -> dict[str, str]:
        labels = super().field_labels()
        labels.update(representative=self.tr("Representative"), scores=self.tr("Scores"),
                      entries=self.tr("Groups"))
        return labels
