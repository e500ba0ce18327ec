"""`fill()`: values into a translated template's %1, %2, … placeholders, as Qt's ``QString.arg`` does; `CodeTexts`:
a table of translated templates by message code."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

_PLACEHOLDER = re.compile(r"%(\d{1,2})")


def fill(template: str, *values: object) -> str:
    """``QString.arg(v1, v2, …)``: the lowest-numbered placeholder gets the first value, the next lowest the
    second, and so on (every occurrence of a number gets the same value); placeholders left over stay as they
    are. One pass, so a value that itself holds "%2" is not filled again."""
    numbers = sorted({int(n) for n in _PLACEHOLDER.findall(template)} - {0})
    texts = {number: str(value) for number, value in zip(numbers, values, strict=False)}
    return _PLACEHOLDER.sub(lambda m: texts.get(int(m.group(1)), m.group(0)), template)


class CodeTexts:
    """Messages by code: code → (a translated template, the param names that fill its %1, %2, … in order).

    The one lookup every GUI table of MessageCodes uses; a code not in the table shows its English text."""

    def __init__(self, entries: Mapping[str, tuple[Callable[[], str], tuple[str, ...]]]) -> None:
        self._entries = dict(entries)

    def __contains__(self, code: object) -> bool:
        return code in self._entries

    def text(self, code: str, params: Mapping[str, Any], english: str) -> str:
        entry = self._entries.get(code)
        if entry is None:
            return english
        template, names = entry
        return fill(template(), *(params.get(name, "") for name in names))
