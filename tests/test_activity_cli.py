"""`coachdesk import activity|list|undo` and `coachdesk stats`, in-process against both backends."""

from __future__ import annotations

import csv
import datetime as dt
import io
from decimal import Decimal
from pathlib import Path

import pytest

from coachdesk.core.roster.model import GroupDraft, MemberDraft, TeamDraft
from coachdesk.store.database import open_database
from coachdesk.store.roster import service as roster
from tests.conftest import DEMO_DAY
from tests.test_cli import Cli

TEAM = "测试电销组"
HEADERS = ["日期", "工号", "姓名", "呼出次数", "接通次数", "通话时长(秒)", "成交单数", "成交金额(元)", "意向客户"]
ROWS = [
    ("2024/5/6", "E001", "王伟", "120", "40", "3600", "2", "1,980.00", "3"),
    ("2024/5/6", "E002", "李娜", "98", "31", "2710", "1", "980", "1"),
    ("2024/5/6", "E003", "张敏", "1,020", "300", "18,000", "5", "￥4,900.50", "8"),
    ("2024/5/7", "E001", "王伟", "110", "35", "3300", "0", "0", "2"),
    ("2024/5/7", "E002", "李娜", "105", "30", "2500", "3", "2940", "0"),
    ("2024/5/7", "E003", "张敏", "99", "33", "2400", "1", "980.5", "4"),
    ("2024/5/13", "E001", "王伟", "130", "45", "4000", "1", "980", "1"),
    ("2024/5/13", "E002", "李娜", "0", "0", "0", "0", "0", "0"),
    ("2024/5/14", "E004", "赵强", "88", "20", "1500", "1", "1980元", "2"),
]


def number(text: str) -> Decimal:
    return Decimal(text.replace(",", "").replace("￥", "").replace("元", ""))


def sums(rows: list[tuple[str, ...]]) -> dict[str, object]:
    """What `stats` must report for these rows: exact integers, revenue as a decimal string."""
    total = {k: sum(int(number(r[i])) for r in rows) for k, i in
             (("calls", 3), ("connected", 4), ("talk_seconds", 5), ("deals", 6))}
    total["revenue"] = str(sum((number(r[7]) for r in rows), Decimal(0)).quantize(Decimal("0.01")))
    total["rep_days"] = len(rows)
    return total


def export(rows: list[tuple[str, ...]], headers: list[str] = HEADERS, encoding: str = "utf-8",
           totals: bool = False) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(headers)
    writer.writerows(rows)
    if totals:
        s = sums(rows)
        writer.writerow(["合计", "", "", s["calls"], s["connected"], s["talk_seconds"], s["deals"], s["revenue"], ""])
    return buffer.getvalue().encode(encoding)


@pytest.fixture
def cli(db_url: str, capsys: pytest.CaptureFixture[str]) -> Cli:
    """A team with four reps in two groups (E002 moves on 2024-05-10, E004 is in none), set up through the
    store services in one transaction (the commands themselves are covered in test_cli.py)."""
    db = open_database(db_url)
    try:
        with db.session() as s:
            team = roster.create_team(s, TeamDraft(TEAM, "", dt.date(2024, 1, 1)))
            ids = {eid: roster.add_member(s, team, MemberDraft(eid, name, dt.date(2024, 1, 2))) for eid, name in
                   (("E001", "王伟"), ("E002", "李娜"), ("E003", "张敏"), ("E004", "赵强"))}
            tigers = roster.create_group(s, team, GroupDraft("猛虎队"), on=dt.date(2024, 1, 2))
            eagles = roster.create_group(s, team, GroupDraft("雄鹰队"), on=dt.date(2024, 1, 2))
            for eid, group, on in (("E001", tigers, dt.date(2024, 1, 2)), ("E002", tigers, dt.date(2024, 1, 2)),
                                   ("E003", eagles, dt.date(2024, 1, 2)), ("E002", eagles, dt.date(2024, 5, 10))):
                roster.assign_member(s, ids[eid], group, on=on)
    finally:
        db.dispose()
    return Cli(db_url, capsys)


