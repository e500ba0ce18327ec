"""Manual entry grid cells: the columns, reading/showing a cell, and one rep's row with its rules."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QColor

from coachdesk.core.activity.figures import DayFigures, Field
from coachdesk.core.common.money import money_text
from coachdesk.core.tabular.values import parse_count, parse_duration, parse_money
from coachdesk.gui.activity.import_models import duration_text, error_text, field_label
from coachdesk.gui.widgets.text import fill
from coachdesk.store.activity.entries import RepOnDay

translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex
Figures = tuple[int, int, int, int, int, int | None]
INVALID_BG, INVALID_FG = QColor("#fee2e2"), QColor("#991b1b")
ERRORS_LISTED = 6


class Col(IntEnum):
    EMPLOYEE_ID = 0
    NAME = 1
    GROUP = 2
    CALLS = 3
    CONNECTED = 4
    TALK = 5
    DEALS = 6
    REVENUE = 7
    INTENT = 8


FIGURE_COLUMNS = (Col.CALLS, Col.CONNECTED, Col.TALK, Col.DEALS, Col.REVENUE, Col.INTENT)
FIELD_OF = {Col.CALLS: Field.CALLS, Col.CONNECTED: Field.CONNECTED, Col.TALK: Field.TALK_TIME,
            Col.DEALS: Field.DEALS, Col.REVENUE: Field.REVENUE, Col.INTENT: Field.INTENT}


def column_label(column: Col) -> str:
    if column == Col.EMPLOYEE_ID:
        return translate("ManualEntry", "Employee ID")
    if column == Col.NAME:
        return translate("ManualEntry", "Name")
    if column == Col.GROUP:
        return translate("ManualEntry", "Group")
    if column == Col.TALK:
        return translate("ManualEntry", "Talk time (min or h:mm:ss)")
    return field_label(FIELD_OF[column])


def figures_texts(figures: DayFigures | None) -> list[str]:
    if figures is None:
        return [""] * len(FIGURE_COLUMNS)
    return [str(figures.calls), str(figures.connected), duration_text(figures.talk_seconds), str(figures.deals),
            money_text(figures.revenue_cents), "" if figures.intent is None else str(figures.intent)]


def parse_cell(column: Col, text: str) -> int | None:
    """The cell's value (None for an empty cell); ValueError with the English reason when unreadable."""
    text = text.strip()
    if not text:
        return None
    if column == Col.TALK:
        return parse_duration(text, "minutes")
    if column == Col.REVENUE:
        return parse_money(text)
    return parse_count(text)


def canonical_text(column: Col, value: int) -> str:
    if column == Col.TALK:
        return duration_text(value)
    if column == Col.REVENUE:
        return money_text(value)
    return str(value)


@dataclass
class GridRow:
    rep: RepOnDay
    stored: DayFigures | None
    texts: list[str] = field(default_factory=list)  # as typed, one per figure column

    def __post_init__(self) -> None:
        if not self.texts:
            self.texts = figures_texts(self.stored)

    def text(self, column: Col) -> str:
        return self.texts[FIGURE_COLUMNS.index(column)]

    @property
    def blank(self) -> bool:
        return not any(t.strip() for t in self.texts)

    def errors(self) -> dict[Col, str]:
        """Translated reason per invalid cell."""
        errors: dict[Col, str] = {}
        values: dict[Col, int | None] = {}
        for column in FIGURE_COLUMNS:
            try:
                values[column] = parse_cell(column, self.text(column))
            except ValueError as exc:
                errors[column] = error_text(exc)
        if self.blank:
            if self.stored is not None:
                errors[Col.CALLS] = translate("ManualEntry", "the stored figures cannot be removed here; type 0 for a day without calls (or undo the import that stored them)")  # noqa: E501 - one literal for lupdate
            return errors
        calls, connected, deals = (values.get(c) or 0 for c in (Col.CALLS, Col.CONNECTED, Col.DEALS))
        if Col.CONNECTED not in errors and Col.CALLS not in errors and connected > calls:
            errors[Col.CONNECTED] = fill(translate("ManualEntry", "connected (%1) is more than calls (%2)"),
                                         str(connected), str(calls))
        if Col.DEALS not in errors and Col.CONNECTED not in errors and deals > connected:
            errors[Col.DEALS] = fill(translate("ManualEntry", "deals (%1) are more than connected calls (%2)"),
                                     str(deals), str(connected))
        return errors

    def figures(self) -> Figures | None:
        """The row's figures (empty cells count 0, an empty intent stays unknown); None when blank/invalid."""
        if self.blank or self.errors():
            return None
        values = [parse_cell(c, self.text(c)) for c in FIGURE_COLUMNS]
        calls, connected, talk, deals, revenue = (v or 0 for v in values[:5])
        return (calls, connected, talk, deals, revenue, values[5])

    @property
    def changed(self) -> bool:
        if self.blank:
            return False
        figures = self.figures()
        if figures is None:
            return True  # typed but invalid: unsaved work
        if self.stored is None:
            return True
        stored = self.stored.as_tuple()
        intent_same = figures[5] is None or figures[5] == stored[5]
        return figures[:5] != stored[:5] or not intent_same
