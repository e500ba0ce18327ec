"""Checking one export row at a time: identify the rep, parse the figures, apply the business rules.

The checker is the hot loop of an import (a million rows must stay fast): it returns plain tuples, caches
parsed dates, and tries ``int()`` before the general number parser.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, cast

from coachdesk.core.activity.columns import ColumnMapping, is_summary_label
from coachdesk.core.activity.figures import Field
from coachdesk.core.common.messages import CodedError, MessageCode
from coachdesk.core.tabular.values import (
    MAX_CENTS,
    MAX_COUNT,
    NEGATIVE,
    TOO_LARGE,
    parse_count,
    parse_day,
    parse_duration,
    parse_money,
)

# (member_id or None, employee_id, name, day, calls, connected, talk_seconds, deals, revenue_cents, intent)
CheckedRow = tuple[int | None, str, str, dt.date, int, int, int, int, int, int | None]


@dataclass(frozen=True, slots=True)
class Problem:
    row: int  # 1-based row in the file
    column: str  # the file's header text (or the field name)
    value: str
    message: str  # English, what the CLI prints
    code: str = "invalid"  # the kind of problem (required, bad_value, order, …), as the CLI's JSON gives it
    reason: str = ""  # the MessageCode: with ``params`` the GUI says ``message`` in the user's language
    params: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @classmethod
    def of(cls, row: int, column: str, value: str, code: str, reason: MessageCode, **params: Any) -> Problem:
        return cls(row, column, value, reason.text(params), code, reason.code, params)

    def __str__(self) -> str:
        value = f" {self.value!r}" if self.value != "" else ""
        return f"row {self.row}, column {self.column}:{value} {self.message}"


@dataclass
class Skipped:
    blank: int = 0
    summary: list[int] = field(default_factory=list)  # row numbers of 合计/Total rows
    no_figures: list[int] = field(default_factory=list)

    @property
    def total(self) -> int:
        return self.blank + len(self.summary) + len(self.no_figures)


@dataclass
class UnknownRep:
    employee_id: str
    name: str
    first_day: dt.date
    rows: int = 0
    first_row: int = 0


_LIMITS = (MAX_COUNT, MAX_COUNT, MAX_CENTS)  # by figure kind: count, talk time, money

# What can be wrong with a row (the cell parsers' own codes are in core/tabular/values.py).
DATE_REQUIRED = MessageCode("activity.date_required", "a date is required")
REP_MISSING = MessageCode("activity.rep_missing", "the rep is missing (no employee id or name)")
IN_FUTURE = MessageCode("activity.in_future", "{day} is in the future")
# The rules every source of figures obeys (files and the manual-entry grid): connected ≤ calls; deals close on
# connected calls, so deals ≤ connected.
TOO_MANY_CONNECTED = MessageCode("activity.too_many_connected", "connected ({connected}) is more than calls ({calls})")
TOO_MANY_DEALS = MessageCode("activity.too_many_deals", "deals ({deals}) are more than connected calls ({connected})")
AMBIGUOUS_NAME = MessageCode("activity.ambiguous_name", "{count} members are called {name}; add an employee id column")
DUPLICATE_DAY = MessageCode("activity.duplicate_day", "{rep} on {day} appears in rows {rows} with different figures")
NEGATIVE_FIGURES = MessageCode("activity.negative_figures", "figures must not be negative")
NOT_IN_TEAM = MessageCode("activity.not_in_team", "is not in this team")

# A cell parser failed without a code (a bug there, or Python's own limit such as int() of 5,000 digits): the
# English reason is kept as it is, so the CLI says what it always said and the GUI can still wrap it.
UNREADABLE = MessageCode("activity.unreadable", "{error}")

# → member id, None (unknown) or why the rep cannot be told
MemberLookup = Callable[[str, str], int | CodedError | None]


class RowChecker:
    """Turns raw cells into CheckedRow tuples, collecting problems, skips and unknown reps."""

    def __init__(self, mapping: ColumnMapping, today: dt.date, lookup: MemberLookup) -> None:
        self.mapping = mapping
        self.today = today
        self.lookup = lookup
        self.problems: list[Problem] = []
        self.skipped = Skipped()
        self.unknown: dict[tuple[str, str], UnknownRep] = {}
        cols = mapping.columns
        self._date = cols[Field.DATE]
        self._eid = cols.get(Field.EMPLOYEE_ID)
        self._name = cols.get(Field.NAME)
        self._figures = [(f, cols.get(f)) for f in (Field.CALLS, Field.CONNECTED, Field.TALK_TIME, Field.DEALS,
                                                    Field.REVENUE, Field.INTENT)]
        self._has_intent = Field.INTENT in cols
        self._talk_unit = mapping.talk_unit()
        self._days: dict[object, dt.date | CodedError] = {}
        self._members: dict[tuple[str, str], int | CodedError | None] = {}
        self._summary_columns = sorted({0, *(c.index for c in (self._date, self._eid, self._name) if c)})
        self._summary_cache: dict[object, bool] = {}
        kinds = {Field.TALK_TIME: 1, Field.REVENUE: 2}
        self._specs = [(f, kinds.get(f, 0), c.index if c else -1, c.header if c else f.value)
                       for f, c in self._figures]
        self._talk_factor = {"seconds": 1, "minutes": 60, "hours": 3600}.get(self._talk_unit, 0)
        self._has_connected = Field.CONNECTED in cols
        # The fast path (see ``check``): raw date cells and raw (employee id, name) cells that already passed
        # every check on an earlier row, and the mapped figure columns as (position, kind, cell index).
        self._known_days: dict[object, dt.date] = {}
        self._known_reps: dict[tuple[object, object], tuple[int, str, str]] = {}
        self._date_index = self._date.index
        self._eid_index = self._eid.index if self._eid else -1
        self._name_index = self._name.index if self._name else -1
        self._first_is_label = 0 in (self._date_index, self._eid_index, self._name_index)
        self._fast_specs = tuple((position, kind, index) for position, (_f, kind, index, _h) in enumerate(self._specs)
                                 if index >= 0)
        self._fast_defaults = [None if f == Field.INTENT else 0 for f, _kind, _index, _h in self._specs]

    # ------------------------------------------------------------------ helpers
    @staticmethod
    def _cell(cells: list[object], index: int) -> object:
        return cells[index] if index < len(cells) else None

    @staticmethod
    def _empty(value: object) -> bool:
        return value is None or (isinstance(value, str) and not value.strip())

    def _problem(self, row: int, column: str, value: object, code: str, reason: MessageCode | CodedError,
                 **params: Any) -> None:
        shown = "" if value is None else str(value).strip()
        if isinstance(reason, MessageCode):
            self.problems.append(Problem.of(row, column, shown, code, reason, **params))
        else:
            self.problems.append(Problem(row, column, shown, str(reason), code, reason.code, reason.params))

    def _day(self, value: object) -> dt.date | CodedError:
        key = value if isinstance(value, str | int | float | dt.date) else str(value)
        cached = self._days.get(key)
        if cached is None:
            try:
                cached = parse_day(value)
            except CodedError as exc:
                cached = exc
            self._days[key] = cached
        return cached

    # ------------------------------------------------------------------ fast paths
    def _is_blank(self, cells: list[object]) -> bool:
        try:
            return not "".join(cells).strip()  # type: ignore[arg-type]  # CSV rows: all strings
        except TypeError:
            return all(self._empty(c) for c in cells)

    def _is_summary(self, cells: list[object]) -> bool:
        cache = self._summary_cache
        count = len(cells)
        for index in self._summary_columns:
            value = cells[index] if index < count else None
            if value is None or value == "":
                continue
            try:
                hit = cache.get(value)
            except TypeError:  # an unhashable cell value
                hit = None
            if hit is None:
                hit = is_summary_label(value)
                if len(cache) < 100_000:
                    cache[value] = hit
            if hit:
                return True
        return False

    def _parse_figure(self, kind: int, raw: object) -> int:
        """kind 0: count, 1: talk time, 2: money. Plain strings take a quick path; anything else the full one."""
        if type(raw) is str:
            if kind == 0:
                try:
                    number = int(raw)
                except ValueError:
                    return parse_count(raw)
                if number < 0:
                    raise CodedError(NEGATIVE)
                return number
            if kind == 2:
                whole, dot, fraction = raw.strip().partition(".")
                if whole.isdecimal() and (not dot or (fraction.isdecimal() and len(fraction) <= 2)):
                    return int(whole) * 100 + (int(fraction.ljust(2, "0")) if dot else 0)
                return parse_money(raw)
            if raw.strip().isdecimal() and self._talk_factor:
                return int(raw) * self._talk_factor
        if kind == 0:
            return parse_count(raw)
        if kind == 2:
            return parse_money(raw)
        return parse_duration(raw, self._talk_unit)

    # ------------------------------------------------------------------ the check
    def check(self, row: int, cells: list[object]) -> CheckedRow | None:
        """The checked row, or None (skipped, or problems recorded). Most rows of a big export repeat a date and
        a rep an earlier row already passed with, and carry plain figures: those take a fast path that gives
        exactly what ``_check_full`` would. Anything else (a new date or rep, an empty or odd cell, a broken
        rule) falls through to the full check, which records the problems."""
        try:
            day = self._known_days[cells[self._date_index]]
            eid_raw = cells[self._eid_index] if self._eid_index >= 0 else None
            name_raw = cells[self._name_index] if self._name_index >= 0 else None
            member, eid, name = self._known_reps[(eid_raw, name_raw)]
            if not self._first_is_label:  # a 合计 label may sit in the first column even when it is not mapped
                first = cells[0]
                if not (first is None or first == "" or (type(first) is str and first[:1].isdigit())
                        or self._summary_cache.get(first) is False):
                    raise LookupError
            figures = self._fast_defaults.copy()
            for position, kind, index in self._fast_specs:
                raw = cells[index]
                if type(raw) is str:
                    if kind == 0:
                        try:
                            value = int(raw)
                        except ValueError:
                            value = parse_count(raw)
                    elif kind == 2:
                        whole, dot, fraction = raw.partition(".")
                        if whole.isdecimal() and (not dot or (fraction.isdecimal() and len(fraction) <= 2)):
                            value = int(whole) * 100 + (int(fraction.ljust(2, "0")) if dot else 0)
                        else:
                            value = parse_money(raw)
                    elif self._talk_factor and raw.isdecimal():
                        value = int(raw) * self._talk_factor
                    else:
                        value = parse_duration(raw, self._talk_unit)
                elif type(raw) is int and kind == 0:
                    value = raw
                else:  # None, numbers and dates from .xlsx: the full check knows them all
                    raise LookupError
                if value is None or value < 0 or value > _LIMITS[kind]:
                    raise LookupError
                figures[position] = value
            # cast: every figure but intent is a number here (the loop above raised otherwise)
            calls, connected, talk, deals, revenue, intent = cast("list[int]", figures)
            if connected > calls or (deals > connected and self._has_connected):
                raise LookupError
            return (member, eid, name, day, calls, connected, talk, deals, revenue, intent)
        except (LookupError, ValueError, TypeError):
            return self._check_full(row, cells)

    def _remember(self, cells: list[object], day: dt.date, member: int, eid: str, name: str) -> None:
        """A row passed every check: later rows with the same raw date and rep cells may take the fast path."""
        raw_day = cells[self._date_index]
        eid_raw = cells[self._eid_index] if self._eid_index >= 0 else None
        name_raw = cells[self._name_index] if self._name_index >= 0 else None
        if type(raw_day) is bool or len(self._known_days) >= 100_000:
            return
        self._known_days[raw_day] = day
        # Only text keys: True == 1 would otherwise let a boolean cell hit an integer id's entry.
        if all(v is None or type(v) is str for v in (eid_raw, name_raw)) and len(self._known_reps) < 100_000:
            self._known_reps[(eid_raw, name_raw)] = (member, eid, name)

    def _check_full(self, row: int, cells: list[object]) -> CheckedRow | None:
        if self._is_blank(cells):
            self.skipped.blank += 1
            return None
        if self._is_summary(cells):
            self.skipped.summary.append(row)
            return None
        problems = self.problems
        before = len(problems)
        count = len(cells)
        date_column = self._date
        raw_date = cells[date_column.index] if date_column.index < count else None
        day: dt.date | CodedError | None = None
        if self._empty(raw_date):
            self._problem(row, date_column.header, raw_date, "required", DATE_REQUIRED)
        else:
            day = self._day(raw_date)
            if isinstance(day, CodedError):
                self._problem(row, date_column.header, raw_date, "bad_date", day)
            elif day > self.today:
                self._problem(row, date_column.header, raw_date, "future", IN_FUTURE, day=day.isoformat())
        eid = str(self._cell(cells, self._eid.index) or "").strip() if self._eid else ""
        name = str(self._cell(cells, self._name.index) or "").strip() if self._name else ""
        if not eid and not name:
            column = (self._eid or self._name).header  # type: ignore[union-attr]
            self._problem(row, column, "", "required", REP_MISSING)

        values: list[int | None] = []
        failed: set[Field] = set()
        present = 0
        for f, kind, index, header in self._specs:
            if index < 0:
                values.append(None if f == Field.INTENT else 0)
                continue
            raw = cells[index] if index < count else None
            if raw is None or (type(raw) is str and (not raw or raw.isspace())):
                values.append(None)
                continue
            present += 1
            try:
                value = self._parse_figure(kind, raw)
                if value > _LIMITS[kind]:  # the quick paths do not look at size
                    raise CodedError(TOO_LARGE)
                values.append(value)
            except ValueError as exc:  # the parsers raise CodedError; anything else is shown as it is
                reason = exc if isinstance(exc, CodedError) else CodedError(UNREADABLE, error=str(exc))
                self._problem(row, header, raw, "bad_value", reason)
                failed.add(f)
                values.append(0)
        if present == 0 and len(problems) == before:
            self.skipped.no_figures.append(row)
            return None
        calls, connected, talk, deals, revenue = (v or 0 for v in values[:5])
        intent = values[5] if self._has_intent else None
        if self._has_intent and intent is None:
            intent = 0  # other figures are on the row, so an empty intent cell means none
        if connected > calls and not failed & {Field.CALLS, Field.CONNECTED}:
            column = self.mapping.columns[Field.CONNECTED].header
            self._problem(row, column, connected, "order", TOO_MANY_CONNECTED, connected=connected, calls=calls)
        if deals > connected and self._has_connected and not failed & {Field.DEALS, Field.CONNECTED}:
            column = self.mapping.columns[Field.DEALS].header
            self._problem(row, column, deals, "order", TOO_MANY_DEALS, deals=deals, connected=connected)
        if len(problems) != before or not isinstance(day, dt.date):
            return None
        member = self._member(row, eid, name, day)
        if isinstance(member, CodedError):
            return None
        if member is not None:
            self._remember(cells, day, member, eid, name)
        return (member, eid, name, day, calls, connected, talk, deals, revenue, intent)

    def _member(self, row: int, eid: str, name: str, day: dt.date) -> int | CodedError | None:
        key = (eid, name if not eid else "")
        if key in self._members:
            found = self._members[key]
        else:
            found = self._members[key] = self.lookup(eid, name)
        if isinstance(found, CodedError):
            column = (self._eid if eid else self._name).header  # type: ignore[union-attr]
            self._problem(row, column, eid or name, "rep", found)
            return found
        if found is None:
            rep = self.unknown.get(key)
            if rep is None:
                rep = self.unknown[key] = UnknownRep(eid, name, day, 0, row)
            rep.rows += 1
            rep.first_day = min(rep.first_day, day)
        return found