@pytest.fixture
def files(tmp_path: Path):
    counter = iter(range(1000))

    def make(data: bytes, suffix: str = ".csv") -> str:
        path = tmp_path / f"export{next(counter)}{suffix}"
        path.write_bytes(data)
        return str(path)

    return make


def imported(cli: Cli, path: str, *extra: str) -> dict:
    result = cli.json("import", "activity", path, "--team", TEAM, *extra)
    assert result["ok"]
    return result


def totals_of(payload: dict) -> dict[str, object]:
    t = payload["total"]
    return {k: t[k] for k in ("calls", "connected", "talk_seconds", "deals", "revenue", "rep_days")}


def test_acceptance_gbk_export_with_totals_row(cli: Cli, files) -> None:
    """A GBK CSV with Chinese headers, a 合计 row and 2024/5/6 dates imports; stats equal the file's sums."""
    path = files(export(ROWS, encoding="gbk", totals=True))
    assert cli("import", "activity", path, "--team", TEAM) == 0, cli.out + cli.err
    assert "Imported export0.csv (csv, gb18030): 9 new, 0 changed, 0 unchanged, 1 skipped." in cli.out
    assert "Skipped summary rows: 11" in cli.out
    expected = sums(ROWS)
    assert expected["revenue"] == "14741.00"
    for by in ("rep", "group", "day", "week"):
        payload = cli.json("stats", "--team", TEAM, "--by", by)
        assert totals_of(payload) == expected, by
        rows = payload["rows"]
        for key in ("calls", "connected", "talk_seconds", "deals", "rep_days"):
            assert sum(r[key] for r in rows) == expected[key], (by, key)
        assert str(sum(Decimal(r["revenue"]) for r in rows)) == expected["revenue"], by
        assert (payload["from"], payload["to"]) == ("2024-05-06", "2024-05-14")


def test_stats_breakdowns(cli: Cli, files) -> None:
    imported(cli, files(export(ROWS)))
    by_rep = {r["label"]: r for r in cli.json("stats", "--team", TEAM, "--by", "rep")["rows"]}
    assert by_rep["王伟 (E001)"]["calls"] == 360 and by_rep["张敏 (E003)"]["revenue"] == "5881.00"
    assert by_rep["王伟 (E001)"]["connect_rate"] == round(120 / 360, 4)
    by_group = {r["label"]: r["calls"] for r in cli.json("stats", "--team", TEAM, "--by", "group")["rows"]}
    assert by_group == {"猛虎队": 120 + 98 + 110 + 105 + 130, "雄鹰队": 1020 + 99 + 0, "": 88}  # E002 moved on 5/10
    by_day = cli.json("stats", "--team", TEAM, "--by", "day")["rows"]
    assert [(r["key"], r["calls"]) for r in by_day] == [("2024-05-06", 1238), ("2024-05-07", 314),
                                                       ("2024-05-13", 130), ("2024-05-14", 88)]
    by_week = cli.json("stats", "--team", TEAM, "--by", "week")["rows"]
    assert [(r["key"], r["calls"]) for r in by_week] == [("2024-05-06", 1552), ("2024-05-13", 218)]
    window = cli.json("stats", "--team", TEAM, "--from", "2024-05-07", "--to", "2024-05-13")
    assert window["total"]["calls"] == 314 + 130 and window["total"]["rep_days"] == 5
    assert cli("stats", "--team", TEAM, "--by", "group") == 0
    assert "猛虎队" in cli.out and "(no group)" in cli.out and "TOTAL" in cli.out


def test_stats_errors_and_empty_team(cli: Cli) -> None:
    empty = cli.json("stats", "--team", TEAM)
    assert empty["total"]["calls"] == 0 and empty["rows"] == [] and empty["total"]["revenue"] == "0.00"
    assert cli("stats", "--team", TEAM, "--from", "2024-05-10", "--to", "2024-05-01") == 2
    assert "--to" in cli.err and "is before --from" in cli.err
    assert cli("stats", "--team", "没有这个组") == 2


