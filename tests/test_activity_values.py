"""Cell parsers of activity exports: dates, counts, money and talk time, as call-centre systems write them."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coachdesk.core.common.money import from_cents, money_text, to_cents
from coachdesk.core.tabular.values import (
    EXCEL_EPOCH,
    MAX_CENTS,
    MAX_COUNT,
    _number_text,
    parse_count,
    parse_day,
    parse_duration,
    parse_money,
)

MAY6 = dt.date(2024, 5, 6)
MAY6_SERIAL = 45418  # what Excel shows for 2024-05-06 as a number


def test_serial_constant_is_excel_s() -> None:
    assert EXCEL_EPOCH + dt.timedelta(days=MAY6_SERIAL) == MAY6
    assert EXCEL_EPOCH + dt.timedelta(days=1) == dt.date(1899, 12, 31)


@pytest.mark.parametrize("value", [
    "2024-05-06", "2024-5-6", "2024/5/6", "2024/05/06", "2024.5.6", "2024年5月6日", "2024年05月06日", "2024年5月6",
    "20240506", " 2024/5/6 ", "\u30002024/5/6", "2024-05-06 00:00:00", "2024/5/6 9:30", "2024-05-06T08:15:00.5",
    MAY6_SERIAL, float(MAY6_SERIAL), "45418", "45418.0", 45418.75, 45417.999999, MAY6, dt.datetime(2024, 5, 6, 17, 30),
])
def test_every_date_format(value: object) -> None:
    assert parse_day(value) == MAY6


@pytest.mark.parametrize(("value", "message"), [
    ("2024-02-30", "is not a calendar date"),
    ("2023年2月29日", "is not a calendar date"),
    ("20241301", "is not a calendar date"),
    ("hello", "is not a date (use e.g. 2024-05-06"),
    ("06/05/2024", "is not a date"),
    ("", "is not a date"),
    (100, "is not a date"),  # a count, not a serial
    (True, "is not a date"),
    (10_000_000, "is not a date"),
])
def test_bad_dates(value: object, message: str) -> None:
    with pytest.raises(ValueError, match=message.replace("(", r"\(")):
        parse_day(value)


def test_leap_day_and_year_end() -> None:
    assert parse_day("2024/2/29") == dt.date(2024, 2, 29)
    assert parse_day("2023年12月31日") == dt.date(2023, 12, 31)


@pytest.mark.parametrize(("value", "expected"), [
    ("1234", 1234), ("1,234", 1234), ("1，234", 1234), ("12,345,678", 12_345_678), (" 7 ", 7), ("\u30007", 7),
    ("+5", 5), ("0", 0), (12, 12), (12.0, 12), ("12.0", 12), ("1 234", 1234),
])
def test_counts(value: object, expected: int) -> None:
    assert parse_count(value) == expected


@pytest.mark.parametrize(("value", "message"), [
    ("abc", "is not a number"), ("-1", "is negative"), (-3, "is negative"), ("1.5", "is not a whole number"),
    (1.5, "is not a whole number"), ("1,23", "is not a number"), ("12,3456", "is not a number"),
    (True, "is not a number"),
    ("NaN", "is not a number"), ("inf", "is not a number"), ("", "is not a number"), ("5次", "is not a number"),
    ("-1,234", "is negative"),
])
def test_bad_counts(value: object, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_count(value)


@pytest.mark.parametrize(("value", "cents"), [
    ("¥1,234.50", 123450), ("￥1,234.5", 123450), ("1234.5元", 123450), ("1,234元", 123400), ("RMB 99.99", 9999),
    ("12", 1200), ("0.05", 5), (".5", 50), ("12.", 1200), (12, 1200), (12.5, 1250), (19.99, 1999), ("1 234.56", 123456),
    ("¥ 12,345,678.90", 1234567890), ("0", 0),
])
def test_money(value: object, cents: int) -> None:
    assert parse_money(value) == cents


@pytest.mark.parametrize(("value", "message"), [
    ("12.345", "has more than two decimals"), (0.1 + 0.2, "has more than two decimals"), ("-5", "is negative"),
    ("¥-5", "is negative"), ("abc", "is not an amount"), ("12,34", "is not an amount"), (True, "is not an amount"),
    ("NaN", "is not an amount"), ("", "is not an amount"), ("²", "is not an amount"),
])
def test_bad_money(value: object, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_money(value)


@pytest.mark.parametrize(("value", "unit", "seconds"), [
    ("90", "seconds", 90), ("5,400", "seconds", 5400), ("1.5", "minutes", 90), ("2", "minutes", 120),
    ("2", "hours", 7200), ("0.5", "hours", 1800), ("1:02:03", "seconds", 3723), ("1:02:03", "minutes", 3723),
    ("02:03", "seconds", 123), ("125:00:00", "seconds", 450_000), ("1小时2分3秒", "seconds", 3723),
    ("5分钟", "seconds", 300), ("30秒", "minutes", 30), ("2分30秒", "seconds", 150), ("1时5分", "seconds", 3900),
    ("1h2m3s", "seconds", 3723), ("3 min", "seconds", 180), (dt.time(0, 1, 30), "seconds", 90),
    (dt.timedelta(minutes=2, seconds=1), "seconds", 121), (12, "seconds", 12), (3, "minutes", 180),
    (12.6, "seconds", 13), (1.25, "minutes", 75), ("0", "seconds", 0),
])
def test_durations(value: object, unit: str, seconds: int) -> None:
    assert parse_duration(value, unit) == seconds


@pytest.mark.parametrize("value", ["abc", "-5", -5, True, "NaN", "1:2:3:4", "5天"])
def test_bad_durations(value: object) -> None:
    with pytest.raises(ValueError, match=r"is not a duration|is negative"):
        parse_duration(value, "seconds")


@pytest.mark.parametrize(("parse", "value"), [
    (parse_count, "2147483648"), (parse_count, "1e100"), (parse_count, 10**12), (parse_count, "9,999,999,999"),
    (parse_money, "1e100"), (parse_money, "1e1000000"), (parse_count, "1e1000000"),
    (parse_money, "100000000000000000"), (parse_money, 1e300), (parse_money, "¥1e30"),
    (lambda v: parse_duration(v, "hours"), "1000000"), (lambda v: parse_duration(v, "seconds"), "99999999:00:00"),
    (lambda v: parse_duration(v, "seconds"), "9999999小时"), (lambda v: parse_duration(v, "minutes"), 1e12),
    (lambda v: parse_duration(v, "hours"), "1e1000000"),
])
def test_too_large_for_the_database(parse, value: object) -> None:
    with pytest.raises(ValueError, match="is too large"):
        parse(value)


def test_largest_figures_fit() -> None:
    assert parse_count(str(MAX_COUNT)) == MAX_COUNT == parse_duration(str(MAX_COUNT), "seconds")
    assert parse_money("92233720368547758.07") == MAX_CENTS


def test_money_helpers() -> None:
    assert to_cents(Decimal("1234.505")) == 123451  # half up
    assert from_cents(123450) == Decimal("1234.50")
    assert money_text(5) == "0.05" and money_text(0) == "0.00" and money_text(123456789) == "1234567.89"


# ---------------------------------------------------------------- quick paths agree with the Decimal route

def reference(kind: str, text: str) -> int | str:
    """The plain Decimal route every quick path must agree with (value, or the error message)."""
    clean = _number_text(text)
    if kind == "money":
        clean = _number_text(clean.replace("¥", "").replace("￥", "").replace("元", "").replace("RMB", ""))
    try:
        number = Decimal(clean)
    except InvalidOperation:
        return {"count": "is not a number", "money": "is not an amount", "seconds": "is not a duration"}[kind]
    if not number.is_finite():
        return "is not a number" if kind == "count" else "is not an amount"
    if kind == "count" and number != number.to_integral_value():
        return "is not a whole number"
    if number < 0:
        return "is negative"
    if number > (Decimal(MAX_CENTS) / 100 if kind == "money" else MAX_COUNT):
        return "is too large"
    if kind == "money":
        if number != number.quantize(Decimal("0.01")):
            return "has more than two decimals"
        return to_cents(number)
    return int(number) if kind == "count" else int(number.to_integral_value())


def outcome(parse, text: str) -> int | str:
    try:
        return parse(text)
    except ValueError as exc:
        return str(exc)


NUMBERISH = st.text(alphabet="0123456789,.，+- _¥元e", max_size=12) | st.integers(-10**9, 10**12).map(
    lambda n: f"{n:,}") | st.decimals(min_value=-10**6, max_value=10**9, places=2, allow_nan=False).map(str)


@given(NUMBERISH)
def test_count_quick_path_agrees(text: str) -> None:
    expected = reference("count", text)
    got = outcome(parse_count, text)
    assert got == expected or (isinstance(expected, str) and got in ("is not a number", expected))


@given(NUMBERISH)
def test_money_quick_path_agrees(text: str) -> None:
    assert outcome(parse_money, text) == reference("money", text)


@given(NUMBERISH.filter(lambda t: ":" not in t))
def test_duration_quick_path_agrees(text: str) -> None:
    got = outcome(lambda t: parse_duration(t, "seconds"), text)
    expected = reference("seconds", text)
    if isinstance(expected, str):
        assert isinstance(got, str)
    else:
        assert got == expected


@given(st.dates(dt.date(1960, 1, 1), dt.date(2100, 12, 31)))
def test_every_format_of_any_day(day: dt.date) -> None:
    serial = (day - EXCEL_EPOCH).days
    for text in (day.isoformat(), f"{day.year}/{day.month}/{day.day}", f"{day.year}年{day.month}月{day.day}日",
                 day.strftime("%Y%m%d"), str(serial), f"{day.isoformat()} 00:00:00"):
        assert parse_day(text) == day, text
    assert parse_day(serial) == parse_day(float(serial)) == day
