"""Render rich synthetic sample reports (no database) to look at the PDF renderer's typesetting.

    python docs/sample_report.py OUT_DIR

writes plan-zh.pdf, plan-en.pdf (A4, every block kind), plan-en-letter-landscape.pdf, poster-zh.pdf (A3
landscape, 8 groups) and poster-en.pdf (A4 landscape, 3 groups)."""

from __future__ import annotations

import sys
from pathlib import Path

from coachdesk.reports.document import (
    Bullets,
    Chart,
    Column,
    Cover,
    Document,
    Figure,
    Heading,
    KeyFigures,
    Orientation,
    Paper,
    Paragraph,
    Poster,
    PosterGroup,
    Section,
    Segment,
    Series,
    StageBar,
    Table,
    Tone,
)
from coachdesk.reports.pdf import render_document

WEEKS = tuple(f"W{n}" for n in range(36, 50))
REPS_ZH = ("王芳", "李娜", "张伟", "刘洋", "陈静", "杨磊", "赵敏", "黄强", "周杰", "吴倩", "徐涛", "孙丽")
REPS_EN = ("Ava Chen", "Ben Ortiz", "Chloe Park", "Dan Wu", "Eve Li", "Finn Rossi", "Gia Patel", "Hal Kim",
           "Ivy Zhou", "Jon Meyer", "Kai Sato", "Lena Vogt")


def _text(zh: bool, a: str, b: str) -> str:
    return a if zh else b


