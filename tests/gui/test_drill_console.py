"""The trainer's drill console driven by key presses only: draw, score, answered well, note, Enter for each
participant; the stored entries are what was typed; a console dropped mid-session loses only the entry being typed
and resumes at the right participant; Ctrl+Z takes back the last entry; Esc → Enter ends the session."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Iterator
from typing import TypeVar

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget

from coachdesk.core.drills.questions import Difficulty, Kind, Question
from coachdesk.core.drills.scripts import Section
from coachdesk.core.drills.sessions import Mode
from coachdesk.gui.drills.console import start_drill
from coachdesk.gui.drills.console_window import DrillConsole, load_console
from coachdesk.gui.drills.start_dialog import TRAINER_KEY, StartDrillDialog
from coachdesk.gui.lifecycle.context import LifecycleContext
from coachdesk.store.database import Database, open_database
from coachdesk.store.drills import questions, sessions
from coachdesk.store.roster.service import list_teams
from tests.conftest import DEMO_DAY

TEAM = "城南电销二部"
START = dt.datetime.combine(DEMO_DAY, dt.time(9, 30))
QUESTIONS = [
    ("价格太贵了，别家便宜一半。", "先认同，再问对比的是什么，讲清差价买到的价值。", Section.OBJECTIONS,
     Kind.OBJECTION),
    ("你们和现在的供应商有什么不同？", "说出三点核心差异，并结合客户的需求。", Section.VALUE, Kind.QUESTION),
    ("我现在没时间，回头再说。", "约一个具体时间，并给出一个现在就值得听的理由。", Section.OPENING, Kind.OBJECTION),
    ("合同期是多久？可以随时退吗？", "讲清冷静期和退订规则，不夸大。", Section.COMPLIANCE, Kind.QUESTION),
]


@pytest.fixture(autouse=True)
def close_consoles() -> Iterator[None]:
    """Consoles close themselves on Esc (and are deleted): the ones still open are closed after each test."""
    yield
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, DrillConsole):
            widget.close()


class Clock:
    """The console's clock, moved by the test."""

    def __init__(self, at: dt.datetime) -> None:
        self.at = at

    def __call__(self) -> dt.datetime:
        return self.at

    def advance(self, seconds: int) -> None:
        self.at += dt.timedelta(seconds=seconds)


def team_id_of(db: Database, name: str = TEAM) -> int:
    with db.session() as s:
        return next(t.id for t in list_teams(s) if t.name == name)


def add_bank(db: Database, team_id: int) -> None:
    with db.session() as s:
        known = {q.text for q in questions.list_questions(s, team_id)}
        for text, answer, section, kind in QUESTIONS:
            if text not in known:
                questions.add_question(s, team_id, Question(text, answer, section, kind, Difficulty.MEDIUM))


def end_open_sessions(db: Database, team_id: int) -> None:
    with db.session() as s:
        for waiting in sessions.open_sessions(s, team_id):
            assert waiting.id is not None
            sessions.end_session(s, waiting.id, START - dt.timedelta(days=1))


def make_context(db: Database) -> LifecycleContext:
    stack = QUndoStack()
    context = LifecycleContext(lambda: db, stack, lambda: DEMO_DAY)
    return context


def new_session(db: Database, team_id: int, people: int = 3) -> tuple[int, tuple[int, ...]]:
    with db.session() as s:
        reps = [m.id for m in sessions.selling_members(s, team_id, DEMO_DAY)][:people]
        return sessions.start_session(s, team_id, Mode.ROLE_PLAY, "王教练", reps, START), tuple(reps)


def open_console(qtbot, context: LifecycleContext, session_id: int, clock: Clock) -> DrillConsole:
    console = DrillConsole(context, load_console(context.database(), session_id, DEMO_DAY), None, now=clock,
                           rng=random.Random(11))
    console.show()
    qtbot.waitExposed(console)
    console.activateWindow()
    console.setFocus()
    return console


