"""View → War-Room Board (F11): the public board full screen, refreshed in the worker, keys for the views, the
two-keystroke deal (D, Enter) stored, undoable and celebrated, opted-out reps never named."""

from __future__ import annotations

import datetime as dt
import threading

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from coachdesk.core.competitions.rules import (
    ContestDraft,
    ContestKind,
    ContestRules,
    Participants,
    ScoreMetric,
    Weight,
)
from coachdesk.core.roster.model import TeamDraft
from coachdesk.gui.competitions.war_room import View, WarRoomBoard
from coachdesk.gui.competitions.war_room_texts import BoardTexts, typical_deal_cents
from coachdesk.gui.widgets.roles import ItemRole
from coachdesk.gui.widgets.tasks import wait_for_tasks
from coachdesk.store.competitions import edits, pages, routine
from tests.conftest import DEMO_DAY

TEAM = "城南电销二部"  # storming, four groups


def start_contest(db, team_id: int) -> int:
    """A running hybrid points contest (the demo's own contests may or may not be there)."""
    rules = ContestRules(kind=ContestKind.POINTS, participants=Participants.HYBRID,
                         scoring=(Weight(ScoreMetric.DEALS, 10), Weight(ScoreMetric.CONNECTS, 1)))
    draft = ContestDraft("六月冲刺赛", DEMO_DAY - dt.timedelta(days=12), DEMO_DAY + dt.timedelta(days=9), rules)
    with db.session() as s:
        contest_id, _change = edits.create_contest(s, team_id, draft)
    return contest_id


def loaded(qtbot, board: WarRoomBoard) -> None:
    """Wait for the board's next reload to be shown."""
    with qtbot.waitSignal(board.refreshed, timeout=15_000):
        board.refresh()


def open_board(qtbot, window, demo_db, name: str = TEAM) -> tuple[WarRoomBoard, int, int]:
    window.lifecycle.set_today(lambda: DEMO_DAY)
    team = next(t for t in window.team_model.teams() if t.name == name)
    window.select_team(team.id)
    contest_id = start_contest(demo_db, team.id)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F11)
    board = window.competitions_actions.board
    assert board is not None
    qtbot.waitUntil(lambda: board.data is not None, timeout=15_000)
    board.contest_id = contest_id
    loaded(qtbot, board)
    return board, team.id, contest_id


def panel_texts(board: WarRoomBoard) -> str:
    """Every word the board's panels show."""
    parts = [board.header.team, board.header.contest, board.ticker.text(), board.ticker.summary]
    for panel in (board.groups_panel, board.top_panel, board.rolling_panel):
        parts += [f"{r.name} {r.note} {r.value}" for r in panel.rows]
    parts += [c.name for c in board.chips_panel.chips]
    parts += [f"{i.name} {i.amount}" for i in board.deals_panel.items]
    if board.overlay.cheer is not None:
        parts.append(board.overlay.cheer.name)
    return "\n".join(parts)


