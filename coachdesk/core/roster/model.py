"""Teams, members and groups as the domain sees them: drafts to validate, rows to show.

The store turns database rows into these dataclasses and validates drafts with the functions here before
writing; the GUI and CLI only ever see these types.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from enum import StrEnum

from coachdesk.core.common.roster_days import on_roster
from coachdesk.core.common.validation import (
    BAD_FORMAT,
    DATE_ORDER,
    REQUIRED,
    FieldError,
    check_optional,
    check_required,
    clean_text,
    raise_if_any,
)

NAME_MAX = 64
EMPLOYEE_ID_MAX = 32
TEXT_MAX = 200
NOTES_MAX = 4000
_EMPLOYEE_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._\-]*$")
_PHONE_RE = re.compile(r"^\+?[0-9][0-9 \-]{4,22}$")


class Role(StrEnum):
    REP = "rep"
    GROUP_LEADER = "group_leader"
    TRAINER = "trainer"
    MANAGER = "manager"

    @classmethod
    def parse(cls, value: str) -> Role:
        try:
            return cls(clean_text(value).lower().replace("-", "_").replace(" ", "_"))
        except ValueError:
            choices = ", ".join(r.value for r in cls)
            raise ValueError(f"{value!r} is not a role; choose one of {choices}") from None

    @property
    def sells(self) -> bool:
        """Reps and group leaders make calls; trainers and managers coach."""
        return self in SELLING_ROLES


# The one definition of who sells (makes calls, counts as a rep in statistics and signals).
SELLING_ROLES: frozenset[Role] = frozenset({Role.REP, Role.GROUP_LEADER})


@dataclass(slots=True)
class TeamDraft:
    name: str
    product: str = ""
    formed_on: dt.date | None = None
    notes: str = ""
    # False: nobody typed the date; ``formed_on`` is a stand-in (the day the team was added) that the team's
    # history replaces when it is imported (core/common/formation.py).
    formed_on_known: bool = True

    def cleaned(self) -> TeamDraft:
        """Return a trimmed copy, raising ValidationError naming every bad field."""
        draft = TeamDraft(clean_text(self.name), clean_text(self.product), self.formed_on, self.notes.strip(),
                          self.formed_on_known)
        errors: list[FieldError] = []
        check_required(errors, "name", draft.name, NAME_MAX)
        check_optional(errors, "product", draft.product, TEXT_MAX)
        check_optional(errors, "notes", draft.notes, NOTES_MAX)
        if draft.formed_on is None:
            errors.append(FieldError("formed_on", "is required (format YYYY-MM-DD)", REQUIRED))
        raise_if_any(errors)
        return draft


@dataclass(slots=True)
class MemberDraft:
    employee_id: str
    name: str
    hired_on: dt.date | None
    role: Role = Role.REP
    phone: str = ""

    def cleaned(self) -> MemberDraft:
        draft = MemberDraft(
            clean_text(self.employee_id), clean_text(self.name), self.hired_on, self.role, clean_text(self.phone)
        )
        errors: list[FieldError] = []
        check_required(errors, "employee_id", draft.employee_id, EMPLOYEE_ID_MAX)
        if draft.employee_id and not _EMPLOYEE_ID_RE.match(draft.employee_id):
            errors.append(
                FieldError(
                    "employee_id", f"{draft.employee_id!r} may only use letters, digits, '.', '_' and '-'",
                    BAD_FORMAT, {"value": draft.employee_id},
                )
            )
        check_required(errors, "name", draft.name, NAME_MAX)
        if draft.phone and not _PHONE_RE.match(draft.phone):
            errors.append(FieldError(
                "phone", f"{draft.phone!r} is not a phone number (digits, spaces, '-', '+')", BAD_FORMAT,
                {"value": draft.phone},
            ))
        if draft.hired_on is None:
            errors.append(FieldError("hired_on", "is required (format YYYY-MM-DD)", REQUIRED))
        raise_if_any(errors)
        return draft


@dataclass(slots=True)
class LeaveDraft:
    left_on: dt.date | None
    reason: str = ""

    def cleaned(self, hired_on: dt.date) -> LeaveDraft:
        draft = LeaveDraft(self.left_on, clean_text(self.reason))
        errors: list[FieldError] = []
        if draft.left_on is None:
            errors.append(FieldError("left_on", "is required (format YYYY-MM-DD)", REQUIRED))
        elif draft.left_on < hired_on:
            errors.append(
                FieldError(
                    "left_on", f"{draft.left_on.isoformat()} is before the hire date {hired_on.isoformat()}",
                    DATE_ORDER,
                    {"value": draft.left_on, "limit": hired_on, "limit_field": "hired_on", "relation": "not_before"},
                )
            )
        check_optional(errors, "reason", draft.reason, TEXT_MAX)
        raise_if_any(errors)
        return draft


@dataclass(slots=True)
class GroupDraft:
    name: str
    slogan: str = ""
    goal: str = ""
    leader_id: int | None = None

    def cleaned(self) -> GroupDraft:
        draft = GroupDraft(clean_text(self.name), clean_text(self.slogan), clean_text(self.goal), self.leader_id)
        errors: list[FieldError] = []
        check_required(errors, "name", draft.name, NAME_MAX)
        check_optional(errors, "slogan", draft.slogan, TEXT_MAX)
        check_optional(errors, "goal", draft.goal, TEXT_MAX)
        raise_if_any(errors)
        return draft


@dataclass(frozen=True, slots=True)
class TeamSummary:
    id: int
    name: str
    product: str
    formed_on: dt.date
    notes: str
    member_count: int  # everyone ever on the team
    active_count: int  # not yet left
    group_count: int
    formed_on_known: bool = True  # False: taken from the team's history (or the day it was added, until then)


@dataclass(frozen=True, slots=True)
class MemberRow:
    id: int
    team_id: int
    employee_id: str
    name: str
    phone: str
    role: Role
    hired_on: dt.date
    left_on: dt.date | None
    leave_reason: str
    group_id: int | None
    group_name: str

    @property
    def active(self) -> bool:
        return self.left_on is None

    def on_roster(self, day: dt.date) -> bool:
        return on_roster(self.hired_on, self.left_on, day)

    def tenure_days(self, as_of: dt.date) -> int:
        return tenure_days(self.hired_on, as_of, self.left_on)

    def draft(self) -> MemberDraft:
        return MemberDraft(self.employee_id, self.name, self.hired_on, self.role, self.phone)


@dataclass(frozen=True, slots=True)
class GroupRow:
    id: int
    team_id: int
    name: str
    slogan: str
    goal: str
    leader_id: int | None
    leader_name: str
    member_ids: tuple[int, ...] = field(default=())

    def draft(self) -> GroupDraft:
        return GroupDraft(self.name, self.slogan, self.goal, self.leader_id)


def tenure_days(hired_on: dt.date, as_of: dt.date, left_on: dt.date | None = None) -> int:
    """Days on the team up to ``as_of`` (or the leaving day); 0 before the hire date."""
    end = min(as_of, left_on) if left_on else as_of
    return max(0, (end - hired_on).days)
