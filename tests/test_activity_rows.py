"""The row checker: rep matching, figures, business rules, skipped rows — and its fast path's exactness."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coachdesk.core.activity.columns import map_column, recognise
from coachdesk.core.activity.figures import Field
from coachdesk.core.activity.rows import AMBIGUOUS_NAME, Problem, RowChecker
from coachdesk.core.common.messages import CodedError

TODAY = dt.date(2024, 6, 30)
HEADERS = ["日期", "工号", "姓名", "呼出次数", "接通次数", "通话时长(秒)", "成交单数", "成交金额(元)", "意向客户"]
MEMBERS = {"E001": 1, "E002": 2, "E003": 3}
NAMES = {"王伟": [1], "李娜": [2], "张敏": [3, 4]}  # two reps called 张敏


def lookup(eid: str, name: str) -> int | CodedError | None:
    if eid:
        return MEMBERS.get(eid)
    found = NAMES.get(name, [])
    if len(found) > 1:
        return CodedError(AMBIGUOUS_NAME, count=len(found), name=name)
    return found[0] if found else None


def checker(headers: list[str] = HEADERS, today: dt.date = TODAY) -> RowChecker:
    return RowChecker(recognise(headers), today, lookup)


def row(day: object = "2024/5/6", eid: object = "E001", name: object = "王伟", calls: object = "120",
        connected: object = "40", talk: object = "3600", deals: object = "2", revenue: object = "1980.50",
        intent: object = "3") -> list[object]:
    return [day, eid, name, calls, connected, talk, deals, revenue, intent]


MAY6 = dt.date(2024, 5, 6)


def test_a_good_row() -> None:
    c = checker()
    assert c.check(2, row()) == (1, "E001", "王伟", MAY6, 120, 40, 3600, 2, 198050, 3)
    assert c.problems == [] and c.skipped.total == 0 and c.unknown == {}


def test_thousands_money_and_talk_formats() -> None:
    c = checker()
    assert c.check(2, row(calls="1,234", talk="1:02:03", revenue="¥12,345.6")) == (
        1, "E001", "王伟", MAY6, 1234, 40, 3723, 2, 1234560, 3)
    assert c.check(3, row(day="2024年5月7日", talk="5分钟", revenue="980元"))[3:] == (  # type: ignore[index]
        dt.date(2024, 5, 7), 120, 40, 300, 2, 98000, 3)


def test_talk_minutes_header() -> None:
    headers = HEADERS.copy()
    headers[5] = "通话时长(分钟)"
    c = checker(headers)
    assert c.check(2, row(talk="12"))[6] == 720  # type: ignore[index]
    assert c.check(3, row(talk="1.5"))[6] == 90  # type: ignore[index]
    assert c.check(4, row(talk="00:12:00"))[6] == 720  # type: ignore[index]


def test_blank_and_summary_rows_are_skipped_and_reported() -> None:
    c = checker()
    assert c.check(2, []) is None
    assert c.check(3, ["", " ", None, "\u3000"]) is None
    assert c.check(4, row(day="合计", eid="", name="")) is None
    assert c.check(5, row(eid="", name="总计")) is None
    assert c.check(6, row(day="", eid="Total", name="")) is None
    assert c.check(7, row(day="小计：", eid="", name="")) is None
    assert c.check(8, row(eid="", name="", calls="", connected="", talk="", deals="", revenue="", intent="")) is None
    assert c.check(9, row(calls="", connected="", talk="", deals="", revenue="", intent="")) is None
    assert c.skipped.blank == 2
    assert c.skipped.summary == [4, 5, 6, 7]
    assert c.skipped.no_figures == [9]
    assert c.skipped.total == 7
    assert [p.row for p in c.problems] == [8]  # date but no rep and no figures: a problem, not a silent skip


def test_summary_label_in_an_unmapped_first_column() -> None:
    headers = ["序号", *HEADERS]
    c = checker(headers)
    assert c.check(2, ["1", *row()]) is not None  # teaches the fast path this date and rep
    assert c.check(3, ["合计", *row()]) is None
    assert c.check(4, ["Total", *row()]) is None
    assert c.skipped.summary == [3, 4]
    assert c.check(5, ["2", *row()]) is not None
    assert c.check(6, [None, *row()]) is not None


def test_a_rep_called_summer_is_not_a_summary_row() -> None:
    c = RowChecker(recognise(["date", "name", "calls", "connected", "talk", "deals", "revenue"]), TODAY,
                   lambda eid, name: 7 if name == "Summer" else None)
    assert c.check(2, ["2024-05-06", "Summer", "10", "5", "60", "1", "100"]) == (
        7, "", "Summer", MAY6, 10, 5, 60, 1, 10000, None)
    assert c.skipped.summary == []


def test_empty_cells_count_as_zero_only_beside_other_figures() -> None:
    c = checker()
    assert c.check(2, row(connected="", talk=" ", deals="", revenue="", intent="")) == (
        1, "E001", "王伟", MAY6, 120, 0, 0, 0, 0, 0)
    assert c.check(3, row()[:4]) == (1, "E001", "王伟", MAY6, 120, 0, 0, 0, 0, 0)  # a short row
    no_intent = checker(HEADERS[:-1])
    assert no_intent.check(2, row()[:-1])[-1] is None  # type: ignore[index]  # no intent column: unknown


def test_absent_columns_count_as_zero() -> None:
    mapping = recognise(["日期", "工号", "呼出次数", "成交单数", "成交金额"])
    for f in (Field.CONNECTED, Field.TALK_TIME):
        map_column(mapping, f, [], None)
    c = RowChecker(mapping, TODAY, lookup)
    # without a connected column there is nothing to hold deals against
    assert c.check(2, ["2024-05-06", "E002", "50", "3", "300"]) == (2, "E002", "", MAY6, 50, 0, 0, 3, 30000, None)


@pytest.mark.parametrize(("cells", "column", "code", "message"), [
    (row(calls="abc"), "呼出次数", "bad_value", "'abc' is not a number"),
    (row(calls="-3"), "呼出次数", "bad_value", "'-3' is negative"),
    (row(calls="12.5"), "呼出次数", "bad_value", "'12.5' is not a whole number"),
    (row(revenue="-1"), "成交金额(元)", "bad_value", "'-1' is negative"),
    (row(revenue="1.234"), "成交金额(元)", "bad_value", "'1.234' has more than two decimals"),
    (row(revenue="²"), "成交金额(元)", "bad_value", "'²' is not an amount"),
    (row(talk="很久"), "通话时长(秒)", "bad_value", "'很久' is not a duration"),
    (row(calls="3000000000"), "呼出次数", "bad_value", "'3000000000' is too large"),
    (row(revenue="99999999999999999999"), "成交金额(元)", "bad_value", "is too large"),
    (row(talk="9999999999"), "通话时长(秒)", "bad_value", "is too large"),
    (row(revenue="1e100"), "成交金额(元)", "bad_value", "'1e100' is too large"),
    (row(intent="x"), "意向客户", "bad_value", "'x' is not a number"),
    (row(connected="130"), "接通次数", "order", "'130' connected (130) is more than calls (120)"),
    (row(deals="41"), "成交单数", "order", "'41' deals (41) are more than connected calls (40)"),
    (row(day="2024/7/1"), "日期", "future", "'2024/7/1' 2024-07-01 is in the future"),
    (row(day="2024/2/30"), "日期", "bad_date", "'2024/2/30' is not a calendar date"),
    (row(day="yesterday"), "日期", "bad_date", "'yesterday' is not a date"),
    (row(day=""), "日期", "required", "a date is required"),
    (row(eid="", name=""), "工号", "required", "the rep is missing"),
    (row(eid="", name="张敏"), "姓名", "rep", "'张敏' 2 members are called 张敏; add an employee id column"),
])
def test_every_rule(cells: list[object], column: str, code: str, message: str) -> None:
    c = checker()
    assert c.check(2, row()) is not None  # the fast path knows this date and rep now; the bad row must not slip
    assert c.check(7, cells) is None
    assert len(c.problems) == 1, c.problems
    problem = c.problems[0]
    assert (problem.row, problem.column, problem.code) == (7, column, code)
    assert message in str(problem)
    assert str(problem).startswith(f"row 7, column {column}:")


def test_ambiguous_name_points_at_the_name_column_when_there_is_no_id_column() -> None:
    c = checker([h for h in HEADERS if h != "工号"])
    assert c.check(4, ["2024/5/6", "张敏", "1", "1", "1", "0", "0", "0"]) is None
    assert (c.problems[0].column, c.problems[0].code) == ("姓名", "rep")


def test_every_problem_of_a_row_is_listed() -> None:
    c = checker()
    assert c.check(5, row(day="2024/13/1", calls="x", revenue="-2")) is None
    assert [(p.column, p.code) for p in c.problems] == [("日期", "bad_date"), ("呼出次数", "bad_value"),
                                                       ("成交金额(元)", "bad_value")]


def test_failed_figures_do_not_cause_order_problems() -> None:
    c = checker()
    c.check(2, row(calls="x", connected="50"))
    assert [p.code for p in c.problems] == ["bad_value"]


def test_matching_by_employee_id_then_name() -> None:
    c = checker()
    assert c.check(2, row(eid="E002", name="王伟"))[0] == 2  # type: ignore[index]  # the id wins
    names = checker([h for h in HEADERS if h != "工号"])
    assert names.check(2, ["2024/5/6", " 李娜 ", "1", "1", "1", "0", "0", "0"])[:3] == (2, "", "李娜")  # type: ignore[index]


def test_unknown_reps_are_collected() -> None:
    c = checker()
    assert c.check(2, row(day="2024/5/9", eid="E404", name="新人")) == (
        None, "E404", "新人", dt.date(2024, 5, 9), 120, 40, 3600, 2, 198050, 3)
    c.check(3, row(day="2024/5/7", eid="E404", name="新人"))
    c.check(4, row(eid="E405", name="另一个"))
    assert c.problems == []
    first = c.unknown[("E404", "")]
    assert (first.employee_id, first.name, first.first_day, first.rows, first.first_row) == (
        "E404", "新人", dt.date(2024, 5, 7), 2, 2)
    assert c.unknown[("E405", "")].rows == 1


def test_problem_text() -> None:
    assert str(Problem(3, "呼出次数", "abc", "is not a number")) == "row 3, column 呼出次数: 'abc' is not a number"
    assert str(Problem(3, "工号", "", "the rep is missing")) == "row 3, column 工号: the rep is missing"


def test_xlsx_cells() -> None:
    c = checker()
    assert c.check(2, [dt.date(2024, 5, 6), "E001", "王伟", 120, 40, dt.time(1, 0), 2, 1980.5, None]) == (
        1, "E001", "王伟", MAY6, 120, 40, 3600, 2, 198050, 0)
    assert c.check(3, [45419, "E001", "王伟", 120.0, 40, 3600, 2, 1980, 3])[3] == dt.date(2024, 5, 7)  # type: ignore[index]
    assert c.check(4, [dt.date(2024, 5, 6), "E001", "王伟", True, 40, 1, 1, 1, 1]) is None
    assert c.problems[0].message == "is not a number"


# ---------------------------------------------------------------- the fast path is exact

CELL = st.sampled_from(["", " ", "0", "1", "7", "40", "120", "1,234", "12.5", "-3", "abc", "1:02:03", "5分钟",
                        "3000000000", "99999999999999999999.5", "1e100",
                        "¥1,980.50", "980元", "19.99", "1.234", "合计", None])
DAY = st.sampled_from(["2024/5/6", "2024-05-07", "2024年5月8日", "20240509", "2024/7/1", "2024/2/30", "", "合计",
                       "45418", "Total"])
EID = st.sampled_from(["E001", "E002", "E003", "E404", "", " E001", "合计", "Summer"])
NAME = st.sampled_from(["王伟", "李娜", "张敏", "", "总计", "Summer"])
ROW = st.tuples(DAY, EID, NAME, *([CELL] * 6)).map(list)


@settings(max_examples=150, deadline=None)
@given(st.lists(ROW, max_size=40), st.booleans())
def test_fast_path_gives_what_the_full_check_gives(rows: list[list[object]], with_first_column: bool) -> None:
    headers = (["序号"] if with_first_column else []) + HEADERS
    fast, full = checker(headers), checker(headers)
    for number, cells in enumerate(rows, start=2):
        if with_first_column:
            cells = [str(number) if number % 3 else "合计", *cells]
        assert fast.check(number, cells) == full._check_full(number, cells), cells
    assert fast.problems == full.problems
    assert fast.skipped == full.skipped
    assert fast.unknown == full.unknown
