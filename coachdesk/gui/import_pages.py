"""The four pages of the import wizard (see import_wizard.py for the flow)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QDragEnterEvent, QDropEvent, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from coachdesk.core.activity import REQUIRED_FIGURES, Field
from coachdesk.core.activity_columns import TALK_UNITS, ColumnMapping, is_summary_label, map_column, recognise
from coachdesk.core.activity_files import EXCEL_SUFFIXES, FileProblem, detect_encoding
from coachdesk.gui.import_models import (
    RecordsModel,
    changed_rows_model,
    compact_rows,
    counts_text,
    encoding_label,
    field_label,
    problems_model,
    rows_text,
    unit_label,
    unknown_reps_model,
)
from coachdesk.gui.import_wizard import (
    CHECK_PAGE,
    CREATE,
    LEAVE_OUT,
    HeadersChanged,
    ImportState,
    error_text,
    read_head,
)
from coachdesk.gui.task_panel import TaskPanel
from coachdesk.store.activity_import import ImportReport, run_import

Index = QModelIndex | QPersistentModelIndex
FILE_FILTER_SUFFIXES = "*.csv *.txt *.tsv *.xlsx *.xlsm"
ENCODINGS = ("utf-8", "utf-8-sig", "gb18030")
CHOOSE, ABSENT = -2, -1  # combo data besides a header's index
_last_dir = ""  # the folder of the last file chosen in this session


def _table(view: QTableView) -> QTableView:
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    compact_rows(view)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    return view


def _error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("errorLabel")
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def _retranslating(widget: QWidget, event: QEvent) -> None:
    if event.type() == QEvent.Type.LanguageChange:
        widget.retranslate()  # type: ignore[attr-defined]


# =================================================================== 1. File


class FilePage(QWizardPage):
    def __init__(self, state: ImportState, start_dir: str = "") -> None:
        super().__init__()
        self.state = state
        self.start_dir = start_dir
        self.setAcceptDrops(True)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.path_label = QLabel()
        self.path_edit = QLineEdit()
        self.path_edit.setClearButtonEnabled(True)
        self.path_label.setBuddy(self.path_edit)
        self.browse_button = QPushButton()
        self.browse_button.clicked.connect(self.browse)
        self.team_label = QLabel()
        self.team_value = QLabel(state.team_name)
        self.team_value.setObjectName("importTeam")
        self.encoding_label = QLabel()
        self.encoding_combo = QComboBox()
        self.encoding_label.setBuddy(self.encoding_combo)
        self.encoding_hint = QLabel()
        self.encoding_hint.setObjectName("emptyHint")
        self.encoding_hint.setWordWrap(True)
        self.error_label = _error_label()

        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.path_label, path_row)
        form.addRow(self.team_label, self.team_value)
        form.addRow(self.encoding_label, self.encoding_combo)
        form.addRow("", self.encoding_hint)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addStretch(1)

        self._detect_timer = QTimer(self)
        self._detect_timer.setSingleShot(True)
        self._detect_timer.setInterval(300)
        self._detect_timer.timeout.connect(self.detect)
        self._detected_for: tuple[str, float] | None = None
        self.path_edit.textChanged.connect(self._path_edited)
        self.encoding_combo.currentIndexChanged.connect(self._encoding_chosen)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Choose the File"))
        self.setSubTitle(self.tr("Activity figures exported from the call system or CRM, one row per rep and day."))
        self.intro.setText(self.tr(
            "The file needs a header row and, on every row, a date, the rep's employee ID or name and the day's figures: calls, connected calls, talk time, deals and revenue (intent customers are optional). CSV files and Excel workbooks (.xlsx) are read; you can also drop a file here."))  # noqa: E501 - one literal for lupdate
        self.path_label.setText(self.tr("&File:"))
        self.path_edit.setPlaceholderText(self.tr("Path of a .csv or .xlsx file"))
        self.browse_button.setText(self.tr("Bro&wse…"))
        self.team_label.setText(self.tr("Import into:"))
        self.encoding_label.setText(self.tr("&Encoding:"))
        self._fill_encodings()

    def changeEvent(self, event: QEvent) -> None:
        _retranslating(self, event)
        super().changeEvent(event)

    # ---------------------------------------------------------------- encoding
    def path(self) -> Path | None:
        text = self.path_edit.text().strip().strip('"')
        return Path(text).expanduser() if text else None

    def _is_excel(self) -> bool:
        path = self.path()
        return path is not None and path.suffix.lower() in EXCEL_SUFFIXES

    def _fill_encodings(self) -> None:
        current = self.state.encoding_choice  # the user's choice survives a detour through an .xlsx path
        self.encoding_combo.blockSignals(True)
        self.encoding_combo.clear()
        if self._is_excel():
            self.encoding_combo.addItem(encoding_label(None), None)
            self.encoding_combo.setEnabled(False)
            self.encoding_hint.setText(self.tr("Excel workbooks store their text encoding themselves."))
        else:
            detected = self.state.detected
            self.encoding_combo.addItem(
                self.tr("Detected (%1)").replace("%1", encoding_label(detected)) if detected
                else self.tr("Detect from the file"), None)
            for name in ENCODINGS:
                self.encoding_combo.addItem(encoding_label(name), name)
            self.encoding_combo.setEnabled(True)
            self.encoding_hint.setText(self.tr(
                "Chinese exports from Excel or older systems are usually GB18030 (GBK); choose another encoding if names in the preview look garbled."))  # noqa: E501 - one literal for lupdate
            index = self.encoding_combo.findData(current) if current else 0
            self.encoding_combo.setCurrentIndex(max(index, 0))
        self.encoding_combo.blockSignals(False)

    def _path_edited(self) -> None:
        self.error_label.hide()
        self._detect_timer.start()
        self.completeChanged.emit()

    def _encoding_chosen(self) -> None:
        self.state.encoding_choice = self.encoding_combo.currentData()
        self.error_label.hide()

    def detect(self) -> None:
        """Detect the encoding of the file named in the path box (a 1 MB sample; once per file version)."""
        self._detect_timer.stop()
        path = self.path()
        detected: str | None = None
        if path is not None and path.is_file() and not self._is_excel():
            try:
                key = (str(path), path.stat().st_mtime)
                if key == self._detected_for:
                    return
                detected = detect_encoding(path)
                self._detected_for = key
            except OSError:
                detected = None
        else:
            self._detected_for = None
        self.state.detected = detected
        self._fill_encodings()

    def browse(self) -> None:
        global _last_dir
        path = self.path()
        start = str(path.parent) if path and path.parent.is_dir() else (_last_dir or self.start_dir or str(Path.home()))
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose an Activity Export"), start,
            self.tr("Activity exports (%1);;All files (*)").replace("%1", FILE_FILTER_SUFFIXES))
        if chosen:
            _last_dir = str(Path(chosen).parent)
            self.path_edit.setText(chosen)
            self.detect()

    # ---------------------------------------------------------------- drag and drop
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if len(urls) == 1 and urls[0].isLocalFile():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile():
            self.path_edit.setText(urls[0].toLocalFile())
            self.detect()
            event.acceptProposedAction()

    # ---------------------------------------------------------------- wizard hooks
    def isComplete(self) -> bool:
        return self.path() is not None

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def validatePage(self) -> bool:
        path = self.path()
        if path is None:
            return False
        if not path.is_file():
            self.show_error(self.tr("There is no file at %1.").replace("%1", str(path)))
            return False
        self.detect()
        state = self.state
        encoding = None if self._is_excel() else (self.encoding_combo.currentData() or state.detected)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            head = read_head(path, encoding)
        except FileProblem as exc:
            self.show_error(self.tr("The file could not be read: %1.").replace("%1", str(exc)))
            return False
        except OSError as exc:
            self.show_error(self.tr("The file could not be opened: %1.").replace("%1", exc.strerror or str(exc)))
            return False
        finally:
            QApplication.restoreOverrideCursor()
        self.error_label.hide()
        if path != state.path:
            state.rep_decision = None  # decided for the reps of another file
        state.path = path
        if not self._is_excel():
            state.encoding_choice = self.encoding_combo.currentData()
        state.head = head
        return True


# =================================================================== 2. Columns


class PreviewModel(RecordsModel):
    """The first rows of the file as the file has them; the header says which field each column feeds."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__([], parent)
        self.headers: list[str] = []
        self.rows: list[tuple[int, list[object]]] = []
        self.used: dict[int, Field] = {}

    def set_file(self, headers: list[str], rows: list[tuple[int, list[object]]]) -> None:
        self.beginResetModel()
        self.headers, self.rows = list(headers), list(rows)
        width = max([len(headers)] + [len(cells) for _n, cells in rows])
        self.headers += [""] * (width - len(self.headers))
        self.endResetModel()

    def set_used(self, used: dict[int, Field]) -> None:
        self.used = dict(used)
        if self.headers:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.headers) - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.headers) - 1))

    def retranslate(self) -> None:
        self.set_used(self.used)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Vertical:
                return str(self.rows[section][0]) if section < len(self.rows) else None
            f = self.used.get(section)
            target = ("→ " + field_label(f)) if f else self.tr("(not used)")
            return f"{self.headers[section]}\n{target}"
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            f = self.used.get(section)
            return (self.tr("Read as: %1").replace("%1", field_label(f)) if f
                    else self.tr("This column is not imported."))
        return None

    def skip_reason(self, row: int) -> str:
        """Why the import will skip this row ("" when it will not): what the engine's row checker does."""
        cells = self.rows[row][1]
        if all(c is None or (isinstance(c, str) and not c.strip()) for c in cells):
            return self.tr("Skipped: blank line")
        labels = [i for i, f in self.used.items() if f in (Field.DATE, Field.EMPLOYEE_ID, Field.NAME)]
        if any(is_summary_label(cells[i]) for i in [0, *labels] if i < len(cells) and cells[i] is not None):
            return self.tr("Skipped: a total row")
        return ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        cells = self.rows[index.row()][1]
        value = cells[index.column()] if index.column() < len(cells) else None
        if role == Qt.ItemDataRole.DisplayRole:
            if value is None:
                return ""
            if isinstance(value, dt.datetime | dt.date):
                return value.isoformat()
            if isinstance(value, float) and value.is_integer():
                return str(int(value))
            return str(value)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.skip_reason(index.row()) or None
        if role == Qt.ItemDataRole.FontRole and self.skip_reason(index.row()):
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and (index.column() not in self.used
                                                      or self.skip_reason(index.row())):
            return QBrush(QColor("#9ca3af"))
        if role == Qt.ItemDataRole.BackgroundRole and index.column() in self.used:
            return QBrush(QColor("#eff6ff"))
        return None


