"""1. File: choose the file and its encoding."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from coachdesk.core.tabular.files import EXCEL_SUFFIXES, FileProblem, detect_encoding
from coachdesk.gui.activity.import_models import encoding_label
from coachdesk.gui.activity.import_pages.common import _error_label, _retranslating
from coachdesk.gui.activity.import_wizard import ImportState, read_head
from coachdesk.gui.widgets.file_problems import file_problem_text
from coachdesk.gui.widgets.text import fill

FILE_FILTER_SUFFIXES = "*.csv *.txt *.tsv *.xlsx *.xlsm"
ENCODINGS = ("utf-8", "utf-8-sig", "gb18030")
_last_dir = ""  # the folder of the last file chosen in this session


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
                fill(self.tr("Detected (%1)"), encoding_label(detected)) if detected
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
            fill(self.tr("Activity exports (%1);;All files (*)"), FILE_FILTER_SUFFIXES))
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
            self.show_error(fill(self.tr("There is no file at %1."), str(path)))
            return False
        self.detect()
        state = self.state
        encoding = None if self._is_excel() else (self.encoding_combo.currentData() or state.detected)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            head = read_head(path, encoding)
        except FileProblem as exc:
            self.show_error(fill(self.tr("The file could not be read: %1."), file_problem_text(exc)))
            return False
        except OSError as exc:
            self.show_error(fill(self.tr("The file could not be opened: %1."), exc.strerror or str(exc)))
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
