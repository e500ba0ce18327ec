"""The contest page's routine tables: reps needing support, morning contests, deals, evening recaps and the
celebration ledger. Rows are the store's read rows (routine.py, pages.py) and the core ``Promise``."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QObject

from coachdesk.core.competitions.contests import Promise
from coachdesk.gui.competitions.column_model import RIGHT, Column, ColumnModel
from coachdesk.gui.competitions.contest_labels import promise_kind_label, recap_kind_label
from coachdesk.gui.competitions.contest_texts import figure, money
from coachdesk.gui.widgets.text import fill
from coachdesk.store.competitions.pages import LaggingRow
from coachdesk.store.competitions.routine import DealInfo, MorningRow, RecapRow

MISSING = "#fff7ed"  # a row that still needs something (no support note)
BROKEN = "#fef2f2"  # a promise not delivered
RED = "#b91c1c"


class SupportModel(ColumnModel[LaggingRow]):
    def __init__(self, parent: QObject | None = None) -> None:
        self.group_names: Mapping[int, str] = {}
        super().__init__(parent)
        self.row_background = lambda r: MISSING if r.support is None else None

    def set_lagging(self, rows: tuple[LaggingRow, ...], group_names: Mapping[int, str]) -> None:
        self.group_names = group_names
        self.set_rows(rows)

    def make_columns(self) -> list[Column[LaggingRow]]:
        def none_yet(r: LaggingRow) -> str:
            return self.tr("no support note yet") if r.support is None else r.support.supporter
        return [
            Column(lambda: self.tr("#"), lambda r: str(r.standing.rank), lambda r: r.standing.rank, RIGHT),
            Column(lambda: self.tr("Rep"), lambda r: r.standing.label, bold=lambda r: r.support is None),
            Column(lambda: self.tr("Group"), lambda r: self.group_names.get(r.standing.group or 0, "")),
            Column(lambda: self.tr("Score"), lambda r: figure(r.standing.score), lambda r: r.standing.score, RIGHT),
            Column(lambda: self.tr("Supporter"), none_yet, color=lambda r: "#b45309" if r.support is None else None,
                   bold=lambda r: r.support is None),
            Column(lambda: self.tr("Chance"), lambda r: r.support.chance if r.support else ""),
            Column(lambda: self.tr("Note"), lambda r: r.support.note if r.support else "",
                   tooltip=lambda r: r.support.note if r.support else ""),
            Column(lambda: self.tr("Noted on"), lambda r: r.support.noted_on.isoformat() if r.support else ""),
        ]


class MorningModel(ColumnModel[MorningRow]):
    def entries(self, m: MorningRow) -> str:
        return " · ".join(fill(self.tr("%1: %2 (%3)"), group, rep or self.tr("no representative"), figure(total, 2))
                          for group, rep, total in m.entries)

    def make_columns(self) -> list[Column[MorningRow]]:
        return [
            Column(lambda: self.tr("Day"), lambda m: m.day.isoformat()),
            Column(lambda: self.tr("Topic"), lambda m: m.topic, tooltip=lambda m: m.notes),
            Column(lambda: self.tr("Winner"), lambda m: m.winner, bold=lambda m: True),
            Column(lambda: self.tr("Entries (representative, mean total)"), self.entries,
                   tooltip=lambda m: "\n".join(fill(self.tr("%1. %2 — %3: %4"), i, g, rep, figure(t, 2))
                                               for i, (g, rep, t) in enumerate(m.entries, 1))),
        ]


class DealsModel(ColumnModel[DealInfo]):
    def source(self, d: DealInfo) -> str:
        if d.id is None:
            return fill(self.tr("from import ×%1"), d.count)
        return self.tr("announced")

    def make_columns(self) -> list[Column[DealInfo]]:
        return [
            Column(lambda: self.tr("Time"), lambda d: d.at.strftime("%Y-%m-%d %H:%M") if d.at else "",
                   lambda d: d.at.isoformat() if d.at else ""),
            Column(lambda: self.tr("Rep"), lambda d: d.name,
                   tooltip=lambda d: self.tr("Opted out of the public boards") if d.opted_out else ""),
            Column(lambda: self.tr("Amount"), lambda d: money(d.amount_cents), lambda d: d.amount_cents, RIGHT),
            Column(lambda: self.tr("Source"), self.source, lambda d: (d.id is None, d.count),
                   color=lambda d: "#6b7280" if d.id is None else None),
            Column(lambda: self.tr("Note"), lambda d: d.note, tooltip=lambda d: d.note),
        ]


class RecapModel(ColumnModel[RecapRow]):
    def make_columns(self) -> list[Column[RecapRow]]:
        return [
            Column(lambda: self.tr("Day"), lambda r: r.day.isoformat()),
            Column(lambda: self.tr("Kind"), lambda r: recap_kind_label(r.kind)),
            Column(lambda: self.tr("Shared"), lambda r: r.text, tooltip=lambda r: r.text),
            Column(lambda: self.tr("By"), lambda r: r.by),
        ]


class LedgerModel(ColumnModel[Promise]):
    def __init__(self, parent: QObject | None = None) -> None:
        self.contest_over = False
        super().__init__(parent)
        self.row_background = lambda p: BROKEN if p.delivered_on is None else None

    def set_ledger(self, promises: tuple[Promise, ...], contest_over: bool) -> None:
        self.contest_over = contest_over
        self.set_rows(promises)

    def delivered(self, p: Promise) -> str:
        if p.delivered_on is not None:
            return p.delivered_on.isoformat()
        return self.tr("not kept") if self.contest_over else self.tr("not yet")

    def make_columns(self) -> list[Column[Promise]]:
        return [
            Column(lambda: self.tr("Kind"), lambda p: promise_kind_label(p.kind)),
            Column(lambda: self.tr("To whom"), lambda p: p.to_whom_label),
            Column(lambda: self.tr("For what"), lambda p: p.for_what, tooltip=lambda p: p.for_what),
            Column(lambda: self.tr("Promised on"), lambda p: p.promised_on.isoformat()),
            Column(lambda: self.tr("Delivered on"), self.delivered,
                   lambda p: p.delivered_on.isoformat() if p.delivered_on else "",
                   color=lambda p: RED if p.delivered_on is None else "#166534",
                   bold=lambda p: p.delivered_on is None and self.contest_over),
            Column(lambda: self.tr("Note"), lambda p: p.delivery_note, tooltip=lambda p: p.delivery_note),
        ]