def press(console: QWidget, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key as the keyboard sends it: to the widget with the focus (the window, or the note while typing it)."""
    QTest.keyClick(console.focusWidget() or console, key, modifier)


def type_text(console: QWidget, text: str) -> None:
    """Typed keys; Chinese as a key event carrying the text, as an input method commits it (QTest only knows
    Latin-1 keys)."""
    target = console.focusWidget() or console
    for char in text:
        if char.isascii():
            QTest.keyClick(target, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(target, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def stored(db: Database, session_id: int):
    with db.session() as s:
        return sessions.session_entries(s, session_id)


def one_entry(console: DrillConsole, clock: Clock, scores: list[Qt.Key], well: bool, note: str,
              seconds: int) -> dict:
    """Space, the scores, Y/N, E + note, Enter; returns what should be stored."""
    member = console.state.member_id
    press(console, Qt.Key.Key_Space)
    question = console.state.question_id
    assert question is not None
    drawn_at = clock.at
    for key in scores:
        clock.advance(3)
        press(console, key)
    press(console, Qt.Key.Key_Y if well else Qt.Key.Key_N)
    if note:
        press(console, Qt.Key.Key_E)
        assert console.focusWidget() is console.note_edit
        type_text(console, note)
    clock.at = drawn_at + dt.timedelta(seconds=seconds)
    press(console, Qt.Key.Key_Return)
    keys = [c.key for c in console.data.rubric.criteria]
    return {"member_id": member, "question_id": question, "answered_well": well, "note": note,
            "seconds": seconds, "at": clock.at,
            "scores": {keys[i]: int(k) - int(Qt.Key.Key_0) for i, k in enumerate(scores)}}


def as_dict(entry) -> dict:
    return {"member_id": entry.member_id, "question_id": entry.question_id, "answered_well": entry.answered_well,
            "note": entry.note, "seconds": entry.seconds, "at": entry.at, "scores": dict(entry.scores)}


def setup(qtbot, demo_db: Database) -> tuple[LifecycleContext, int, int, tuple[int, ...], Clock, DrillConsole]:
    team_id = team_id_of(demo_db)
    add_bank(demo_db, team_id)
    end_open_sessions(demo_db, team_id)
    session_id, people = new_session(demo_db, team_id)
    context = make_context(demo_db)
    clock = Clock(START)
    return context, team_id, session_id, people, clock, open_console(qtbot, context, session_id, clock)


def test_a_whole_session_by_key_presses(qtbot, demo_db, translations) -> None:
    context, _team, session_id, people, clock, console = setup(qtbot, demo_db)
    assert console.name_label.text() and "1" in console.turn_label.text()
    assert console.timer_label.text() == "--:--"
    expected = [one_entry(console, clock, [Qt.Key.Key_4, Qt.Key.Key_3, Qt.Key.Key_5], True, "语速好 good pace", 95)]
    assert console.state.member_id == people[1]
    # the timer runs from the draw
    press(console, Qt.Key.Key_Q)
    clock.advance(75)
    console._tick()
    assert console.timer_label.text() == "01:15"
    press(console, Qt.Key.Key_PageUp)  # an unsaved question: the first press only warns
    assert console.state.member_id == people[1] and console.message
    press(console, Qt.Key.Key_PageDown)  # another direction is another first press
    assert console.state.member_id == people[1]
    press(console, Qt.Key.Key_PageDown)  # the second press drops it
    assert console.state.member_id == people[2] and console.state.question_id is None
    press(console, Qt.Key.Key_PageUp)  # nothing typed: moves at once
    assert console.state.member_id == people[1]
    expected.append(one_entry(console, clock, [Qt.Key.Key_2, Qt.Key.Key_2], False, "", 40))
    # third: select criteria with → / Tab, clear one with 0, then score
    member = console.state.member_id
    press(console, Qt.Key.Key_Space)
    question = console.state.question_id
    drawn = clock.at
    press(console, Qt.Key.Key_Right)
    press(console, Qt.Key.Key_Tab)
    assert console.state.criterion == 2
    press(console, Qt.Key.Key_5)
    press(console, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert console.state.criterion == 2
    press(console, Qt.Key.Key_0)
    press(console, Qt.Key.Key_Left)
    press(console, Qt.Key.Key_1)
    press(console, Qt.Key.Key_4)
    press(console, Qt.Key.Key_A)
    assert console.answer_label.isVisible()
    press(console, Qt.Key.Key_Return)  # not yet: Y or N is missing
    assert len(stored(demo_db, session_id)) == 2 and console.message
    press(console, Qt.Key.Key_Y)
    press(console, Qt.Key.Key_E)
    type_text(console, "objection handled")
    press(console, Qt.Key.Key_Escape)  # leaves the note, keeps it
    assert console.focusWidget() is not console.note_edit and console.state.note == "objection handled"
    clock.advance(61)
    press(console, Qt.Key.Key_Enter)
    keys = [c.key for c in console.data.rubric.criteria]
    expected.append({"member_id": member, "question_id": question, "answered_well": True,
                     "note": "objection handled", "seconds": int((clock.at - drawn).total_seconds()), "at": clock.at,
                     "scores": {keys[1]: 1, keys[2]: 4}})
    assert [as_dict(e) for e in stored(demo_db, session_id)] == expected
    assert [e["member_id"] for e in expected] == list(people)
    assert console.state.member_id == people[0]  # round again
    # the questions asked this session are not drawn again for the same rep
    assert console.state.asked[people[0]] == [expected[0]["question_id"]]
    assert context.undo_stack.count() == 3


def test_ctrl_z_takes_back_the_last_entry(qtbot, demo_db, translations) -> None:
    context, _team, session_id, people, clock, console = setup(qtbot, demo_db)
    first = one_entry(console, clock, [Qt.Key.Key_3], True, "", 30)
    clock.advance(10)
    second = one_entry(console, clock, [Qt.Key.Key_4, Qt.Key.Key_4], False, "", 20)
    assert len(stored(demo_db, session_id)) == 2 and console.state.member_id == people[2]
    with qtbot.waitSignal(console.undone):
        press(console, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [as_dict(e) for e in stored(demo_db, session_id)] == [first]
    assert console.state.member_id == people[1]  # back to the rep whose entry was taken back
    assert second["question_id"] not in console.state.asked.get(people[1], [])
    assert len(console.data.entries) == 1
    context.undo_stack.redo()
    assert len(stored(demo_db, session_id)) == 2


def test_dropping_the_console_mid_session_loses_only_the_entry_being_typed(qtbot, demo_db, translations,
                                                                            tmp_path) -> None:
    context, team_id, session_id, people, clock, console = setup(qtbot, demo_db)
    first = one_entry(console, clock, [Qt.Key.Key_5, Qt.Key.Key_4], True, "ok", 30)
    clock.advance(10)
    second = one_entry(console, clock, [Qt.Key.Key_2], False, "", 50)
    press(console, Qt.Key.Key_Space)  # the third is being typed …
    press(console, Qt.Key.Key_3)
    press(console, Qt.Key.Key_Y)
    console.close()  # … and the app goes away without ending the session
    qtbot.waitUntil(lambda: not shiboken6.isValid(console) or not console.isVisible())

    again = open_database(demo_db.url)  # a new process on the same database
    with again.session() as s:
        assert [as_dict(e) for e in sessions.session_entries(s, session_id)] == [first, second]
        assert sessions.get_session(s, session_id).ended_at is None
        assert [w.id for w in sessions.open_sessions(s, team_id)] == [session_id]

    context = make_context(again)
    answer_resume(qtbot, "resumeButton")
    parent = QWidget()
    resumed = start_drill(context, team_id, parent, now=Clock(START + dt.timedelta(hours=1)),
                          rng=random.Random(3))
    assert isinstance(resumed, DrillConsole)
    assert resumed.session_id == session_id
    assert resumed.state.member_id == people[2]  # the one whose entry was lost
    assert resumed.state.asked == {people[0]: [first["question_id"]], people[1]: [second["question_id"]]}
    assert resumed.state.question_id is None and not resumed.state.scores


T = TypeVar("T", bound=QWidget)


def when_shown(kind: type[T], act: Callable[[T], None], tries: int = 250) -> None:
    """Run ``act`` on the ``kind`` window as soon as it shows (a modal one runs its own event loop)."""
    def run(left: int) -> None:
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
        if shown:
            act(shown[0])
        elif left:
            QTimer.singleShot(20, lambda: run(left - 1))
    QTimer.singleShot(0, lambda: run(tries))


def answer_resume(qtbot, button: str) -> None:
    """Click ``button`` of the resume question as soon as it shows."""
    def click(box: QMessageBox) -> None:
        found = box.findChild(QPushButton, button)
        assert found is not None
        found.click()
    when_shown(QMessageBox, click)


def fill_start_dialog(act: Callable[[StartDrillDialog], None]) -> None:
    when_shown(StartDrillDialog, act)


def test_start_drill_asks_for_a_new_session_and_remembers_the_trainer(qtbot, demo_db, translations,
                                                                      tmp_path) -> None:
    team_id = team_id_of(demo_db)
    add_bank(demo_db, team_id)
    end_open_sessions(demo_db, team_id)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    context = make_context(demo_db)
    seen: list[str] = []

    def act(dialog: StartDrillDialog) -> None:
        dialog.tick(())
        dialog.trainer.setText("李教练")
        dialog.ok_button.click()  # no participant: refused, the dialog stays
        seen.append(dialog.error_label.text())
        first_group = dialog.group_buttons[0] if dialog.group_buttons else dialog.all_button
        first_group.click()
        dialog.mode.setCurrentIndex(2)
        dialog.ok_button.click()

    fill_start_dialog(act)
    parent = QWidget()
    console = start_drill(context, team_id, parent, now=Clock(START), settings=settings)
    assert isinstance(console, DrillConsole)
    assert seen and seen[0]
    session = console.data.session
    assert session.trainer == "李教练" and session.mode is Mode.CERTIFICATION and session.participants
    assert settings.value(TRAINER_KEY) == "李教练"
    with demo_db.session() as s:
        assert [w.id for w in sessions.open_sessions(s, team_id)] == [session.id]

    # an open session: Start New opens the dialog again (the trainer prefilled), Cancel there opens nothing
    console.close()
    answer_resume(qtbot, "startNewButton")
    prefilled: list[str] = []

    def cancel(dialog: StartDrillDialog) -> None:
        prefilled.append(dialog.trainer.text())
        dialog.reject()

    QTimer.singleShot(100, lambda: fill_start_dialog(cancel))
    assert start_drill(context, team_id, parent, now=Clock(START), settings=settings) is None
    assert prefilled == ["李教练"]


def test_esc_then_enter_ends_the_session(qtbot, demo_db, translations) -> None:
    _context, team_id, session_id, _people, clock, console = setup(qtbot, demo_db)
    one_entry(console, clock, [Qt.Key.Key_4], True, "", 30)
    press(console, Qt.Key.Key_Escape)
    assert console.ending
    press(console, Qt.Key.Key_Escape)  # changed their mind
    assert not console.ending and console.isVisible()
    press(console, Qt.Key.Key_Escape)
    clock.advance(120)
    with qtbot.waitSignal(console.ended):
        press(console, Qt.Key.Key_Return)
    with demo_db.session() as s:
        assert sessions.get_session(s, session_id).ended_at == clock.at
        assert sessions.open_sessions(s, team_id) == []


def test_esc_then_c_closes_and_leaves_the_session_open(qtbot, demo_db, translations) -> None:
    _context, team_id, session_id, _people, _clock, console = setup(qtbot, demo_db)
    press(console, Qt.Key.Key_F1)
    assert console.help_overlay.isVisible()
    press(console, Qt.Key.Key_Escape)  # closes the help only
    assert not console.help_overlay.isVisible() and not console.ending
    press(console, Qt.Key.Key_Escape)
    press(console, Qt.Key.Key_C)
    qtbot.waitUntil(lambda: not shiboken6.isValid(console) or not console.isVisible())
    with demo_db.session() as s:
        assert [w.id for w in sessions.open_sessions(s, team_id)] == [session_id]


def test_the_console_in_chinese(qtbot, demo_db, translations) -> None:
    translations.apply("zh_CN")
    _context, _team, _session, _people, _clock, console = setup(qtbot, demo_db)
    press(console, Qt.Key.Key_Space)
    assert console.question_label.text() in {q[0] for q in QUESTIONS} or console.question_label.text()
    assert console.rubric_panel.lang == "zh"
