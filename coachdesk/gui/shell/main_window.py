"""The main window: team sidebar, team page or all-teams overview, menus, status bar; remembers its state in
QSettings."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListView,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coachdesk.core.roster.model import MemberRow, TeamSummary
from coachdesk.gui.activity.actions import ActivityActions
from coachdesk.gui.competitions.actions import CompetitionsActions
from coachdesk.gui.features import team_tabs
from coachdesk.gui.lifecycle.context import LifecycleContext
from coachdesk.gui.lifecycle.overview_page import OverviewPage
from coachdesk.gui.reports.actions import ReportsActions
from coachdesk.gui.roster.actions import RosterActions
from coachdesk.gui.roster.editor import RosterEditor
from coachdesk.gui.shell.app_actions import AppActions
from coachdesk.gui.shell.settings import UiSettings
from coachdesk.gui.shell.tabs import TabServices
from coachdesk.gui.shell.team_list import TeamListModel
from coachdesk.gui.shell.team_page import TeamPage
from coachdesk.gui.widgets.roles import ItemRole
from coachdesk.gui.widgets.text import fill
from coachdesk.store.database import Database


class MainWindow(QMainWindow):
    def __init__(self, db: Database, settings: UiSettings, translations=None) -> None:
        super().__init__()
        self.setObjectName("MainWindow")
        self.settings = settings
        self.translations = translations
        self.editor = RosterEditor(db, self, today=lambda: self.lifecycle.today())  # one clock for the window
        self.editor.teamsChanged.connect(self.refresh_teams)
        self.editor.teamChanged.connect(self._on_team_changed)
        self.editor.failed.connect(lambda text: self.show_error(self.tr("Undo/redo failed"), text))

        self.team_model = TeamListModel(self)
        self.sidebar = QListView()
        self.sidebar.setObjectName("teamSidebar")
        self.sidebar.setModel(self.team_model)
        self.sidebar.setMinimumWidth(200)
        self.sidebar.selectionModel().currentChanged.connect(lambda *_: self._team_picked())
        self.sidebar.clicked.connect(lambda *_: self._team_picked())  # the selected team, back from the overview
        self.overview_button = QPushButton()
        self.overview_button.setObjectName("overviewButton")
        sidebar_box = QWidget()
        sidebar_layout = QVBoxLayout(sidebar_box)
        sidebar_layout.setContentsMargins(0, 0, 0, 0)
        sidebar_layout.addWidget(self.overview_button)
        sidebar_layout.addWidget(self.sidebar, 1)

        # The lifecycle widgets read the database per use (the file can change) and share the undo stack.
        self.lifecycle = LifecycleContext(lambda: self.editor.db, self.editor.undo_stack, parent=self)
        self.lifecycle.changes.refused.connect(self.editor.failed)  # one report for every refused undo/redo
        self.team_page = TeamPage(team_tabs(), TabServices(self.lifecycle, settings))
        self.overview_page = OverviewPage(self.lifecycle)
        self.overview_page.teamActivated.connect(self.open_team_lifecycle)
        self.empty_page = self._build_empty_page()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_page)
        self.stack.addWidget(self.team_page)
        self.stack.addWidget(self.overview_page)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(sidebar_box)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([240, 900])
        self.setCentralWidget(self.splitter)

        self.roster_actions = RosterActions(self)
        self.app_actions = AppActions(self)
        self.activity_actions = ActivityActions(self)
        self.competitions_actions = CompetitionsActions(self)
        self.reports_actions = ReportsActions(self)
        self.undo_action = self.editor.undo_stack.createUndoAction(self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.editor.undo_stack.createRedoAction(self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        self.find_action = QAction(self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self._find)
        self.overview_action = QAction(self)
        self.overview_action.setShortcut(QKeySequence("Ctrl+Shift+O"))
        self.overview_action.triggered.connect(self.show_overview)
        self.overview_button.clicked.connect(self.overview_action.trigger)
        self._build_menus()

        members = self.team_page.members_view
        members.selectionChanged.connect(self.roster_actions.update_enabled)
        members.editRequested.connect(self.roster_actions.edit_current_member)
        members.contextMenuWanted.connect(self._fill_member_menu)
        self.team_page.group_board.memberDropped.connect(self.roster_actions.move_member)
        self.team_page.group_board.groupActivated.connect(self.roster_actions.edit_group)
        self.team_page.activity.set_database(lambda: self.editor.db)  # asked per query: the file can change
        self.editor.teamChanged.connect(self.team_page.activity.refresh)
        self.editor.teamChanged.connect(lambda _team: self.team_page.lifecycle.refresh())
        self.editor.teamChanged.connect(lambda _team: self.overview_page.refresh())
        self.editor.teamsChanged.connect(self.overview_page.refresh)

        self.db_label = QLabel()
        self.statusBar().addPermanentWidget(self.db_label)
        self.set_database_label()
        self.retranslate()
        self.refresh_teams()
        self._restore_state()

    # ---------------------------------------------------------------- layout
    def _build_empty_page(self) -> QWidget:
        page = QWidget()
        self.empty_title = QLabel()
        self.empty_title.setObjectName("pageTitle")
        self.empty_text = QLabel()
        self.empty_text.setWordWrap(True)
        self.empty_text.setMinimumWidth(460)
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_new = QPushButton()
        self.empty_demo = QPushButton()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        for widget in (self.empty_title, self.empty_text, self.empty_new, self.empty_demo):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        return page

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addActions([self.roster_actions.new_team, self.app_actions.open_db, self.app_actions.load_demo])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.activity_actions.import_activity)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.reports_actions.print_plan)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.app_actions.settings)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.app_actions.quit)
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addActions([self.undo_action, self.redo_action])
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.find_action)
        self.view_menu = bar.addMenu("")
        self.view_menu.addAction(self.overview_action)
        self.view_menu.addAction(self.competitions_actions.war_room)
        self.team_menu = bar.addMenu("")
        ra = self.roster_actions
        self.team_menu.addActions([ra.edit_team, ra.delete_team])
        self.team_menu.addSeparator()
        self.team_menu.addActions([ra.new_member, ra.edit_member, ra.record_leave])
        self.team_menu.addMenu(ra.move_menu)
        self.team_menu.addAction(ra.delete_member)
        self.team_menu.addSeparator()
        self.team_menu.addAction(ra.new_group)
        self.team_menu.addMenu(ra.edit_group_menu)
        self.team_menu.addAction(self.competitions_actions.balance_groups)
        self.team_menu.addSeparator()
        self.team_menu.addActions([self.activity_actions.enter_figures, self.activity_actions.import_history])
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.app_actions.about)
        self.empty_new.clicked.connect(ra.new_team.trigger)
        self.empty_demo.clicked.connect(self.app_actions.load_demo.trigger)

    def _fill_member_menu(self, menu) -> None:
        ra = self.roster_actions
        menu.addActions([ra.edit_member, ra.record_leave])
        menu.addMenu(ra.move_menu)
        menu.addSeparator()
        menu.addActions([ra.new_member, ra.delete_member])

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("coachdesk — telesales team coaching"))
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.team_menu.setTitle(self.tr("&Team"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.find_action.setText(self.tr("&Find Member"))
        self.overview_action.setText(self.tr("Teams &overview"))
        self.overview_action.setStatusTip(self.tr("Every team's stage and principal contradiction"))
        self.overview_button.setText(self.tr("Teams overview"))
        self.overview_button.setToolTip(self.tr("Every team's stage and principal contradiction (Ctrl+Shift+O)"))
        self.empty_title.setText(self.tr("No teams yet"))
        self.empty_text.setText(self.tr("Create your first team, or load the demo teams to look around."))
        self.empty_new.setText(self.tr("New Team…"))
        self.empty_demo.setText(self.tr("Load Demo Data…"))
        self.roster_actions.retranslate()
        self.app_actions.retranslate()
        self.activity_actions.retranslate()
        self.competitions_actions.retranslate()
        self.reports_actions.retranslate()
        self.team_model.retranslate()
        self.set_database_label()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_database_label(self) -> None:
        self.db_label.setText(fill(self.tr("Database: %1"), self.editor.db.display_location))

    # ---------------------------------------------------------------- state
    def current_team(self) -> TeamSummary | None:
        index = self.sidebar.currentIndex()
        if not index.isValid():
            return None
        team_id = index.data(ItemRole.TEAM_ID)
        return next((t for t in self.team_model.teams() if t.id == team_id), None)

    def current_member(self) -> MemberRow | None:
        return self.team_page.members_view.selected_member() if self.current_team() else None

    def select_team(self, team_id: int) -> bool:
        row = self.team_model.row_of(team_id)
        if row is None:
            return False
        self.sidebar.selectionModel().setCurrentIndex(
            self.team_model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect)
        return True

    def refresh_teams(self) -> None:
        current = self.current_team()
        self.team_model.set_teams(self.editor.teams())
        if not (current and self.select_team(current.id)) and self.team_model.rowCount() > 0:
            self.sidebar.selectionModel().setCurrentIndex(
                self.team_model.index(0), QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self._show_current_team()
        self.overview_page.refresh()

    def _on_team_changed(self, team_id: int) -> None:
        if self.select_team(team_id):
            self._show_current_team()

    def _team_picked(self) -> None:
        """The user chose a team in the sidebar: show its page (also when the overview was showing)."""
        self._show_current_team()
        if self.current_team() is not None:
            self.stack.setCurrentWidget(self.team_page)

    def _show_current_team(self) -> None:
        team = self.current_team()
        if team is None:
            if self.stack.currentWidget() is not self.overview_page:
                self.stack.setCurrentWidget(self.empty_page)
        else:
            self.team_page.show_team(team, self.editor.members(team.id), self.editor.groups(team.id))
            if self.stack.currentWidget() is not self.overview_page:  # an edit elsewhere keeps the overview up
                self.stack.setCurrentWidget(self.team_page)
            self.settings.last_team_id = team.id
        self.roster_actions.update_enabled()
        self.activity_actions.update_enabled()
        self.competitions_actions.update_enabled()
        self.reports_actions.update_enabled()

    def show_overview(self) -> None:
        self.stack.setCurrentWidget(self.overview_page)
        self.overview_page.table.setFocus()

    def open_team_lifecycle(self, team_id: int) -> None:
        """From the overview: that team's page, on its Lifecycle tab (Diagnosis)."""
        if not self.select_team(team_id):
            return
        self._team_picked()
        self.team_page.tabs.setCurrentWidget(self.team_page.lifecycle)
        self.team_page.lifecycle.show_diagnosis()

    def _find(self) -> None:
        if self.current_team() is not None:
            self.stack.setCurrentWidget(self.team_page)
            self.team_page.tabs.setCurrentWidget(self.team_page.members_view)
            self.team_page.members_view.focus_filter()

    def show_error(self, title: str, detail: object) -> None:
        QMessageBox.warning(self, title, str(detail))

    def _restore_state(self) -> None:
        geometry = self.settings.bytes("mainWindow/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1200, 760)
        state = self.settings.bytes("mainWindow/state")
        if state is not None:
            self.restoreState(state)
        splitter = self.settings.bytes("mainWindow/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        last = self.settings.last_team_id
        if last is not None:
            self.select_team(last)

    def save_state(self) -> None:
        self.settings.set_bytes("mainWindow/geometry", self.saveGeometry())
        self.settings.set_bytes("mainWindow/state", self.saveState())
        self.settings.set_bytes("mainWindow/splitter", self.splitter.saveState())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)
