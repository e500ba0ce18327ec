"""Mystery-shopper and QC audits of real calls: which script points the rep used or missed, compliance issues, a
score and a note. They feed readiness (script adherence on real calls) and the coaching plan."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from coachdesk.core.common.validation import FieldError, check_optional, check_required, clean_text, raise_if_any
from coachdesk.core.drills.scripts import SECTIONS

MAX_NOTE = 1_000
MAX_ISSUE = 200
MAX_AUDITOR = 60
# The default checklist: one point per script section (did the call have a proper opening, ask about needs …).
DEFAULT_CHECKLIST: tuple[str, ...] = tuple(s.value for s in SECTIONS)


class AuditKind(StrEnum):
    MYSTERY_SHOPPER = "mystery_shopper"  # someone posing as a customer calls the rep
    CALL_REVIEW = "call_review"  # QC listens to a recorded real call


@dataclass(frozen=True, slots=True)
class Audit:
    member_id: int
    on: dt.date
    kind: AuditKind
    auditor: str
    points: Mapping[str, bool]  # checklist point → used on the call
    issues: tuple[str, ...] = ()  # compliance issues heard
    score: int | None = None  # 0–100 as the auditor gave it; None: the share of points used stands in
    note: str = ""
    id: int | None = None
    team_id: int | None = None

    @property
    def adherence(self) -> float | None:
        """Share of the checklist points used; None for an empty checklist."""
        return sum(self.points.values()) / len(self.points) if self.points else None

    @property
    def missed(self) -> tuple[str, ...]:
        return tuple(point for point, used in self.points.items() if not used)

    @property
    def effective_score(self) -> float | None:
        if self.score is not None:
            return float(self.score)
        return None if self.adherence is None else 100 * self.adherence


def cleaned_audit(audit: Audit, today: dt.date) -> Audit:
    errors: list[FieldError] = []
    auditor = clean_text(audit.auditor)
    check_required(errors, "auditor", auditor, MAX_AUDITOR)
    if audit.on > today:
        errors.append(FieldError("on", f"{audit.on.isoformat()} is in the future", "future",
                                 {"date": audit.on.isoformat()}))
    if not audit.points:
        errors.append(FieldError("points", "tick at least one checklist point as used or missed", "required"))
    issues = tuple(i for i in (clean_text(x) for x in audit.issues) if i)
    for issue in issues:
        check_optional(errors, "issues", issue, MAX_ISSUE)
    if audit.score is not None and not 0 <= audit.score <= 100:
        errors.append(FieldError("score", f"{audit.score} is not a score from 0 to 100", "range",
                                 {"value": audit.score}))
    note = clean_text(audit.note)
    check_optional(errors, "note", note, MAX_NOTE)
    raise_if_any(errors)
    return Audit(audit.member_id, audit.on, audit.kind, auditor, dict(audit.points), issues, audit.score, note,
                 audit.id, audit.team_id)


@dataclass(frozen=True, slots=True)
class AuditSummary:
    audits: int
    adherence: float | None  # mean share of checklist points used
    score: float | None  # mean effective score, 0–100
    issues: int  # compliance issues heard
    missed_most: tuple[tuple[str, int], ...] = field(default=())  # point → times missed, most first


def summarise(audits: Iterable[Audit]) -> AuditSummary:
    rows = list(audits)
    adherence = [a.adherence for a in rows if a.adherence is not None]
    scores = [s for s in (a.effective_score for a in rows) if s is not None]
    missed: dict[str, int] = {}
    for a in rows:
        for point in a.missed:
            missed[point] = missed.get(point, 0) + 1
    return AuditSummary(len(rows), sum(adherence) / len(adherence) if adherence else None,
                        sum(scores) / len(scores) if scores else None, sum(len(a.issues) for a in rows),
                        tuple(sorted(missed.items(), key=lambda m: (-m[1], m[0]))))
