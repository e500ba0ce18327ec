"""The composers of the printed coaching plan and the wall poster (coachdesk/reports/compose) on the demo: the
sections in order, the cover's statement and the action rows exactly as the CLI gives them, the activity figures
the store's, one page per group, options that leave sections out, user text passed through untouched, labels in
the plan's language, and every report string in both languages."""

from __future__ import annotations

import ast
import dataclasses
import re
import string
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from coachdesk.core.activity.metrics import total, weekly
from coachdesk.core.competitions.contests import ContestStatus
from coachdesk.core.roster.model import MemberDraft, Role
from coachdesk.reports.compose import compose_plan, compose_poster
from coachdesk.reports.compose.activity import totals_figures
from coachdesk.reports.compose.context import activity_period
from coachdesk.reports.compose.labels import CADENCES, HISTORY_KINDS, PROMISE_KINDS, ROLES, STATUSES
from coachdesk.reports.compose.strings import money, percent, strings, t
from coachdesk.reports.document import Chart, Cover, Document, Heading, KeyFigures, Orientation, Section, Table, Tone
from coachdesk.reports.options import PlanOptions, PlanSection
from coachdesk.reports.plans import plan_file_name, safe_file_part
from coachdesk.store.activity.stats import by_group, daily_points
from coachdesk.store.competitions import contests as contest_store
from coachdesk.store.competitions import routine
from coachdesk.store.database import Database
from coachdesk.store.lifecycle.action_plans import ActionRow, action_draft, current_plan, plan_actions, update_action
from coachdesk.store.roster import service as roster
from coachdesk.store.roster.models import Member
from tests.conftest import DEMO_DAY
from tests.test_cli import Cli

ROOT = Path(__file__).resolve().parents[1]
COMPOSE = ROOT / "coachdesk" / "reports" / "compose"
CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")
ORDER = ["diagnosis", "plan", "activity", "competitions", "drills"]
ODD_NAME = "<b>Wang & Li</b> 😀"
LONG = ("很长的备注 long note & <i>markup</i> " * 80)[:1999] + "。"


def teams(db: Database) -> list[tuple[int, str]]:
    with db.session() as s:
        return [(t.id, t.name) for t in roster.list_teams(s)]


def plan(db: Database, team_id: int, lang: str, **kw: object) -> Document:
    with db.session() as s:
        return compose_plan(s, team_id, PlanOptions(DEMO_DAY, lang, **kw))  # type: ignore[arg-type]


def section(doc: Document, key: str) -> Section:
    return next(s for s in doc.sections if s.key == key)


def action_rows(doc: Document, key: str = "plan") -> tuple[tuple[str, ...], ...]:
    table = next(b for b in section(doc, key).blocks if isinstance(b, Table) and b.columns[0].checkbox)
    return table.rows


def texts(doc: Document) -> list[str]:
    """Every text in the Document, user data included."""
    found: list[str] = []

    def walk(value: object) -> None:
        if isinstance(value, str):
            found.append(value)
        elif dataclasses.is_dataclass(value) and not isinstance(value, type):
            for f in dataclasses.fields(value):
                walk(getattr(value, f.name))
        elif isinstance(value, tuple | list):
            for item in value:
                walk(item)

    walk(doc)
    return found


def labels(doc: Document) -> list[str]:
    """The composer's own words: titles, headings, column and figure labels, chart titles, empty texts."""
    found = [s.title for s in doc.sections if s.key != "group"]
    if doc.cover:
        found += [label for label, _ in doc.cover.lines] + [doc.cover.statement_label, doc.cover.badge]
    found += [doc.toc_title, doc.page_label]
    for s in doc.sections:
        for b in s.blocks:
            if isinstance(b, Table):
                found += [c.title for c in b.columns] + [b.caption, b.empty]
            elif isinstance(b, KeyFigures):
                found += [f.label for f in b.figures]
            elif isinstance(b, Chart):
                found += [b.title, b.y_label, b.empty, *(x.name for x in b.series)]
            elif isinstance(b, Heading) and b.level == 2:
                found.append(b.text)
    return found


