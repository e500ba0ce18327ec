"""A tab that loads its data in the worker only while it is shown.

A team page has many tabs and most of them are hidden at any moment; loading all of them after every edit would
keep the worker busy with pages nobody looks at. So ``request_reload()`` on a hidden tab only marks it ``stale``
and the tab loads when it is shown again; on a visible tab it starts a single-shot 0-ms timer, so the requests
made within one event-loop turn (a team chosen, an edit, its ``changed`` signal) make one load. The load itself
runs through the tab's inline TaskPanel ``tasks`` (a superseded load is dropped)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from coachdesk.gui.widgets.task_panel import TaskPanel


class LazyLoadTab(QWidget):
    """Subclasses give ``reload()``: start the load with ``self.tasks.start(...)`` and set ``stale`` False."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stale = True
        self.tasks = TaskPanel(self)
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(0)
        self._reload_timer.timeout.connect(self.reload)

    def request_reload(self) -> None:
        """Reload soon (requests in one event-loop turn make one load); a hidden tab loads when it is shown."""
        self.stale = True
        if self.isVisible():
            self._reload_timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale:
            self._reload_timer.start()

    @property
    def loading(self) -> bool:
        """A load is running or about to start."""
        return self.tasks.running or self._reload_timer.isActive()

    def reload(self) -> None:
        raise NotImplementedError
