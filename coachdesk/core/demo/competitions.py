"""Contests for the demo teams (core/demo/teams.py), built on their activity (core/demo/activity.py).

Every team except the two-week-old forming one (too young for a finished contest; ``build_team_contests`` returns
None for it, as for a team without groups) gets:

* a **finished** contest of 14 days that ended 7–10 days before ``as_of`` (after the team formed, inside its
  activity), with its celebration ledger: rewards and light, friendly penalties promised on the first day and
  delivered after the end with a note — except one reward of the storming team, still outstanding, so the broken
  promise stands out. The promises name the group / rep that actually won: the final standings are computed here
  with ``core.competitions.standings`` from the same figures the store counts;
* a **running** contest that started 6–9 days before ``as_of`` (after the finished one ended; both start on a
  weekday where the calendar allows) and ends 5–15 days after it, its promises made on the first day (none
  delivered yet). A morning contest (晨会小组比赛) on every working day from its first day up to and including
  ``as_of``: a topic, one representative per group (a member of that group on that day), two or three judges
  scoring the ``MORNING_RUBRIC``; evening recaps (晚会分享) on every working day from its first day up to the day
  before ``as_of`` (today's evening is still ahead); support notes for the one or two reps with the fewest deals so
  far.

Per stage (the kinds the stage fits, ``core.competitions.contests.stage_fit``):

* storming — finished: a standard group contest on deals with 2 points per morning-contest win (morning rounds
  during it too); running: a group points contest (deals, connects, manual points, 3 morning points) with a few
  manual points for groups;
* norming — finished: a hybrid target contest with a tenure handicap, the rep target set from the reps' figures so
  about a third reach it; running: a hybrid target contest whose rep target was lowered by one amendment (with its
  reason), and one rep opted out of the public boards;
* performing — finished: a hybrid points contest (deals, revenue, connects) with size-factor pro-rating; running:
  the same scoring with one rep duel and one group duel.

Deal announcements (成交播报) cover the last three working days up to and including ``as_of``: about three in four of
each rep-day's deals in the activity (amount = the day's revenue per deal), and on ``as_of`` — which has no figures
yet — two to five live announcements between 09:00 and 18:00 (they show on today's board).

People are referenced by employee id, groups by name. Deterministic for ``seed`` + ``as_of`` (string seeds, like
activity.py). Plain data; store/demo/loader.py writes it.
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
import random
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace

from coachdesk.core.competitions.contests import MORNING_RUBRIC, MorningEntry, MorningRound, PromiseKind
from coachdesk.core.competitions.rules import (
    ContestKind,
    ContestRules,
    Handicap,
    Participants,
    RuleChange,
    ScoreMetric,
    SizeRule,
    Weight,
    rule_changes,
    tenure_factor,
)
from coachdesk.core.competitions.standings import (
    ContestInput,
    Entrant,
    GroupInfo,
    GroupPoints,
    RepDay,
    Standings,
    compute_standings,
    merge_day_deals,
)
from coachdesk.core.demo.activity import TRAINING_DAYS, DayRow, activity_window, is_day_off, package_prices
from coachdesk.core.demo.teams import DemoMember, DemoTeam
from coachdesk.core.roster.model import Role

FINISHED_DAYS = 14  # the finished contest's length
MIN_TEAM_AGE_DAYS = 30  # younger teams have had no contest yet
DEAL_DAYS = 3  # working days with deal announcements, up to and including as_of
ANNOUNCED_SHARE = 0.75  # share of the activity's deals that were announced live
CN_MONTHS = ("一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二")

MORNING_TOPICS = (
    "产品核心价值", "“价格太贵”怎么回应", "开场白三十秒", "如何约回访", "“我再考虑考虑”怎么接", "挖掘客户真实需求",
    "一句话讲清产品卖点", "“你们和别家有什么不同”", "电话里如何建立信任", "促成的三个信号", "“现在没时间”怎么办",
    "老客户转介绍话术", "如何处理“已经有了”", "报价前的铺垫", "异议处理的三步法", "用案例打动客户",
    "“先发资料看看”怎么回应", "通话结尾的下一步约定", "声音和语气的感染力", "如何问出决策人",
)
GUEST_JUDGES = ("评委A", "质检主管")
WIN_TEXTS = (
    "今天签了 {deals} 单，{amount} 元；有一单是第三次回访才成交，坚持回访真的有用",
    "签下 {deals} 单共 {amount} 元，客户一开始说太贵，讲清楚按天算的成本后当场下单",
    "今天 {deals} 单进账 {amount} 元，其中一单是上周意向客户主动回电",
    "开单 {deals} 单（{amount} 元），客户说被我们的专业打动，还答应帮忙介绍朋友",
)
IDEA_TEXTS = (
    "建议把意向客户按约定回访时间排进共享表，避免同组重复拨打",
    "午饭后一小时接通率低，可以用来整理意向客户和写跟进记录",
    "每天下班前组内互听一通录音，五分钟就够，提升很明显",
    "把客户最常问的十个问题和标准回答贴在工位上，新人上手快",
    "建议晨会比赛的题目提前一天公布，准备更充分",
    "意向客户加微信后先发一段短视频介绍，比发长文字回复率高",
)
METHOD_TEXTS = (
    "开场先确认对方身份再报公司名，挂断率明显下降",
    "客户说“考虑一下”时，追问“主要考虑的是价格还是效果？”，能问出真实顾虑",
    "报价前先复述客户的需求，客户更容易接受价格",
    "约回访时给两个具体时间让客户选，比问“什么时候方便”成功率高",
    "用“很多和您情况类似的客户……”引出案例，客户更愿意听下去",
    "遇到拒绝先认同再转折，不和客户争辩",
)
SUPPORT_CHANCES = (
    "下周让他主讲晨会，给一次展示机会",
    "安排和组里签单最多的同事结对，每天互听两通录音",
    "先定一个小目标：三天内开一单，达成后在晚会上分享",
    "把几个高意向的老客户交给他跟进，先找回信心",
    "每天下班前十分钟一对一复盘，重点练促成",
)
SUPPORT_NOTES = (
    "近几天签了 {deals} 单，通话量不算少，主要卡在促成环节",
    "这段时间签了 {deals} 单，情绪有些低落，需要多鼓励",
    "已签 {deals} 单，开场和需求挖掘都不错，报价后容易被客户拖住",
)
DEAL_NOTES = ("", "", "", "老客户转介绍", "回访成交", "意向客户当天下单", "加购升级", "晨会话术用上了")


# --- the data ----------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class DemoPromise:
    kind: PromiseKind
    to_whom: str  # a group name (to_kind "group"), an employee id ("rep") or free text ("text")
    to_kind: str
    for_what: str
    promised_on: dt.date
    delivered_on: dt.date | None = None
    delivery_note: str = ""


@dataclass(frozen=True)
class DemoMorningEntry:
    group: str
    representative: str  # employee id
    scores: tuple[tuple[str, tuple[int, ...]], ...]  # (judge, one score per rubric criterion)


@dataclass(frozen=True)
class DemoMorningRound:
    day: dt.date
    topic: str
    entries: tuple[DemoMorningEntry, ...]
    winner: str | None  # the winning group (``MorningRound.winner``)
    notes: str = ""


@dataclass(frozen=True)
class DemoPoints:
    day: dt.date
    points: float
    reason: str
    group: str | None = None  # a group name, or
    employee_id: str | None = None  # a rep


@dataclass(frozen=True)
class DemoDuel:
    a: str  # two employee ids or two group names
    b: str
    groups: bool
    starts_on: dt.date
    ends_on: dt.date


@dataclass(frozen=True)
class DemoSupport:
    employee_id: str
    supporter_employee_id: str | None
    chance: str
    note: str
    noted_on: dt.date


@dataclass(frozen=True)
class DemoAmendment:
    made_on: dt.date
    reason: str
    rules_before: ContestRules  # the contest's ``rules`` are the rules after it
    changes: tuple[RuleChange, ...]


@dataclass(frozen=True)
class DemoContest:
    name: str
    starts_on: dt.date
    ends_on: dt.date
    rules: ContestRules
    promises: tuple[DemoPromise, ...] = ()
    morning_rounds: tuple[DemoMorningRound, ...] = ()
    points: tuple[DemoPoints, ...] = ()
    duels: tuple[DemoDuel, ...] = ()
    support: tuple[DemoSupport, ...] = ()
    amendment: DemoAmendment | None = None


@dataclass(frozen=True)
class DemoDeal:
    employee_id: str
    day: dt.date
    at: dt.datetime  # local wall time, naive
    amount_cents: int
    note: str = ""


@dataclass(frozen=True)
class DemoRecap:
    day: dt.date
    kind: str  # win / idea / method
    text: str
    employee_id: str


@dataclass(frozen=True)
class DemoOptOut:
    employee_id: str
    since: dt.date


@dataclass(frozen=True)
class DemoContests:
    finished: DemoContest
    running: DemoContest
    deals: tuple[DemoDeal, ...] = ()
    recaps: tuple[DemoRecap, ...] = ()
    opt_outs: tuple[DemoOptOut, ...] = ()


# --- small helpers -----------------------------------------------------------------------------------------

def active_on(member: DemoMember, day: dt.date) -> bool:
    return member.hired_on <= day and (member.left_on is None or member.left_on > day)


def group_on(member: DemoMember, day: dt.date) -> str | None:
    """The group a member is in on ``day`` (half-open periods)."""
    for name, start, end in member.groups:
        if start <= day and (end is None or day < end):
            return name
    return None


def working_days(first: dt.date, last: dt.date) -> list[dt.date]:
    days = []
    day = first
    while day <= last:
        if not is_day_off(day):
            days.append(day)
        day += dt.timedelta(days=1)
    return days


def _weekday(day: dt.date) -> bool:
    return day.weekday() < 5 and not is_day_off(day)


def _month_name(day: dt.date) -> str:
    return f"{CN_MONTHS[day.month - 1]}月"


def _yuan(cents: int) -> str:
    return f"{cents // 100:,}"


class _Team:
    """One team's people and figures, indexed for the builders."""

    def __init__(self, team: DemoTeam, activity: Sequence[DayRow], as_of: dt.date) -> None:
        self.team = team
        self.activity = activity
        self.as_of = as_of
        self.sellers = [m for m in team.members if m.role.sells]
        self.by_id = {m.employee_id: m for m in team.members}
        self.rows: dict[tuple[str, dt.date], DayRow] = {(r[0], r[1]): r for r in activity}
        self.by_day: dict[dt.date, list[DayRow]] = defaultdict(list)
        for r in activity:
            self.by_day[r[1]].append(r)
        self.manager = next(m for m in team.members if m.role is Role.MANAGER)
        self.trainer = next((m for m in team.members if m.role is Role.TRAINER), self.manager)
        self.leaders = {g.name: g.leader_employee_id for g in team.groups}

    def members_of(self, group: str, day: dt.date) -> list[DemoMember]:
        return [m for m in self.sellers if active_on(m, day) and group_on(m, day) == group]

    def totals(self, first: dt.date, last: dt.date) -> dict[str, list[int]]:
        """Employee id → summed [calls, connected, talk, deals, revenue, intent] over the days."""
        found: dict[str, list[int]] = defaultdict(lambda: [0] * 6)
        day = first
        while day <= last:
            for r in self.by_day.get(day, ()):
                total = found[r[0]]
                for i, value in enumerate(r[2:]):
                    total[i] += value
            day += dt.timedelta(days=1)
        return found