# ---------------------------------------------------------------- structure and sources


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_demo_team_has_its_sections_cover_and_actions_as_the_cli_gives_them(
        demo_db: Database, capsys: pytest.CaptureFixture[str], lang: str) -> None:
    cli = Cli(demo_db.url, capsys)
    for team_id, name in teams(demo_db):
        doc = plan(demo_db, team_id, lang)
        with demo_db.session() as s:
            groups = roster.list_groups(s, team_id)
        assert [s.key for s in doc.sections] == ORDER + ["group"] * len(groups), name
        assert [s.title for s in doc.sections if s.key == "group"] == [t("section.group", lang, name=g.name)
                                                                        for g in groups]
        assert all(s.new_page for s in doc.sections if s.key == "group")
        assert doc.language == lang and doc.toc_title == t("doc.toc", lang) and name in doc.title
        assert doc.header == f"{name} · {DEMO_DAY.isoformat()}" and DEMO_DAY.isoformat() in doc.subject
        assert doc.page_label == ("第 %1 页 / 共 %2 页" if lang == "zh" else "%1 / %2")

        diagnosis = cli.json("diagnose", "--team", name, "--as-of", DEMO_DAY.isoformat(), "--lang", lang)
        assert isinstance(doc.cover, Cover) and isinstance(diagnosis, dict)
        assert doc.cover.statement == diagnosis["principal_contradiction"]["summary"]
        assert doc.cover.stage == diagnosis["top_stage"] and doc.cover.title == name

        listed = cli.json("plan", "actions", "--team", name, "--as-of", DEMO_DAY.isoformat())
        assert isinstance(listed, dict)
        rows = action_rows(doc)
        # the owner as the JSON's "owner" says it: the member's name, else the role (worded in the plan's language)
        assert [(r[0], r[1], r[2]) for r in rows] == [
            (a["title"], a["owner_name"] or t(f"role.{a['owner_role']}", lang), a["due_on"])
            for a in listed["actions"]], name
        assert all(a["owner"] == (a["owner_name"] or a["owner_role"]) for a in listed["actions"])
        table = next(b for b in section(doc, "plan").blocks if isinstance(b, Table) and b.columns[0].checkbox)
        for action, row, tone in zip(listed["actions"], rows, table.tones, strict=True):
            assert (t("plan.overdue", lang) in row[3]) is action["overdue"]
            assert (tone is Tone.WARNING) is action["overdue"]
            assert (t("plan.carried_over", lang) in row[3]) is action["carried_over"]


def test_the_overdue_actions_carried_over_are_marked(demo_db: Database) -> None:
    team_id = dict((n, i) for i, n in teams(demo_db))["金牌大客户部"]
    doc = plan(demo_db, team_id, "en")
    flagged = [r for r in action_rows(doc) if "overdue" in r[3] and "carried over" in r[3]]
    assert len(flagged) == 2


def test_activity_figures_are_the_stores(demo_db: Database) -> None:
    period = activity_period(DEMO_DAY)
    assert period.end == DEMO_DAY and period.start.weekday() == 0 and (period.end - period.start).days < 56
    for team_id, name in teams(demo_db):
        with demo_db.session() as s:
            points = daily_points(s, team_id, period)
            groups = by_group(s, team_id, period)
        doc = plan(demo_db, team_id, "en")
        blocks = section(doc, "activity").blocks
        figures = next(b for b in blocks if isinstance(b, KeyFigures))
        assert figures.figures == totals_figures(total(p.totals for p in points), "en"), name
        calls = next(b for b in blocks if isinstance(b, Chart))
        weeks = {w.day.strftime("%m-%d"): w.totals for w in weekly(points)}
        assert len(calls.categories) == 8
        for category, value in zip(calls.categories, calls.series[0].values, strict=True):
            assert value == (float(weeks[category].calls) if category in weeks else None)
        by_group_table = next(b for b in blocks if isinstance(b, Table))
        assert [r[1] for r in by_group_table.rows[:-1]] == [f"{g.totals.calls:,}" for g in groups]
        assert by_group_table.tones[-1] is Tone.STRONG


def test_sections_can_be_left_out(demo_db: Database) -> None:
    team_id = teams(demo_db)[0][0]
    only = plan(demo_db, team_id, "en", sections=frozenset({PlanSection.PLAN}))
    assert [s.key for s in only.sections] == ["plan"] and only.toc_title == "" and only.cover is not None
    picked = plan(demo_db, team_id, "zh", sections=frozenset({PlanSection.DRILLS, PlanSection.DIAGNOSIS,
                                                              PlanSection.GROUPS}))
    keys = [s.key for s in picked.sections]
    assert keys[:2] == ["diagnosis", "drills"] and set(keys[2:]) == {"group"} and picked.toc_title == "目录"
    none = plan(demo_db, team_id, "en", sections=frozenset())
    assert none.sections == () and none.cover is not None


def rename_owner_and_note(s: Session, team_id: int) -> tuple[ActionRow, Member]:
    """The owner of one of the team's current actions renamed ODD_NAME, the action's note set to LONG."""
    plan_row = current_plan(s, team_id)
    assert plan_row is not None
    action = next(a for a in plan_actions(s, plan_row.id) if a.owner_member_id is not None)
    member = roster.get_member(s, action.owner_member_id)  # type: ignore[arg-type]
    roster.update_member(s, member.id, MemberDraft(member.employee_id, ODD_NAME, member.hired_on,
                                                   Role(member.role), member.phone))
    update_action(s, action.id, dataclasses.replace(action_draft(s, action.id), notes=LONG), DEMO_DAY)
    return action, member


