"""Every ``--json`` row about a member names it in two separate fields, ``employee_id`` and ``name``, so that a
script never has to split a combined label like ``张伟 (A1001)``; checked on the demo data, both backends."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from tests.conftest import DEMO_DAY
from tests.test_cli import TEAM, Cli


@pytest.fixture
def demo_cli(db_url: str, capsys: pytest.CaptureFixture[str]) -> Cli:
    runner = Cli(db_url, capsys)
    assert runner("demo", "--as-of", DEMO_DAY.isoformat()) == 0, runner.err
    return runner



def roster_of(runner: Cli) -> dict[str, str]:
    """employee id → name of the storming demo team, from `member list --all`."""
    return {m["employee_id"]: m["name"] for m in runner.json("member", "list", "--team", TEAM, "--all")}


def assert_names_member(row: dict, roster: dict[str, str], id_key: str = "employee_id",
                        name_key: str = "name") -> None:
    assert row[id_key] in roster, row
    assert row[name_key] == roster[row[id_key]], row
    assert "(" not in row[name_key], row  # a name, not a label


def test_stats_by_rep_rows_carry_employee_id_and_name(demo_cli: Cli) -> None:
    roster = roster_of(demo_cli)
    rows = demo_cli.json("stats", "--team", TEAM, "--by", "rep")["rows"]
    assert len(rows) >= 10
    for row in rows:
        assert_names_member(row, roster)
        assert row["label"] == f"{row['name']} ({row['employee_id']})"  # kept for people and old scripts
    groups = demo_cli.json("stats", "--team", TEAM, "--by", "group")["rows"]
    assert groups and all("employee_id" not in r for r in groups)  # a group row is not about a member


def test_roster_commands_name_the_member(demo_cli: Cli) -> None:
    cli = demo_cli
    roster = roster_of(cli)
    for row in cli.json("member", "list", "--team", TEAM):
        assert_names_member(row, roster)
    for group in cli.json("group", "list", "--team", TEAM):
        for row in group["members"]:
            assert_names_member(row, roster)
        if group["leader"] is not None:
            assert roster[group["leader_employee_id"]] == group["leader"]
    someone = next(m for m in cli.json("member", "list", "--team", TEAM) if m["group"] is not None)
    moved = cli.json("group", "assign", "--team", TEAM, "--employee-id", someone["employee_id"], "--none",
                     "--on", DEMO_DAY.isoformat())
    assert_names_member(moved, roster)
    added = cli.json("member", "add", "--team", TEAM, "--name", "赵新", "--employee-id", "CN900",
                     "--hired", DEMO_DAY.isoformat())
    assert (added["employee_id"], added["name"]) == ("CN900", "赵新")
    left = cli.json("member", "leave", "--team", TEAM, "--employee-id", "CN900", "--on", DEMO_DAY.isoformat())
    assert (left["employee_id"], left["name"]) == ("CN900", "赵新")


def test_import_report_names_changed_and_created_members(demo_cli: Cli, tmp_path: Path) -> None:
    cli = demo_cli
    roster = roster_of(cli)
    rep = cli.json("stats", "--team", TEAM, "--by", "rep")["rows"][0]
    known, day = rep["employee_id"], cli.json("stats", "--team", TEAM, "--by", "day")["rows"][-1]["key"]
    path = tmp_path / "day.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["日期", "工号", "姓名", "呼出", "接通", "通话时长", "签单", "业绩"])
        writer.writerow([day, known, roster[known], 999, 1, 60, 0, 0])  # changes a stored day
        writer.writerow([day, "CN950", "孙新人", 10, 2, 60, 0, 0])  # not in the team yet
    report = cli.json("import", "activity", str(path), "--team", TEAM, "--create-missing")
    assert report["ok"], report
    assert report["created_members"] == [{"employee_id": "CN950", "name": "孙新人"}]
    assert report["changed_rows"], report
    for row in report["changed_rows"]:
        assert_names_member(row, roster)


def test_survey_and_plan_rows_name_their_member(demo_cli: Cli) -> None:
    cli = demo_cli
    roster = roster_of(cli)
    responses = cli.json("survey", "show", "--team", TEAM, "--as-of", DEMO_DAY.isoformat())["responses"]
    assert responses
    for row in responses:
        if row["member_id"] is None:  # anonymous answers name nobody
            assert row["employee_id"] is None and row["name"] is None
        else:
            assert_names_member(row, roster)
    actions = cli.json("plan", "actions", "--team", TEAM, "--as-of", DEMO_DAY.isoformat())
    actions = actions["actions"] if isinstance(actions, dict) else actions
    for row in actions:
        if row["owner_member_id"] is None:
            assert row["owner_employee_id"] is None
        else:
            assert_names_member(row, roster, "owner_employee_id", "owner_name")
