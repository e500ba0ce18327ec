"""The war-room board's quick-deal bar (D): who (type-ahead over the team's active reps) and how much (the
team's typical deal, prefilled); Enter asks the board to log it, Esc closes the bar. A problem is shown in the bar
and what was typed stays."""

from __future__ import annotations

from collections.abc import Sequence
from typing import cast

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QCompleter, QFrame, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from coachdesk.core.common.messages import CodedError
from coachdesk.core.tabular.values import parse_money
from coachdesk.gui.competitions.war_room_panels import board_font
from coachdesk.gui.widgets.roles import ItemRole
from coachdesk.store.competitions.pages import Person

STYLE = """
QFrame#quickDeal { background: #1e293b; border: 2px solid #fbbf24; border-radius: 14px; }
QFrame#quickDeal QLabel { color: #f1f5f9; background: transparent; }
QFrame#quickDeal QLabel#quickDealHint { color: #94a3b8; }
QFrame#quickDeal QLabel#quickDealError { color: #fca5a5; }
QFrame#quickDeal QComboBox, QFrame#quickDeal QLineEdit {
    background: #0b1020; color: #f1f5f9; border: 1px solid #475569; border-radius: 8px; padding: 4px 10px;
    selection-background-color: #2563eb; }
QFrame#quickDeal QComboBox QAbstractItemView { background: #0b1020; color: #f1f5f9;
    selection-background-color: #2563eb; }
"""


class QuickDealBar(QFrame):
    submitted = Signal(int, int)  # member id, amount in cents
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quickDeal")
        self.setStyleSheet(STYLE)
        self.people: list[Person] = []
        self.title = QLabel()
        self.title.setObjectName("quickDealTitle")
        self.rep_label = QLabel()
        self.rep = QComboBox()
        self.rep.setObjectName("quickDealRep")
        self.rep.setEditable(True)
        self.rep_edit = QLineEdit()
        self.rep.setLineEdit(self.rep_edit)
        self.rep.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.rep.setMinimumContentsLength(16)
        self.completer = QCompleter(self.rep.model(), self)  # type-ahead: any part of a name or employee id
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.rep.setCompleter(self.completer)
        self.amount_label = QLabel()
        self.amount = QLineEdit()
        self.amount.setObjectName("quickDealAmount")
        self.hint = QLabel()
        self.hint.setObjectName("quickDealHint")
        self.error = QLabel()
        self.error.setObjectName("quickDealError")
        self.error.setWordWrap(True)
        self.rep_label.setBuddy(self.rep)
        self.amount_label.setBuddy(self.amount)
        row = QHBoxLayout()
        row.setSpacing(14)
        row.addWidget(self.title)
        row.addSpacing(12)
        row.addWidget(self.rep_label)
        row.addWidget(self.rep, 3)
        row.addWidget(self.amount_label)
        row.addWidget(self.amount, 1)
        row.addWidget(self.hint)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 12, 20, 12)
        layout.addLayout(row)
        layout.addWidget(self.error)
        for widget in (self.rep, self.rep_edit, self.amount):
            widget.installEventFilter(self)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Log a deal"))
        self.rep_label.setText(self.tr("&Who:"))
        self.amount_label.setText(self.tr("&Amount (¥):"))
        self.hint.setText(self.tr("Enter logs it · Esc cancels"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_unit(self, u: float) -> None:
        """Type as large as the board's."""
        for widget, pixels, bold in ((self.title, 30, True), (self.rep_label, 26, False), (self.rep, 28, True),
                                     (self.amount_label, 26, False), (self.amount, 28, True), (self.hint, 20, False),
                                     (self.error, 24, False)):
            widget.setFont(board_font(self, pixels * u, bold))
        self.rep_edit.setFont(board_font(self, 28 * u, True))  # styled widgets do not pass fonts on
        for view in (self.completer.popup(), self.rep.view()):
            if view is not None:
                view.setFont(board_font(self, 26 * u))

    # ---------------------------------------------------------------- opening
    def open(self, people: Sequence[Person], preselect: int | None, amount_cents: int) -> None:
        self.people = list(people)
        self.rep.clear()
        for person in self.people:
            self.rep.addItem(f"{person.name} ({person.employee_id})")
            self.rep.setItemData(self.rep.count() - 1, person.id, ItemRole.MEMBER_ID)
        ids = [p.id for p in self.people]
        self.rep.setCurrentIndex(ids.index(preselect) if preselect in ids else (0 if ids else -1))
        self.amount.setText(f"{amount_cents / 100:.0f}" if amount_cents % 100 == 0 else f"{amount_cents / 100:.2f}")
        self.error.clear()
        self.error.hide()
        self.show()
        self.rep.setFocus()
        self.rep_edit.selectAll()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    # ---------------------------------------------------------------- reading
    def person(self) -> Person | None:
        """The rep chosen or typed: an entry of the list, else the one rep whose name or employee id holds the
        text."""
        text = self.rep.currentText().strip()
        index = self.rep.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            member_id = self.rep.itemData(index, ItemRole.MEMBER_ID)
            return next((p for p in self.people if p.id == member_id), None)
        needle = text.casefold()
        if not needle:
            return None
        exact = [p for p in self.people if needle in (p.name.casefold(), p.employee_id.casefold())]
        found = exact or [p for p in self.people if needle in p.name.casefold() or needle in p.employee_id.casefold()]
        return found[0] if len(found) == 1 else None

    def submit(self) -> None:
        person = self.person()
        problems = []
        if person is None:
            problems.append(self.tr("Choose a rep from the list (type part of a name or an employee ID)."))
        cents = None
        try:
            cents = parse_money(self.amount.text().strip() or "0")
        except (CodedError, ValueError):
            problems.append(self.tr("The amount is a number of yuan, such as 1980 or 1980.50."))
        if problems or person is None or cents is None:
            self.show_error("\n".join(problems))
            return
        self.submitted.emit(person.id, cents)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            key = cast(QKeyEvent, event).key()
            popup = self.completer.popup()
            if popup is not None and popup.isVisible():
                return False  # the completer picks with Enter and closes with Esc
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.submit()
                return True
            if key == Qt.Key.Key_Escape:
                self.cancelled.emit()
                return True
        return super().eventFilter(watched, event)
