"""A realistic, deterministic demo dataset: four telesales teams, one shaped like each stage.

Same seed and same ``as_of`` date give the same data. Team ages are relative to ``as_of`` so the demo
always shows a two-week-old team of new hires, a three-month-old team with turnover, a stable team and a
mature team. Later issues extend this module (activity, drills, contests).
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from coachdesk.core.roster.model import Role

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁任沈"
GIVEN = (
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红建文辉力鹏飞宇浩然晨阳欣怡佳琪思雨梓涵子轩"
    "雪梅海燕志强俊峰晓东丹丹婷婷国庆春兰秋菊冬梅嘉怡诗涵一鸣"
)
GROUP_POOL: tuple[tuple[str, str], ...] = (
    ("猛虎队", "猛虎下山，业绩翻番"),
    ("雄鹰队", "雄鹰展翅，志在必得"),
    ("飞狼队", "狼性十足，签单不停"),
    ("火箭队", "每天多打十通电话"),
    ("闪电队", "快人一步，赢在开口"),
    ("蛟龙队", "乘风破浪，勇争第一"),
    ("骏马队", "马不停蹄，日日开单"),
    ("凤凰队", "浴火重生，再创佳绩"),
    ("先锋队", "敢为人先，冲刺目标"),
    ("超越队", "超越自我，突破极限"),
)
LEAVE_REASONS = ("试用期未通过", "压力太大，主动离职", "转行做运营", "家庭原因回老家", "薪资待遇不满意", "身体原因")


@dataclass
class DemoMember:
    employee_id: str
    name: str
    phone: str
    role: Role
    hired_on: dt.date
    left_on: dt.date | None = None
    leave_reason: str = ""
    # (group name, from, to) periods; to is None for the current group. Half-open [from, to).
    groups: list[tuple[str, dt.date, dt.date | None]] = field(default_factory=list)


@dataclass
class DemoGroup:
    name: str
    slogan: str
    goal: str
    leader_employee_id: str | None


@dataclass
class DemoTeam:
    name: str
    product: str
    formed_on: dt.date
    notes: str
    stage: str  # the stage this team was built to show: forming / storming / norming / performing
    members: list[DemoMember] = field(default_factory=list)
    groups: list[DemoGroup] = field(default_factory=list)


@dataclass(frozen=True)
class _Profile:
    name: str
    product: str
    prefix: str
    stage: str
    age_days: int
    founders: int  # reps hired when the team formed
    leavers: int  # reps who left since
    recent_hires: int  # replacements hired in the last weeks
    groups: int
    notes: str


PROFILES: tuple[_Profile, ...] = (
    _Profile("星火新人营", "家庭宽带融合套餐", "XH", "forming", 14, 12, 0, 0, 3,
             "两周前组建的新人团队，全部为应届和转行新人，正在学习产品与话术。"),
    _Profile("城南电销二部", "少儿英语在线课程", "CN", "storming", 92, 18, 5, 3, 4,
             "组建三个月，近期有人离职，电话量下滑，需要稳定军心。"),
    _Profile("华东续费中心", "企业财税软件续费", "HD", "norming", 430, 22, 4, 4, 5,
             "运行一年多，业绩稳定，团队氛围开放，目标由团队共同商定。"),
    _Profile("金牌大客户部", "团体商业保险", "JP", "performing", 1100, 30, 6, 6, 6,
             "成熟团队，骨干稳定，以共同愿景和承诺管理，持续培养顶尖销售。"),
)


class _NameBook:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()

    def new(self) -> str:
        while True:
            given = "".join(self.rng.choice(GIVEN) for _ in range(self.rng.choice((1, 2, 2))))
            name = self.rng.choice(SURNAMES) + given
            if name not in self.used:
                self.used.add(name)
                return name


def _phone(rng: random.Random) -> str:
    return f"1{rng.choice('3578')}{rng.randrange(10**8, 10**9)}"


def _build_team(profile: _Profile, as_of: dt.date, rng: random.Random) -> DemoTeam:
    formed = as_of - dt.timedelta(days=profile.age_days)
    team = DemoTeam(profile.name, profile.product, formed, profile.notes, profile.stage)
    names = _NameBook(rng)
    serial = iter(range(1, 1000))

    def hire(role: Role, hired_on: dt.date) -> DemoMember:
        member = DemoMember(f"{profile.prefix}{next(serial):03d}", names.new(), _phone(rng), role, hired_on)
        team.members.append(member)
        return member

    hire(Role.MANAGER, formed - dt.timedelta(days=rng.randrange(30, 400)))
    hire(Role.TRAINER, formed - dt.timedelta(days=rng.randrange(10, 200)))
    reps = [hire(Role.REP, formed + dt.timedelta(days=rng.choice((0, 0, 0, 1, 2)))) for _ in range(profile.founders)]

    # Departures happen after the first month (early attrition) and are spread over the team's life.
    window_start = min(30, profile.age_days // 3)
    for member in rng.sample(reps, profile.leavers):
        day = formed + dt.timedelta(days=rng.randrange(window_start, max(window_start + 1, profile.age_days - 3)))
        member.left_on = max(day, member.hired_on)
        member.leave_reason = rng.choice(LEAVE_REASONS)
    for _ in range(profile.recent_hires):
        reps.append(hire(Role.REP, as_of - dt.timedelta(days=rng.randrange(5, 40))))

    _split_into_groups(team, reps, profile.groups, formed, as_of, rng)
    return team


def _split_into_groups(
    team: DemoTeam, reps: list[DemoMember], count: int, formed: dt.date, as_of: dt.date, rng: random.Random
) -> None:
    pool = list(GROUP_POOL)
    rng.shuffle(pool)
    chosen = pool[:count]
    names = [name for name, _ in chosen]
    # Founders are dealt round-robin on their first day. Teams older than two months were regrouped
    # halfway (the storming team's split into competing groups): everyone still there is shuffled and dealt
    # again, so the history shows real moves. Later hires join the smallest group.
    regroup_day = formed + dt.timedelta(days=(as_of - formed).days // 2) if (as_of - formed).days > 60 else None
    founders = [m for m in reps if m.hired_on <= formed + dt.timedelta(days=7)]
    for index, member in enumerate(founders):
        member.groups.append((names[index % count], member.hired_on, member.left_on))
    if regroup_day is not None:
        staying = [m for m in founders if m.left_on is None or m.left_on > regroup_day]
        rng.shuffle(staying)
        for index, member in enumerate(staying):
            old, start, _ = member.groups[-1]
            new = names[index % count]
            if new != old:
                member.groups[-1] = (old, start, regroup_day)
                member.groups.append((new, regroup_day, member.left_on))

    def size(name: str) -> int:
        return sum(1 for m in reps if m.left_on is None and m.groups and m.groups[-1][0] == name)

    for member in sorted((m for m in reps if m not in founders), key=lambda m: m.hired_on):
        member.groups.append((min(names, key=size), member.hired_on, member.left_on))

    for name, slogan in chosen:
        current = [m for m in reps if m.left_on is None and m.groups[-1][0] == name]
        leader = rng.choice(current) if current else None
        if leader is not None:
            leader.role = Role.GROUP_LEADER
        goal = f"本月签单 {len(current) * rng.choice((6, 8, 10))} 单，人人开单"
        team.groups.append(DemoGroup(name, slogan, goal, leader.employee_id if leader else None))


def build_demo(seed: int, as_of: dt.date) -> list[DemoTeam]:
    """Return the demo teams, deterministic for a given seed and date (the caller decides what "today" is)."""
    rng = random.Random(seed)
    return [_build_team(profile, as_of, rng) for profile in PROFILES]