# --- standings, as the store computes them -----------------------------------------------------------------

def contest_standings(team: DemoTeam, contest: DemoContest, activity: Sequence[DayRow], deals: Sequence[DemoDeal],
                      as_of: dt.date) -> Standings:
    """The contest's standings on ``as_of`` from the demo data, as store/competitions/contests.py gathers them
    (members and groups numbered in the team's order; labels are names, so ranks match the store's)."""
    member_ids = {m.employee_id: i + 1 for i, m in enumerate(team.members)}
    group_ids = {g.name: i + 1 for i, g in enumerate(team.groups)}
    through = min(as_of, contest.ends_on)
    reference = max(contest.starts_on, through)
    members = [m for m in team.members if m.role.sells and m.hired_on <= contest.ends_on
               and (m.left_on is None or m.left_on > contest.starts_on)]

    def group_id(m: DemoMember, day: dt.date) -> int | None:
        name = group_on(m, day)
        return group_ids[name] if name is not None else None

    entrants = []
    sizes: dict[int, int] = defaultdict(int)
    for m in members:
        group = group_id(m, reference)
        if group is None and m.groups:
            group = group_ids[max(m.groups, key=lambda p: p[1])[0]]
        entrants.append(Entrant(member_ids[m.employee_id], m.name, m.hired_on, group))
        if group is not None and active_on(m, reference):
            sizes[group] += 1
    groups = [GroupInfo(group_ids[g.name], g.name, sizes.get(group_ids[g.name], 0)) for g in team.groups]
    by_member = {m.employee_id: m for m in members}
    announced: dict[tuple[str, dt.date], list[int]] = defaultdict(list)
    for d in deals:
        if contest.starts_on <= d.day <= through:
            announced[(d.employee_id, d.day)].append(d.amount_cents)
    manual: dict[tuple[str, dt.date], float] = defaultdict(float)
    group_points = []
    for p in contest.points:
        if not contest.starts_on <= p.day <= through:
            continue
        if p.employee_id is not None:
            manual[(p.employee_id, p.day)] += p.points
        elif p.group is not None:
            group_points.append(GroupPoints(group_ids[p.group], p.day, p.points))
    days = []
    seen: set[tuple[str, dt.date]] = set()
    for eid, day, calls, connected, _talk, deal_count, revenue, _intent in activity:
        rep = by_member.get(eid)
        if rep is None or not contest.starts_on <= day <= through:
            continue
        seen.add((eid, day))
        count, cents = merge_day_deals((deal_count, revenue), announced.get((eid, day), []))
        days.append(RepDay(member_ids[eid], day, group_id(rep, day), calls, connected, count, cents,
                           manual.get((eid, day), 0.0)))
    for eid, day in sorted(set(announced) | set(manual)):
        rep = by_member.get(eid)
        if rep is None or (eid, day) in seen:
            continue
        count, cents = merge_day_deals(None, announced.get((eid, day), []))
        days.append(RepDay(member_ids[eid], day, group_id(rep, day), 0, 0, count, cents, manual.get((eid, day), 0.0)))
    wins = {r.day: group_ids[r.winner] for r in contest.morning_rounds
            if r.winner is not None and contest.starts_on <= r.day <= through}
    days.sort(key=lambda d: (d.day, d.member))
    data = ContestInput(contest.starts_on, contest.ends_on, contest.rules, entrants, groups, days, group_points,
                        wins)
    return compute_standings(data, as_of)


