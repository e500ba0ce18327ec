"""Recognising the columns of an activity export from its header row (Chinese and English, with units).

``recognise(headers)`` returns a ColumnMapping; what it could not place is listed in ``missing`` so the GUI
can show a mapping step and the CLI can ask for ``--map field=Header``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from coachdesk.core.activity.figures import REQUIRED_FIGURES, Field

SYNONYMS: dict[Field, tuple[str, ...]] = {
    Field.DATE: tuple("日期 通话日期 统计日期 业务日期 外呼日期 date day calldate workday".split()),
    Field.EMPLOYEE_ID: tuple(
        "工号 坐席工号 座席工号 员工工号 员工编号 坐席编号 坐席id 座席id 员工id "
        "employeeid empid staffid agentid employeeno jobnumber".split()),
    Field.NAME: tuple(
        "姓名 坐席 座席 坐席姓名 座席姓名 员工姓名 员工 业务员 销售 销售员 电销员 "
        "name rep repname agent agentname salesrep employee".split()),
    Field.CALLS: tuple(
        "呼出次数 外呼量 外呼次数 外呼数 外呼 呼出 呼出量 呼出数 拨打 拨打量 拨打次数 拨打数 通话次数 "
        "calls dialed dials callsdialed outboundcalls outbound".split()),
    Field.CONNECTED: tuple("接通次数 接通量 接通数 接通 有效通话 connected connects answered connectedcalls".split()),
    Field.TALK_TIME: tuple(
        "通话时长 通话时间 总通话时长 通话总时长 talktime talk talkduration duration talkseconds talkminutes".split()),
    Field.DEALS: tuple(
        "成交单数 签单数 成交数 成交量 签单量 成交 签单 订单数 deals orders closed closeddeals sales".split()),
    Field.REVENUE: tuple(
        "成交金额 签单金额 销售额 销售金额 金额 业绩 业绩金额 revenue amount salesamount dealamount".split()),
    Field.INTENT: tuple(
        "意向客户 意向客户数 新增意向 新增意向客户 意向数 意向 "
        "intent leads newleads intentcustomers prospects".split()),
}
_UNIT_WORDS: dict[str, tuple[str, ...]] = {
    "seconds": ("秒", "s", "sec", "secs", "second", "seconds", "hmmss", "hhmmss", "mmss", "时分秒"),
    "minutes": ("分", "分钟", "min", "mins", "minute", "minutes", "m"),
    "hours": ("时", "小时", "h", "hr", "hrs", "hour", "hours"),
    "yuan": ("元", "yuan", "rmb", "cny", "¥", "￥"),
}
TALK_UNITS = ("seconds", "minutes", "hours")
_UNIT_IN_HEADER = re.compile(r"[(（\[【](?P<unit>[^)）\]】]*)[)）\]】]\s*$")
_SUMMARY_WORDS = ("合计", "总计", "小计", "汇总", "total", "subtotal", "grandtotal", "sum")


def normalise(text: str) -> str:
    return re.sub(r"[\s_\-·.:：/]+", "", str(text).strip().lower())


@dataclass(frozen=True, slots=True)
class Column:
    index: int
    header: str
    unit: str = ""  # seconds/minutes/hours for talk time, yuan for money, "" when the header gives none


@dataclass
class ColumnMapping:
    columns: dict[Field, Column] = field(default_factory=dict)
    absent: set[Field] = field(default_factory=set)  # figures the user said are not in the file (count 0)
    unknown_units: dict[Field, str] = field(default_factory=dict)  # e.g. revenue in 万元: must be confirmed

    @property
    def missing(self) -> list[Field]:
        """Needed fields that are neither mapped nor declared absent."""
        needed: list[Field] = [Field.DATE]
        if Field.EMPLOYEE_ID not in self.columns and Field.NAME not in self.columns:
            needed.append(Field.EMPLOYEE_ID)
        needed += [f for f in REQUIRED_FIGURES]
        return [f for f in needed if f not in self.columns and f not in self.absent]

    @property
    def complete(self) -> bool:
        return not self.missing and not self.unknown_units

    def talk_unit(self) -> str:
        column = self.columns.get(Field.TALK_TIME)
        return column.unit if column and column.unit in TALK_UNITS else "seconds"

    def set_talk_unit(self, unit: str) -> None:
        """The user's choice of unit for plain talk-time numbers (overrides the header's hint)."""
        if unit not in TALK_UNITS:
            raise ValueError(f"talk time unit {unit!r}: use one of {', '.join(TALK_UNITS)}")
        column = self.columns.get(Field.TALK_TIME)
        if column is not None:
            self.columns[Field.TALK_TIME] = replace(column, unit=unit)
        self.unknown_units.pop(Field.TALK_TIME, None)


def split_unit(header: str) -> tuple[str, str | None]:
    """('通话时长', 'minutes') for '通话时长(分钟)'; the unit is None when the header has no hint and '?' when the
    hint is not one we know (e.g. 万元)."""
    text = str(header).strip()
    match = _UNIT_IN_HEADER.search(text)
    if not match:
        base = normalise(text)
        for unit, suffix in (("seconds", "seconds"), ("minutes", "minutes"), ("seconds", "秒数")):
            if base.endswith(suffix) and base != suffix:
                return base, unit
        return base, None
    word = normalise(match.group("unit"))
    base = normalise(text[: match.start()])
    for unit, words in _UNIT_WORDS.items():
        if word in words:
            return base, unit
    return base, "?"


def _unit_for(f: Field, base: str, hint: str | None) -> tuple[str, bool]:
    """(unit, understood) for a field given the header's own hint."""
    if f == Field.TALK_TIME:
        if base.endswith("minutes"):
            return "minutes", True
        if hint in ("seconds", "minutes", "hours"):
            return hint, True
        return "seconds", hint is None
    if f == Field.REVENUE:
        return "yuan", hint in (None, "yuan")
    return "", True  # counts have no unit; a hint like (次) or (单) changes nothing


