"""The war-room board's painted panels: header with countdown, ranked bars, progress chips, deal ticker, deal
list, footer, empty state. Dark colours; every size follows the window (``unit``: 1.0 at 1920×1080), so the
board reads the same on a laptop, a TV or a projector. Text is drawn with the application font, whose
fallback list holds the bundled CJK font, so Chinese renders without system fonts.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from coachdesk.gui.competitions.war_room_texts import BarRow, Chip, TickerItem

BACKGROUND = QColor("#0b1020")
PANEL = QColor("#131a2e")
BORDER = QColor("#23304f")
TEXT = QColor("#f1f5f9")
DIM = QColor("#94a3b8")
FAINT = QColor("#475569")
TRACK = QColor("#1e293b")
GOLD = QColor("#fbbf24")
SILVER = QColor("#cbd5e1")
BRONZE = QColor("#d97706")
GREEN = QColor("#34d399")
ACCENT = QColor("#60a5fa")
SLOGAN = QColor("#fcd34d")
BAR_COLOURS = ("#f59e0b", "#38bdf8", "#a78bfa", "#34d399", "#f472b6", "#fb7185", "#facc15", "#22d3ee")

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter


def unit(widget: QWidget) -> float:
    """1.0 on a 1920×1080 board; smaller windows scale everything down (never below a readable floor)."""
    window = widget.window()
    return max(0.3, min(window.width() / 1920, window.height() / 1080))


def board_font(widget: QWidget, pixels: float, bold: bool = False) -> QFont:
    font = QFont(widget.font())  # keeps the families, with the bundled CJK font as fallback
    font.setPixelSize(max(7, round(pixels)))
    font.setBold(bold)
    return font


def text_in(painter: QPainter, rect: QRectF, text: str, font: QFont, colour: QColor,
            align: Qt.AlignmentFlag = LEFT, whole: bool = False) -> float:
    """Draw ``text`` elided to ``rect`` (``whole``: all of it or nothing); returns the width it took."""
    painter.setFont(font)
    painter.setPen(colour)
    metrics = QFontMetricsF(font)
    if whole and metrics.horizontalAdvance(text) > rect.width():
        return 0.0
    shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(0.0, rect.width()))
    painter.drawText(rect, int(align), shown)
    return metrics.horizontalAdvance(shown)


def rank_colour(rank: int) -> QColor:
    return {1: GOLD, 2: SILVER, 3: BRONZE}.get(rank, FAINT)


class Panel(QWidget):
    """A dark rounded card with a title; subclasses paint their content into ``content``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = ""
        self.subtitle = ""
        self.empty_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(80, 60)

    def set_title(self, title: str, empty_text: str = "", subtitle: str = "") -> None:
        self.title, self.empty_text, self.subtitle = title, empty_text, subtitle
        self.update()

    def is_empty(self) -> bool:
        return False

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        u = unit(self)
        frame = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        painter.setPen(QPen(BORDER, max(1.0, 2 * u)))
        painter.setBrush(PANEL)
        painter.drawRoundedRect(frame, 18 * u, 18 * u)
        pad = 24 * u
        title_h = 0.0
        if self.title:
            title_h = 44 * u
            width = text_in(painter, QRectF(pad, pad * 0.7, self.width() - 2 * pad, title_h), self.title,
                            board_font(self, 28 * u, True), ACCENT)
            if self.subtitle:
                left = pad + width + 16 * u
                text_in(painter, QRectF(left, pad * 0.7, self.width() - pad - left, title_h), self.subtitle,
                        board_font(self, 20 * u), DIM)
        content = QRectF(pad, pad * 0.7 + title_h + 10 * u, self.width() - 2 * pad,
                         self.height() - pad * 1.7 - title_h - 10 * u)
        if self.is_empty():
            text_in(painter, content, self.empty_text, board_font(self, 26 * u), DIM, CENTER)
        else:
            self.paint_content(painter, content, u)
        painter.end()

    def paint_content(self, painter: QPainter, rect: QRectF, u: float) -> None:
        raise NotImplementedError


