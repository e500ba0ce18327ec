"""The team page's Contests tab: the team's contests, the contest page loaded in the worker (standings as the
store computes them, stage link, stated tie-breaks), the contest dialog typed into (errors keep the input), amending
a running contest with a reason, logging a deal and a morning contest, recap search, opt-outs, promises, support
notes; every edit undone with Ctrl+Z."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from coachdesk.core.competitions.rules import (
    ContestDraft,
    ContestKind,
    ContestRules,
    Participants,
    ScoreMetric,
    Weight,
)
from coachdesk.gui.competitions.contest_dialog import ContestDialog
from coachdesk.gui.competitions.contests_tab import ContestsTab
from coachdesk.gui.competitions.morning_dialog import MorningDialog
from coachdesk.gui.competitions.routine_dialogs import (
    DealDialog,
    DeliveredDialog,
    PromiseDialog,
    RecapDialog,
    SupportDialog,
)
from coachdesk.gui.widgets.roles import ItemRole
from coachdesk.gui.widgets.tasks import wait_for_tasks
from coachdesk.store.competitions import edits, pages
from tests.conftest import DEMO_DAY

TEAM = "城南电销二部"  # storming, four groups
NAME = "七月冲刺赛"


def start_contest(db, team_id: int, name: str = NAME) -> int:
    """A running hybrid points contest of our own (the demo's contests may change)."""
    rules = ContestRules(kind=ContestKind.POINTS, participants=Participants.HYBRID,
                         scoring=(Weight(ScoreMetric.DEALS, 10), Weight(ScoreMetric.CONNECTS, 1)))
    draft = ContestDraft(name, DEMO_DAY - dt.timedelta(days=12), DEMO_DAY + dt.timedelta(days=9), rules)
    with db.session() as s:
        contest_id, _change = edits.create_contest(s, team_id, draft)
    return contest_id


def loaded(qtbot, tab: ContestsTab, action) -> None:
    """Run ``action`` and wait until the tab has shown the reload it causes."""
    with qtbot.waitSignal(tab.loaded, timeout=20_000):
        action()


def open_tab(qtbot, window, demo_db, name: str = TEAM, own: bool = True) -> tuple[ContestsTab, int, int | None]:
    window.lifecycle.set_today(lambda: DEMO_DAY)
    team = next(t for t in window.team_model.teams() if t.name == name)
    contest_id = start_contest(demo_db, team.id) if own else None
    window.select_team(team.id)
    tab = window.team_page.contests
    assert isinstance(tab, ContestsTab)
    loaded(qtbot, tab, lambda: window.team_page.tabs.setCurrentWidget(tab))
    if contest_id is not None and tab.view.page.contest.id != contest_id:
        loaded(qtbot, tab, lambda: tab.select_contest(contest_id))
    return tab, team.id, contest_id


def type_text(qtbot, widget, text: str) -> None:
    """Type like a user: key by key (characters beyond Latin-1, as an input method commits them)."""
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, ch))
            QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyRelease, 0, Qt.KeyboardModifier.NoModifier, ch))


def shown(view, columns=(0, 1)) -> list[tuple[str, ...]]:
    model = view.model()
    return [tuple(str(model.index(r, c).data()) for c in columns) for r in range(model.rowCount())]


