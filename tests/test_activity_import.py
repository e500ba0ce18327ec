"""The import engine against both backends: all or nothing, idempotent, exact undo, reps, files of every kind."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from coachdesk.core.activity.figures import Field
from coachdesk.core.common.progress import Cancelled, CancelToken
from coachdesk.core.roster.model import MemberDraft, TeamDraft
from coachdesk.core.tabular.files import FileProblem
from coachdesk.store.activity.imports import (
    UNDO_ALREADY_UNDONE,
    UNDO_LATER_IMPORTS,
    UNDO_NO_IMPORT,
    ImportOptions,
    MappingNeeded,
    UndoRefused,
    list_imports,
    run_import,
    save_day_entries,
    undo_import,
)
from coachdesk.store.activity.models import ActivityDay, ActivityImport
from coachdesk.store.database import Database
from coachdesk.store.roster import service as roster
from coachdesk.store.roster.models import Member
from tests.conftest import TableDump, dump_tables

TEAM = "测试电销组"
TODAY = dt.date(2024, 6, 30)
HEADERS = ["日期", "工号", "姓名", "呼出次数", "接通次数", "通话时长(秒)", "成交单数", "成交金额(元)", "意向客户"]
REPS = [("E001", "王伟"), ("E002", "李娜"), ("E003", "张敏"), ("E004", "张敏")]  # two reps called 张敏
# (day, employee id, name, calls, connected, talk, deals, revenue as written, intent)
ROWS = [
    ("2024/5/6", "E001", "王伟", "120", "40", "3600", "2", "1,980.00", "3"),
    ("2024/5/6", "E002", "李娜", "98", "31", "2710", "1", "980", "1"),
    ("2024/5/6", "E003", "张敏", "1,020", "300", "18,000", "5", "￥4,900.50", "8"),
    ("2024/5/7", "E001", "王伟", "110", "35", "3300", "0", "0", "2"),
    ("2024/5/7", "E002", "李娜", "105", "30", "2500", "3", "2940", "0"),
    ("2024/5/7", "E003", "张敏", "99", "33", "2400", "1", "980.5", "4"),
    ("2024/5/8", "E001", "王伟", "130", "45", "4000", "1", "980", "1"),
    ("2024/5/8", "E002", "李娜", "0", "0", "0", "0", "0", "0"),
    ("2024/5/8", "E004", "张敏", "88", "20", "1500", "1", "1980", "2"),
]


def csv_bytes(rows: list[tuple[str, ...]], headers: list[str] = HEADERS, encoding: str = "utf-8") -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(headers)
    writer.writerows(rows)
    return buffer.getvalue().encode(encoding)


@pytest.fixture
def team(db: Database) -> int:
    with db.session() as s:
        team_id = roster.create_team(s, TeamDraft(TEAM, "宽带", dt.date(2024, 1, 1)))
        for eid, name in REPS:
            roster.add_member(s, team_id, MemberDraft(eid, name, dt.date(2024, 1, 2)))
    return team_id


@pytest.fixture
def write(tmp_path: Path):
    counter = iter(range(1000))

    def write(rows: list[tuple[str, ...]] = ROWS, headers: list[str] = HEADERS, encoding: str = "utf-8",
              name: str | None = None) -> Path:
        path = tmp_path / (name or f"export{next(counter)}.csv")
        path.write_bytes(csv_bytes(rows, headers, encoding))
        return path

    return write


def options(**kwargs: object) -> ImportOptions:
    return ImportOptions(team=TEAM, today=TODAY, **kwargs)  # type: ignore[arg-type]


def stored(db: Database) -> dict[tuple[str, dt.date], tuple[int, ...]]:
    with db.session() as s:
        rows = s.execute(select(Member.employee_id, ActivityDay.day, ActivityDay.calls, ActivityDay.connected,
                                ActivityDay.talk_seconds, ActivityDay.deals, ActivityDay.revenue_cents,
                                ActivityDay.intent).join(Member, Member.id == ActivityDay.member_id))
        return {(eid, day): tuple(rest) for eid, day, *rest in rows}


def without(dump: TableDump, *tables: str) -> TableDump:
    return {name: rows for name, rows in dump.items() if name not in tables}


EXPECTED = {
    ("E001", dt.date(2024, 5, 6)): (120, 40, 3600, 2, 198000, 3),
    ("E002", dt.date(2024, 5, 6)): (98, 31, 2710, 1, 98000, 1),
    ("E003", dt.date(2024, 5, 6)): (1020, 300, 18000, 5, 490050, 8),
    ("E001", dt.date(2024, 5, 7)): (110, 35, 3300, 0, 0, 2),
    ("E002", dt.date(2024, 5, 7)): (105, 30, 2500, 3, 294000, 0),
    ("E003", dt.date(2024, 5, 7)): (99, 33, 2400, 1, 98050, 4),
    ("E001", dt.date(2024, 5, 8)): (130, 45, 4000, 1, 98000, 1),
    ("E002", dt.date(2024, 5, 8)): (0, 0, 0, 0, 0, 0),
    ("E004", dt.date(2024, 5, 8)): (88, 20, 1500, 1, 198000, 2),
}


def test_import_new_rows(db: Database, team: int, write) -> None:
    path = write()
    seen: list[tuple[int, int]] = []
    report = run_import(db, path, options(), progress=lambda done, total, msg="": seen.append((done, total)))
    assert report.ok and report.written and not report.dry_run
    assert (report.rows_read, report.new, report.changed, report.unchanged) == (9, 9, 0, 0)
    assert report.encoding == "utf-8" and report.kind == "csv"
    assert report.mapping["revenue"] == "成交金额(元)"
    assert stored(db) == EXPECTED
    assert seen[-1] == (1, 1)
    (summary,) = list_imports(db)
    assert (summary.id, summary.team, summary.file_name, summary.rows_new, summary.undone_at) == (
        report.import_id, TEAM, path.name, 9, None)
    with db.session() as s:
        record = s.get(ActivityImport, report.import_id)
        assert record is not None and record.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
        assert record.encoding == "utf-8" and record.source == "file"
        assert {d.import_id for d in s.scalars(select(ActivityDay))} == {report.import_id}
        assert {d.team_id for d in s.scalars(select(ActivityDay))} == {team}


def test_dry_run_writes_nothing(db: Database, team: int, write) -> None:
    before = dump_tables(db)
    report = run_import(db, write(), options(dry_run=True))
    assert report.ok and report.dry_run and not report.written and report.import_id is None
    assert (report.new, report.changed, report.unchanged) == (9, 0, 0)
    assert dump_tables(db) == before


def test_reimport_is_a_no_op(db: Database, team: int, write) -> None:
    first = run_import(db, write(), options())
    after_first = dump_tables(db)
    again = run_import(db, write(), options())
    assert again.ok and (again.new, again.changed, again.unchanged) == (0, 0, 9)
    assert again.changed_rows == []
    assert stored(db) == EXPECTED
    assert without(dump_tables(db), "activity_imports") == without(after_first, "activity_imports")
    assert [(i.id, i.rows_new, i.rows_changed, i.rows_unchanged) for i in list_imports(db)] == [
        (first.import_id, 9, 0, 0), (again.import_id, 0, 0, 9)]
    undo_import(db, first.import_id)  # a no-op re-import does not block undoing the real one
    assert stored(db) == {}


def corrected() -> list[tuple[str, ...]]:
    rows = [list(r) for r in ROWS]
    rows[1][3] = "99"  # file row 3: E002 2024-05-06 calls 98 -> 99
    rows[7][6], rows[7][7] = "1", "980"  # file row 9: E002 2024-05-08 deals 0 -> 1, but connected is 0 ...
    rows[7][3], rows[7][4] = "10", "5"  # ... so the call figures were corrected too
    rows.append(["2024/5/9", "E001", "王伟", "100", "30", "3000", "1", "980", "1"])  # file row 11: new
    return [tuple(r) for r in rows]


def test_corrected_file_reports_and_updates_exactly_the_changed_rows(db: Database, team: int, write) -> None:
    run_import(db, write(), options())
    report = run_import(db, write(corrected()), options())
    assert report.ok and (report.new, report.changed, report.unchanged) == (1, 2, 7)
    assert [(c.row, c.employee_id, c.day, c.before, c.after) for c in report.changed_rows] == [
        (3, "E002", dt.date(2024, 5, 6), (98, 31, 2710, 1, 98000, 1), (99, 31, 2710, 1, 98000, 1)),
        (9, "E002", dt.date(2024, 5, 8), (0, 0, 0, 0, 0, 0), (10, 5, 0, 1, 98000, 0)),
    ]
    now = stored(db)
    assert now[("E002", dt.date(2024, 5, 6))] == (99, 31, 2710, 1, 98000, 1)
    assert now[("E001", dt.date(2024, 5, 9))] == (100, 30, 3000, 1, 98000, 1)
    assert {k: v for k, v in now.items() if k not in {("E002", dt.date(2024, 5, 6)), ("E002", dt.date(2024, 5, 8)),
                                                       ("E001", dt.date(2024, 5, 9))}} == {
        k: v for k, v in EXPECTED.items() if k not in {("E002", dt.date(2024, 5, 6)), ("E002", dt.date(2024, 5, 8))}}


def test_undo_restores_exactly(db: Database, team: int, write) -> None:
    empty = dump_tables(db)
    first = run_import(db, write(), options())
    after_first = dump_tables(db)
    second = run_import(db, write(corrected()), options())
    assert dump_tables(db) != after_first
    undone = undo_import(db, second.import_id)
    assert undone.undone_at is not None and undone.id == second.import_id
    assert without(dump_tables(db), "activity_imports") == without(after_first, "activity_imports")
    assert dump_tables(db)["activity_imports"][0] == after_first["activity_imports"][0]
    undo_import(db, first.import_id)
    assert without(dump_tables(db), "activity_imports") == without(empty, "activity_imports")
    assert all(i.undone_at is not None for i in list_imports(db))


def test_undo_is_refused_while_a_later_import_exists(db: Database, team: int, write) -> None:
    first = run_import(db, write(), options())
    second = run_import(db, write(corrected()), options())
    before = dump_tables(db)
    with pytest.raises(UndoRefused, match=f"after the later imports of this team \\({second.import_id}\\)"):
        undo_import(db, first.import_id)
    assert dump_tables(db) == before
    undo_import(db, second.import_id)
    with pytest.raises(UndoRefused, match="already undone"):
        undo_import(db, second.import_id)
    undo_import(db, first.import_id)
    with pytest.raises(UndoRefused, match="there is no import 999"):
        undo_import(db, 999)


def test_undo_refusals_carry_a_code_and_params(db: Database, team: int, write) -> None:
    first = run_import(db, write(), options())
    second = run_import(db, write(corrected()), options())
    third = run_import(db, write([*ROWS, ("2024/5/10", "E001", "王伟", "80", "30", "1800", "1", "500", "0")]),
                       options())
    with pytest.raises(UndoRefused) as later:
        undo_import(db, first.import_id)
    assert (later.value.code, later.value.params) == (
        UNDO_LATER_IMPORTS.code, {"import_id": first.import_id, "later": f"{second.import_id}, {third.import_id}"})
    assert str(later.value) == (f"import {first.import_id} can be undone only after the later imports of this team "
                                f"({second.import_id}, {third.import_id}) are undone")  # the CLI's text, as before
    undo_import(db, third.import_id)
    with pytest.raises(UndoRefused) as already:
        undo_import(db, third.import_id)
    assert (already.value.code, already.value.params) == (UNDO_ALREADY_UNDONE.code, {"import_id": third.import_id})
    assert str(already.value) == f"import {third.import_id} was already undone"
    with pytest.raises(UndoRefused) as missing:
        undo_import(db, 999)
    assert (missing.value.code, missing.value.params) == (UNDO_NO_IMPORT.code, {"import_id": 999})
    assert str(missing.value) == "there is no import 999"


def test_undo_only_touches_its_own_team(db: Database, team: int, write) -> None:
    with db.session() as s:
        other = roster.create_team(s, TeamDraft("别的组", "", dt.date(2024, 1, 1)))
        for eid, name in REPS:
            roster.add_member(s, other, MemberDraft(eid, name, dt.date(2024, 1, 2)))
    mine = run_import(db, write(), options())
    run_import(db, write(corrected()), ImportOptions(team="别的组", today=TODAY))
    undo_import(db, mine.import_id)  # the other team's later import does not block
    with db.session() as s:
        assert s.scalar(select(ActivityDay.team_id).distinct()) == other


BAD_CELLS = [
    (3, 3, "abc", "呼出次数", "is not a number"),
    (4, 7, "-5", "成交金额(元)", "is negative"),
    (5, 4, "999", "接通次数", "connected (999) is more than calls (110)"),
    (6, 6, "50", "成交单数", "deals (50) are more than connected calls (30)"),
    (7, 0, "2024/7/1", "日期", "2024-07-01 is in the future"),
    (8, 5, "很久", "通话时长(秒)", "is not a duration"),
    (9, 3, "3000000000", "呼出次数", "is too large"),  # beyond PostgreSQL's INTEGER: a problem, not a crash
]


@pytest.mark.parametrize(("file_row", "column", "value", "header", "message"), BAD_CELLS)
def test_one_bad_cell_changes_nothing(db: Database, team: int, write, file_row: int, column: int, value: str,
                                      header: str, message: str) -> None:
    run_import(db, write(), options())
    rows = [list(r) for r in corrected()]
    rows[file_row - 2][column] = value
    before = dump_tables(db)
    report = run_import(db, write([tuple(r) for r in rows]), options())
    assert not report.ok and not report.written
    assert [(p.row, p.column) for p in report.problems] == [(file_row, header)]
    assert message in report.problems[0].message
    assert dump_tables(db) == before  # every table, the import log included


def test_problems_are_all_listed(db: Database, team: int, write) -> None:
    rows = [list(r) for r in ROWS]
    rows[0][3] = "x"
    rows[5][0] = "2024/2/30"
    rows[8][1] = ""
    rows[8][2] = ""
    report = run_import(db, write([tuple(r) for r in rows]), options())
    assert [p.row for p in report.problems] == [2, 7, 10]
    assert stored(db) == {}


def test_same_rep_and_day_twice(db: Database, team: int, write) -> None:
    differing = [*ROWS, ("2024/5/6", "E002", "李娜", "97", "31", "2710", "1", "980", "1")]  # file row 11 vs 3
    before = dump_tables(db)
    report = run_import(db, write(differing), options())
    assert [(p.row, p.code) for p in report.problems] == [(11, "duplicate")]
    assert "E002 on 2024-05-06 appears in rows 3, 11 with different figures" in report.problems[0].message
    assert dump_tables(db) == before
    identical = [*ROWS, ROWS[1], ROWS[1]]
    report = run_import(db, write(identical), options())
    assert report.ok and report.rows_read == 11 and report.new == 9
    assert stored(db) == EXPECTED


def test_duplicates_by_name(db: Database, team: int, write) -> None:
    headers = [h for h in HEADERS if h != "工号"]
    rows = [(d, n, *rest) for d, _e, n, *rest in ROWS if n != "张敏"]
    rows.append(("2024/5/6", "王伟", "1", "1", "1", "0", "0", "0"))
    report = run_import(db, write(rows, headers), options())
    assert [p.code for p in report.problems] == ["duplicate"]
    assert "王伟 on 2024-05-06 appears in rows 2, 8" in report.problems[0].message


def test_matching_by_name_and_ambiguous_names(db: Database, team: int, write) -> None:
    headers = [h for h in HEADERS if h != "工号"]
    rows = [(d, n, *rest) for d, _e, n, *rest in ROWS]
    report = run_import(db, write(rows, headers), options())
    assert [(p.row, p.column, p.code) for p in report.problems] == [(4, "姓名", "rep"), (7, "姓名", "rep"),
                                                                    (10, "姓名", "rep")]
    assert "2 members are called 张敏; add an employee id column" in report.problems[0].message
    assert stored(db) == {}
    ok = run_import(db, write([r for r in rows if r[1] != "张敏"], headers), options())
    assert ok.ok and ok.new == 6
    assert stored(db) == {k: v for k, v in EXPECTED.items() if k[0] in ("E001", "E002")}


NEWCOMERS = [("2024/5/7", "E900", "赵新", "50", "10", "600", "0", "0", "1"),
             ("2024/5/6", "E900", "赵新", "40", "8", "500", "0", "0", "0"),
             ("2024/5/8", "E901", "钱多", "60", "12", "700", "1", "980", "0")]


def test_unknown_reps_need_a_decision(db: Database, team: int, write) -> None:
    before = dump_tables(db)
    report = run_import(db, write(ROWS + NEWCOMERS), options())
    assert not report.ok and report.needs_rep_decision and report.problems == []
    assert [(r.employee_id, r.name, r.first_day, r.rows, r.first_row) for r in report.unknown] == [
        ("E900", "赵新", dt.date(2024, 5, 6), 2, 11), ("E901", "钱多", dt.date(2024, 5, 8), 1, 13)]
    assert dump_tables(db) == before


def test_create_missing_and_undo_removes_them(db: Database, team: int, write) -> None:
    before = dump_tables(db)
    report = run_import(db, write(ROWS + NEWCOMERS), options(create_missing=True))
    assert report.ok and report.new == 12
    assert [m.label for m in report.created_members] == ["赵新 (E900)", "钱多 (E901)"]
    with db.session() as s:
        created = {m.employee_id: m for m in s.scalars(select(Member).where(Member.created_by_import_id.is_not(None)))}
        assert {e: (m.name, m.hired_on, m.role, m.team_id, m.created_by_import_id) for e, m in created.items()} == {
            "E900": ("赵新", dt.date(2024, 5, 6), "rep", team, report.import_id),
            "E901": ("钱多", dt.date(2024, 5, 8), "rep", team, report.import_id)}
    assert stored(db)[("E900", dt.date(2024, 5, 7))] == (50, 10, 600, 0, 0, 1)
    assert list_imports(db)[0].members_created == 2
    undo_import(db, report.import_id)
    assert without(dump_tables(db), "activity_imports") == without(before, "activity_imports")


def test_create_missing_from_a_name_only_file(db: Database, team: int, write) -> None:
    headers = [h for h in HEADERS if h != "工号"]
    rows = [("2024/5/6", name, "10", "5", "60", "0", "0", "0") for name in ("新人甲", "新人乙")]
    report = run_import(db, write(rows, headers), options(create_missing=True))
    assert report.ok and [m.label for m in report.created_members] == ["新人甲 (NEW001)", "新人乙 (NEW002)"]


def test_skip_unknown(db: Database, team: int, write) -> None:
    report = run_import(db, write(ROWS + NEWCOMERS), options(skip_unknown=True))
    assert report.ok and report.new == 9 and report.skipped_unknown == 3 and report.created_members == []
    assert stored(db) == EXPECTED
    assert list_imports(db)[0].rows_skipped == 3


def test_gbk_file_with_totals_and_blank_lines(db: Database, team: int, tmp_path: Path) -> None:
    body = csv_bytes(ROWS[:3], encoding="gbk")
    body += "\r\n".encode("gbk") + ",,合计,1238,371,24310,8,\"7,860.50\",12\r\n".encode("gbk")
    body += csv_bytes(ROWS[3:], encoding="gbk").split(b"\r\n", 1)[1]
    body += "总计,,,,,,,,\r\n,,,,,,,,\r\n".encode("gbk")
    path = tmp_path / "gbk.csv"
    path.write_bytes(body)
    report = run_import(db, path, options())
    assert report.ok and report.encoding == "gb18030" and report.new == 9
    assert report.skipped.summary == [6, 13] and report.skipped.blank == 2
    assert list_imports(db)[0].rows_skipped == 4
    assert stored(db) == EXPECTED


def test_xlsx_with_date_cells_and_serials(db: Database, team: int, tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(HEADERS)
    sheet.append([dt.datetime(2024, 5, 6), "E001", "王伟", 120, 40, 3600, 2, 1980, 3])
    sheet.append([45419, "E001", "王伟", 110, 35, dt.time(0, 55), 0, 0, 2])  # serial of 2024-05-07
    sheet.append(["2024/5/8", "E001", "王伟", "130", "45", "4000", "1", "980.00", "1"])
    sheet.append([None, None, "合计", 360, 120, None, 3, 2960, None])
    path = tmp_path / "export.xlsx"
    book.save(path)
    report = run_import(db, path, options())
    assert report.ok and report.kind == "xlsx" and report.new == 3 and report.skipped.summary == [5]
    assert stored(db) == {k: v for k, v in EXPECTED.items() if k[0] == "E001"}


def test_columns_the_importer_cannot_place(db: Database, team: int, write) -> None:
    headers = ["记录日", "工号", "拨出", "接通次数", "通话时长", "成交单数", "Money"]
    rows = [("2024-05-06", "E001", "120", "40", "3600", "2", "1980")]
    before = dump_tables(db)
    with pytest.raises(MappingNeeded) as caught:
        run_import(db, write(rows, headers), options())
    assert caught.value.mapping.missing == [Field.DATE, Field.CALLS, Field.REVENUE]
    assert "columns not recognised: date, calls, revenue" in str(caught.value)
    with pytest.raises(FileProblem, match="the file has no column 'Nope'"):
        run_import(db, write(rows, headers), options(mapping={Field.DATE: "Nope"}))
    assert dump_tables(db) == before
    report = run_import(db, write(rows, headers), options(
        mapping={Field.DATE: "记录日", Field.CALLS: "拨出", Field.REVENUE: "Money", Field.INTENT: None}))
    assert report.ok and stored(db) == {("E001", dt.date(2024, 5, 6)): (120, 40, 3600, 2, 198000, None)}


def test_unknown_unit_must_be_confirmed(db: Database, team: int, write) -> None:
    headers = [*HEADERS[:7], "成交金额(万元)"]
    with pytest.raises(MappingNeeded, match=r"units not understood: revenue \(成交金额\(万元\)\)"):
        run_import(db, write([r[:8] for r in ROWS], headers), options())


def test_a_file_without_intent_keeps_the_stored_intent(db: Database, team: int, write) -> None:
    run_import(db, write(), options())
    no_intent = [r[:8] for r in ROWS]
    again = run_import(db, write(no_intent, HEADERS[:8]), options())
    assert (again.new, again.changed, again.unchanged) == (0, 0, 9)
    changed = [list(r) for r in no_intent]
    changed[0][3] = "121"
    report = run_import(db, write([tuple(r) for r in changed], HEADERS[:8]), options())
    assert report.changed == 1
    assert stored(db)[("E001", dt.date(2024, 5, 6))] == (121, 40, 3600, 2, 198000, 3)  # intent 3 kept


def test_wrong_encoding_override_writes_nothing(db: Database, team: int, write) -> None:
    path = write(encoding="gbk")
    before = dump_tables(db)
    with pytest.raises(FileProblem, match=r"^row 1: the bytes are not valid utf-8"):
        run_import(db, path, options(encoding="utf-8"))
    assert dump_tables(db) == before
    assert run_import(db, path, options(encoding="gbk")).new == 9


def test_unknown_team(db: Database, team: int, write) -> None:
    from coachdesk.core.common.validation import NotFoundError

    with pytest.raises(NotFoundError):
        run_import(db, write(), ImportOptions(team="没有这个组", today=TODAY))


def test_cancel_writes_nothing(db: Database, team: int, write) -> None:
    token = CancelToken()
    token.cancel()
    before = dump_tables(db)
    with pytest.raises(Cancelled):
        run_import(db, write(), options(), cancel=token)
    assert dump_tables(db) == before


def test_manual_day_entries(db: Database, team: int) -> None:
    with db.session() as s:
        ids = {m.employee_id: m.id for m in roster.list_members(s, team)}
    day = dt.date(2024, 5, 10)
    report = save_day_entries(db, TEAM, day, [(ids["E001"], (100, 30, 2000, 1, 98000, None)),
                                              (ids["E002"], (80, 20, 1500, 0, 0, 2))], today=TODAY)
    assert report.ok and report.written and report.new == 2
    assert stored(db) == {("E001", day): (100, 30, 2000, 1, 98000, None), ("E002", day): (80, 20, 1500, 0, 0, 2)}
    assert list_imports(db)[-1].source == "manual"
    before = dump_tables(db)
    bad = save_day_entries(db, TEAM, day, [(ids["E001"], (10, 30, 0, 0, 0, None)), (9999, (1, 1, 1, 1, 1, 1))],
                           today=TODAY)
    assert [(p.row, p.code) for p in bad.problems] == [(1, "order"), (2, "rep")]
    assert dump_tables(db) == before
    future = save_day_entries(db, TEAM, TODAY + dt.timedelta(days=1), [], today=TODAY)
    assert [p.code for p in future.problems] == ["future"]
    undo_import(db, report.import_id)
    assert stored(db) == {}


def test_import_over_demo_activity_and_undo(demo_db: Database, tmp_path: Path) -> None:
    """Demo rows (no import) overwritten by a file come back exactly, import_id NULL included, on undo."""
    from tests.conftest import DEMO_DAY

    team = "城南电销二部"
    with demo_db.session() as s:
        days = s.execute(select(Member.employee_id, Member.name, ActivityDay.day).join(
            Member, Member.id == ActivityDay.member_id).where(Member.team.has(name=team))
            .order_by(ActivityDay.day.desc(), Member.employee_id).limit(5)).all()
    rows = [(day.isoformat(), eid, name, "7", "3", "60", "1", "100", "0") for eid, name, day in days]
    path = tmp_path / "over-demo.csv"
    path.write_bytes(csv_bytes(rows))
    before = dump_tables(demo_db)
    report = run_import(demo_db, path, ImportOptions(team=team, today=DEMO_DAY))
    assert report.ok and (report.new, report.changed) == (0, 5)
    undo_import(demo_db, report.import_id)
    assert without(dump_tables(demo_db), "activity_imports") == without(before, "activity_imports")


def test_sqlite_page_cache_is_given_back(db: Database, team: int, write, backend: str) -> None:
    if backend != "sqlite":
        pytest.skip("a SQLite pragma")
    with db.engine.connect() as conn:
        default = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    assert run_import(db, write(), options()).ok
    with pytest.raises(FileProblem):
        run_import(db, write(encoding="gbk"), options(encoding="utf-8"))
    with db.engine.connect() as conn:  # the pool hands back the connection the imports used
        assert conn.exec_driver_sql("PRAGMA cache_size").scalar() == default
