"""The sections of the contest page, each a table (model/view, sortable) with its buttons: standings (groups with
strength bars, individuals, rolling 7 days, duels), reps needing support, morning contests, deals, evening recaps
with a search box, the celebration ledger and the amendments. A section shows a ``ContestPage`` and emits what
the user asked for; the tab's page actions open the dialogs."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Generic, Protocol, TypeVar, cast

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, Signal, SignalInstance
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coachdesk.core.competitions.contests import ContestStatus, Promise
from coachdesk.core.competitions.standings import Standing
from coachdesk.gui.competitions.column_model import Column, ColumnModel, SortProxy, selected_row, table_view
from coachdesk.gui.competitions.contest_texts import change_text
from coachdesk.gui.competitions.routine_models import (
    DealsModel,
    LedgerModel,
    MorningModel,
    RecapModel,
    SupportModel,
)
from coachdesk.gui.competitions.standings_model import (
    DuelsModel,
    GroupStandingsModel,
    RepStandingsModel,
    RollingModel,
    StrengthBarDelegate,
)
from coachdesk.gui.widgets.text import fill
from coachdesk.store.competitions.contests import Amendment
from coachdesk.store.competitions.pages import ContestPage, LaggingRow
from coachdesk.store.competitions.routine import DealInfo, MorningRow, RecapRow

HINT = "color: #6b7280;"


class HasId(Protocol):
    @property
    def id(self) -> int | None: ...


R = TypeVar("R", bound=HasId)


def participant_labels(page: ContestPage) -> dict[str, str]:
    """Participant key → name, for every board of the page."""
    labels = {f"g{group_id}": name for group_id, name in page.groups.items()}
    for s in (*page.standings.groups, *page.standings.reps):
        labels[s.key] = s.label
    return labels


def button_row(*buttons: QPushButton, hint: QLabel | None = None) -> QHBoxLayout:
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    if hint is not None:
        row.addWidget(hint, 1)
    else:
        row.addStretch(1)
    return row


def _hint() -> QLabel:
    label = QLabel()
    label.setStyleSheet(HINT)
    label.setWordWrap(True)
    return label


class Section(QWidget):
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Subclasses set their texts here."""


# --- standings ----------------------------------------------------------------------------------------------

