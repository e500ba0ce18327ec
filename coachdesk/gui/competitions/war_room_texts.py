"""What the war-room board says, in the user's language: names (opt-outs as "A teammate"), money, scores,
the countdown, the tie-break line, the deal errors; and the rows the board's panels draw, made from BoardData.

The panels only paint what these rows hold, so a test reads the same rows the TV shows.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject

from coachdesk.core.common.validation import FieldError
from coachdesk.core.competitions.rules import ContestRules, TieBreak
from coachdesk.core.competitions.standings import PublicBoard, Standing
from coachdesk.gui.widgets.text import CodeTexts, fill
from coachdesk.store.competitions.pages import BoardData
from coachdesk.store.competitions.routine import DealInfo


@dataclass(frozen=True, slots=True)
class BarRow:
    """One line of a ranked panel: rank, name, a note under or beside it, the figure and the bar's length."""

    key: str
    rank: int
    name: str
    note: str
    value: str
    fraction: float  # 0–1: the bar's share of the panel's longest bar (or of the target)
    detail: str = ""  # under the figure, e.g. the target it is a share of


@dataclass(frozen=True, slots=True)
class Chip:
    """A rep below the middle of the board: their progress to their own mark, never their rank."""

    key: str
    name: str
    percent: float
    text: str


@dataclass(frozen=True, slots=True)
class TickerItem:
    deal_id: int | None
    time: str  # "10:32" (empty for deals that came with imported activity)
    name: str
    amount: str


def contest_deadline(ends_on: dt.date) -> dt.datetime:
    """A contest runs to the end of its last day."""
    return dt.datetime.combine(ends_on + dt.timedelta(days=1), dt.time())


