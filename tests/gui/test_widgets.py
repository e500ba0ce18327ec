"""The shared widgets: fill() for %1 placeholders, the item-data roles and the validating dialog base."""

from __future__ import annotations

import pytest

from coachdesk.gui.widgets.text import fill


@pytest.mark.parametrize(("template", "values", "expected"), [
    ("%1 of %2 teams", (3, 7), "3 of 7 teams"),
    ("%2 的 %1", ("a", "b"), "b 的 a"),  # a translation may put the placeholders in another order
    ("%1 and again %1", ("x",), "x and again x"),  # every occurrence of a number takes the same value
    ("%1 then %2", ("%2", "two"), "%2 then two"),  # one pass: a value holding "%2" is not filled again
    ("%1 then %2", ("%1%2", "two"), "%1%2 then two"),
    ("only %1, %2 stays", ("one",), "only one, %2 stays"),  # fewer values: the higher placeholders stay
    ("%1", ("a", "b"), "a"),  # more values than placeholders: the rest are not used
    ("no placeholder", ("a",), "no placeholder"),
    ("%1 day(s) · %3", (5, "2024-05-06"), "5 day(s) · 2024-05-06"),  # as QString.arg: lowest first, gaps skipped
    ("%9 > %1", ("low", "high"), "high > low"),
    ("%10 and %1", ("a", "b"), "b and a"),  # two digits are one placeholder, as in Qt
    ("100 % sure, %0 is not one", ("a",), "100 % sure, %0 is not one"),
    ("%1 %", (12.5,), "12.5 %"),  # values are turned into text
])
def test_fill_replaces_placeholders_as_qstring_arg(template: str, values: tuple[object, ...], expected: str) -> None:
    assert fill(template, *values) == expected


def test_fill_gives_what_the_chained_replacements_gave() -> None:
    """The app's templates number their placeholders %1..%n; for them fill() is the old chain of replaces."""
    template = "%1 · formed %2 (%3 days ago) · %4 active members, %5 left · %6 groups"
    values = ("手机卡", "2024-01-02", 120, 9, 2, 3)
    chained = template
    for number, value in enumerate(values, start=1):
        chained = chained.replace(f"%{number}", str(value))
    assert fill(template, *values) == chained