def ok(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def undo(qtbot, window, tab: ContestsTab) -> None:
    loaded(qtbot, tab, window.undo_action.trigger)


def test_the_tab_shows_the_contests_and_the_page_as_the_store_computes_it(qtbot, window, demo_db) -> None:
    page_titles = [window.team_page.tabs.tabText(i) for i in range(window.team_page.tabs.count())]
    assert page_titles[page_titles.index("&Lifecycle") + 1] == "&Contests"
    tab, team_id, contest_id = open_tab(qtbot, window, demo_db)
    summaries = pages.team_contests(demo_db, team_id, DEMO_DAY)
    assert [s.contest.name for s in tab.model.rows] == [s.contest.name for s in summaries]
    assert tab.current_id() == contest_id
    expected = pages.contest_page(demo_db, contest_id, DEMO_DAY)
    view = tab.view
    assert view.name_label.text() == NAME and view.badge.text() == "Active"
    assert view.countdown.text() == "10 days left"
    assert "Points contest · Hybrid" in view.facts.text()
    # standings rows as the store computes them (rank, name), groups and individuals
    s = view.standings
    assert shown(s.groups_view) == [(str(g.rank), g.label + (" ⚖" if g.decided_by else ""))
                                    for g in expected.standings.groups]
    assert [r[0] for r in shown(s.reps_view)] == [str(r.rank) for r in expected.standings.reps]
    assert s.reps_model.rows == list(expected.standings.reps)
    assert s.rolling_model.rows == list(expected.standings.rolling_reps)
    # the stage link (storming) and the rules with the tie-breaks stated
    assert "The team is storming" in view.stage.text() and "Storming" in view.stage.text()
    assert view.tie_break_text() == ("Equal scores are decided by more deals, then more revenue, then who got "
                                     "there first, then name.")
    assert view.deals.model.rows == list(expected.deals)
    assert any("from import ×" in row[3] for row in shown(view.deals.view, (0, 1, 2, 3)))
    leader = expected.standings.groups[0].label
    assert view.leader.text().startswith(f"Leading: {leader}")
    assert not tab.tasks.isVisible()


def test_a_contest_is_created_by_typing_and_ctrl_z_removes_it(qtbot, window, demo_db) -> None:
    tab, team_id, _ = open_tab(qtbot, window, demo_db, own=False)
    assert tab.new_action.shortcut().toString() == "Ctrl+Shift+N"
    before = len(tab.model.rows)
    dialog = tab.new_contest()
    assert isinstance(dialog, ContestDialog)
    type_text(qtbot, dialog.name_edit, "晨会积分挑战")
    dialog.kind_combo.setCurrentIndex(list(ContestKind).index(ContestKind.POINTS))
    dialog.participants_combo.setCurrentIndex(list(Participants).index(Participants.GROUPS))
    dialog.scoring.checks[ScoreMetric.CONNECTS].setChecked(True)
    dialog.scoring.spins[ScoreMetric.CONNECTS].setValue(0.5)
    dialog.morning_spin.setValue(3)
    dialog.tie_breaks.setCurrentRow(2)  # "who got there first" to the top
    dialog.tie_breaks.move_current(-1)
    dialog.tie_breaks.move_current(-1)
    loaded(qtbot, tab, lambda: ok(dialog))
    assert not dialog.isVisible()
    assert len(tab.model.rows) == before + 1
    page = tab.view.page
    assert page.contest.name == "晨会积分挑战" and tab.current_id() == page.contest.id
    rules = page.contest.rules
    assert rules.kind is ContestKind.POINTS and rules.participants is Participants.GROUPS
    assert {w.metric: w.points for w in rules.scoring} == {ScoreMetric.DEALS: 1.0, ScoreMetric.CONNECTS: 0.5}
    assert rules.tie_breaks[0].value == "first_there" and rules.morning_points == 3
    assert tab.view.badge.text() == "Upcoming" and tab.view.countdown.text() == "starts tomorrow"
    assert tab.view.tie_break_text().startswith("Equal scores are decided by who got there first, then more deals")
    assert "Create contest 晨会积分挑战" in window.undo_action.text()
    undo(qtbot, window, tab)
    assert "晨会积分挑战" not in [s.contest.name for s in tab.model.rows]
    assert len(pages.team_contests(demo_db, team_id, DEMO_DAY)) == before


def test_a_validation_error_keeps_the_input_and_says_it_beside_the_field(qtbot, window, demo_db) -> None:
    tab, _team_id, _ = open_tab(qtbot, window, demo_db, own=False)
    before = len(tab.model.rows)
    dialog = tab.new_contest()
    type_text(qtbot, dialog.name_edit, "双指标标准赛")
    dialog.scoring.checks[ScoreMetric.REVENUE].setChecked(True)  # standard: exactly one metric
    dialog.ends_edit.setDate(dialog.starts_edit.date().addDays(-2))
    ok(dialog)
    assert dialog.isVisible()
    errors = dialog.visible_errors()
    assert errors["scoring"] == "a standard contest scores exactly one metric; use a points contest for several"
    assert errors["ends_on"].startswith("the contest ends (")
    assert "Scoring: a standard contest" in dialog.error_label.text()
    assert dialog.scoring.property("invalid") is True
    assert dialog.name_edit.text() == "双指标标准赛" and dialog.scoring.checks[ScoreMetric.REVENUE].isChecked()
    dialog.scoring.checks[ScoreMetric.REVENUE].setChecked(False)
    dialog.ends_edit.setDate(dialog.starts_edit.date().addDays(6))
    dialog.name_edit.clear()
    ok(dialog)
    assert dialog.visible_errors() == {"name": "give the contest a name"}
    type_text(qtbot, dialog.name_edit, "单指标标准赛")
    loaded(qtbot, tab, lambda: ok(dialog))
    assert len(tab.model.rows) == before + 1


def test_an_active_contest_is_amended_with_a_reason_and_edit_keeps_its_rules_locked(qtbot, window, demo_db) -> None:
    tab, _team_id, contest_id = open_tab(qtbot, window, demo_db)
    assert tab.amend_action.isEnabled()
    edit = tab.edit_contest()
    assert edit.locked and not edit.kind_combo.isEnabled() and not edit.scoring.isEnabled()
    assert edit.locked_label.text().startswith("The contest is running")
    edit.reject()
    dialog = tab.amend_contest()
    assert not dialog.name_edit.isEnabled() and dialog.scoring.isEnabled()
    assert dialog.changes_label.text() == "Nothing changed yet."
    dialog.scoring.spins[ScoreMetric.DEALS].setValue(12)
    assert dialog.changes_label.text() == ("• Scoring: 10 points per deal; 1 point per connected call → "
                                           "12 points per deal; 1 point per connected call")
    ok(dialog)  # no reason
    assert dialog.isVisible()
    assert dialog.visible_errors() == {"reason": "say why the rules change (the amendment is kept)"}
    assert dialog.scoring.spins[ScoreMetric.DEALS].value() == 12
    type_text(qtbot, dialog.reason_edit, "大单更难，提高每单积分")
    loaded(qtbot, tab, lambda: ok(dialog))
    assert not dialog.isVisible()
    page = tab.view.page
    assert page.contest.id == contest_id and page.contest.rules.points_for(ScoreMetric.DEALS) == 12
    rows = shown(tab.view.amendments.view, (0, 1, 2))
    assert rows == [(DEMO_DAY.isoformat(), "大单更难，提高每单积分",
                     "Scoring: 10 points per deal; 1 point per connected call → 12 points per deal; 1 point per "
                     "connected call")]
    assert tab.view.sections.tabText(6) == "Amendments (1)"
    undo(qtbot, window, tab)
    assert tab.view.page.amendments == () and tab.view.page.contest.rules.points_for(ScoreMetric.DEALS) == 10


def test_a_deal_and_a_morning_contest_are_logged_through_their_dialogs(qtbot, window, demo_db) -> None:
    tab, _team_id, _contest_id = open_tab(qtbot, window, demo_db)
    dialog = tab.page_actions.log_deal()
    assert isinstance(dialog, DealDialog)
    person = tab.view.page.people[2]
    dialog.rep_combo.setCurrentIndex(dialog.rep_combo.findData(person.id))
    dialog.amount_spin.setValue(1980)
    type_text(qtbot, dialog.note_edit, "续费两年")
    assert dialog.time_edit.dateTime().date().toPython() == DEMO_DAY
    loaded(qtbot, tab, lambda: ok(dialog))
    deals = tab.view.deals.model.rows
    mine = next(d for d in deals if d.note == "续费两年")
    assert mine.member_id == person.id and mine.amount_cents == 198_000 and mine.at.date() == DEMO_DAY
    row = next(r for r in shown(tab.view.deals.view, (0, 1, 2, 3, 4)) if r[4] == "续费两年")
    assert row[1:4] == (person.name, "¥1,980", "announced")

    rounds = len(tab.view.page.morning)
    morning = tab.page_actions.log_morning()
    assert isinstance(morning, MorningDialog) and len(morning.entries) >= 2
    assert len(morning.judge_edits) == 3
    morning.add_judge()
    morning.remove_judge()
    morning.remove_judge()
    assert len(morning.judge_edits) == 2 and all(len(e.spins) == 2 for e in morning.entries)
    first, second = morning.entries[0], morning.entries[1]
    first.rep_combo.setCurrentIndex(0)  # no representative
    ok(morning)  # no topic, no representative
    assert morning.isVisible()
    errors = morning.visible_errors()
    assert errors["topic"] == "give the morning contest a topic"
    assert errors["representative"] == f"choose a representative for {first.name}"
    first.rep_combo.setCurrentIndex(1)
    for spins in second.spins:
        for spin in spins:
            spin.setValue(5)
    assert morning.preview.text().startswith(f"Winner: {second.name} (15")
    type_text(qtbot, morning.topic_edit, "如何回应“我再考虑一下”")
    loaded(qtbot, tab, lambda: ok(morning))
    page = tab.view.page
    assert len(page.morning) == rounds + 1
    newest = page.morning[0]
    assert newest.topic == "如何回应“我再考虑一下”" and newest.winner == second.name
    assert newest.entries[0][0] == second.name and newest.entries[0][2] == 15
    assert any(r[1] == newest.topic and r[2] == second.name for r in shown(tab.view.morning.view, (0, 1, 2)))
    undo(qtbot, window, tab)
    assert len(tab.view.page.morning) == rounds
    undo(qtbot, window, tab)
    assert not any(d.note == "续费两年" for d in tab.view.page.deals)


def test_recap_search_filters_and_a_recap_is_added(qtbot, window, demo_db) -> None:
    tab, _team_id, _ = open_tab(qtbot, window, demo_db)
    dialog = tab.page_actions.add_recap()
    assert isinstance(dialog, RecapDialog)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("method"))
    dialog.text_edit.setPlainText("客户嫌贵时先认同，再讲按天算的价格")
    loaded(qtbot, tab, lambda: ok(dialog))
    panel = tab.view.recaps
    everything = len(panel.model.rows)
    assert everything >= 1 and any(r.text.startswith("客户嫌贵") for r in panel.model.rows)
    with qtbot.waitSignal(tab.recapsSearched, timeout=10_000):
        type_text(qtbot, panel.search, "嫌贵")
    assert [r.text for r in panel.model.rows] == ["客户嫌贵时先认同，再讲按天算的价格"]
    assert shown(panel.view, (1,)) == [("Method",)]
    with qtbot.waitSignal(tab.recapsSearched, timeout=10_000):
        panel.search.clear()
    assert len(panel.model.rows) == everything
    with qtbot.waitSignal(tab.recapsSearched, timeout=10_000):
        type_text(qtbot, panel.search, "没有这样的内容")
    assert panel.model.rows == [] and panel.hint.text() == "0 entries"


