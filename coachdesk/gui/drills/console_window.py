"""The trainer's drill console: one participant after another on a projector, keyboard only.

A window of its own, dark like the war-room board, with type that grows with the window: who is answering (n of N,
who is next), the drawn question large (its model answer for the trainer on A), the timer running from the draw,
the rubric's criteria as 1–5 pips with the selected one's anchors (what a 1, a 3 and a 5 look like), answered
well ✓/✗, the note and the keys.

Every entry is stored the moment Enter is pressed (``store/drills/edits.save_entry``, pushed on the window's undo
stack, so Ctrl+Z takes it back): closing the window, a sleeping laptop or a killed app loses at most the entry
being typed, and the session, left open, is resumed where it stopped (``gui/drills/console.py``).

The rules (a number key scores the selected criterion and moves on, the turn after the last wraps round, what
Enter saves) are ``core/drills/console.ConsoleState``; this module maps keys to them and paints the state.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
    QUndoCommand,
)
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from coachdesk.core.common.validation import FieldError, NotFoundError, ValidationError
from coachdesk.core.drills.console import ConsoleState
from coachdesk.core.drills.questions import Question
from coachdesk.core.drills.readiness import Scored
from coachdesk.core.drills.repetition import Answer, draw
from coachdesk.core.drills.rubrics import HIGH, LOW, Rubric
from coachdesk.core.drills.sessions import MAX_NOTE, DrillEntry, DrillSession
from coachdesk.gui.competitions.war_room_panels import (
    ACCENT,
    BACKGROUND,
    BORDER,
    DIM,
    FAINT,
    GOLD,
    GREEN,
    PANEL,
    TEXT,
    TRACK,
    board_font,
    text_in,
    unit,
)
from coachdesk.gui.drills.drill_labels import difficulty_label, kind_label, mode_label, section_label
from coachdesk.gui.lifecycle.context import LifecycleContext, content_language
from coachdesk.gui.widgets.text import fill
from coachdesk.store.database import Database
from coachdesk.store.drills import edits, questions, readiness, rubrics, scripts, sessions
from coachdesk.store.roster.service import find_team, list_members

RED = QColor("#f87171")
TICK_MS = 250  # the timer's refresh; it shows whole seconds
Clock = Callable[[], dt.datetime]
translate = QCoreApplication.translate  # a name pyside6-lupdate recognises


# --------------------------------------------------------------------------------------------- what the console reads

@dataclass
class ConsoleData:
    """Everything the console needs, read once when it opens (a few queries: the bank, the team's scored entries,
    the names, this session's entries)."""

    session: DrillSession
    rubric: Rubric
    names: dict[int, str]  # member id → name
    bank: list[Question]
    history: list[Answer]  # the team's answers up to today (this session's saved ones included)
    entries: list[DrillEntry]  # this session's, oldest first
    script: tuple[str, int] | None = None  # (script name, version number)
    team_name: str = ""
    by_id: dict[int, Question] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.by_id = {q.id: q for q in self.bank if q.id is not None}


def answers_of(scored: Sequence[Scored]) -> list[Answer]:
    """The store's scored entries as repetition's answers (entries with an asked question only)."""
    return [Answer(s.member_id, s.question_id, dt.datetime.combine(s.day, dt.time(12)), bool(s.well), s.total)
            for s in scored if s.question_id is not None and s.well is not None]


def load_console(database: Database, session_id: int, today: dt.date) -> ConsoleData:
    with database.session() as s:
        session = sessions.get_session(s, session_id)
        names = {m.id: m.name for m in list_members(s, session.team_id)}
        bank = questions.list_questions(s, session.team_id, retired=False)
        history = answers_of(readiness.scored_entries(s, session.team_id, today))
        entries = sessions.session_entries(s, session_id)
        script = scripts.version_label(s, session.script_version_id)
        team = find_team(s, session.team_id).name
        rubric = rubrics.rubric_for(s, session.rubric_key)
    return ConsoleData(session, rubric, names, bank, history, entries, script, team)


# --------------------------------------------------------------------------------------------- texts

def clock_text(seconds: int | None) -> str:
    if seconds is None:
        return "--:--"
    minutes, rest = divmod(seconds, 60)
    return f"{minutes:02d}:{rest:02d}"


def key_help() -> list[tuple[str, str]]:
    """(keys, what they do), in the order the help shows them."""
    return [
        (translate("DrillConsole", "Space / Q"), translate("DrillConsole", "draw a question")),
        (translate("DrillConsole", "1–5"), translate("DrillConsole", "score the selected criterion (moves on)")),
        (translate("DrillConsole", "← → / Tab"), translate("DrillConsole", "select a criterion")),
        (translate("DrillConsole", "0 / Backspace"), translate("DrillConsole", "clear the selected score")),
        (translate("DrillConsole", "Y / N"), translate("DrillConsole", "answered well / not")),
        (translate("DrillConsole", "E"), translate("DrillConsole", "type a note (Esc leaves the note)")),
        (translate("DrillConsole", "Enter"), translate("DrillConsole", "save the entry, on to the next participant")),
        (translate("DrillConsole", "PgDn / PgUp"),
         translate("DrillConsole", "next / previous participant without saving")),
        (translate("DrillConsole", "Ctrl+Z"), translate("DrillConsole", "undo the last saved entry")),
        (translate("DrillConsole", "A"), translate("DrillConsole", "show / hide the model answer")),
        (translate("DrillConsole", "F11"), translate("DrillConsole", "full screen")),
        (translate("DrillConsole", "F1 / ?"), translate("DrillConsole", "all keys")),
        (translate("DrillConsole", "Esc"), translate("DrillConsole", "end the session or close it")),
    ]


# --------------------------------------------------------------------------------------------- painted parts

class RubricPanel(QWidget):
    """The criteria, each with its name, five pips (lit up to the score) and the score; the selected row framed;
    below, what a 1, a 3 and a 5 look like for the selected criterion."""

    def __init__(self, rubric: Rubric, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rubric = rubric
        self.scores: dict[str, int] = {}
        self.selected = 0
        self.lang = "en"
        self.title = ""
        self.total_text = ""
        self.anchor_title = ""

    def set_state(self, scores: dict[str, int], selected: int, lang: str, title: str, total_text: str,
                  anchor_title: str) -> None:
        self.scores, self.selected, self.lang = dict(scores), selected, lang
        self.title, self.total_text, self.anchor_title = title, total_text, anchor_title
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        u = unit(self)
        frame = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        painter.setPen(QPen(BORDER, max(1.0, 2 * u)))
        painter.setBrush(PANEL)
        painter.drawRoundedRect(frame, 18 * u, 18 * u)
        pad = 24 * u
        width = self.width() - 2 * pad
        top = pad * 0.7
        text_in(painter, QRectF(pad, top, width * 0.6, 44 * u), self.title, board_font(self, 28 * u, True), ACCENT)
        text_in(painter, QRectF(pad + width * 0.4, top, width * 0.6, 44 * u), self.total_text,
                board_font(self, 28 * u, True), GOLD, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        top += 54 * u
        criteria = self.rubric.criteria
        anchors_h = 250 * u
        row_h = min(74 * u, max(30 * u, (self.height() - top - anchors_h - pad) / max(1, len(criteria))))
        name_w = width * 0.5
        pip_gap = 10 * u
        pip = min(row_h * 0.62, (width - name_w - 60 * u - 4 * pip_gap) / 5)
        for index, criterion in enumerate(criteria):
            row = QRectF(pad, top + index * row_h, width, row_h)
            chosen = index == self.selected
            if chosen:
                painter.setPen(QPen(ACCENT, max(1.0, 3 * u)))
                painter.setBrush(QColor("#1e3a8a"))
                painter.drawRoundedRect(row.adjusted(-8 * u, 3 * u, 8 * u, -3 * u), 12 * u, 12 * u)
            text_in(painter, QRectF(row.left() + 6 * u, row.top(), name_w - 12 * u, row_h), criterion.label(self.lang),
                    board_font(self, 30 * u, chosen), TEXT if chosen else DIM)
            score = self.scores.get(criterion.key)
            for value in range(LOW, HIGH + 1):
                x = row.left() + name_w + (value - 1) * (pip + pip_gap)
                box = QRectF(x, row.center().y() - pip / 2, pip, pip)
                lit = score is not None and value <= score
                painter.setPen(QPen(ACCENT if chosen else FAINT, max(1.0, 2 * u)))
                painter.setBrush(GOLD if lit else TRACK)
                painter.drawEllipse(box)
                text_in(painter, box, str(value), board_font(self, pip * 0.5, True),
                        BACKGROUND if lit else (TEXT if chosen else FAINT), Qt.AlignmentFlag.AlignCenter)
            text_in(painter, QRectF(row.right() - 60 * u, row.top(), 60 * u, row_h),
                    "—" if score is None else str(score), board_font(self, 36 * u, True),
                    GOLD if score is not None else FAINT, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if not criteria:
            painter.end()
            return
        criterion = criteria[self.selected]
        top += len(criteria) * row_h + 18 * u
        text_in(painter, QRectF(pad, top, width, 36 * u), self.anchor_title, board_font(self, 22 * u, True), ACCENT)
        top += 40 * u
        font = board_font(self, 22 * u)
        metrics = QFontMetricsF(font)
        score = self.scores.get(criterion.key)
        bottom = self.height() - pad * 0.7
        for value in (1, 3, 5):
            text = criterion.anchor(value, self.lang)
            lit = score == value
            painter.setFont(board_font(self, 24 * u, True))
            painter.setPen(GOLD if lit else TEXT)
            painter.drawText(QRectF(pad, top, 36 * u, metrics.height()), int(Qt.AlignmentFlag.AlignLeft), str(value))
            area = QRectF(pad + 40 * u, top, width - 40 * u, max(0.0, bottom - top))
            painter.setFont(font)
            painter.setPen(TEXT if lit else DIM)
            flags = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            used = painter.boundingRect(area, flags, text)
            painter.drawText(area, flags, text)
            top += max(used.height(), metrics.height()) + 8 * u
        painter.end()


class NoteEdit(QLineEdit):
    """The note: E focuses it, Esc leaves it, Enter leaves it and saves the entry."""

    left = Signal()
    submitted = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.left.emit()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submitted.emit()
        else:
            super().keyPressEvent(event)


# --------------------------------------------------------------------------------------------- the window

class DrillConsole(QWidget):
    saved = Signal(int)  # an entry's id, after it was stored and pushed on the undo stack
    undone = Signal()  # the last saved entry was taken back (or restored by a redo)
    ended = Signal(int)  # the session's id, after it was ended

    def __init__(self, context: LifecycleContext, data: ConsoleData, parent: QWidget | None = None, *,
                 now: Clock | None = None, rng: random.Random | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("drillConsole")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.context = context
        self.data = data
        self.session_id = data.session.id or 0
        self.team_id = data.session.team_id
        self.now: Clock = now or (lambda: dt.datetime.combine(context.today(),
                                                              dt.datetime.now().time().replace(microsecond=0)))
        self.rng = rng or random.Random(self.session_id)
        self.state = ConsoleState.resumed(data.rubric, data.session.participants, data.entries)
        self.opening_ids = {e.id for e in data.entries}
        self.commands: list[QUndoCommand] = []  # what this console pushed on the undo stack
        self.show_answer = False
        self.message = ""  # the inline notice: a warning or what was just saved
        self.message_is_warning = False
        self.pending_skip = 0  # +1 / -1: PageDown / PageUp pressed once over an unsaved entry
        self.ending = False  # Esc pressed: asking "end or close"
        self.is_ended = False
        self._forwarding = False

        palette = self.palette()
        for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
            palette.setColor(role, BACKGROUND)
        for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
            palette.setColor(role, TEXT)
        self.setPalette(palette)
        self.setAutoFillBackground(True)

        self.name_label = QLabel()
        self.name_label.setObjectName("participantName")
        self.turn_label = QLabel()
        self.session_label = QLabel()
        self.session_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.timer_label = QLabel(clock_text(None))
        self.timer_label.setObjectName("timer")
        self.timer_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        header = QHBoxLayout()
        who = QVBoxLayout()
        who.addWidget(self.name_label)
        who.addWidget(self.turn_label)
        header.addLayout(who, 1)
        right = QVBoxLayout()
        right.addWidget(self.timer_label)
        right.addWidget(self.session_label)
        header.addLayout(right)

        self.question_card = QFrame()
        self.question_card.setObjectName("questionCard")
        self.meta_label = QLabel()
        self.question_label = QLabel()
        self.question_label.setObjectName("questionText")
        self.question_label.setWordWrap(True)
        self.question_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.answer_label = QLabel()
        self.answer_label.setObjectName("modelAnswer")
        self.answer_label.setWordWrap(True)
        self.answer_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        card = self.card_layout = QVBoxLayout(self.question_card)
        card.addWidget(self.meta_label)
        card.addWidget(self.question_label, 3)
        card.addWidget(self.answer_label, 2)

        self.well_label = QLabel()
        self.well_label.setObjectName("answeredWell")
        self.note_edit = NoteEdit()
        self.note_edit.setObjectName("note")
        self.note_edit.setMaxLength(MAX_NOTE)
        self.note_edit.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.note_edit.textEdited.connect(self._note_edited)
        self.note_edit.left.connect(self.leave_note)
        self.note_edit.submitted.connect(self._note_submitted)
        well_row = QHBoxLayout()
        well_row.addWidget(self.well_label)
        well_row.addWidget(self.note_edit, 1)

        left = QVBoxLayout()
        left.addWidget(self.question_card, 1)
        left.addLayout(well_row)
        self.rubric_panel = RubricPanel(data.rubric)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addWidget(self.rubric_panel, 2)
        self.body_layout = body

        self.status_label = QLabel()
        self.status_label.setObjectName("status")
        self.status_label.setWordWrap(True)
        self.footer_label = QLabel()
        self.footer_label.setObjectName("keys")
        self.footer_label.setWordWrap(True)

        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(header)
        self.layout_.addLayout(body, 1)
        self.layout_.addWidget(self.status_label)
        self.layout_.addWidget(self.footer_label)

        self.help_overlay = QLabel(self)
        self.help_overlay.setObjectName("helpOverlay")
        self.help_overlay.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.help_overlay.setTextFormat(Qt.TextFormat.RichText)
        self.help_overlay.hide()

        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.timer.start()
        self.resize(1280, 720)
        self._scale()
        self.retranslate()

    # ---------------------------------------------------------------- showing
    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()
        self.setFocus()

    def name(self, member_id: int | None) -> str:
        if member_id is None:
            return ""
        return self.data.names.get(member_id, fill(self.tr("Rep %1"), member_id))

    @property
    def question(self) -> Question | None:
        qid = self.state.question_id
        return None if qid is None else self.data.by_id.get(qid)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(fill(self.tr("Drill Console — %1"), self.data.team_name))
        self.note_edit.setPlaceholderText(self.tr("E: add a note"))
        self._show_help()
        self.refresh()

    def refresh(self) -> None:
        """Show the state."""
        state = self.state
        count = len(state.participants)
        member = state.member_id
        self.name_label.setText(self.name(member) or self.tr("No participants"))
        if count:
            following = state.participants[(state.index + 1) % count]
            turn = fill(self.tr("Participant %1 of %2"), state.index + 1, count)
            if count > 1:
                turn = fill(self.tr("%1 · next: %2"), turn, self.name(following))
            self.turn_label.setText(turn)
        else:
            self.turn_label.setText("")
        parts = [mode_label(self.data.session.mode)]
        if self.data.script is not None:
            parts.append(fill(self.tr("%1 v%2"), *self.data.script))
        parts.append(fill(self.tr("%1 saved"), len(self.data.entries)))
        self.session_label.setText(" · ".join(parts))
        self._show_question()
        self._show_well()
        if self.note_edit.text() != state.note:
            self.note_edit.setText(state.note)
        self._show_rubric()
        self._show_status()
        self._tick()

    def _show_question(self) -> None:
        question = self.question
        if question is None:
            self.meta_label.setText(self.tr("Question"))
            if not self.data.bank:
                self.question_label.setText(self.tr("The question bank is empty: score the role-play on the "
                                                    "rubric, or add questions on the Drills tab."))
            else:
                self.question_label.setText(self.tr("Press Space to draw a question"))
            self.question_label.setProperty("placeholder", True)
            self.answer_label.hide()
        else:
            meta = [section_label(question.section), difficulty_label(question.difficulty), kind_label(question.kind)]
            self.meta_label.setText(" · ".join(meta))
            self.question_label.setText(question.text)
            self.question_label.setProperty("placeholder", False)
            self.answer_label.setText(fill(self.tr("Model answer: %1"), question.answer))
            self.answer_label.setVisible(self.show_answer)
        self._restyle(self.question_label)

    def _show_well(self) -> None:
        well = self.state.well
        if well is None:
            text, colour = self.tr("Answered well?  Y / N"), DIM
        elif well:
            text, colour = self.tr("✓ Answered well"), GREEN
        else:
            text, colour = self.tr("✗ Not answered well"), RED
        self.well_label.setText(text)
        self.well_label.setStyleSheet(f"color: {colour.name()};")

    def _show_rubric(self) -> None:
        state = self.state
        total = state.total()
        total_text = "" if total is None else fill(self.tr("Total %1"), f"{total:.1f}")
        criteria = self.data.rubric.criteria
        anchor_title = ""
        if criteria:
            anchor_title = fill(self.tr("What a 1, 3 and 5 look like: %1"),
                                criteria[state.criterion].label(content_language()))
        self.rubric_panel.set_state(state.scores, state.criterion, content_language(), self.tr("Rubric"), total_text,
                                    anchor_title)

    def _show_status(self) -> None:
        if self.ending:
            text = self.tr("End the session?  Enter = end it  ·  C = close, resume later  ·  Esc = go on")
            warning = True
        else:
            text, warning = self.message, self.message_is_warning
        self.status_label.setText(text)
        self.status_label.setStyleSheet(f"color: {(GOLD if warning else GREEN).name()};")

    def _show_help(self) -> None:
        keys = self.tr("Space draw · 1–5 score · ←→ criterion · Y/N well · E note · Enter save · "
                       "PgDn/PgUp participant · A answer · Ctrl+Z undo · F1 keys · Esc end")
        self.footer_label.setText(keys)
        rows = "".join(f"<tr><td align='right' style='color:{GOLD.name()}; padding-right:24px'><b>{k}</b></td>"
                       f"<td>{v}</td></tr>" for k, v in key_help())
        title, closing = self.tr("Keys"), self.tr("Any key closes this help.")
        self.help_overlay.setText(f"<h2 align='center' style='color:{ACCENT.name()}'>{title}</h2>"
                                  f"<table align='center' cellspacing='6'>{rows}</table>"
                                  f"<p align='center' style='color:{DIM.name()}'>{closing}</p>")

    def _tick(self) -> None:
        self.timer_label.setText(clock_text(self.state.elapsed(self.now())))

    @staticmethod
    def _restyle(widget: QWidget) -> None:
        widget.style().unpolish(widget)
        widget.style().polish(widget)

    def notify(self, text: str, warning: bool = True) -> None:
        self.message, self.message_is_warning = text, warning
        self._show_status()

    # ---------------------------------------------------------------- scale
    def _scale(self) -> None:
        u = unit(self)
        margin = round(28 * u)
        self.layout_.setContentsMargins(margin, round(18 * u), margin, round(12 * u))
        self.layout_.setSpacing(round(14 * u))
        self.body_layout.setSpacing(round(20 * u))

        def font(pixels: float, bold: bool = False) -> QFont:
            return board_font(self, pixels * u, bold)

        self.name_label.setFont(font(64, True))
        self.turn_label.setFont(font(28))
        self.timer_label.setFont(font(84, True))
        self.session_label.setFont(font(24))
        self.meta_label.setFont(font(26, True))
        self.question_label.setFont(font(50, True))
        self.answer_label.setFont(font(28))
        self.well_label.setFont(font(34, True))
        self.note_edit.setFont(font(30))
        self.status_label.setFont(font(26, True))
        self.footer_label.setFont(font(21))
        self.help_overlay.setFont(font(30))
        self.card_layout.setContentsMargins(round(28 * u), round(20 * u), round(28 * u), round(20 * u))
        self.setStyleSheet(
            f"QWidget#drillConsole {{ background: {BACKGROUND.name()}; }}"
            f"QLabel {{ color: {TEXT.name()}; background: transparent; }}"
            f"QLabel#timer {{ color: {GOLD.name()}; }}"
            f"QLabel#keys {{ color: {DIM.name()}; }}"
            f"QLabel#modelAnswer {{ color: #a7f3d0; border-top: {max(1, round(2 * u))}px solid {BORDER.name()};"
            f" padding-top: {round(10 * u)}px; }}"
            f"QLabel#questionText[placeholder=\"true\"] {{ color: {FAINT.name()}; }}"
            f"QFrame#questionCard {{ background: {PANEL.name()}; border: {max(1, round(2 * u))}px solid "
            f"{BORDER.name()}; border-radius: {round(18 * u)}px; }}"
            f"QFrame#questionCard QLabel {{ border-radius: 0; }}"
            f"QLineEdit#note {{ color: {TEXT.name()}; background: {TRACK.name()}; border: {max(1, round(2 * u))}px "
            f"solid {BORDER.name()}; border-radius: {round(10 * u)}px; padding: {round(6 * u)}px {round(12 * u)}px; }}"
            f"QLineEdit#note:focus {{ border-color: {ACCENT.name()}; }}"
            f"QLabel#helpOverlay {{ background: rgba(11, 16, 32, 235); color: {TEXT.name()}; }}")
        self.meta_label.setStyleSheet(f"color: {ACCENT.name()};")
        self.help_overlay.setGeometry(self.rect())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._scale()

    # ---------------------------------------------------------------- actions
    def draw_question(self) -> None:
        member = self.state.member_id
        if member is None:
            return
        if not self.data.bank:
            self.notify(self.tr("The question bank is empty: nothing to draw."))
            return
        asked = list(self.state.asked.get(member, []))
        if self.state.question_id is not None:
            asked.append(self.state.question_id)
        now = self.now()
        question_id = draw(member, self.data.bank, self.answers(), now, self.rng, asked)
        self.state.set_question(question_id, now)
        self.show_answer = False
        self.notify("")
        self.refresh()

    def answers(self) -> list[Answer]:
        """The team's answers as repetition weighs them: those read at opening and this session's saved since."""
        rubric = self.data.rubric
        new = [Answer(e.member_id, e.question_id, e.at, bool(e.answered_well), rubric.total(e.scores))
               for e in self.data.entries if e.id not in self.opening_ids and e.question_id is not None
               and e.answered_well is not None]
        return [*self.data.history, *new]

    def score(self, value: int) -> None:
        if self.state.member_id is None:
            return
        self.state.score(value)
        self.refresh()

    def select(self, step: int) -> None:
        self.state.select_criterion(self.state.criterion + step)
        self.refresh()

    def clear_score(self) -> None:
        self.state.clear_score()
        self.refresh()

    def mark(self, well: bool) -> None:
        if self.state.question_id is None:
            self.notify(self.tr("Draw a question first (Space): answered well or not is about a question."))
            return
        self.state.mark(well)
        self.notify("")
        self.refresh()

    def in_note(self) -> bool:
        return self.focusWidget() is self.note_edit

    def edit_note(self) -> None:
        self.note_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def leave_note(self) -> None:
        self.state.note = self.note_edit.text()
        self.setFocus()

    def _note_edited(self, text: str) -> None:
        self.state.note = text

    def _note_submitted(self) -> None:
        self.leave_note()
        self.save()

    def toggle_answer(self) -> None:
        self.show_answer = not self.show_answer and self.question is not None
        self._show_question()

    def save(self) -> int | None:
        """Store the entry (committed now), make it undoable, on to the next participant."""
        state = self.state
        member = state.member_id
        if member is None:
            return None
        if state.question_id is not None and state.well is None:
            self.notify(self.tr("Press Y or N first: was the question answered well?"))
            return None
        entry = state.entry(self.now().replace(microsecond=0), self.session_id)
        if entry is None:
            self.notify(self.tr("Nothing to save yet: score a criterion (1–5) or draw a question (Space)."))
            return None
        try:
            with self.context.database().session() as s:
                entry_id, change = edits.save_entry(s, self.session_id, entry)
        except (ValidationError, NotFoundError) as error:
            problems = error.errors if isinstance(error, ValidationError) else [error.as_field_error()]
            self.notify(" ".join(self.problem(p) for p in problems))
            return None
        name = self.name(member)
        total = state.total()
        self.context.changes.push(fill(self.tr("Save the drill entry of %1"), name), change, self._changed)
        stack = self.context.undo_stack
        self.commands.append(stack.command(stack.index() - 1))
        state.saved()
        self.show_answer = False
        self.pending_skip = 0
        shown = name if total is None else fill(self.tr("%1 (%2)"), name, f"{total:.1f}")
        self.notify(fill(self.tr("Saved: %1. Ctrl+Z takes it back."), shown), warning=False)
        self.refresh()
        self.saved.emit(entry_id)
        return entry_id

    def problem(self, error: FieldError) -> str:
        """A store refusal in the user's language."""
        if error.reason == sessions.SESSION_ENDED.code:
            return self.tr("This session has ended; start a new one to add entries.")
        if error.reason == sessions.NOT_A_PARTICIPANT.code:
            return self.tr("This participant is not on the team's roster today.")
        if error.reason == sessions.OTHER_TEAM_QUESTION.code:
            return self.tr("The question is no longer in this team's bank; draw another.")
        if error.field == "note":
            return fill(self.tr("The note is too long (at most %1 characters)."), MAX_NOTE)
        if error.field.startswith("score"):
            return self.tr("A score must be a whole number from 1 to 5.")
        return fill(self.tr("Could not save the entry: %1"), error.message)

    def _changed(self) -> None:
        """After the save, and after each undo/redo of it: this session's entries as stored."""
        self.context.changed.emit(self.team_id)
        if not shiboken6.isValid(self):
            return
        with self.context.database().session() as s:
            self.data.entries = sessions.session_entries(s, self.session_id)
        self.refresh()

    def undo_last(self) -> None:
        """Ctrl+Z: take back the last entry this console saved, when it is the undo stack's next step."""
        stack = self.context.undo_stack
        top = stack.command(stack.index() - 1) if stack.canUndo() else None
        if top is None or not any(top is c for c in self.commands):
            self.notify(self.tr("Nothing of this session to undo."))
            return
        before = list(self.data.entries)
        stack.undo()  # the command's ``after`` (``_changed``) reads the entries again
        left = {e.id for e in self.data.entries}
        gone = [e for e in before if e.id not in left]  # none when the store refused
        if gone:
            entry = gone[0]
            asked = self.state.asked.get(entry.member_id, [])
            if entry.question_id in asked:
                asked.reverse()
                asked.remove(entry.question_id)
                asked.reverse()
            if not self.state.dirty and entry.member_id in self.state.participants:
                self.state.go_to(self.state.participants.index(entry.member_id))
            self.notify(fill(self.tr("Undone: the entry of %1."), self.name(entry.member_id)), warning=False)
        self.refresh()
        self.undone.emit()

    def step_participant(self, step: int) -> None:
        """PageDown / PageUp: another participant without saving; over an unsaved entry, a second press."""
        if not self.state.participants:
            return
        if self.state.dirty and self.pending_skip != step:
            self.pending_skip = step
            key = self.tr("PageDown") if step > 0 else self.tr("PageUp")
            self.notify(fill(self.tr("The entry of %1 is not saved: Enter saves it, %2 again drops it."),
                             self.name(self.state.member_id), key))
            return
        self.pending_skip = 0
        self.state.go_to(self.state.index + step)
        self.show_answer = False
        self.notify("")
        self.refresh()

    def ask_end(self) -> None:
        self.ending = True
        self._show_status()

    def end_session(self) -> None:
        """End the session (stored now) and close; an entry being typed is saved first when it can be."""
        with self.context.database().session() as s:
            sessions.end_session(s, self.session_id, self.now().replace(microsecond=0))
        self.is_ended = True
        self.ending = False
        self.ended.emit(self.session_id)
        self.context.changed.emit(self.team_id)
        self.close()

    # ---------------------------------------------------------------- keys
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if self.in_note():  # a key that reached the window while the note is being typed goes to the note
            if not self._forwarding:
                self._forwarding = True
                try:
                    QApplication.sendEvent(self.note_edit, QKeyEvent(event.type(), key, event.modifiers(),
                                                                     event.text()))
                finally:
                    self._forwarding = False
            return
        if not self.help_overlay.isHidden():
            self.help_overlay.hide()
            return
        if self.ending:
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.end_session()
            elif key == Qt.Key.Key_C:
                self.ending = False
                self.close()
            elif key == Qt.Key.Key_Escape:
                self.ending = False
                self._show_status()
            return
        if key not in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            self.pending_skip = 0
        if key == Qt.Key.Key_Z and mods == Qt.KeyboardModifier.ControlModifier:
            self.undo_last()
        elif mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            super().keyPressEvent(event)
        elif Qt.Key.Key_1 <= key <= Qt.Key.Key_5:
            self.score(key - Qt.Key.Key_0)
        elif key in (Qt.Key.Key_0, Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            self.clear_score()
        elif key in (Qt.Key.Key_Space, Qt.Key.Key_Q):
            self.draw_question()
        elif key == Qt.Key.Key_Right:
            self.select(1)
        elif key == Qt.Key.Key_Left:
            self.select(-1)
        elif key == Qt.Key.Key_Y:
            self.mark(True)
        elif key == Qt.Key.Key_N:
            self.mark(False)
        elif key == Qt.Key.Key_E:
            self.edit_note()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.save()
        elif key == Qt.Key.Key_PageDown:
            self.step_participant(1)
        elif key == Qt.Key.Key_PageUp:
            self.step_participant(-1)
        elif key == Qt.Key.Key_A:
            self.toggle_answer()
        elif key == Qt.Key.Key_F11:
            self.toggle_full_screen()
        elif key in (Qt.Key.Key_F1, Qt.Key.Key_Question):
            self.help_overlay.setGeometry(self.rect())
            self.help_overlay.show()
            self.help_overlay.raise_()
        elif key == Qt.Key.Key_Escape:
            self.ask_end()
        else:
            super().keyPressEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab and Shift+Tab select the criterion (the note is left with Esc or Enter)."""
        if self.in_note():
            return True
        self.select(1 if next else -1)
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        self.timer.stop()
        super().closeEvent(event)
