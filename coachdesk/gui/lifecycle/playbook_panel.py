"""The playbook browser: per stage, the practices in use (defaults with the managers' edits laid over them),
filterable, with a detail pane; edit, write own practices, restore defaults — all undoable. Playbook edits are
shared by every team, so the panel follows every team's changes."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabBar,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from coachdesk.core.common.local_text import pick
from coachdesk.core.lifecycle.playbook import Cadence, OwnerRole, Playbook, Practice
from coachdesk.core.lifecycle.stages import STAGES, Stage
from coachdesk.gui.lifecycle import playbook_edits
from coachdesk.gui.lifecycle.context import LifecycleContext, content_language
from coachdesk.gui.lifecycle.lifecycle_labels import stage_label
from coachdesk.gui.lifecycle.panel_widgets import compact_rows
from coachdesk.gui.lifecycle.playbook_model import PracticeFilter, PracticesModel, practice_html
from coachdesk.gui.lifecycle.practice_dialog import PracticeDialog
from coachdesk.gui.widgets.roles import ItemRole
from coachdesk.gui.widgets.text import fill
from coachdesk.store.lifecycle import playbooks


class PlaybookPanel(QWidget):
    def __init__(self, context: LifecycleContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("playbookPanel")
        self.context = context
        self.team_id: int | None = None
        self.playbook = Playbook(())
        self.edited: set[str] = set()
        self.dialog: PracticeDialog | None = None
        self.stage_tabs = QTabBar()
        self.stage_tabs.setObjectName("playbookStages")
        self.stage_tabs.setExpanding(False)
        for _stage in STAGES:
            self.stage_tabs.addTab("")
        self.stage_tabs.currentChanged.connect(lambda _i: self._show_stage())
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("playbookFilter")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._filter_changed)
        self.model = PracticesModel(self)
        self.proxy = PracticeFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("playbookPractices")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        compact_rows(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PracticesModel.TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_detail())
        self.table.doubleClicked.connect(lambda _index: self.edit_practice())
        self.detail = QTextBrowser()
        self.detail.setObjectName("practiceDetail")
        self.detail.setOpenLinks(False)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        self.edit_button = QPushButton()
        self.edit_button.setObjectName("practiceEdit")
        self.edit_button.clicked.connect(self.edit_practice)
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.new_practice)
        self.restore_button = QPushButton()
        self.restore_button.setObjectName("practiceRestore")
        self.restore_button.clicked.connect(self.restore_default)
        self.restore_all_button = QPushButton()
        self.restore_all_button.clicked.connect(self.restore_all)
        top = QHBoxLayout()
        top.addWidget(self.stage_tabs)
        top.addStretch(1)
        top.addWidget(self.filter_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.restore_all_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        context.changed.connect(lambda _team_id: self.refresh())
        self.retranslate()

    # ---------------------------------------------------------------- loading
    def set_team(self, team_id: int | None) -> None:
        """The playbook is the same for every team; the team is where edits are announced (its diagnosis and
        plan follow the playbook)."""
        self.team_id = team_id
        self.refresh()

    def refresh(self) -> None:
        with self.context.database().session() as s:
            self.playbook = playbooks.effective_playbook(s)
            self.edited = playbooks.edited_ids(s)
        self._show_stage()

    def stage(self) -> Stage:
        return STAGES[max(0, self.stage_tabs.currentIndex())]

    def _show_stage(self, select_id: str | None = None) -> None:
        keep = select_id or self.selected_id()
        self.model.set_practices(self.playbook.for_stage(self.stage()), self.edited)
        row = self.proxy.mapFromSource(self.model.index(self.model.row_of(keep), 0)).row() if keep else -1
        self._select_row(row if row >= 0 else 0)
        self._show_detail()

    def _select_row(self, row: int) -> None:
        if not 0 <= row < self.proxy.rowCount():
            self.table.clearSelection()
            return
        index = self.proxy.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)

    def _filter_changed(self, text: str) -> None:
        keep = self.selected_id()
        self.proxy.set_text(text)
        row = self.proxy.mapFromSource(self.model.index(self.model.row_of(keep), 0)).row() if keep else -1
        self._select_row(row if row >= 0 else 0)
        self._show_detail()

    def selected_id(self) -> str | None:
        index = self.table.selectionModel().currentIndex()
        return index.siblingAtColumn(0).data(ItemRole.ID) if index.isValid() else None

    def selected(self) -> Practice | None:
        practice_id = self.selected_id()
        return self.playbook.get(practice_id) if practice_id else None

    def show_practice(self, practice_id: str) -> None:
        """Select that practice, switching to its stage (and clearing a filter that hides it)."""
        practice = self.playbook.get(practice_id)
        if practice is None:
            self.refresh()
            practice = self.playbook.get(practice_id)
            if practice is None:
                return
        if self.proxy.mapFromSource(self.model.index(self.model.row_of(practice_id), 0)).row() < 0 \
                or practice.stage is not self.stage():
            self.filter_edit.blockSignals(True)
            self.filter_edit.clear()
            self.proxy.set_text("")
            self.filter_edit.blockSignals(False)
        self.stage_tabs.blockSignals(True)
        self.stage_tabs.setCurrentIndex(STAGES.index(practice.stage))
        self.stage_tabs.blockSignals(False)
        self._show_stage(practice_id)

    def _show_detail(self) -> None:
        practice = self.selected()
        if practice is None:
            text = self.tr("No practice matches the filter.")
            self.detail.setHtml(f"<p style='color:#6b7280'>{escape(text)}</p>")
        else:
            self.detail.setHtml(practice_html(practice, practice.id in self.edited))
        self._update_buttons()

    def _update_buttons(self) -> None:
        practice = self.selected()
        self.edit_button.setEnabled(practice is not None)
        self.restore_button.setEnabled(practice is not None and (practice.custom or practice.id in self.edited))
        self.restore_all_button.setEnabled(bool(self.edited))

    # ---------------------------------------------------------------- edits
    def _team(self) -> int:
        return self.team_id if self.team_id is not None else 0

    def _open_dialog(self, practice: Practice, is_new: bool) -> PracticeDialog:
        def submit(changed: Practice) -> Practice:
            title = pick(changed.title, content_language())
            text = fill(self.tr("New practice %1") if is_new else self.tr("Edit practice %1"), title)
            saved = playbook_edits.save_practice(self.context, self._team(), changed, text)
            self.refresh()
            self.show_practice(saved.id)
            return saved

        self.dialog = PracticeDialog(practice, playbooks.known_signals(), submit, is_new, self)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.destroyed.connect(lambda *_: setattr(self, "dialog", None))
        self.dialog.open()
        return self.dialog

    def edit_practice(self) -> PracticeDialog | None:
        practice = self.selected()
        return self._open_dialog(practice, False) if practice is not None else None

    def new_practice(self) -> PracticeDialog:
        stage = self.stage()
        with self.context.database().session() as s:
            practice_id = playbooks.new_practice_id(s, stage, "")
        blank = {"en": "", "zh": ""}
        practice = Practice(practice_id, stage, OwnerRole.MANAGER, Cadence.WEEKLY, (), dict(blank), dict(blank),
                            {"en": (), "zh": ()}, custom=True)
        return self._open_dialog(practice, True)

    def restore_default(self) -> None:
        practice = self.selected()
        if practice is None or not (practice.custom or practice.id in self.edited):
            return
        title = pick(practice.title, content_language())
        text = (self.tr("Remove own practice %1") if practice.custom else self.tr("Restore default of %1"))
        playbook_edits.restore_default(self.context, self._team(), practice.id, fill(text, title))
        if not practice.custom:
            self.show_practice(practice.id)

    def restore_all(self) -> None:
        if not self.edited:
            return
        text = self.tr("Restore every practice of every stage to its default text and remove the %1 edited or own practice(s)? Edit › Undo brings them back.")  # noqa: E501
        answer = QMessageBox.question(
            self, self.tr("Restore All Defaults"), fill(text, str(len(self.edited))),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            playbook_edits.restore_all(self.context, self._team(), self.tr("Restore all playbook defaults"))

    # ---------------------------------------------------------------- language
    def retranslate(self) -> None:
        for index, stage in enumerate(STAGES):
            self.stage_tabs.setTabText(index, stage_label(stage))
        self.filter_edit.setPlaceholderText(self.tr("Filter practices…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.new_button.setText(self.tr("&New practice…"))
        self.restore_button.setText(self.tr("&Restore default"))
        self.restore_button.setToolTip(self.tr("Bring back the original text (an own practice is removed)"))
        self.restore_all_button.setText(self.tr("Restore &all defaults…"))
        self.model.retranslate()
        self._show_detail()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
