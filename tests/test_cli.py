"""The `coachdesk` command line, run in-process against both backends (and once as a real process)."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from coachdesk.cli.main import main
from coachdesk.store.database import open_database
from coachdesk.store.migrate import head_revision
from tests.conftest import DEMO_DAY, dump_tables

ROOT = Path(__file__).resolve().parents[1]
TEAM = "城南电销二部"  # the storming demo team


class Cli:
    """Runs ``coachdesk … --db <url>`` in-process and keeps the exit code, stdout and stderr."""

    def __init__(self, url: str, capsys: pytest.CaptureFixture[str]) -> None:
        self.url = url
        self.capsys = capsys
        self.out = self.err = ""

    def __call__(self, *argv: str) -> int:
        self.capsys.readouterr()
        code = main([*argv, "--db", self.url])
        self.out, self.err = self.capsys.readouterr()
        return code

    def json(self, *argv: str) -> object:
        code = self(*argv, "--json")
        assert code == 0, self.err
        return json.loads(self.out)

    def dump(self):
        db = open_database(self.url, upgrade=False)
        try:
            return dump_tables(db)
        finally:
            db.dispose()


@pytest.fixture
def cli(db_url: str, capsys: pytest.CaptureFixture[str]) -> Cli:
    return Cli(db_url, capsys)


@pytest.fixture
def demo_cli(cli: Cli) -> Cli:
    assert cli("demo", "--as-of", DEMO_DAY.isoformat()) == 0, cli.err
    return cli


def members(cli: Cli, team: str = TEAM, *extra: str) -> dict[str, dict]:
    return {m["employee_id"]: m for m in cli.json("member", "list", "--team", team, *extra)}


# ---------------------------------------------------------------- happy paths


def test_demo_then_team_list(cli: Cli) -> None:
    assert cli("demo", "--as-of", DEMO_DAY.isoformat(), "--seed", "7") == 0
    assert "4 teams" in cli.out
    teams = cli.json("team", "list")
    assert len(teams) >= 4
    assert all(t["members"] > 0 and t["members_total"] >= t["members"] and t["groups"] > 0 for t in teams)
    assert TEAM in {t["name"] for t in teams}
    assert cli("team", "list") == 0
    assert TEAM in cli.out and "members" in cli.out.splitlines()[0]


def test_demo_twice_reports_replaced(cli: Cli) -> None:
    cli.json("demo", "--as-of", DEMO_DAY.isoformat())
    result = cli.json("demo", "--as-of", DEMO_DAY.isoformat())
    assert len(result["replaced"]) == 4
    assert len(cli.json("team", "list")) == 4


def test_demo_without_as_of_is_built_around_today(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    """core and store take the day as an argument; "today" is the command line's default."""
    from coachdesk.cli import demo

    days: list[dt.date] = []
    real = demo.load_demo

    def spy(db, seed, *, as_of: dt.date, **kwargs):
        days.append(as_of)
        return real(db, seed, as_of=as_of, **kwargs)

    monkeypatch.setattr(demo, "load_demo", spy)
    before = dt.date.today()
    assert cli("demo", "--seed", "3") == 0, cli.err
    assert len(days) == 1 and days[0] in (before, dt.date.today())  # safe across midnight


def test_empty_team_list(cli: Cli) -> None:
    assert cli("team", "list") == 0
    assert "No teams yet" in cli.out
    assert cli.json("team", "list") == []


def test_team_add(cli: Cli) -> None:
    added = cli.json("team", "add", "--name", " 新团队 ", "--product", "宽带", "--formed", "2025-01-02")
    assert added["name"] == "新团队"
    (team,) = cli.json("team", "list")
    assert (team["id"], team["name"], team["formed_on"], team["members"]) == (added["id"], "新团队", "2025-01-02", 0)


def test_member_add_list_and_leave(demo_cli: Cli) -> None:
    cli = demo_cli
    before = members(cli)
    added = cli.json("member", "add", "--team", TEAM, "--name", "赵新", "--employee-id", "CN900",
                     "--hired", "2025-06-01", "--role", "Group Leader", "--phone", "13912345678")
    assert added["employee_id"] == "CN900"
    now = members(cli)
    assert set(now) - set(before) == {"CN900"}
    new = now["CN900"]
    assert (new["name"], new["role"], new["hired_on"], new["left_on"], new["group"]) == (
        "赵新", "group_leader", "2025-06-01", None, None)

    assert cli("member", "leave", "--team", TEAM, "--employee-id", "CN900", "--on", "2025-06-20",
               "--reason", "转行") == 0
    assert "赵新" in cli.out
    assert "CN900" not in members(cli)
    gone = members(cli, TEAM, "--all")["CN900"]
    assert (gone["left_on"], gone["leave_reason"]) == ("2025-06-20", "转行")


