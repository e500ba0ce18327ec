"""An inline progress bar with its own Cancel button for a ``run_task`` job.

Wizard pages and dialogs that show their own results use this instead of run_task's pop-up progress dialog:
the progress stays where the answer will appear. Results of a superseded run (the user started another one
or went back) are dropped, so a late answer never overwrites a newer one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from coachdesk.gui.widgets.tasks import Job, Task, run_task

STEPS = 1000


class TaskPanel(QWidget):
    started = Signal()
    finished = Signal()  # after the success/failure/cancel callback ran

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.task: Task | None = None
        self._generation = 0
        self.label = QLabel()
        self.label.setObjectName("taskLabel")
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.bar.setMinimumWidth(220)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.cancel_button)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.cancel_button.setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @property
    def running(self) -> bool:
        return self.task is not None

    def start(self, job: Job, text: str, *, on_success: Callable[[Any], None],
              on_failure: Callable[[BaseException], None], on_cancel: Callable[[], None]) -> Task:
        """Run ``job`` in the worker; exactly one of the callbacks runs on the GUI thread when it ends (with
        ``running`` already False), unless ``forget()`` or another ``start()`` came first."""
        self._generation += 1
        generation = self._generation
        self.label.setText(text)
        self.bar.setRange(0, 0)  # busy until the job reports how far it is
        self.cancel_button.setEnabled(True)
        self.show()
        task = run_task(self.window(), job, title=text, show_progress=False)
        task.progressed.connect(lambda done, total, _m: self._progress(generation, done, total))
        task.succeeded.connect(lambda value: self._end(task, generation, on_success, value))
        task.failed.connect(lambda exc: self._end(task, generation, on_failure, exc))
        task.cancelled.connect(lambda: self._end(task, generation, on_cancel))
        self.task = task
        self.started.emit()
        return task

    def _progress(self, generation: int, done: int, total: int) -> None:
        if generation == self._generation and total > 0:  # a superseded job's reports are ignored
            self.bar.setRange(0, STEPS)
            self.bar.setValue(min(STEPS, done * STEPS // total))

    def _end(self, task: Task, generation: int, callback: Callable[..., None], *args: Any) -> None:
        if self.task is task:
            self.task = None
            self.hide()
        if generation == self._generation:
            callback(*args)
            self.finished.emit()

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.cancel_button.setEnabled(False)
            self.label.setText(self.tr("Cancelling…"))

    def forget(self) -> None:
        """Cancel the running job and drop its outcome (the page it was for is being left)."""
        if self.task is not None:
            self.task.cancel()
        self._generation += 1
