"""KPI cards: calls, connected, connect rate, deals, conversion, revenue, revenue per rep-day (each with the
change against the previous period of equal length), volatility of daily deals and the current deal streak."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QLayout, QVBoxLayout, QWidget

from coachdesk.core.activity.metrics import Summary, change
from coachdesk.gui.activity.dashboard import formatting as fmt
from coachdesk.gui.widgets.text import fill

GOOD, BAD, NEUTRAL = "#047857", "#b91c1c", "#6b7280"
CARD_MIN_WIDTH = 128


class Kpi(Enum):
    CALLS = "calls"
    CONNECTED = "connected"
    CONNECT_RATE = "connect_rate"
    DEALS = "deals"
    CONVERSION = "conversion"
    REVENUE = "revenue"
    REVENUE_PER_REP_DAY = "revenue_per_rep_day"
    VOLATILITY = "volatility"
    STREAK = "streak"


class KpiCard(QFrame):
    def __init__(self, kpi: Kpi, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kpi = kpi
        self.setObjectName("kpiCard")
        self.title = QLabel()
        self.title.setObjectName("kpiTitle")
        self.value = QLabel("—")
        self.value.setObjectName("kpiValue")
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail = QLabel()
        self.detail.setObjectName("kpiDetail")
        self.change: float | None = None  # the raw change shown in ``detail`` (tests, colour)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(0)
        layout.addWidget(self.title)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)
        for label in (self.title, self.value, self.detail):
            label.setMinimumWidth(1)  # the strip re-flows into more rows before anything is cut
        self.setMinimumWidth(CARD_MIN_WIDTH)

    def show_value(self, value: str, detail: str = "", change: float | None = None, higher_is_better: bool = True,
                   tooltip: str = "") -> None:
        self.value.setText(value)
        self.detail.setText(detail or " ")
        self.change = change
        colour = NEUTRAL
        if change is not None and abs(change) > 0.0005:
            colour = GOOD if (change > 0) == higher_is_better else BAD
        self.detail.setStyleSheet(f"color: {colour};")
        self.setToolTip(tooltip)


class KpiStrip(QWidget):
    """The cards in one row when there is room, otherwise in two."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cards = {kpi: KpiCard(kpi) for kpi in Kpi}
        self.summary: Summary | None = None
        self.previous_days = 0
        self._grid = QGridLayout(self)
        self._grid.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)  # see minimumSizeHint
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(6)
        self._columns = 0
        self._place(len(self.cards))
        self.retranslate()

    def card(self, kpi: Kpi) -> KpiCard:
        return self.cards[kpi]

    def _place(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        for card in self.cards.values():
            self._grid.removeWidget(card)
        for index, card in enumerate(self.cards.values()):
            self._grid.addWidget(card, index // columns, index % columns)
        for column in range(len(self.cards)):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)

    def minimumSizeHint(self) -> QSize:
        """Three cards wide: the strip takes the width it is given and re-flows (the grid's own minimum would
        keep it as wide as its current number of columns)."""
        return QSize(3 * CARD_MIN_WIDTH + 2 * self._grid.spacing(), self._grid.minimumSize().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._reflow(event.size().width())
        super().resizeEvent(event)

    def _reflow(self, width: int) -> None:
        """As few rows as let every card show its text in full (cards in a row are equally wide); again after
        the values change, since a longer figure may need a new row."""
        count = len(self.cards)
        widest = max(max(card.sizeHint().width() for card in self.cards.values()), CARD_MIN_WIDTH)
        columns = count
        for rows in (1, 2, 3):
            columns = -(-count // rows)
            if columns * widest + (columns - 1) * self._grid.spacing() <= width:
                break
        self._place(columns)

    def retranslate(self) -> None:
        titles = {
            Kpi.CALLS: self.tr("Calls"),
            Kpi.CONNECTED: self.tr("Connected"),
            Kpi.CONNECT_RATE: self.tr("Connect rate"),
            Kpi.DEALS: self.tr("Deals"),
            Kpi.CONVERSION: self.tr("Conversion"),
            Kpi.REVENUE: self.tr("Revenue"),
            Kpi.REVENUE_PER_REP_DAY: self.tr("Revenue / rep-day"),
            Kpi.VOLATILITY: self.tr("Deal volatility"),
            Kpi.STREAK: self.tr("Deal streak"),
        }
        for kpi, card in self.cards.items():
            card.title.setText(titles[kpi])
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_summary(self, summary: Summary | None, days: int = 0) -> None:
        """``days``: length of the period (the comparison is with the same number of days just before)."""
        self.summary, self.previous_days = summary, days
        self._show()

    def _show(self) -> None:
        self._fill()
        self._reflow(self.width())

    def _fill(self) -> None:
        s = self.summary
        if s is None:
            for card in self.cards.values():
                card.show_value(fmt.DASH)
            return
        t, p = s.totals, s.previous
        versus = fill(self.tr("Change against the previous %1 days"), str(self.previous_days))

        def relative(kpi: Kpi, value: str, current: float, before: float, tip: str) -> None:
            moved = change(current, before)
            self.cards[kpi].show_value(value, fmt.relative_change(moved), moved, tooltip=f"{tip}\n{versus}")

        def points(kpi: Kpi, current: float | None, before: float | None, tip: str) -> None:
            text, moved = fmt.point_change(current, before)
            self.cards[kpi].show_value(fmt.rate(current), text, moved, tooltip=f"{tip}\n{versus}")

        relative(Kpi.CALLS, fmt.count(t.calls), t.calls, p.calls, self.tr("Outbound calls dialled"))
        relative(Kpi.CONNECTED, fmt.count(t.connected), t.connected, p.connected, self.tr("Calls that were answered"))
        points(Kpi.CONNECT_RATE, t.connect_rate, p.connect_rate, self.tr("Connected calls / calls"))
        relative(Kpi.DEALS, fmt.count(t.deals), t.deals, p.deals, self.tr("Deals closed"))
        points(Kpi.CONVERSION, t.conversion, p.conversion, self.tr("Deals / connected calls"))
        relative(Kpi.REVENUE, fmt.money(t.revenue_cents), t.revenue_cents, p.revenue_cents,
                 self.tr("Revenue of the deals, in yuan"))
        now, before = t.revenue_per_rep_day, p.revenue_per_rep_day
        moved = change(float(now), float(before)) if now is not None and before is not None else None
        self.cards[Kpi.REVENUE_PER_REP_DAY].show_value(
            fmt.decimal_money(now), fmt.relative_change(moved), moved,
            tooltip=self.tr("Revenue / days on which a rep made at least one call") + "\n" + versus)
        self.cards[Kpi.VOLATILITY].show_value(
            fmt.number(s.volatility_deals), self.tr("lower is steadier"), None,
            tooltip=self.tr("Coefficient of variation of daily deals (standard deviation / mean) over working days"))
        days = self.tr("1 day") if s.deal_streak == 1 else fill(self.tr("%1 days"), str(s.deal_streak))
        self.cards[Kpi.STREAK].show_value(
            days,
            fill(self.tr("longest %1"), str(s.longest_deal_streak)), None,
            tooltip=self.tr("Consecutive working days with at least one deal, up to the last day of the range"))