def recognise(headers: list[str]) -> ColumnMapping:
    mapping = ColumnMapping()
    lookup = {normalise(s): f for f, words in SYNONYMS.items() for s in words}
    for index, header in enumerate(headers):
        if header is None or not str(header).strip():
            continue
        base, hint = split_unit(str(header))
        f = lookup.get(base)
        if f is None or f in mapping.columns:
            continue
        unit, understood = _unit_for(f, base, hint)
        mapping.columns[f] = Column(index, str(header).strip(), unit)
        if not understood and f in (Field.TALK_TIME, Field.REVENUE):
            mapping.unknown_units[f] = str(header).strip()
    return mapping


def map_column(mapping: ColumnMapping, f: Field, headers: list[str], header: str | None) -> None:
    """Apply a user's choice: ``header`` None/'' means "not in this file" (figures count as 0)."""
    mapping.unknown_units.pop(f, None)
    if not header:
        mapping.columns.pop(f, None)
        if f in (Field.DATE, Field.EMPLOYEE_ID, Field.NAME):
            return
        mapping.absent.add(f)
        return
    stripped = [str(h).strip() if h is not None else "" for h in headers]
    if header.strip() not in stripped:
        raise KeyError(header)
    index = stripped.index(header.strip())
    base, hint = split_unit(header)
    unit, _ = _unit_for(f, base, hint)
    mapping.absent.discard(f)
    mapping.columns[f] = Column(index, header.strip(), unit)


def is_summary_label(value: object) -> bool:
    """合计, 总计：, 小计(3组), Total, Grand total … — but not a rep called Summer or Totti: an English word
    must not run on into more letters."""
    text = normalise(str(value)) if value is not None else ""
    for word in _SUMMARY_WORDS:
        if text.startswith(word):
            rest = text[len(word):len(word) + 1]
            if not (word.isascii() and rest.isascii() and rest.isalpha()):
                return True
    return False
