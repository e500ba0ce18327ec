"""4. Import: save the figures in one step."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWizardPage

from coachdesk.gui.activity.import_models import counts_text, formation_text
from coachdesk.gui.activity.import_pages.common import _retranslating
from coachdesk.gui.activity.import_pages.report_view import ReportView
from coachdesk.gui.activity.import_wizard import ImportState, error_text
from coachdesk.gui.widgets.task_panel import TaskPanel
from coachdesk.gui.widgets.text import fill
from coachdesk.store.activity.imports import ImportReport, run_import


class ImportPage(QWizardPage):
    written = Signal(object)  # the ImportReport of an import that was saved
    done = Signal()  # the import ended, whatever the outcome

    def __init__(self, state: ImportState) -> None:
        super().__init__()
        self.state = state
        self.outcome = ""  # "", "imported", "cancelled", "failed", "problems"
        self.panel = TaskPanel(self)
        self.panel.finished.connect(self.completeChanged)
        self.headline = QLabel()
        self.headline.setObjectName("checkHeadline")
        self.headline.setWordWrap(True)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.again_button = QPushButton()
        self.again_button.clicked.connect(self.run)
        self.again_button.hide()
        self.report_view = ReportView()
        top = QHBoxLayout()
        top.addWidget(self.headline, 1)
        top.addWidget(self.again_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        layout.addLayout(top)
        layout.addWidget(self.details)
        layout.addWidget(self.report_view, 1)
        self._error = ""
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Import"))
        self.setSubTitle(self.tr("The figures are saved in one step: all of them or none."))
        self.again_button.setText(self.tr("Try &Again"))
        self._show_outcome()

    def changeEvent(self, event: QEvent) -> None:
        _retranslating(self, event)
        super().changeEvent(event)

    def initializePage(self) -> None:
        self.run()

    def run(self) -> None:
        state = self.state
        assert state.path is not None
        options = state.options(dry_run=False)
        path, db = state.path, state.db
        finished: dict[str, ImportReport] = {}

        def job(progress, cancel) -> ImportReport:
            finished["report"] = report = run_import(db, path, options, progress, cancel)
            return report

        def cancelled() -> None:
            report = finished.get("report")
            if report is not None and report.written:  # it was saved before the cancel could stop it
                self._imported(report)
            else:
                self.outcome = "cancelled"
                self._show_outcome()
                self.done.emit()

        self.outcome, self._error, state.result = "", "", None
        self.panel.start(job, fill(self.tr("Importing %1…"), path.name), on_success=self._imported,
                         on_failure=self._failed, on_cancel=cancelled)
        self._show_outcome()
        self.completeChanged.emit()

    def _imported(self, report: ImportReport) -> None:
        self.state.result = report
        self.outcome = "imported" if report.written else "problems"
        self._show_outcome()
        if report.written:
            self.written.emit(report)
        self.done.emit()

    def _failed(self, exc: BaseException) -> None:
        self.outcome, self._error = "failed", error_text(exc)
        self._show_outcome()
        self.done.emit()

    def _show_outcome(self) -> None:
        report = self.state.result
        running = self.panel.running
        self.again_button.setVisible(self.outcome in ("cancelled", "failed", "problems") and not running)
        self.report_view.setVisible(report is not None)
        self.report_view.show_report(report)
        self.headline.setProperty("state", "")
        if running:
            self.headline.setText(self.tr("Saving the figures…"))
            self.details.setText(self.tr("Cancel stops the import and leaves the database as it was."))
        elif self.outcome == "imported" and report is not None:
            self.headline.setText(fill(self.tr("Imported: %1."),
                                       counts_text(report.new, report.changed, report.unchanged)))
            self.headline.setProperty("state", "good")
            lines = [fill(self.tr("Import %1 (%2) into %3."), str(report.import_id), report.file_name,
                          self.state.team_name)]
            if report.created_members:
                created = ", ".join(m.label for m in report.created_members)
                lines.append(fill(self.tr("Added to the team: %1."), created))
            if report.formation is not None:
                lines.append(formation_text(report))
            lines.append(self.tr("To take the whole import back, use Team → Import History → Undo Import."))
            self.details.setText("\n".join(lines))
        elif self.outcome == "cancelled":
            self.headline.setText(self.tr("Import cancelled. Nothing was changed."))
            self.details.setText(self.tr("Click Try Again to import the file, or Finish to close."))
        elif self.outcome == "failed":
            self.headline.setText(self.tr("Nothing was imported."))
            self.headline.setProperty("state", "bad")
            self.details.setText(self._error)
        elif self.outcome == "problems" and report is not None:
            self.headline.setText(self.tr("Nothing was imported: the file changed after it was checked."))
            self.headline.setProperty("state", "bad")
            self.details.setText(self.tr("Fix the problems listed below in the file, save it and click Try Again."))
        else:
            self.headline.setText("")
            self.details.setText("")
        self.headline.style().unpolish(self.headline)
        self.headline.style().polish(self.headline)

    def isComplete(self) -> bool:
        return not self.panel.running

    def validatePage(self) -> bool:
        return self.isComplete()