def typical_deal_cents(deals: Sequence[DealInfo]) -> int:
    """The team's typical deal: the median announced amount of the recent deals, else the median amount per deal
    of the imported ones, else 0 (whole yuan, so the prefilled amount reads cleanly)."""
    announced = [d.amount_cents for d in deals if d.id is not None and d.amount_cents > 0]
    imported = [d.amount_cents // max(1, d.count) for d in deals if d.id is None and d.amount_cents > 0]
    amounts = announced or imported
    if not amounts:
        return 0
    return round(statistics.median(amounts) / 100) * 100


def _figure(value: float) -> str:
    return f"{value:,.0f}" if abs(value - round(value)) < 0.05 or abs(value) >= 100 else f"{value:,.1f}"


class BoardTexts(QObject):
    """The board's words (one object per board; ``retranslate`` is simply calling these again)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.problems = CodeTexts({
            "deal.not_on_team": (lambda: self.tr("%1 is not an active rep of this team on %2"), ("value", "day")),
            "deal.bad_amount": (lambda: self.tr("The amount must be 0 or more, not %1"), ("value",)),
        })

    # ---------------------------------------------------------------- small words
    def shown_name(self, name: str, opted_out: bool) -> str:
        return self.tr("A teammate") if opted_out else name

    def money(self, cents: int) -> str:
        yuan = cents / 100
        return fill(self.tr("¥%1"), f"{yuan:,.0f}" if cents % 100 == 0 else f"{yuan:,.2f}")

    def points(self, value: float) -> str:
        return fill(self.tr("%1 pts"), _figure(value))

    def percent(self, value: float) -> str:
        return f"{value:.0f} %"

    def score(self, s: Standing, rules: ContestRules) -> str:
        """What a participant is ranked by: % of own target in target and race contests, else points."""
        if rules.kind.uses_targets and s.progress is not None:
            return self.percent(s.progress)
        return self.points(s.score)

    def days(self, count: int) -> str:
        return self.tr("1 day") if count == 1 else fill(self.tr("%1 days"), str(count))

    def countdown(self, remaining: dt.timedelta) -> tuple[str, str]:
        """(days, hh:mm:ss) left."""
        seconds = max(0, int(remaining.total_seconds()))
        days, rest = divmod(seconds, 86_400)
        hours, rest = divmod(rest, 3600)
        minutes, secs = divmod(rest, 60)
        return self.days(days), f"{hours:02d}:{minutes:02d}:{secs:02d}"

    def tie_break(self, rule: TieBreak) -> str:
        words = {
            TieBreak.DEALS: self.tr("more deals"),
            TieBreak.REVENUE: self.tr("more revenue"),
            TieBreak.CONNECTS: self.tr("more connected calls"),
            TieBreak.FEWER_CALLS: self.tr("the same result from fewer calls"),
            TieBreak.FIRST_THERE: self.tr("who got there first"),
        }
        return words[rule]

    def tie_breaks(self, rules: ContestRules) -> str:
        parts = [self.tie_break(r) for r in rules.tie_breaks] + [self.tr("name")]
        return fill(self.tr("Equal scores: %1"), self.tr(", then ").join(parts))

    def field_error(self, error: FieldError) -> str:
        return self.problems.text(error.reason, error.params, error.message)

    # ---------------------------------------------------------------- rows
    def group_rows(self, data: BoardData) -> list[BarRow]:
        board, contest = data.board, data.contest
        if board is None or contest is None:
            return []
        rules = contest.rules
        targets = rules.kind.uses_targets
        best = max([s.score for s in board.groups] + [1e-9])
        rows = []
        for s in board.groups:
            info = data.groups.get(s.id)
            slogan = info.slogan if info else ""
            detail = ""
            if targets and s.progress is not None:
                fraction = s.progress / 100
                value = self.percent(s.progress)
                detail = fill(self.tr("%1 of %2"), self.points(s.points), _figure(s.target or 0))
            else:
                fraction = s.score / best
                value = self.points(s.score)
            rows.append(BarRow(s.key, s.rank, s.label, slogan, value, max(0.0, min(1.0, fraction)), detail))
        return rows

    def top_rows(self, data: BoardData) -> list[BarRow]:
        board, contest = data.board, data.contest
        if board is None or contest is None:
            return []
        best = max([s.score for s in board.top] + [1e-9])
        rows = []
        for s in board.top:
            group = data.groups.get(s.group) if s.group is not None else None
            by_target = contest.rules.kind.uses_targets and s.progress is not None
            fraction = (s.progress or 0.0) / 100 if by_target else s.score / best
            rows.append(BarRow(s.key, s.rank, s.label, group.name if group else "", self.score(s, contest.rules),
                               max(0.0, min(1.0, fraction))))
        return rows

    def chips(self, board: PublicBoard | None) -> list[Chip]:
        if board is None:
            return []
        return [Chip(p.standing.key, p.standing.label, p.percent, self.percent(p.percent)) for p in board.progress]

    def chips_subtitle(self, board: PublicBoard | None) -> str:
        if board is not None and board.progress and not all(p.against_target for p in board.progress):
            return self.tr("progress to mid-board, by name")
        return self.tr("progress to own target, by name")

    def rolling_rows(self, board: PublicBoard | None) -> list[BarRow]:
        if board is None:
            return []
        best = max([s.points for s in board.rolling] + [1e-9])
        return [BarRow(s.key, s.rank, s.label, "", fill(self.tr("+%1"), self.points(s.points)), s.points / best)
                for s in board.rolling]

    def ticker(self, deals: Sequence[DealInfo]) -> list[TickerItem]:
        items = []
        for d in deals:
            name = self.shown_name(d.name, d.opted_out)
            if d.id is None:  # came with the day's imported activity
                amount = fill(self.tr("%1 deals · %2"), str(d.count), self.money(d.amount_cents)) if d.count > 1 \
                    else self.money(d.amount_cents)
                items.append(TickerItem(None, "", name, amount))
            else:
                items.append(TickerItem(d.id, d.at.strftime("%H:%M") if d.at else "", name, self.money(d.amount_cents)))
        return items

    def deals_summary(self, deals: Sequence[DealInfo]) -> str:
        count = sum(d.count for d in deals)
        total = sum(d.amount_cents for d in deals)
        if not count:
            return self.tr("No deals yet today — who opens the scoreboard?")
        return fill(self.tr("Today: %1 deals · %2"), str(count), self.money(total))
