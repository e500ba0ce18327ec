"""Table models and display helpers shared by the import wizard, the import history and manual entry.

Field names, encodings, units and the engine's problem messages in the user's language; a small generic
read-only table model for lists of records (problems, unknown reps, changed rows, imports) that sorts itself
(numbers as numbers) when a header is clicked.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QTableView

from coachdesk.core.activity import rows as row_codes
from coachdesk.core.activity.figures import Field
from coachdesk.core.activity.rows import Problem, UnknownRep
from coachdesk.core.common.messages import CodedError
from coachdesk.core.common.money import money_text
from coachdesk.core.tabular import values as value_codes
from coachdesk.gui.widgets.text import CodeTexts, fill
from coachdesk.store.activity.imports import FIGURES, FORMED_ON_SET, ChangedRow, ImportReport

translate = QCoreApplication.translate  # a name pyside6-lupdate recognises

Index = QModelIndex | QPersistentModelIndex
R = TypeVar("R")
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
MUTED = QColor("#8a8f98")


# ---------------------------------------------------------------- labels


def field_label(f: Field) -> str:
    return {
        Field.DATE: translate("ImportLabels", "Date"),
        Field.EMPLOYEE_ID: translate("ImportLabels", "Employee ID"),
        Field.NAME: translate("ImportLabels", "Name"),
        Field.CALLS: translate("ImportLabels", "Calls"),
        Field.CONNECTED: translate("ImportLabels", "Connected"),
        Field.TALK_TIME: translate("ImportLabels", "Talk time"),
        Field.DEALS: translate("ImportLabels", "Deals"),
        Field.REVENUE: translate("ImportLabels", "Revenue (yuan)"),
        Field.INTENT: translate("ImportLabels", "Intent customers"),
    }[f]


def encoding_label(name: str | None) -> str:
    if not name:
        return translate("ImportLabels", "not needed (Excel workbook)")
    return {
        "utf-8": translate("ImportLabels", "UTF-8"),
        "utf-8-sig": translate("ImportLabels", "UTF-8 with BOM"),
        "gb18030": translate("ImportLabels", "GB18030"),
    }.get(name, name.upper())


def unit_label(unit: str) -> str:
    return {
        "seconds": translate("ImportLabels", "seconds"),
        "minutes": translate("ImportLabels", "minutes"),
        "hours": translate("ImportLabels", "hours"),
    }.get(unit, unit)


def counts_text(new: int, changed: int, unchanged: int) -> str:
    return fill(translate("ImportLabels", "%1 new, %2 changed, %3 unchanged"), str(new), str(changed), str(unchanged))


def n_days(n: int) -> str:
    return translate("ImportLabels", "1 day") if n == 1 else fill(translate("ImportLabels", "%1 days"), str(n))


def n_reps(n: int) -> str:
    return translate("ImportLabels", "1 rep") if n == 1 else fill(translate("ImportLabels", "%1 reps"), str(n))


def rows_text(numbers: Sequence[int]) -> str:
    """'5, 17, 29' — every row number, never cut short."""
    return ", ".join(str(n) for n in numbers)


def duration_text(seconds: int) -> str:
    hours, rest = divmod(int(seconds), 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}"


def when_text(value: dt.datetime | None) -> str:
    """A stored timestamp in local time. SQLite's CURRENT_TIMESTAMP is UTC without a zone."""
    if value is None:
        return ""
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone().strftime("%Y-%m-%d %H:%M")


