"""Action plans: from the practices a manager picks, actions with an owner, a due date, a status and notes.
Open actions carry over to the next plan; an open action past its due date is overdue."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, replace
from enum import StrEnum

from coachdesk.core.common.local_text import pick
from coachdesk.core.common.validation import FieldError, ValidationError, clean_text
from coachdesk.core.lifecycle.playbook import Cadence, OwnerRole, Practice

TITLE_MAX = 200
# A daily or weekly practice is reviewed after a week; a one-off gets two weeks to be done.
DUE_AFTER_DAYS = {Cadence.DAILY: 7, Cadence.WEEKLY: 7, Cadence.ONCE: 14}


class ActionStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    DROPPED = "dropped"


@dataclass(frozen=True, slots=True)
class ActionDraft:
    title: str
    owner_role: str  # a role (manager, group_leader, trainer, rep) — also kept when a member is named
    due_on: dt.date | None
    owner_member_id: int | None = None
    status: ActionStatus = ActionStatus.OPEN
    notes: str = ""
    practice_id: str = ""

    def cleaned(self) -> ActionDraft:
        errors: list[FieldError] = []
        title = clean_text(self.title)
        if not title:
            errors.append(FieldError("title", "required", "required"))
        elif len(title) > TITLE_MAX:
            errors.append(FieldError("title", f"at most {TITLE_MAX} characters", "too_long", {"max": TITLE_MAX}))
        role = clean_text(self.owner_role)
        if role not in {*(r.value for r in OwnerRole), "rep"}:
            errors.append(FieldError("owner", f"{self.owner_role!r} is not a role", "bad_format",
                                     {"value": self.owner_role}))
        if self.due_on is None:
            errors.append(FieldError("due_on", "required", "required"))
        try:
            status = ActionStatus(self.status)
        except ValueError:
            errors.append(FieldError("status", f"{self.status!r} is not open, done or dropped", "bad_format"))
            status = ActionStatus.OPEN
        if errors:
            raise ValidationError(errors)
        return replace(self, title=title, owner_role=role, status=status, notes=self.notes.strip())


@dataclass(frozen=True, slots=True)
class ActionRow:
    id: int
    plan_id: int
    first_plan_id: int
    practice_id: str
    title: str
    owner_role: str
    owner_member_id: int | None
    owner_name: str
    due_on: dt.date
    status: ActionStatus
    notes: str
    closed_on: dt.date | None
    owner_employee_id: str = ""  # of the owner member; "" when a role owns the action

    def overdue(self, today: dt.date) -> bool:
        return self.status is ActionStatus.OPEN and self.due_on < today

    @property
    def carried_over(self) -> bool:
        return self.first_plan_id != self.plan_id


WEEK_DAYS = 7  # "this week": open actions overdue or due within this many days


def due_this_week(actions: Iterable[ActionRow], today: dt.date) -> tuple[ActionRow, ...]:
    """The open actions overdue or due within ``WEEK_DAYS`` of ``today``, soonest first."""
    horizon = today + dt.timedelta(days=WEEK_DAYS)
    due = [a for a in actions if a.status is ActionStatus.OPEN and a.due_on <= horizon]
    return tuple(sorted(due, key=lambda a: (a.due_on, a.id)))


def draft_from_practice(practice: Practice, start: dt.date, lang: str = "zh") -> ActionDraft:
    """The action a picked practice becomes: its title, its owner role, due by its cadence."""
    return ActionDraft(pick(practice.title, lang), practice.owner.value,
                       start + dt.timedelta(days=DUE_AFTER_DAYS[practice.cadence]), practice_id=practice.id)
