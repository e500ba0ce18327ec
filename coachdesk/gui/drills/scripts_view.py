"""The Scripts view: the team's scripts, the chosen script's versions (number, date, note, the current one marked),
the chosen version's sections, and the difference between any two versions (script_diff.py). The edits — New
Script…, Rename…, Delete, New Version…, Make Current — are asked of the tab (signals) and are undoable."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coachdesk.core.drills.scripts import Script, ScriptVersion, diff_versions
from coachdesk.gui.competitions.column_model import RIGHT, Column, ColumnModel, selected_row, table_view
from coachdesk.gui.drills.script_diff import diff_html, version_html
from coachdesk.gui.widgets.text import fill


class VersionModel(ColumnModel[ScriptVersion]):
    def __init__(self, parent: QWidget | None = None) -> None:
        self.current: int | None = None
        super().__init__(parent)

    def make_columns(self) -> list[Column[ScriptVersion]]:
        return [
            Column(lambda: self.tr("Version"), lambda v: f"v{v.number}", lambda v: v.number, RIGHT,
                   bold=lambda v: v.number == self.current),
            Column(lambda: self.tr("Date"), lambda v: v.created_on.isoformat()),
            Column(lambda: self.tr("Current"), lambda v: "✓" if v.number == self.current else "",
                   align=Qt.AlignmentFlag.AlignCenter),
            Column(lambda: self.tr("Note"), lambda v: v.note),
        ]


class ScriptsPanel(QWidget):
    versionChosen = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scripts: list[Script] = []
        self.new_script_action, self.rename_action, self.delete_action = QAction(self), QAction(self), QAction(self)
        self.new_version_action, self.current_action = QAction(self), QAction(self)
        self.script_list = QListWidget()
        self.script_list.setObjectName("scriptList")
        self.script_list.currentRowChanged.connect(lambda _r: self._script_picked())
        script_buttons = QHBoxLayout()
        for action in (self.new_script_action, self.rename_action, self.delete_action):
            button = QToolButton()
            button.setDefaultAction(action)
            script_buttons.addWidget(button)
        script_buttons.addStretch(1)
        self.scripts_title = QLabel()
        self.scripts_title.setStyleSheet("font-weight: 600;")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.scripts_title)
        left_layout.addLayout(script_buttons)
        left_layout.addWidget(self.script_list, 1)
        self.version_model = VersionModel(self)
        self.versions, self.version_proxy = table_view(self.version_model, "versionTable", self, stretch=(3,))
        self.versions.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.versions.selectionModel().currentRowChanged.connect(lambda *_: self._version_picked())
        version_buttons = QHBoxLayout()
        for action in (self.new_version_action, self.current_action):
            button = QToolButton()
            button.setDefaultAction(action)
            version_buttons.addWidget(button)
        version_buttons.addStretch(1)
        self.versions_title = QLabel()
        self.versions_title.setStyleSheet("font-weight: 600;")
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addWidget(self.versions_title)
        middle_layout.addLayout(version_buttons)
        middle_layout.addWidget(self.versions, 1)
        self.text = QTextBrowser()
        self.text.setObjectName("versionText")
        self.old, self.new = QComboBox(), QComboBox()
        self.old.setObjectName("diffOld")
        self.new.setObjectName("diffNew")
        self.old_label, self.new_label = QLabel(), QLabel()
        self.old_label.setBuddy(self.old)
        self.new_label.setBuddy(self.new)
        for combo in (self.old, self.new):
            combo.currentIndexChanged.connect(lambda _i: self.show_diff())
        pick = QHBoxLayout()
        pick.addWidget(self.old_label)
        pick.addWidget(self.old)
        pick.addWidget(self.new_label)
        pick.addWidget(self.new)
        pick.addStretch(1)
        self.diff = QTextBrowser()
        self.diff.setObjectName("versionDiff")
        diff_page = QWidget()
        diff_layout = QVBoxLayout(diff_page)
        diff_layout.addLayout(pick)
        diff_layout.addWidget(self.diff, 1)
        self.pages = QTabWidget()
        self.pages.addTab(self.text, "")
        self.pages.addTab(diff_page, "")
        left_split = QSplitter(Qt.Orientation.Vertical)
        left_split.addWidget(left)
        left_split.addWidget(middle)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left_split)
        self.splitter.addWidget(self.pages)
        self.splitter.setSizes([460, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self.retranslate()

    # ---------------------------------------------------------------- data
    def show_scripts(self, scripts: list[Script], wanted: int | None = None) -> None:
        shown = self.current_script()
        chosen = wanted if wanted is not None else (shown.id if shown is not None else None)
        self.scripts = list(scripts)
        blocked = self.script_list.blockSignals(True)
        self.script_list.clear()
        for script in scripts:
            item = QListWidgetItem(script.name + (f" · {script.product}" if script.product else ""))
            item.setData(Qt.ItemDataRole.UserRole, script.id)
            self.script_list.addItem(item)
        row = next((i for i, s in enumerate(scripts) if s.id == chosen), 0 if scripts else -1)
        self.script_list.setCurrentRow(row)
        self.script_list.blockSignals(blocked)
        self._script_picked()

    def current_script(self) -> Script | None:
        row = self.script_list.currentRow()
        return self.scripts[row] if 0 <= row < len(self.scripts) else None

    def current_version(self) -> ScriptVersion | None:
        return selected_row(self.versions, self.version_proxy, self.version_model)

    def _script_picked(self) -> None:
        script = self.current_script()
        self.version_model.current = script.current if script else None
        self.version_model.set_rows(script.versions if script else ())
        for combo in (self.old, self.new):
            combo.blockSignals(True)
            combo.clear()
            for version in (script.versions if script else ()):
                combo.addItem(f"v{version.number} · {version.created_on.isoformat()}", version.number)
        if script and script.versions:
            current = script.current or script.versions[-1].number
            self.new.setCurrentIndex(self.new.findData(current))
            before = [v.number for v in script.versions if v.number < current]
            self.old.setCurrentIndex(self.old.findData(before[-1] if before else current))
            row = next(i for i, v in enumerate(script.versions) if v.number == current)
            self.versions.selectRow(self.version_proxy.mapFromSource(self.version_model.index(row, 0)).row())
        for combo in (self.old, self.new):
            combo.blockSignals(False)
        self._version_picked()
        self.show_diff()

    def _version_picked(self) -> None:
        self.text.setHtml(version_html(self.current_version(), self.tr("No version chosen.")))
        self.update_actions()
        self.versionChosen.emit()

    def choose_diff(self, old: int, new: int) -> None:
        self.old.setCurrentIndex(self.old.findData(old))
        self.new.setCurrentIndex(self.new.findData(new))
        self.pages.setCurrentIndex(1)
        self.show_diff()

    def show_diff(self) -> None:
        script = self.current_script()
        old, new = self.old.currentData(), self.new.currentData()
        if script is None or old is None or new is None:
            self.diff.setHtml(f"<p>{self.tr('Choose two versions to compare.')}</p>")
            return
        diffs = diff_versions(script.version(int(old)), script.version(int(new)))
        self.diff.setHtml(diff_html(diffs, self.tr("unchanged"), self.tr("Both versions are empty.")))

    def update_actions(self) -> None:
        script, version = self.current_script(), self.current_version()
        self.rename_action.setEnabled(script is not None)
        self.delete_action.setEnabled(script is not None)
        self.new_version_action.setEnabled(script is not None)
        self.current_action.setEnabled(script is not None and version is not None
                                       and version.number != script.current)

    # ---------------------------------------------------------------- text
    def retranslate(self) -> None:
        self.scripts_title.setText(self.tr("Scripts"))
        script = self.current_script()
        self.versions_title.setText(fill(self.tr("Versions of %1"), script.name) if script else self.tr("Versions"))
        self.new_script_action.setText(self.tr("&New Script…"))
        self.rename_action.setText(self.tr("Re&name…"))
        self.delete_action.setText(self.tr("&Delete"))
        self.delete_action.setToolTip(self.tr("Delete the script with its versions (Ctrl+Z undoes it)"))
        self.new_version_action.setText(self.tr("New &Version…"))
        self.current_action.setText(self.tr("Make &Current"))
        self.current_action.setToolTip(self.tr("Make the chosen version the team's unified version"))
        self.pages.setTabText(0, self.tr("Version text"))
        self.pages.setTabText(1, self.tr("Compare versions"))
        self.old_label.setText(self.tr("&From:"))
        self.new_label.setText(self.tr("&To:"))
        self.version_model.retranslate()
        self.text.setHtml(version_html(self.current_version(), self.tr("No version chosen.")))
        self.show_diff()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
