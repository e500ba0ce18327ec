"""Formation dates that follow the team's data (issue 9): a team added without a date takes it from its imported
history (the summary says so, undo puts it back), a typed date later than the data is reported and kept, and
the diagnosis never says "not formed yet" on a day the team has activity. In-process CLI on both backends."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import random
from pathlib import Path

import pytest

from coachdesk.core.roster.model import TeamDraft
from coachdesk.store.activity.imports import FORMED_ON_LATER, FORMED_ON_SET, ImportOptions, run_import, undo_import
from coachdesk.store.database import Database
from coachdesk.store.lifecycle.facts import gather_facts
from coachdesk.store.roster import service as roster
from tests.test_cli import Cli

HEADERS = ["日期", "工号", "姓名", "呼出量", "接通量", "通话时长(秒)", "成交量", "成交金额"]


def history(end: dt.date, days: int = 122, reps: int = 12, fall: float = 0.0, seed: int = 7) -> bytes:
    """``days`` of weekday figures ending the day before ``end``; calls fall by ``fall`` in the last 14 days."""
    rng = random.Random(seed)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(HEADERS)
    for back in range(days, 0, -1):
        day = end - dt.timedelta(days=back)
        if day.weekday() >= 5:
            continue
        for i in range(reps):
            calls = max(0, round(rng.gauss(90 * (1 - fall if back <= 14 else 1), 8)))
            connected = round(calls * 0.3)
            deals = max(0, min(connected, round(rng.gauss(connected * 0.08, 1))))
            writer.writerow([day.isoformat(), f"E{i:02d}", f"代表{i}", calls, connected, connected * 95, deals,
                             deals * 800])
    return out.getvalue().encode("utf-8")


@pytest.fixture
def cli(db_url: str, capsys: pytest.CaptureFixture[str]) -> Cli:
    return Cli(db_url, capsys)


@pytest.fixture
def history_file(tmp_path: Path) -> Path:
    path = tmp_path / "history.csv"
    path.write_bytes(history(dt.date.today(), fall=1 / 3))
    return path


def test_acceptance_team_without_date_then_history_then_diagnose(cli: Cli, history_file: Path) -> None:
    today = dt.date.today()
    assert cli("team", "add", "--name", "T") == 0, cli.err
    assert "No formation date given" in cli.out
    assert cli("import", "activity", str(history_file), "--team", "T", "--create-missing") == 0, cli.err
    first = today - dt.timedelta(days=122)
    first += dt.timedelta(days=max(0, 7 - first.weekday()) if first.weekday() >= 5 else 0)
    assert f"it is now {first.isoformat()}, the first day of its history" in cli.out
    [team] = cli.json("team", "list")  # type: ignore[misc]
    assert (team["formed_on"], team["formed_on_known"]) == (first.isoformat(), False)

    diagnosis = cli.json("diagnose", "--team", "T")
    assert isinstance(diagnosis, dict)
    text = json.dumps(diagnosis, ensure_ascii=False)
    assert "not formed" not in text and "missing_not_formed" not in text
    age = next(s for s in diagnosis["signals"] if s["id"] == "team_age")
    assert age["finding"] == "growing" and age["value"] == (today - first).days
    # Calls fell by a third in the last two weeks: storming leads, and the drop is the principal contradiction.
    mix = diagnosis["stage_mix"]
    assert diagnosis["top_stage"] == "storming" and mix["storming"] == max(mix.values())
    assert diagnosis["principal_contradiction"]["signal"] == "call_volume_change"
    assert "severe_leads" in [r["rule"] for r in diagnosis["reasoning"]]


def test_undo_puts_the_formation_date_back(cli: Cli, history_file: Path) -> None:
    assert cli("team", "add", "--name", "T") == 0
    report = cli.json("import", "activity", str(history_file), "--team", "T", "--create-missing")
    assert isinstance(report, dict) and report["formation"]["kind"] == FORMED_ON_SET
    assert report["formation"]["formed_on"] == dt.date.today().isoformat()
    assert cli("import", "undo", str(report["import_id"])) == 0, cli.err
    [team] = cli.json("team", "list")  # type: ignore[misc]
    assert team["formed_on"] == dt.date.today().isoformat() and team["formed_on_known"] is False


def test_dry_run_says_what_the_date_would_become_and_changes_nothing(cli: Cli, history_file: Path) -> None:
    assert cli("team", "add", "--name", "T") == 0
    assert cli("import", "activity", str(history_file), "--team", "T", "--create-missing", "--dry-run") == 0
    assert "Would set the formation date" in cli.out
    [team] = cli.json("team", "list")  # type: ignore[misc]
    assert team["formed_on"] == dt.date.today().isoformat()


def test_a_typed_date_later_than_the_data_is_reported_and_kept(cli: Cli, history_file: Path) -> None:
    typed = (dt.date.today() - dt.timedelta(days=30)).isoformat()
    assert cli("team", "add", "--name", "U", "--formed", typed) == 0
    report = cli.json("import", "activity", str(history_file), "--team", "U", "--create-missing")
    assert isinstance(report, dict) and report["formation"]["kind"] == FORMED_ON_LATER
    assert cli("import", "list", "--team", "U") == 0
    [team] = cli.json("team", "list")  # type: ignore[misc]
    assert team["formed_on"] == typed and team["formed_on_known"] is True  # nothing changed silently
    diagnosis = cli.json("diagnose", "--team", "U")
    age = next(s for s in diagnosis["signals"] if s["id"] == "team_age")  # type: ignore[index]
    assert age["finding"] == "growing_from_activity" and f"its formation date {typed} is later" in age["text"]

    later = (dt.date.today() - dt.timedelta(days=20)).isoformat()
    assert cli("team", "edit", "U", "--formed", later) == 0, cli.err
    assert "Warning: the formation date" in cli.out and "later than the team's own data" in cli.out
    edited = cli.json("team", "edit", "U", "--formed-from-history")
    assert isinstance(edited, dict) and edited["formed_on_known"] is False and edited["data_starts_on"] is None
    assert edited["formed_on"] < typed


def test_the_import_text_names_the_team_and_the_fix(cli: Cli, history_file: Path) -> None:
    assert cli("team", "add", "--name", "城南 二部", "--formed", dt.date.today().isoformat()) == 0
    assert cli("import", "activity", str(history_file), "--team", "城南 二部", "--create-missing") == 0
    assert "coachdesk team edit '城南 二部' --formed YYYY-MM-DD" in cli.out


def test_store_import_sets_and_undo_restores(db: Database, tmp_path: Path) -> None:
    today = dt.date(2026, 12, 6)
    with db.session() as s:
        team = roster.create_team(s, TeamDraft("T", "", today, formed_on_known=False))
    path = tmp_path / "h.csv"
    path.write_bytes(history(today, days=60))
    report = run_import(db, path, ImportOptions(team=team, today=today, create_missing=True))
    assert report.written and report.formation is not None and report.formation.kind == FORMED_ON_SET
    with db.session() as s:
        assert roster.team_summary(s, team).formed_on == report.formation.data_start
        facts = gather_facts(s, team, today)
        assert facts.team_age_days == (today - report.formation.data_start).days
    assert report.import_id is not None
    undo_import(db, report.import_id)
    with db.session() as s:
        assert roster.team_summary(s, team).formed_on == today


def test_diagnosis_on_a_day_with_activity_is_never_not_formed(db: Database, tmp_path: Path) -> None:
    today = dt.date(2026, 12, 6)
    with db.session() as s:
        team = roster.create_team(s, TeamDraft("T", "", today))  # typed: today, although calls began in October
    path = tmp_path / "h.csv"
    path.write_bytes(history(today, days=60))
    run_import(db, path, ImportOptions(team=team, today=today, create_missing=True))
    with db.session() as s:
        for back in (1, 10, 40, 58):
            day = today - dt.timedelta(days=back)
            facts = gather_facts(s, team, day)
            assert facts.team_age_days >= 0, day
            assert facts.recorded_formed_on == today
        assert roster.formed_later_than_data(s, team) is not None
