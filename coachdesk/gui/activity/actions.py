"""Actions for call activity: File → Import Activity…, Team → Import History…, Team → Enter Day's Figures….

After anything that wrote activity (an import, a manual entry, an undone import) the window refreshes and
``RosterEditor.teamChanged`` is emitted so every view of the team (the dashboard too) reloads. Reps created or
removed by an import change the roster outside the roster undo stack, so that stack is cleared then: their undo
is "Undo Import" in the history.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from coachdesk.gui.activity.import_history import ImportHistoryDialog
from coachdesk.gui.activity.import_models import counts_text
from coachdesk.gui.activity.import_wizard import ImportWizard
from coachdesk.gui.activity.manual_entry import ManualEntryDialog
from coachdesk.gui.widgets.text import fill
from coachdesk.store.activity.imports import FORMED_ON_SET, ImportReport

if TYPE_CHECKING:
    from coachdesk.gui.shell.main_window import MainWindow


class ActivityActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.import_activity = QAction(window)
        self.import_activity.setShortcut(QKeySequence("Ctrl+I"))
        self.import_activity.triggered.connect(self.open_import_wizard)
        self.import_history = QAction(window)
        self.import_history.triggered.connect(self.open_import_history)
        self.enter_figures = QAction(window)
        self.enter_figures.setShortcut(QKeySequence("Ctrl+D"))
        self.enter_figures.triggered.connect(self.open_manual_entry)
        # the dialog opened last (tests and screenshots drive it)
        self.wizard: ImportWizard | None = None
        self.history: ImportHistoryDialog | None = None
        self.entry: ManualEntryDialog | None = None
        self.retranslate()

    def retranslate(self) -> None:
        for action, text, tip in (
            (self.import_activity, self.tr("&Import Activity…"),
             self.tr("Import daily call figures from a CSV or Excel export into the current team")),
            (self.import_history, self.tr("Import &History…"),
             self.tr("See the team's imports and undo one")),
            (self.enter_figures, self.tr("Enter &Day's Figures…"),
             self.tr("Type one day's figures for the reps of the current team")),
        ):
            action.setText(text)
            action.setStatusTip(tip)
            action.setToolTip(tip)

    def update_enabled(self) -> None:
        team = self.w.current_team()
        for action in (self.import_activity, self.import_history, self.enter_figures):
            action.setEnabled(team is not None)

    # ---------------------------------------------------------------- dialogs
    def open_import_wizard(self) -> ImportWizard | None:
        team = self.w.current_team()
        if team is None:
            return None
        wizard = ImportWizard(self.w.editor.db, team.id, team.name, self.w, today=self.w.lifecycle.today())
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.imported.connect(lambda report: self._imported(team.id, report))
        self.wizard = wizard
        wizard.open()
        return wizard

    def open_import_history(self) -> ImportHistoryDialog | None:
        team = self.w.current_team()
        if team is None:
            return None
        dialog = ImportHistoryDialog(self.w.editor.db, team.id, team.name, self.w)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.undone.connect(lambda summary: self.activity_changed(team.id, summary.members_created > 0))
        self.history = dialog
        dialog.open()
        return dialog

    def open_manual_entry(self) -> ManualEntryDialog | None:
        team = self.w.current_team()
        if team is None:
            return None
        dialog = ManualEntryDialog(self.w.editor.db, team.id, team.name, self.w, today=self.w.lifecycle.today())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda report: self._entered(team.id, report))
        self.entry = dialog
        dialog.open()
        return dialog

    # ---------------------------------------------------------------- after a write
    def activity_changed(self, team_id: int, roster_changed: bool) -> None:
        if roster_changed:
            self.w.editor.undo_stack.clear()  # roster snapshots no longer match; "Undo Import" undoes these
        self.w.refresh_teams()
        self.w.editor.teamChanged.emit(team_id)

    def _imported(self, team_id: int, report: ImportReport) -> None:
        # The import may have created reps or set the team's formation date: roster snapshots are stale then.
        set_formed = report.formation is not None and report.formation.kind == FORMED_ON_SET
        self.activity_changed(team_id, bool(report.created_members) or set_formed)
        self.w.statusBar().showMessage(
            fill(self.tr("Imported %1: %2 (import %3)."), report.file_name,
                 counts_text(report.new, report.changed, report.unchanged), str(report.import_id)), 10000)

    def _entered(self, team_id: int, report: ImportReport) -> None:
        self.activity_changed(team_id, False)
        self.w.statusBar().showMessage(
            fill(self.tr("Saved %1: %2 (import %3)."), report.file_name,
                 counts_text(report.new, report.changed, report.unchanged), str(report.import_id)), 10000)