class BarsPanel(Panel):
    """Ranked rows with horizontal bars: the groups (name, slogan, score) or the individual top ten."""

    def __init__(self, row_height: float, name_share: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[BarRow] = []
        self.row_height = row_height  # at unit 1, the most a row takes
        self.name_share = name_share  # of the width, for rank + name (+ note)
        self.note_below = True

    def set_rows(self, rows: Sequence[BarRow]) -> None:
        self.rows = list(rows)
        self.update()

    def is_empty(self) -> bool:
        return not self.rows

    def paint_content(self, painter: QPainter, rect: QRectF, u: float) -> None:
        count = len(self.rows)
        height = min(self.row_height * u, rect.height() / max(1, count))
        big = min(height * (0.42 if self.note_below else 0.55), 44 * u)
        for index, row in enumerate(self.rows):
            top = rect.top() + index * height
            line = QRectF(rect.left(), top, rect.width(), height)
            self._paint_row(painter, line, row, index, big, u)

    def _paint_row(self, painter: QPainter, line: QRectF, row: BarRow, index: int, big: float, u: float) -> None:
        badge = min(line.height() * 0.72, big * 1.5)
        centre_y = line.center().y()
        if self.note_below and row.note:  # name and bar on one line, the slogan under both
            centre_y -= big * 0.42
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(rank_colour(row.rank))
        badge_rect = QRectF(line.left(), centre_y - badge / 2, badge, badge)
        painter.drawEllipse(badge_rect)
        text_in(painter, badge_rect, str(row.rank), board_font(self, badge * 0.5, True),
                BACKGROUND if row.rank <= 3 else TEXT, CENTER)
        name_left = line.left() + badge + 16 * u
        name_width = line.width() * self.name_share - badge - 16 * u
        if self.note_below and row.note:
            name_rect = QRectF(name_left, centre_y - big * 0.65, name_width, big * 1.3)
            note_rect = QRectF(name_left, centre_y + big * 0.62, line.right() - name_left, big * 0.85)
            text_in(painter, name_rect, row.name, board_font(self, big, True), TEXT)
            if row.detail:
                used = text_in(painter, note_rect, row.detail, board_font(self, big * 0.55), DIM, RIGHT)
                note_rect.setRight(note_rect.right() - used - 24 * u)
            text_in(painter, note_rect, row.note, board_font(self, big * 0.62), SLOGAN)
        else:
            name_font = board_font(self, big, True)
            width = text_in(painter, QRectF(name_left, line.top(), name_width, line.height()), row.name, name_font,
                            TEXT)
            if row.note:  # beside the name when it fits whole, else left out
                note_left = name_left + width + 12 * u
                text_in(painter, QRectF(note_left, line.top(), name_left + name_width - note_left, line.height()),
                        row.note, board_font(self, big * 0.6), DIM, whole=True)
        bar_left = line.left() + line.width() * self.name_share + 12 * u
        value_font = board_font(self, big * 0.85, True)
        value_width = QFontMetricsF(value_font).horizontalAdvance(row.value) + 18 * u
        track = QRectF(bar_left, centre_y - big * 0.38, max(10.0, line.right() - bar_left - value_width), big * 0.76)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(TRACK)
        painter.drawRoundedRect(track, track.height() / 2, track.height() / 2)
        if row.fraction > 0:
            filled = QRectF(track.left(), track.top(), max(track.height(), track.width() * row.fraction),
                            track.height())
            painter.setBrush(QColor(BAR_COLOURS[index % len(BAR_COLOURS)]))
            painter.drawRoundedRect(filled, track.height() / 2, track.height() / 2)
        text_in(painter, QRectF(track.right() + 10 * u, centre_y - big * 0.7, value_width, big * 1.4), row.value,
                value_font, TEXT, RIGHT)


class ChipsPanel(Panel):
    """Everyone below the middle, in name order, as chips filled to their progress; pages turn by themselves
    when they do not fit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chips: list[Chip] = []
        self.page = 0
        self.pages = 1

    def set_chips(self, chips: Sequence[Chip]) -> None:
        self.chips = list(chips)
        self.update()

    def is_empty(self) -> bool:
        return not self.chips

    def next_page(self) -> None:
        if self.pages > 1:
            self.page = (self.page + 1) % self.pages
            self.update()

    def _layout(self, rect: QRectF, u: float) -> list[list[tuple[Chip, QRectF]]]:
        font = board_font(self, 24 * u, True)
        metrics = QFontMetricsF(font)
        height, gap = 52 * u, 12 * u
        pages: list[list[tuple[Chip, QRectF]]] = [[]]
        x, y = rect.left(), rect.top()
        for chip in self.chips:
            width = min(rect.width(), metrics.horizontalAdvance(f"{chip.name}  {chip.text}") + 36 * u)
            if x + width > rect.right() + 0.5 and x > rect.left():
                x, y = rect.left(), y + height + gap
            if y + height > rect.bottom() + 0.5 and pages[-1]:
                pages.append([])
                x, y = rect.left(), rect.top()
            pages[-1].append((chip, QRectF(x, y, width, height)))
            x += width + gap
        return pages

    def paint_content(self, painter: QPainter, rect: QRectF, u: float) -> None:
        pages = self._layout(rect, u)
        self.pages = len(pages)
        self.page %= self.pages
        font = board_font(self, 24 * u, True)
        for chip, box in pages[self.page]:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(TRACK)
            painter.drawRoundedRect(box, box.height() / 2, box.height() / 2)
            lane = QRectF(box.left() + 18 * u, box.bottom() - 11 * u, box.width() - 36 * u, 5 * u)
            painter.setBrush(QColor("#0f172a"))
            painter.drawRoundedRect(lane, lane.height() / 2, lane.height() / 2)
            if chip.percent > 0:  # a thin progress line along the chip's foot
                painter.setBrush(GREEN)
                painter.drawRoundedRect(QRectF(lane.left(), lane.top(), max(lane.height(), lane.width()
                                                                            * min(1.0, chip.percent / 100)),
                                               lane.height()), lane.height() / 2, lane.height() / 2)
            inner = box.adjusted(18 * u, 0, -18 * u, -6 * u)
            text_in(painter, inner, chip.text, font, GREEN, RIGHT)
            value = QFontMetricsF(font).horizontalAdvance(chip.text)
            text_in(painter, inner.adjusted(0, 0, -value - 10 * u, 0), chip.name, font, TEXT)
        if self.pages > 1:
            text_in(painter, QRectF(rect.left(), rect.bottom() - 30 * u, rect.width(), 30 * u),
                    f"{self.page + 1} / {self.pages}", board_font(self, 18 * u), DIM, RIGHT)


class DealListPanel(Panel):
    """Today's deals, newest first, large (the "deals" view and the overview of a group-only contest)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[TickerItem] = []

    def set_items(self, items: Sequence[TickerItem]) -> None:
        self.items = list(items)
        self.update()

    def is_empty(self) -> bool:
        return not self.items

    def paint_content(self, painter: QPainter, rect: QRectF, u: float) -> None:
        height = 64 * u
        rows = max(1, int(rect.height() // height))
        for index, item in enumerate(self.items[:rows]):
            line = QRectF(rect.left(), rect.top() + index * height, rect.width(), height)
            if index % 2 == 0:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor("#172036"))
                painter.drawRoundedRect(line, 10 * u, 10 * u)
            inner = line.adjusted(16 * u, 0, -16 * u, 0)
            text_in(painter, QRectF(inner.left(), inner.top(), 120 * u, inner.height()), item.time,
                    board_font(self, 26 * u), DIM)
            amount_font = board_font(self, 32 * u, True)
            amount = text_in(painter, inner, item.amount, amount_font, GOLD, RIGHT)
            text_in(painter, QRectF(inner.left() + 130 * u, inner.top(), inner.width() - 150 * u - amount,
                                    inner.height()), item.name, board_font(self, 32 * u, True), TEXT)
        hidden = len(self.items) - rows
        if hidden > 0:
            text_in(painter, QRectF(rect.left(), rect.bottom() - 28 * u, rect.width(), 28 * u), f"+{hidden}",
                    board_font(self, 20 * u), DIM, RIGHT)


class Ticker(QWidget):
    """Today's deals scrolling along the bottom (still when they fit), with the day's count and total."""

    STEP_MS = 30

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[TickerItem] = []
        self.summary = ""
        self.label = ""
        self.offset = 0.0
        self.timer = QTimer(self)
        self.timer.setInterval(self.STEP_MS)
        self.timer.timeout.connect(self._step)

    def set_items(self, label: str, summary: str, items: Sequence[TickerItem]) -> None:
        self.label, self.summary, self.items = label, summary, list(items)
        self.update()

    def text(self) -> str:
        return "     ·     ".join("  ".join(p for p in (i.time, i.name, i.amount) if p) for i in self.items)

    def _step(self) -> None:
        self.offset += 2.5 * unit(self)
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        u = unit(self)
        box = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        painter.setPen(QPen(BORDER, max(1.0, 2 * u)))
        painter.setBrush(QColor("#111833"))
        painter.drawRoundedRect(box, 14 * u, 14 * u)
        label_font = board_font(self, 26 * u, True)
        label_w = QFontMetricsF(label_font).horizontalAdvance(self.label) + 40 * u
        label_box = QRectF(box.left(), box.top(), label_w, box.height())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(GOLD)
        painter.drawRoundedRect(label_box, 14 * u, 14 * u)
        text_in(painter, label_box, self.label, label_font, BACKGROUND, CENTER)
        summary_font = board_font(self, 24 * u, True)
        summary_w = min(box.width() * 0.4, QFontMetricsF(summary_font).horizontalAdvance(self.summary) + 40 * u)
        summary_box = QRectF(box.right() - summary_w, box.top(), summary_w - 16 * u, box.height())
        lane = QRectF(label_box.right() + 20 * u, box.top(), summary_box.left() - label_box.right() - 40 * u,
                      box.height())
        font = board_font(self, 32 * u, True)
        text = self.text() if self.items else ""
        width = QFontMetricsF(font).horizontalAdvance(text)
        painter.save()
        painter.setClipRect(lane)
        painter.setFont(font)
        painter.setPen(TEXT)
        if width <= lane.width():
            self.timer.stop()
            self.offset = 0.0
            painter.drawText(lane, int(LEFT), text)
        else:
            if not self.timer.isActive():
                self.timer.start()
            loop = width + 120 * u
            self.offset %= loop
            for start in (lane.left() - self.offset, lane.left() - self.offset + loop):
                painter.drawText(QRectF(start, lane.top(), width + 4, lane.height()), int(LEFT), text)
        painter.restore()
        text_in(painter, summary_box, self.summary, summary_font, GOLD if self.items else DIM, RIGHT)
        painter.end()


class Header(QWidget):
    """Team and contest on the left, the countdown (days, hh:mm:ss) on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.team = ""
        self.contest = ""
        self.status = ""  # a word above the countdown ("Time left", "Final standings")
        self.days = ""
        self.clock = ""

    def set_text(self, team: str, contest: str, status: str, days: str = "", clock: str = "") -> None:
        self.team, self.contest, self.status, self.days, self.clock = team, contest, status, days, clock
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        u = unit(self)
        h = self.height()
        clock_font = board_font(self, min(72 * u, h * 0.52), True)
        days_font = board_font(self, min(40 * u, h * 0.3), True)
        clock_w = QFontMetricsF(clock_font).horizontalAdvance(self.clock or "00:00:00")
        days_w = QFontMetricsF(days_font).horizontalAdvance(self.days) + (24 * u if self.days else 0)
        right_w = max(clock_w + days_w, QFontMetricsF(board_font(self, 24 * u)).horizontalAdvance(self.status)) \
            + 8 * u
        right = QRectF(self.width() - right_w, 0, right_w, h)
        text_in(painter, QRectF(right.left(), h * 0.04, right.width(), h * 0.3), self.status,
                board_font(self, 24 * u), DIM, RIGHT)
        if self.clock:
            text_in(painter, QRectF(right.left(), h * 0.3, right.width(), h * 0.66), self.clock, clock_font, GOLD,
                    RIGHT)
            text_in(painter, QRectF(right.left(), h * 0.3, right.width() - clock_w - 24 * u, h * 0.66), self.days,
                    days_font, TEXT, RIGHT)
        left_w = self.width() - right_w - 40 * u
        text_in(painter, QRectF(0, h * 0.04, left_w, h * 0.3), self.team, board_font(self, 26 * u, True), DIM)
        text_in(painter, QRectF(0, h * 0.3, left_w, h * 0.66), self.contest, board_font(self, min(60 * u, h * 0.46),
                                                                                       True), TEXT)
        painter.setPen(QPen(GOLD, max(2.0, 4 * u)))
        painter.drawLine(QPointF(0, h - 2 * u), QPointF(min(self.width(), 220 * u), h - 2 * u))
        painter.end()


class Footer(QWidget):
    """The tie-break line on the left; the views and keys on the right, the current view lit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rules = ""
        self.views: list[str] = []
        self.current = 0
        self.keys = ""
        self.note = ""  # e.g. the last refresh failed

    def set_text(self, rules: str, views: Sequence[str], current: int, keys: str, note: str = "") -> None:
        self.rules, self.views, self.current, self.keys, self.note = rules, list(views), current, keys, note
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        u = unit(self)
        h = self.height()
        font = board_font(self, 20 * u)
        bold = board_font(self, 20 * u, True)
        x = float(self.width())
        x -= text_in(painter, QRectF(0, 0, x, h), self.keys, font, FAINT, RIGHT) + 28 * u
        for index in reversed(range(len(self.views))):
            label = f"{index + 1} {self.views[index]}"
            width = QFontMetricsF(bold).horizontalAdvance(label) + 24 * u
            box = QRectF(x - width, h * 0.12, width, h * 0.76)
            if index == self.current:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor("#1e3a8a"))
                painter.drawRoundedRect(box, box.height() / 2, box.height() / 2)
            text_in(painter, box, label, bold, TEXT if index == self.current else DIM, CENTER)
            x -= width + 6 * u
        left = self.note or self.rules
        text_in(painter, QRectF(0, 0, x - 30 * u, h), left, font, QColor("#f87171") if self.note else DIM)
        painter.end()


class EmptyState(Panel):
    """No contest running: a friendly word, not an empty board."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headline = ""
        self.text = ""

    def set_message(self, headline: str, text: str) -> None:
        self.headline, self.text = headline, text
        self.update()

    def paint_content(self, painter: QPainter, rect: QRectF, u: float) -> None:
        middle = rect.center().y()
        painter.setPen(Qt.PenStyle.NoPen)
        for i, colour in enumerate(BAR_COLOURS[:5]):  # a small podium, the board's sign
            painter.setBrush(QColor(colour))
            height = (60 + 40 * (2 - abs(2 - i))) * u
            painter.drawRoundedRect(QRectF(rect.center().x() - 150 * u + i * 62 * u, middle - 60 * u - height,
                                           48 * u, height), 8 * u, 8 * u)
        text_in(painter, QRectF(rect.left(), middle - 40 * u, rect.width(), 90 * u), self.headline,
                board_font(self, 56 * u, True), TEXT, CENTER)
        painter.setFont(board_font(self, 30 * u))
        painter.setPen(DIM)
        painter.drawText(QRectF(rect.left() + rect.width() * 0.1, middle + 60 * u, rect.width() * 0.8, 160 * u),
                         int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap),
                         self.text)
