"""`fill()`: values into a translated template's %1, %2, … placeholders, as Qt's ``QString.arg`` does."""

from __future__ import annotations

import re

_PLACEHOLDER = re.compile(r"%(\d{1,2})")


def fill(template: str, *values: object) -> str:
    """``QString.arg(v1, v2, …)``: the lowest-numbered placeholder gets the first value, the next lowest the
    second, and so on (every occurrence of a number gets the same value); placeholders left over stay as they
    are. One pass, so a value that itself holds "%2" is not filled again."""
    numbers = sorted({int(n) for n in _PLACEHOLDER.findall(template)} - {0})
    texts = {number: str(value) for number, value in zip(numbers, values, strict=False)}
    return _PLACEHOLDER.sub(lambda m: texts.get(int(m.group(1)), m.group(0)), template)
