"""Parsing the cell values found in call-centre and CRM exports: dates, counts, money, durations.

Each parser raises ``CodedError`` (a ValueError) with a code and a short English reason; the row validator turns
it into a Problem that names the file row and column.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation

from coachdesk.core.common.messages import CodedError, MessageCode
from coachdesk.core.common.money import to_cents

# Why a cell could not be read (CodedError, a ValueError): the GUI translates the code, the CLI prints the text.
NOT_CALENDAR_DATE = MessageCode("value.not_calendar_date", "is not a calendar date")
NOT_A_DATE_HINT = MessageCode("value.not_a_date_hint", "is not a date (use e.g. 2024-05-06, 2024/5/6 or 2024年5月6日)")
NOT_A_DATE = MessageCode("value.not_a_date", "is not a date")
NOT_A_NUMBER = MessageCode("value.not_a_number", "is not a number")
NEGATIVE = MessageCode("value.negative", "is negative")
TOO_LARGE = MessageCode("value.too_large", "is too large")
NOT_WHOLE = MessageCode("value.not_whole", "is not a whole number")
NOT_AN_AMOUNT = MessageCode("value.not_an_amount", "is not an amount")
TOO_MANY_DECIMALS = MessageCode("value.too_many_decimals", "has more than two decimals")
NOT_A_DURATION_HINT = MessageCode("value.not_a_duration_hint", "is not a duration (seconds, minutes, or h:mm:ss)")
NOT_A_DURATION = MessageCode("value.not_a_duration", "is not a duration")

# The largest figures the database holds (INTEGER and BIGINT on PostgreSQL): bigger cells are "too large" problems
# of their row instead of a database error after the whole file was checked.
MAX_COUNT = 2**31 - 1  # calls, connected, deals, intent, talk seconds
MAX_CENTS = 2**63 - 1
_MAX_YUAN = Decimal(MAX_CENTS) / 100  # compared, never multiplied: '1e1000000' * 100 overflows Decimal
EXCEL_EPOCH = dt.date(1899, 12, 30)  # Excel's day 0 (with the 1900 leap-year bug folded in)
_SERIAL_RANGE = (20_000, 80_000)  # 1954-10-03 … 2119-01-10: numbers in this range in a date column are serials
_DATE_PATTERNS = (
    re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$"),
    re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日?$"),
    re.compile(r"^(\d{4})(\d{2})(\d{2})$"),
)
_TIME_SUFFIX = re.compile(r"[ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?$")
_THOUSANDS = re.compile(r"^[+-]?\d{1,3}([,，]\d{3})+(\.\d+)?$")
_HMS = re.compile(r"^(\d+):(\d{1,2})(?::(\d{1,2}))?$")
_CN_DURATION = re.compile(r"^(?:(\d+)(?:小时|时|h))?\s*(?:(\d+)(?:分钟|分|m|min))?\s*(?:(\d+)(?:秒|s|sec))?$")


def parse_day(value: object) -> dt.date:
    """2024-05-06, 2024/5/6, 2024.5.6, 2024年5月6日, 20240506, an Excel serial, or a date/datetime cell."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _serial(float(value))
    text = str(value).strip().replace("\u3000", "")
    text = _TIME_SUFFIX.sub("", text)  # "2024-05-06 00:00:00" from spreadsheets saved as CSV
    for pattern in _DATE_PATTERNS:
        match = pattern.match(text)
        if match:
            year, month, day = (int(g) for g in match.groups())
            try:
                return dt.date(year, month, day)
            except ValueError:
                raise CodedError(NOT_CALENDAR_DATE) from None
    try:
        return _serial(float(text))
    except ValueError:
        raise CodedError(NOT_A_DATE_HINT) from None


def _serial(number: float) -> dt.date:
    if not number.is_integer() and number % 1 > 0.99:
        number = round(number)
    if not (_SERIAL_RANGE[0] <= number <= _SERIAL_RANGE[1]):
        raise CodedError(NOT_A_DATE)
    return EXCEL_EPOCH + dt.timedelta(days=int(number))


def _number_text(value: object) -> str:
    text = str(value).strip().replace("\u3000", "").replace(" ", "")
    if _THOUSANDS.match(text):
        text = text.replace(",", "").replace("，", "")
    return text