# The engine's problems by MessageCode: a template and the params that fill its %1, %2, … in that order.
_PROBLEMS = CodeTexts({
    row_codes.DATE_REQUIRED.code: (lambda: translate("ImportProblems", "a date is required"), ()),
    row_codes.REP_MISSING.code: (
        lambda: translate("ImportProblems", "the rep is missing (no employee ID or name)"), ()),
    row_codes.IN_FUTURE.code: (lambda: translate("ImportProblems", "%1 is in the future"), ("day",)),
    row_codes.TOO_MANY_CONNECTED.code: (
        lambda: translate("ImportProblems", "connected (%1) is more than calls (%2)"), ("connected", "calls")),
    row_codes.TOO_MANY_DEALS.code: (
        lambda: translate("ImportProblems", "deals (%1) are more than connected calls (%2)"), ("deals", "connected")),
    row_codes.AMBIGUOUS_NAME.code: (
        lambda: translate("ImportProblems", "%1 members are called %2; add an employee ID column"),
        ("count", "name")),
    row_codes.DUPLICATE_DAY.code: (
        lambda: translate("ImportProblems", "%1 on %2 appears in rows %3 with different figures"),
        ("rep", "day", "rows")),
    row_codes.NEGATIVE_FIGURES.code: (lambda: translate("ImportProblems", "figures must not be negative"), ()),
    row_codes.NOT_IN_TEAM.code: (lambda: translate("ImportProblems", "is not in this team"), ()),
    row_codes.UNREADABLE.code: (lambda: translate("ImportProblems", "cannot be read: %1"), ("error",)),
    value_codes.NOT_CALENDAR_DATE.code: (lambda: translate("ImportProblems", "is not a calendar date"), ()),
    value_codes.NOT_A_DATE_HINT.code: (
        lambda: translate("ImportProblems", "is not a date (use e.g. 2024-05-06, 2024/5/6 or 2024年5月6日)"), ()),
    value_codes.NOT_A_DATE.code: (lambda: translate("ImportProblems", "is not a date"), ()),
    value_codes.NOT_A_NUMBER.code: (lambda: translate("ImportProblems", "is not a number"), ()),
    value_codes.NEGATIVE.code: (lambda: translate("ImportProblems", "is negative"), ()),
    value_codes.TOO_LARGE.code: (lambda: translate("ImportProblems", "is too large"), ()),
    value_codes.NOT_WHOLE.code: (lambda: translate("ImportProblems", "is not a whole number"), ()),
    value_codes.NOT_AN_AMOUNT.code: (lambda: translate("ImportProblems", "is not an amount"), ()),
    value_codes.TOO_MANY_DECIMALS.code: (lambda: translate("ImportProblems", "has more than two decimals"), ()),
    value_codes.NOT_A_DURATION_HINT.code: (
        lambda: translate("ImportProblems", "is not a duration (a number, or h:mm:ss)"), ()),
    value_codes.NOT_A_DURATION.code: (lambda: translate("ImportProblems", "is not a duration"), ()),
})


def translates(code: str) -> bool:
    """Whether ``problem_text`` has this code's own wording (else it shows the English text)."""
    return code in _PROBLEMS


def coded_text(code: str, params: Mapping[str, Any], english: str) -> str:
    """A problem's text in the user's language from its code and params; ``english`` for a code not known here."""
    return _PROBLEMS.text(code, params, english)


def problem_text(problem: Problem) -> str:
    """The engine's problem in the user's language (unknown codes are shown in English, as the CLI says them)."""
    return coded_text(problem.reason, problem.params, problem.message)


def error_text(error: ValueError) -> str:
    """A cell parser's error (a CodedError) in the user's language; any other error as it is."""
    if isinstance(error, CodedError):
        return coded_text(error.code, error.params, str(error))
    return str(error)


def figures_change_text(before: Sequence[int | None], after: Sequence[int | None]) -> str:
    """'calls 100 → 120, revenue 500.00 → 650.00' for the figures that differ."""
    labels = {
        "calls": field_label(Field.CALLS), "connected": field_label(Field.CONNECTED),
        "talk_seconds": field_label(Field.TALK_TIME), "deals": field_label(Field.DEALS),
        "revenue_cents": field_label(Field.REVENUE), "intent": field_label(Field.INTENT),
    }

    def show(name: str, value: int | None) -> str:
        if value is None:
            return "—"
        if name == "talk_seconds":
            return duration_text(value)
        if name == "revenue_cents":
            return money_text(value)
        return str(value)

    parts = []
    for name, old, new in zip(FIGURES, before, after, strict=False):
        if name == "intent" and new is None:
            continue  # the file has no intent column: the stored value is kept
        if old != new:
            parts.append(f"{labels[name]} {show(name, old)} → {show(name, new)}")
    return ", ".join(parts)


# ---------------------------------------------------------------- a generic record table


@dataclass(frozen=True)
class ColumnSpec(Generic[R]):
    header: Callable[[], str]
    display: Callable[[R], str]
    sort: Callable[[R], Any] | None = None
    right: bool = False