class StandingsPanel(Section):
    duelRequested = Signal()
    pointsRequested = Signal()
    optOutRequested = Signal(int, str, bool)  # member id, name, hide
    supportRequested = Signal(int)  # member id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.groups_model, self.reps_model = GroupStandingsModel(self), RepStandingsModel(self)
        self.rolling_model, self.duels_model = RollingModel(self), DuelsModel(self)
        self.groups_view, self.groups_proxy = table_view(self.groups_model, "groupStandings", self,
                                                         stretch=(GroupStandingsModel.BAR,))
        self.groups_view.setItemDelegateForColumn(GroupStandingsModel.BAR,
                                                  StrengthBarDelegate(self.groups_model, self))
        self.reps_view, self.reps_proxy = table_view(self.reps_model, "repStandings", self)
        self.reps_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.reps_view.customContextMenuRequested.connect(self._rep_menu)
        self.rolling_view, self.rolling_proxy = table_view(self.rolling_model, "rollingStandings", self)
        self.duels_view, self.duels_proxy = table_view(self.duels_model, "duels", self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("standingsTabs")
        self.tabs.setDocumentMode(True)
        for view in (self.groups_view, self.reps_view, self.rolling_view, self.duels_view):
            self.tabs.addTab(view, "")
        self.duel_button, self.points_button = QPushButton(), QPushButton()
        self.duel_button.clicked.connect(self.duelRequested)
        self.points_button.clicked.connect(self.pointsRequested)
        self.hint = _hint()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(button_row(self.duel_button, self.points_button, hint=self.hint))
        self.page: ContestPage | None = None
        self.retranslate()

    def show_page(self, page: ContestPage) -> None:
        self.page = page
        s = page.standings
        self.groups_model.set_standings(s.groups, page.groups)
        self.reps_model.set_standings(s.reps, page.groups)
        self.rolling_model.set_standings(s.rolling_reps or s.rolling_groups, page.groups)
        self.duels_model.set_duels(s.duels, participant_labels(page))
        for index, shown in enumerate((bool(s.groups), bool(s.reps) or page.contest.rules.participants.reps,
                                       True, True)):
            self.tabs.setTabVisible(index, shown)
        if not self.tabs.isTabVisible(self.tabs.currentIndex()):
            self.tabs.setCurrentIndex(next(i for i in range(self.tabs.count()) if self.tabs.isTabVisible(i)))
        targets = page.contest.rules.kind.uses_targets  # the score is the progress: one column says it
        self.groups_model.as_percent = targets
        for column, hidden in ((2, targets), (4, not targets), (5, not targets)):  # score, target, progress
            self.groups_view.setColumnHidden(column, hidden)
        for column, hidden in ((3, targets), (5, not targets)):
            self.reps_view.setColumnHidden(column, hidden)
        editable = page.status is not ContestStatus.COMPLETED
        self.duel_button.setEnabled(editable)
        self.points_button.setEnabled(editable)
        self.retranslate()

    def selected_rep(self) -> Standing | None:
        return selected_row(self.reps_view, self.reps_proxy, self.reps_model)

    def rep_menu(self, rep: Standing) -> QMenu:
        menu = QMenu(self)
        if rep.opted_out:
            show = menu.addAction(self.tr("Show on public boards"))
            show.triggered.connect(lambda: self.optOutRequested.emit(rep.id, rep.label, False))
        else:
            hide = menu.addAction(self.tr("Hide from public boards"))
            hide.triggered.connect(lambda: self.optOutRequested.emit(rep.id, rep.label, True))
        support = menu.addAction(self.tr("Add support note…"))
        support.triggered.connect(lambda: self.supportRequested.emit(rep.id))
        return menu

    def _rep_menu(self, pos: QPoint) -> None:
        index = self.reps_view.indexAt(pos)
        if not index.isValid():
            return
        self.reps_view.selectRow(index.row())
        rep = self.selected_rep()
        if rep is not None:
            self.rep_menu(rep).popup(self.reps_view.viewport().mapToGlobal(pos))

    def retranslate(self) -> None:
        s = self.page.standings if self.page else None
        counts = (len(s.groups), len(s.reps), len(s.rolling_reps or s.rolling_groups), len(s.duels)) if s else (0,) * 4
        for index, (text, count) in enumerate(zip((self.tr("Groups"), self.tr("Individuals"),
                                                   self.tr("Rolling 7 days"), self.tr("Duels")), counts,
                                                  strict=True)):
            self.tabs.setTabText(index, fill(self.tr("%1 (%2)"), text, count) if count else text)
        self.duel_button.setText(self.tr("Add Duel…"))
        self.points_button.setText(self.tr("Give Points…"))
        self.hint.setText(self.tr("⚖ = placed by a tie-break (hover for which). Right-click a rep to hide them "
                                  "from the public boards."))
        for model in (self.groups_model, self.reps_model, self.rolling_model, self.duels_model):
            model.retranslate()


# --- reps needing support -----------------------------------------------------------------------------------

class SupportPanel(Section):
    supportRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = SupportModel(self)
        self.view, self.proxy = table_view(self.model, "supportTable", self, stretch=(6,))
        self.view.doubleClicked.connect(lambda _i: self._request())
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self._request)
        self.hint = _hint()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(button_row(self.add_button, hint=self.hint))
        self.page: ContestPage | None = None
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.retranslate()

    def show_page(self, page: ContestPage) -> None:
        self.page = page
        self.model.set_lagging(page.lagging, page.groups)
        self._enable()
        self.retranslate()

    def selected(self) -> LaggingRow | None:
        return selected_row(self.view, self.proxy, self.model)

    def _enable(self) -> None:
        self.add_button.setEnabled(self.selected() is not None)

    def _request(self) -> None:
        row = self.selected()
        if row is not None:
            self.supportRequested.emit(row.standing.id)

    def without_note(self) -> int:
        return sum(1 for r in self.model.rows if r.support is None)

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Add Support Note…"))
        missing = self.without_note()
        if not self.model.rows:
            self.hint.setText(self.tr("Nobody is below the middle of the board."))
        elif missing:
            self.hint.setText(fill(self.tr("%1 of %2 reps below the middle have no support note yet (highlighted)."),
                                   missing, len(self.model.rows)))
        else:
            self.hint.setText(self.tr("Every rep below the middle has someone supporting them."))
        self.model.retranslate()


# --- sections of rows with add and delete ------------------------------------------------------------------

