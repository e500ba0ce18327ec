"""Load a view's data in the worker (gui/tasks.py) only when it is needed and shown.

Every ``request()`` bumps a generation number; answers of older generations are dropped, so a slow job never
overwrites a newer choice. While the view is hidden a request only marks it stale; ``shown()`` (from the view's
showEvent) then loads. Requests within one event-loop turn become one job."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

from coachdesk.gui.tasks import Job, run_task


class ViewLoader(QObject):
    def __init__(self, view: QWidget, make_job: Callable[[], Job | None], on_loaded: Callable[[Any], None],
                 on_failed: Callable[[BaseException], None], on_busy: Callable[[bool], None]) -> None:
        super().__init__(view)
        self.view = view
        self._make_job, self._on_loaded, self._on_failed, self._on_busy = make_job, on_loaded, on_failed, on_busy
        self.loading = False
        self._generation = 0
        self._stale = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._start)

    def request(self) -> None:
        self._generation += 1
        if not self.view.isVisible():
            self._stale = True
            return
        self._timer.start()

    def cancel(self) -> None:
        """Forget the running job's answer (the view shows nothing to load)."""
        self._generation += 1
        self._stale = False
        self._timer.stop()
        if self.loading:
            self._busy(False)

    def shown(self) -> None:
        if self._stale:
            self._stale = False
            self._timer.start()

    def _busy(self, busy: bool) -> None:
        self.loading = busy
        self._on_busy(busy)

    def _start(self) -> None:
        job = self._make_job()
        if job is None:
            return
        generation = self._generation
        self._busy(True)
        run_task(self.view.window(), job, title=self.tr("Loading…"), show_progress=False,
                 on_success=lambda value: self._done(generation, self._on_loaded, value),
                 on_failure=lambda exc: self._done(generation, self._on_failed, exc))

    def _done(self, generation: int, callback: Callable[[Any], None], value: Any) -> None:
        if generation != self._generation:
            return
        self._busy(False)
        callback(value)