def test_user_text_passes_through_as_plain_text(demo_db: Database) -> None:
    team_id = dict((n, i) for i, n in teams(demo_db))["城南电销二部"]
    with demo_db.session() as s:
        action, member = rename_owner_and_note(s, team_id)
        contest = next(c for c in contest_store.list_contests(s, team_id, DEMO_DAY, leaders=False)
                       if c.status is ContestStatus.ACTIVE)
        rep = next(m for m in roster.list_members(s, team_id) if m.role.sells and m.active)
        routine.save_support_note(s, contest.contest.id, rep.id, None, "", LONG, DEMO_DAY)
    for lang in ("zh", "en"):
        doc = plan(demo_db, team_id, lang)
        row = next(r for r in action_rows(doc) if r[0] == action.title)
        assert row[1] == ODD_NAME and row[4] == LONG
        support = [b for b in section(doc, "competitions").blocks if isinstance(b, Table)]
        assert any(LONG in r for b in support for r in b.rows)
        assert ODD_NAME in texts(doc)
        with demo_db.session() as s:
            poster = compose_poster(s, team_id, PlanOptions(DEMO_DAY, lang))
        assert poster.poster is not None
        if member.role != "manager":  # managers lead no group
            assert any(ODD_NAME in g.lines or g.leader == ODD_NAME for g in poster.poster.groups)
        else:
            assert doc.cover is not None and (t("cover.manager", lang), ODD_NAME) in doc.cover.lines


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_labels_are_in_the_plans_language(demo_db: Database, lang: str) -> None:
    for team_id, name in teams(demo_db):
        words = [w for w in labels(plan(demo_db, team_id, lang)) if w]
        if lang == "en":
            assert not [w for w in words if CJK.search(w)], name
        else:
            assert sum(1 for w in words if CJK.search(w)) > 0.9 * len(words), name


def test_a_team_without_a_running_contest_still_gets_its_competitions_section(demo_db: Database) -> None:
    team_id = dict((n, i) for i, n in teams(demo_db))["星火新人营"]
    doc = plan(demo_db, team_id, "en")
    first = section(doc, "competitions").blocks[1]  # after the title heading
    assert getattr(first, "text", "") == t("contest.none", "en")
    with demo_db.session() as s:
        poster = compose_poster(s, team_id, PlanOptions(DEMO_DAY, "en"))
    assert poster.poster is not None and all(g.rank is None and g.score == "" for g in poster.poster.groups)


# ---------------------------------------------------------------- poster


def test_the_poster_has_one_panel_per_group_with_the_running_contests_rank_and_score(
        demo_db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    cli = Cli(demo_db.url, capsys)
    for team_id, name in teams(demo_db):
        with demo_db.session() as s:
            doc = compose_poster(s, team_id, PlanOptions(DEMO_DAY, "zh"))
            groups = roster.list_groups(s, team_id)
        assert doc.poster is not None and doc.orientation is Orientation.LANDSCAPE and doc.sections == ()
        panels = doc.poster.groups
        assert [(p.name, p.slogan, p.goal, p.leader) for p in panels] == [(g.name, g.slogan, g.goal, g.leader_name)
                                                                          for g in groups]
        if name == "星火新人营":
            continue
        shown = cli.json("contest", "show", "--team", name, "--as-of", DEMO_DAY.isoformat())
        assert isinstance(shown, dict)
        target = shown["rules"]["kind"] in ("target", "race")
        standings = {g["name"]: g for g in shown["groups"]}
        for panel in panels:
            st = standings[panel.name]
            assert panel.rank == st["rank"]
            expected = percent(st["progress_pct"] / 100, "zh", 1) if target else f"{st['score']:,.0f} 分"
            assert panel.score == expected, (name, panel.name)


# ---------------------------------------------------------------- words and numbers


def test_every_string_has_both_languages_and_the_same_placeholders() -> None:
    table = strings()
    assert table
    for key, value in table.items():
        assert set(value) == {"en", "zh"}, key
        assert value["en"].strip() and value["zh"].strip(), key
        names = [{f for _, f, _, _ in string.Formatter().parse(value[lang]) if f} for lang in ("en", "zh")]
        assert names[0] == names[1], key


def test_every_key_the_code_uses_exists() -> None:
    used: set[str] = set()
    for path in COMPOSE.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "t" and node.args
                    and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                used.add(node.args[0].value)
    assert len(used) > 100
    worded = {f"role.{v}" for v in ROLES} | {f"cadence.{v}" for v in CADENCES} | {f"status.{v}" for v in STATUSES}
    worded |= {f"history.{v}" for v in HISTORY_KINDS} | {f"promise.{v}" for v in PROMISE_KINDS}
    assert sorted((used | worded) - set(strings())) == []


def test_numbers_read_as_the_app_writes_them() -> None:
    assert percent(0.42, "en") == "42 %" and percent(0.42, "zh") == "42%" and percent(None, "en") == "—"
    assert money(8640000) == "¥86,400" and money(8640050) == "¥86,400.50" and money(-150) == "-¥1.50"


def test_file_names_are_safe() -> None:
    assert safe_file_part('a/b:c*?"<>|') == "a_b_c_" and safe_file_part("CON") == "_CON"
    assert safe_file_part(" 城南电销二部. ") == "城南电销二部"
    assert plan_file_name("城南/二部", PlanOptions(DEMO_DAY, "en")) == "城南_二部-2025-06-30-en.pdf"