def test_dry_run_writes_nothing(cli: Cli, files) -> None:
    before = cli.dump()
    assert cli("import", "activity", files(export(ROWS)), "--team", TEAM, "--dry-run") == 0, cli.err
    assert cli.out.startswith("Would import") and "9 new" in cli.out
    assert cli.dump() == before


def test_reimport_and_corrected_file(cli: Cli, files) -> None:
    imported(cli, files(export(ROWS)))
    again = imported(cli, files(export(ROWS)))
    assert (again["new"], again["changed"], again["unchanged"]) == (0, 0, 9)
    fixed = [list(r) for r in ROWS]
    fixed[1][3] = "99"
    fixed[5][7] = "1,000.50"
    assert cli("import", "activity", files(export([tuple(r) for r in fixed])), "--team", TEAM) == 0
    assert "0 new, 2 changed, 7 unchanged" in cli.out
    assert "Changed row 3: E002 2024-05-06 (98, 31, 2710, 1, 98000, 1) -> (99, 31, 2710, 1, 98000, 1)" in cli.out
    assert "Changed row 7: E003 2024-05-07 (99, 33, 2400, 1, 98050, 4) -> (99, 33, 2400, 1, 100050, 4)" in cli.out
    assert cli.json("stats", "--team", TEAM)["total"]["calls"] == sums(ROWS)["calls"] + 1  # type: ignore[operator]


def test_one_bad_cell_fails_and_changes_nothing(cli: Cli, files) -> None:
    imported(cli, files(export(ROWS[:3])))
    bad = [list(r) for r in ROWS]
    bad[2][3] = "abc"
    path = files(export([tuple(r) for r in bad]))
    before = cli.dump()
    assert cli("import", "activity", path, "--team", TEAM) == 2
    assert "1 problem(s); nothing was written:" in cli.out
    assert "row 4, column 呼出次数: 'abc' is not a number" in cli.out
    assert cli.dump() == before
    assert cli("import", "activity", path, "--team", TEAM, "--json") == 2
    import json

    payload = json.loads(cli.out)
    assert payload["ok"] is False and payload["written"] is False
    assert payload["problems"] == [{"row": 4, "column": "呼出次数", "value": "abc", "message": "is not a number",
                                    "code": "bad_value"}]
    assert cli.dump() == before


def test_import_list_and_undo(cli: Cli, files) -> None:
    before = cli.dump()
    assert cli("import", "list") == 0 and "No imports yet." in cli.out
    first = imported(cli, files(export(ROWS)))
    changed = [list(r) for r in ROWS]
    changed[0][3] = "121"
    second = imported(cli, files(export([tuple(r) for r in changed])))
    listing = cli.json("import", "list", "--team", TEAM)
    assert [(i["id"], i["new"], i["changed"], i["undone_at"]) for i in listing] == [
        (first["import_id"], 9, 0, None), (second["import_id"], 0, 1, None)]
    assert cli("import", "list") == 0 and "export0.csv" in cli.out and "export1.csv" in cli.out
    assert cli("import", "undo", str(first["import_id"])) == 2
    assert "IMPORT_ID (import_id)" in cli.err and "later imports" in cli.err
    assert cli("import", "undo", str(second["import_id"])) == 0
    assert f"Undid import {second['import_id']}" in cli.out and "restored 1 changed rows" in cli.out
    assert cli("import", "undo", str(first["import_id"])) == 0
    assert cli("import", "undo", str(first["import_id"])) == 2 and "already undone" in cli.err
    after = cli.dump()
    assert {k: v for k, v in after.items() if k != "activity_imports"} == {
        k: v for k, v in before.items() if k != "activity_imports"}
    assert all(i["undone_at"] for i in cli.json("import", "list"))


