"""The task helper: work runs off the GUI thread, results/progress/cancel come back on the GUI thread."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication

from coachdesk.core.common.progress import CancelToken, ProgressCallback
from coachdesk.gui.widgets.tasks import run_task, wait_for_tasks

from .conftest import make_window


def test_success_and_progress_arrive_on_gui_thread(qtbot, app) -> None:
    seen: dict[str, object] = {}
    gui_thread = QApplication.instance().thread()

    def job(progress: ProgressCallback, cancel: CancelToken) -> int:
        seen["worker"] = threading.current_thread() is not threading.main_thread()
        for i in range(3):
            progress(i + 1, 3, f"step {i + 1}")
        return 42

    steps: list[tuple[int, int, str]] = []

    def on_success(value: int) -> None:
        seen["value"] = value
        seen["on_gui"] = QThread.currentThread() is gui_thread

    task = run_task(None, job, title="Working", on_success=on_success, show_progress=False)
    task.progressed.connect(lambda d, t, m: steps.append((d, t, m)))
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert seen == {"worker": True, "value": 42, "on_gui": True}


def test_failure_is_delivered(qtbot, app) -> None:
    errors: list[BaseException] = []

    def job(progress: ProgressCallback, cancel: CancelToken) -> None:
        raise ValueError("row 7: bad value")

    task = run_task(None, job, title="Failing", on_failure=errors.append, show_progress=False)
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert [str(e) for e in errors] == ["row 7: bad value"]
    assert "ValueError" in task.error_text


def test_cancel_stops_job_and_skips_success(qtbot, app) -> None:
    started = threading.Event()
    outcome: list[str] = []

    def job(progress: ProgressCallback, cancel: CancelToken) -> str:
        started.set()
        for _ in range(500):
            cancel.raise_if_cancelled()
            time.sleep(0.01)
        return "finished"

    task = run_task(None, job, title="Long", on_success=lambda _v: outcome.append("success"),
                    on_cancel=lambda: outcome.append("cancelled"))
    assert started.wait(5)
    task.cancel()
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert outcome == ["cancelled"]
    assert wait_for_tasks(5000)


@pytest.mark.parametrize("cancel", [False, True])
def test_demo_load_runs_in_worker_with_cancel(qtbot, cancel: bool, db, ui_settings, translations) -> None:
    window = make_window(qtbot, db, ui_settings, translations)
    assert window.team_model.rowCount() == 0
    window.app_actions.start_demo_load()
    task = window.app_actions.demo_task
    if cancel:
        task.cancel()
    with qtbot.waitSignal(task.finished, timeout=20000):
        pass
    expected = 0 if cancel else 4
    assert len(window.editor.teams()) == expected
    assert window.team_model.rowCount() == expected