class RecordsModel(QAbstractTableModel, Generic[R]):
    """Read-only rows of records, sortable by clicking a header. The model sorts itself with a Python key sort
    (numbers as numbers): a proxy would call back into Python for every comparison, far too slow for the
    200,000 problems a wrongly mapped file can have."""

    def __init__(self, columns: list[ColumnSpec[R]], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = columns
        self.records: list[R] = []
        self.muted: Callable[[R], bool] = lambda _r: False
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def set_records(self, records: Sequence[R]) -> None:
        self.beginResetModel()
        self.records = list(records)
        if self._sort is not None:
            self._sort_records(*self._sort)
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        kept = [(index, self.records[index.row()]) for index in persistent]
        self._sort_records(column, order)
        rows = {id(record): row for row, record in enumerate(self.records)}
        self.changePersistentIndexList(persistent, [self.index(rows[id(r)], i.column()) for i, r in kept])
        self.layoutChanged.emit()

    def _sort_records(self, column: int, order: Qt.SortOrder) -> None:
        spec = self.columns[column]
        key = spec.sort or spec.display
        self.records.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)  # stable: ties keep file order

    def row_of(self, predicate: Callable[[R], bool]) -> int | None:
        return next((row for row, record in enumerate(self.records) if predicate(record)), None)

    def record(self, row: int) -> R:
        return self.records[row]

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self.records:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.records) - 1, len(self.columns) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header()
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self.records[index.row()]
        spec = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return spec.display(record)
        if role == Qt.ItemDataRole.TextAlignmentRole and spec.right:
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and self.muted(record):
            return QBrush(MUTED)
        return None


def compact_rows(view: QTableView) -> None:
    """Rows as high as the text needs (the style's default is roomy): more of the file fits on screen."""
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)


def natural_key(text: str) -> tuple[int, float, str]:
    """Numbers before text, and numbers by value: 9 < 10 < 1,200 < 'abc'."""
    try:
        return (0, float(text.replace(",", "")), "")
    except ValueError:
        return (1, 0.0, text.casefold())


def problems_model(parent: Any = None) -> RecordsModel[Problem]:
    return RecordsModel([
        ColumnSpec(lambda: translate("ImportLabels", "Row"), lambda p: str(p.row) if p.row else "—",
                   lambda p: p.row, right=True),
        ColumnSpec(lambda: translate("ImportLabels", "Column"), lambda p: p.column),
        ColumnSpec(lambda: translate("ImportLabels", "Value"), lambda p: p.value, lambda p: natural_key(p.value)),
        ColumnSpec(lambda: translate("ImportLabels", "Problem"), problem_text),
    ], parent)


def unknown_reps_model(parent: Any = None) -> RecordsModel[UnknownRep]:
    return RecordsModel([
        ColumnSpec(lambda: translate("ImportLabels", "Employee ID"), lambda r: r.employee_id or "—"),
        ColumnSpec(lambda: translate("ImportLabels", "Name"), lambda r: r.name or "—"),
        ColumnSpec(lambda: translate("ImportLabels", "First day"), lambda r: r.first_day.isoformat(),
                   lambda r: r.first_day.toordinal()),
        ColumnSpec(lambda: translate("ImportLabels", "Rows"), lambda r: str(r.rows), lambda r: r.rows, right=True),
        ColumnSpec(lambda: translate("ImportLabels", "First row"), lambda r: str(r.first_row),
                   lambda r: r.first_row, right=True),
    ], parent)


def changed_rows_model(parent: Any = None) -> RecordsModel[ChangedRow]:
    return RecordsModel([
        ColumnSpec(lambda: translate("ImportLabels", "Row"), lambda c: str(c.row), lambda c: c.row, right=True),
        ColumnSpec(lambda: translate("ImportLabels", "Rep"), lambda c: " ".join(filter(None, (c.employee_id,
                                                                                             c.name)))),
        ColumnSpec(lambda: translate("ImportLabels", "Date"), lambda c: c.day.isoformat(),
                   lambda c: c.day.toordinal()),
        ColumnSpec(lambda: translate("ImportLabels", "Stored → in the file"),
                   lambda c: figures_change_text(c.before, c.after)),
    ], parent)


def formation_text(report: ImportReport | None) -> str:
    """What the import means for the team's formation date, in the user's language ("" when nothing)."""
    note = report.formation if report is not None else None
    if report is None or note is None:
        return ""
    if note.kind == FORMED_ON_SET:
        if report.dry_run:
            template = translate("ImportReport", "The team has no formation date yet: importing sets it to %1, the first day of its history.")  # noqa: E501 - one literal for lupdate
        else:
            template = translate("ImportReport", "The team had no formation date: it is now %1, the first day of its history.")  # noqa: E501 - one literal for lupdate
        return fill(template, note.data_start.isoformat())
    return fill(translate("ImportReport", "The team's formation date %1 is later than its own data, which starts on %2. The date is kept and the diagnosis counts the team's age from its first calls; correct it in Team → Edit Team if it is wrong."),  # noqa: E501 - one literal for lupdate
                note.formed_on.isoformat(), note.data_start.isoformat())
