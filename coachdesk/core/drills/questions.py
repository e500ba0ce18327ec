"""The customer question bank: the questions and objections reps must answer (价格太贵, 没时间, 已经有供应商 …), each
with a model answer, tags, difficulty, the script section it belongs to and whether it is basic (every rep must
answer it well to be certified)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from enum import IntEnum, StrEnum

from coachdesk.core.common.validation import (
    FieldError,
    check_optional,
    check_required,
    clean_text,
    raise_if_any,
)
from coachdesk.core.drills.scripts import Section

MAX_QUESTION = 500
MAX_ANSWER = 4_000
MAX_TAG = 30
MAX_TAGS = 10
TAG_SEPARATORS = (",", "，", ";", "；", "、", "|")


class Kind(StrEnum):
    QUESTION = "question"  # the customer wants to know something
    OBJECTION = "objection"  # the customer pushes back


class Difficulty(IntEnum):
    EASY = 1
    MEDIUM = 2
    HARD = 3


@dataclass(frozen=True, slots=True)
class Question:
    text: str
    answer: str  # the model answer
    section: Section
    kind: Kind = Kind.QUESTION
    difficulty: Difficulty = Difficulty.MEDIUM
    basic: bool = True
    tags: tuple[str, ...] = ()
    id: int | None = None
    retired: bool = False  # kept for the history of drills, no longer drawn

    def with_id(self, question_id: int) -> Question:
        return replace(self, id=question_id)


def split_tags(text: str | Iterable[str]) -> tuple[str, ...]:
    """Tags from a cell ("价格, 竞品、预算") or a list: trimmed, blank and repeated ones dropped, order kept."""
    if isinstance(text, str):
        for sep in TAG_SEPARATORS[1:]:
            text = text.replace(sep, TAG_SEPARATORS[0])
        parts: Iterable[str] = text.split(TAG_SEPARATORS[0])
    else:
        parts = text
    seen: dict[str, None] = {}
    for part in parts:
        tag = clean_text(part)
        if tag and tag.casefold() not in {t.casefold() for t in seen}:
            seen[tag] = None
    return tuple(seen)


def cleaned_question(question: Question) -> Question:
    """The question trimmed and checked; raises ValidationError naming every bad field."""
    q = replace(question, text=clean_text(question.text), answer=question.answer.strip(),
                tags=split_tags(question.tags))
    errors: list[FieldError] = []
    check_required(errors, "text", q.text, MAX_QUESTION)
    check_required(errors, "answer", q.answer, MAX_ANSWER)
    if len(q.tags) > MAX_TAGS:
        errors.append(FieldError("tags", f"has {len(q.tags)} tags; at most {MAX_TAGS} allowed", "too_many",
                                 {"count": len(q.tags), "max": MAX_TAGS}))
    for tag in q.tags:
        check_optional(errors, "tags", tag, MAX_TAG)
    raise_if_any(errors)
    return q


def duplicates(questions: Iterable[Question]) -> dict[str, list[int]]:
    """Question texts (case and surrounding space ignored) that occur more than once → their positions."""
    seen: dict[str, list[int]] = {}
    for index, q in enumerate(questions):
        seen.setdefault(clean_text(q.text).casefold(), []).append(index)
    return {text: places for text, places in seen.items() if len(places) > 1}
