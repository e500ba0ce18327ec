"""Date range chooser: presets (7/30/90 days, this month, 12 months, all) and custom From/To date edits."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from coachdesk.core.common.periods import DateRange
from coachdesk.gui.activity.dashboard.data import RangeChoice, RangeKind
from coachdesk.gui.widgets.dates import from_qdate, to_qdate

DATE_FORMAT = "yyyy-MM-dd"
EDIT_DELAY_MS = 400  # typing a date changes it digit by digit: query once the user pauses


class RangeBar(QWidget):
    changed = Signal(object)  # RangeChoice, only for changes the user made

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preset = QComboBox()
        for kind in RangeKind:
            self.preset.addItem("", kind)
        self.preset.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.range_label = QLabel()
        self.range_label.setBuddy(self.preset)
        self.from_label = QLabel()
        self.to_label = QLabel()
        self.from_edit = self._date_edit()
        self.to_edit = self._date_edit()
        self.from_label.setBuddy(self.from_edit)
        self.to_label.setBuddy(self.to_edit)
        self._updating = False
        self._edit_timer = QTimer(self)
        self._edit_timer.setSingleShot(True)
        self._edit_timer.setInterval(EDIT_DELAY_MS)
        self._edit_timer.timeout.connect(self._emit_custom)
        self.preset.currentIndexChanged.connect(self._preset_chosen)
        self.from_edit.dateChanged.connect(self._date_edited)
        self.to_edit.dateChanged.connect(self._date_edited)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        widgets: tuple[QWidget, ...] = (self.range_label, self.preset)
        for widget in widgets:
            layout.addWidget(widget)
        layout.addSpacing(12)
        widgets = (self.from_label, self.from_edit, self.to_label, self.to_edit)
        for widget in widgets:
            layout.addWidget(widget)
        self.retranslate()

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(DATE_FORMAT)
        edit.setMinimumDate(QDate(2000, 1, 1))
        edit.setMaximumDate(to_qdate(dt.date.today()))
        return edit

    def retranslate(self) -> None:
        names = {
            RangeKind.LAST_7: self.tr("Last 7 days"),
            RangeKind.LAST_30: self.tr("Last 30 days"),
            RangeKind.LAST_90: self.tr("Last 90 days"),
            RangeKind.THIS_MONTH: self.tr("This month"),
            RangeKind.LAST_YEAR: self.tr("Last 12 months"),
            RangeKind.ALL: self.tr("All activity"),
            RangeKind.CUSTOM: self.tr("Custom"),
        }
        for row in range(self.preset.count()):
            self.preset.setItemText(row, names[RangeKind(self.preset.itemData(row))])
        self.range_label.setText(self.tr("&Range:"))
        self.from_label.setText(self.tr("F&rom"))
        self.to_label.setText(self.tr("&To"))
        self.preset.setToolTip(self.tr("Presets end on the team's last day with activity"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ---------------------------------------------------------------- state
    def kind(self) -> RangeKind:
        return RangeKind(self.preset.currentData())

    def dates(self) -> DateRange:
        start, end = from_qdate(self.from_edit.date()), from_qdate(self.to_edit.date())
        return DateRange(min(start, end), max(start, end))

    def set_state(self, choice: RangeChoice, period: DateRange) -> None:
        """Show what is displayed (a preset resolved to dates) without emitting ``changed``."""
        self._updating = True
        try:
            self._edit_timer.stop()
            self.preset.setCurrentIndex(self.preset.findData(choice.kind))
            for edit in (self.from_edit, self.to_edit):
                edit.setMaximumDate(max(to_qdate(dt.date.today()), to_qdate(period.end)))
            self.from_edit.setDate(to_qdate(period.start))
            self.to_edit.setDate(to_qdate(period.end))
        finally:
            self._updating = False

    def choose(self, choice: RangeChoice) -> None:
        """Select a range as if the user had (emits ``changed``)."""
        if choice.kind == RangeKind.CUSTOM and choice.custom is not None:
            self.set_state(choice, choice.custom)
        else:
            self._updating = True
            self.preset.setCurrentIndex(self.preset.findData(choice.kind))
            self._updating = False
        self.changed.emit(choice)

    # ---------------------------------------------------------------- user input
    def _preset_chosen(self, _index: int) -> None:
        if self._updating:
            return
        kind = self.kind()
        self.changed.emit(RangeChoice(kind, self.dates() if kind == RangeKind.CUSTOM else None))

    def _date_edited(self, _date: QDate) -> None:
        if self._updating:
            return
        self._updating = True
        self.preset.setCurrentIndex(self.preset.findData(RangeKind.CUSTOM))
        self._updating = False
        self._edit_timer.start()

    def _emit_custom(self) -> None:
        self.changed.emit(RangeChoice(RangeKind.CUSTOM, self.dates()))
