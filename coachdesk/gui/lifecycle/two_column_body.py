"""Two columns side by side (a splitter) when there is room, one scrolling column when narrow (the second
column first: on the Diagnosis view that is the principal-contradiction card, what a glance must find)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QSizePolicy, QSplitter, QStackedWidget, QVBoxLayout, QWidget

NARROW = 860  # below this width the columns stack


def _scroll(widget: QWidget | None = None) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the text wraps instead
    if widget is not None:
        area.setWidget(widget)
    return area


class TwoColumnBody(QStackedWidget):
    def __init__(self, left: QWidget, right: QWidget, left_share: float = 0.56, narrow_left_height: int = 480,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.left, self.right = left, right
        self.left_share = left_share
        self.narrow_left_height = narrow_left_height
        # Wrapped text is as tall as the width makes it: the scroll areas size their content by height-for-width
        # alone (Ignored), not by the minimum size, which assumes the narrowest width and leaves a gap.
        right.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        self.right_scroll = _scroll(right)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.right_scroll)
        self.column = QWidget()
        self.column_layout = QVBoxLayout(self.column)
        self.column_layout.setContentsMargins(0, 0, 0, 0)
        self.column.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        self.column_scroll = _scroll(self.column)
        self.addWidget(self.splitter)
        self.addWidget(self.column_scroll)
        self.narrow = False
        self._sized_for = 0

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.set_narrow(event.size().width() < NARROW)
        width = event.size().width()
        if not self.narrow and abs(width - self._sized_for) > 40:  # keep the user's split until the size jumps
            self._sized_for = width
            self.splitter.setSizes([int(width * self.left_share), width - int(width * self.left_share)])

    def set_narrow(self, narrow: bool) -> None:
        if narrow == self.narrow:
            return
        self.narrow = narrow
        if narrow:
            right = self.right_scroll.takeWidget()
            right.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)  # no gap under it
            self.column_layout.addWidget(right)
            self.column_layout.addWidget(self.left)
            self.left.setMinimumHeight(self.narrow_left_height)
            self.setCurrentWidget(self.column_scroll)
        else:
            self.column_layout.removeWidget(self.right)
            self.column_layout.removeWidget(self.left)
            self.left.setMinimumHeight(0)
            self.right.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
            self.splitter.insertWidget(0, self.left)
            self.right_scroll.setWidget(self.right)
            self._sized_for = 0
            self.setCurrentWidget(self.splitter)
