"""The Audits view: the team's audits of real calls, newest first (date, rep, kind, auditor, adherence, score,
issues, note); Add Audit… and Delete are asked of the tab, which runs them undoably."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QEvent
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QVBoxLayout, QWidget

from coachdesk.core.drills.audits import Audit
from coachdesk.gui.competitions.column_model import RIGHT, Column, ColumnModel, selected_row, table_view
from coachdesk.gui.drills.drill_labels import audit_kind_label, number, percent, point_label
from coachdesk.gui.widgets.text import fill


class AuditModel(ColumnModel[Audit]):
    def __init__(self, parent: QWidget | None = None) -> None:
        self.names: Mapping[int, str] = {}
        super().__init__(parent)

    def make_columns(self) -> list[Column[Audit]]:
        return [
            Column(lambda: self.tr("Date"), lambda a: a.on.isoformat()),
            Column(lambda: self.tr("Rep"), lambda a: self.names.get(a.member_id, str(a.member_id))),
            Column(lambda: self.tr("Kind"), lambda a: audit_kind_label(a.kind)),
            Column(lambda: self.tr("Auditor"), lambda a: a.auditor),
            Column(lambda: self.tr("Adherence"), lambda a: percent(a.adherence), lambda a: a.adherence, RIGHT,
                   tooltip=lambda a: fill(self.tr("Missed: %1"), ", ".join(point_label(p) for p in a.missed))
                   if a.missed else ""),
            Column(lambda: self.tr("Score"), lambda a: number(a.effective_score, 0), lambda a: a.effective_score,
                   RIGHT),
            Column(lambda: self.tr("Issues"), lambda a: "; ".join(a.issues), lambda a: len(a.issues),
                   color=lambda a: "#b91c1c" if a.issues else None),
            Column(lambda: self.tr("Note"), lambda a: a.note),
        ]


class AuditsPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.add_action, self.delete_action = QAction(self), QAction(self)
        buttons = QHBoxLayout()
        for action in (self.add_action, self.delete_action):
            button = QToolButton()
            button.setDefaultAction(action)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.model = AuditModel(self)
        self.table, self.proxy = table_view(self.model, "auditTable", self, sort_column=-1, stretch=(7,))
        self.table.setSortingEnabled(True)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.update_actions())
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.retranslate()

    def show_audits(self, audits: list[Audit], names: Mapping[int, str]) -> None:
        self.model.names = names
        self.model.set_rows(audits)
        self.update_actions()

    def current(self) -> Audit | None:
        return selected_row(self.table, self.proxy, self.model)

    def update_actions(self) -> None:
        self.delete_action.setEnabled(self.current() is not None)

    def retranslate(self) -> None:
        self.add_action.setText(self.tr("&Add Audit…"))
        self.add_action.setToolTip(self.tr("Record a mystery-shopper call or a call review"))
        self.delete_action.setText(self.tr("&Delete"))
        self.delete_action.setToolTip(self.tr("Delete the chosen audit (Ctrl+Z undoes it)"))
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