class RowsSection(Section, Generic[R]):
    """A section listing rows: an add button, Delete for the selected row (when it can be deleted) and a hint."""
    addRequested = Signal()
    deleteRequested = Signal(int)

    def __init__(self, model: ColumnModel[R], name: str, stretch: tuple[int, ...], parent: QWidget | None) -> None:
        super().__init__(parent)
        model.setParent(self)
        self.model = model
        self.view, self.proxy = table_view(model, name, self, stretch=stretch)
        self.add_button, self.delete_button = QPushButton(), QPushButton()
        self.add_button.clicked.connect(self.addRequested)
        self.delete_button.clicked.connect(self._delete)
        self.hint = _hint()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(button_row(self.add_button, self.delete_button, hint=self.hint))
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._enable())

    def selected(self) -> R | None:
        return selected_row(self.view, self.proxy, self.model)

    def _deletable_id(self) -> int | None:
        """The id of the selected row when it can be deleted (imported deal rows have none)."""
        row = self.selected()
        return None if row is None else row.id

    def _enable(self) -> None:
        self.delete_button.setEnabled(self._deletable_id() is not None)

    def _delete(self) -> None:
        row_id = self._deletable_id()
        if row_id is not None:
            self.deleteRequested.emit(row_id)

    def _show_rows(self, rows: Sequence[R], open_: bool = True) -> None:
        self.model.set_rows(rows)
        self.add_button.setEnabled(open_)
        self._enable()
        self.retranslate()


# --- morning contests ---------------------------------------------------------------------------------------

class MorningPanel(RowsSection[MorningRow]):
    model: MorningModel

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(MorningModel(), "morningTable", (3,), parent)
        self.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.retranslate()

    def show_page(self, page: ContestPage) -> None:
        self._show_rows(page.morning, page.status is not ContestStatus.COMPLETED)


    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Log Morning Contest…"))
        self.delete_button.setText(self.tr("Delete"))
        wins: dict[str, int] = {}
        for m in self.model.rows:
            if m.winner:
                wins[m.winner] = wins.get(m.winner, 0) + 1
        self.hint.setText(self.tr("Wins: ") + ", ".join(fill(self.tr("%1 ×%2"), g, n) for g, n in
                                                        sorted(wins.items(), key=lambda w: -w[1]))
                          if wins else self.tr("No morning contest yet."))
        self.model.retranslate()


# --- deals --------------------------------------------------------------------------------------------------

class DealsPanel(RowsSection[DealInfo]):
    model: DealsModel

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(DealsModel(), "dealsTable", (4,), parent)
        self.view.setSortingEnabled(False)  # the store's order: newest announcements first, then imported days
        self.retranslate()

    def show_page(self, page: ContestPage) -> None:
        self._show_rows(page.deals, page.status is not ContestStatus.COMPLETED)


    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Log Deal…"))
        self.delete_button.setText(self.tr("Delete"))
        rows = self.model.rows
        announced = sum(1 for d in rows if d.id is not None)
        imported = sum(d.count for d in rows if d.id is None)
        self.hint.setText(fill(self.tr("%1 announced live, %2 more from imported activity (a day's import replaces "
                                       "its announcements, so no deal counts twice)."), announced, imported))
        self.model.retranslate()


# --- evening recaps -----------------------------------------------------------------------------------------

class RecapPanel(RowsSection[RecapRow]):
    model: RecapModel
    searchChanged = Signal(str)  # after a short pause in typing

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(RecapModel(), "recapTable", (2,), parent)
        self.search = QLineEdit()
        self.search.setObjectName("recapSearch")
        self.search.setClearButtonEnabled(True)
        cast(QVBoxLayout, self.layout()).insertWidget(0, self.search)
        self.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(250)
        self.search.textChanged.connect(lambda _t: self.timer.start())
        self.timer.timeout.connect(lambda: self.searchChanged.emit(self.search.text()))
        self.retranslate()

    def show_recaps(self, rows: tuple[RecapRow, ...] | list[RecapRow]) -> None:
        self._show_rows(rows)


    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search the recaps (text or who shared it)…"))
        self.add_button.setText(self.tr("Add Recap…"))
        self.delete_button.setText(self.tr("Delete"))
        self.hint.setText(fill(self.tr("%1 entries"), len(self.model.rows)))
        self.model.retranslate()


# --- the celebration ledger ---------------------------------------------------------------------------------

