"""Team → Enter Day's Figures… dialog: pick the day and reps, type the figures, save them as one import."""

from __future__ import annotations

import contextlib
import datetime as dt

from PySide6.QtCore import QDate, QEvent, QItemSelectionModel, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from coachdesk.core.activity.figures import Field
from coachdesk.core.activity.rows import Problem
from coachdesk.core.common.money import money_text
from coachdesk.core.common.validation import NotFoundError
from coachdesk.gui.activity.import_models import duration_text, field_label, problem_text
from coachdesk.gui.activity.manual_entry.cells import ERRORS_LISTED, FIGURE_COLUMNS, Col, Figures, column_label
from coachdesk.gui.activity.manual_entry.grid import DayGrid
from coachdesk.gui.activity.manual_entry.model import DayGridModel, GroupFilter
from coachdesk.gui.widgets.dates import from_qdate, to_qdate
from coachdesk.gui.widgets.messages import describe
from coachdesk.gui.widgets.text import fill
from coachdesk.store.activity.entries import RepOnDay, day_entries, reps_on_day
from coachdesk.store.activity.imports import ImportReport, save_day_entries
from coachdesk.store.database import Database
from coachdesk.store.roster import service as roster


class ManualEntryDialog(QDialog):
    saved = Signal(object)  # the ImportReport of the stored entry

    def __init__(self, db: Database, team_id: int, team_name: str, parent: QWidget | None = None,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("manualEntry")
        self.db, self.team_id, self.team_name = db, team_id, team_name
        self.today = today or dt.date.today()
        self.report: ImportReport | None = None
        self.date_label = QLabel()
        self.date_edit = QDateEdit(to_qdate(self.today))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setMaximumDate(to_qdate(self.today))
        self.date_label.setBuddy(self.date_edit)
        self.group_label = QLabel()
        self.group_combo = QComboBox()
        self.group_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.group_label.setBuddy(self.group_combo)
        self.hint = QLabel()
        self.hint.setObjectName("emptyHint")
        self.hint.setWordWrap(True)

        self.model = DayGridModel(self)
        self.proxy = GroupFilter(self)
        self.proxy.setSourceModel(self.model)
        self.grid = DayGrid()
        self.grid.setModel(self.proxy)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("emptyHint")
        self.totals_label = QLabel()
        self.totals_label.setObjectName("countLabel")
        self.status_label = QLabel()
        self.status_label.setObjectName("countLabel")
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setAutoDefault(False)  # Enter belongs to the grid (move down), not to Save
        self.save_button.setDefault(False)
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(self.date_label)
        top.addWidget(self.date_edit)
        top.addSpacing(16)
        top.addWidget(self.group_label)
        top.addWidget(self.group_combo)
        top.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.totals_label, 1)
        bottom.addWidget(self.status_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.hint)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(bottom)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self.model.edited.connect(self._update_status)
        self.proxy.modelReset.connect(self._update_status)
        self.proxy.layoutChanged.connect(self._update_status)
        self._shown_day = self.today
        self.date_edit.dateChanged.connect(self._date_changed)
        self.group_combo.currentIndexChanged.connect(self._group_changed)
        self._fill_groups()
        self.retranslate()
        self.load(self.today)
        self.resize(980, 620)

    # ---------------------------------------------------------------- texts
    def retranslate(self) -> None:
        self.setWindowTitle(fill(self.tr("Enter Day's Figures — %1"), self.team_name))
        self.date_label.setText(self.tr("&Day:"))
        self.group_label.setText(self.tr("&Reps:"))
        self.hint.setText(self.tr("Type a number to start; Enter moves down to the next rep, Tab moves right, Ctrl+V pastes a block copied from a spreadsheet. Talk time in minutes or h:mm:ss, revenue in yuan. Leave a row empty for a rep who did not work."))  # noqa: E501 - one literal for lupdate
        self.empty_label.setText(self.tr("Nobody in this selection was on the roster that day."))
        if self.group_combo.count():
            self.group_combo.setItemText(0, self.tr("All active reps"))
        self.model.retranslate()
        self._update_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ---------------------------------------------------------------- loading
    def day(self) -> dt.date:
        return from_qdate(self.date_edit.date())

    def _fill_groups(self) -> None:
        with self.db.session() as s:
            groups = roster.list_groups(s, self.team_id)
        self.group_combo.blockSignals(True)
        self.group_combo.clear()
        self.group_combo.addItem(self.tr("All active reps"), None)
        for group in groups:
            self.group_combo.addItem(group.name, group.id)
        self.group_combo.blockSignals(False)

    def load(self, day: dt.date) -> None:
        self._shown_day = day
        self.model.set_rows(reps_on_day(self.db, self.team_id, day), day_entries(self.db, self.team_id, day))
        self.error_label.hide()
        self.grid.resizeColumnsToContents()
        for column in FIGURE_COLUMNS:
            self.grid.setColumnWidth(column, max(self.grid.columnWidth(column), 96))
        self.focus_first()

    def focus_first(self) -> None:
        index = self.proxy.index(0, Col.CALLS)
        if index.isValid():
            self.grid.setCurrentIndex(index)
        self.grid.setFocus()

    def _date_changed(self, qdate: QDate) -> None:
        day = from_qdate(qdate)
        if day == self._shown_day:
            return
        if self.model.dirty and not self._confirm_discard():
            self.date_edit.blockSignals(True)
            self.date_edit.setDate(to_qdate(self._shown_day))
            self.date_edit.blockSignals(False)
            return
        self.load(day)

    def _group_changed(self) -> None:
        self.proxy.set_group(self.group_combo.currentData())
        self.focus_first()
        self._update_status()

    def _confirm_discard(self) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Discard Figures"),
            fill(self.tr("Discard the figures you typed for %1?"), self._shown_day.isoformat()),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard

    # ---------------------------------------------------------------- status
    def _update_status(self) -> None:
        visible = [self.model.rows[self.proxy.mapToSource(self.proxy.index(r, 0)).row()]
                   for r in range(self.proxy.rowCount())]
        self.empty_label.setVisible(not visible)
        self.grid.setVisible(bool(visible))
        totals = [0] * 5
        for row in visible:
            figures = row.figures()
            if figures is not None:
                totals = [a + b for a, b in zip(totals, figures[:5], strict=True)]
        self.totals_label.setText(
            fill(self.tr("Reps shown: %1 calls · %2 connected · %3 talk · %4 deals · %5 yuan"), str(totals[0]),
                 str(totals[1]), duration_text(totals[2]), str(totals[3]), money_text(totals[4])))
        changed = [row for row in self.model.rows if row.changed]
        shown = {id(row) for row in visible}
        hidden = sum(1 for row in changed if id(row) not in shown)
        if not changed:
            text = self.tr("No changes")
        elif hidden:
            text = fill(self.tr("%1 reps changed (%2 not shown)"), str(len(changed)), str(hidden))
        else:
            text = fill(self.tr("%1 reps changed"), str(len(changed)))
        self.status_label.setText(text)

    def rep_label(self, rep: RepOnDay) -> str:
        return f"{rep.name} ({rep.employee_id})"

    def show_errors(self, lines: list[str], total: int) -> None:
        more = total - len(lines)
        if more > 0:
            lines = [*lines, fill(self.tr("… and %1 more (the cells marked red)"), str(more))]
        self.error_label.setText("\n".join(lines))
        self.error_label.show()

    def select_cell(self, source_row: int, column: Col) -> None:
        index = self.proxy.mapFromSource(self.model.index(source_row, column))
        if not index.isValid():  # hidden by the group filter: show everyone
            self.group_combo.setCurrentIndex(0)
            index = self.proxy.mapFromSource(self.model.index(source_row, column))
        self.grid.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.grid.scrollTo(index)
        self.grid.setFocus()

    # ---------------------------------------------------------------- saving
    def save(self) -> None:
        self.grid.commit_open_editor()
        self.error_label.hide()
        invalid = self.model.invalid_cells()
        if invalid:
            lines = [fill(self.tr("%1, %2: %3"), self.rep_label(self.model.rows[r].rep), column_label(column), message)
                     for r, column, message in invalid[:ERRORS_LISTED]]
            self.show_errors([self.tr("Nothing was saved. Correct the cells marked red:"), *lines],
                             len(invalid) + 1)
            self.select_cell(invalid[0][0], invalid[0][1])
            return
        entries = self.model.entries()
        if not entries:
            self.show_errors([self.tr("Nothing to save: no figures were typed or changed.")], 1)
            return
        day = self.day()
        try:
            report = save_day_entries(self.db, self.team_id, day, entries, today=self.today)
        except NotFoundError as exc:
            self.show_errors([describe(exc.as_field_error())], 1)
            return
        if report.problems:
            self.show_errors([self.tr("Nothing was saved:"),
                              *[self._problem_line(p, entries) for p in report.problems[:ERRORS_LISTED]]],
                             len(report.problems) + 1)
            return
        self.report = report
        self.saved.emit(report)
        super().accept()

    def _problem_line(self, problem: Problem, entries: list[tuple[int, Figures]]) -> str:
        column = problem.column
        with contextlib.suppress(ValueError):  # "figures", "member": not a field of the file
            column = field_label(Field(column))
        if 1 <= problem.row <= len(entries):
            member_id = entries[problem.row - 1][0]
            rep = next((r.rep for r in self.model.rows if r.rep.member_id == member_id), None)
            who = self.rep_label(rep) if rep else str(member_id)
            return fill(self.tr("%1, %2: %3"), who, column, problem_text(problem))
        return fill(self.tr("%1: %2"), column, problem_text(problem))

    def accept(self) -> None:  # Enter never closes the dialog; Save does
        self.save()

    def reject(self) -> None:
        self.grid.commit_open_editor()
        if self.model.dirty and not self._confirm_discard():
            return
        super().reject()