def test_f11_opens_the_board_on_the_public_board(qtbot, window, demo_db) -> None:
    board, team_id, contest_id = open_board(qtbot, window, demo_db)
    assert window.competitions_actions.war_room in window.view_menu.actions()
    assert board.isFullScreen() and board.isVisible()
    expected = pages.board_data(demo_db, team_id, DEMO_DAY, contest_id)
    assert expected.board is not None and expected.board.groups
    rows = board.groups_panel.rows
    assert [(r.rank, r.name) for r in rows] == [(s.rank, s.label) for s in expected.board.groups]
    assert [r.note for r in rows] == [expected.groups[s.id].slogan for s in expected.board.groups]
    assert [r.value for r in rows] == [BoardTexts().points(s.score) for s in expected.board.groups]
    assert rows[0].fraction == 1.0 and all(0 <= r.fraction <= 1 for r in rows)
    # only the upper half is ranked; everyone else by progress, in name order; never a bottom ranking
    assert [r.name for r in board.top_panel.rows] == [s.label for s in expected.board.top]
    assert len(board.top_panel.rows) <= 10
    reps = expected.standings.reps
    upper = {s.label for s in reps[: -(-len(reps) // 2)]}
    assert {r.name for r in board.top_panel.rows} <= upper
    chips = [c.name for c in board.chips_panel.chips]
    assert chips == sorted(chips) and not set(chips) & {r.name for r in board.top_panel.rows}
    assert board.header.contest == "六月冲刺赛" and board.header.team == TEAM
    assert "days" in board.header.days and board.header.clock.count(":") == 2
    assert board.footer.rules.startswith("Equal scores: more deals, then more revenue")
    assert set(board.visible_panels()) == {board.groups_panel, board.top_panel, board.chips_panel,
                                           board.rolling_panel}


def test_d_then_enter_logs_the_typical_deal_undoably_and_celebrates(qtbot, window, demo_db) -> None:
    board, team_id, _ = open_board(qtbot, window, demo_db)
    before = board.data.latest_deal_id
    with demo_db.session() as s:
        typical = typical_deal_cents(routine.deals_between(s, team_id, DEMO_DAY - dt.timedelta(days=29), DEMO_DAY))
    qtbot.keyClick(board, Qt.Key.Key_D)
    assert board.quick.isVisible()
    first = board.data.people[0]
    assert board.quick.person() == first
    assert board.quick.amount.text() == f"{typical // 100}"
    with qtbot.waitSignal(board.overlay.fade_in.finished, timeout=15_000):
        qtbot.keyClick(board.quick.rep, Qt.Key.Key_Return)
    assert not board.quick.isVisible()
    with demo_db.session() as s:
        deals = [d for d in routine.deals_between(s, team_id, DEMO_DAY, DEMO_DAY) if d.id is not None]
        assert routine.latest_deal_id(s, team_id) > before
    mine = max(deals, key=lambda d: d.id or 0)
    assert mine.member_id == first.id and mine.amount_cents == typical
    assert board.overlay.isVisible() and board.overlay.cheer is not None
    assert board.overlay.cheer.title == "Deal!" and board.overlay.cheer.name == first.name
    assert [i.name for i in board.ticker.items if i.deal_id == mine.id] == [first.name]
    assert "Announce a deal by" in window.undo_action.text()
    qtbot.waitUntil(lambda: not board.overlay.isVisible(), timeout=15_000)  # gone after a few seconds

    window.undo_action.trigger()  # Ctrl+Z in the main window
    with demo_db.session() as s:
        assert routine.latest_deal_id(s, team_id) == before
    qtbot.waitUntil(lambda: board.data.latest_deal_id == before, timeout=15_000)
    qtbot.keyClick(board, Qt.Key.Key_D)  # the last rep logged is chosen again
    assert board.quick.person() == first


def test_an_opted_out_rep_is_never_named(qtbot, window, demo_db) -> None:
    board, team_id, _ = open_board(qtbot, window, demo_db)
    leader = board.data.board.top[0]
    with demo_db.session() as s:
        edits.set_opt_out(s, team_id, leader.id, True, DEMO_DAY)
    loaded(qtbot, board)
    qtbot.keyClick(board, Qt.Key.Key_D)
    board.quick.rep.setCurrentIndex(board.quick.rep.findData(leader.id, ItemRole.MEMBER_ID))
    assert board.quick.person().id == leader.id
    board.quick.amount.setText("2680")
    with qtbot.waitSignal(board.overlay.fade_in.finished, timeout=15_000):
        qtbot.keyClick(board.quick.amount, Qt.Key.Key_Enter)
    assert board.overlay.cheer is not None and board.overlay.cheer.name == "A teammate"
    assert board.overlay.cheer.amount == "¥2,680"
    newest = max(board.data.deals_today, key=lambda d: d.id or 0)
    assert newest.member_id == leader.id
    assert [i.name for i in board.ticker.items if i.deal_id == newest.id] == ["A teammate"]
    for view in range(View.COUNT):
        board.set_view(view)
        assert leader.label not in panel_texts(board)


def test_keys_switch_views_f11_leaves_full_screen_esc_closes(qtbot, window, demo_db) -> None:
    board, _, _ = open_board(qtbot, window, demo_db)
    qtbot.keyClick(board, Qt.Key.Key_2)
    assert board.visible_panels() == [board.groups_panel] and board.footer.current == View.GROUPS
    qtbot.keyClick(board, Qt.Key.Key_3)
    assert set(board.visible_panels()) == {board.top_panel, board.chips_panel, board.rolling_panel}
    qtbot.keyClick(board, Qt.Key.Key_4)
    assert board.visible_panels() == [board.deals_panel]
    qtbot.keyClick(board, Qt.Key.Key_Tab)
    assert board.view == View.OVERVIEW and board.groups_panel.isVisible()
    qtbot.keyClick(board, Qt.Key.Key_Backtab)
    assert board.view == View.DEALS
    qtbot.keyClick(board, Qt.Key.Key_1)
    assert board.view == View.OVERVIEW
    qtbot.keyClick(board, Qt.Key.Key_F11)
    assert not board.isFullScreen()
    qtbot.keyClick(board, Qt.Key.Key_F11)
    assert board.isFullScreen()
    qtbot.keyClick(board, Qt.Key.Key_D)
    qtbot.keyClick(board.quick.rep, Qt.Key.Key_Escape)  # Esc first closes the bar, nothing logged
    assert not board.quick.isVisible() and board.isVisible()
    assert window.undo_action.text() in ("", "&Undo", "Undo")
    qtbot.keyClick(board, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not shiboken6.isValid(board) or not board.isVisible())
    wait_for_tasks()


def test_problems_show_in_the_bar_and_nothing_is_lost(qtbot, window, demo_db) -> None:
    board, team_id, _ = open_board(qtbot, window, demo_db)
    before = board.data.latest_deal_id
    qtbot.keyClick(board, Qt.Key.Key_D)
    board.quick.rep.setEditText("nobody at all")
    board.quick.amount.setText("12,80x")
    qtbot.keyClick(board.quick.rep, Qt.Key.Key_Return)
    assert board.quick.isVisible()
    assert "Choose a rep from the list" in board.quick.error.text()
    assert "number of yuan" in board.quick.error.text()
    assert board.quick.rep.currentText() == "nobody at all" and board.quick.amount.text() == "12,80x"
    person = board.data.people[0]
    board.quick.rep.setEditText(person.employee_id)  # an employee id typed whole is enough
    board.quick.amount.setText("1980")
    board.today = lambda: person_hired_before(window, team_id, person.id)  # the rep was not on the team yet
    qtbot.keyClick(board.quick.amount, Qt.Key.Key_Return)
    assert board.quick.isVisible() and "is not an active rep of this team" in board.quick.error.text()
    assert board.quick.amount.text() == "1980"
    with demo_db.session() as s:
        assert routine.latest_deal_id(s, team_id) == before
    board.today = lambda: DEMO_DAY
    qtbot.keyClick(board.quick.amount, Qt.Key.Key_Return)
    assert not board.quick.isVisible()
    with demo_db.session() as s:
        assert routine.latest_deal_id(s, team_id) > before


def person_hired_before(window, team_id: int, member_id: int) -> dt.date:
    member = next(m for m in window.editor.members(team_id) if m.id == member_id)
    return member.hired_on - dt.timedelta(days=1)


def test_the_timer_reloads_in_the_worker_and_celebrates_deals_from_elsewhere(qtbot, window, demo_db,
                                                                           monkeypatch) -> None:
    board, team_id, _ = open_board(qtbot, window, demo_db)
    assert board.refresh_timer.isActive() and board.refresh_timer.interval() == 15_000
    real = pages.board_data
    release, threads = threading.Event(), []

    def slow(*args, **kwargs):
        threads.append(threading.current_thread())
        assert release.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(pages, "board_data", slow)
    board.refresh_timer.timeout.emit()  # what the timer does every 15 s
    qtbot.waitUntil(lambda: bool(threads))
    assert threads[0] is not threading.main_thread() and board.task is not None
    qtbot.keyClick(board, Qt.Key.Key_2)  # the GUI answers while the worker waits
    assert board.view == View.GROUPS
    person = board.data.people[-1]
    with demo_db.session() as s:  # a deal logged elsewhere (the main window, the CLI, another PC)
        edits.announce_deal(s, team_id, person.id, 123_400, dt.datetime.combine(DEMO_DAY, dt.time(15, 5)))
    with qtbot.waitSignal(board.refreshed, timeout=15_000):
        release.set()
    assert board.overlay.cheer is not None and board.overlay.cheer.amount == "¥1,234"
    assert board.overlay.cheer.name in (person.name, "A teammate")
    assert QApplication.instance() is not None


def test_without_a_running_contest_the_board_says_so(qtbot, window) -> None:
    window.lifecycle.set_today(lambda: DEMO_DAY)
    team_id = window.editor.create_team(TeamDraft("新组建团队", "宽带", DEMO_DAY))
    window.select_team(team_id)
    board = window.competitions_actions.open_war_room()
    assert board is not None
    qtbot.waitUntil(lambda: board.data is not None, timeout=15_000)
    assert board.data.contest is None
    assert board.visible_panels() == [board.empty_panel]
    assert board.empty_panel.headline == "No contest is running"
    assert board.header.contest == "War Room" and board.footer.rules == ""
    assert board.ticker.summary.startswith("No deals yet today")
    qtbot.keyClick(board, Qt.Key.Key_4)
    assert board.visible_panels() == [board.deals_panel]
    board.close()
    wait_for_tasks()