def parse_count(value: object) -> int:
    """A whole, non-negative number; '1,234' and 12.0 (Excel) are accepted."""
    if isinstance(value, bool):
        raise CodedError(NOT_A_NUMBER)
    if isinstance(value, int):
        number = Decimal(value)
    elif isinstance(value, float):
        number = Decimal(repr(value))
    else:
        text = _number_text(value)
        try:  # the usual case, '1234' or '1,234': no Decimal needed (int() and Decimal agree on these)
            whole = int(text)
        except ValueError:
            pass
        else:
            if whole < 0:
                raise CodedError(NEGATIVE)
            if whole > MAX_COUNT:
                raise CodedError(TOO_LARGE)
            return whole
        try:
            number = Decimal(text)
        except InvalidOperation:
            raise CodedError(NOT_A_NUMBER) from None
    if not number.is_finite():
        raise CodedError(NOT_A_NUMBER)
    if number != number.to_integral_value():
        raise CodedError(NOT_WHOLE)
    if number < 0:
        raise CodedError(NEGATIVE)
    if number > MAX_COUNT:
        raise CodedError(TOO_LARGE)
    return int(number)


def parse_money(value: object) -> int:
    """An amount in yuan ('¥1,234.50', '1234.5元') → cents."""
    if isinstance(value, bool):
        raise CodedError(NOT_AN_AMOUNT)
    if isinstance(value, int):
        amount = Decimal(value)
    elif isinstance(value, float):
        amount = Decimal(repr(value))
    else:
        text = _number_text(_number_text(value).replace("¥", "").replace("￥", "").replace("元", "").replace("RMB", ""))
        whole, dot, fraction = text.partition(".")
        if whole.isdecimal() and (not dot or (fraction.isdecimal() and len(fraction) <= 2)):
            cents = int(whole) * 100 + (int(fraction.ljust(2, "0")) if dot else 0)  # '1234.5': exact, no Decimal
            if cents > MAX_CENTS:
                raise CodedError(TOO_LARGE)
            return cents
        try:
            amount = Decimal(text)
        except InvalidOperation:
            raise CodedError(NOT_AN_AMOUNT) from None
    if not amount.is_finite():
        raise CodedError(NOT_AN_AMOUNT)
    if amount < 0:
        raise CodedError(NEGATIVE)
    if amount > _MAX_YUAN:  # before quantize, which fails on huge numbers ('1e100')
        raise CodedError(TOO_LARGE)
    if amount != amount.quantize(Decimal("0.01")):
        raise CodedError(TOO_MANY_DECIMALS)
    return to_cents(amount)


def _bounded(seconds: int) -> int:
    if seconds > MAX_COUNT:
        raise CodedError(TOO_LARGE)
    return seconds


def parse_duration(value: object, unit: str) -> int:
    """Talk time → whole seconds. ``unit`` is 'seconds', 'minutes' or 'hours' for plain numbers; h:mm:ss,
    mm:ss and '1小时2分3秒' are read whatever the unit. Fractions of a second are rounded."""
    if isinstance(value, dt.time):
        return value.hour * 3600 + value.minute * 60 + value.second
    if isinstance(value, dt.timedelta):
        return _bounded(round(value.total_seconds()))
    text = str(value).strip().replace(" ", "") if not isinstance(value, int | float) else ""
    if text:
        match = _HMS.match(text)
        if match:
            first, second, third = match.groups()
            if third is None:  # mm:ss
                return _bounded(int(first) * 60 + int(second))
            return _bounded(int(first) * 3600 + int(second) * 60 + int(third))
        cn = _CN_DURATION.match(text)
        if cn and any(cn.groups()):
            hours, minutes, seconds = (int(g) if g else 0 for g in cn.groups())
            return _bounded(hours * 3600 + minutes * 60 + seconds)
    if isinstance(value, bool):
        raise CodedError(NOT_A_DURATION)
    factor = {"seconds": 1, "minutes": 60, "hours": 3600}[unit]
    if not isinstance(value, float):
        try:  # plain whole numbers, also '5,400'
            whole = int(value) if isinstance(value, int) else int(_number_text(value))
        except ValueError:
            pass
        else:
            if whole < 0:
                raise CodedError(NEGATIVE)
            if whole * factor > MAX_COUNT:
                raise CodedError(TOO_LARGE)
            return whole * factor
    try:
        number = Decimal(repr(value)) if isinstance(value, float) else Decimal(_number_text(value))
    except InvalidOperation:
        raise CodedError(NOT_A_DURATION_HINT) from None
    if not number.is_finite():
        raise CodedError(NOT_A_DURATION)
    if number < 0:
        raise CodedError(NEGATIVE)
    if number > Decimal(MAX_COUNT) / factor:
        raise CodedError(TOO_LARGE)
    return int((number * factor).to_integral_value())
