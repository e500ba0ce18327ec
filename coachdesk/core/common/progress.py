"""Progress reporting and cancellation for long jobs, independent of any UI toolkit.

A job takes ``progress: ProgressCallback`` and ``cancel: CancelToken``; it calls ``progress(done, total,
message)`` now and then and ``cancel.raise_if_cancelled()`` at safe points. The GUI drives such jobs from a
worker thread (coachdesk/gui/widgets/tasks.py); the CLI passes ``no_progress``.
"""

from __future__ import annotations

import threading
from typing import Protocol


class Cancelled(Exception):
    """Raised inside a job when the user asked to cancel; the job's transaction is rolled back."""


class ProgressCallback(Protocol):
    def __call__(self, done: int, total: int, message: str = "") -> None: ...


def no_progress(done: int, total: int, message: str = "") -> None:
    """A progress callback that ignores everything (CLI and tests)."""


class CancelToken:
    """Thread-safe cancel flag shared between the GUI thread and a worker."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise Cancelled()
