"""A team's Drills tab: Readiness, Drill log, Scripts, Question bank, Rubrics and Audits as sub-views.

Everything loads in the worker with an inline progress bar (TaskPanel; a superseded load is dropped), only while
the tab is shown; a hidden tab remembers to load when it is shown again (widgets/lazy_tab.LazyLoadTab). Edits run
one undoable store edit each (drills_data.DrillEditor → LifecycleContext.push) and the tab reloads on the context's
``changed`` — after the edit and after every undo/redo."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QLocale, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coachdesk.core.common.periods import week_start
from coachdesk.core.common.progress import CancelToken, ProgressCallback
from coachdesk.core.common.validation import NotFoundError, ValidationError
from coachdesk.core.drills.question_file import QuestionFileError, write_question_file
from coachdesk.core.drills.questions import Question
from coachdesk.core.drills.scripts import ScriptDraft, VersionDraft
from coachdesk.gui.drills.audit_dialog import AuditDialog
from coachdesk.gui.drills.audits_view import AuditsPanel
from coachdesk.gui.drills.bank_view import BankPanel
from coachdesk.gui.drills.drill_problems import coded_text, problem_text
from coachdesk.gui.drills.drills_data import DrillEditor, DrillsData, load_drills, load_entries
from coachdesk.gui.drills.log_view import LogPanel
from coachdesk.gui.drills.question_dialog import QuestionDialog
from coachdesk.gui.drills.readiness_view import ReadinessPanel
from coachdesk.gui.drills.rubrics_view import RubricCommands, RubricsPanel
from coachdesk.gui.drills.scripts_view import ScriptsPanel
from coachdesk.gui.drills.version_dialog import ScriptDialog, VersionDialog
from coachdesk.gui.lifecycle.context import LifecycleContext
from coachdesk.gui.shell.tabs import TeamData
from coachdesk.gui.widgets.lazy_tab import LazyLoadTab
from coachdesk.gui.widgets.tasks import run_task
from coachdesk.gui.widgets.text import fill
from coachdesk.store.drills import edits
from coachdesk.store.drills import readiness as stored_readiness

CHART_WEEKS = 12


class ProblemsDialog(QDialog):
    """Every problem of a question file, each with its row and column; nothing was kept."""

    def __init__(self, parent: QWidget | None, file_name: str, problems: list[str]) -> None:
        super().__init__(parent)
        self.problems = problems
        self.setWindowTitle(self.tr("Import Questions"))
        self.summary = QLabel(fill(self.tr("%1 cannot be imported: %2 problems. Nothing was imported."), file_name,
                                   len(problems)))
        self.summary.setWordWrap(True)
        self.list = QPlainTextEdit("\n".join(problems))
        self.list.setObjectName("importProblems")
        self.list.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(640, 380)


class DrillsTab(LazyLoadTab):
    loaded = Signal()
    chartLoaded = Signal()
    entriesLoaded = Signal()
    imported = Signal(object)  # QuestionImport or a ProblemsDialog
    exported = Signal(object)  # the number of questions written, or None (failed or cancelled)

    def __init__(self, context: LifecycleContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("drillsTab")
        self.context = context
        self.editor = DrillEditor(context, self)
        self.team_id: int | None = None
        self.team_name = ""
        self.data: DrillsData | None = None
        self._chart_generation = self._entries_generation = 0
        self.confirm = self._confirm  # tests replace it
        self.choose_file = self._choose_file  # tests replace it
        self.message = self._message  # tests replace it
        self.error = QLabel()
        self.error.setObjectName("errorLabel")
        self.error.setWordWrap(True)
        self.error.hide()
        self.readiness = ReadinessPanel()
        self.log = LogPanel()
        self.scripts = ScriptsPanel()
        self.bank = BankPanel()
        self.rubrics = RubricsPanel()
        self.audits = AuditsPanel()
        self.views = QTabWidget()
        self.views.setObjectName("drillViews")
        self.views.setDocumentMode(True)
        for view in (self.readiness, self.log, self.scripts, self.bank, self.rubrics, self.audits):
            self.views.addTab(view, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tasks)
        layout.addWidget(self.error)
        layout.addWidget(self.views, 1)
        context.changed.connect(self._changed)
        self.readiness.repChosen.connect(self.load_chart)
        self.log.filtersChanged.connect(self.load_entries)
        self.log.start_action.triggered.connect(self.start_drill)
        self.log.delete_entry_action.triggered.connect(self.delete_entry)
        self.log.delete_session_action.triggered.connect(self.delete_session)
        self.scripts.new_script_action.triggered.connect(self.new_script)
        self.scripts.rename_action.triggered.connect(self.rename_script)
        self.scripts.delete_action.triggered.connect(self.delete_script)
        self.scripts.new_version_action.triggered.connect(self.new_version)
        self.scripts.current_action.triggered.connect(self.make_current)
        self.bank.add_action.triggered.connect(self.add_question)
        self.bank.edit_action.triggered.connect(self.edit_question)
        self.bank.retire_action.triggered.connect(self.toggle_retired)
        self.bank.delete_action.triggered.connect(self.delete_question)
        self.bank.import_action.triggered.connect(lambda: self.import_file())
        self.bank.export_action.triggered.connect(lambda: self.export_file())
        self.rubric_commands = RubricCommands(self.rubrics, self.editor, lambda: self.team_id, self._run,
                                              lambda title, text: self.confirm(title, text), self)
        self.audits.add_action.triggered.connect(self.add_audit)
        self.audits.delete_action.triggered.connect(self.delete_audit)
        self.retranslate()

    # ---------------------------------------------------------------- team and loading
    def show_team(self, data: TeamData) -> None:
        self.team_id, self.team_name = data.team.id, data.team.name
        self.request_reload()

    def _changed(self, team_id: int) -> None:
        if team_id == self.team_id:
            self.request_reload()

    def reload(self) -> None:
        team_id = self.team_id
        if team_id is None:
            return
        self.stale = False
        db, today = self.context.database(), self.context.today()
        filters = self.log.filters()

        def job(progress: ProgressCallback, cancel: CancelToken) -> tuple[DrillsData, Any]:
            data = load_drills(db, team_id, today, progress, cancel)
            return data, (load_entries(db, team_id, filters) if filters else None)

        self.tasks.start(job, self.tr("Loading drills…"), on_success=self._loaded, on_failure=self._failed,
                         on_cancel=lambda: None)

    def _loaded(self, result: tuple[DrillsData, Any]) -> None:
        data, entries = result
        if data.team_id != self.team_id:
            return
        self.error.hide()
        self.data = data
        self.readiness.show_data(data.readiness, data.agreement)
        self.log.set_choices(dict(data.reps) | {}, data.questions, data.scripts)
        self.log.show_sessions(data.sessions)
        self.log.show_entries(entries if entries is not None else data.entries)
        self.scripts.show_scripts(data.scripts)
        self.bank.show_questions(data.questions)
        self.rubrics.show_rubrics(data.rubrics)
        self.audits.show_audits(data.audits, data.names)
        self.retranslate()
        self.loaded.emit()

    def _failed(self, error: BaseException) -> None:
        self.error.setText(fill(self.tr("The drills could not be loaded: %1"), error))
        self.error.show()

    def load_chart(self, member_id: int) -> None:
        team_id = self.team_id
        if team_id is None:
            return
        self._chart_generation += 1
        generation = self._chart_generation
        db, today = self.context.database(), self.context.today()
        start = week_start(today) - dt.timedelta(weeks=CHART_WEEKS - 1)
        name = self.data.readiness.names.get(member_id, "") if self.data else ""

        def job(_p: ProgressCallback, _c: CancelToken) -> Any:
            with db.session() as s:
                return stored_readiness.drill_and_calls(s, team_id, member_id, start, today)

        def shown(points: Any) -> None:
            if generation == self._chart_generation:
                self.readiness.chart.show_rep(name, points)
                self.chartLoaded.emit()

        run_task(self, job, title=self.tr("Loading the chart…"), on_success=shown, show_progress=False)

    def load_entries(self) -> None:
        team_id = self.team_id
        if team_id is None:
            return
        self._entries_generation += 1
        generation = self._entries_generation
        db, filters = self.context.database(), self.log.filters()

        def shown(rows: Any) -> None:
            if generation == self._entries_generation:
                self.log.show_entries(rows)
                self.entriesLoaded.emit()

        run_task(self, lambda _p, _c: load_entries(db, team_id, filters), title=self.tr("Filtering…"),
                 on_success=shown, show_progress=False)

    # ---------------------------------------------------------------- the log
    def start_drill(self) -> bool:
        if self.team_id is None:
            return False
        try:
            from coachdesk.gui.drills.console import start_drill  # written beside this tab; may not exist yet
        except ImportError:
            return False
        start_drill(self.context, self.team_id, self)
        return True

    def delete_entry(self) -> bool:
        entry = self.log.current_entry()
        if entry is None or self.team_id is None or entry.entry.id is None or entry.entry.session_id is None:
            return False
        if not self.confirm(self.tr("Delete Entry"), fill(self.tr("Delete the entry of %1 at %2?\nYou can undo "
                                                                  "this with Ctrl+Z."), entry.member,
                                                          entry.entry.at.strftime("%Y-%m-%d %H:%M"))):
            return False
        session_id, entry_id = entry.entry.session_id, entry.entry.id
        return self._run(self.tr("Delete drill entry"), lambda s: edits.delete_entry(s, session_id, entry_id))

    def delete_session(self) -> bool:
        chosen = self.log.current_session()
        if chosen is None or chosen.session.id is None:
            return False
        when = chosen.session.started_at.strftime("%Y-%m-%d %H:%M")
        if not self.confirm(self.tr("Delete Session"), fill(self.tr("Delete the session of %1 with its %2 entries?"
                                                                    "\nYou can undo this with Ctrl+Z."), when,
                                                            chosen.entries)):
            return False
        session_id = chosen.session.id
        return self._run(self.tr("Delete drill session"), lambda s: edits.delete_session(s, session_id))

    # ---------------------------------------------------------------- scripts
    def new_script(self) -> ScriptDialog | None:
        team_id = self.team_id
        if team_id is None:
            return None
        dialog = ScriptDialog(self, lambda d: self.editor.edit(team_id, fill(self.tr("Create script %1"),
                                                                             d.name.strip()),
                                                               lambda s: edits.create_script(s, team_id, d)))
        dialog.open()
        return dialog

    def rename_script(self) -> ScriptDialog | None:
        team_id, script = self.team_id, self.scripts.current_script()
        if team_id is None or script is None or script.id is None:
            return None
        script_id = script.id
        dialog = ScriptDialog(self, lambda d: self.editor.edit(
            team_id, fill(self.tr("Rename script %1"), script.name),
            lambda s: edits.rename_script(s, team_id, script_id, d)), ScriptDraft(script.name, script.product))
        dialog.open()
        return dialog

    def delete_script(self) -> bool:
        script = self.scripts.current_script()
        if script is None or script.id is None:
            return False
        if not self.confirm(self.tr("Delete Script"), fill(self.tr("Delete the script %1 with its %2 versions?\n"
                                                                   "You can undo this with Ctrl+Z."), script.name,
                                                           len(script.versions))):
            return False
        team_id, script_id = self.team_id, script.id
        assert team_id is not None
        return self._run(fill(self.tr("Delete script %1"), script.name),
                         lambda s: edits.delete_script(s, team_id, script_id))

    def new_version(self) -> VersionDialog | None:
        team_id, script = self.team_id, self.scripts.current_script()
        if team_id is None or script is None or script.id is None:
            return None
        script_id, today = script.id, self.context.today()

        def submit(draft: VersionDraft) -> int:
            return self.editor.edit(team_id, fill(self.tr("New version of %1"), script.name),
                                    lambda s: edits.add_version(s, team_id, script_id, draft, today))

        dialog = VersionDialog(self, submit, script.name, script.current_version)
        dialog.open()
        return dialog

    def make_current(self) -> bool:
        team_id, script, version = self.team_id, self.scripts.current_script(), self.scripts.current_version()
        if team_id is None or script is None or script.id is None or version is None:
            return False
        script_id, number = script.id, version.number
        return self._run(fill(self.tr("Make v%1 of %2 current"), number, script.name),
                         lambda s: edits.set_current(s, team_id, script_id, number))

    # ---------------------------------------------------------------- the bank
    def add_question(self) -> QuestionDialog | None:
        team_id = self.team_id
        if team_id is None:
            return None
        dialog = QuestionDialog(self, lambda q: self.editor.edit(team_id, self.tr("Add question"),
                                                                 lambda s: edits.add_question(s, team_id, q)))
        dialog.open()
        return dialog

    def edit_question(self) -> QuestionDialog | None:
        team_id, question = self.team_id, self.bank.current()
        if team_id is None or question is None or question.id is None:
            return None
        question_id = question.id
        dialog = QuestionDialog(self, lambda q: self.editor.edit(
            team_id, self.tr("Edit question"), lambda s: edits.update_question(s, team_id, question_id, q)),
            question)
        dialog.open()
        return dialog

    def toggle_retired(self) -> bool:
        team_id, question = self.team_id, self.bank.current()
        if team_id is None or question is None or question.id is None:
            return False
        question_id, retired = question.id, not question.retired
        return self._run(self.tr("Retire question") if retired else self.tr("Restore question"),
                         lambda s: edits.set_retired(s, team_id, question_id, retired))

    def delete_question(self) -> bool:
        team_id, question = self.team_id, self.bank.current()
        if team_id is None or question is None or question.id is None:
            return False
        if not self.confirm(self.tr("Delete Question"), fill(self.tr("Delete the question “%1”?\nYou can undo "
                                                                     "this with Ctrl+Z."), question.text)):
            return False
        question_id = question.id
        return self._run(self.tr("Delete question"), lambda s: edits.delete_question(s, team_id, question_id))

    def import_file(self, path: Path | None = None) -> bool:
        team_id = self.team_id
        if team_id is None:
            return False
        if path is None:
            chosen = self.choose_file(False)
            if not chosen:
                return False
            path = Path(chosen)
        db, file_path = self.context.database(), path

        def job(_p: ProgressCallback, cancel: CancelToken) -> Any:
            with db.session() as s:
                result = edits.import_questions(s, team_id, file_path)
                cancel.raise_if_cancelled()  # leaving the unit of work by an exception keeps nothing
            return result

        def done(result: Any) -> None:
            outcome, change = result
            self.editor.push(team_id, fill(self.tr("Import questions from %1"), file_path.name), change)
            self.message(self.tr("Import Questions"), fill(self.tr("%1 questions added, %2 updated."),
                                                           outcome.added, outcome.updated))
            self.imported.emit(outcome)

        def failed(error: BaseException) -> None:
            if isinstance(error, QuestionFileError):
                dialog = ProblemsDialog(self, file_path.name, [coded_text(e) for e in error.errors])
                dialog.open()
                self.imported.emit(dialog)
                return
            self.message(self.tr("Import Questions"), fill(self.tr("The questions could not be imported: %1"),
                                                           error))
            self.imported.emit(None)

        self.tasks.start(job, fill(self.tr("Importing %1…"), path.name), on_success=done, on_failure=failed,
                         on_cancel=lambda: self.imported.emit(None))
        return True

    def export_file(self, path: Path | None = None) -> bool:
        """Write the bank to a CSV file in the worker; False when there is nothing to export or no file was chosen.
        ``exported`` then carries the number of questions written (None when it failed or was cancelled: an
        existing file is left as it was)."""
        if self.data is None:
            return False
        if path is None:
            chosen = self.choose_file(True)
            if not chosen:
                return False
            path = Path(chosen)
        chinese = QLocale().language() == QLocale.Language.Chinese
        bank, file_path = list(self.data.questions), path
        interrupted = self.tasks.running  # a load (or import) now superseded: its outcome will not be shown

        def job(progress: ProgressCallback, cancel: CancelToken) -> int:
            def rows() -> Iterator[Question]:
                for done, question in enumerate(bank):
                    cancel.raise_if_cancelled()
                    progress(done, len(bank))
                    yield question

            part = file_path.with_name(file_path.name + ".part")
            try:
                count = write_question_file(part, rows(), chinese_headers=chinese)
                cancel.raise_if_cancelled()
                part.replace(file_path)
            finally:
                part.unlink(missing_ok=True)
            return count

        def ended(count: int | None) -> None:
            if interrupted:
                self.request_reload()
            self.exported.emit(count)

        def failed(error: BaseException) -> None:
            self.message(self.tr("Export Questions"), fill(self.tr("The questions could not be exported: %1"),
                                                           error))
            ended(None)

        self.tasks.start(job, fill(self.tr("Exporting %1…"), path.name), on_success=ended, on_failure=failed,
                         on_cancel=lambda: ended(None))
        return True

    # ---------------------------------------------------------------- audits
    def add_audit(self) -> AuditDialog | None:
        team_id = self.team_id
        if team_id is None or self.data is None:
            return None
        today = self.context.today()
        dialog = AuditDialog(self, lambda a: self.editor.edit(team_id, self.tr("Add audit"),
                                                              lambda s: edits.add_audit(s, team_id, a, today)),
                             self.data.reps, today)
        dialog.open()
        return dialog

    def delete_audit(self) -> bool:
        team_id, audit = self.team_id, self.audits.current()
        if team_id is None or audit is None or audit.id is None:
            return False
        if not self.confirm(self.tr("Delete Audit"), fill(self.tr("Delete the audit of %1?\nYou can undo this "
                                                                  "with Ctrl+Z."), audit.on.isoformat())):
            return False
        audit_id = audit.id
        return self._run(self.tr("Delete audit"), lambda s: edits.delete_audit(s, team_id, audit_id))

    # ---------------------------------------------------------------- helpers
    def _run(self, text: str, op: Any) -> bool:
        """One edit without a dialog: a refusal is shown translated."""
        team_id = self.team_id
        assert team_id is not None
        try:
            self.editor.edit(team_id, text, op)
        except ValidationError as error:
            self.message(text, "\n".join(problem_text(e, self._field(e.field)) for e in error.errors))
            return False
        except NotFoundError:
            self.request_reload()
            return False
        return True

    def _field(self, field: str) -> str:
        return {"question": self.tr("Question"), "member": self.tr("Rep"), "session": self.tr("Session"),
                "rubric": self.tr("Rubric")}.get(field, field)

    def _confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _message(self, title: str, text: str) -> None:
        QMessageBox.information(self, title, text)

    def _choose_file(self, save: bool) -> str:
        filters = self.tr("Question files (*.csv *.xlsx)")
        if save:
            return QFileDialog.getSaveFileName(self, self.tr("Export Questions"), "questions.csv",
                                               self.tr("CSV files (*.csv)"))[0]
        return QFileDialog.getOpenFileName(self, self.tr("Import Questions"), "", filters)[0]

    # ---------------------------------------------------------------- text
    def retranslate(self) -> None:
        for index, text in enumerate((self.tr("Readiness"), self.tr("Drill log"), self.tr("Scripts"),
                                      self.tr("Question bank"), self.tr("Rubrics"), self.tr("Audits"))):
            self.views.setTabText(index, text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


