"""2. Columns: say which column of the file holds each field."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWizardPage,
)

from coachdesk.core.activity.columns import TALK_UNITS, ColumnMapping, map_column, recognise
from coachdesk.core.activity.figures import REQUIRED_FIGURES, Field
from coachdesk.gui.activity.import_models import field_label, unit_label
from coachdesk.gui.activity.import_pages.common import _retranslating, _table
from coachdesk.gui.activity.import_pages.preview_model import PreviewModel
from coachdesk.gui.activity.import_wizard import ImportState
from coachdesk.gui.widgets.text import fill

CHOOSE, ABSENT = -2, -1  # combo data besides a header's index


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
            fill(self.tr("First %1 rows of %2 (row numbers as in the file):"), str(len(head.rows)),
                 self.state.path.name if self.state.path else ""))
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
        used: dict[int, Field] = {}
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
            problems.append(fill(self.tr("Choose a column for: %1."), ", ".join(missing)))
        if self.combos[Field.EMPLOYEE_ID].currentData() == ABSENT and self.combos[Field.NAME].currentData() == ABSENT:
            problems.append(self.tr("Choose the column with the employee ID or the one with the name."))
        by_column: dict[int, list[Field]] = {}
        for f, combo in self.combos.items():
            data = combo.currentData()
            if isinstance(data, int) and data >= 0:
                by_column.setdefault(data, []).append(f)
        for column, fields in by_column.items():
            if len(fields) > 1:
                problems.append(fill(self.tr("“%1” is chosen for more than one field (%2)."),
                                     self.state.headers[column], ", ".join(field_label(f) for f in fields)))
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
