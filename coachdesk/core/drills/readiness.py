"""Readiness: can a rep answer the customers' basic questions, and how well do they run the call?

Per rep, over the last ``WINDOW_DAYS`` days of drills:
- **readiness** — for each basic question of the bank, the share of the rep's answers to it that were good, each
  answer weighted by recency (half weight every ``HALF_LIFE_DAYS`` days); a basic question never answered counts 0;
  readiness is the mean over the basic questions (0–1).
- **rubric average** of the rep's entries and its **trend** (least-squares slope of the daily averages, points per
  30 days, with three days or more).
- **certified** once every basic question has been answered well at least once in a certification session and the
  rubric average of the rep's certification entries is at least the pass mark (entries scored on rubrics with
  different pass marks: the mean of each total minus its own rubric's mark is at least 0); the day it first became
  true.
- the script versions the rep was drilled on, and the rep's audits (script adherence on real calls).

Per team: the distribution of readiness, certified reps, the weakest questions and script sections.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from coachdesk.core.common.trend import slope
from coachdesk.core.drills.audits import Audit, AuditSummary, summarise
from coachdesk.core.drills.questions import Question
from coachdesk.core.drills.scripts import Section
from coachdesk.core.drills.sessions import Mode

WINDOW_DAYS = 90
HALF_LIFE_DAYS = 30
TREND_MIN_DAYS = 3
LOW_BELOW = 0.4  # readiness bands for the team's distribution
READY_FROM = 0.7
WEAK_MIN_ANSWERS = 2  # a question needs this many team answers in the window to be called weak
EPSILON = 1e-9  # float slack when an average is compared with a pass mark


@dataclass(frozen=True, slots=True)
class Scored:
    """One drill entry as readiness sees it."""

    member_id: int
    day: dt.date
    mode: Mode
    question_id: int | None = None
    well: bool | None = None
    total: float | None = None  # the rubric total (1–5), None when nothing was scored
    script_version: int | None = None  # the version number drilled on
    pass_mark: float | None = None  # the pass mark of the rubric it was scored on; None: the one readiness is given


@dataclass(frozen=True, slots=True)
class RepReadiness:
    member_id: int
    readiness: float  # 0–1
    basic_well: int  # basic questions whose recency-weighted share is at least one half
    basic_total: int
    rubric_average: float | None
    rubric_trend: float | None  # points per 30 days
    certified: bool
    certified_on: dt.date | None
    certification_missing: tuple[int, ...]  # basic question ids not yet answered well in a certification session
    certification_average: float | None
    entries: int  # in the window
    last_drilled: dt.date | None
    script_versions: tuple[int, ...]  # version numbers drilled on in the window, oldest first
    audits: AuditSummary
    question_scores: Mapping[int, float] = field(default_factory=dict)  # basic question id → weighted share

    @property
    def band(self) -> str:
        return "low" if self.readiness < LOW_BELOW else "ready" if self.readiness >= READY_FROM else "middle"


@dataclass(frozen=True, slots=True)
class WeakQuestion:
    question_id: int
    share_well: float  # recency-weighted share of the team's answers that were good
    answers: int


@dataclass(frozen=True, slots=True)
class TeamReadiness:
    as_of: dt.date
    reps: tuple[RepReadiness, ...]
    mean: float | None  # mean readiness of the reps drilled in the window (None: nobody was)
    bands: Mapping[str, int]  # "low" / "middle" / "ready" → reps (drilled or not)
    certified: int
    weakest_questions: tuple[WeakQuestion, ...]
    weakest_sections: tuple[tuple[Section, float], ...]  # section → mean share well, weakest first
    drilled: int  # reps with an entry in the window

    def rep(self, member_id: int) -> RepReadiness | None:
        return next((r for r in self.reps if r.member_id == member_id), None)


def _weight(day: dt.date, as_of: dt.date) -> float:
    return float(0.5 ** (max(0, (as_of - day).days) / HALF_LIFE_DAYS))


def _in_window(day: dt.date, as_of: dt.date) -> bool:
    return as_of - dt.timedelta(days=WINDOW_DAYS) < day <= as_of


def _weighted_share(rows: Iterable[Scored], as_of: dt.date) -> tuple[float, int]:
    total = good = 0.0
    count = 0
    for r in rows:
        w = _weight(r.day, as_of)
        total += w
        good += w if r.well else 0.0
        count += 1
    return (good / total if total else 0.0), count


def _by_question(rows: Iterable[Scored]) -> dict[int, list[Scored]]:
    """Entries grouped by the question asked (entries without a question left out): one pass, not one per question."""
    grouped: dict[int, list[Scored]] = {}
    for r in rows:
        if r.question_id is not None:
            grouped.setdefault(r.question_id, []).append(r)
    return grouped


def _certification(rows: Sequence[Scored], basic: set[int], pass_mark: float) -> tuple[dt.date | None, set[int],
                                                                                         float | None]:
    """When the rep first met the certification rule (None: not yet), the basic questions still missing, and the
    rubric average of all certification entries. Certification looks at every certification entry, not only the
    window: a certificate does not expire by itself."""
    covered: set[int] = set()
    totals: list[float] = []
    margins: list[float] = []  # total minus its rubric's pass mark: entries on rubrics with other marks compare
    first: dt.date | None = None
    for r in sorted((r for r in rows if r.mode is Mode.CERTIFICATION), key=lambda r: r.day):
        if r.question_id in basic and r.well:
            covered.add(r.question_id)
        if r.total is not None:
            totals.append(r.total)
            margins.append(r.total - (pass_mark if r.pass_mark is None else r.pass_mark))
        if first is None and basic <= covered and margins and sum(margins) / len(margins) >= -EPSILON:
            first = r.day
    average = sum(totals) / len(totals) if totals else None
    if first is not None and (not margins or sum(margins) / len(margins) < -EPSILON):
        first = None  # later certification entries pulled the average below the mark again
    return first, basic - covered, average


def rep_readiness(member_id: int, entries: Iterable[Scored], bank: Sequence[Question], as_of: dt.date,
                  pass_mark: float, audits: Iterable[Audit] = ()) -> RepReadiness:
    mine = sorted((e for e in entries if e.member_id == member_id and e.day <= as_of), key=lambda e: e.day)
    recent = [e for e in mine if _in_window(e.day, as_of)]
    basic = [q for q in bank if q.basic and not q.retired and q.id is not None]
    basic_ids = {q.id for q in basic if q.id is not None}
    answered = _by_question(e for e in recent if e.well is not None)
    scores = {q.id: _weighted_share(answered.get(q.id, ()), as_of)[0] for q in basic if q.id is not None}
    readiness = sum(scores.values()) / len(scores) if scores else 0.0
    totals = [e.total for e in recent if e.total is not None]
    by_day: dict[dt.date, list[float]] = {}
    for e in recent:
        if e.total is not None:
            by_day.setdefault(e.day, []).append(e.total)
    trend = None
    if len(by_day) >= TREND_MIN_DAYS:
        days = sorted(by_day)
        per_day = slope([sum(by_day[d]) / len(by_day[d]) for d in days], [(d - days[0]).days for d in days])
        trend = None if per_day is None else per_day * 30
    certified_on, missing, cert_average = _certification(mine, basic_ids, pass_mark)
    versions: list[int] = []
    for e in recent:
        if e.script_version is not None and e.script_version not in versions:
            versions.append(e.script_version)
    audit_rows = [a for a in audits if a.member_id == member_id and _in_window(a.on, as_of)]
    return RepReadiness(
        member_id, readiness, sum(1 for s in scores.values() if s >= 0.5), len(scores),
        sum(totals) / len(totals) if totals else None, trend, certified_on is not None, certified_on,
        tuple(sorted(missing)), cert_average, len(recent), mine[-1].day if mine else None, tuple(versions),
        summarise(audit_rows), scores)


def team_readiness(member_ids: Iterable[int], entries: Sequence[Scored], bank: Sequence[Question],
                   as_of: dt.date, pass_mark: float, audits: Sequence[Audit] = ()) -> TeamReadiness:
    """Readiness of the given reps (the team's active sellers on ``as_of``) and the team's weak spots."""
    by_member: dict[int, list[Scored]] = {}
    for e in entries:
        by_member.setdefault(e.member_id, []).append(e)
    audits_of: dict[int, list[Audit]] = {}
    for a in audits:
        audits_of.setdefault(a.member_id, []).append(a)
    reps = tuple(rep_readiness(m, by_member.get(m, ()), bank, as_of, pass_mark, audits_of.get(m, ()))
                 for m in member_ids)
    drilled = [r for r in reps if r.entries]
    bands = {"low": 0, "middle": 0, "ready": 0}
    for r in reps:
        bands[r.band] += 1
    members = {r.member_id for r in reps}
    recent = [e for e in entries if e.member_id in members and _in_window(e.day, as_of)
              and e.question_id is not None and e.well is not None]
    weak: list[WeakQuestion] = []
    section_shares: dict[Section, list[float]] = {}
    answered = _by_question(recent)
    for q in bank:
        if q.id is None or q.retired:
            continue
        share, count = _weighted_share(answered.get(q.id, ()), as_of)
        if count >= WEAK_MIN_ANSWERS:
            weak.append(WeakQuestion(q.id, share, count))
        if count:
            section_shares.setdefault(q.section, []).append(share)
    weak.sort(key=lambda w: (w.share_well, -w.answers, w.question_id))
    sections = sorted(((s, sum(v) / len(v)) for s, v in section_shares.items()), key=lambda s: (s[1], s[0].value))
    return TeamReadiness(as_of, reps, sum(r.readiness for r in drilled) / len(drilled) if drilled else None,
                         bands, sum(1 for r in reps if r.certified), tuple(weak[:10]), tuple(sections), len(drilled))
