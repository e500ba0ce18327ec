"""Checking one export row at a time: identify the rep, parse the figures, apply the business rules.

The checker is the hot loop of an import (a million rows must stay fast): it returns plain tuples, caches
parsed dates, and tries ``int()`` before the general number parser.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from coachdesk.core.activity import Field
from coachdesk.core.activity_columns import ColumnMapping, is_summary_label
from coachdesk.core.activity_values import parse_count, parse_day, parse_duration, parse_money

# (member_id or None, employee_id, name, day, calls, connected, talk_seconds, deals, revenue_cents, intent)
CheckedRow = tuple[int | None, str, str, dt.date, int, int, int, int, int, int | None]


@dataclass(frozen=True, slots=True)
class Problem:
    row: int  # 1-based row in the file
    column: str  # the file's header text (or the field name)
    value: str
    message: str
    code: str = "invalid"

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


MemberLookup = Callable[[str, str], int | str | None]  # → member id, None (unknown) or an error text


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
        self._days: dict[object, dt.date | str] = {}
        self._members: dict[tuple[str, str], int | str | None] = {}
        self._label_columns = [c.index for c in (self._date, self._eid, self._name) if c is not None]

    # ------------------------------------------------------------------ helpers
    @staticmethod
    def _cell(cells: list[object], index: int) -> object:
        return cells[index] if index < len(cells) else None

    @staticmethod
    def _empty(value: object) -> bool:
        return value is None or (isinstance(value, str) and not value.strip())

    def _problem(self, row: int, column: str, value: object, message: str, code: str = "invalid") -> None:
        self.problems.append(Problem(row, column, "" if value is None else str(value).strip(), message, code))

    def _day(self, value: object) -> dt.date | str:
        key = value if isinstance(value, str | int | float | dt.date) else str(value)
        cached = self._days.get(key)
        if cached is None:
            try:
                cached = parse_day(value)
            except ValueError as exc:
                cached = str(exc)
            self._days[key] = cached
        return cached

    def _figure(self, f: Field, value: object) -> int:
        if f == Field.REVENUE:
            return parse_money(value)
        if f == Field.TALK_TIME:
            return parse_duration(value, self._talk_unit)
        if isinstance(value, str):
            try:
                number = int(value)
            except ValueError:
                return parse_count(value)
            if number < 0:
                raise ValueError("is negative")
            return number
        return parse_count(value)

    # ------------------------------------------------------------------ the check
    def check(self, row: int, cells: list[object]) -> CheckedRow | None:
        if all(self._empty(c) for c in cells):
            self.skipped.blank += 1
            return None
        if any(is_summary_label(self._cell(cells, i)) for i in self._label_columns) or (
            cells and is_summary_label(cells[0])
        ):
            self.skipped.summary.append(row)
            return None
        before = len(self.problems)
        raw_date = self._cell(cells, self._date.index)
        day: dt.date | str = "is required"
        if self._empty(raw_date):
            self._problem(row, self._date.header, raw_date, "a date is required", "required")
        else:
            day = self._day(raw_date)
            if isinstance(day, str):
                self._problem(row, self._date.header, raw_date, day, "bad_date")
            elif day > self.today:
                self._problem(row, self._date.header, raw_date, f"{day.isoformat()} is in the future", "future")
        eid = str(self._cell(cells, self._eid.index) or "").strip() if self._eid else ""
        name = str(self._cell(cells, self._name.index) or "").strip() if self._name else ""
        if not eid and not name:
            column = (self._eid or self._name).header  # type: ignore[union-attr]
            self._problem(row, column, "", "the rep is missing (no employee id or name)", "required")

        values: list[int | None] = []
        failed: set[Field] = set()
        present = 0
        for f, column in self._figures:
            if column is None:
                values.append(None if f == Field.INTENT else 0)
                continue
            raw = self._cell(cells, column.index)
            if self._empty(raw):
                values.append(None)
                continue
            present += 1
            try:
                values.append(self._figure(f, raw))
            except ValueError as exc:
                self._problem(row, column.header, raw, str(exc), "bad_value")
                failed.add(f)
                values.append(0)
        if present == 0 and len(self.problems) == before:
            self.skipped.no_figures.append(row)
            return None
        calls, connected, talk, deals, revenue = (v or 0 for v in values[:5])
        intent = values[5] if self._has_intent else None
        if self._has_intent and intent is None:
            intent = 0  # other figures are on the row, so an empty intent cell means none
        if connected > calls and not failed & {Field.CALLS, Field.CONNECTED}:
            column = self.mapping.columns[Field.CONNECTED].header
            self._problem(row, column, connected, f"connected ({connected}) is more than calls ({calls})", "order")
        if deals > connected and Field.CONNECTED in self.mapping.columns and not failed & {Field.DEALS,
                                                                                             Field.CONNECTED}:
            column = self.mapping.columns[Field.DEALS].header
            self._problem(row, column, deals, f"deals ({deals}) are more than connected calls ({connected})", "order")
        if len(self.problems) != before or isinstance(day, str):
            return None
        member = self._member(row, eid, name, day)
        if isinstance(member, str):
            return None
        return (member, eid, name, day, calls, connected, talk, deals, revenue, intent)

    def _member(self, row: int, eid: str, name: str, day: dt.date) -> int | str | None:
        key = (eid, name if not eid else "")
        found = self._members.get(key, "?")
        if found == "?":
            found = self.lookup(eid, name)
            self._members[key] = found
        if isinstance(found, str):
            column = (self._eid if eid else self._name).header  # type: ignore[union-attr]
            self._problem(row, column, eid or name, found, "rep")
            return found
        if found is None:
            rep = self.unknown.get(key)
            if rep is None:
                rep = self.unknown[key] = UnknownRep(eid, name, day, 0, row)
            rep.rows += 1
            rep.first_day = min(rep.first_day, day)
        return found
