"""Every reason a group split cannot be made is translated by its code, with its figures, in Chinese too."""

from __future__ import annotations

import re
import string

import pytest

import coachdesk.core.competitions.balance
import coachdesk.core.competitions.strength
import coachdesk.store.competitions.balance  # noqa: F401 - defines the store's codes
from coachdesk.core.common.messages import MessageCode, registered
from coachdesk.core.common.validation import FieldError
from coachdesk.gui.competitions import balance_problems

CJK = re.compile(r"[\u4e00-\u9fff]")
CODES = sorted((c for c in registered().values() if c.code.startswith(("balance.", "strength."))),
               key=lambda c: c.code)


def test_the_codes_are_all_there() -> None:
    assert len(CODES) == 15


@pytest.mark.parametrize("code", CODES, ids=lambda c: c.code)
def test_each_code_is_translated_with_its_params(code: MessageCode, translations) -> None:
    names = [name for _t, name, _s, _c in string.Formatter().parse(code.english) if name]
    params = {name: f"P{i}x{name}" for i, name in enumerate(names)}
    error = FieldError.of("groups", "conflict", code, **params)
    assert balance_problems.translates(code.code)
    english = balance_problems.problem_text(error)
    assert all(v in english for v in params.values()) and not CJK.search(english)
    translations.apply("zh_CN")
    chinese = balance_problems.problem_text(error)
    assert CJK.search(chinese) and all(v in chinese for v in params.values()), chinese