def test_member_add_into_group(demo_cli: Cli) -> None:
    cli = demo_cli
    group = cli.json("group", "list", "--team", TEAM)[0]["name"]
    assert cli("member", "add", "--team", TEAM, "--name", "钱多多", "--employee-id", "CN901",
               "--hired", "2025-06-01", "--group", group) == 0
    assert f"in group {group}" in cli.out
    assert members(cli)["CN901"]["group"] == group


def test_group_add_with_leader_assign_and_list(demo_cli: Cli) -> None:
    cli = demo_cli
    reps = [m for m in members(cli).values() if m["role"] == "rep"]
    leader, mover = reps[0]["employee_id"], reps[1]["employee_id"]
    cli.json("group", "add", "--team", TEAM, "--name", "冲锋队", "--slogan", "每天多打十通电话", "--goal", "30 单",
             "--leader", leader)
    moved = cli.json("group", "assign", "--team", TEAM, "--employee-id", mover, "--group", "冲锋队",
                     "--on", DEMO_DAY.isoformat())
    assert moved == {"employee_id": mover, "name": reps[1]["name"], "group": "冲锋队", "changed": True,
                     "from": DEMO_DAY.isoformat()}
    again = cli.json("group", "assign", "--team", TEAM, "--employee-id", mover, "--group", "冲锋队",
                     "--on", DEMO_DAY.isoformat())
    assert again["changed"] is False

    groups = {g["name"]: g for g in cli.json("group", "list", "--team", TEAM)}
    rocket = groups["冲锋队"]
    assert (rocket["slogan"], rocket["goal"]) == ("每天多打十通电话", "30 单")
    assert rocket["leader"] == members(cli)[leader]["name"]
    assert sorted(m["employee_id"] for m in rocket["members"]) == sorted([leader, mover])
    assert all(mover not in {m["employee_id"] for m in g["members"]} for n, g in groups.items() if n != "冲锋队")
    assert members(cli)[mover]["group"] == "冲锋队"

    out = cli.json("group", "assign", "--team", TEAM, "--employee-id", mover, "--none", "--on", "2025-07-01")
    assert (out["group"], out["changed"]) == (None, True)
    assert members(cli)[mover]["group"] is None
    assert cli("group", "list", "--team", TEAM) == 0
    assert "冲锋队" in cli.out and "每天多打十通电话" in cli.out


def test_db_upgrade_on_empty_file_then_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "empty.sqlite3"
    path.touch()
    cli = Cli(f"sqlite:///{path}", capsys)
    upgraded = cli.json("db", "upgrade")
    assert (upgraded["from"], upgraded["to"], upgraded["changed"], upgraded["backup"]) == (
        None, head_revision(), True, None)
    report = cli.json("db", "check")
    assert report["ok"] is True and report["problems"] == []
    assert (report["backend"], report["revision"], report["head"]) == ("sqlite", head_revision(), head_revision())
    assert cli("db", "upgrade") == 0
    assert "Already at the newest" in cli.out


def test_db_upgrade_reports_backup_of_old_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "old.sqlite3"
    raw = sqlite3.connect(path)
    raw.execute("CREATE TABLE legacy (id INTEGER PRIMARY KEY)")
    raw.close()
    cli = Cli(str(path), capsys)  # a bare file path is accepted too
    upgraded = cli.json("db", "upgrade")
    assert upgraded["changed"] is True
    assert upgraded["backup"] and Path(upgraded["backup"]).exists()
    assert Path(upgraded["backup"]).parent == tmp_path


def test_db_check_on_unmigrated_database_fails_without_changing_it(cli: Cli) -> None:
    assert cli("db", "check") == 1
    assert "PROBLEM" in cli.out and "coachdesk db upgrade" in cli.out
    assert cli("db", "check", "--json") == 1
    report = json.loads(cli.out)
    assert report["ok"] is False and report["revision"] is None
    assert cli.dump() == {}


def test_db_upgrade_then_check_on_backend(cli: Cli) -> None:
    assert cli.json("db", "upgrade")["to"] == head_revision()
    assert cli.json("db", "check")["ok"] is True


# ---------------------------------------------------------------- errors change nothing


def add_member_args(**overrides: str) -> list[str]:
    options = {"--team": TEAM, "--name": "赵新", "--employee-id": "CN900", "--hired": "2025-06-01"} | overrides
    return ["member", "add", *[part for item in options.items() for part in item]]


@pytest.mark.parametrize(
    ("overrides", "option", "code"),
    [
        ({"--hired": "2025-02-30"}, "--hired", 2),
        ({"--hired": "06/01/2025"}, "--hired", 2),
        ({"--team": "没有这个团队"}, "--team", 2),
        ({"--employee-id": "CN001"}, "--employee-id", 2),  # taken in this team
        ({"--employee-id": "bad id"}, "--employee-id", 2),
        ({"--role": "boss"}, "--role", 2),
        ({"--phone": "abc"}, "--phone", 2),
        ({"--group": "没有这个组"}, "--group", 2),
    ],
)
def test_member_add_errors_name_the_option_and_change_nothing(demo_cli: Cli, overrides, option, code) -> None:
    cli = demo_cli
    before = cli.dump()
    assert cli(*add_member_args(**overrides)) == code
    assert cli.err.startswith(f"coachdesk: error: {option}")
    assert cli.out == ""
    assert cli.dump() == before


