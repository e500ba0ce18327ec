"""Accept, confirm or override a diagnosis as one undoable edit: the record is written before the command is
pushed (so a validation error reaches the dialog and nothing lands on the undo stack); undo deletes the entry,
redo puts it back with the same id."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from coachdesk.core.lifecycle.diagnosis import Diagnosis
from coachdesk.core.lifecycle.stages import Stage
from coachdesk.gui.lifecycle.context import LifecycleContext, content_language
from coachdesk.gui.lifecycle.lifecycle_labels import stage_label
from coachdesk.gui.widgets.text import fill
from coachdesk.store.lifecycle import edits

translate = QCoreApplication.translate  # a name pyside6-lupdate recognises


def undo_text(kind: str, stage: Stage) -> str:
    template = {
        "accepted": translate("StageRecords", "Accept stage %1"),
        "confirmed": translate("StageRecords", "Confirm stage %1"),
    }.get(kind, translate("StageRecords", "Override stage to %1"))
    return fill(template, stage_label(stage))


def record_undoably(context: LifecycleContext, diagnosis: Diagnosis, kind: str, stage: Stage, reason: str) -> int:
    """Store a stage-history entry through the undo stack; returns its id. Raises ValidationError untouched."""
    with context.database().session() as session:
        record_id, change = edits.record_stage(session, diagnosis, kind, stage, reason, content_language())
    context.push(undo_text(kind, stage), change, diagnosis.team_id)
    return record_id
