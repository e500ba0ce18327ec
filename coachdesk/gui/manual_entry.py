"""Team → Enter Day's Figures…: type one day's figures for the reps of a team (or one group) in a grid.

Spreadsheet keys: typing a number starts editing (and replaces the cell), Enter/Return commits and moves down
to the next rep, Tab moves right, Delete clears, Ctrl+C/Ctrl+V copy and paste blocks (e.g. a column from a
spreadsheet). The grid starts with what is stored for the day. Cells that cannot be read, or break a rule
(connected > calls, deals > connected), turn red with the reason as tooltip and block saving; what was typed
stays as typed. Save stores the changed rows through ``save_day_entries`` — one undoable import named
"manual entry YYYY-MM-DD".
"""

from __future__ import annotations

import contextlib
import datetime as dt
from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QKeyEvent, QKeySequence, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coachdesk.core.activity import DayFigures, Field, money_text
from coachdesk.core.activity_rows import Problem
from coachdesk.core.activity_values import parse_count, parse_duration, parse_money
from coachdesk.core.validation import NotFoundError
from coachdesk.gui.import_models import duration_text, field_label, problem_text
from coachdesk.gui.labels import from_qdate, to_qdate
from coachdesk.gui.messages import describe
from coachdesk.store import roster
from coachdesk.store.activity_entries import RepOnDay, day_entries, reps_on_day
from coachdesk.store.activity_import import ImportReport, save_day_entries
from coachdesk.store.database import Database

translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex
Figures = tuple[int, int, int, int, int, int | None]
MEMBER_ID_ROLE = Qt.ItemDataRole.UserRole + 2
INVALID_BG, INVALID_FG = QColor("#fee2e2"), QColor("#991b1b")
ERRORS_LISTED = 6


class Col(IntEnum):
    EMPLOYEE_ID = 0
    NAME = 1
    GROUP = 2
    CALLS = 3
    CONNECTED = 4
    TALK = 5
    DEALS = 6
    REVENUE = 7
    INTENT = 8


FIGURE_COLUMNS = (Col.CALLS, Col.CONNECTED, Col.TALK, Col.DEALS, Col.REVENUE, Col.INTENT)
FIELD_OF = {Col.CALLS: Field.CALLS, Col.CONNECTED: Field.CONNECTED, Col.TALK: Field.TALK_TIME,
            Col.DEALS: Field.DEALS, Col.REVENUE: Field.REVENUE, Col.INTENT: Field.INTENT}


def column_label(column: Col) -> str:
    if column == Col.EMPLOYEE_ID:
        return translate("ManualEntry", "Employee ID")
    if column == Col.NAME:
        return translate("ManualEntry", "Name")
    if column == Col.GROUP:
        return translate("ManualEntry", "Group")
    if column == Col.TALK:
        return translate("ManualEntry", "Talk time (min or h:mm:ss)")
    return field_label(FIELD_OF[column])


def figures_texts(figures: DayFigures | None) -> list[str]:
    if figures is None:
        return [""] * len(FIGURE_COLUMNS)
    return [str(figures.calls), str(figures.connected), duration_text(figures.talk_seconds), str(figures.deals),
            money_text(figures.revenue_cents), "" if figures.intent is None else str(figures.intent)]


def parse_cell(column: Col, text: str) -> int | None:
    """The cell's value (None for an empty cell); ValueError with the English reason when unreadable."""
    text = text.strip()
    if not text:
        return None
    if column == Col.TALK:
        return parse_duration(text, "minutes")
    if column == Col.REVENUE:
        return parse_money(text)
    return parse_count(text)


def canonical_text(column: Col, value: int) -> str:
    if column == Col.TALK:
        return duration_text(value)
    if column == Col.REVENUE:
        return money_text(value)
    return str(value)


@dataclass
class GridRow:
    rep: RepOnDay
    stored: DayFigures | None
    texts: list[str] = field(default_factory=list)  # as typed, one per figure column

    def __post_init__(self) -> None:
        if not self.texts:
            self.texts = figures_texts(self.stored)

    def text(self, column: Col) -> str:
        return self.texts[FIGURE_COLUMNS.index(column)]

    @property
    def blank(self) -> bool:
        return not any(t.strip() for t in self.texts)

    def errors(self) -> dict[Col, str]:
        """Translated reason per invalid cell."""
        errors: dict[Col, str] = {}
        values: dict[Col, int | None] = {}
        for column in FIGURE_COLUMNS:
            try:
                values[column] = parse_cell(column, self.text(column))
            except ValueError as exc:
                errors[column] = problem_text(Problem(0, "", self.text(column), str(exc)))
        if self.blank:
            if self.stored is not None:
                errors[Col.CALLS] = translate("ManualEntry", "the stored figures cannot be removed here; type 0 for a day without calls (or undo the import that stored them)")  # noqa: E501 - one literal for lupdate
            return errors
        calls, connected, deals = (values.get(c) or 0 for c in (Col.CALLS, Col.CONNECTED, Col.DEALS))
        if Col.CONNECTED not in errors and Col.CALLS not in errors and connected > calls:
            errors[Col.CONNECTED] = translate("ManualEntry", "connected (%1) is more than calls (%2)").replace(
                "%1", str(connected)).replace("%2", str(calls))
        if Col.DEALS not in errors and Col.CONNECTED not in errors and deals > connected:
            errors[Col.DEALS] = translate("ManualEntry", "deals (%1) are more than connected calls (%2)").replace(
                "%1", str(deals)).replace("%2", str(connected))
        return errors

    def figures(self) -> Figures | None:
        """The row's figures (empty cells count 0, an empty intent stays unknown); None when blank/invalid."""
        if self.blank or self.errors():
            return None
        values = [parse_cell(c, self.text(c)) for c in FIGURE_COLUMNS]
        calls, connected, talk, deals, revenue = (v or 0 for v in values[:5])
        return (calls, connected, talk, deals, revenue, values[5])

    @property
    def changed(self) -> bool:
        if self.blank:
            return False
        figures = self.figures()
        if figures is None:
            return True  # typed but invalid: unsaved work
        if self.stored is None:
            return True
        stored = self.stored.as_tuple()
        intent_same = figures[5] is None or figures[5] == stored[5]
        return figures[:5] != stored[:5] or not intent_same


