"""Counts, skipped rows and detail tables of an ImportReport (Check and Import pages)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QTableView, QTabWidget, QVBoxLayout, QWidget

from coachdesk.gui.activity.import_models import (
    RecordsModel,
    changed_rows_model,
    problems_model,
    rows_text,
    unknown_reps_model,
)
from coachdesk.gui.activity.import_pages.common import _retranslating, _table
from coachdesk.gui.widgets.text import fill
from coachdesk.store.activity.imports import ImportReport


def _count_tile(parent_layout: QGridLayout, column: int) -> tuple[QLabel, QLabel]:
    number = QLabel("—")
    number.setObjectName("countNumber")
    number.setAlignment(Qt.AlignmentFlag.AlignCenter)
    caption = QLabel()
    caption.setObjectName("countCaption")
    caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
    parent_layout.addWidget(number, 0, column)
    parent_layout.addWidget(caption, 1, column)
    return number, caption


class ReportView(QWidget):
    """Counts, skipped rows and the detail tables of an ImportReport (used by the Check and Import pages)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report: ImportReport | None = None
        self.tiles = QFrame()
        self.tiles.setObjectName("countTiles")
        grid = QGridLayout(self.tiles)
        grid.setContentsMargins(6, 6, 6, 6)
        self.new_n, self.new_c = _count_tile(grid, 0)
        self.changed_n, self.changed_c = _count_tile(grid, 1)
        self.unchanged_n, self.unchanged_c = _count_tile(grid, 2)
        self.skipped_n, self.skipped_c = _count_tile(grid, 3)
        self.skipped_label = QLabel()
        self.skipped_label.setWordWrap(True)
        self.skipped_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.problems = problems_model(self)
        self.problems_view = self._sorted_table(self.problems)
        self.problems_view.setObjectName("problemsTable")
        self.unknown = unknown_reps_model(self)
        self.unknown_view = self._sorted_table(self.unknown)
        self.changes = changed_rows_model(self)
        self.changes_view = self._sorted_table(self.changes)
        self.changes_note = QLabel()
        self.changes_note.setObjectName("emptyHint")
        changes_page = QWidget()
        changes_layout = QVBoxLayout(changes_page)
        changes_layout.setContentsMargins(0, 0, 0, 0)
        changes_layout.addWidget(self.changes_view)
        changes_layout.addWidget(self.changes_note)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.problems_view, "")
        self.tabs.addTab(self.unknown_view, "")
        self.tabs.addTab(changes_page, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tiles)
        layout.addWidget(self.skipped_label)
        layout.addWidget(self.tabs, 1)
        self.retranslate()
        self.show_report(None)

    @staticmethod
    def _sorted_table(model: RecordsModel) -> QTableView:
        view = _table(QTableView())
        view.setModel(model)
        view.setSortingEnabled(True)
        view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        view.horizontalHeader().setStretchLastSection(True)
        return view

    def retranslate(self) -> None:
        self.new_c.setText(self.tr("new"))
        self.changed_c.setText(self.tr("changed"))
        self.unchanged_c.setText(self.tr("unchanged"))
        self.skipped_c.setText(self.tr("skipped"))
        for model in (self.problems, self.unknown, self.changes):
            model.retranslate()
        self.show_report(self.report)

    def changeEvent(self, event: QEvent) -> None:
        _retranslating(self, event)
        super().changeEvent(event)

    def show_report(self, report: ImportReport | None) -> None:
        self.report = report
        counted = report is not None and not report.problems and not report.needs_rep_decision
        skipped = report.skipped.total + report.skipped_unknown if report else 0
        not_counted = self.tr("Counted when the file has no problems and every rep is settled")
        for label, value in ((self.new_n, report.new if report else 0),
                             (self.changed_n, report.changed if report else 0),
                             (self.unchanged_n, report.unchanged if report else 0)):
            label.setText(str(value) if counted else "—")
            label.setToolTip("" if counted else not_counted)
        self.skipped_n.setText(str(skipped) if report is not None else "—")
        self.skipped_label.setText(self.skipped_text(report))
        self.skipped_label.setVisible(bool(self.skipped_label.text()))
        self.problems.set_records(report.problems if report else [])
        self.unknown.set_records(report.unknown if report else [])
        self.changes.set_records(report.changed_rows if report else [])
        n_problems, n_unknown = len(self.problems.records), len(self.unknown.records)
        n_changed = report.changed if counted and report else 0
        self.tabs.setTabText(0, fill(self.tr("Problems (%1)"), str(n_problems)))
        self.tabs.setTabText(1, fill(self.tr("Reps not in the team (%1)"), str(n_unknown)))
        self.tabs.setTabText(2, fill(self.tr("Changed rows (%1)"), str(n_changed)))
        self.tabs.setTabVisible(0, n_problems > 0)
        self.tabs.setTabVisible(1, n_unknown > 0)
        self.tabs.setTabVisible(2, n_changed > 0)
        self.tabs.setVisible(bool(n_problems or n_unknown or n_changed))
        listed = len(self.changes.records)
        self.changes_note.setVisible(n_changed > listed)
        self.changes_note.setText(fill(self.tr("The first %1 of %2 changed rows are listed."), str(listed),
                                       str(n_changed)))
        if n_problems:
            self.tabs.setCurrentIndex(0)
        elif n_unknown and report is not None and report.needs_rep_decision:
            self.tabs.setCurrentIndex(1)
        for view in (self.problems_view, self.unknown_view, self.changes_view):
            view.resizeColumnsToContents()

    def skipped_text(self, report: ImportReport | None) -> str:
        if report is None:
            return ""
        parts: list[str] = []
        s = report.skipped
        if s.summary:
            parts.append(fill(self.tr("summary rows (合计/Total) %1"), rows_text(s.summary)))
        if s.blank:
            parts.append(fill(self.tr("%1 blank lines"), str(s.blank)))
        if s.no_figures:
            parts.append(fill(self.tr("rows without any figures %1"), rows_text(s.no_figures)))
        if report.skipped_unknown:
            parts.append(fill(self.tr("%1 rows of reps left out"), str(report.skipped_unknown)))
        return fill(self.tr("Skipped: %1."), "; ".join(parts)) if parts else ""