# --- the builders ------------------------------------------------------------------------------------------

def _morning_rounds(t: _Team, rng: random.Random, first: dt.date, last: dt.date) -> tuple[DemoMorningRound, ...]:
    """One round per working day: every group with a member that day sends one (taking turns)."""
    topics = list(MORNING_TOPICS)
    rng.shuffle(topics)
    flair = {m.employee_id: rng.uniform(2.6, 4.4) for m in t.sellers}  # how well each rep pitches
    turns: dict[str, int] = defaultdict(int)
    rounds = []
    for index, day in enumerate(working_days(first, last)):
        judges = [t.manager.name, t.trainer.name]
        if rng.random() < 0.4:
            judges.append(rng.choice(GUEST_JUDGES))
        entries: list[DemoMorningEntry] = []
        for g in t.team.groups:
            members = sorted(t.members_of(g.name, day), key=lambda m: m.employee_id)
            if not members:
                continue
            rep = members[turns[g.name] % len(members)]
            turns[g.name] += 1
            scores = tuple(
                (judge, tuple(min(5, max(1, round(rng.gauss(flair[rep.employee_id], 0.7))))
                              for _ in MORNING_RUBRIC))
                for judge in judges)
            entries.append(DemoMorningEntry(g.name, rep.employee_id, scores))
        if len(entries) < 2:
            continue
        ids = {e.group: i + 1 for i, e in enumerate(entries)}
        checked = MorningRound(day, topics[index % len(topics)], [
            MorningEntry(ids[e.group], e.group, i + 1, dict(e.scores)) for i, e in enumerate(entries)]).checked()
        winner = checked.winner
        rounds.append(DemoMorningRound(day, checked.topic, tuple(entries), winner.group_label if winner else None))
    return tuple(rounds)


