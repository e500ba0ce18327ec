"""The celebration over the war-room board when a deal comes in: a big "Deal!" with the rep's name (or "A
teammate") and the amount, zooming and fading in, confetti falling, gone after a few seconds. Several deals at
once are celebrated one after the other."""

from __future__ import annotations

import math
import random
from collections import deque
from dataclasses import dataclass

from PySide6.QtCore import (
    Property,
    QEasingCurve,
    QParallelAnimationGroup,
    QPointF,
    QPropertyAnimation,
    QRectF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from coachdesk.gui.competitions.war_room_panels import BAR_COLOURS, GOLD, TEXT, board_font, unit


@dataclass(frozen=True, slots=True)
class Cheer:
    title: str  # "Deal!" / "成交！"
    name: str
    amount: str


@dataclass(slots=True)
class _Piece:
    x: float  # 0–1 of the width
    y: float  # 0–1 of the height
    vx: float
    vy: float
    spin: float
    angle: float
    colour: QColor
    size: float


class CelebrationOverlay(QWidget):
    """Covers its parent; never takes the mouse or the keyboard."""

    finished = Signal()
    HOLD_MS = 3200
    FADE_IN_MS = 350
    FADE_OUT_MS = 600
    FRAME_MS = 33

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.board = parent
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.cheer: Cheer | None = None
        self.queue: deque[Cheer] = deque(maxlen=5)
        self._opacity = 0.0
        self._zoom = 1.0
        self.pieces: list[_Piece] = []
        self.random = random.Random()
        self.frame = QTimer(self)
        self.frame.setInterval(self.FRAME_MS)
        self.frame.timeout.connect(self._tick)
        self.hold = QTimer(self)
        self.hold.setSingleShot(True)
        self.hold.timeout.connect(self._fade_out)
        self.fade_in = QParallelAnimationGroup(self)
        opacity = QPropertyAnimation(self, b"opacity", self)
        opacity.setDuration(self.FADE_IN_MS)
        opacity.setStartValue(0.0)
        opacity.setEndValue(1.0)
        zoom = QPropertyAnimation(self, b"zoom", self)
        zoom.setDuration(self.FADE_IN_MS + 250)
        zoom.setStartValue(0.4)
        zoom.setEndValue(1.0)
        zoom.setEasingCurve(QEasingCurve.Type.OutBack)
        self.fade_in.addAnimation(opacity)
        self.fade_in.addAnimation(zoom)
        self.fade_in.finished.connect(lambda: self.hold.start(self.HOLD_MS))
        self.fade = QPropertyAnimation(self, b"opacity", self)
        self.fade.setDuration(self.FADE_OUT_MS)
        self.fade.setEndValue(0.0)
        self.fade.finished.connect(self._done)
        self.hide()

    # ---------------------------------------------------------------- animated properties
    def _get_opacity(self) -> float:
        return self._opacity

    def _set_opacity(self, value: float) -> None:
        self._opacity = value
        self.update()

    def _get_zoom(self) -> float:
        return self._zoom

    def _set_zoom(self, value: float) -> None:
        self._zoom = value
        self.update()

    opacity = Property(float, _get_opacity, _set_opacity)
    zoom = Property(float, _get_zoom, _set_zoom)

    # ---------------------------------------------------------------- showing
    def celebrate(self, cheer: Cheer) -> None:
        if self.cheer is not None:
            self.queue.append(cheer)
            return
        self.cheer = cheer
        self.setGeometry(self.board.rect())
        self._confetti()
        self.show()
        self.raise_()
        self.frame.start()
        self.fade_in.start()

    @property
    def active(self) -> bool:
        return self.cheer is not None

    def stop(self) -> None:
        """At once, with nothing queued (the board closes)."""
        self.queue.clear()
        for animation in (self.fade_in, self.fade):
            animation.stop()
        self.hold.stop()
        self._done()

    def _fade_out(self) -> None:
        self.fade.setStartValue(self._opacity)
        self.fade.start()

    def _done(self) -> None:
        self.frame.stop()
        self.cheer = None
        self.pieces = []
        self.hide()
        if self.queue:
            self.celebrate(self.queue.popleft())
        else:
            self.finished.emit()

    def _confetti(self) -> None:
        r = self.random
        self.pieces = [_Piece(r.random(), -r.random() * 0.6, (r.random() - 0.5) * 0.004, 0.004 + r.random() * 0.008,
                              (r.random() - 0.5) * 18, r.random() * 360, QColor(r.choice(BAR_COLOURS)),
                              10 + r.random() * 14) for _ in range(140)]

    def _tick(self) -> None:
        for p in self.pieces:
            p.x += p.vx + math.sin(p.angle / 40) * 0.0008
            p.y += p.vy
            p.angle += p.spin
            if p.y > 1.05:  # round again from the top while the card shows
                p.y -= 1.15
        self.update()

    # ---------------------------------------------------------------- painting
    def _heavy(self, painter: QPainter, rect: QRectF, text: str, pixels: float, colour: QColor) -> None:
        """Big bold text as an outline filled and stroked: heavy at any size (large glyphs are drawn as paths,
        where a font without its own bold face would come out thin)."""
        font = board_font(self, pixels, True)
        metrics = QFontMetricsF(font)
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        path = QPainterPath()
        width = metrics.horizontalAdvance(shown)
        baseline = rect.center().y() + (metrics.ascent() - metrics.descent()) / 2
        path.addText(QPointF(rect.center().x() - width / 2, baseline), font, shown)
        painter.save()
        painter.setPen(QPen(colour, max(1.0, pixels / 28), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                            Qt.PenJoinStyle.RoundJoin))
        painter.setBrush(colour)
        painter.drawPath(path)
        painter.restore()

    def paintEvent(self, _event: QPaintEvent) -> None:
        if self.cheer is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setOpacity(max(0.0, min(1.0, self._opacity)))
        u = unit(self)
        painter.fillRect(self.rect(), QColor(3, 6, 18, 170))
        w, h = self.width(), self.height()
        painter.setPen(Qt.PenStyle.NoPen)
        for p in self.pieces:
            painter.save()
            painter.translate(p.x * w, p.y * h)
            painter.rotate(p.angle)
            painter.setBrush(p.colour)
            size = p.size * u
            painter.drawRect(QRectF(-size / 2, -size / 4, size, size / 2))
            painter.restore()
        painter.translate(w / 2, h / 2)
        if abs(self._zoom - 1.0) > 1e-3:  # (an unscaled painter keeps the glyphs' hinting and real bold)
            painter.scale(self._zoom, self._zoom)
        card = QRectF(-620 * u, -250 * u, 1240 * u, 500 * u)
        painter.setPen(QPen(GOLD, 6 * u))
        painter.setBrush(QColor("#111833"))
        painter.drawRoundedRect(card, 40 * u, 40 * u)
        cheer = self.cheer
        self._heavy(painter, QRectF(card.left(), card.top() + 20 * u, card.width(), 200 * u), cheer.title,
                    150 * u, GOLD)
        self._heavy(painter, QRectF(card.left() + 40 * u, card.top() + 230 * u, card.width() - 80 * u, 110 * u),
                    cheer.name, 80 * u, TEXT)
        self._heavy(painter, QRectF(card.left() + 40 * u, card.top() + 345 * u, card.width() - 80 * u, 110 * u),
                    cheer.amount, 72 * u, QColor("#34d399"))
        painter.end()
