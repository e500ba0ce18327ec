"""core/lifecycle/actions.py due_this_week: what the Diagnosis view lists under "This week"."""

from __future__ import annotations

import datetime as dt

from coachdesk.core.lifecycle.actions import WEEK_DAYS, ActionRow, ActionStatus, due_this_week

TODAY = dt.date(2025, 6, 16)


def action(id_: int, due_in: int, status: ActionStatus = ActionStatus.OPEN) -> ActionRow:
    return ActionRow(id_, 1, 1, "", f"action {id_}", "manager", None, "", TODAY + dt.timedelta(days=due_in),
                     status, "", None)


def test_open_actions_overdue_or_due_within_a_week_soonest_first() -> None:
    actions = [action(1, WEEK_DAYS + 1), action(2, WEEK_DAYS), action(3, 0), action(4, -30), action(5, 0),
               action(6, 2, ActionStatus.DONE), action(7, -1, ActionStatus.DROPPED)]
    assert [a.id for a in due_this_week(actions, TODAY)] == [4, 3, 5, 2]  # the last day counts; ties by id


def test_nothing_open_is_nothing_due() -> None:
    assert due_this_week([], TODAY) == ()
    assert due_this_week([action(1, 1, ActionStatus.DONE)], TODAY) == ()
