"""New plan from a diagnosis: the practices of its top stage (and any prescribed from other stages) to pick
from, the prescribed ones checked and marked; the open actions that will carry over; optional plan notes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coachdesk.core.common.local_text import pick
from coachdesk.core.lifecycle.actions import DUE_AFTER_DAYS, ActionRow
from coachdesk.core.lifecycle.diagnosis import Diagnosis
from coachdesk.core.lifecycle.playbook import Playbook, Practice
from coachdesk.gui.lifecycle.actions_model import owner_text
from coachdesk.gui.lifecycle.context import content_language
from coachdesk.gui.lifecycle.lifecycle_labels import cadence_label, role_label, stage_label
from coachdesk.gui.widgets.roles import ItemRole
from coachdesk.gui.widgets.text import fill
from coachdesk.gui.widgets.validating_dialog import ValidatingDialog

PRESCRIBED_COLOUR = QColor("#b45309")
TITLE, STAGE, OWNER, CADENCE, DUE, MARK = range(6)


def plan_choices(diagnosis: Diagnosis, playbook: Playbook) -> list[tuple[Practice, bool]]:
    """The prescribed practices first (in prescription order, whatever their stage), then the rest of the top
    stage's practices; each with whether it is prescribed."""
    prescribed = [playbook.get(p.id) or p for p in diagnosis.contradiction.prescription]
    ids = {p.id for p in prescribed}
    rest = [p for p in playbook.for_stage(diagnosis.top_stage) if p.id not in ids]
    return [(p, True) for p in prescribed] + [(p, False) for p in rest]


class NewPlanDialog(ValidatingDialog):
    """``submit((practice_ids, notes))`` makes the plan."""

    def __init__(self, diagnosis: Diagnosis, summary: str, playbook: Playbook, carried: Sequence[ActionRow],
                 start: dt.date, submit: Callable[[tuple[list[str], str]], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(submit, parent)
        self.setObjectName("newPlanDialog")
        self.diagnosis = diagnosis
        self.summary = summary
        self.carried = list(carried)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.practices_label = QLabel()
        self.practices = QTreeWidget()
        self.practices.setObjectName("planPractices")
        self.practices.setRootIsDecorated(False)
        self.practices.setAlternatingRowColors(True)
        self.practices.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.practices.setColumnCount(6)
        lang = content_language()
        bold = QFont()
        bold.setBold(True)
        for practice, prescribed in plan_choices(diagnosis, playbook):
            due = start + dt.timedelta(days=DUE_AFTER_DAYS[practice.cadence])
            item = QTreeWidgetItem([pick(practice.title, lang), stage_label(practice.stage),
                                    role_label(practice.owner), cadence_label(practice.cadence), due.isoformat(), ""])
            item.setData(TITLE, ItemRole.ID, practice.id)
            item.setData(MARK, ItemRole.MARKED, prescribed)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(TITLE, Qt.CheckState.Checked if prescribed else Qt.CheckState.Unchecked)
            item.setToolTip(TITLE, pick(practice.why, lang))
            if prescribed:
                item.setFont(TITLE, bold)
                item.setForeground(MARK, PRESCRIBED_COLOUR)
            self.practices.addTopLevelItem(item)
        header = self.practices.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        self.carried_label = QLabel()
        self.carried_list = QListWidget()
        self.carried_list.setObjectName("planCarried")
        for action in self.carried:
            self.carried_list.addItem(f"{action.title} — {owner_text(action)}, {action.due_on.isoformat()}")
        self.carried_list.setMaximumHeight(self.carried_list.fontMetrics().height() * 5 + 12)
        self.carried_list.setVisible(bool(self.carried))
        self.notes_label = QLabel()
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(self.notes.fontMetrics().lineSpacing() * 3 + 14)
        self.field_widgets["practices"] = self.practices
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.practices_label)
        layout.addWidget(self.practices, 1)
        layout.addWidget(self.carried_label)
        layout.addWidget(self.carried_list)
        layout.addWidget(self.notes_label)
        layout.addWidget(self.notes)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.resize(780, 600)

    def items(self) -> list[QTreeWidgetItem]:
        items = (self.practices.topLevelItem(i) for i in range(self.practices.topLevelItemCount()))
        return [item for item in items if item is not None]

    def checked_ids(self) -> list[str]:
        return [item.data(TITLE, ItemRole.ID) for item in self.items()
                if item.checkState(TITLE) == Qt.CheckState.Checked]

    def prescribed_ids(self) -> list[str]:
        return [item.data(TITLE, ItemRole.ID) for item in self.items() if item.data(MARK, ItemRole.MARKED)]

    def draft(self) -> tuple[list[str], str]:
        return self.checked_ids(), self.notes.toPlainText()

    def field_labels(self) -> dict[str, str]:
        return {"practices": self.tr("Practices")}

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New Action Plan"))
        self.intro.setText(fill(self.tr("The team reads as %1. Principal contradiction: %2"),
                                stage_label(self.diagnosis.top_stage), self.summary))
        self.practices_label.setText(self.tr("Each practice you tick becomes an action, due by its cadence. The prescribed ones address the principal contradiction:"))  # noqa: E501
        self.practices.setHeaderLabels([self.tr("Practice"), self.tr("Stage"), self.tr("Owner"), self.tr("Cadence"),
                                        self.tr("Due"), ""])
        for item in self.items():
            item.setText(MARK, self.tr("prescribed") if item.data(MARK, ItemRole.MARKED) else "")
        if self.carried:
            self.carried_label.setText(fill(self.tr("%1 open action(s) carry over from the current plan:"),
                                            str(len(self.carried))))
        else:
            self.carried_label.setText(self.tr("No open actions to carry over."))
        self.notes_label.setText(self.tr("Plan notes (optional):"))
