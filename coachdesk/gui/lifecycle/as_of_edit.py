"""The "as of" date field of the diagnosis and the overview: it follows "today" until the user picks a day, so
a window left open overnight diagnoses the new day, and a day the user chose stays chosen."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QDateEdit, QWidget

from coachdesk.gui.widgets.dates import from_qdate, to_qdate


class AsOfEdit(QDateEdit):
    dayChosen = Signal()  # the user (or set_day) picked a day

    def __init__(self, today: Callable[[], dt.date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.chosen = False
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setDate(to_qdate(today()))
        self.dateChanged.connect(self._changed)

    def day(self) -> dt.date:
        return from_qdate(self.date())

    def set_day(self, day: dt.date) -> None:
        self.chosen = True
        self.setDate(to_qdate(day))

    def follow_today(self) -> None:
        """Unless a day was chosen, show today (quietly: the caller is about to load for it)."""
        if not self.chosen and self.day() != self._today():
            self.blockSignals(True)
            self.setDate(to_qdate(self._today()))
            self.blockSignals(False)

    def _changed(self, _day: QDate) -> None:
        self.chosen = True
        self.dayChosen.emit()
