"""A contest's life (draft → upcoming → active → completed), how it fits the team's stage, the morning contest,
and the celebration ledger of promised rewards and penalties."""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from coachdesk.core.common.messages import MessageCode
from coachdesk.core.common.validation import FieldError, ValidationError
from coachdesk.core.competitions.rules import ContestRules, Participants


class ContestStatus(StrEnum):
    DRAFT = "draft"
    UPCOMING = "upcoming"
    ACTIVE = "active"
    COMPLETED = "completed"


@dataclass(frozen=True)
class Contest:
    id: int
    team_id: int
    name: str
    starts_on: dt.date
    ends_on: dt.date
    rules: ContestRules
    published: bool = True
    closed_on: dt.date | None = None  # the day its final standings were frozen

    def status(self, today: dt.date) -> ContestStatus:
        if not self.published:
            return ContestStatus.DRAFT
        if self.closed_on is not None:
            return ContestStatus.COMPLETED
        if today < self.starts_on:
            return ContestStatus.UPCOMING
        return ContestStatus.ACTIVE

    def due_to_close(self, today: dt.date, race_won_on: dt.date | None = None) -> bool:
        """Past its last day (or a race already won) and not yet closed: its standings should be frozen."""
        if not self.published or self.closed_on is not None:
            return False
        return today > self.ends_on or (race_won_on is not None and today >= race_won_on)

    def rules_locked(self, today: dt.date) -> bool:
        """Rules change only by an audited amendment once the contest has started."""
        return self.published and today >= self.starts_on

    def days_left(self, today: dt.date) -> int:
        """Contest days still to come, today included (before the start: all of them; after the end: 0)."""
        return max(0, (self.ends_on - max(today, self.starts_on)).days + 1)


# --- stage link ---------------------------------------------------------------------------------------------

FIT_FORMING = MessageCode(
    "contest.fit.forming",
    "The team is forming: keep contests light and about effort (calls, connects) in small groups, so newcomers "
    "can win; handicaps by tenure help. Seed 003 starts group competition once the team has found its feet.")
FIT_STORMING = MessageCode(
    "contest.fit.storming",
    "The team is storming: groups competing is the storming-stage practice of seed 003 — balanced groups with "
    "their own name, slogan and goal, a morning contest, every deal announced, results shared each evening and "
    "every promised reward and penalty kept.")
FIT_NORMING = MessageCode(
    "contest.fit.norming",
    "The team is norming: targets of its own per group or rep (a target contest, hybrid scoring) keep the "
    "competition about everyone improving rather than a few stars, so the new norms hold.")
FIT_PERFORMING = MessageCode(
    "contest.fit.performing",
    "The team is performing: short races and head-to-head duels give stretch; let the groups set their own "
    "goals and keep the celebration, but avoid contests that pit the team against itself for long.")
FIT_UNKNOWN = MessageCode("contest.fit.unknown",
                          "The team's stage is not diagnosed yet; diagnose it to see how this contest fits.")
FIT_GROUPS_IN_FORMING = MessageCode(
    "contest.fit.warn_forming_deals",
    "Deals-only scoring in a forming team rewards the few who already sell; add calls or connects.")
FIT_NO_GROUPS_STORMING = MessageCode(
    "contest.fit.warn_storming_individuals",
    "A storming team gains most from groups competing: consider group or hybrid participants.")

_FIT = {"forming": FIT_FORMING, "storming": FIT_STORMING, "norming": FIT_NORMING, "performing": FIT_PERFORMING}


@dataclass(frozen=True, slots=True)
class StageFit:
    stage: str | None
    advice: MessageCode
    warnings: tuple[MessageCode, ...] = ()


def stage_fit(stage: str | None, rules: ContestRules) -> StageFit:
    """How a contest fits the team's diagnosed stage (a lifecycle stage value, or None when not diagnosed)."""
    advice = _FIT.get(stage or "", FIT_UNKNOWN)
    warnings: list[MessageCode] = []
    metrics = {w.metric.value for w in rules.scoring}
    if stage == "forming" and metrics <= {"deals", "revenue"}:
        warnings.append(FIT_GROUPS_IN_FORMING)
    if stage == "storming" and rules.participants is Participants.INDIVIDUALS:
        warnings.append(FIT_NO_GROUPS_STORMING)
    return StageFit(stage if stage in _FIT else None, advice, tuple(warnings))


# --- morning contest (晨会小组比赛) -----------------------------------------------------------------------------

SCORE_MIN, SCORE_MAX = 1, 5
# The default rubric for a morning contest pitch; (key, English, Chinese).
MORNING_RUBRIC: tuple[tuple[str, str, str], ...] = (
    ("accuracy", "Accurate content", "内容准确"),
    ("fluency", "Fluent delivery", "表达流畅"),
    ("persuasion", "Persuasive", "有感染力"),
)
TOPIC_REQUIRED = MessageCode("morning.topic_required", "give the morning contest a topic")
TOO_FEW_GROUPS = MessageCode("morning.too_few_groups", "a morning contest needs at least two groups, not {count}")
NO_REPRESENTATIVE = MessageCode("morning.no_representative", "choose a representative for {group}")
NO_SCORES = MessageCode("morning.no_scores", "{group} has no judges' scores")
BAD_SCORE = MessageCode("morning.bad_score", "score {value} for {group} is outside {low}–{high}")
BAD_SCORE_COUNT = MessageCode("morning.bad_score_count",
                              "{group}: a judge gives {expected} scores (one per criterion), not {count}")
GROUP_TWICE = MessageCode("morning.group_twice", "{group} is entered twice")


