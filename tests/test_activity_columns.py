"""Recognising the columns of an activity export from its header row: Chinese and English, unit hints."""

from __future__ import annotations

import pytest

from coachdesk.core.activity.columns import is_summary_label, map_column, recognise, split_unit
from coachdesk.core.activity.figures import Field

CHINESE = ["日期", "工号", "姓名", "呼出次数", "接通次数", "通话时长(秒)", "成交单数", "成交金额(元)", "意向客户"]


def test_chinese_export() -> None:
    mapping = recognise(CHINESE)
    assert mapping.complete and mapping.missing == [] and mapping.unknown_units == {}
    assert {f: c.index for f, c in mapping.columns.items()} == {
        Field.DATE: 0, Field.EMPLOYEE_ID: 1, Field.NAME: 2, Field.CALLS: 3, Field.CONNECTED: 4, Field.TALK_TIME: 5,
        Field.DEALS: 6, Field.REVENUE: 7, Field.INTENT: 8}
    assert mapping.columns[Field.TALK_TIME].header == "通话时长(秒)"
    assert mapping.columns[Field.TALK_TIME].unit == "seconds" and mapping.talk_unit() == "seconds"
    assert mapping.columns[Field.REVENUE].unit == "yuan"


def test_english_export_with_spacing_case_and_underscores() -> None:
    headers = ["Date", " Employee ID ", "Agent Name", "Calls", "Connected", "Talk Time (min)", "Deals", "Revenue (¥)",
               "New_Leads"]
    mapping = recognise(headers)
    assert mapping.complete
    assert mapping.talk_unit() == "minutes"
    assert mapping.columns[Field.EMPLOYEE_ID].header == "Employee ID"  # trimmed
    assert mapping.columns[Field.INTENT].index == 8


@pytest.mark.parametrize(("header", "unit"), [
    ("通话时长(秒)", "seconds"), ("通话时长（秒）", "seconds"), ("通话时长(分钟)", "minutes"),
    ("通话时长（分）", "minutes"), ("通话时长【分钟】", "minutes"), ("通话时长[min]", "minutes"),
    ("通话时长(小时)", "hours"), ("通话时长(h)", "hours"),
    ("通话时长(时分秒)", "seconds"), ("通话时长(hh:mm:ss)", "seconds"), ("talk_minutes", "minutes"),
    ("talk seconds", "seconds"), ("通话时长", "seconds"),
])
def test_talk_time_units(header: str, unit: str) -> None:
    mapping = recognise(["日期", "工号", "呼出次数", "接通次数", header, "成交单数", "成交金额"])
    assert mapping.columns[Field.TALK_TIME].header == header
    assert mapping.talk_unit() == unit
    assert mapping.complete


@pytest.mark.parametrize(("header", "field"), [
    ("成交金额(万元)", Field.REVENUE), ("销售额（千元）", Field.REVENUE), ("通话时长(天)", Field.TALK_TIME),
    ("talk time (days)", Field.TALK_TIME),
])
def test_unknown_units_must_be_confirmed(header: str, field: Field) -> None:
    plain = {Field.REVENUE: "成交金额", Field.TALK_TIME: "通话时长"}
    headers = ["日期", "工号", "呼出次数", "接通次数", "通话时长", "成交单数", "成交金额"]
    headers[headers.index(plain[field])] = header
    mapping = recognise(headers)
    assert mapping.unknown_units == {field: header}
    assert mapping.missing == [] and not mapping.complete
    map_column(mapping, field, headers, header)  # the user confirms the column (e.g. after converting it)
    assert mapping.complete


def test_count_hints_change_nothing() -> None:
    mapping = recognise(["日期", "工号", "呼出次数(次)", "接通次数（通）", "通话时长", "成交单数(单)", "成交金额"])
    assert mapping.complete and mapping.columns[Field.CALLS].unit == ""


def test_split_unit() -> None:
    assert split_unit("通话时长(分钟)") == ("通话时长", "minutes")
    assert split_unit("成交金额（元）") == ("成交金额", "yuan")
    assert split_unit("成交金额(万元)") == ("成交金额", "?")
    assert split_unit("Talk Time") == ("talktime", None)


def test_missing_columns() -> None:
    mapping = recognise(["工号", "呼出次数", "接通次数", "通话时长"])
    assert mapping.missing == [Field.DATE, Field.DEALS, Field.REVENUE]
    no_rep = recognise(["日期", "呼出次数", "接通次数", "通话时长", "成交单数", "成交金额"])
    assert no_rep.missing == [Field.EMPLOYEE_ID]
    names_only = recognise(["日期", "坐席姓名", "外呼量", "接通量", "通话时长", "签单数", "业绩"])
    assert names_only.missing == [] and Field.EMPLOYEE_ID not in names_only.columns


def test_first_matching_column_wins_and_blank_headers_are_ignored() -> None:
    mapping = recognise(["", None, "日期", "统计日期", "工号"])  # type: ignore[list-item]
    assert mapping.columns[Field.DATE].index == 2


def test_map_column_choices() -> None:
    headers = ["Day", "Rep", "Dials", "Answered", "Talk", "Orders", "Money", "备注"]
    mapping = recognise(headers)
    assert Field.REVENUE not in mapping.columns
    map_column(mapping, Field.REVENUE, headers, "Money")
    assert mapping.columns[Field.REVENUE].index == 6
    map_column(mapping, Field.INTENT, headers, None)  # not in this file
    assert Field.INTENT in mapping.absent
    map_column(mapping, Field.TALK_TIME, headers, "")  # declared absent: counts as 0, no longer missing
    assert Field.TALK_TIME in mapping.absent and Field.TALK_TIME not in mapping.columns
    assert mapping.complete
    map_column(mapping, Field.TALK_TIME, headers, " Talk ")
    assert Field.TALK_TIME not in mapping.absent and mapping.columns[Field.TALK_TIME].index == 4
    with pytest.raises(KeyError):
        map_column(mapping, Field.DEALS, headers, "No such column")
    map_column(mapping, Field.DATE, headers, None)  # identifying fields can be un-mapped but never "absent"
    assert mapping.missing == [Field.DATE]


@pytest.mark.parametrize("value", ["合计", "总计：", "小计(3组)", "汇总", "Total", "TOTAL:", "Grand Total", "Subtotal",
                                   "sum", "合计人数", "Total 3 reps", " 合计 "])
def test_summary_labels(value: str) -> None:
    assert is_summary_label(value)


@pytest.mark.parametrize("value", ["王伟", "2024-05-06", "E001", None, "", 0, "Summer", "Sumner", "Totti", "平均合计"])
def test_not_summary_labels(value: object) -> None:
    assert not is_summary_label(value)


def test_short_chinese_headers_are_recognised() -> None:
    from coachdesk.core.activity.columns import recognise
    from coachdesk.core.activity.figures import Field

    mapping = recognise(["日期", "工号", "外呼", "接通", "通话时长(秒)", "成交", "金额"])
    assert mapping.complete
    assert mapping.columns[Field.CALLS].header == "外呼"