def sample_document(language: str, paper: Paper = Paper.A4,
                    orientation: Orientation = Orientation.PORTRAIT) -> Document:
    zh = language == "zh"
    t = lambda a, b: _text(zh, a, b)  # noqa: E731 - a short local wording helper
    reps = REPS_ZH if zh else REPS_EN
    calls = Series(t("外呼", "Calls"), tuple(float(80 + (i * 37) % 60) for i in range(len(WEEKS))))
    connects = Series(t("接通", "Connects"), tuple(None if i == 5 else float(30 + (i * 23) % 25)
                                                   for i in range(len(WEEKS))))
    deals = Series(t("成交", "Deals"), tuple(float(3 + (i * 7) % 9) for i in range(len(WEEKS))))
    rate = Series(t("接通率", "Connect rate"), tuple(None if i in (4, 5) else 0.3 + ((i * 13) % 20) / 100
                                                  for i in range(len(WEEKS))))
    diagnosis = Section(t("诊断", "Diagnosis"), key="diagnosis", blocks=(
        Heading(t("团队诊断：震荡期", "Diagnosis: storming"), level=1),
        Paragraph(t("团队目前处于震荡期：成员对目标和分工仍有分歧，组长之间的竞争开始影响协作。本期的主要矛盾是"
                    "个人业绩导向与团队协作之间的冲突，需要先统一规则，再谈冲刺。",
                    "The team is storming: members still disagree on goals and roles, and the rivalry between the "
                    "group leaders is starting to hurt cooperation. The principal contradiction is individual targets "
                    "against teamwork: settle the rules first, then push for numbers."), Tone.LEAD),
        KeyFigures((
            Figure(t("外呼 / 周", "Calls / week"), "1,284", t("较上周 +12%", "+12 % on last week"), Tone.GOOD),
            Figure(t("接通率", "Connect rate"), "38%", t("目标 45%", "target 45 %"), Tone.WARNING),
            Figure(t("成交", "Deals"), "47", t("较上周 −3", "−3 on last week")),
            Figure(t("需要支持", "Need support"), "3", t("名销售", "reps"), Tone.WARNING),
            Figure(t("团队年龄", "Team age"), t("11 周", "11 weeks")),
        )),
        StageBar(t("阶段构成", "Stage mix"), (
            Segment(t("组建期", "Forming"), 0.15, "forming"), Segment(t("震荡期", "Storming"), 0.45, "storming"),
            Segment(t("规范期", "Norming"), 0.3, "norming"), Segment(t("执行期", "Performing"), 0.1, "performing"),
        )),
        Heading(t("证据", "Evidence"), level=2),
        Table(
            columns=(Column(t("信号", "Signal"), width=2.2), Column(t("数值", "Value"), "right", 0.8),
                     Column(t("阈值", "Threshold"), "right", 0.8), Column(t("指向", "Points to"), "center", 1.0)),
            rows=tuple((t(f"信号 {i}：组长之间的冲突次数", f"Signal {i}: conflicts between group leaders"),
                        f"{i * 3}", f"{i * 2}", t("震荡期", "storming")) for i in range(1, 7)),
            tones=(Tone.NORMAL, Tone.WARNING, Tone.NORMAL, Tone.NORMAL, Tone.GOOD, Tone.STRONG),
            caption=t("诊断依据", "What the diagnosis rests on"), note=t("来源：近四周的活动数据与问卷。",
                                                                   "Source: the last four weeks' activity and survey."),
        ),
        Heading(t("接通率走势", "Connect rate"), level=2),
        Chart(t("每周接通率", "Connect rate per week"), WEEKS, (rate,), kind="line", percent=True,
              y_label=t("接通率", "connect rate")),
    ))
    plan = Section(t("辅导计划", "Coaching plan"), key="plan", blocks=(
        Heading(t("本周辅导计划", "This week's coaching plan"), level=1),
        Bullets((t("每天早会十分钟，复盘前一天的通话录音。",
                   "Ten-minute morning huddle: replay yesterday's best call."),
                 t("组长一对一：每周一次，聚焦异议处理。", "Leader one-to-ones, weekly, on objection handling."),
                 t("把冲突摆到桌面上：周五团队会议，明确规则。", "Put the conflict on the table: Friday team meeting, "
                   "agree the rules in writing and pin them up where everyone sees them every morning."))),
        Table(
            columns=(Column("", "center", 0.35, checkbox=True), Column(t("行动", "Action"), width=3.0),
                     Column(t("负责人", "Owner"), width=1.0), Column(t("截止", "Due"), "right", 0.9)),
            rows=tuple((
                "", t(f"行动 {i}：与每位销售复盘一通失败的电话，并记录改进点", f"Action {i}: review one lost call with "
                      "each rep and note what to change"), reps[i % len(reps)], f"2026-12-{8 + i % 20:02d}",
            ) for i in range(1, 31)),
            tones=tuple(Tone.WARNING if i % 7 == 3 else Tone.NORMAL for i in range(1, 31)),
            caption=t("行动清单（逾期的标红）", "Actions (overdue in red)"),
            note=t("完成后在方框内打勾。", "Tick the box when done."),
        ),
    ))
    activity = Section(t("活动", "Activity"), key="activity", blocks=(
        Heading(t("最近十四周的活动", "Activity over the last fourteen weeks"), level=1),
        Chart(t("外呼、接通与成交", "Calls, connects and deals"), WEEKS, (calls, connects, deals),
              y_label=t("次数", "count")),
        Chart(t("各组成交构成", "Deals per group"), WEEKS[-8:], (
            Series(t("猎鹰组", "Falcons"), (4, 5, 3, 6, 7, 5, 8, 6)),
            Series(t("雄狮组", "Lions"), (3, 4, 4, 5, 3, 6, 5, 7)),
            Series(t("海豚组", "Dolphins"), (2, 3, 5, 4, 6, 4, 3, 5))), kind="stacked", y_label=t("成交", "deals")),
        Heading(t("需要支持的销售", "Reps needing support"), level=2),
        Table(
            columns=(Column(t("销售", "Rep"), width=1.2), Column(t("接通率", "Connect rate"), "right", 0.8),
                     Column(t("备注", "Note"), width=3.0)),
            rows=((reps[0], "21%", t("新人，第三周；需要陪听。" * 3, "New, third week; needs a buddy on calls. " * 3)),
                  (reps[1], "24%", t("请假两天后回来，状态在恢复。", "Back after two days off, picking up.")),
                  ("<b>Wang & Li</b> 😀", "26%", t("名字里的标记照原样打印。", "Markup in a name prints as typed."))),
            tones=(Tone.WARNING, Tone.NORMAL, Tone.NORMAL), caption=t("低于目标", "Below target"),
        ),
        Table(columns=(Column(t("比赛", "Contest")),), rows=(), caption=t("进行中的比赛", "Running contests"),
              empty=t("目前没有进行中的比赛。", "No contest is running.")),
        Chart(t("问卷", "Survey"), (), (), empty=t("还没有问卷数据。", "No survey answers yet.")),
    ))
    cover = Cover(
        title=t("华东二部 · 电销一组", "East Region Sales Team 2"),
        subtitle=t("辅导计划 · 2026-12-07", "Coaching plan · 2026-12-07"),
        lines=((t("经理", "Manager"), t("陈晓明", "Mia Chen")),
               (t("产品", "Product"), t("企业宽带", "Business broadband")),
               (t("成员", "Members"), t("12 名销售，3 个小组", "12 reps in 3 groups")),
               (t("团队年龄", "Team age"), t("11 周", "11 weeks"))),
        badge=t("震荡期", "Storming"), stage="storming",
        statement=t("个人业绩导向与团队协作之间的冲突", "Individual targets against teamwork"),
        statement_label=t("主要矛盾", "Principal contradiction"),
    )
    return Document(
        title=t("辅导计划 · 华东二部 · 电销一组", "Coaching plan · East Region Sales Team 2"), language=language,
        sections=(diagnosis, plan, activity), cover=cover, paper=paper, orientation=orientation,
        header=t("电销一组 · 2026-12-07", "Team 2 · 2026-12-07"),
        footer=t("coachdesk · 打印于 2026-12-07", "coachdesk · printed 2026-12-07"),
        page_label=t("第 %1 页 / 共 %2 页", "page %1 of %2"), toc_title=t("目录", "Contents"),
        author="coachdesk", subject=t("辅导计划", "Coaching plan"), keywords=("coachdesk", "coaching"),
    )