def _deals(t: _Team, rng: random.Random) -> tuple[DemoDeal, ...]:
    """Announcements on the last working days up to as_of: a share of the activity's deals, and live ones today."""
    days: list[dt.date] = []
    day = t.as_of
    while len(days) < DEAL_DAYS and (t.as_of - day).days < 30:
        if not is_day_off(day):
            days.append(day)
        day -= dt.timedelta(days=1)
    prices = [p * 100 for p in package_prices(t.team.product)]
    found: list[DemoDeal] = []

    def at(on: dt.date) -> dt.datetime:
        end = 13 * 60 if on.weekday() == 5 else 18 * 60  # Saturdays are a morning shift
        minute = rng.randrange(9 * 60, end)
        return dt.datetime.combine(on, dt.time(minute // 60, minute % 60))

    for on in sorted(days):
        rows = [r for r in t.by_day.get(on, ()) if r[5] > 0]
        if rows:
            for eid, _day, _calls, _conn, _talk, deals, revenue, _intent in rows:
                for _ in range(deals):
                    if rng.random() < ANNOUNCED_SHARE:
                        found.append(DemoDeal(eid, on, at(on), round(revenue / deals), rng.choice(DEAL_NOTES)))
        elif on == t.as_of and on not in t.by_day:  # no figures yet (today): live announcements only
            recent = t.totals(on - dt.timedelta(days=14), on - dt.timedelta(days=1))
            sellers = [m for m in t.sellers if active_on(m, on)
                       and (on - m.hired_on).days >= TRAINING_DAYS and recent[m.employee_id][3] > 0]
            if not sellers:
                continue
            weights = [recent[m.employee_id][3] for m in sellers]
            for _ in range(rng.randint(2, 5)):
                rep = rng.choices(sellers, weights)[0]
                found.append(DemoDeal(rep.employee_id, on, at(on), rng.choice(prices), rng.choice(DEAL_NOTES)))
    return tuple(sorted(found, key=lambda d: (d.at, d.employee_id)))


def _recaps(t: _Team, rng: random.Random, first: dt.date, last: dt.date) -> tuple[DemoRecap, ...]:
    found = []
    for day in working_days(first, last):
        present = [m for m in t.sellers if (m.employee_id, day) in t.rows]
        if not present:
            continue
        winners = [m for m in present if t.rows[(m.employee_id, day)][5] > 0]
        used: set[str] = set()
        for _ in range(rng.randint(1, 3)):
            kind = rng.choice(("win", "win", "idea", "method")) if winners else rng.choice(("idea", "method"))
            pool = winners if kind == "win" else present
            pool = [m for m in pool if m.employee_id not in used] or pool
            who = rng.choice(pool)
            used.add(who.employee_id)
            if kind == "win":
                row = t.rows[(who.employee_id, day)]
                text = rng.choice(WIN_TEXTS).format(deals=row[5], amount=_yuan(row[6]))
            else:
                text = rng.choice(IDEA_TEXTS if kind == "idea" else METHOD_TEXTS)
            found.append(DemoRecap(day, kind, text, who.employee_id))
    return tuple(found)


def _support(t: _Team, rng: random.Random, contest_start: dt.date, count: int) -> tuple[DemoSupport, ...]:
    """Notes for the reps with the fewest deals since the contest started (present all along)."""
    last = t.as_of - dt.timedelta(days=1)
    totals = t.totals(contest_start, last)
    noted_on = max(contest_start, t.as_of - dt.timedelta(days=rng.randint(1, 3)))
    candidates = [m for m in t.sellers if active_on(m, t.as_of) and m.hired_on <= contest_start - dt.timedelta(
        days=TRAINING_DAYS + 7) and totals[m.employee_id][0] > 0 and group_on(m, noted_on) is not None]
    lagging = sorted(candidates, key=lambda m: (totals[m.employee_id][3], totals[m.employee_id][2], m.employee_id))
    found = []
    for m in lagging[:count]:
        group = group_on(m, noted_on)
        leader = t.by_id.get(t.leaders.get(group or "") or "")
        supporter = t.trainer  # the trainer, unless the group has a leader other than the rep
        if (leader is not None and leader is not m and active_on(leader, noted_on)
                and group_on(leader, noted_on) == group):
            supporter = leader
        note = rng.choice(SUPPORT_NOTES).format(deals=totals[m.employee_id][3])
        found.append(DemoSupport(m.employee_id, supporter.employee_id, rng.choice(SUPPORT_CHANCES), note, noted_on))
    return tuple(found)


def _delivery_day(rng: random.Random, ends_on: dt.date, as_of: dt.date) -> dt.date:
    options = [d for d in working_days(ends_on + dt.timedelta(days=1), min(as_of - dt.timedelta(days=1),
                                                                           ends_on + dt.timedelta(days=6)))]
    return rng.choice(options) if options else ends_on + dt.timedelta(days=1)


def _round_to(value: float, step: float) -> float:
    return max(step, math.floor(value / step) * step)


def _rep_points(t: _Team, rules: ContestRules, first: dt.date, last: dt.date) -> dict[str, float]:
    points: dict[str, float] = {}
    for eid, (calls, connected, _talk, deals, revenue, _intent) in t.totals(first, last).items():
        points[eid] = (calls * rules.points_for(ScoreMetric.CALLS) + connected * rules.points_for(ScoreMetric.CONNECTS)
                       + deals * rules.points_for(ScoreMetric.DEALS)
                       + revenue / 100 * rules.points_for(ScoreMetric.REVENUE))
    return points


def _quantile(values: Sequence[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else 0.0


# --- per stage ---------------------------------------------------------------------------------------------

_Finish = Callable[[_Team, random.Random, dt.date, dt.date], DemoContest]
_Run = Callable[[_Team, random.Random, dt.date, dt.date], DemoContest]


def _storming_finished(t: _Team, rng: random.Random, starts: dt.date, ends: dt.date) -> DemoContest:
    rules = ContestRules(ContestKind.STANDARD, Participants.GROUPS, (Weight(ScoreMetric.DEALS, 1.0),),
                         morning_points=2.0)
    contest = DemoContest(f"{_month_name(starts)}小组签单赛", starts, ends, rules,
                          morning_rounds=_morning_rounds(t, rng, starts, ends))
    final = contest_standings(t.team, contest, t.activity, (), ends)
    champion, last = final.groups[0].label, final.groups[-1].label
    first_day, second_day = sorted((_delivery_day(rng, ends, t.as_of), _delivery_day(rng, ends, t.as_of)))
    promises = (
        DemoPromise(PromiseKind.REWARD, champion, "group", "冠军组聚餐一次（经理请客）", starts, first_day,
                    f"{champion}夺冠，全组周五晚上吃了火锅，经理买单"),
        DemoPromise(PromiseKind.REWARD, champion, "group", "冠军组每人奖励半天调休", starts),  # still outstanding
        DemoPromise(PromiseKind.PENALTY, last, "group", "最后一名小组给大家表演节目", starts, second_day,
                    f"{last}在晚会上合唱了《朋友》，全场大合唱"),
    )
    return replace(contest, promises=promises)


def _storming_running(t: _Team, rng: random.Random, starts: dt.date, ends: dt.date) -> DemoContest:
    rules = ContestRules(ContestKind.POINTS, Participants.GROUPS,
                         (Weight(ScoreMetric.DEALS, 10.0), Weight(ScoreMetric.CONNECTS, 0.5),
                          Weight(ScoreMetric.POINTS, 1.0)), morning_points=3.0)
    days = working_days(starts, t.as_of - dt.timedelta(days=1))
    reasons = (("全组准时到岗，本周晨会零迟到", 5.0), ("组内互听录音十通并写了复盘", 3.0),
               ("主动带新人练话术", 3.0), ("意向客户跟进表填得最完整", 2.0))
    points = []
    for (reason, value), day in zip(rng.sample(reasons, 3), sorted(rng.sample(days, min(3, len(days)))),
                                    strict=False):
        groups = [g.name for g in t.team.groups if t.members_of(g.name, day)]
        if groups:
            points.append(DemoPoints(day, value, reason, group=rng.choice(groups)))
    promises = (
        DemoPromise(PromiseKind.REWARD, "冠军组", "text", "冠军组拿走流动红旗，外加团队奖金 1000 元", starts),
        DemoPromise(PromiseKind.REWARD, "全员开单的小组", "text", "每位组员都开单的小组，经理请喝奶茶", starts),
        DemoPromise(PromiseKind.PENALTY, "末位组", "text", "末位组负责下周晨会的暖场游戏", starts),
    )
    return DemoContest("团结奋进积分赛", starts, ends, rules, promises, _morning_rounds(t, rng, starts, t.as_of),
                       tuple(points), support=_support(t, rng, starts, 2))


def _norming_finished(t: _Team, rng: random.Random, starts: dt.date, ends: dt.date) -> DemoContest:
    rules = ContestRules(ContestKind.TARGET, Participants.HYBRID,
                         (Weight(ScoreMetric.DEALS, 10.0), Weight(ScoreMetric.CALLS, 0.1)), handicap=Handicap.TENURE,
                         rep_target=1.0)
    # The target: about a third of the reps reach it (points over their tenure factor, present all along).
    points = _rep_points(t, rules, starts, ends)
    scaled = [points.get(m.employee_id, 0.0) / tenure_factor(m.hired_on, starts) for m in t.sellers
              if m.hired_on <= starts and (m.left_on is None or m.left_on > ends)]
    rules = replace(rules, rep_target=_round_to(_quantile(scaled, 0.65), 10.0))
    contest = DemoContest("续费百单挑战", starts, ends, rules)
    final = contest_standings(t.team, contest, t.activity, (), ends)
    reached = sum(1 for s in final.reps if s.progress is not None and s.progress >= 100.0)
    champion, last = final.groups[0].label, final.groups[-1].label
    days = sorted(_delivery_day(rng, ends, t.as_of) for _ in range(3))
    promises = (
        DemoPromise(PromiseKind.REWARD, "全体达标同事", "text", "达标的同事每人两张电影票", starts, days[0],
                    f"{reached} 位同事达标，电影票已在周会上发放"),
        DemoPromise(PromiseKind.REWARD, champion, "group", "达成率最高的小组：下午茶一次", starts, days[1],
                    f"{champion}达成率第一，下午茶已安排"),
        DemoPromise(PromiseKind.PENALTY, last, "group", "达成率最低的小组给大家带一次早餐", starts, days[2],
                    f"{last}带来了包子和豆浆，大家吃得很开心"),
    )
    return replace(contest, promises=promises)


def _norming_running(t: _Team, rng: random.Random, starts: dt.date, ends: dt.date) -> DemoContest:
    rules = ContestRules(ContestKind.TARGET, Participants.HYBRID,
                         (Weight(ScoreMetric.DEALS, 10.0), Weight(ScoreMetric.CONNECTS, 0.2)), rep_target=1.0)
    # The target from the four weeks before: the median rep's points per working day × the contest's working days.
    before = starts - dt.timedelta(days=28)
    points = _rep_points(t, rules, before, starts - dt.timedelta(days=1))
    worked: dict[str, int] = defaultdict(int)
    for eid, day in t.rows:
        if before <= day < starts:
            worked[eid] += 1
    per_day = [points[eid] / worked[eid] for eid in points if worked[eid] >= 10]
    median = _quantile(per_day, 0.5) or 10.0
    target = _round_to(median * len(working_days(starts, ends)), 10.0)
    first_target = _round_to(target * 1.15, 10.0) + 10.0
    before_rules = replace(rules, rep_target=first_target)
    rules = replace(rules, rep_target=target)
    outage = [d for d in working_days(starts + dt.timedelta(days=1), t.as_of - dt.timedelta(days=1))]
    made_on = outage[min(2, len(outage) - 1)] if outage else t.as_of  # (a holiday week: amended today)
    amendment = DemoAmendment(
        made_on, f"{made_on.month}月{made_on.day}日系统升级停线半天，经团队讨论，个人目标从 {first_target:g} 分下调到 "
                 f"{target:g} 分", before_rules, tuple(rule_changes(before_rules, rules)))
    promises = (
        DemoPromise(PromiseKind.REWARD, "全体达标同事", "text", "人人达标，全队周末团建一次", starts),
        DemoPromise(PromiseKind.REWARD, "冠军组", "text", "达成率最高的小组：每人一份定制水杯", starts),
        DemoPromise(PromiseKind.PENALTY, "末位组", "text", "达成率最低的小组负责布置下次庆功会", starts),
    )
    return DemoContest("人人达标挑战赛", starts, ends, rules, promises, _morning_rounds(t, rng, starts, t.as_of),
                       support=_support(t, rng, starts, 1), amendment=amendment)


_PERFORMING_SCORING = (Weight(ScoreMetric.DEALS, 10.0), Weight(ScoreMetric.REVENUE, 0.001),
                       Weight(ScoreMetric.CONNECTS, 0.2))


def _performing_finished(t: _Team, rng: random.Random, starts: dt.date, ends: dt.date) -> DemoContest:
    rules = ContestRules(ContestKind.POINTS, Participants.HYBRID, _PERFORMING_SCORING, size_rule=SizeRule.SIZE_FACTOR)
    contest = DemoContest(f"{_month_name(starts)}业绩积分赛", starts, ends, rules)
    final = contest_standings(t.team, contest, t.activity, (), ends)
    champion, last = final.groups[0].label, final.groups[-1].label
    top = final.reps[0]
    top_id = t.team.members[top.id - 1].employee_id
    days = sorted(_delivery_day(rng, ends, t.as_of) for _ in range(3))
    promises = (
        DemoPromise(PromiseKind.REWARD, champion, "group", "冠军组团队建设经费 2000 元", starts, days[0],
                    f"{champion}用经费去了郊外烧烤"),
        DemoPromise(PromiseKind.REWARD, top_id, "rep", "个人积分王：1000 元购物卡", starts, days[1],
                    f"{top.label}获得积分王，购物卡已在月度大会上颁发"),
        DemoPromise(PromiseKind.PENALTY, last, "group", "末位组下周负责晨会暖场游戏", starts, days[2],
                    f"{last}带大家玩了“你画我猜”，气氛很好"),
    )
    return replace(contest, promises=promises)


def _performing_running(t: _Team, rng: random.Random, starts: dt.date, ends: dt.date) -> DemoContest:
    rules = ContestRules(ContestKind.POINTS, Participants.HYBRID, _PERFORMING_SCORING, size_rule=SizeRule.SIZE_FACTOR)
    # The rep duel: the two best sellers of the four weeks before (still on the team after the contest starts);
    # the group duel: the two groups closest in size.
    past = _rep_points(t, rules, starts - dt.timedelta(days=28), starts - dt.timedelta(days=1))
    staying = [m for m in t.sellers if active_on(m, starts) and active_on(m, t.as_of)]
    a, b = sorted(staying, key=lambda m: (-past.get(m.employee_id, 0.0), m.employee_id))[:2]
    sizes = sorted((len(t.members_of(g.name, starts)), g.name) for g in t.team.groups)
    pair = min(itertools.pairwise(sizes), key=lambda p: (p[1][0] - p[0][0], p[0][1]))
    duel_end = min(ends, starts + dt.timedelta(days=6))
    duels = (DemoDuel(a.employee_id, b.employee_id, False, starts, duel_end),
             DemoDuel(pair[0][1], pair[1][1], True, starts, ends))
    promises = (
        DemoPromise(PromiseKind.REWARD, "冠军组", "text", "冠军组每人多一天年假", starts),
        DemoPromise(PromiseKind.REWARD, "个人积分王", "text", "个人积分王：经理亲手做的奖杯和 1500 元奖金", starts),
        DemoPromise(PromiseKind.PENALTY, "对决负方", "text", "对决输的一方请赢的一方喝一周咖啡", starts),
    )
    return DemoContest("巅峰对决积分赛", starts, ends, rules, promises, _morning_rounds(t, rng, starts, t.as_of),
                       duels=duels, support=_support(t, rng, starts, 1))


PLANS: Mapping[str, tuple[_Finish, _Run]] = {
    "storming": (_storming_finished, _storming_running),
    "norming": (_norming_finished, _norming_running),
    "performing": (_performing_finished, _performing_running),
}


def _opt_out(t: _Team, rng: random.Random, since_by: dt.date) -> DemoOptOut | None:
    leaders = set(t.leaders.values())
    pool = [m for m in t.sellers if active_on(m, t.as_of) and m.employee_id not in leaders and m.hired_on < since_by]
    if not pool:
        return None
    member = rng.choice(sorted(pool, key=lambda m: m.employee_id))
    since = max(member.hired_on, since_by - dt.timedelta(days=rng.randint(0, 20)))
    return DemoOptOut(member.employee_id, since)


def build_team_contests(team: DemoTeam, seed: int, as_of: dt.date, activity: list[DayRow]) -> DemoContests | None:
    """The team's finished and running contest with their routine; None for a team too young for contests (the
    forming team) or without groups."""
    plan = PLANS.get(team.stage)
    window = activity_window(team, as_of)
    if plan is None or not team.groups or window is None or (as_of - team.formed_on).days < MIN_TEAM_AGE_DAYS:
        return None
    rng = random.Random(f"coachdesk-demo-contests:{seed}:{as_of.isoformat()}:{team.name}")
    t = _Team(team, activity, as_of)
    # The running contest starts 6–9 days ago, the finished one ended 7–10 days ago, before it; both start on a
    # weekday that is not a holiday where the calendar allows.
    starts_back = rng.choice([s for s in range(6, 10) if _weekday(as_of - dt.timedelta(days=s))] or [6])
    ends_back = rng.choice([e for e in range(starts_back + 1, 11)
                            if _weekday(as_of - dt.timedelta(days=e + FINISHED_DAYS - 1))]
                           or list(range(starts_back + 1, 11)))
    finished_ends = as_of - dt.timedelta(days=ends_back)
    finished_starts = finished_ends - dt.timedelta(days=FINISHED_DAYS - 1)
    running_starts = as_of - dt.timedelta(days=starts_back)
    running_ends = as_of + dt.timedelta(days=rng.randint(5, 15))
    finish, run = plan
    finished = finish(t, rng, finished_starts, finished_ends)
    running = run(t, rng, running_starts, running_ends)
    opt_outs: tuple[DemoOptOut, ...] = ()
    if team.stage == "norming":
        found = _opt_out(t, rng, running_starts)
        opt_outs = (found,) if found is not None else ()
    return DemoContests(finished, running, _deals(t, rng), _recaps(t, rng, running_starts,
                                                                   as_of - dt.timedelta(days=1)), opt_outs)
