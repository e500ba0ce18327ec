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

from coachdesk.core.common.messages import CodedError, MessageCode
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


# What can be wrong with a survey file (SurveyFileError.errors): the GUI translates the code, the CLI prints the text.
NO_DATE_COLUMN = MessageCode("survey_file.no_date_column", "row {row}: no date column (name one 'date' or '日期')")
NO_ITEM_COLUMNS = MessageCode("survey_file.no_item_columns", "row {row}: no column for item(s) {items}")
UNKNOWN_COLUMNS = MessageCode("survey_file.unknown_columns", "row {row}: unknown column(s) {columns}")
NO_ROWS = MessageCode("survey_file.no_rows", "the file has no answer rows")
NO_DATE = MessageCode("survey_file.no_date", "row {row}, column {column}: no date")
BAD_DATE = MessageCode("survey_file.bad_date", "row {row}, column {column}: {value!r} {error}")
EMPTY_ANSWER = MessageCode("survey_file.empty_answer", "row {row}, column {column}: empty is not an answer from 1 to 5")
NOT_AN_ANSWER = MessageCode("survey_file.not_an_answer",
                            "row {row}, column {column}: {value!r} is not an answer from 1 to 5")
UNKNOWN_MEMBER = MessageCode("survey_file.unknown_member",
                             "row {row}, column {column}: no member {member!r} in this team")


class SurveyFileError(ValueError):
    """Every problem in the file, each naming its row and column: ``errors`` by code, ``problems`` in English."""

    def __init__(self, path: Path, errors: list[CodedError]) -> None:
        self.path = path
        self.errors = errors
        self.problems = [str(e) for e in errors]
        super().__init__(f"{path.name}: " + "; ".join(self.problems[:20]) + (" …" if len(errors) > 20 else ""))


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
        raise SurveyFileError(Path(path), [problem]) from None  # its own file.* code
    with table:
        headers = [str(h or "").strip() for h in table.headers]
        date_col = next((i for i, h in enumerate(headers) if h.lower() in DATE_HEADERS), None)
        member_col = next((i for i, h in enumerate(headers) if h.lower() in MEMBER_HEADERS), None)
        item_cols = {i: item for i, h in enumerate(headers) if (item := _item_for(h, survey))}
        problems: list[CodedError] = []
        if date_col is None:
            problems.append(CodedError(NO_DATE_COLUMN, row=table.header_row))
        missing = [item for item in survey.ids if item not in item_cols.values()]
        if missing:
            problems.append(CodedError(NO_ITEM_COLUMNS, row=table.header_row, items=", ".join(missing)))
        unknown = [h for i, h in enumerate(headers) if h and i not in item_cols and i not in (date_col, member_col)]
        if unknown:
            problems.append(CodedError(UNKNOWN_COLUMNS, row=table.header_row, columns=", ".join(unknown)))
        if problems:
            raise SurveyFileError(Path(path), problems)
        rows = [_row(number, cells, headers, date_col, member_col, item_cols, problems, members)
                for number, cells in table.rows()]
    if problems:
        raise SurveyFileError(Path(path), problems)
    if not rows:
        raise SurveyFileError(Path(path), [CodedError(NO_ROWS)])
    return [r for r in rows if r is not None]


def _cell(cells: list[object], index: int | None) -> object:
    return cells[index] if index is not None and index < len(cells) else None


def _row(number: int, cells: list[object], headers: list[str], date_col: int | None, member_col: int | None,
         item_cols: dict[int, str], problems: list[CodedError], members: Collection[str] | None) -> SurveyRow | None:
    start = len(problems)
    raw_day = _cell(cells, date_col)
    day = None
    if raw_day is None or str(raw_day).strip() == "":
        problems.append(CodedError(NO_DATE, row=number, column=headers[date_col or 0]))
    else:
        try:
            day = parse_day(raw_day)
        except ValueError as error:
            problems.append(CodedError(BAD_DATE, row=number, column=headers[date_col or 0], value=raw_day,
                                       error=str(error)))
    answers: dict[str, int] = {}
    for index, item in item_cols.items():
        value = _cell(cells, index)
        text = "" if value is None else str(value).strip()
        if text.endswith(".0"):  # spreadsheets store 4 as 4.0
            text = text[:-2]
        if not text.isdigit() or not MIN_ANSWER <= int(text) <= MAX_ANSWER:
            problems.append(CodedError(NOT_AN_ANSWER, row=number, column=headers[index], value=value) if text
                            else CodedError(EMPTY_ANSWER, row=number, column=headers[index]))
        else:
            answers[item] = int(text)
    raw_member = _cell(cells, member_col)
    member = "" if raw_member is None else str(raw_member).strip()
    if member and members is not None and member not in members:
        problems.append(CodedError(UNKNOWN_MEMBER, row=number, column=headers[member_col or 0], member=member))
    if len(problems) > start or day is None:
        return None
    return SurveyRow(number, day, member, answers)
