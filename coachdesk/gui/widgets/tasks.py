"""Run long work off the GUI thread: one helper for every later feature.

    run_task(parent, job, title=..., on_success=..., on_failure=...)

``job(progress, cancel)`` runs on a single-worker thread pool (database work is serialised, as in Anki's
taskman); it reports with ``progress(done, total, message)`` and checks ``cancel.raise_if_cancelled()``.
Results, errors and cancellation come back on the GUI thread through queued signals. A progress dialog with a
Cancel button appears when the job takes longer than a moment.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from coachdesk.core.common.progress import Cancelled, CancelToken, ProgressCallback

Job = Callable[[ProgressCallback, CancelToken], Any]

_pool: QThreadPool | None = None
_running: set[Task] = set()  # keeps Python wrappers alive until their job finishes


def worker_pool() -> QThreadPool:
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)
    return _pool


class Task(QObject):
    """Handle of one running job, living on the GUI thread; its public signals fire on the GUI thread."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    cancelled = Signal()
    finished = Signal()

    # Emitted from the worker; queued into this object's (the GUI) thread, then re-emitted publicly, so that
    # callbacks connected to the public signals — plain functions included — always run on the GUI thread.
    _worker_progress = Signal(int, int, str)
    _worker_done = Signal(str, object)

    def __init__(self, job: Job, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.job = job
        self.token = CancelToken()
        self.error_text = ""
        self._worker_progress.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self._worker_done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)

    def cancel(self) -> None:
        self.token.cancel()

    def _report(self, done: int, total: int, message: str = "") -> None:
        self._worker_progress.emit(done, total, message)

    def _run(self) -> None:  # worker thread
        try:
            result = self.job(self._report, self.token)
        except Cancelled:
            self._worker_done.emit("cancelled", None)
        except Exception as exc:
            self.error_text = traceback.format_exc()
            self._worker_done.emit("failed", exc)
        else:
            self._worker_done.emit("cancelled" if self.token.cancelled else "succeeded", result)

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, message: str) -> None:
        self.progressed.emit(done, total, message)

    @Slot(str, object)
    def _on_done(self, outcome: str, value: object) -> None:
        if outcome == "succeeded":
            self.succeeded.emit(value)
        elif outcome == "failed":
            self.failed.emit(value)
        else:
            self.cancelled.emit()
        self.finished.emit()


class _Runnable(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self.task = task

    def run(self) -> None:
        self.task._run()


def run_task(
    parent: QWidget | None,
    job: Job,
    *,
    title: str,
    on_success: Callable[[Any], None] | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
    on_cancel: Callable[[], None] | None = None,
    cancellable: bool = True,
    show_progress: bool = True,
) -> Task:
    task = Task(job)
    _running.add(task)
    dialog: QProgressDialog | None = None
    if show_progress:
        dialog = QProgressDialog(title, QCoreApplication.translate("Tasks", "Cancel"), 0, 0, parent)
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if cancellable:
            dialog.canceled.connect(task.cancel)
        else:
            dialog.setCancelButton(None)

        def show_progress_step(done: int, total: int, message: str) -> None:
            dialog.setMaximum(max(total, 0))
            dialog.setValue(min(done, total) if total else 0)
            if message:
                dialog.setLabelText(f"{title}\n{message}")

        task.progressed.connect(show_progress_step)
    if on_success:
        task.succeeded.connect(on_success)
    if on_failure:
        task.failed.connect(on_failure)
    if on_cancel:
        task.cancelled.connect(on_cancel)

    def done() -> None:
        if dialog is not None:
            dialog.reset()
            dialog.hide()
            dialog.deleteLater()
        _running.discard(task)

    task.finished.connect(done)
    worker_pool().start(_Runnable(task))
    return task


def wait_for_tasks(timeout_ms: int = 30_000) -> bool:
    """Block until queued jobs are done (shutdown and tests)."""
    return worker_pool().waitForDone(timeout_ms)