class LedgerPanel(Section):
    addRequested = Signal()
    deliveredRequested = Signal(int)
    notDeliveredRequested = Signal(int)
    deleteRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = LedgerModel(self)
        self.view, self.proxy = table_view(self.model, "ledgerTable", self, stretch=(2,))
        self.add_button, self.delivered_button = QPushButton(), QPushButton()
        self.not_delivered_button, self.delete_button = QPushButton(), QPushButton()
        self.add_button.clicked.connect(self.addRequested)
        self.delivered_button.clicked.connect(lambda: self._emit(self.deliveredRequested))
        self.not_delivered_button.clicked.connect(lambda: self._emit(self.notDeliveredRequested))
        self.delete_button.clicked.connect(lambda: self._emit(self.deleteRequested))
        self.summary = QLabel()
        self.summary.setObjectName("ledgerSummary")
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addLayout(button_row(self.add_button, self.delivered_button, self.not_delivered_button,
                                    self.delete_button))
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.over = False
        self.retranslate()

    def show_page(self, page: ContestPage) -> None:
        self.over = page.ledger.contest_over
        self.model.set_ledger(page.ledger.promises, page.ledger.contest_over)
        self._enable()
        self.retranslate()

    def selected(self) -> Promise | None:
        return selected_row(self.view, self.proxy, self.model)

    def _enable(self) -> None:
        p = self.selected()
        self.delivered_button.setEnabled(p is not None and p.delivered_on is None)
        self.not_delivered_button.setEnabled(p is not None and p.delivered_on is not None)
        self.delete_button.setEnabled(p is not None)

    def _emit(self, signal: SignalInstance) -> None:
        p = self.selected()
        if p is not None:
            signal.emit(p.id)

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Add Promise…"))
        self.delivered_button.setText(self.tr("Mark Delivered…"))
        self.not_delivered_button.setText(self.tr("Mark Not Delivered"))
        self.delete_button.setText(self.tr("Delete"))
        rows = self.model.rows
        open_ = sum(1 for p in rows if p.delivered_on is None)
        if not rows:
            text, style = self.tr("No rewards or penalties promised yet. Promise them at the start and keep every "
                                  "one."), HINT
        elif open_ and self.over:
            text = fill(self.tr("The contest is over and %1 of %2 promises are not kept: keep them now — a broken "
                                "promise costs more than the reward."), open_, len(rows))
            style = "color: #b91c1c; font-weight: 600;"
        elif open_:
            text, style = fill(self.tr("%1 of %2 promises still to deliver."), open_, len(rows)), "color: #b45309;"
        else:
            text, style = fill(self.tr("All %1 promises kept."), len(rows)), "color: #166534; font-weight: 600;"
        self.summary.setText(text)
        self.summary.setStyleSheet(style)
        self.model.retranslate()


# --- amendments ---------------------------------------------------------------------------------------------

class AmendmentsModel(ColumnModel[Amendment]):
    def changes(self, a: Amendment) -> list[str]:
        return [change_text(c.field, c.before, c.after) for c in a.changes]

    def make_columns(self) -> list[Column[Amendment]]:
        return [
            Column(lambda: self.tr("Date"), lambda a: a.made_on.isoformat()),
            Column(lambda: self.tr("Reason"), lambda a: a.reason, tooltip=lambda a: a.reason),
            Column(lambda: self.tr("Changes"), lambda a: "; ".join(self.changes(a)),
                   tooltip=lambda a: "\n".join(self.changes(a))),
        ]


class AmendmentsPanel(Section):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = AmendmentsModel(self)
        self.view, self.proxy = table_view(self.model, "amendmentsTable", self, stretch=(2,))
        self.hint = _hint()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.hint)
        self.retranslate()

    def show_page(self, page: ContestPage) -> None:
        self.model.set_rows(page.amendments)
        self.retranslate()

    def retranslate(self) -> None:
        self.hint.setText(self.tr("Rules change only by an amendment with a reason once a contest has started; "
                                  "every amendment stays here for the team to see."))
        self.model.retranslate()


def views_of(panel: QWidget) -> list[QTableView]:
    return panel.findChildren(QTableView)


__all__ = ["AmendmentsPanel", "DealsPanel", "LedgerPanel", "MorningPanel", "RecapPanel", "SortProxy",
           "StandingsPanel", "SupportPanel", "participant_labels", "views_of"]
