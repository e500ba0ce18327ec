"""The stage survey of one team: fast entry of paper answers beside the team's result as of the entry date
and the list of responses; import of filled-in files and the template to fill in."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coachdesk.core.common.validation import ValidationError
from coachdesk.core.lifecycle.survey import default_survey
from coachdesk.core.lifecycle.survey_file import SurveyFileError
from coachdesk.gui.lifecycle.context import LifecycleContext
from coachdesk.gui.lifecycle.panel_widgets import section_title
from coachdesk.gui.lifecycle.survey_edits import (
    ImportOutcome,
    Paper,
    delete_paper,
    import_job,
    make_import_undoable,
    save_paper,
)
from coachdesk.gui.lifecycle.survey_entry import SurveyEntryForm
from coachdesk.gui.lifecycle.survey_import import ImportProblemsDialog, problem_text, write_template
from coachdesk.gui.lifecycle.survey_response_dialog import ResponseDialog
from coachdesk.gui.lifecycle.survey_results import SurveyResults
from coachdesk.gui.widgets.messages import describe
from coachdesk.gui.widgets.tasks import Task, run_task
from coachdesk.gui.widgets.text import fill
from coachdesk.store.lifecycle import survey as survey_store
from coachdesk.store.roster import service as roster


class SurveyPanel(QWidget):
    def __init__(self, context: LifecycleContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("surveyPanel")
        self.context = context
        self.survey = default_survey()
        self.team_id: int | None = None
        self.import_task: Task | None = None
        self.problems_dialog: ImportProblemsDialog | None = None
        self.import_button = QPushButton()
        self.import_button.setObjectName("surveyImport")
        self.import_button.clicked.connect(self.choose_import_file)
        self.template_button = QPushButton()
        self.template_button.clicked.connect(self.choose_template_file)
        self.import_status = QLabel()
        self.import_status.setObjectName("countLabel")
        self.entry = SurveyEntryForm(self.survey)
        self.entry.saveRequested.connect(self.save_answers)
        self.entry.dateChanged.connect(lambda _day: self.refresh_results())
        self.results = SurveyResults()
        self.results.viewRequested.connect(self.view_response)
        self.results.deleteRequested.connect(self.delete_response)
        self.entry_title = section_title()
        entry_box = QWidget()
        entry_layout = QVBoxLayout(entry_box)
        entry_layout.setContentsMargins(0, 0, 6, 0)
        entry_layout.addWidget(self.entry_title)
        entry_layout.addWidget(self.entry, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(entry_box)
        splitter.addWidget(self.results)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        top = QHBoxLayout()
        top.addWidget(self.import_button)
        top.addWidget(self.template_button)
        top.addWidget(self.import_status, 1)
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addLayout(top)
        content_layout.addWidget(splitter, 1)
        self.empty = QLabel()
        self.empty.setObjectName("emptyHint")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        context.changed.connect(self._team_changed)
        self.retranslate()

    # ---------------------------------------------------------------- loading
    def set_team(self, team_id: int | None) -> None:
        changed = team_id != self.team_id
        self.team_id = team_id
        if changed:
            self.entry.reset()
            self.entry.set_date(self.context.today())
            self.import_status.clear()
        self.refresh()

    def refresh(self) -> None:
        if self.team_id is None:
            self.stack.setCurrentIndex(0)
            return
        self.stack.setCurrentIndex(1)
        with self.context.database().session() as s:
            members = roster.list_members(s, self.team_id)
        self.entry.set_members(members)
        self.refresh_results()

    def refresh_results(self) -> None:
        if self.team_id is None:
            return
        as_of = self.entry.answered_on()
        with self.context.database().session() as s:
            result = survey_store.team_result(s, self.team_id, as_of, self.survey)
            responses = survey_store.list_responses(s, self.team_id, self.survey)
        self.results.show_result(result, as_of, responses)

    def _team_changed(self, team_id: int) -> None:
        if team_id == self.team_id:
            self.refresh()

    # ---------------------------------------------------------------- entry
    def save_answers(self) -> None:
        if self.team_id is None:
            return
        who = self.entry.respondent.currentText()
        paper = Paper(self.entry.answered_on(), self.entry.respondent_id(), self.entry.answers())
        try:
            save_paper(self.context, self.team_id, paper, fill(self.tr("Save survey answers of %1"), who))
        except ValidationError as error:
            missing = [e.field for e in error.errors if e.field in self.survey.ids]
            if missing:
                self.entry.show_missing(missing)
            else:
                self.entry.show_problem("\n".join(describe(e) for e in error.errors))
            return
        self.entry.saved(who)

    def view_response(self, response_id: int) -> None:
        if self.team_id is None:
            return
        with self.context.database().session() as s:
            row = next((r for r in survey_store.list_responses(s, self.team_id, self.survey) if r.id == response_id),
                       None)
            answers = survey_store.response_answers(s, response_id)
        if row is not None:
            dialog = ResponseDialog(self.survey, row, answers, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()

    def delete_response(self, response_id: int) -> None:
        if self.team_id is not None:
            delete_paper(self.context, self.team_id, response_id, self.tr("Delete survey response"))

    # ---------------------------------------------------------------- files
    def choose_import_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import Survey Answers"), "",
                                              self.tr("Survey files (*.csv *.xlsx);;All files (*)"))
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        """Store every row of the file in a worker, or nothing (a dialog then lists each problem)."""
        if self.team_id is None or self.import_task is not None:
            return
        team_id = self.team_id
        self.import_button.setEnabled(False)
        self.import_status.setText(fill(self.tr("Importing %1…"), path.name))

        def succeeded(outcome: ImportOutcome) -> None:
            text = fill(self.tr("Import survey file %1"), path.name)
            make_import_undoable(self.context, team_id, outcome, text)
            self.import_status.setText(fill(self.tr("Imported %1 response(s) from %2."), str(outcome.count), path.name))

        def failed(error: BaseException) -> None:
            if isinstance(error, SurveyFileError):
                problems = [problem_text(e) for e in error.errors]
            elif isinstance(error, ValidationError):
                problems = [describe(e) for e in error.errors]
            else:
                problems = [str(error)]
            self.import_status.setText(fill(self.tr("%1 was not imported."), path.name))
            self.problems_dialog = ImportProblemsDialog(path.name, problems, self)
            self.problems_dialog.open()

        def cancelled() -> None:
            self.import_status.setText(self.tr("Import cancelled; nothing was stored."))

        def finished() -> None:
            self.import_task = None
            self.import_button.setEnabled(True)

        self.import_task = run_task(self, import_job(self.context.database(), team_id, path),
                                    title=self.tr("Importing survey answers…"), on_success=succeeded,
                                    on_failure=failed, on_cancel=cancelled)
        self.import_task.finished.connect(finished)

    def choose_template_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save Survey Template"), "stage_survey_template.csv",
                                              self.tr("CSV files (*.csv)"))
        if not path:
            return
        try:
            write_template(Path(path), self.survey)
        except OSError as error:
            QMessageBox.warning(self, self.tr("Save Survey Template"),
                                fill(self.tr("Could not write %1: %2"), path, str(error)))
            return
        self.import_status.setText(fill(self.tr("Template saved to %1."), path))

    # ---------------------------------------------------------------- language
    def retranslate(self) -> None:
        self.empty.setText(self.tr("Choose a team to enter and read its stage survey."))
        self.entry_title.setText(self.tr("Enter a paper questionnaire"))
        self.import_button.setText(self.tr("&Import file…"))
        self.import_button.setToolTip(self.tr("Import filled-in questionnaires from a CSV or Excel file"))
        self.template_button.setText(self.tr("Save &template…"))
        self.template_button.setToolTip(self.tr("Save an empty CSV with the columns date, member, q01 … q32"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
