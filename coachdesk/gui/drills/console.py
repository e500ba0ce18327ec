"""Start Drill…: resume the team's open session (left open by a closed app or a sleeping laptop) or start a new one,
then open the console on it."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from coachdesk.core.drills.sessions import DrillSession
from coachdesk.gui.drills.console_window import DrillConsole, load_console
from coachdesk.gui.drills.drill_labels import mode_label
from coachdesk.gui.drills.start_dialog import StartDrillDialog, load_choices, start
from coachdesk.gui.lifecycle.context import LifecycleContext
from coachdesk.gui.widgets.text import fill
from coachdesk.store.drills import sessions

translate = QCoreApplication.translate

RESUME, START_NEW, CANCEL = "resume", "new", "cancel"


def ask_resume(parent: QWidget, session: DrillSession, saved: int) -> str:
    """Resume the latest open session, start a new one, or neither."""
    box = QMessageBox(parent)
    box.setObjectName("resumeDrill")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("DrillStart", "Start Drill"))
    box.setText(fill(translate("DrillStart", "A drill session started %1 is still open (%2, %3 entries saved)."),
                     session.started_at.strftime("%Y-%m-%d %H:%M"), mode_label(session.mode), saved))
    box.setInformativeText(translate("DrillStart", "Resume it where it stopped, or start a new session?"))
    resume = box.addButton(translate("DrillStart", "Resume"), QMessageBox.ButtonRole.AcceptRole)
    resume.setObjectName("resumeButton")
    new = box.addButton(translate("DrillStart", "Start New"), QMessageBox.ButtonRole.ActionRole)
    new.setObjectName("startNewButton")
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    cancel.setObjectName("cancelButton")
    box.setDefaultButton(resume)
    box.exec()
    clicked = box.clickedButton()
    return RESUME if clicked is resume else START_NEW if clicked is new else CANCEL


def start_drill(context: LifecycleContext, team_id: int, parent: QWidget, *,
                now: Callable[[], dt.datetime] | None = None, rng: random.Random | None = None,
                settings: QSettings | None = None) -> QWidget | None:
    """Offer to resume the team's latest open session, else ask for a new one; show and return the console (None
    when the trainer cancelled). ``now`` is the clock (the day comes from the context), fixed in tests."""
    clock = now or (lambda: dt.datetime.combine(context.today(), dt.datetime.now().time().replace(microsecond=0)))
    database = context.database()
    with database.session() as s:
        waiting = sessions.open_sessions(s, team_id)
        saved = len(sessions.session_entries(s, waiting[0].id)) if waiting and waiting[0].id is not None else 0
    session_id: int | None = None
    if waiting:
        choice = ask_resume(parent, waiting[0], saved)
        if choice == CANCEL:
            return None
        if choice == RESUME:
            session_id = waiting[0].id
    if session_id is None:
        dialog = StartDrillDialog(load_choices(database, team_id, context.today()), start(database, team_id, clock),
                                  parent, settings)
        if dialog.exec() != QDialog.DialogCode.Accepted or not isinstance(dialog.result_value, int):
            return None
        session_id = dialog.result_value
    console = DrillConsole(context, load_console(database, session_id, context.today()), parent, now=clock, rng=rng)
    console.show()
    console.activateWindow()
    console.setFocus()
    return console
