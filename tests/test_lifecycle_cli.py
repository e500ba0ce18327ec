"""`coachdesk diagnose|stage|survey|plan|thresholds|playbook`, in-process against both backends."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import pytest

from coachdesk.core.lifecycle.stages import STAGES, Stage
from coachdesk.core.lifecycle.survey import default_survey
from coachdesk.core.lifecycle.thresholds import describe
from coachdesk.core.roster.model import MemberDraft, TeamDraft
from coachdesk.store.database import open_database
from coachdesk.store.roster import service as roster
from tests.conftest import DEMO_DAY
from tests.test_cli import Cli

TEAM = "测试电销组"
FORMED = dt.date(2025, 1, 1)
DAY = "2025-06-30"
DIAGNOSIS_KEYS = {"stage_mix", "top_stage", "confidence", "principal_contradiction", "evidence", "signals",
                  "missing_data"}
CONTRADICTION_KEYS = {"kind", "signal", "summary", "evidence", "prescription"}


def has_cjk(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


@pytest.fixture
def cli(db_url: str, capsys: pytest.CaptureFixture[str]) -> Cli:
    """An empty database (migrated)."""
    db = open_database(db_url)
    db.dispose()
    return Cli(db_url, capsys)


@pytest.fixture
def team_cli(cli: Cli) -> Cli:
    """A small team (no activity) with four reps, set up through the store services."""
    db = open_database(cli.url)
    try:
        with db.session() as s:
            team = roster.create_team(s, TeamDraft(TEAM, "", FORMED))
            for eid, name in (("E001", "王伟"), ("E002", "李娜"), ("E003", "张敏"), ("E004", "赵强")):
                roster.add_member(s, team, MemberDraft(eid, name, dt.date(2025, 1, 2)))
    finally:
        db.dispose()
    return cli


# ---------------------------------------------------------------- diagnose


def check_diagnosis(d: dict) -> None:
    assert set(d) >= DIAGNOSIS_KEYS
    mix = d["stage_mix"]
    assert set(mix) == {s.value for s in STAGES}
    assert all(isinstance(v, float | int) and 0 <= v <= 1 for v in mix.values())
    assert sum(mix.values()) == pytest.approx(1, abs=1e-6)
    assert d["top_stage"] in mix and mix[d["top_stage"]] == max(mix.values())
    assert isinstance(d["confidence"], float | int) and 0 <= d["confidence"] <= 1
    pc = d["principal_contradiction"]
    assert set(pc) >= CONTRADICTION_KEYS and pc["kind"] in ("problem", "growth", "no_data") and pc["summary"]
    assert pc["evidence"] and all(e["text"] for e in pc["evidence"])
    if pc["kind"] == "no_data":  # first collect data: nothing to prescribe yet
        assert pc["prescription"] == []
    else:
        assert pc["prescription"] and all(p["id"] and p["title"] for p in pc["prescription"])
    assert all({"signal", "stage", "share", "text"} <= set(e) for e in d["evidence"])
    assert all({"id", "name", "finding", "text"} <= set(s) for s in d["signals"])
    assert isinstance(d["missing_data"], list)
    dt.date.fromisoformat(d["as_of"])


def test_diagnose_every_demo_team(cli: Cli) -> None:
    assert cli("demo", "--as-of", DEMO_DAY.isoformat()) == 0, cli.err
    teams = cli.json("team", "list")
    assert len(teams) == 4
    for team in teams:
        d = cli.json("diagnose", "--team", team["name"], "--as-of", DEMO_DAY.isoformat())
        check_diagnosis(d)
        assert d["team_id"] == team["id"] and d["as_of"] == DEMO_DAY.isoformat()
        # The same team by id, in Chinese: the same figures, content in Chinese.
        zh = cli.json("diagnose", "--team", str(team["id"]), "--as-of", DEMO_DAY.isoformat(), "--lang", "zh")
        assert (zh["stage_mix"], zh["top_stage"], zh["confidence"]) == (d["stage_mix"], d["top_stage"],
                                                                       d["confidence"])
        assert has_cjk(zh["principal_contradiction"]["summary"])
        assert all(has_cjk(p["title"]) for p in zh["principal_contradiction"]["prescription"])
        assert not has_cjk(d["principal_contradiction"]["prescription"][0]["title"])

    name = teams[0]["name"]
    assert cli("diagnose", "--team", name, "--as-of", DEMO_DAY.isoformat()) == 0
    d = cli.json("diagnose", "--team", name, "--as-of", DEMO_DAY.isoformat())
    out = cli.out if cli("diagnose", "--team", name, "--as-of", DEMO_DAY.isoformat()) == 0 else ""
    assert out.startswith(f"{name} as of {DEMO_DAY.isoformat()}: {d['top_stage']}")
    for heading in ("Stage mix:", "Principal contradiction:", "Evidence:", "Prescription:", "Signals:"):
        assert heading in out
    assert d["principal_contradiction"]["summary"] in out
    for practice in d["principal_contradiction"]["prescription"]:
        assert f"{practice['id']} — {practice['title']}" in out
    for signal in d["signals"]:
        assert signal["text"] in out


def test_diagnose_before_the_team_formed_explains_missing_data(team_cli: Cli) -> None:
    cli = team_cli
    d = cli.json("diagnose", "--team", TEAM, "--as-of", "2024-12-01")
    check_diagnosis(d)
    assert d["confidence"] == 0
    assert d["principal_contradiction"]["kind"] == "no_data" and d["top_stage"] == "forming"
    assert any("had not formed yet" in note and FORMED.isoformat() in note for note in d["missing_data"])
    assert any("No activity" in note for note in d["missing_data"])
    assert cli("diagnose", "--team", TEAM, "--as-of", "2024-12-01") == 0
    assert "Missing data:" in cli.out and "had not formed yet" in cli.out and "Not enough data" in cli.out


@pytest.mark.parametrize(("argv", "option"), [
    (["--team", "没有这个团队"], "--team"),
    (["--team", TEAM, "--as-of", "2025-02-30"], "--as-of"),
])
def test_diagnose_bad_input(team_cli: Cli, argv: list[str], option: str) -> None:
    assert team_cli("diagnose", *argv) == 2
    assert team_cli.err.startswith(f"coachdesk: error: {option}")


# ---------------------------------------------------------------- stage history


def test_override_needs_a_reason_and_changes_nothing(team_cli: Cli) -> None:
    cli = team_cli
    before = cli.dump()
    assert cli("stage", "override", "--team", TEAM, "--stage", "storming") == 2
    assert cli.err.startswith("coachdesk: error: --reason") and cli.out == ""
    assert cli("stage", "override", "--team", TEAM, "--stage", "动乱期", "--reason", " \u3000 ", "--json") == 2
    assert json.loads(cli.out)["errors"] == [{"field": "reason", "message": "an override needs a reason"}]
    assert cli("stage", "override", "--team", TEAM, "--stage", "chaos", "--reason", "x") == 2
    assert cli.err.startswith("coachdesk: error: --stage")
    assert cli.dump() == before


def test_accept_confirm_override_then_history(team_cli: Cli) -> None:
    cli = team_cli
    assert cli.json("stage", "history", "--team", TEAM) == []
    d = cli.json("diagnose", "--team", TEAM, "--as-of", DAY)
    accepted = cli.json("stage", "accept", "--team", TEAM, "--as-of", DAY)
    assert (accepted["kind"], accepted["stage"], accepted["as_of"]) == ("accepted", d["top_stage"], DAY)
    (entry,) = cli.json("stage", "history", "--team", TEAM)
    assert (entry["id"], entry["kind"], entry["source"], entry["as_of"]) == (accepted["id"], "accepted", "cli", DAY)
    assert entry["stage"] == entry["diagnosed_stage"] == d["top_stage"]
    assert entry["mix"] == pytest.approx(d["stage_mix"], abs=1e-4)
    assert entry["confidence"] == pytest.approx(d["confidence"])
    assert entry["contradiction_summary"] == d["principal_contradiction"]["summary"]

    cli.json("stage", "confirm", "--team", TEAM, "--as-of", DAY)
    other = next(s for s in Stage if s.value != d["top_stage"])
    zh_name = {"forming": "磨合期", "storming": "动乱期", "norming": "安稳期", "performing": "成熟期"}[other.value]
    assert cli("stage", "override", "--team", TEAM, "--stage", zh_name, "--reason", "新线索到位", "--as-of", DAY) == 0
    assert "overridden" in cli.out
    history = cli.json("stage", "history", "--team", TEAM)
    assert [(h["kind"], h["stage"], h["reason"]) for h in history] == [
        ("accepted", d["top_stage"], ""), ("confirmed", d["top_stage"], ""), ("overridden", other.value, "新线索到位")]
    assert cli("stage", "history", "--team", TEAM) == 0
    assert "新线索到位" in cli.out and "overridden" in cli.out


# ---------------------------------------------------------------- survey

# Answers that make each stage's sum easy to compute by hand: every item of a stage gets the same answer.
ROWS = [  # (date, member, answer per stage) → stage sums 8 × answer
    ("2025-06-01", "", {"forming": 5, "storming": 2, "norming": 3, "performing": 4}),  # 40 16 24 32
    ("2025-06-02", "E001", {"forming": 4, "storming": 4, "norming": 4, "performing": 4}),  # 32 32 32 32
    ("2025-06-03", "李娜", {"forming": 1, "storming": 5, "norming": 4, "performing": 2}),  # 8 40 32 16
]


def fill(path: Path, rows: list[tuple[str, str, dict[str, int]]], bad: dict[tuple[int, str], str] | None = None
         ) -> None:
    """Append answer rows under the template's header; ``bad`` puts a raw value in (file row, item) cells."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        headers = next(csv.reader(handle))
    stage_of = {item.id: item.stage.value for item in default_survey().items}
    with path.open("a", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        for number, (day, member, answers) in enumerate(rows, start=2):
            cells = {h: str(answers[stage_of[h]]) for h in headers[2:]}
            cells.update({item: value for (row, item), value in (bad or {}).items() if row == number})
            writer.writerow([day, member, *(cells[h] for h in headers[2:])])


def test_survey_template_import_show(team_cli: Cli, tmp_path: Path) -> None:
    cli = team_cli
    path = tmp_path / "answers.csv"
    assert cli("survey", "template", str(path)) == 0
    assert path.read_bytes().startswith(b"\xef\xbb\xbfdate,member,q01,q02,")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        assert next(csv.reader(handle)) == ["date", "member", *(f"q{n:02d}" for n in range(1, 33))]
    fill(path, ROWS)
    stored = cli.json("survey", "import", str(path), "--team", TEAM)
    assert stored == {"team": TEAM, "file": "answers.csv", "responses": 3}

    shown = cli.json("survey", "show", "--team", TEAM, "--as-of", DAY)
    result = shown["result"]
    assert result["means"] == pytest.approx({"forming": 80 / 3, "storming": 88 / 3, "norming": 88 / 3,
                                             "performing": 80 / 3}, abs=1e-3)
    assert (result["responses"], result["first_answered"], result["last_answered"]) == (3, "2025-06-01",
                                                                                         "2025-06-03")
    # storming and norming tie at 29.3: the later stage is highest, the tie is a transition, nothing is clear.
    assert result["reading"] == {"stage": "norming", "highest": "norming", "clear": False,
                                 "transition": ["storming", "norming"], "combined": False}
    responses = {r["answered_on"]: r for r in shown["responses"]}
    assert [responses[d]["member"] for d, _, _ in ROWS] == [None, "王伟", "李娜"]
    assert responses["2025-06-03"]["scores"] == {"forming": 8, "storming": 40, "norming": 32, "performing": 16}
    assert all(r["counted"] for r in shown["responses"])

    earlier = cli.json("survey", "show", "--team", TEAM, "--as-of", "2025-06-02")["result"]
    assert earlier["means"] == {"forming": 36, "storming": 24, "norming": 28, "performing": 32}
    assert earlier["reading"]["stage"] == "forming" and earlier["reading"]["clear"] is True

    assert cli("survey", "show", "--team", TEAM, "--as-of", DAY) == 0
    assert "3 response(s)" in cli.out and "(anonymous)" in cli.out and "transition" in cli.out
    assert cli.json("survey", "show", "--team", TEAM, "--as-of", "2025-05-01") == {
        "team": TEAM, "as_of": "2025-05-01", "result": None, "responses": []}
    # The survey feeds the diagnosis.
    survey_signal = next(s for s in cli.json("diagnose", "--team", TEAM, "--as-of", DAY)["signals"]
                         if s["id"] == "survey")
    assert survey_signal["finding"] == "transition"


def test_survey_file_with_bad_cells_stores_nothing(team_cli: Cli, tmp_path: Path) -> None:
    cli = team_cli
    path = tmp_path / "answers.csv"
    assert cli("survey", "template", str(path)) == 0
    fill(path, ROWS, bad={(3, "q07"): "6", (4, "q12"): "x"})
    before = cli.dump()
    assert cli("survey", "import", str(path), "--team", TEAM) == 2
    assert "row 3, column q07" in cli.err and "row 4, column q12" in cli.err
    assert all(line.startswith("coachdesk: error: FILE") for line in cli.err.splitlines())
    assert cli.out == ""
    assert cli.dump() == before

    unknown = tmp_path / "unknown.csv"
    assert cli("survey", "template", str(unknown)) == 0
    fill(unknown, [("2025-06-01", "E999", ROWS[0][2])])
    assert cli("survey", "import", str(unknown), "--team", TEAM, "--json") == 2
    (error,) = json.loads(cli.out)["errors"]
    assert error["field"] == "file" and "row 2, column member" in error["message"]
    assert cli("survey", "import", str(tmp_path / "missing.csv"), "--team", TEAM) == 2
    assert cli.err.startswith("coachdesk: error: FILE")
    assert cli.dump() == before


def test_survey_items_and_template_refuses_to_overwrite(cli: Cli, tmp_path: Path) -> None:
    items = cli.json("survey", "items")
    assert [i["id"] for i in items] == list(default_survey().ids) and len(items) == 32
    assert {s.value: sum(1 for i in items if i["stage"] == s.value) for s in STAGES} == dict.fromkeys(
        (s.value for s in STAGES), 8)
    assert all(has_cjk(i["text"]) for i in cli.json("survey", "items", "--lang", "zh"))
    assert not any(has_cjk(i["text"]) for i in items)
    path = tmp_path / "t.csv"
    path.write_text("mine", encoding="utf-8")
    assert cli("survey", "template", str(path)) == 2
    assert cli.err.startswith("coachdesk: error: FILE") and path.read_text(encoding="utf-8") == "mine"
    assert cli("survey", "template", str(path), "--force") == 0 and path.read_text(encoding="utf-8-sig")[:4] == "date"


# ---------------------------------------------------------------- action plans


def test_plan_create_set_and_carry_over(team_cli: Cli) -> None:
    cli = team_cli
    assert cli.json("plan", "actions", "--team", TEAM)["plan"] is None
    prescription = cli.json("diagnose", "--team", TEAM, "--as-of", DAY)["principal_contradiction"]["prescription"]
    created = cli.json("plan", "create", "--team", TEAM, "--as-of", DAY)
    listed = cli.json("plan", "actions", "--team", TEAM, "--as-of", DAY)
    assert listed["plan"]["id"] == created["plan"]["id"] and listed["plan"]["created_on"] == DAY
    actions = listed["actions"]
    assert [(a["practice_id"], a["title"]) for a in actions] == [(p["id"], p["title"]) for p in prescription]
    assert all(a["status"] == "open" and not a["carried_over"] and not a["overdue"] and a["owner"]
               for a in actions)
    assert all(dt.date.fromisoformat(a["due_on"]) > dt.date.fromisoformat(DAY) for a in actions)

    first, *rest = actions
    done = cli.json("plan", "set", str(first["id"]), "--status", "done", "--notes", "ran it")
    assert (done["status"], done["notes"]) == ("done", "ran it")
    assert cli("plan", "set", str(rest[0]["id"]), "--due", "2025-07-01") == 0
    after = {a["id"]: a for a in cli.json("plan", "actions", "--team", TEAM, "--as-of", "2025-07-02")["actions"]}
    assert (after[first["id"]]["status"], after[first["id"]]["notes"], after[first["id"]]["overdue"]) == (
        "done", "ran it", False)
    assert after[rest[0]["id"]]["due_on"] == "2025-07-01" and after[rest[0]["id"]]["overdue"] is True

    second = cli.json("plan", "create", "--team", TEAM, "--as-of", "2025-07-10")
    assert second["plan"]["id"] != created["plan"]["id"]
    now = cli.json("plan", "actions", "--team", TEAM, "--as-of", "2025-07-10")["actions"]
    carried = [a for a in now if a["carried_over"]]
    assert [a["id"] for a in carried] == [a["id"] for a in rest]
    assert all(a["first_plan_id"] == created["plan"]["id"] for a in carried)
    assert first["id"] not in {a["id"] for a in now}  # done actions stay with their plan
    open_practices = [a["practice_id"] for a in now if a["status"] == "open"]
    assert len(open_practices) == len(set(open_practices))  # a still-open practice is not added twice
    assert cli("plan", "actions", "--team", TEAM, "--as-of", "2025-07-10") == 0
    assert "carried over" in cli.out and "OVERDUE" in cli.out


@pytest.mark.parametrize(("argv", "option"), [
    (["plan", "create", "--team", TEAM, "--practice", "no-such-practice"], "--practice"),
    (["plan", "create", "--team", TEAM, "--as-of", "soon"], "--as-of"),
    (["plan", "set", "999999", "--status", "done"], "ACTION_ID"),
    (["plan", "set", "1", "--due", "2025-02-30"], "--due"),
    (["plan", "set", "1"], "--status"),
])
def test_plan_errors_change_nothing(team_cli: Cli, argv: list[str], option: str) -> None:
    cli = team_cli
    cli.json("plan", "create", "--team", TEAM, "--as-of", DAY)
    before = cli.dump()
    assert cli(*argv) == 2
    assert cli.err.startswith(f"coachdesk: error: {option}"), cli.err
    assert cli.dump() == before


# ---------------------------------------------------------------- thresholds and playbooks


def test_thresholds_set_and_show(team_cli: Cli) -> None:
    cli = team_cli
    shown = {t["name"]: t for t in cli.json("thresholds", "show", "--team", TEAM)}
    assert list(shown) == [name for name, _, _ in describe()]
    assert all(t["value"] == t["default"] and t["meaning"] and not t["changed"] for t in shown.values())

    before = cli.dump()
    assert cli("thresholds", "set", "--team", TEAM, "call_drop=abc", "min_working_days=10") == 2
    assert cli.err.startswith("coachdesk: error: call_drop:") and "abc" in cli.err
    assert cli("thresholds", "set", "--team", TEAM, "no_such_threshold=1") == 2
    assert "no_such_threshold" in cli.err
    assert cli("thresholds", "set", "--team", TEAM, "call_drop=0.1") == 2  # a drop must be negative
    assert "call_drop" in cli.err
    assert cli.dump() == before

    cli.json("thresholds", "set", "--team", TEAM, "call_drop=-0.25", "min_working_days=10")
    shown = {t["name"]: t for t in cli.json("thresholds", "show", "--team", TEAM)}
    assert (shown["call_drop"]["value"], shown["call_drop"]["default"], shown["call_drop"]["changed"]) == (
        -0.25, -0.15, True)
    assert shown["min_working_days"]["value"] == 10 and isinstance(shown["min_working_days"]["value"], int)
    assert cli("thresholds", "show", "--team", TEAM) == 0 and "-0.25 *" in cli.out

    cli.json("thresholds", "set", "--team", TEAM, "call_drop=default")
    shown = {t["name"]: t for t in cli.json("thresholds", "show", "--team", TEAM)}
    assert (shown["call_drop"]["value"], shown["min_working_days"]["value"]) == (-0.15, 10)


def test_playbook_list_and_show(cli: Cli) -> None:
    forming = cli.json("playbook", "list", "--stage", "forming")
    assert len(forming) >= 8 and all(p["stage"] == "forming" for p in forming)
    assert [p["id"] for p in cli.json("playbook", "list", "--stage", "磨合期")] == [p["id"] for p in forming]
    everything = cli.json("playbook", "list")
    assert len(everything) >= 32 and {p["stage"] for p in everything} == {s.value for s in STAGES}
    zh = cli.json("playbook", "list", "--stage", "forming", "--lang", "zh")
    assert all(has_cjk(p["title"]) for p in zh) and not any(has_cjk(p["title"]) for p in forming)

    practice = cli.json("playbook", "show", forming[0]["id"])
    assert (practice["id"], practice["title"], practice["stage"]) == (forming[0]["id"], forming[0]["title"],
                                                                      "forming")
    assert practice["why"] and practice["how"] and practice["cadence"] in ("daily", "weekly", "once")
    assert cli("playbook", "show", forming[0]["id"], "--lang", "zh") == 0
    assert zh[0]["title"] in cli.out and "How:" in cli.out
    assert cli("playbook", "show", "no-such-practice") == 2
    assert cli.err.startswith("coachdesk: error: PRACTICE_ID")
    assert cli("playbook", "list", "--stage", "chaos") == 2
    assert cli.err.startswith("coachdesk: error: --stage")
