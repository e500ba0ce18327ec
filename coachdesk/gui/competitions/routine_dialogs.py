"""The contest page's small edit dialogs: log a deal, add a recap, add a promise, mark it delivered, a support note
for a lagging rep, a duel and manual points. Each builds a plain draft; the tab's ``submit`` stores it through the
contest edits (errors stay in the dialog with the input)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QDateTime, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from coachdesk.core.competitions.contests import Promise, PromiseKind
from coachdesk.gui.competitions.contest_labels import promise_kind_label, recap_kind_label
from coachdesk.gui.competitions.form_dialog import FormDialog
from coachdesk.gui.widgets.dates import from_qdate, to_qdate
from coachdesk.gui.widgets.text import fill
from coachdesk.store.competitions.pages import Person
from coachdesk.store.competitions.routine import RECAP_KINDS, SupportRow


def person_label(person: Person) -> str:
    return f"{person.name} ({person.employee_id})"


def people_combo(people: Sequence[Person], none_text: str | None = None) -> QComboBox:
    combo = QComboBox()
    if none_text is not None:
        combo.addItem(none_text, None)
    for person in people:
        combo.addItem(person_label(person), person.id)
    return combo


def date_edit(day: dt.date) -> QDateEdit:
    edit = QDateEdit(to_qdate(day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def participant_combo(choices: Sequence[tuple[str, str]]) -> QComboBox:
    """(key, label) choices: groups ("g3") and reps ("r12")."""
    combo = QComboBox()
    for key, label in choices:
        combo.addItem(label, key)
    return combo


class _Dialog(FormDialog):
    def finish(self, intro: QLabel | None = None) -> None:
        layout = QVBoxLayout(self)
        if intro is not None:
            layout.addWidget(intro)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.resize(max(480, self.sizeHint().width()), self.sizeHint().height())


# --- deals --------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class DealDraft:
    member_id: int
    amount_cents: int
    at: dt.datetime
    note: str


class DealDialog(_Dialog):
    def __init__(self, parent: QWidget | None, submit: Callable[[DealDraft], object], people: Sequence[Person],
                 at: dt.datetime) -> None:
        super().__init__(submit, parent)
        self.setObjectName("dealDialog")
        self.rep_combo = people_combo(people)
        self.amount_spin = QDoubleSpinBox()
        self.amount_spin.setRange(0, 100_000_000)
        self.amount_spin.setDecimals(2)
        self.amount_spin.setSingleStep(100)
        self.time_edit = QDateTimeEdit(QDateTime(to_qdate(at.date()), QTime(at.hour, at.minute)))
        self.time_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.time_edit.setCalendarPopup(True)
        self.note_edit = QLineEdit()
        self.add_row("member", self.rep_combo)
        self.add_row("amount", self.amount_spin)
        self.add_row("at", self.time_edit)
        self.add_row("note", self.note_edit)
        self.finish()

    def draft(self) -> DealDraft:
        at = self.time_edit.dateTime()
        day, time = at.date(), at.time()
        when = dt.datetime.combine(from_qdate(day), dt.time(time.hour(), time.minute()))
        return DealDraft(int(self.rep_combo.currentData()), round(self.amount_spin.value() * 100), when,
                         self.note_edit.text())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Log Deal"))
        for field, text in (("member", self.tr("&Rep:")), ("amount", self.tr("&Amount:")),
                            ("at", self.tr("&Time:")), ("note", self.tr("&Note:"))):
            self.row_labels[field].setText(text)
        self.amount_spin.setPrefix(self.tr("¥"))
        self.note_edit.setPlaceholderText(self.tr("Product, customer, how it was won (optional)"))


# --- evening recaps -----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class RecapDraft:
    day: dt.date
    kind: str
    text: str
    member_id: int | None


class RecapDialog(_Dialog):
    def __init__(self, parent: QWidget | None, submit: Callable[[RecapDraft], object], people: Sequence[Person],
                 day: dt.date) -> None:
        super().__init__(submit, parent)
        self.setObjectName("recapDialog")
        self.day_edit = date_edit(day)
        self.kind_combo = QComboBox()
        for kind in RECAP_KINDS:
            self.kind_combo.addItem(recap_kind_label(kind), kind)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setFixedHeight(90)
        self.by_combo = people_combo(people, "—")
        self.add_row("day", self.day_edit)
        self.add_row("kind", self.kind_combo)
        self.add_row("text", self.text_edit)
        self.add_row("member", self.by_combo)
        self.finish()

    def draft(self) -> RecapDraft:
        member = self.by_combo.currentData()
        return RecapDraft(from_qdate(self.day_edit.date()), str(self.kind_combo.currentData()),
                          self.text_edit.toPlainText(), None if member is None else int(member))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add Evening Recap"))
        for field, text in (("day", self.tr("&Day:")), ("kind", self.tr("&Kind:")), ("text", self.tr("&Shared:")),
                            ("member", self.tr("&By:"))):
            self.row_labels[field].setText(text)
        for i in range(self.kind_combo.count()):
            self.kind_combo.setItemText(i, recap_kind_label(self.kind_combo.itemData(i)))
        self.text_edit.setPlaceholderText(self.tr("The win, idea or method shared at the evening meeting"))


# --- promises -----------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class PromiseDraft:
    kind: PromiseKind
    to_whom: str  # a participant key or free text
    for_what: str
    promised_on: dt.date


class PromiseDialog(_Dialog):
    def __init__(self, parent: QWidget | None, submit: Callable[[PromiseDraft], object],
                 participants: Sequence[tuple[str, str]], day: dt.date) -> None:
        super().__init__(submit, parent)
        self.setObjectName("promiseDialog")
        self.kind_combo = QComboBox()
        for kind in PromiseKind:
            self.kind_combo.addItem(promise_kind_label(kind), kind.value)
        self.whom_combo = participant_combo(participants)
        self.whom_combo.setEditable(True)  # or free text: "the winning group"
        self.whom_combo.setCurrentIndex(-1)
        self.for_edit = QLineEdit()
        self.day_edit = date_edit(day)
        self.add_row("kind", self.kind_combo)
        self.add_row("to_whom", self.whom_combo)
        self.add_row("for_what", self.for_edit)
        self.add_row("promised_on", self.day_edit)
        self.finish()

    def to_whom(self) -> str:
        text = self.whom_combo.currentText().strip()
        index = self.whom_combo.findText(text)
        return str(self.whom_combo.itemData(index)) if index >= 0 and text else text

    def draft(self) -> PromiseDraft:
        return PromiseDraft(PromiseKind(self.kind_combo.currentData()), self.to_whom(), self.for_edit.text(),
                            from_qdate(self.day_edit.date()))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add Promise"))
        for field, text in (("kind", self.tr("&Kind:")), ("to_whom", self.tr("&To whom:")),
                            ("for_what", self.tr("&For what:")), ("promised_on", self.tr("&Promised on:"))):
            self.row_labels[field].setText(text)
        for i in range(self.kind_combo.count()):
            self.kind_combo.setItemText(i, promise_kind_label(self.kind_combo.itemData(i)))
        line = self.whom_combo.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("A group, a rep or who wins (free text)"))
        self.for_edit.setPlaceholderText(self.tr("e.g. a team dinner for the winning group"))


@dataclass(frozen=True)
class DeliveredDraft:
    on: dt.date
    note: str


class DeliveredDialog(_Dialog):
    def __init__(self, parent: QWidget | None, submit: Callable[[DeliveredDraft], object], promise: Promise,
                 day: dt.date) -> None:
        super().__init__(submit, parent)
        self.setObjectName("deliveredDialog")
        self.promise = promise
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.day_edit = date_edit(day)
        self.note_edit = QLineEdit()
        self.add_row("delivered_on", self.day_edit)
        self.add_row("note", self.note_edit)
        self.finish(self.intro)

    def draft(self) -> DeliveredDraft:
        return DeliveredDraft(from_qdate(self.day_edit.date()), self.note_edit.text())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Mark Delivered"))
        p = self.promise
        self.intro.setText(fill(self.tr("%1 to %2 for %3, promised on %4."), promise_kind_label(p.kind),
                                p.to_whom_label, p.for_what, p.promised_on.isoformat()))
        self.row_labels["delivered_on"].setText(self.tr("&Delivered on:"))
        self.row_labels["note"].setText(self.tr("&Note:"))
        self.note_edit.setPlaceholderText(self.tr("How it was kept (e.g. the photo is on the wall)"))


# --- support notes ------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class SupportDraft:
    member_id: int
    supporter_id: int | None
    chance: str
    note: str


class SupportDialog(_Dialog):
    def __init__(self, parent: QWidget | None, submit: Callable[[SupportDraft], object], member_id: int,
                 member_name: str, staff: Sequence[Person], current: SupportRow | None) -> None:
        super().__init__(submit, parent)
        self.setObjectName("supportDialog")
        self.member_id, self.member_name = member_id, member_name
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.supporter_combo = people_combo([p for p in staff if p.id != member_id], "—")
        self.chance_edit = QLineEdit()
        self.note_edit = QPlainTextEdit()
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(80)
        if current is not None:
            index = self.supporter_combo.findData(current.supporter_id)
            self.supporter_combo.setCurrentIndex(max(0, index))
            self.chance_edit.setText(current.chance)
            self.note_edit.setPlainText(current.note)
        self.add_row("supporter", self.supporter_combo)
        self.add_row("chance", self.chance_edit)
        self.add_row("note", self.note_edit)
        self.finish(self.intro)

    def draft(self) -> SupportDraft:
        supporter = self.supporter_combo.currentData()
        return SupportDraft(self.member_id, None if supporter is None else int(supporter), self.chance_edit.text(),
                            self.note_edit.toPlainText())

    def retranslate(self) -> None:
        self.setWindowTitle(fill(self.tr("Support Note — %1"), self.member_name))
        self.intro.setText(fill(self.tr("%1 is below the middle of the board. Who helps them, and what chance do "
                                        "they get to catch up?"), self.member_name))
        for field, text in (("supporter", self.tr("&Supporter:")), ("chance", self.tr("&Chance:")),
                            ("note", self.tr("&Note:"))):
            self.row_labels[field].setText(text)
        self.chance_edit.setPlaceholderText(self.tr("e.g. first pick of the warm leads this week"))


# --- duels and manual points --------------------------------------------------------------------------------

@dataclass(frozen=True)
class DuelDraft:
    a: str
    b: str
    starts_on: dt.date
    ends_on: dt.date


class DuelDialog(_Dialog):
    def __init__(self, parent: QWidget | None, submit: Callable[[DuelDraft], object],
                 participants: Sequence[tuple[str, str]], starts_on: dt.date, ends_on: dt.date) -> None:
        super().__init__(submit, parent)
        self.setObjectName("duelDialog")
        self.a_combo = participant_combo(participants)
        self.b_combo = participant_combo(participants)
        self.b_combo.setCurrentIndex(min(1, self.b_combo.count() - 1))
        self.starts_edit, self.ends_edit = date_edit(starts_on), date_edit(ends_on)
        self.add_row("a", self.a_combo)
        self.add_row("b", self.b_combo)
        self.add_row("starts_on", self.starts_edit)
        self.add_row("ends_on", self.ends_edit)
        self.finish()

    def draft(self) -> DuelDraft:
        return DuelDraft(str(self.a_combo.currentData()), str(self.b_combo.currentData()),
                         from_qdate(self.starts_edit.date()), from_qdate(self.ends_edit.date()))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add Duel"))
        for field, text in (("a", self.tr("Side &A:")), ("b", self.tr("Side &B:")), ("starts_on", self.tr("&From:")),
                            ("ends_on", self.tr("&To:"))):
            self.row_labels[field].setText(text)


@dataclass(frozen=True)
class PointsDraft:
    who: str  # "r12" / "g3"
    day: dt.date
    points: float
    reason: str


class PointsDialog(_Dialog):
    def __init__(self, parent: QWidget | None, submit: Callable[[PointsDraft], object],
                 participants: Sequence[tuple[str, str]], day: dt.date) -> None:
        super().__init__(submit, parent)
        self.setObjectName("pointsDialog")
        self.who_combo = participant_combo(participants)
        self.day_edit = date_edit(day)
        self.points_spin = QDoubleSpinBox()
        self.points_spin.setRange(-10_000, 10_000)
        self.points_spin.setDecimals(1)
        self.points_spin.setValue(1)
        self.reason_edit = QLineEdit()
        self.add_row("who", self.who_combo)
        self.add_row("day", self.day_edit)
        self.add_row("points", self.points_spin)
        self.add_row("reason", self.reason_edit)
        self.finish()

    def draft(self) -> PointsDraft:
        return PointsDraft(str(self.who_combo.currentData()), from_qdate(self.day_edit.date()),
                           self.points_spin.value(), self.reason_edit.text())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Give Points"))
        for field, text in (("who", self.tr("&To:")), ("day", self.tr("&Day:")), ("points", self.tr("&Points:")),
                            ("reason", self.tr("&Reason:"))):
            self.row_labels[field].setText(text)
        self.points_spin.setToolTip(self.tr("Negative points take points away; they count with the contest's "
                                            "points per manual point"))
        self.reason_edit.setPlaceholderText(self.tr("e.g. best call recording of the week"))