def test_json_error_shape(demo_cli: Cli) -> None:
    cli = demo_cli
    before = cli.dump()
    assert cli(*add_member_args(**{"--hired": "2025-13-01", "--name": " "}), "--json") == 2
    payload = json.loads(cli.out)
    assert payload["ok"] is False
    assert [e["field"] for e in payload["errors"]] == ["hired_on"]  # the date is parsed first
    assert all(set(e) == {"field", "message"} and e["message"] for e in payload["errors"])
    assert "--hired" in cli.err
    assert cli("team", "add", "--name", " ", "--json") == 2
    payload = json.loads(cli.out)
    assert payload == {"ok": False, "errors": [{"field": "name", "message": "must not be empty"}]}
    assert cli("member", "list", "--team", "nope", "--json") == 2
    (error,) = json.loads(cli.out)["errors"]
    assert error["field"] == "team" and "nope" in error["message"]
    assert cli.dump() == before


@pytest.mark.parametrize(
    ("argv", "option"),
    [
        (["member", "leave", "--team", TEAM, "--employee-id", "CN999"], "--employee-id"),
        (["member", "leave", "--team", TEAM, "--employee-id", "CN001", "--on", "2001-01-01"], "--on"),
        (["member", "leave", "--team", TEAM, "--employee-id", "CN001", "--on", "soon"], "--on"),
        (["group", "add", "--team", TEAM, "--name", "冲锋队", "--leader", "CN999"], "--leader"),
        (["group", "assign", "--team", TEAM, "--employee-id", "CN001", "--group", "没有这个组"], "--group"),
        (["team", "add", "--name", TEAM], "--name"),
        (["team", "add", "--name", "新团队", "--formed", "2025-00-01"], "--formed"),
        (["group", "list", "--team", "nope"], "--team"),
    ],
)
def test_other_errors_name_the_option_and_change_nothing(demo_cli: Cli, argv: list[str], option: str) -> None:
    cli = demo_cli
    before = cli.dump()
    assert cli(*argv) == 2
    assert cli.err.startswith(f"coachdesk: error: {option}"), cli.err
    assert cli.dump() == before


def test_assign_before_current_group_start(demo_cli: Cli) -> None:
    cli = demo_cli
    rep = next(m for m in members(cli).values() if m["group"])
    before = cli.dump()
    assert cli("group", "assign", "--team", TEAM, "--employee-id", rep["employee_id"], "--none",
               "--on", "1999-01-01") == 2
    assert cli.err.startswith("coachdesk: error: --on")
    assert cli.dump() == before


def test_leaving_twice(demo_cli: Cli) -> None:
    cli = demo_cli
    gone = next(m for m in members(cli, TEAM, "--all").values() if m["left_on"])
    before = cli.dump()
    assert cli("member", "leave", "--team", TEAM, "--employee-id", gone["employee_id"]) == 2
    assert "--on" in cli.err and "already left" in cli.err
    assert cli.dump() == before


def test_bad_database_url(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["team", "list", "--db", "mysql://u@h/db"]) == 2
    assert capsys.readouterr().err.startswith("coachdesk: error: --db")


def test_database_from_a_newer_coachdesk(cli: Cli) -> None:
    assert cli("db", "upgrade") == 0
    db = open_database(cli.url)
    try:
        with db.engine.begin() as conn:
            conn.exec_driver_sql("UPDATE alembic_version SET version_num = 'ffff00000000'")
    finally:
        db.dispose()
    assert cli("team", "list") == 1
    assert "--db" in cli.err and "newer coachdesk" in cli.err


# ---------------------------------------------------------------- the real entry point


def test_python_m_coachdesk(tmp_path: Path) -> None:
    env = {**os.environ, "COACHDESK_DB": str(tmp_path / "unused.sqlite3"), "PYTHONIOENCODING": "utf-8"}

    def run(*argv: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "coachdesk", *argv], capture_output=True, text=True,
                              encoding="utf-8", env=env, cwd=ROOT, timeout=120)

    help_ = run("--help")
    assert help_.returncode == 0, help_.stderr
    assert "usage: coachdesk" in help_.stdout
    for command in ("team", "member", "group", "db", "demo"):
        assert command in help_.stdout

    path = tmp_path / "cli.sqlite3"
    listed = run("team", "list", "--db", f"sqlite:///{path}")
    assert listed.returncode == 0, listed.stderr
    assert "No teams yet" in listed.stdout
    assert path.exists()
    assert not (tmp_path / "unused.sqlite3").exists()

    bad = run("member", "add", "--team", "x", "--name", "n", "--employee-id", "E1", "--hired", "nope",
              "--db", f"sqlite:///{path}")
    assert bad.returncode == 2 and "--hired" in bad.stderr
