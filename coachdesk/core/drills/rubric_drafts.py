"""A team's own rubric as a trainer edits it: a name, criteria (name, weight, what a 1, a 3 and a 5 look like) and a
pass mark, checked as a whole — every problem named by its criterion row and field, nothing kept until all are
right. Also the rubric's JSON form for the store (the shape of resources/drills/rubric.toml) and back.

Texts are bilingual (LocalText). A text the trainer types is one string, kept for both languages; a text left as
it was keeps both of its languages, so a copy of the shipped rubric stays bilingual where nobody changed it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from coachdesk.core.common.local_text import LANGUAGES, LocalText, pick
from coachdesk.core.common.messages import MessageCode
from coachdesk.core.common.validation import FieldError, check_required, clean_text, raise_if_any
from coachdesk.core.drills.rubrics import ANCHOR_SCORES, HIGH, LOW, Criterion, Rubric, rubric_from_data

MAX_NAME = 80
MAX_CRITERION = 40
MAX_ANCHOR = 300
MAX_CRITERIA = 12  # one number key each on the console is 1–5; a sheet longer than this is not scored by hand
MIN_WEIGHT, MAX_WEIGHT = 0.1, 10.0

NO_CRITERIA = MessageCode("rubric.no_criteria", "a rubric needs at least one criterion")
TOO_MANY_CRITERIA = MessageCode("rubric.too_many", "{count} criteria; at most {max}")
SAME_NAME = MessageCode("rubric.same_name", "the same name as criterion {first}")  # the field names the row
BAD_WEIGHT = MessageCode("rubric.bad_weight", "{value} is not a weight from {low} to {high}")
BAD_PASS_MARK = MessageCode("rubric.bad_pass_mark", "{value} is not a pass mark from {low} to {high}")

Text = LocalText | str


@dataclass(frozen=True, slots=True)
class CriterionDraft:
    name: Text
    anchors: tuple[Text, Text, Text]  # what a 1, a 3 and a 5 look like
    weight: float = 1.0
    key: str = ""  # the criterion's key when it was edited ("" for a new one): scores given on it keep their meaning


@dataclass(frozen=True, slots=True)
class RubricDraft:
    name: Text
    criteria: tuple[CriterionDraft, ...] = field(default_factory=tuple)
    pass_mark: float = 3.5


def both_languages(text: Text) -> LocalText:
    """A typed string for every language; a LocalText trimmed as it is."""
    if isinstance(text, str):
        return {lang: clean_text(text) for lang in LANGUAGES}
    return {lang: clean_text(text.get(lang) or pick(text, lang)) for lang in LANGUAGES}


def _number(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value)


def _check_text(errors: list[FieldError], where: str, text: Text, max_len: int) -> LocalText:
    local = both_languages(text)
    for value in dict.fromkeys(local.values()):  # one message for a text typed once
        before = len(errors)
        check_required(errors, where, value, max_len)
        if len(errors) > before:
            break
    return local


def _fresh_key(used: set[str]) -> str:
    n = 1
    while f"c{n}" in used:
        n += 1
    used.add(f"c{n}")
    return f"c{n}"


def cleaned_rubric(draft: RubricDraft, key: str) -> Rubric:
    """The rubric the draft describes, stored under ``key``; raises ValidationError naming each bad field
    (``name``, ``pass_mark``, ``criteria``, ``criteria.<row>.name|weight|anchor1|anchor3|anchor5``, rows from 1)."""
    errors: list[FieldError] = []
    name = _check_text(errors, "name", draft.name, MAX_NAME)
    mark = _number(draft.pass_mark)
    if mark is None or not LOW <= mark <= HIGH:
        errors.append(FieldError.of("pass_mark", "range", BAD_PASS_MARK, value=draft.pass_mark, low=LOW, high=HIGH))
    if not draft.criteria:
        errors.append(FieldError.of("criteria", "required", NO_CRITERIA))
    elif len(draft.criteria) > MAX_CRITERIA:
        errors.append(FieldError.of("criteria", "too_many", TOO_MANY_CRITERIA, count=len(draft.criteria),
                                    max=MAX_CRITERIA))
    used = {c.key for c in draft.criteria if c.key}
    seen: dict[str, int] = {}
    criteria: list[Criterion] = []
    for row, item in enumerate(draft.criteria, start=1):
        at = f"criteria.{row}"
        label = _check_text(errors, f"{at}.name", item.name, MAX_CRITERION)
        for text in dict.fromkeys(v.casefold() for v in label.values() if v):
            if text in seen:
                errors.append(FieldError.of(f"{at}.name", "duplicate", SAME_NAME, row=row, first=seen[text]))
                break
            seen[text] = row
        anchors = {score: _check_text(errors, f"{at}.anchor{score}", text, MAX_ANCHOR)
                   for score, text in zip(ANCHOR_SCORES, item.anchors, strict=True)}
        weight = _number(item.weight)
        if weight is None or not MIN_WEIGHT <= weight <= MAX_WEIGHT:
            errors.append(FieldError.of(f"{at}.weight", "range", BAD_WEIGHT, value=item.weight, low=MIN_WEIGHT,
                                        high=MAX_WEIGHT))
            weight = 1.0
        criteria.append(Criterion(item.key or _fresh_key(used), label, anchors, weight))
    raise_if_any(errors)
    return Rubric(key, name, tuple(criteria), float(draft.pass_mark))


def draft_of(rubric: Rubric) -> RubricDraft:
    """A draft that saves back to the same rubric (the start of an edit, or of a copy)."""
    return RubricDraft(dict(rubric.name),
                       tuple(CriterionDraft(dict(c.name), (dict(c.anchors[1]), dict(c.anchors[3]), dict(c.anchors[5])),
                                            c.weight, c.key) for c in rubric.criteria),
                       rubric.pass_mark)


def rubric_to_data(rubric: Rubric) -> dict[str, Any]:
    """The rubric as plain data (JSON / TOML): what rubric_from_data reads."""
    return {"key": rubric.key, "name": dict(rubric.name), "pass_mark": rubric.pass_mark,
            "criteria": [{"key": c.key, "name": dict(c.name), "weight": c.weight,
                          "anchors": {str(s): dict(c.anchors[s]) for s in ANCHOR_SCORES}} for c in rubric.criteria]}


def rubric_of_data(data: Mapping[str, object], key: str, where: str = "rubric") -> Rubric:
    """A stored rubric read back under ``key`` (rubric_from_data's checks; ValueError names what is wrong)."""
    rubric = rubric_from_data(data, where)
    return Rubric(key, rubric.name, rubric.criteria, rubric.pass_mark)
