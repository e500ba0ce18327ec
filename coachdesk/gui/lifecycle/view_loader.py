"""Load a view's data in the worker (gui/tasks.py) only when it is needed and shown.

Every ``request()`` bumps a generation number; answers of older generations are dropped, so a slow job never
overwrites a newer choice. While the view is hidden a request only marks it stale; ``shown()`` (from the view's
showEvent) then loads. Requests within one event-loop turn become one job. ``LoadedTeamView`` is a view of one
team's data that loads this way."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from coachdesk.gui.lifecycle.context import LifecycleContext
from coachdesk.gui.widgets.tasks import Job, run_task

D = TypeVar("D")


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


class LoadedTeamView(QWidget, Generic[D]):
    """Shows one team's data ``D`` loaded through a ViewLoader: choosing a team, ``refresh()`` or a change of the
    team's lifecycle data loads it again; no team shows nothing. Subclasses give ``_make_job``, ``_show`` (data
    or None) and ``retranslate``."""

    loaded = Signal()

    def __init__(self, context: LifecycleContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.team_id: int | None = None
        self.data: D | None = None
        self.error = ""
        self.loader = ViewLoader(self, self._make_job, self._loaded, self._failed, self._set_busy)
        context.changed.connect(self._context_changed)

    @property
    def loading(self) -> bool:
        return self.loader.loading

    def set_team(self, team_id: int | None) -> None:
        if team_id != self.team_id:
            self.team_id = team_id
            self._show(None)
        self.refresh()

    def refresh(self) -> None:
        if self.team_id is None:
            self.loader.cancel()
            self._show(None)
            return
        self.loader.request()

    def _context_changed(self, team_id: int) -> None:
        if team_id == self.team_id:
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.loader.shown()

    def _make_job(self) -> Job | None:
        raise NotImplementedError

    def _loaded(self, data: D) -> None:
        self.error = ""
        self._show(data)
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        self.error = str(exc)
        self.retranslate()

    def _set_busy(self, _busy: bool) -> None:
        self.retranslate()

    def _show(self, data: D | None) -> None:
        raise NotImplementedError

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
