"""Add Audit…: the rep, the day, mystery shopper or call review, the auditor, the checklist (the script's sections,
each ticked used or left missed), compliance issues (one per line), an optional score 0–100 and a note."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coachdesk.core.drills.audits import DEFAULT_CHECKLIST, Audit, AuditKind
from coachdesk.gui.drills.drill_form import DrillFormDialog
from coachdesk.gui.drills.drill_labels import audit_kind_label, point_label


class AuditDialog(DrillFormDialog):
    def __init__(self, parent: QWidget | None, submit: Callable[[Any], object], reps: list[tuple[int, str]],
                 today: dt.date) -> None:
        super().__init__(submit, parent)
        self.rep = QComboBox()
        self.rep.setObjectName("auditRep")
        for member_id, name in reps:
            self.rep.addItem(name, member_id)
        self.day = QDateEdit(QDate(today.year, today.month, today.day))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.kind = QComboBox()
        for kind in AuditKind:
            self.kind.addItem(audit_kind_label(kind), kind.value)
        self.auditor = QLineEdit()
        self.auditor.setObjectName("auditAuditor")
        self.points: dict[str, QCheckBox] = {}
        grid_box = QWidget()
        grid = QGridLayout(grid_box)
        grid.setContentsMargins(0, 0, 0, 0)
        for index, point in enumerate(DEFAULT_CHECKLIST):
            box = QCheckBox(point_label(point))
            box.setObjectName(f"point_{point}")
            self.points[point] = box
            grid.addWidget(box, index // 2, index % 2)
        self.issues = QPlainTextEdit()
        self.issues.setObjectName("auditIssues")
        self.issues.setMaximumHeight(80)
        self.score = QSpinBox()
        self.score.setRange(-1, 100)
        self.score.setValue(-1)
        self.note = QLineEdit()
        for field, widget in (("member", self.rep), ("on", self.day), ("kind", self.kind), ("auditor", self.auditor),
                              ("points", grid_box), ("issues", self.issues), ("score", self.score),
                              ("note", self.note)):
            self.add_row(field, widget)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())
        self.retranslate()

    def draft(self) -> Audit:
        day = self.day.date()
        score = self.score.value()
        return Audit(int(self.rep.currentData() or 0), dt.date(day.year(), day.month(), day.day()),
                     AuditKind(self.kind.currentData()), self.auditor.text(),
                     {point: box.isChecked() for point, box in self.points.items()},
                     tuple(self.issues.toPlainText().splitlines()), None if score < 0 else score, self.note.text())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add Audit"))
        texts = {"member": self.tr("&Rep:"), "on": self.tr("&Date:"), "kind": self.tr("&Kind:"),
                 "auditor": self.tr("A&uditor:"), "points": self.tr("Checklist (ticked: used):"),
                 "issues": self.tr("Compliance &issues (one per line):"), "score": self.tr("&Score (0–100):"),
                 "note": self.tr("&Note:")}
        for field, text in texts.items():
            self.row_labels[field].setText(text)
        self.score.setSpecialValueText(self.tr("none"))
        for point, box in self.points.items():
            box.setText(point_label(point))
