"""Survey answers from a CSV or .xlsx file: one row per filled-in questionnaire.

Columns: ``date`` (日期; required), ``member`` (成员 / 工号 / 姓名; optional, blank = anonymous), and one column per
item named by its id (q01 … q32; "Q1", "1" or "第1题" work too). Every problem is collected with its row and
column so the whole file can be fixed in one go; nothing is stored unless every row is right.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from coachdesk.core.lifecycle.survey import MAX_ANSWER, MIN_ANSWER, Survey
from coachdesk.core.tabular.files import FileProblem, open_table
from coachdesk.core.tabular.values import parse_day

DATE_HEADERS = {"date", "day", "answered_on", "日期", "填写日期"}
MEMBER_HEADERS = {"member", "employee_id", "employee", "name", "rep", "成员", "工号", "姓名", "员工"}
_ITEM_NUMBER = re.compile(r"^(?:q|Q|第)?\s*0*(\d{1,2})\s*(?:题)?$")


@dataclass(frozen=True, slots=True)
class SurveyRow:
    row: int  # 1-based row number in the file
    answered_on: dt.date
    member: str  # employee id or name as written; "" = anonymous
    answers: dict[str, int]


class SurveyFileError(ValueError):
    """Every problem in the file, each naming its row and column."""

    def __init__(self, path: Path, problems: list[str]) -> None:
        self.path = path
        self.problems = problems
        super().__init__(f"{path.name}: " + "; ".join(problems[:20]) + (" …" if len(problems) > 20 else ""))


def _item_for(header: str, survey: Survey) -> str | None:
    text = header.strip()
    if text in survey.ids:
        return text
    match = _ITEM_NUMBER.match(text)
    if match:
        candidate = f"q{int(match.group(1)):02d}"
        return candidate if candidate in survey.ids else None
    return None


def read_survey_file(path: Path, survey: Survey, encoding: str | None = None,
                     members: Collection[str] | None = None) -> list[SurveyRow]:
    """Every row, checked; ``members`` (employee ids and names) lets unknown respondents be reported in the same
    pass as bad cells."""
    try:
        table = open_table(Path(path), encoding)
    except FileProblem as problem:
        raise SurveyFileError(Path(path), [str(problem)]) from None
    with table:
        headers = [str(h or "").strip() for h in table.headers]
        date_col = next((i for i, h in enumerate(headers) if h.lower() in DATE_HEADERS), None)
        member_col = next((i for i, h in enumerate(headers) if h.lower() in MEMBER_HEADERS), None)
        item_cols = {i: item for i, h in enumerate(headers) if (item := _item_for(h, survey))}
        problems: list[str] = []
        if date_col is None:
            problems.append(f"row {table.header_row}: no date column (name one 'date' or '日期')")
        missing = [item for item in survey.ids if item not in item_cols.values()]
        if missing:
            problems.append(f"row {table.header_row}: no column for item(s) {', '.join(missing)}")
        unknown = [h for i, h in enumerate(headers) if h and i not in item_cols and i not in (date_col, member_col)]
        if unknown:
            problems.append(f"row {table.header_row}: unknown column(s) {', '.join(unknown)}")
        if problems:
            raise SurveyFileError(Path(path), problems)
        rows = [_row(number, cells, headers, date_col, member_col, item_cols, problems, members)
                for number, cells in table.rows()]
    if problems:
        raise SurveyFileError(Path(path), problems)
    if not rows:
        raise SurveyFileError(Path(path), ["the file has no answer rows"])
    return [r for r in rows if r is not None]


def _cell(cells: list[object], index: int | None) -> object:
    return cells[index] if index is not None and index < len(cells) else None


def _row(number: int, cells: list[object], headers: list[str], date_col: int | None, member_col: int | None,
         item_cols: dict[int, str], problems: list[str], members: Collection[str] | None) -> SurveyRow | None:
    start = len(problems)
    raw_day = _cell(cells, date_col)
    day = None
    if raw_day is None or str(raw_day).strip() == "":
        problems.append(f"row {number}, column {headers[date_col or 0]}: no date")
    else:
        try:
            day = parse_day(raw_day)
        except ValueError as error:
            problems.append(f"row {number}, column {headers[date_col or 0]}: {raw_day!r} {error}")
    answers: dict[str, int] = {}
    for index, item in item_cols.items():
        value = _cell(cells, index)
        text = "" if value is None else str(value).strip()
        if text.endswith(".0"):  # spreadsheets store 4 as 4.0
            text = text[:-2]
        if not text.isdigit() or not MIN_ANSWER <= int(text) <= MAX_ANSWER:
            shown = "empty" if not text else repr(value)
            problems.append(f"row {number}, column {headers[index]}: {shown} is not an answer from 1 to 5")
        else:
            answers[item] = int(text)
    raw_member = _cell(cells, member_col)
    member = "" if raw_member is None else str(raw_member).strip()
    if member and members is not None and member not in members:
        problems.append(f"row {number}, column {headers[member_col or 0]}: no member {member!r} in this team")
    if len(problems) > start or day is None:
        return None
    return SurveyRow(number, day, member, answers)
