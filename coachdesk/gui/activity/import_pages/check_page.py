"""3. Check: a dry run of the whole file against the team."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from coachdesk.gui.activity.import_models import counts_text, formation_text
from coachdesk.gui.activity.import_pages.common import _error_label, _retranslating
from coachdesk.gui.activity.import_pages.report_view import ReportView
from coachdesk.gui.activity.import_wizard import CREATE, LEAVE_OUT, HeadersChanged, ImportState, error_text, read_head
from coachdesk.gui.widgets.task_panel import TaskPanel
from coachdesk.gui.widgets.text import fill
from coachdesk.store.activity.imports import ImportReport, run_import


class CheckPage(QWizardPage):
    checked = Signal()  # a check ended (with a report or an error)
    headersChanged = Signal()

    def __init__(self, state: ImportState) -> None:
        super().__init__()
        self.state = state
        self._error: str | None = None
        self._cancelled = False
        self._checked_stamp: tuple[int, int] | None = None
        self.setCommitPage(True)
        self.panel = TaskPanel(self)
        self.panel.finished.connect(self.completeChanged)
        self.headline = QLabel()
        self.headline.setObjectName("checkHeadline")
        self.headline.setWordWrap(True)
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.error_label = _error_label()
        self.again_button = QPushButton()
        self.again_button.clicked.connect(self.run_check)

        self.reps_box = QGroupBox()
        self.reps_box.setObjectName("repsDecision")
        self.reps_text = QLabel()
        self.reps_text.setWordWrap(True)
        self.create_radio = QRadioButton()
        self.leave_out_radio = QRadioButton()
        self.decision = QButtonGroup(self)
        self.decision.addButton(self.create_radio)
        self.decision.addButton(self.leave_out_radio)
        self.create_radio.toggled.connect(lambda on: self._decide(CREATE) if on else None)
        self.leave_out_radio.toggled.connect(lambda on: self._decide(LEAVE_OUT) if on else None)
        reps = QVBoxLayout(self.reps_box)
        reps.addWidget(self.reps_text)
        radios = QHBoxLayout()
        radios.addWidget(self.create_radio)
        radios.addWidget(self.leave_out_radio)
        radios.addStretch(1)
        reps.addLayout(radios)

        self.report_view = ReportView()
        top = QHBoxLayout()
        top.addWidget(self.headline, 1)
        top.addWidget(self.again_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        layout.addLayout(top)
        layout.addWidget(self.explain)
        layout.addWidget(self.error_label)
        layout.addWidget(self.reps_box)
        layout.addWidget(self.report_view, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Check the Figures"))
        self.setSubTitle(self.tr("Every row is checked against the team before anything is saved."))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.again_button.setText(self.tr("Check &Again"))
        self.reps_box.setTitle(self.tr("Reps who are not in the team"))
        self.create_radio.setText(self.tr("&Create them (hired on the first day seen)"))
        self.leave_out_radio.setText(self.tr("&Leave their rows out"))
        self._show_outcome()

    def changeEvent(self, event: QEvent) -> None:
        _retranslating(self, event)
        super().changeEvent(event)

    # ---------------------------------------------------------------- running the check
    def initializePage(self) -> None:
        self.sync_decision()
        state = self.state
        if state.check is None or state.check_key != state.key() or self._checked_stamp != state.file_stamp():
            self.run_check()
        else:
            self._show_outcome()

    def cleanupPage(self) -> None:  # Back: a running check is no longer wanted
        if self.panel.running:
            self.panel.forget()
            self.state.check = None
            self._error = None
        self.completeChanged.emit()

    def sync_decision(self) -> None:
        self.decision.setExclusive(False)  # an exclusive group cannot be emptied
        for radio, value in ((self.create_radio, CREATE), (self.leave_out_radio, LEAVE_OUT)):
            radio.blockSignals(True)
            radio.setChecked(self.state.rep_decision == value)
            radio.blockSignals(False)
        self.decision.setExclusive(True)

    def _decide(self, decision: str) -> None:
        if self.state.rep_decision != decision:
            self.state.rep_decision = decision
            self.run_check()

    def run_check(self) -> None:
        state = self.state
        assert state.path is not None
        key = state.key()
        options = state.options(dry_run=True)
        path, expected, db = state.path, list(state.headers), state.db

        def job(progress, cancel) -> ImportReport:
            head = read_head(path, options.encoding)
            if head.headers != expected:
                raise HeadersChanged(head)
            return run_import(db, path, options, progress, cancel)

        state.check = None
        self._error = None
        self._cancelled = False
        self._checked_stamp = state.file_stamp()
        self.error_label.hide()
        self.panel.start(job, fill(self.tr("Checking %1…"), path.name),
                         on_success=lambda report: self._checked(report, key),
                         on_failure=self._failed, on_cancel=self._check_cancelled)
        self._show_outcome()
        self.completeChanged.emit()

    def _checked(self, report: ImportReport, key: tuple[object, ...]) -> None:
        self.state.check, self.state.check_key = report, key
        self._show_outcome()
        self.checked.emit()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, HeadersChanged):
            self.state.head = exc.head
            self.headersChanged.emit()
        self._error = error_text(exc)
        self._show_outcome()
        self.checked.emit()

    def _check_cancelled(self) -> None:
        self._cancelled = True
        self._show_outcome()
        self.checked.emit()

    # ---------------------------------------------------------------- showing the outcome
    def _show_outcome(self) -> None:
        report = self.state.check
        running = self.panel.running
        error = self._error
        self.again_button.setEnabled(not running)
        self.report_view.show_report(report)
        self.report_view.setVisible(report is not None)
        unknown = report.unknown if report else []
        self.reps_box.setVisible(bool(unknown) and not (report and report.problems))
        self.create_radio.setEnabled(not running)
        self.leave_out_radio.setEnabled(not running)
        if unknown:
            names = ", ".join(" ".join(filter(None, (r.employee_id, r.name))) for r in unknown[:8])
            more = len(unknown) - 8
            if more > 0:
                names += fill(self.tr(" and %1 more"), str(more))
            self.reps_text.setText(fill(self.tr("%1 people in the file are not on the roster of %2: %3."),
                                        str(len(unknown)), self.state.team_name, names))
        self.error_label.setVisible(bool(error))
        self.error_label.setText(error or "")
        self.headline.setProperty("state", "")
        if running:
            self.headline.setText(self.tr("Checking every row…"))
            self.explain.setText("")
        elif error:
            self.headline.setText(self.tr("The file could not be checked."))
            self.headline.setProperty("state", "bad")
            self.explain.setText(self.tr("Nothing was saved."))
        elif self._cancelled and report is None:
            self.headline.setText(self.tr("The check was cancelled."))
            self.explain.setText(self.tr("Click Check Again to check the file."))
        elif report is None:
            self.headline.setText("")
            self.explain.setText("")
        elif report.problems:
            n = len(report.problems)
            self.headline.setText(self.tr("1 problem found: the file cannot be imported yet.") if n == 1 else
                                  fill(self.tr("%1 problems found: the file cannot be imported yet."), str(n)))
            self.headline.setProperty("state", "bad")
            self.explain.setText(self.tr(
                "Nothing is imported while the file has problems. Fix the rows listed below in the file (for example in Excel), save it, then click Check Again."))  # noqa: E501 - one literal for lupdate
        elif report.needs_rep_decision:
            self.headline.setText(self.tr("Choose what to do with the people who are not in the team."))
            self.headline.setProperty("state", "warn")
            self.explain.setText(self.tr("The figures are counted once you have chosen."))
        else:
            self.headline.setText(fill(self.tr("Ready to import: %1."),
                                       counts_text(report.new, report.changed, report.unchanged)))
            self.headline.setProperty("state", "good")
            created = len(report.created_members)
            formation = formation_text(report)
            self.explain.setText(
                (fill(self.tr("%1 reps will be added to the team. "), str(created)) if created else "")
                + self.tr("Click Import to save. The whole import can be undone later in Team → Import History.")
                + ("\n" + formation if formation else ""))
        self.headline.style().unpolish(self.headline)
        self.headline.style().polish(self.headline)

    def isComplete(self) -> bool:
        report = self.state.check
        return (not self.panel.running and report is not None and report.ok and report.dry_run
                and self.state.check_key == self.state.key())

    def validatePage(self) -> bool:  # QWizard.next() does not look at isComplete()
        return self.isComplete()