@dataclass(frozen=True)
class MorningEntry:
    group: int
    group_label: str
    representative: int | None
    scores: Mapping[str, tuple[int, ...]]  # judge → one score per rubric criterion

    @property
    def total(self) -> float:
        """The mean over judges of each judge's total."""
        totals = [sum(s) for s in self.scores.values()]
        return statistics.fmean(totals) if totals else 0.0

    @property
    def lowest(self) -> int:
        return min((sum(s) for s in self.scores.values()), default=0)


@dataclass(frozen=True)
class MorningRound:
    day: dt.date
    topic: str
    entries: Sequence[MorningEntry]
    criteria: int = len(MORNING_RUBRIC)

    def checked(self) -> MorningRound:
        errors: list[FieldError] = []
        if not self.topic.strip():
            errors.append(FieldError.of("topic", "required", TOPIC_REQUIRED))
        if len(self.entries) < 2:
            errors.append(FieldError.of("entries", "bad_format", TOO_FEW_GROUPS, count=len(self.entries)))
        seen: set[int] = set()
        for e in self.entries:
            if e.group in seen:
                errors.append(FieldError.of("entries", "duplicate", GROUP_TWICE, group=e.group_label))
            seen.add(e.group)
            if e.representative is None:
                errors.append(FieldError.of("representative", "required", NO_REPRESENTATIVE, group=e.group_label))
            if not e.scores:
                errors.append(FieldError.of("scores", "required", NO_SCORES, group=e.group_label))
            for scores in e.scores.values():
                if len(scores) != self.criteria:
                    errors.append(FieldError.of("scores", "bad_format", BAD_SCORE_COUNT, group=e.group_label,
                                                expected=self.criteria, count=len(scores)))
                for value in scores:
                    if not SCORE_MIN <= value <= SCORE_MAX:
                        errors.append(FieldError.of("scores", "bad_format", BAD_SCORE, value=value,
                                                    group=e.group_label, low=SCORE_MIN, high=SCORE_MAX))
        if errors:
            raise ValidationError(errors)
        return MorningRound(self.day, " ".join(self.topic.split()), self.entries, self.criteria)

    def ranking(self) -> list[MorningEntry]:
        """Best first: the higher mean total, then the higher lowest judge's total, then the group's name."""
        return sorted(self.entries, key=lambda e: (-round(e.total, 6), -e.lowest, e.group_label, e.group))

    @property
    def winner(self) -> MorningEntry | None:
        ranked = self.ranking()
        return ranked[0] if ranked else None


# --- celebration (庆功会) -------------------------------------------------------------------------------------

class PromiseKind(StrEnum):
    REWARD = "reward"
    PENALTY = "penalty"


@dataclass(frozen=True, slots=True)
class Promise:
    id: int
    kind: PromiseKind
    to_whom: str  # a participant key ("g3", "r12") or free text ("the winning group")
    to_whom_label: str
    for_what: str
    promised_on: dt.date
    delivered_on: dt.date | None = None
    delivery_note: str = ""


@dataclass(frozen=True)
class Ledger:
    promises: tuple[Promise, ...]
    contest_over: bool

    @property
    def delivered(self) -> tuple[Promise, ...]:
        return tuple(p for p in self.promises if p.delivered_on is not None)

    @property
    def outstanding(self) -> tuple[Promise, ...]:
        """Promises not yet kept; once the contest is over each one stands out as broken until delivered."""
        return tuple(p for p in self.promises if p.delivered_on is None)

    @property
    def all_kept(self) -> bool:
        return self.contest_over and not self.outstanding


PROMISE_REQUIRED = MessageCode("promise.required", "say what the {kind} is for")
PROMISE_WHOM = MessageCode("promise.whom_required", "say to whom the {kind} is promised")
DELIVERED_EARLY = MessageCode("promise.delivered_before_promised",
                              "delivered on {delivered}, before it was promised ({promised})")


def check_promise(kind: PromiseKind, to_whom: str, for_what: str) -> None:
    errors: list[FieldError] = []
    if not to_whom.strip():
        errors.append(FieldError.of("to_whom", "required", PROMISE_WHOM, kind=kind.value))
    if not for_what.strip():
        errors.append(FieldError.of("for_what", "required", PROMISE_REQUIRED, kind=kind.value))
    if errors:
        raise ValidationError(errors)


# --- participation (for the lifecycle diagnosis) ------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Participation:
    """How the team takes part in its running contests; the lifecycle's contest signal reads these figures
    (``TeamFacts.extras["competitions"]``)."""

    contests: int  # active contests
    reps: int  # reps taking part
    scoring_reps: int  # of them, with any points so far
    group_gap_pct: float | None  # first vs last group, % of the mean group score
    morning_days: int  # morning contests held in the last 14 days
    promises_outstanding: int  # promises of completed contests not delivered

    @property
    def share_scoring(self) -> float | None:
        return self.scoring_reps / self.reps if self.reps else None

    def as_extras(self) -> dict[str, float | int | None]:
        return {"contests": self.contests, "reps": self.reps, "scoring_reps": self.scoring_reps,
                "share_scoring": self.share_scoring, "group_gap_pct": self.group_gap_pct,
                "morning_days": self.morning_days, "promises_outstanding": self.promises_outstanding}


def group_gap_pct(scores: Sequence[float]) -> float | None:
    if len(scores) < 2:
        return None
    mean = statistics.fmean(scores)
    return 100.0 * (max(scores) - min(scores)) / mean if mean > 0 else None


EMPTY_PARTICIPATION = Participation(0, 0, 0, None, 0, 0)