def test_opt_out_from_the_individuals_menu_and_undo(qtbot, window, demo_db) -> None:
    tab, _team_id, _ = open_tab(qtbot, window, demo_db)
    rep = next(r for r in tab.view.standings.reps_model.rows if not r.opted_out)
    menu = tab.view.standings.rep_menu(rep)
    hide = next(a for a in menu.actions() if a.text() == "Hide from public boards")
    loaded(qtbot, tab, hide.trigger)
    again = next(r for r in tab.view.standings.reps_model.rows if r.id == rep.id)
    assert again.opted_out
    row = next(r for r in shown(tab.view.standings.reps_view, range(11)) if r[1].startswith(rep.label))
    assert row[10] == "hidden"
    menu = tab.view.standings.rep_menu(again)
    assert menu.actions()[0].text() == "Show on public boards"
    undo(qtbot, window, tab)
    assert not next(r for r in tab.view.standings.reps_model.rows if r.id == rep.id).opted_out


def test_promises_support_notes_and_delete(qtbot, window, demo_db) -> None:
    tab, _team_id, contest_id = open_tab(qtbot, window, demo_db)
    dialog = tab.page_actions.add_promise()
    assert isinstance(dialog, PromiseDialog)
    group = tab.view.page.standings.groups[0]
    dialog.whom_combo.setCurrentIndex(dialog.whom_combo.findData(group.key))
    ok(dialog)  # nothing said about what for
    assert dialog.visible_errors() == {"for_what": "say what the reward is for"}
    type_text(qtbot, dialog.for_edit, "周五奶茶")
    loaded(qtbot, tab, lambda: ok(dialog))
    ledger = tab.view.ledger
    promise = next(p for p in ledger.model.rows if p.for_what == "周五奶茶")
    assert promise.to_whom == group.key and promise.to_whom_label == group.label
    assert ledger.summary.text() == "1 of 1 promises still to deliver."
    row = next(r for r in shown(ledger.view, range(5)) if r[2] == "周五奶茶")
    assert row[4] == "not yet"
    delivered = tab.page_actions.mark_delivered(promise.id)
    assert isinstance(delivered, DeliveredDialog)
    type_text(qtbot, delivered.note_edit, "照片已贴墙")
    loaded(qtbot, tab, lambda: ok(delivered))
    kept = next(p for p in ledger.model.rows if p.id == promise.id)
    assert kept.delivered_on == DEMO_DAY and kept.delivery_note == "照片已贴墙"
    assert ledger.summary.text() == "All 1 promises kept."

    lagging = tab.view.page.lagging
    assert lagging and all(r.support is None for r in lagging)
    assert tab.view.support.hint.text().startswith(f"{len(lagging)} of {len(lagging)} reps below the middle")
    rep = lagging[0].standing
    support = tab.page_actions.support_note(rep.id)
    assert isinstance(support, SupportDialog)
    ok(support)  # nothing chosen or typed
    assert support.visible_errors() == {"chance": "say who supports the rep or what chance they are given"}
    leader = next(p for p in tab.view.page.staff if p.id != rep.id)
    support.supporter_combo.setCurrentIndex(support.supporter_combo.findData(leader.id))
    type_text(qtbot, support.chance_edit, "本周优先分配热线索")
    loaded(qtbot, tab, lambda: ok(support))
    note = next(r.support for r in tab.view.page.lagging if r.standing.id == rep.id)
    assert note is not None and note.supporter == leader.name and note.chance == "本周优先分配热线索"
    support_rows = shown(tab.view.support.view, (1, 4, 5))
    assert (rep.label, leader.name, "本周优先分配热线索") in support_rows
    assert ("no support note yet" in {r[1] for r in support_rows}) == (len(lagging) > 1)

    tab.confirm = lambda _text: True
    loaded(qtbot, tab, tab.delete_contest)
    assert contest_id not in [s.contest.id for s in tab.model.rows]
    undo(qtbot, window, tab)
    assert contest_id in [s.contest.id for s in tab.model.rows]
    assert pages.contest_page(demo_db, contest_id, DEMO_DAY).ledger.promises