class ColumnsPage(QWizardPage):
    def __init__(self, state: ImportState) -> None:
        super().__init__()
        self.state = state
        self._loaded_key: tuple[object, ...] | None = None
        self._stale = False
        self.preview_label = QLabel()
        self.preview_model = PreviewModel(self)
        self.preview = _table(QTableView())
        self.preview.setObjectName("previewTable")
        self.preview.setModel(self.preview_model)
        self.preview.verticalHeader().show()
        self.preview.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.preview.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.preview.setMinimumHeight(180)

        self.combos: dict[Field, QComboBox] = {}
        self.field_labels: dict[Field, QLabel] = {}
        for f in Field:
            combo = QComboBox()
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(14)
            combo.activated.connect(lambda _i, f=f: self._chosen_by_user(f))
            combo.currentIndexChanged.connect(lambda _i: self._changed())
            label = QLabel()
            label.setBuddy(combo)
            self.combos[f], self.field_labels[f] = combo, label
        self.unit_label = QLabel()
        self.unit_combo = QComboBox()
        self.unit_label.setBuddy(self.unit_combo)
        self.unit_combo.activated.connect(self._unit_chosen)
        self.unit_hint = QLabel()
        self.unit_hint.setObjectName("emptyHint")
        self.unit_hint.setWordWrap(True)

        self.who_box = QGroupBox()
        who = QFormLayout(self.who_box)
        for f in (Field.DATE, Field.EMPLOYEE_ID, Field.NAME):
            who.addRow(self.field_labels[f], self.combos[f])
        self.who_hint = QLabel()
        self.who_hint.setObjectName("emptyHint")
        self.who_hint.setWordWrap(True)
        who.addRow(self.who_hint)
        self.figures_box = QGroupBox()
        figures = QFormLayout(self.figures_box)
        for f in (Field.CALLS, Field.CONNECTED, Field.TALK_TIME):
            figures.addRow(self.field_labels[f], self.combos[f])
        unit_row = QHBoxLayout()
        unit_row.addWidget(self.unit_combo)
        unit_row.addWidget(self.unit_hint, 1)
        figures.addRow(self.unit_label, unit_row)
        for f in (Field.DEALS, Field.REVENUE, Field.INTENT):
            figures.addRow(self.field_labels[f], self.combos[f])
        boxes = QHBoxLayout()
        boxes.addWidget(self.who_box, 2)
        boxes.addWidget(self.figures_box, 3)

        self.status_label = QLabel()
        self.status_label.setObjectName("mappingStatus")
        self.status_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview_label)
        layout.addWidget(self.preview, 1)
        layout.addLayout(boxes)
        layout.addWidget(self.status_label)
        self.retranslate()

    # ---------------------------------------------------------------- texts
    def retranslate(self) -> None:
        self.setTitle(self.tr("Match the Columns"))
        self.setSubTitle(self.tr("Say which column of the file holds each figure. Columns that were recognised are already chosen."))  # noqa: E501 - one literal for lupdate
        self.who_box.setTitle(self.tr("Who and when"))
        self.figures_box.setTitle(self.tr("Figures"))
        self.who_hint.setText(self.tr("An employee ID column is best; names are used when there is none."))
        for f, label in self.field_labels.items():
            label.setText(field_label(f) + ":")
        self.unit_label.setText(self.tr("Talk time &unit:"))
        self.unit_hint.setText(self.tr("for plain numbers; values like 1:02:03 are read as h:mm:ss"))
        unit = self.unit_combo.currentData() or self.state.talk_unit
        self.unit_combo.blockSignals(True)
        self.unit_combo.clear()
        for name in TALK_UNITS:
            self.unit_combo.addItem(unit_label(name), name)
        self.unit_combo.setCurrentIndex(max(0, self.unit_combo.findData(unit)))
        self.unit_combo.blockSignals(False)
        if self.state.head is not None:
            self._fill_combos(keep_current=True)
        self.preview_model.retranslate()
        self._update_status()

    def changeEvent(self, event: QEvent) -> None:
        _retranslating(self, event)
        super().changeEvent(event)

    # ---------------------------------------------------------------- loading
    def _file_key(self) -> tuple[object, ...]:
        return (self.state.path, self.state.encoding, tuple(self.state.headers))

    def initializePage(self) -> None:
        if self._file_key() != self._loaded_key or self._stale:
            self.load()

    def mark_stale(self) -> None:
        self._stale = True

    def reload_if_stale(self) -> None:
        if self._stale:
            self.load()

    def load(self) -> None:
        """Show the file's first rows and choose a column per field: the user's earlier choice when that column
        still exists, else what recognise() found."""
        self._stale = False
        head = self.state.head
        assert head is not None
        self._loaded_key = self._file_key()
        self.preview_model.set_file(head.headers, head.rows)
        self.preview_label.setText(
            self.tr("First %1 rows of %2 (row numbers as in the file):").replace("%1", str(len(head.rows)))
            .replace("%2", self.state.path.name if self.state.path else ""))
        self._fill_combos(keep_current=False)
        self.preview.resizeColumnsToContents()
        for column in range(self.preview_model.columnCount()):
            self.preview.setColumnWidth(column, min(max(self.preview.columnWidth(column), 80), 240))

    def _fill_combos(self, keep_current: bool) -> None:
        state = self.state
        headers = state.headers
        recognised = recognise(headers)
        for f, combo in self.combos.items():
            wanted = combo.currentData() if keep_current else self._initial(f, recognised, headers)
            combo.blockSignals(True)
            combo.clear()
            if f == Field.DATE or f in REQUIRED_FIGURES:
                combo.addItem(self.tr("Choose a column…"), CHOOSE)
            if f in (Field.DATE,):
                pass
            elif f in REQUIRED_FIGURES:
                combo.addItem(self.tr("(not in this file — counts as 0)"), ABSENT)
            else:
                combo.addItem(self.tr("(not in this file)"), ABSENT)
            for index, header in enumerate(headers):
                if header.strip():
                    combo.addItem(header, index)
            combo.setCurrentIndex(max(0, combo.findData(wanted)))
            combo.blockSignals(False)
        if not keep_current:
            talk = self.choice(Field.TALK_TIME)
            kept = state.user_unit[1] if state.user_unit and talk and state.user_unit[0] == talk else None
            self._set_unit(kept or self._header_unit(talk))
        self._changed()

    def _initial(self, f: Field, recognised: ColumnMapping, headers: list[str]) -> int:
        user = self.state.user_choices
        if f in user:
            header = user[f]
            if header is None:
                return ABSENT
            if header in headers:
                return headers.index(header)
        column = recognised.columns.get(f)
        if column is not None and f not in recognised.unknown_units:
            return column.index
        if f == Field.DATE or f in REQUIRED_FIGURES:
            return CHOOSE
        return ABSENT

    # ---------------------------------------------------------------- choices
    def choice(self, f: Field) -> str | None:
        """The header chosen for ``f``; None for "not in this file" or no choice yet."""
        data = self.combos[f].currentData()
        return self.state.headers[data] if isinstance(data, int) and data >= 0 else None

    def _header_unit(self, header: str | None) -> str:
        if not header:
            return "seconds"
        scratch = ColumnMapping()
        map_column(scratch, Field.TALK_TIME, self.state.headers, header)
        return scratch.talk_unit()

    def _set_unit(self, unit: str) -> None:
        self.unit_combo.setCurrentIndex(max(0, self.unit_combo.findData(unit)))
        self.state.talk_unit = unit

    def _chosen_by_user(self, f: Field) -> None:
        self.state.user_choices[f] = self.choice(f)
        if f == Field.TALK_TIME:  # a new column: its own header says the unit (the user may change it again)
            self.state.user_unit = None
            self._set_unit(self._header_unit(self.choice(f)))
        self._changed()

    def _unit_chosen(self) -> None:
        self.state.talk_unit = self.unit_combo.currentData()
        talk = self.choice(Field.TALK_TIME)
        self.state.user_unit = (talk, self.state.talk_unit) if talk else None

    def _changed(self) -> None:
        used = {}
        for f, combo in self.combos.items():
            data = combo.currentData()
            if isinstance(data, int) and data >= 0:
                used.setdefault(data, f)
        self.preview_model.set_used(used)
        self.unit_combo.setEnabled(self.choice(Field.TALK_TIME) is not None)
        self._update_status()
        self.completeChanged.emit()

    def problems(self) -> list[str]:
        if self.state.head is None:
            return []
        problems: list[str] = []
        missing = [field_label(f) for f, combo in self.combos.items() if combo.currentData() == CHOOSE]
        if missing:
            problems.append(self.tr("Choose a column for: %1.").replace("%1", ", ".join(missing)))
        if self.combos[Field.EMPLOYEE_ID].currentData() == ABSENT and self.combos[Field.NAME].currentData() == ABSENT:
            problems.append(self.tr("Choose the column with the employee ID or the one with the name."))
        by_column: dict[int, list[Field]] = {}
        for f, combo in self.combos.items():
            data = combo.currentData()
            if isinstance(data, int) and data >= 0:
                by_column.setdefault(data, []).append(f)
        for column, fields in by_column.items():
            if len(fields) > 1:
                problems.append(self.tr("“%1” is chosen for more than one field (%2).")
                                .replace("%1", self.state.headers[column])
                                .replace("%2", ", ".join(field_label(f) for f in fields)))
        return problems

    def _update_status(self) -> None:
        problems = self.problems()
        if problems:
            self.status_label.setText("\n".join(problems))
            self.status_label.setProperty("state", "bad")
        else:
            self.status_label.setText(self.tr("Every needed column is chosen. Next checks the whole file; nothing is saved yet."))  # noqa: E501 - one literal for lupdate
            self.status_label.setProperty("state", "good")
        self.status_label.style().unpolish(self.status_label)
        self.status_label.style().polish(self.status_label)

    def isComplete(self) -> bool:
        return self.state.head is not None and not self.problems()

    def validatePage(self) -> bool:
        if not self.isComplete():
            return False
        self.state.choices = {f: self.choice(f) for f in Field}
        self.state.talk_unit = self.unit_combo.currentData() or "seconds"
        return True


