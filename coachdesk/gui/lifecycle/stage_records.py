"""Accept, confirm or override a diagnosis as one undoable edit: the first record is written before the command
is pushed (so a validation error reaches the dialog and nothing lands on the undo stack); undo deletes the
entry, redo writes it again and keeps the new id for the next undo."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from coachdesk.core.lifecycle.diagnosis import Diagnosis
from coachdesk.core.lifecycle.stages import Stage
from coachdesk.gui.lifecycle.context import LifecycleContext, content_language
from coachdesk.gui.lifecycle.lifecycle_labels import stage_label
from coachdesk.gui.widgets.text import fill
from coachdesk.store.lifecycle.diagnosis import delete_stage_record, record_stage

translate = QCoreApplication.translate  # a name pyside6-lupdate recognises


def undo_text(kind: str, stage: Stage) -> str:
    template = {
        "accepted": translate("StageRecords", "Accept stage %1"),
        "confirmed": translate("StageRecords", "Confirm stage %1"),
    }.get(kind, translate("StageRecords", "Override stage to %1"))
    return fill(template, stage_label(stage))


def record_undoably(context: LifecycleContext, diagnosis: Diagnosis, kind: str, stage: Stage, reason: str) -> int:
    """Store a stage-history entry through the undo stack; returns its id. Raises ValidationError untouched."""
    lang = content_language()

    def write() -> int:
        with context.database().session() as session:
            return record_stage(session, diagnosis, kind, stage, reason, source="app", lang=lang)

    state = {"id": write(), "pushed": False}

    def redo() -> None:
        if not state["pushed"]:  # the push itself: already written above
            state["pushed"] = True
            return
        state["id"] = write()

    def undo() -> None:
        with context.database().session() as session:
            delete_stage_record(session, int(state["id"]))

    context.push(undo_text(kind, stage), redo, undo, diagnosis.team_id)
    return int(state["id"])