def sample_poster(language: str, groups: int, paper: Paper = Paper.A3) -> Document:
    zh = language == "zh"
    t = lambda a, b: _text(zh, a, b)  # noqa: E731
    names_zh = ("猎鹰组", "雄狮组", "海豚组", "猎豹组", "雄鹰组", "飞龙组",
                "蓝鲸组", "火狐组", "白虎组", "青龙组", "朱雀组", "玄武组")
    names_en = ("Falcons", "Lions", "Dolphins", "Cheetahs", "Eagles", "Dragons", "Whales", "Foxes", "Tigers",
                "Wolves", "Hawks", "Bears")
    reps = REPS_ZH if zh else REPS_EN
    poster = Poster(
        title=t("十二月冲刺赛", "December sprint"), subtitle=t("电销一组 · 2026-12-01 至 2026-12-31 · 按成交额排名",
                                                               "Team 2 · 1–31 December 2026 · ranked by revenue"),
        groups=tuple(PosterGroup(
            name=(names_zh if zh else names_en)[i % 12], slogan=t("一通电话一份诚意", "Every call counts"),
            goal=t("目标：成交 60 单", "Goal: 60 deals"), rank=i + 1, score=f"¥{86_400 - i * 5_300:,}",
            lines=tuple(reps[(i * 3 + j) % len(reps)] for j in range(3)), leader=t("组长：", "Leader: ") + reps[i % 12],
        ) for i in range(groups)),
        footer=t("coachdesk · 打印于 2026-12-07", "coachdesk · printed 2026-12-07"),
        empty=t("还没有分组。", "No groups yet."),
    )
    return Document(title=poster.title, language=language, poster=poster, paper=paper,
                    orientation=Orientation.LANDSCAPE)


def main(argv: list[str]) -> int:
    out = Path(argv[1] if len(argv) > 1 else ".")
    out.mkdir(parents=True, exist_ok=True)
    jobs = {
        "plan-zh.pdf": sample_document("zh"),
        "plan-en.pdf": sample_document("en"),
        "plan-en-letter-landscape.pdf": sample_document("en", Paper.LETTER, Orientation.LANDSCAPE),
        "poster-zh.pdf": sample_poster("zh", 8),
        "poster-en.pdf": sample_poster("en", 3, Paper.A4),
    }
    for name, document in jobs.items():
        pages = render_document(document, out / name)
        print(f"{out / name}: {pages} page(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
