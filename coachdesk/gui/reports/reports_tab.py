"""A team's Reports tab: the form on the left, the generated PDF's preview on the right, Print… and Save As….

The builder (reports/plans.py, injectable: builders.py) runs in the worker with the inline progress bar and its
Cancel (TaskPanel), so the window never freezes; it writes into a temporary folder the tab owns (removed when the
app exits). Printing renders the previewed pages themselves (printing.py), so what is printed is what was checked.
Failures show in the error label; a cancelled build leaves the page as it was."""

from __future__ import annotations

import contextlib
import re
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QSizeF, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence, QPageLayout, QPageSize, QShortcut
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from coachdesk.core.common.progress import CancelToken, ProgressCallback
from coachdesk.gui.lifecycle.context import LifecycleContext
from coachdesk.gui.reports.builders import Builders, ReportKind, default_builders
from coachdesk.gui.reports.preview import PdfLoadError, PdfPreview
from coachdesk.gui.reports.printing import PrintError, pages_to_print, print_file
from coachdesk.gui.reports.report_form import ReportForm
from coachdesk.gui.shell.settings import UiSettings
from coachdesk.gui.shell.tabs import TeamData
from coachdesk.gui.widgets.task_panel import TaskPanel
from coachdesk.gui.widgets.text import fill
from coachdesk.reports.options import BuiltReport, PlanOptions

UNSAFE_IN_NAMES = re.compile(r'[\\/:*?"<>|\s]+')


