"""Parts of the action-plan panel: the plan's header (date and stage, principal contradiction, an earlier
plan's read-only note, editable notes with Save) and the actions table view."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coachdesk.gui.lifecycle.actions_model import ActionsModel, ActionsProxy
from coachdesk.gui.lifecycle.lifecycle_labels import stage_label
from coachdesk.gui.lifecycle.panel_widgets import compact_rows, section_title
from coachdesk.gui.widgets.text import fill
from coachdesk.store.lifecycle.action_plans import PlanRow


class PlanHeader(QWidget):
    saveNotesRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan: PlanRow | None = None
        self.current = True
        self.heading = section_title()
        self.contradiction = QLabel()
        self.contradiction.setWordWrap(True)
        self.contradiction.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.read_only_note = QLabel()
        self.read_only_note.setObjectName("emptyHint")
        self.notes_label = QLabel()
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("planNotes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(self.notes.fontMetrics().lineSpacing() * 3 + 14)
        self.notes.textChanged.connect(self._update_save)
        self.save_notes_button = QPushButton()
        self.save_notes_button.clicked.connect(self.saveNotesRequested)
        notes_row = QHBoxLayout()
        notes_row.addWidget(self.notes, 1)
        notes_row.addWidget(self.save_notes_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.contradiction)
        layout.addWidget(self.read_only_note)
        layout.addWidget(self.notes_label)
        layout.addLayout(notes_row)
        self.retranslate()

    def show_plan(self, plan: PlanRow, current: bool) -> None:
        self.plan, self.current = plan, current
        self.notes.blockSignals(True)
        self.notes.setPlainText(plan.notes)
        self.notes.blockSignals(False)
        self.notes.setReadOnly(not current)
        self.retranslate()
        self._update_save()

    def notes_changed(self) -> bool:
        return self.plan is not None and self.notes.toPlainText().strip() != self.plan.notes

    def _update_save(self) -> None:
        self.save_notes_button.setEnabled(self.current and self.notes_changed())

    def retranslate(self) -> None:
        self.notes_label.setText(self.tr("Plan notes:"))
        self.save_notes_button.setText(self.tr("Save &notes"))
        self.read_only_note.setText(self.tr("An earlier plan, shown read-only; its open actions moved on to the next plan."))  # noqa: E501
        self.read_only_note.setVisible(not self.current)
        plan = self.plan
        if plan is None:
            return
        self.heading.setText(fill(self.tr("Plan of %1 · %2 stage"), plan.created_on.isoformat(),
                                  stage_label(plan.stage)))
        self.contradiction.setText(fill(self.tr("Principal contradiction: %1"),
                                        plan.contradiction_summary or self.tr("not recorded")))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class ActionsTable(QTableView):
    """The plan's actions: one row each, sortable by any column (plan order until a header is clicked)."""

    def __init__(self, proxy: ActionsProxy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planActions")
        self.setModel(proxy)
        self.setSortingEnabled(True)
        self.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        compact_rows(self)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ActionsModel.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ActionsModel.NOTES, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(ActionsModel.NOTES, self.fontMetrics().horizontalAdvance("M") * 18)
