"""The question bank as a CSV or .xlsx file: one question per row, read all-or-nothing and written back.

Columns (English or Chinese headers): ``question`` (问题; required), ``answer`` (参考答案; required), ``section``
(环节; opening/开场, discovery/需求挖掘, value/价值介绍, objections/异议处理, closing/促成, compliance/合规),
``kind`` (类型: question/问题, objection/异议; default question), ``difficulty`` (难度: 1–3, easy/medium/hard,
易/中/难; default 2), ``basic`` (基础: yes/no, 是/否, 1/0; default yes), ``tags`` (标签, separated by , ， ; 、).
Every problem is collected with its row and column; nothing is kept unless every row is right.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from coachdesk.core.common.messages import CodedError, MessageCode
from coachdesk.core.common.validation import ValidationError
from coachdesk.core.drills.questions import Difficulty, Kind, Question, cleaned_question, split_tags
from coachdesk.core.drills.scripts import Section
from coachdesk.core.tabular.files import FileProblem, open_table

COLUMNS: dict[str, tuple[str, ...]] = {  # field → accepted headers (lower case); the first is what export writes
    "question": ("question", "问题", "客户问题", "text"),
    "answer": ("answer", "参考答案", "答案", "model_answer", "标准答案"),
    "section": ("section", "环节", "话术环节"),
    "kind": ("kind", "类型"),
    "difficulty": ("difficulty", "难度"),
    "basic": ("basic", "基础", "基础题"),
    "tags": ("tags", "标签"),
}
REQUIRED_COLUMNS = ("question", "answer", "section")
EXPORT_HEADERS_ZH = {"question": "问题", "answer": "参考答案", "section": "环节", "kind": "类型",
                     "difficulty": "难度", "basic": "基础", "tags": "标签"}

SECTION_NAMES: dict[str, Section] = {
    **{s.value: s for s in Section},
    "开场": Section.OPENING, "开场白": Section.OPENING, "需求挖掘": Section.DISCOVERY, "需求": Section.DISCOVERY,
    "价值介绍": Section.VALUE, "价值": Section.VALUE, "产品介绍": Section.VALUE, "异议处理": Section.OBJECTIONS,
    "异议": Section.OBJECTIONS, "促成": Section.CLOSING, "成交": Section.CLOSING, "合规": Section.COMPLIANCE,
    "needs": Section.DISCOVERY, "needs discovery": Section.DISCOVERY, "value pitch": Section.VALUE,
    "objection handling": Section.OBJECTIONS,
}
KIND_NAMES: dict[str, Kind] = {"question": Kind.QUESTION, "问题": Kind.QUESTION, "提问": Kind.QUESTION,
                               "objection": Kind.OBJECTION, "异议": Kind.OBJECTION, "拒绝": Kind.OBJECTION}
DIFFICULTY_NAMES: dict[str, Difficulty] = {
    "1": Difficulty.EASY, "easy": Difficulty.EASY, "易": Difficulty.EASY, "简单": Difficulty.EASY,
    "2": Difficulty.MEDIUM, "medium": Difficulty.MEDIUM, "中": Difficulty.MEDIUM, "中等": Difficulty.MEDIUM,
    "3": Difficulty.HARD, "hard": Difficulty.HARD, "难": Difficulty.HARD, "困难": Difficulty.HARD,
}
YES = {"yes", "y", "true", "1", "是", "√", "✓"}
NO = {"no", "n", "false", "0", "否", "×"}

MISSING_COLUMNS = MessageCode("question_file.missing_columns", "row {row}: no column for {columns}")
UNKNOWN_COLUMNS = MessageCode("question_file.unknown_columns", "row {row}: unknown column(s) {columns}")
NO_ROWS = MessageCode("question_file.no_rows", "the file has no question rows")
EMPTY_CELL = MessageCode("question_file.empty", "row {row}, column {column}: must not be empty")
TOO_LONG = MessageCode("question_file.too_long", "row {row}, column {column}: {length} characters; at most {max}")
BAD_SECTION = MessageCode("question_file.bad_section",
                          "row {row}, column {column}: {value!r} is not a script section (opening, discovery, value, "
                          "objections, closing, compliance)")
BAD_KIND = MessageCode("question_file.bad_kind", "row {row}, column {column}: {value!r} is not question or objection")
BAD_DIFFICULTY = MessageCode("question_file.bad_difficulty",
                             "row {row}, column {column}: {value!r} is not a difficulty from 1 to 3")
BAD_YES_NO = MessageCode("question_file.bad_yes_no", "row {row}, column {column}: {value!r} is not yes or no")
TOO_MANY_TAGS = MessageCode("question_file.too_many_tags", "row {row}, column {column}: {count} tags; at most {max}")
REPEATED = MessageCode("question_file.repeated",
                       "row {row}, column {column}: the same question as row {first}")


class QuestionFileError(ValueError):
    """Every problem in the file, each naming its row and column: ``errors`` by code, ``problems`` in English."""

    def __init__(self, path: Path, errors: list[CodedError]) -> None:
        self.path = path
        self.errors = errors
        self.problems = [str(e) for e in errors]
        super().__init__(f"{path.name}: " + "; ".join(self.problems[:20]) + (" …" if len(errors) > 20 else ""))


def _field_of(header: str) -> str | None:
    text = header.strip().lower()
    return next((f for f, names in COLUMNS.items() if text in names), None)


def read_question_file(path: Path, encoding: str | None = None) -> list[Question]:
    try:
        table = open_table(Path(path), encoding)
    except FileProblem as problem:
        raise QuestionFileError(Path(path), [problem]) from None
    errors: list[CodedError] = []
    questions: list[Question] = []
    with table:
        headers = [str(h or "").strip() for h in table.headers]
        where: dict[str, int] = {}
        unknown: list[str] = []
        for index, header in enumerate(headers):
            name = _field_of(header)
            if name is None:
                if header:
                    unknown.append(header)
            else:
                where.setdefault(name, index)
        header_row = table.header_row
        missing = [c for c in REQUIRED_COLUMNS if c not in where]
        if missing:
            errors.append(CodedError(MISSING_COLUMNS, row=header_row,
                                     columns=", ".join(f"{c} ({COLUMNS[c][1]})" for c in missing)))
        if unknown:
            errors.append(CodedError(UNKNOWN_COLUMNS, row=header_row, columns=", ".join(unknown)))
        if errors:
            raise QuestionFileError(Path(path), errors)
        first_row: dict[str, int] = {}
        for number, cells in table.rows():
            question = _row(number, cells, headers, where, errors)
            if question is None:
                continue
            key = question.text.casefold()
            if key in first_row:
                errors.append(CodedError(REPEATED, row=number, column=headers[where["question"]],
                                         first=first_row[key]))
                continue
            first_row[key] = number
            questions.append(question)
    if not errors and not questions:
        errors.append(CodedError(NO_ROWS))
    if errors:
        raise QuestionFileError(Path(path), errors)
    return questions


def _text(cells: Sequence[object], index: int | None) -> str:
    if index is None or index >= len(cells) or cells[index] is None:
        return ""
    value = cells[index]
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _row(number: int, cells: Sequence[object], headers: list[str], where: Mapping[str, int],
         errors: list[CodedError]) -> Question | None:
    found: list[CodedError] = []

    def cell(name: str) -> tuple[str, str]:
        index = where.get(name)
        return _text(cells, index), (headers[index] if index is not None else COLUMNS[name][0])

    text, text_col = cell("question")
    answer, answer_col = cell("answer")
    for value, column in ((text, text_col), (answer, answer_col)):
        if not value:
            found.append(CodedError(EMPTY_CELL, row=number, column=column))
    section_text, section_col = cell("section")
    section = SECTION_NAMES.get(section_text.lower())
    if section is None:
        found.append(CodedError(EMPTY_CELL, row=number, column=section_col) if not section_text
                     else CodedError(BAD_SECTION, row=number, column=section_col, value=section_text))
    kind_text, kind_col = cell("kind")
    kind = KIND_NAMES.get(kind_text.lower()) if kind_text else Kind.QUESTION
    if kind is None:
        found.append(CodedError(BAD_KIND, row=number, column=kind_col, value=kind_text))
    difficulty_text, difficulty_col = cell("difficulty")
    difficulty = DIFFICULTY_NAMES.get(difficulty_text.lower()) if difficulty_text else Difficulty.MEDIUM
    if difficulty is None:
        found.append(CodedError(BAD_DIFFICULTY, row=number, column=difficulty_col, value=difficulty_text))
    basic_text, basic_col = cell("basic")
    basic: bool | None = True
    if basic_text:
        basic = True if basic_text.lower() in YES else False if basic_text.lower() in NO else None
        if basic is None:
            found.append(CodedError(BAD_YES_NO, row=number, column=basic_col, value=basic_text))
    tags_text, tags_col = cell("tags")
    tags = split_tags(tags_text)
    if found or section is None or kind is None or difficulty is None or basic is None:
        errors.extend(found)
        return None
    try:
        return cleaned_question(Question(text, answer, section, kind, difficulty, basic, tags))
    except ValidationError as error:
        columns = {"text": text_col, "answer": answer_col, "tags": tags_col}
        for e in error.errors:
            column = columns.get(e.field, e.field)
            if e.code == "too_many":
                errors.append(CodedError(TOO_MANY_TAGS, row=number, column=column, **e.params))
            elif e.code == "too_long":
                errors.append(CodedError(TOO_LONG, row=number, column=column, **e.params))
            else:
                errors.append(CodedError(EMPTY_CELL, row=number, column=column))
        return None


def write_question_file(path: Path, questions: Iterable[Question], chinese_headers: bool = False) -> int:
    """The bank as UTF-8 CSV with a byte-order mark (Excel then opens the Chinese right); returns the rows written.
    The file reads back with ``read_question_file`` to the same questions."""
    fields = list(COLUMNS)
    header = [EXPORT_HEADERS_ZH[f] if chinese_headers else COLUMNS[f][0] for f in fields]
    count = 0
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        for q in questions:
            writer.writerow([q.text, q.answer, q.section.value, q.kind.value, int(q.difficulty),
                             "yes" if q.basic else "no", ", ".join(q.tags)])
            count += 1
    return count
