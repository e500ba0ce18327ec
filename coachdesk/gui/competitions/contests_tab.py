"""A team's Contests tab: the team's contests on the left (status badge, period, leader; New Contest…
Ctrl+Shift+N — Ctrl+N is New Team —, Edit…, Amend Rules… while active, Delete, undoable), the chosen contest's page
on the right.

The list and the page load in the worker with an inline progress bar (TaskPanel; a superseded load is dropped), only
while the tab is shown; a hidden tab just remembers to load when it is shown again (widgets/lazy_tab.LazyLoadTab).
Every edit reloads the page after it ran and after each undo/redo; edits elsewhere (roster, war-room board) reach
the tab through the team page's ``show_team``."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coachdesk.core.common.progress import CancelToken, ProgressCallback
from coachdesk.core.common.validation import NotFoundError
from coachdesk.core.competitions.contests import ContestStatus
from coachdesk.core.competitions.rules import ContestDraft
from coachdesk.gui.competitions.column_model import table_view
from coachdesk.gui.competitions.contest_dialog import AmendDraft, ContestDialog, Mode
from coachdesk.gui.competitions.contest_edits import ContestEditor
from coachdesk.gui.competitions.contest_list import ContestListModel, StatusBadgeDelegate
from coachdesk.gui.competitions.contest_view import ContestView
from coachdesk.gui.competitions.page_actions import PageActions
from coachdesk.gui.lifecycle.context import LifecycleContext
from coachdesk.gui.shell.tabs import TeamData
from coachdesk.gui.widgets.lazy_tab import LazyLoadTab
from coachdesk.gui.widgets.roles import ItemRole
from coachdesk.gui.widgets.tasks import run_task
from coachdesk.gui.widgets.text import fill
from coachdesk.store.competitions import pages, routine
from coachdesk.store.competitions.contests import ContestSummary
from coachdesk.store.competitions.pages import ContestPage
from coachdesk.store.competitions.routine import RecapRow
from coachdesk.store.database import Database


def load_recaps(db: Database, team_id: int, first: dt.date, last: dt.date, search: str) -> list[RecapRow]:
    with db.session() as s:
        return routine.recaps(s, team_id, search=search, first=first, last=last)


class ContestsTab(LazyLoadTab):
    loaded = Signal()  # the list and the chosen contest's page are shown
    recapsSearched = Signal()

    def __init__(self, context: LifecycleContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contestsTab")
        self.context = context
        self.team_id: int | None = None
        self.team_name = ""
        self.wanted: int | None = None  # the contest to show after the next load
        self.summaries: list[ContestSummary] = []
        self._recap_generation = 0
        self.confirm = self._confirm  # tests replace it
        self.editor = ContestEditor(context.database, context.changes, context.today, self.request_reload, self)

        self.model = ContestListModel(self)
        self.list, self.list_proxy = table_view(self.model, "contestList", self, sort_column=-1, stretch=(0,))
        self.list.setSortingEnabled(False)  # the store's order: running first
        self.list.setItemDelegateForColumn(ContestListModel.STATUS, StatusBadgeDelegate(self))
        self.list.setAlternatingRowColors(False)
        self.list.selectionModel().currentRowChanged.connect(lambda *_: self._picked())
        self.list.doubleClicked.connect(lambda _i: self.edit_contest())

        self.new_action, self.edit_action = QAction(self), QAction(self)
        self.amend_action, self.delete_action = QAction(self), QAction(self)
        self.new_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        for action, slot in ((self.new_action, self.new_contest), (self.edit_action, self.edit_contest),
                             (self.amend_action, self.amend_contest), (self.delete_action, self.delete_contest)):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
        self.addAction(self.new_action)
        self.list.addAction(self.delete_action)  # Delete only while the list has the focus
        self.list.addActions([self.edit_action, self.amend_action])
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        buttons = QHBoxLayout()
        self.tool_buttons: list[QToolButton] = []
        for action in (self.new_action, self.edit_action, self.amend_action, self.delete_action):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            buttons.addWidget(button)
            self.tool_buttons.append(button)
        buttons.addStretch(1)
        self.list_title = QLabel()
        self.list_title.setStyleSheet("font-weight: 600;")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list_title)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.list, 1)

        self.error = QLabel()
        self.error.setObjectName("errorLabel")
        self.error.setWordWrap(True)
        self.error.hide()
        self.view = ContestView()
        self.page_actions = PageActions(self, self.view, self.editor)
        self.view.recaps.searchChanged.connect(self.search_recaps)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.tasks)
        right_layout.addWidget(self.error)
        right_layout.addWidget(self.view, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("contestsSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([380, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.update_actions()
        self.retranslate()

    # ---------------------------------------------------------------- team and loading
    def show_team(self, data: TeamData) -> None:
        if data.team.id != self.team_id:
            self.wanted = None
            self.summaries = []
            self.model.set_rows([])
            self.view.show_page(None)
        self.team_id, self.team_name = data.team.id, data.team.name
        self.request_reload()

    def reload(self) -> None:
        team_id = self.team_id
        if team_id is None:
            return
        self.stale = False
        db, today, wanted = self.context.database(), self.context.today(), self.wanted or self.current_id()
        search = self.view.recaps.search.text().strip()

        def job(_progress: ProgressCallback, cancel: CancelToken) -> tuple[Any, ...]:
            summaries = pages.team_contests(db, team_id, today)
            cancel.raise_if_cancelled()
            ids = [s.contest.id for s in summaries]
            chosen = wanted if wanted in ids else (ids[0] if ids else None)
            page = pages.contest_page(db, chosen, today) if chosen is not None else None
            recaps = None
            if page is not None and search:
                recaps = load_recaps(db, team_id, page.contest.starts_on, min(today, page.contest.ends_on), search)
            return summaries, page, recaps

        self.tasks.start(job, self.tr("Loading contests…"), on_success=self._loaded, on_failure=self._failed,
                         on_cancel=lambda: None)

    def _loaded(self, result: tuple[Any, ...]) -> None:
        summaries, page, recaps = result
        self.error.hide()
        self.summaries = summaries
        self.model.set_rows(summaries)
        self.wanted = None
        self._show_page(page, recaps)
        if page is not None:
            row = self.model.row_of(page.contest.id)
            if row is not None:
                blocked = self.list.selectionModel().blockSignals(True)
                self.list.selectionModel().setCurrentIndex(
                    self.list_proxy.mapFromSource(self.model.index(row, 0)),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
                self.list.selectionModel().blockSignals(blocked)
        self.update_actions()
        self.retranslate()
        self.loaded.emit()

    def _show_page(self, page: ContestPage | None, recaps: list[RecapRow] | None) -> None:
        self.view.show_page(page)
        if page is not None:
            self.view.recaps.show_recaps(recaps if recaps is not None else page.recaps)
            self.view.retranslate()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, NotFoundError):  # the contest went away meanwhile (undo, another window)
            self.wanted = None
            self.request_reload()
            return
        self.error.setText(fill(self.tr("The contests could not be loaded: %1"), error))
        self.error.show()

    def _picked(self) -> None:
        """The user chose another contest: load its page (the list stays)."""
        contest_id = self.current_id()
        if contest_id is None or (self.view.page is not None and self.view.page.contest.id == contest_id
                                  and not self.tasks.running):
            self.update_actions()
            return
        self.wanted = contest_id
        self.view.recaps.search.blockSignals(True)
        self.view.recaps.search.clear()
        self.view.recaps.search.blockSignals(False)
        db, today = self.context.database(), self.context.today()
        self.tasks.start(lambda _p, _c: pages.contest_page(db, contest_id, today), self.tr("Loading the contest…"),
                         on_success=self._page_loaded, on_failure=self._failed, on_cancel=lambda: None)
        self.update_actions()

    def _page_loaded(self, page: ContestPage) -> None:
        self.error.hide()
        self._show_page(page, None)
        self.update_actions()
        self.loaded.emit()

    def search_recaps(self, text: str) -> None:
        page = self.view.page
        if page is None:
            return
        self._recap_generation += 1
        generation = self._recap_generation
        if not text.strip():
            self.view.recaps.show_recaps(page.recaps)
            self.recapsSearched.emit()
            return
        db, team, first = self.context.database(), page.contest.team_id, page.contest.starts_on
        last = min(page.today, page.contest.ends_on)

        def shown(rows: list[RecapRow]) -> None:
            if generation == self._recap_generation and self.view.page is page:
                self.view.recaps.show_recaps(rows)
                self.recapsSearched.emit()

        run_task(self, lambda _p, _c: load_recaps(db, team, first, last, text.strip()), title=self.tr("Searching…"),
                 on_success=shown, show_progress=False)

    # ---------------------------------------------------------------- the list
    def current_id(self) -> int | None:
        index = self.list.currentIndex()
        if not index.isValid():
            return None
        value = index.siblingAtColumn(0).data(ItemRole.ID)
        return int(value) if value is not None else None

    def current(self) -> ContestSummary | None:
        contest_id = self.current_id()
        return next((s for s in self.summaries if s.contest.id == contest_id), None)

    def select_contest(self, contest_id: int) -> bool:
        row = self.model.row_of(contest_id)
        if row is None:
            return False
        self.list.setCurrentIndex(self.list_proxy.mapFromSource(self.model.index(row, 0)))
        return True

    def update_actions(self) -> None:
        current = self.current()
        self.new_action.setEnabled(self.team_id is not None)
        self.edit_action.setEnabled(current is not None and current.status is not ContestStatus.COMPLETED)
        self.amend_action.setEnabled(current is not None and current.status is ContestStatus.ACTIVE)
        self.delete_action.setEnabled(current is not None)

    # ---------------------------------------------------------------- contest edits
    def new_contest(self) -> ContestDialog | None:
        team_id = self.team_id
        if team_id is None:
            return None

        def submit(draft: Any) -> int:
            contest_id = self.editor.create(team_id, draft)
            self.wanted = contest_id  # the reload the push asked for shows the new contest
            return contest_id

        dialog = ContestDialog(self, submit, self.context.today(), mode=Mode.NEW)
        dialog.open()
        return dialog

    def edit_contest(self) -> ContestDialog | None:
        current = self.current()
        if current is None or current.status is ContestStatus.COMPLETED:
            return None
        contest = current.contest
        locked = contest.rules_locked(self.context.today())
        def submit(draft: ContestDraft) -> None:
            self.editor.update(contest.id, draft)

        dialog = ContestDialog(self, submit, self.context.today(),
                               mode=Mode.EDIT, contest=contest, locked=locked)
        dialog.open()
        return dialog

    def amend_contest(self) -> ContestDialog | None:
        current = self.current()
        if current is None or current.status is not ContestStatus.ACTIVE:
            return None
        contest = current.contest

        def submit(draft: AmendDraft) -> object:
            return self.editor.amend(contest.id, contest.name, draft)

        dialog = ContestDialog(self, submit, self.context.today(), mode=Mode.AMEND, contest=contest)
        dialog.open()
        return dialog

    def delete_contest(self) -> bool:
        current = self.current()
        if current is None:
            return False
        contest = current.contest
        if not self.confirm(fill(self.tr("Delete the contest %1 with its standings, duels, points, morning "
                                         "contests, promises and support notes?\nYou can undo this with Ctrl+Z."),
                                 contest.name)):
            return False
        self.editor.delete(contest.id, contest.name)
        return True

    def _confirm(self, text: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Delete Contest"), text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    # ---------------------------------------------------------------- text
    def retranslate(self) -> None:
        self.list_title.setText(fill(self.tr("Contests of %1"), self.team_name) if self.team_name
                                else self.tr("Contests"))
        self.new_action.setText(self.tr("&New Contest…"))
        self.new_action.setToolTip(self.tr("Create a contest for this team (Ctrl+Shift+N)"))
        self.edit_action.setText(self.tr("&Edit…"))
        self.edit_action.setToolTip(self.tr("Edit the contest (a running contest's rules change only by an "
                                            "amendment)"))
        self.amend_action.setText(self.tr("&Amend Rules…"))
        self.amend_action.setToolTip(self.tr("Change a running contest's rules or last day, with a reason the "
                                             "team sees"))
        self.delete_action.setText(self.tr("&Delete"))
        self.delete_action.setToolTip(self.tr("Delete the contest (Ctrl+Z undoes it)"))
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