class DayGridModel(QAbstractTableModel):
    edited = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[GridRow] = []

    def set_rows(self, reps: list[RepOnDay], stored: dict[int, DayFigures]) -> None:
        self.beginResetModel()
        self.rows = [GridRow(rep, stored.get(rep.member_id)) for rep in reps]
        self.endResetModel()
        self.edited.emit()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Col) - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(Col) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Col)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return column_label(Col(section))
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            if section == Col.TALK:
                return translate("ManualEntry", "A number is minutes (45, 12.5); 1:02:03 is hours:minutes:seconds")
            if section == Col.REVENUE:
                return translate("ManualEntry", "Yuan, up to two decimals")
            if section == Col.INTENT:
                return translate("ManualEntry", "Optional: leave empty if not counted")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and index.column() >= Col.CALLS:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = Col(index.column())
        if role == MEMBER_ID_ROLE:
            return row.rep.member_id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == Col.EMPLOYEE_ID:
                return row.rep.employee_id
            if column == Col.NAME:
                return row.rep.name
            if column == Col.GROUP:
                return row.rep.group_name or "—"
            return row.text(column)
        if column < Col.CALLS:
            if role == Qt.ItemDataRole.ForegroundRole and not row.rep.on_roster:
                return QBrush(QColor("#8a8f98"))
            if role == Qt.ItemDataRole.ToolTipRole and not row.rep.on_roster:
                return translate("ManualEntry", "Not on the roster that day; shown because figures are stored")
            return None
        error = row.errors().get(column) if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole,
                                                     Qt.ItemDataRole.ToolTipRole) else None
        if role == Qt.ItemDataRole.BackgroundRole and error:
            return QBrush(INVALID_BG)
        if role == Qt.ItemDataRole.ForegroundRole and error:
            return QBrush(INVALID_FG)
        if role == Qt.ItemDataRole.ToolTipRole:
            return error
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and row.changed:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or index.column() < Col.CALLS:
            return False
        column = Col(index.column())
        text = "" if value is None else str(value).strip()
        try:
            parsed = parse_cell(column, text)
        except ValueError:
            parsed = None  # keep what was typed; the cell shows why it is wrong
        else:
            if parsed is not None:
                text = canonical_text(column, parsed)  # show how it was understood: 45 → 0:45:00
        row = self.rows[index.row()]
        row.texts[FIGURE_COLUMNS.index(column)] = text
        # rules span the row (connected vs calls …) and the bold "changed" mark too: repaint the whole row
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), len(Col) - 1))
        self.edited.emit()
        return True

    # ---------------------------------------------------------------- what to save
    def invalid_cells(self) -> list[tuple[int, Col, str]]:
        return [(r, column, message) for r, row in enumerate(self.rows) for column, message in row.errors().items()]

    def entries(self) -> list[tuple[int, Figures]]:
        """(member id, figures) of every changed row (rows hidden by the group filter included)."""
        result = []
        for row in self.rows:
            figures = row.figures()
            if row.changed and figures is not None:
                result.append((row.rep.member_id, figures))
        return result

    @property
    def dirty(self) -> bool:
        return any(row.changed for row in self.rows)