class ReportsTab(QWidget):
    generated = Signal(object)  # the BuiltReport now previewed, or None (failed, cancelled or unreadable)
    printed = Signal(int)  # pages sent to the printer
    saved = Signal(object)  # the Path the PDF was copied to

    def __init__(self, context: LifecycleContext, settings: UiSettings | None = None,
                 builders: Builders | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportsTab")
        self.context = context
        self.settings = settings or UiSettings()
        self.builders = builders or default_builders()
        self.team_id: int | None = None
        self.team_name = ""
        self.report: BuiltReport | None = None
        self.report_kind = ReportKind.PLAN
        self.report_options: PlanOptions | None = None
        self._print_when_built = False
        self._folder: tempfile.TemporaryDirectory[str] | None = None
        self._builds = 0
        # tests and screenshots replace these
        self.make_printer: Callable[[], QPrinter] = lambda: QPrinter(QPrinter.PrinterMode.HighResolution)
        self.ask_print: Callable[[QPrinter, int, int], bool] = self._ask_print
        self.choose_save_path: Callable[[str], str] = self._choose_save_path

        self.form = ReportForm(context.today)
        self.generate_button = QPushButton()
        self.generate_button.setObjectName("generateButton")
        self.generate_button.setDefault(True)
        self.generate_button.clicked.connect(self.generate)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.generate)
        self.status = QLabel()
        self.status.setObjectName("countLabel")
        self.status.setWordWrap(True)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 8, 0)
        left_layout.addWidget(self.form)
        left_layout.addWidget(self.generate_button)
        left_layout.addWidget(self.status)
        left_layout.addStretch(1)

        self.preview = PdfPreview()
        self.print_button = QPushButton()
        self.print_button.setObjectName("printButton")
        self.print_button.clicked.connect(self.print_report)  # Ctrl+P is the window's File → Print action
        self.save_action = QAction(self)
        self.save_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_action.triggered.connect(self.save_as)
        self.addAction(self.save_action)
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveButton")
        self.save_button.clicked.connect(self.save_action.trigger)
        self.open_button = QPushButton()
        self.open_button.setObjectName("openButton")
        self.open_button.clicked.connect(self.open_externally)
        for index, button in enumerate((self.print_button, self.save_button, self.open_button)):
            self.preview.bar.insertWidget(index, button)
        self.preview.bar.insertSpacing(3, 16)
        self.tasks = TaskPanel()
        self.error = QLabel()
        self.error.setObjectName("errorLabel")
        self.error.setWordWrap(True)
        self.error.hide()
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        right_layout.addWidget(self.tasks)
        right_layout.addWidget(self.error)
        right_layout.addWidget(self.preview, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("reportsSplitter")
        scroll = QScrollArea()  # the form scrolls rather than widen the window (its minimum size stays small)
        scroll.setObjectName("reportFormScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(left)
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([320, 700])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.tasks.started.connect(self._update_enabled)
        self.tasks.finished.connect(self._update_enabled)
        self.retranslate()
        self._update_enabled()

    # ---------------------------------------------------------------- team
    def show_team(self, data: TeamData) -> None:
        if data.team.id != self.team_id:  # another team's plan is not this one's: start afresh
            self.tasks.forget()
            self._print_when_built = False
            self._drop_report()
            self.error.hide()
            self.status.clear()
        self.team_id, self.team_name = data.team.id, data.team.name
        self.form.follow_today()
        self._update_enabled()

    # ---------------------------------------------------------------- generate
    def generate(self) -> None:
        """Build the report the form describes, in the worker; the preview shows it when it is done."""
        if self.team_id is None or self.tasks.running:
            return
        kind, options, team_id = self.form.kind(), self.form.options(), self.team_id
        builder = self.builders.for_kind(kind)
        db = self.context.database()
        out = self._new_file(kind, options)

        def job(progress: ProgressCallback, cancel: CancelToken) -> BuiltReport:
            return builder(db, team_id, options, out, progress=progress, cancel=cancel)

        self.error.hide()
        text = self.tr("Generating the coaching plan…") if kind is ReportKind.PLAN else self.tr(
            "Generating the wall poster…")
        self.tasks.start(job, text, on_success=lambda report: self._built(report, kind, options),
                         on_failure=lambda exc: self._failed(exc, out), on_cancel=lambda: self._cancelled(out))

    def _new_file(self, kind: ReportKind, options: PlanOptions) -> Path:
        if self._folder is None:
            self._folder = tempfile.TemporaryDirectory(prefix="coachdesk-reports-")
        self._builds += 1
        folder = Path(self._folder.name) / str(self._builds)  # one folder per build: the file keeps a good name
        folder.mkdir()
        return folder / self._file_name(kind, options)

    def _file_name(self, kind: ReportKind, options: PlanOptions) -> str:
        what = self.tr("coaching-plan") if kind is ReportKind.PLAN else self.tr("wall-poster")
        team = UNSAFE_IN_NAMES.sub("-", self.team_name).strip("-.") or "team"
        return f"{team}-{what}-{options.as_of.isoformat()}.pdf"

    def _built(self, report: BuiltReport, kind: ReportKind, options: PlanOptions) -> None:
        self._drop_report()
        try:
            pages = self.preview.load(report.path)
        except PdfLoadError as exc:
            self._show_error(str(exc))
            self._print_when_built = False
            self.generated.emit(None)
            return
        self.report, self.report_kind, self.report_options = report, kind, options
        self.status.setText(fill(self.tr("%1 for %2 · %3 pages"), self._kind_text(kind), report.team, pages))
        self._update_enabled()
        self.generated.emit(report)
        if self._print_when_built:
            self._print_when_built = False
            self.print_report()

    def _failed(self, exc: BaseException, out: Path) -> None:
        self._print_when_built = False
        self._remove(out)
        self._show_error(fill(self.tr("The report could not be generated: %1"), str(exc) or type(exc).__name__))
        self.generated.emit(None)

    def _cancelled(self, out: Path) -> None:
        self._print_when_built = False
        self._remove(out)
        self.status.setText(self.tr("Generating was cancelled."))
        self.generated.emit(None)

    def _drop_report(self) -> None:
        old = self.report
        self.preview.clear()  # closes the file before it is removed
        self.report = self.report_options = None
        if old is not None:
            self._remove(old.path)
        self._update_enabled()

    @staticmethod
    def _remove(path: Path) -> None:
        with contextlib.suppress(OSError):  # a file still open elsewhere (Windows) stays until the folder goes
            path.unlink(missing_ok=True)
            path.parent.rmdir()

    # ---------------------------------------------------------------- print
    def print_report(self) -> None:
        """Print the previewed report; with none yet, generate the form's report first, then print it."""
        if self.report is None:
            if self.team_id is not None:
                self._print_when_built = True
                self.generate()
            return
        count, current = self.preview.page_count, self.preview.current_page
        printer = self.make_printer()
        printer.setDocName(self.report.path.stem)
        self._match_paper(printer)
        if not self.ask_print(printer, count, current):
            return
        if self.tasks.running:
            return
        path, pages = self.report.path, pages_to_print(printer, count, current)

        def job(progress: ProgressCallback, cancel: CancelToken) -> int:
            # pdfium renders and Qt paints onto a QPrinter in a worker thread too: the window stays responsive
            # while a long plan goes out at 600 dpi
            return print_file(path, printer, pages, lambda done, total: progress(done, total, ""),
                              lambda: cancel.cancelled)

        self.tasks.start(job, self.tr("Printing…"), on_success=self._printed, on_failure=self._print_failed,
                         on_cancel=lambda: self.status.setText(self.tr("Printing was cancelled.")))

    def _printed(self, printed: int) -> None:
        self.error.hide()
        self.status.setText(fill(self.tr("Sent %1 pages to the printer."), printed))
        self.printed.emit(printed)

    def _print_failed(self, exc: BaseException) -> None:
        if isinstance(exc, PrintError):
            self._show_error(fill(self.tr("Could not print to %1."), str(exc)))
        else:
            self._show_error(fill(self.tr("Could not print: %1"), str(exc) or type(exc).__name__))

    def _match_paper(self, printer: QPrinter) -> None:
        """Offer the report's own paper in the print dialog (A4, Letter, A3; landscape for the poster)."""
        size = self.preview.document.pagePointSize(0)
        if size.isEmpty():
            return
        portrait = QSizeF(min(size.width(), size.height()), max(size.width(), size.height()))
        printer.setPageSize(QPageSize(portrait, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch))
        landscape = size.width() > size.height()
        printer.setPageOrientation(QPageLayout.Orientation.Landscape if landscape else
                                   QPageLayout.Orientation.Portrait)

    def _ask_print(self, printer: QPrinter, count: int, current: int) -> bool:
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print Report"))
        dialog.setMinMax(1, count)
        dialog.setFromTo(1, count)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, True)
        return dialog.exec() == QPrintDialog.DialogCode.Accepted

    # ---------------------------------------------------------------- save and open
    def save_as(self) -> None:
        report = self.report
        if report is None:
            return
        folder = self.settings.report_folder or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        chosen = self.choose_save_path(str(Path(folder) / report.path.name))
        if not chosen:
            return
        target = Path(chosen if chosen.lower().endswith(".pdf") else f"{chosen}.pdf")
        try:
            shutil.copyfile(report.path, target)
        except OSError as exc:
            self._show_error(fill(self.tr("Could not save %1: %2"), str(target), exc.strerror or str(exc)))
            return
        self.settings.report_folder = str(target.parent)
        self.error.hide()
        self.status.setText(fill(self.tr("Saved to %1"), str(target)))
        self.saved.emit(target)

    def _choose_save_path(self, suggested: str) -> str:
        return QFileDialog.getSaveFileName(self, self.tr("Save Report As"), suggested, self.tr("PDF files (*.pdf)"))[0]

    def open_externally(self) -> None:
        if self.report is not None and not QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.report.path))):
            self._show_error(self.tr("No program to open PDF files was found; use Save As… instead."))

    # ---------------------------------------------------------------- state and text
    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _update_enabled(self) -> None:
        has_report = self.report is not None
        self.generate_button.setEnabled(self.team_id is not None and not self.tasks.running)
        for widget in (self.save_button, self.open_button, self.save_action):
            widget.setEnabled(has_report)
        self.print_button.setEnabled(has_report)

    def _kind_text(self, kind: ReportKind) -> str:
        return self.tr("Coaching plan") if kind is ReportKind.PLAN else self.tr("Wall poster")

    def retranslate(self) -> None:
        self.generate_button.setText(self.tr("Ge&nerate"))
        self.generate_button.setToolTip(self.tr("Build the PDF and show it here (Ctrl+Enter)"))
        self.print_button.setText(self.tr("Pr&int…"))
        self.print_button.setToolTip(self.tr("Print the pages shown here (Ctrl+P)"))
        self.save_action.setText(self.tr("Save As…"))
        self.save_button.setText(self.tr("&Save As…"))
        self.save_button.setToolTip(self.tr("Save a copy of the PDF (Ctrl+Shift+S)"))
        self.open_button.setText(self.tr("Open in S&ystem Viewer"))
        self.open_button.setToolTip(self.tr("Open the PDF with the computer's PDF viewer"))
        if self.report is not None:
            self.status.setText(fill(self.tr("%1 for %2 · %3 pages"), self._kind_text(self.report_kind),
                                     self.report.team, self.preview.page_count))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
