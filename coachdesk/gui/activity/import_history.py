"""Team → Import History…: the team's imports (files and manual entries), newest first, and Undo Import."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coachdesk.gui.activity.import_models import ColumnSpec, RecordsModel, compact_rows, n_days, n_reps, when_text
from coachdesk.gui.widgets.tasks import Task, run_task
from coachdesk.gui.widgets.text import CodeTexts, fill
from coachdesk.store.activity.imports import (
    UNDO_ALREADY_UNDONE,
    UNDO_LATER_IMPORTS,
    UNDO_NO_IMPORT,
    ImportSummary,
    UndoRefused,
    list_imports,
    undo_import,
)
from coachdesk.store.database import Database

translate = QCoreApplication.translate

# UndoRefused by code: a template and the params that fill its %1, %2, … in that order.
_REFUSALS = CodeTexts({
    UNDO_LATER_IMPORTS.code: (lambda: translate("ImportHistory", "Import %1 can only be undone after the later imports of this team are undone (%2). Undo those first, newest first."),  # noqa: E501 - one literal for lupdate
                              ("import_id", "later")),
    UNDO_ALREADY_UNDONE.code: (lambda: translate("ImportHistory", "Import %1 was already undone."), ("import_id",)),
    UNDO_NO_IMPORT.code: (lambda: translate("ImportHistory", "Import %1 no longer exists."), ("import_id",)),
})


def translates(code: str) -> bool:
    return code in _REFUSALS


def refusal_text(exc: UndoRefused) -> str:
    """Why an import cannot be undone, in the user's language (a code not known here: the English text)."""
    return _REFUSALS.text(exc.code, exc.params, str(exc))


def _source_text(s: ImportSummary) -> str:
    return s.file_name if s.source != "manual" else fill(translate("ImportHistory", "%1 (typed in)"), s.file_name)


def imports_model(parent=None) -> RecordsModel[ImportSummary]:
    def count(value: int) -> str:
        return str(value)

    model: RecordsModel[ImportSummary] = RecordsModel([
        ColumnSpec(lambda: translate("ImportHistory", "ID"), lambda s: str(s.id), lambda s: s.id, right=True),
        ColumnSpec(lambda: translate("ImportHistory", "File"), _source_text),
        ColumnSpec(lambda: translate("ImportHistory", "When"), lambda s: when_text(s.created_at),
                   lambda s: s.id),
        ColumnSpec(lambda: translate("ImportHistory", "New"), lambda s: count(s.rows_new), lambda s: s.rows_new,
                   right=True),
        ColumnSpec(lambda: translate("ImportHistory", "Changed"), lambda s: count(s.rows_changed),
                   lambda s: s.rows_changed, right=True),
        ColumnSpec(lambda: translate("ImportHistory", "Unchanged"), lambda s: count(s.rows_unchanged),
                   lambda s: s.rows_unchanged, right=True),
        ColumnSpec(lambda: translate("ImportHistory", "Skipped"), lambda s: count(s.rows_skipped),
                   lambda s: s.rows_skipped, right=True),
        ColumnSpec(lambda: translate("ImportHistory", "Reps created"), lambda s: count(s.members_created),
                   lambda s: s.members_created, right=True),
        ColumnSpec(lambda: translate("ImportHistory", "Undone"),
                   lambda s: when_text(s.undone_at) if s.undone_at else "",
                   lambda s: s.undone_at.isoformat() if s.undone_at else ""),
    ], parent)
    model.muted = lambda s: s.undone_at is not None
    return model


class ImportHistoryDialog(QDialog):
    undone = Signal(object)  # the ImportSummary of the import that was undone

    def __init__(self, db: Database, team_id: int, team_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importHistory")
        self.db, self.team_id, self.team_name = db, team_id, team_name
        self.task: Task | None = None
        self.model = imports_model(self)
        self.table = QTableView()
        self.table.setObjectName("importsTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        compact_rows(self.table)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.hint = QLabel()
        self.hint.setObjectName("emptyHint")
        self.hint.setWordWrap(True)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("emptyHint")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.undo_button = QPushButton()
        self.buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.undo_button.clicked.connect(self.undo_selected)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.reload()
        self.resize(920, 420)

    def retranslate(self) -> None:
        self.setWindowTitle(fill(self.tr("Import History — %1"), self.team_name))
        self.undo_button.setText(self.tr("&Undo Import…"))
        self.hint.setText(self.tr("Undoing an import removes the days it added, restores the figures it changed and removes the reps it created. Imports are undone newest first."))  # noqa: E501 - one literal for lupdate
        self.empty_label.setText(self.tr("No imports yet. Use File → Import Activity… or Team → Enter Day's Figures…"))
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reload(self, select_id: int | None = None) -> None:
        self.model.set_records(list_imports(self.db, self.team_id))
        self.table.resizeColumnsToContents()
        self.empty_label.setVisible(not self.model.records)
        row = self.model.row_of(lambda s: s.id == select_id)
        if row is None and self.model.records:
            newest = max(s.id for s in self.model.records)
            row = self.model.row_of(lambda s: s.id == newest)
        if row is not None:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self._update_buttons()

    def selected(self) -> ImportSummary | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.record(rows[0].row())

    def select_import(self, import_id: int) -> None:
        self.reload(select_id=import_id)

    def _update_buttons(self) -> None:
        summary = self.selected()
        self.undo_button.setEnabled(self.task is None and summary is not None and summary.undone_at is None)

    def undo_selected(self) -> None:
        summary = self.selected()
        if summary is None or summary.undone_at is not None or self.task is not None:
            return
        answer = QMessageBox.question(
            self, self.tr("Undo Import"),
            fill(self.tr("Undo import %1 (%2)?\n\nThis removes the %3 it added, gives the %4 it changed their earlier figures back and removes the %5 it created."),  # noqa: E501 - one literal for lupdate
                 str(summary.id), summary.file_name, n_days(summary.rows_new), n_days(summary.rows_changed),
                 n_reps(summary.members_created)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        db, import_id = self.db, summary.id
        self.task = run_task(self, lambda _p, _c: undo_import(db, import_id),
                             title=fill(self.tr("Undoing import %1…"), str(import_id)),
                             on_success=self._undone, on_failure=self._undo_failed, cancellable=False)
        self.task.finished.connect(self._task_done)
        self._update_buttons()

    def _task_done(self) -> None:
        self.task = None
        self._update_buttons()

    def _undone(self, summary: ImportSummary) -> None:
        self.reload(select_id=summary.id)
        self.undone.emit(summary)

    def _undo_failed(self, exc: BaseException) -> None:
        self.reload()
        if isinstance(exc, UndoRefused):
            QMessageBox.warning(self, self.tr("Cannot Undo Import"), refusal_text(exc))
        else:
            QMessageBox.warning(self, self.tr("Cannot Undo Import"),
                                fill(self.tr("The import could not be undone: %1"), str(exc)))

    def reject(self) -> None:
        if self.task is not None:  # the undo is running in the worker; it cannot be stopped halfway
            return
        super().reject()
