"""File → Import Activity…: a four-page wizard around the import engine (store/activity_import.py).

    File     choose a .csv/.xlsx (browse, type or drop), see the team and the detected encoding, override it
    Columns  a preview of the first rows and one choice per field, pre-filled by recognise(); talk-time unit
    Check    a dry run in the worker: counts, skipped rows, every problem, reps not in the team (create/leave out)
    Import   the real run in the worker (Cancel rolls everything back), then the result and the import id

Everything the user chose lives in one ``ImportState`` shared by the pages, so going Back loses nothing; a
page rebuilds from the file only when the file, its encoding or its header row changed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QWidget, QWizard

from coachdesk.core.activity.figures import Field
from coachdesk.core.common.validation import NotFoundError
from coachdesk.core.tabular.files import FileProblem, open_table
from coachdesk.gui.widgets.file_problems import file_problem_text
from coachdesk.gui.widgets.messages import describe
from coachdesk.gui.widgets.text import fill
from coachdesk.store.activity.imports import ImportOptions, ImportReport, MappingNeeded
from coachdesk.store.database import Database

translate = QCoreApplication.translate  # a name pyside6-lupdate recognises
PREVIEW_ROWS = 20
FILE_PAGE, COLUMNS_PAGE, CHECK_PAGE, IMPORT_PAGE = range(4)
CREATE, LEAVE_OUT = "create", "leave_out"


@dataclass
class FileHead:
    """The header row and the first rows of a file, with their row numbers in the file."""

    headers: list[str]
    rows: list[tuple[int, list[object]]]
    encoding: str | None
    kind: str
    header_row: int


def read_head(path: Path, encoding: str | None, limit: int = PREVIEW_ROWS) -> FileHead:
    with open_table(path, encoding) as source:
        rows: list[tuple[int, list[object]]] = []
        for number, cells in source.rows():
            rows.append((number, list(cells)))
            if len(rows) >= limit:
                break
        return FileHead(list(source.headers), rows, source.encoding, source.kind, source.header_row)


class HeadersChanged(Exception):
    """The file's header row differs from the one the columns were chosen for (the file was edited)."""

    def __init__(self, head: FileHead) -> None:
        super().__init__("the header row of the file changed")
        self.head = head


@dataclass
class ImportState:
    db: Database
    team_id: int
    team_name: str
    today: dt.date  # rows after it are refused
    path: Path | None = None
    encoding_choice: str | None = None  # None: use the detected encoding
    detected: str | None = None
    head: FileHead | None = None
    choices: dict[Field, str | None] = field(default_factory=dict)  # every field: header, or None (not in file)
    user_choices: dict[Field, str | None] = field(default_factory=dict)  # what the user picked by hand
    talk_unit: str = "seconds"
    user_unit: tuple[str, str] | None = None  # (talk-time header, unit) when the user changed the unit by hand
    rep_decision: str | None = None  # CREATE / LEAVE_OUT once the user chose
    check: ImportReport | None = None
    check_key: tuple[object, ...] | None = None  # the inputs the check ran with
    result: ImportReport | None = None

    @property
    def encoding(self) -> str | None:
        if self.head is not None and self.head.kind != "csv":
            return None
        return self.encoding_choice or self.detected

    @property
    def headers(self) -> list[str]:
        return self.head.headers if self.head else []

    def options(self, dry_run: bool) -> ImportOptions:
        return ImportOptions(team=self.team_id, today=self.today, mapping=dict(self.choices), encoding=self.encoding,
                             create_missing=self.rep_decision == CREATE, skip_unknown=self.rep_decision == LEAVE_OUT,
                             dry_run=dry_run, talk_unit=self.talk_unit)

    def key(self) -> tuple[object, ...]:
        """What a check depends on: when this differs from ``check_key`` the check is out of date."""
        return (self.path, self.encoding, tuple(self.headers), tuple(sorted(self.choices.items())), self.talk_unit,
                self.rep_decision)

    def file_stamp(self) -> tuple[int, int] | None:
        """Size and modification time: a file saved again after the check is checked again."""
        try:
            stat = self.path.stat() if self.path else None
        except OSError:
            return None
        return (stat.st_size, stat.st_mtime_ns) if stat else None


def error_text(exc: BaseException) -> str:
    """Any failure of a check or an import as one plain sentence (never a traceback)."""
    if isinstance(exc, HeadersChanged):
        return translate("ImportWizard", "The columns of the file changed since you chose them. Go Back to check the columns.")  # noqa: E501 - one literal for lupdate
    if isinstance(exc, MappingNeeded):
        return fill(translate("ImportWizard", "Some needed columns are not chosen (%1). Go Back to the Columns page and choose them."),  # noqa: E501 - one literal for lupdate
                    str(exc))
    if isinstance(exc, FileProblem):
        return fill(translate("ImportWizard", "The file could not be read: %1."), file_problem_text(exc))
    if isinstance(exc, NotFoundError):
        return describe(exc.as_field_error())
    if isinstance(exc, OSError):
        return fill(translate("ImportWizard", "The file could not be opened: %1."), exc.strerror or str(exc))
    return fill(translate("ImportWizard", "The import stopped because of an unexpected error: %1"), str(exc))


class ImportWizard(QWizard):
    """Emits ``imported(report)`` as soon as an import was written (even if the window is then closed)."""

    imported = Signal(object)
    checkFinished = Signal()
    importFinished = Signal()

    def __init__(self, db: Database, team_id: int, team_name: str, parent: QWidget | None = None,
                 today: dt.date | None = None, start_dir: str = "") -> None:
        from coachdesk.gui.activity.import_pages import CheckPage, ColumnsPage, FilePage, ImportPage

        super().__init__(parent)
        self.setObjectName("importWizard")
        self.state = ImportState(db, team_id, team_name, today or dt.date.today())
        self.file_page = FilePage(self.state, start_dir)
        self.columns_page = ColumnsPage(self.state)
        self.check_page = CheckPage(self.state)
        self.import_page = ImportPage(self.state)
        for page_id, page in ((FILE_PAGE, self.file_page), (COLUMNS_PAGE, self.columns_page),
                              (CHECK_PAGE, self.check_page), (IMPORT_PAGE, self.import_page)):
            self.setPage(page_id, page)
        self.check_page.checked.connect(self.checkFinished)
        self.import_page.done.connect(self.importFinished)
        self.import_page.written.connect(self.imported)
        self.check_page.headersChanged.connect(self.columns_page.mark_stale)
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.HaveFinishButtonOnEarlyPages, False)
        self.currentIdChanged.connect(self._page_changed)
        self._closing = False
        self.retranslate()
        self.resize(960, 680)
        self.setMinimumSize(760, 560)

    def retranslate(self) -> None:
        self.setWindowTitle(fill(self.tr("Import Activity — %1"), self.state.team_name))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _page_changed(self, page_id: int) -> None:
        if page_id == COLUMNS_PAGE:
            self.columns_page.reload_if_stale()

    def panels(self):
        return [self.check_page.panel, self.import_page.panel]

    def busy(self) -> bool:
        return any(panel.running for panel in self.panels())

    def reject(self) -> None:
        """Cancel (Esc, the window's close button): a running job is cancelled first — an import rolls back —
        and the wizard closes once the worker has stopped."""
        running = [panel for panel in self.panels() if panel.running]
        if not running:
            super().reject()
            return
        if self._closing:
            return
        self._closing = True
        for panel in running:
            panel.cancel()
            assert panel.task is not None
            panel.task.finished.connect(self._close_when_idle)

    def _close_when_idle(self) -> None:
        if not self.busy():
            self._closing = False
            super().reject()