# =================================================================== 3. Check


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
        self.tabs.setTabText(0, self.tr("Problems (%1)").replace("%1", str(n_problems)))
        self.tabs.setTabText(1, self.tr("Reps not in the team (%1)").replace("%1", str(n_unknown)))
        self.tabs.setTabText(2, self.tr("Changed rows (%1)").replace("%1", str(n_changed)))
        self.tabs.setTabVisible(0, n_problems > 0)
        self.tabs.setTabVisible(1, n_unknown > 0)
        self.tabs.setTabVisible(2, n_changed > 0)
        self.tabs.setVisible(bool(n_problems or n_unknown or n_changed))
        listed = len(self.changes.records)
        self.changes_note.setVisible(n_changed > listed)
        self.changes_note.setText(self.tr("The first %1 of %2 changed rows are listed.")
                                  .replace("%1", str(listed)).replace("%2", str(n_changed)))
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
            parts.append(self.tr("summary rows (合计/Total) %1").replace("%1", rows_text(s.summary)))
        if s.blank:
            parts.append(self.tr("%1 blank lines").replace("%1", str(s.blank)))
        if s.no_figures:
            parts.append(self.tr("rows without any figures %1").replace("%1", rows_text(s.no_figures)))
        if report.skipped_unknown:
            parts.append(self.tr("%1 rows of reps left out").replace("%1", str(report.skipped_unknown)))
        return self.tr("Skipped: %1.").replace("%1", "; ".join(parts)) if parts else ""


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
        self.create_radio.toggled.connect(lambda on: on and self._decide(CREATE))
        self.leave_out_radio.toggled.connect(lambda on: on and self._decide(LEAVE_OUT))
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
        self.panel.start(job, self.tr("Checking %1…").replace("%1", path.name),
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
                names += self.tr(" and %1 more").replace("%1", str(more))
            self.reps_text.setText(self.tr("%1 people in the file are not on the roster of %2: %3.")
                                   .replace("%1", str(len(unknown))).replace("%2", self.state.team_name)
                                   .replace("%3", names))
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
                                  self.tr("%1 problems found: the file cannot be imported yet.")
                                  .replace("%1", str(n)))
            self.headline.setProperty("state", "bad")
            self.explain.setText(self.tr(
                "Nothing is imported while the file has problems. Fix the rows listed below in the file (for example in Excel), save it, then click Check Again."))  # noqa: E501 - one literal for lupdate
        elif report.needs_rep_decision:
            self.headline.setText(self.tr("Choose what to do with the people who are not in the team."))
            self.headline.setProperty("state", "warn")
            self.explain.setText(self.tr("The figures are counted once you have chosen."))
        else:
            self.headline.setText(self.tr("Ready to import: %1.").replace(
                "%1", counts_text(report.new, report.changed, report.unchanged)))
            self.headline.setProperty("state", "good")
            created = len(report.created_members)
            self.explain.setText(
                (self.tr("%1 reps will be added to the team. ").replace("%1", str(created)) if created else "")
                + self.tr("Click Import to save. The whole import can be undone later in Team → Import History."))
        self.headline.style().unpolish(self.headline)
        self.headline.style().polish(self.headline)

    def isComplete(self) -> bool:
        report = self.state.check
        return (not self.panel.running and report is not None and report.ok and report.dry_run
                and self.state.check_key == self.state.key())

    def validatePage(self) -> bool:  # QWizard.next() does not look at isComplete()
        return self.isComplete()


# =================================================================== 4. Import


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
        self.panel.start(job, self.tr("Importing %1…").replace("%1", path.name), on_success=self._imported,
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
            self.headline.setText(self.tr("Imported: %1.").replace(
                "%1", counts_text(report.new, report.changed, report.unchanged)))
            self.headline.setProperty("state", "good")
            lines = [self.tr("Import %1 (%2) into %3.").replace("%1", str(report.import_id))
                     .replace("%2", report.file_name).replace("%3", self.state.team_name)]
            if report.created_members:
                lines.append(self.tr("Added to the team: %1.").replace("%1", ", ".join(report.created_members)))
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


__all__ = ["CHECK_PAGE", "CheckPage", "ColumnsPage", "FilePage", "ImportPage", "PreviewModel", "ReportView"]