class GroupFilter(QSortFilterProxyModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.group_id: int | None = None

    def set_group(self, group_id: int | None) -> None:
        self.beginFilterChange()
        self.group_id = group_id
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if self.group_id is None:
            return True
        model = self.sourceModel()
        assert isinstance(model, DayGridModel)
        return model.rows[source_row].rep.group_id == self.group_id


class EnterMovesDown(QStyledItemDelegate):
    """Return/Enter in the cell editor commits and asks the view to move down (Tab keeps Qt's move right)."""

    enterPressed = Signal()

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        super().paint(painter, option, index)
        if index.data(Qt.ItemDataRole.ToolTipRole) and index.column() >= Col.CALLS:  # invalid: red even when selected
            painter.save()
            painter.setPen(QPen(QColor("#dc2626"), 2))
            painter.drawRect(option.rect.adjusted(1, 1, -1, -1))
            painter.restore()

    def createEditor(self, parent: QWidget, option, index: Index) -> QWidget:
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return editor

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            self.enterPressed.emit()
            return True
        return super().eventFilter(editor, event)


class DayGrid(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dayGrid")
        self.delegate = EnterMovesDown(self)
        self.delegate.enterPressed.connect(self.move_down)
        self.setItemDelegate(self.delegate)
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed | QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        self.setTabKeyNavigation(True)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)

    def move_down(self) -> None:
        current = self.currentIndex()
        if not current.isValid():
            return
        below = current.siblingAtRow(current.row() + 1)
        if below.isValid():
            self.setCurrentIndex(below)
            self.scrollTo(below)

    def commit_open_editor(self) -> None:
        """Keep what is being typed when the dialog saves (Ctrl+S) while a cell is still being edited."""
        if self.state() == QAbstractItemView.State.EditingState:
            editor = self.indexWidget(self.currentIndex())
            if editor is not None:
                self.commitData(editor)
                self.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        current = self.currentIndex()
        if self.state() != QAbstractItemView.State.EditingState:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.move_down()
                return
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.clear_selection_cells()
                return
            if event.matches(QKeySequence.StandardKey.Paste):
                self.paste()
                return
            if event.matches(QKeySequence.StandardKey.Copy):
                self.copy()
                return
            text = event.text()
            if (current.isValid() and current.column() < Col.CALLS and text and text.isprintable()
                    and not event.modifiers() & Qt.KeyboardModifier.ControlModifier):
                target = current.siblingAtColumn(Col.CALLS)  # typing on a name starts with the first figure
                self.setCurrentIndex(target)
                self.edit(target, QAbstractItemView.EditTrigger.AnyKeyPressed, event)
                return
        super().keyPressEvent(event)

    def _editable(self, index: QModelIndex) -> bool:
        return index.isValid() and bool(index.flags() & Qt.ItemFlag.ItemIsEditable)

    def clear_selection_cells(self) -> None:
        for index in self.selectionModel().selectedIndexes() or [self.currentIndex()]:
            if self._editable(index) and index.data():
                self.model().setData(index, "")

    def copy(self) -> None:
        indexes = sorted(self.selectionModel().selectedIndexes(), key=lambda i: (i.row(), i.column()))
        if not indexes:
            return
        rows: dict[int, list[str]] = {}
        for index in indexes:
            rows.setdefault(index.row(), []).append(str(index.data() or ""))
        QGuiApplication.clipboard().setText("\n".join("\t".join(cells) for cells in rows.values()))

    def paste(self) -> None:
        """Paste a block of tab/line separated values (as spreadsheets copy them) from the current cell on."""
        start = self.currentIndex()
        text = QGuiApplication.clipboard().text()
        if not start.isValid() or not text:
            return
        lines = text.replace("\r\n", "\n").replace("\r", "\n").rstrip("\n").split("\n")
        model = self.model()
        for r, line in enumerate(lines):
            for c, value in enumerate(line.split("\t")):
                index = model.index(start.row() + r, start.column() + c)
                if self._editable(index):
                    model.setData(index, value)


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
        self.setWindowTitle(self.tr("Enter Day's Figures — %1").replace("%1", self.team_name))
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
            self.tr("Discard the figures you typed for %1?").replace("%1", self._shown_day.isoformat()),
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
            self.tr("Reps shown: %1 calls · %2 connected · %3 talk · %4 deals · %5 yuan")
            .replace("%1", str(totals[0])).replace("%2", str(totals[1])).replace("%3", duration_text(totals[2]))
            .replace("%4", str(totals[3])).replace("%5", money_text(totals[4])))
        changed = [row for row in self.model.rows if row.changed]
        shown = {id(row) for row in visible}
        hidden = sum(1 for row in changed if id(row) not in shown)
        if not changed:
            text = self.tr("No changes")
        elif hidden:
            text = (self.tr("%1 reps changed (%2 not shown)").replace("%1", str(len(changed)))
                    .replace("%2", str(hidden)))
        else:
            text = self.tr("%1 reps changed").replace("%1", str(len(changed)))
        self.status_label.setText(text)

    def rep_label(self, rep: RepOnDay) -> str:
        return f"{rep.name} ({rep.employee_id})"

    def show_errors(self, lines: list[str], total: int) -> None:
        more = total - len(lines)
        if more > 0:
            lines = [*lines, self.tr("… and %1 more (the cells marked red)").replace("%1", str(more))]
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
            lines = [self.tr("%1, %2: %3").replace("%1", self.rep_label(self.model.rows[r].rep))
                     .replace("%2", column_label(column)).replace("%3", message)
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
            return self.tr("%1, %2: %3").replace("%1", who).replace("%2", column).replace("%3", problem_text(problem))
        return self.tr("%1: %2").replace("%1", column).replace("%2", problem_text(problem))

    def accept(self) -> None:  # Enter never closes the dialog; Save does
        self.save()

    def reject(self) -> None:
        self.grid.commit_open_editor()
        if self.model.dirty and not self._confirm_discard():
            return
        super().reject()