def test_unknown_reps(cli: Cli, files) -> None:
    newcomers = [("2024/5/8", "E900", "钱新", "50", "10", "600", "0", "0", "1")]
    path = files(export(ROWS + newcomers))
    before = cli.dump()
    assert cli("import", "activity", path, "--team", TEAM) == 2
    assert "1 rep(s) are not in the team; add --create-missing" in cli.out
    assert "row 11: E900 钱新 (1 rows from 2024-05-08)" in cli.out
    assert cli.dump() == before
    skipped = imported(cli, path, "--skip-unknown", "--dry-run")
    assert skipped["skipped"]["unknown_reps"] == 1 and skipped["new"] == 9
    created = imported(cli, path, "--create-missing")
    assert created["created_members"] == [{"employee_id": "E900", "name": "钱新"}] and created["new"] == 10
    member = {m["employee_id"]: m for m in cli.json("member", "list", "--team", TEAM)}["E900"]
    assert member["hired_on"] == "2024-05-08"
    assert cli("import", "undo", str(created["import_id"])) == 0 and "removed 1 created reps" in cli.out
    assert "E900" not in {m["employee_id"] for m in cli.json("member", "list", "--team", TEAM, "--all")}


def test_mapping_on_the_command_line(cli: Cli, files) -> None:
    headers = ["记录日", "工号", "拨出", "接通次数", "通话时长(秒)", "成交单数", "Money"]
    path = files(export([r[:2] + r[3:8] for r in ROWS], headers))
    assert cli("import", "activity", path, "--team", TEAM) == 2
    assert "error: --map: columns not recognised: date, calls, revenue" in cli.err
    assert "--map date=HEADER --map calls=HEADER --map revenue=HEADER" in cli.err
    result = imported(cli, path, "--map", "date=记录日", "--map", "calls=拨出", "--map", "revenue=Money")
    assert result["new"] == 9 and result["mapping"]["calls"] == "拨出"
    assert cli("import", "activity", path, "--team", TEAM, "--map", "colour=x") == 2 and "unknown field" in cli.err
    assert cli("import", "activity", path, "--team", TEAM, "--map", "date") == 2 and "write field=Header" in cli.err


def test_absent_column_with_an_empty_map(cli: Cli, files) -> None:
    headers = ["日期", "工号", "呼出次数", "接通次数", "成交单数", "成交金额"]
    path = files(export([(r[0], r[1], *r[3:5], r[6], r[7]) for r in ROWS], headers))
    assert cli("import", "activity", path, "--team", TEAM) == 2 and "talk_time" in cli.err
    assert imported(cli, path, "--map", "talk_time=")["new"] == 9
    assert cli.json("stats", "--team", TEAM)["total"]["talk_seconds"] == 0


def test_encoding_option(cli: Cli, files) -> None:
    path = files(export(ROWS, encoding="gbk"))
    before = cli.dump()
    assert cli("import", "activity", path, "--team", TEAM, "--encoding", "utf-8") == 2
    assert "FILE (file): row 1: the bytes are not valid utf-8" in cli.err
    assert cli("import", "activity", path, "--team", TEAM, "--encoding", "nonsense") == 2
    assert "unknown encoding 'nonsense'" in cli.err
    assert cli.dump() == before
    assert imported(cli, path, "--encoding", "GBK")["encoding"] == "gb18030"


def test_xlsx_and_missing_files(cli: Cli, files, tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(HEADERS)
    for r in ROWS:
        book.active.append(list(r))
    path = tmp_path / "export.xlsx"
    book.save(path)
    assert imported(cli, str(path))["new"] == 9
    assert cli("import", "activity", str(tmp_path / "nope.csv"), "--team", TEAM) == 2 and "does not exist" in cli.err
    assert cli("import", "activity", files(b"not a workbook", ".xlsx"), "--team", TEAM) == 2
    assert "not a readable .xlsx workbook" in cli.err


def test_demo_stats_show_the_storming_team_slipping(cli: Cli) -> None:
    assert cli("demo", "--as-of", DEMO_DAY.isoformat()) == 0
    assert "rep-days of call activity" in cli.out
    storming = cli.json("stats", "--team", "城南电销二部", "--by", "week")
    assert storming["to"] < DEMO_DAY.isoformat() and storming["total"]["calls"] > 0
    assert storming["trend"]["calls_per_week"] < 0  # volume falling over the last weeks
    norming = cli.json("stats", "--team", "华东续费中心")
    assert norming["volatility"]["deals"] < storming["volatility"]["deals"]
    assert sum(r["calls"] for r in norming["rows"]) == norming["total"]["calls"]