def test_a_completed_contest_shows_broken_promises_and_no_amend(qtbot, window, demo_db) -> None:
    tab, _team_id, _ = open_tab(qtbot, window, demo_db, own=False)
    done = next((s for s in tab.model.rows if s.status.value == "completed"), None)
    if done is None:  # the demo has no finished contest for this team
        return
    loaded(qtbot, tab, lambda: tab.select_contest(done.contest.id))
    assert not tab.amend_action.isEnabled() and not tab.edit_action.isEnabled()
    assert tab.view.badge.text() == "Completed"
    page = tab.view.page
    ledger = tab.view.ledger
    if page.ledger.outstanding:
        row = next(i for i, p in enumerate(ledger.model.rows) if p.delivered_on is None)
        index = ledger.model.index(row, 4)
        assert index.data() == "not kept" and index.data(Qt.ItemDataRole.FontRole).bold()
        assert "not kept" in ledger.summary.text()


def test_the_tab_follows_the_language(qtbot, window, demo_db, translations) -> None:
    tab, _team_id, _ = open_tab(qtbot, window, demo_db)
    translations.apply("zh_CN")
    QApplication.processEvents()
    assert tab.view.name_label.text() == NAME
    translations.apply("en")
    QApplication.processEvents()
    assert tab.new_action.text() == "&New Contest…"
    assert tab.list.currentIndex().siblingAtColumn(0).data(ItemRole.ID) == tab.view.page.contest.id
    wait_for_tasks()
