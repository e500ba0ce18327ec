"""View → War-Room Board (F11): the team's contest full screen on the office TV or projector.

A window of its own (on the second screen when there is one) with a dark palette and type that grows with the
window: team and contest, the countdown to the end, the groups' bars with their slogans, the individual top ten
— never a bottom ranking: everyone else appears by progress to their own target, in name order —, the rolling
7-day leaders, today's deals scrolling along the bottom (opted-out reps as "A teammate") and the tie-break rules.

Keys: 1–4 or Tab pick the view (overview, groups, individuals, deals), F11 toggles full screen, F5 refreshes,
D logs a deal (the quick-deal bar; Enter logs it, undoable with Ctrl+Z), Esc closes.

The board reloads itself every 15 s in the worker (``run_task``), never on the GUI thread; when the team's newest
deal announcement is newer than the last one seen — logged here, in the main window or by the CLI — a celebration
plays over the board.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent, QPalette, QResizeEvent, QScreen
from PySide6.QtWidgets import QGridLayout, QVBoxLayout, QWidget

from coachdesk.core.common.validation import ValidationError
from coachdesk.core.competitions.contests import ContestStatus
from coachdesk.gui.competitions.war_room_celebration import CelebrationOverlay, Cheer
from coachdesk.gui.competitions.war_room_panels import (
    BACKGROUND,
    TEXT,
    BarsPanel,
    ChipsPanel,
    DealListPanel,
    EmptyState,
    Footer,
    Header,
    Panel,
    Ticker,
    unit,
)
from coachdesk.gui.competitions.war_room_quick_deal import QuickDealBar
from coachdesk.gui.competitions.war_room_texts import BoardTexts, contest_deadline, typical_deal_cents
from coachdesk.gui.widgets.tasks import Task, run_task
from coachdesk.gui.widgets.text import fill
from coachdesk.gui.widgets.undo import ChangeStack
from coachdesk.store.competitions import edits, pages, routine
from coachdesk.store.competitions.pages import BoardData
from coachdesk.store.competitions.routine import DealInfo
from coachdesk.store.database import Database

REFRESH_MS = 15_000
PAGE_MS = 8_000  # the chips turn a page
TYPICAL_DAYS = 30  # the prefilled amount: the median deal of this many days


class View:
    OVERVIEW, GROUPS, INDIVIDUALS, DEALS = range(4)
    COUNT = 4


@dataclass(frozen=True)
class Loaded:
    data: BoardData
    typical_cents: int


def board_screen() -> QScreen | None:
    """The screen for the board: a second one when there is one (the TV), else the primary."""
    primary = QGuiApplication.primaryScreen()
    others = [s for s in QGuiApplication.screens() if s is not primary]
    return others[0] if others else primary


class WarRoomBoard(QWidget):
    refreshed = Signal()  # a reload arrived and is shown
    dealLogged = Signal(int)  # a deal announcement's id, after it was stored and pushed on the undo stack

    def __init__(self, parent: QWidget | None, database: Callable[[], Database], changes: ChangeStack, team_id: int,
                 today: Callable[[], dt.date], notify: Callable[[int], None],
                 now: Callable[[], dt.datetime] = dt.datetime.now) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("warRoomBoard")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._database, self.changes, self.team_id = database, changes, team_id
        self.today, self.notify, self.now = today, notify, now
        self.contest_id: int | None = None  # None: the running contest (else the latest completed)
        self.data: BoardData | None = None
        self.typical_cents = 0
        self.view = View.OVERVIEW
        self.seen_deal_id: int | None = None  # None until the first load: deals before it are not celebrated
        self.last_member_id: int | None = None
        self.task: Task | None = None
        self.again = False  # a refresh was asked while one was running
        self.failure = ""
        self.texts = BoardTexts(self)

        palette = self.palette()
        for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
            palette.setColor(role, BACKGROUND)
        for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
            palette.setColor(role, TEXT)
        self.setPalette(palette)
        self.setAutoFillBackground(True)
        self.setStyleSheet("QWidget#warRoomBoard { background: #0b1020; }")

        self.header = Header()
        self.groups_panel = BarsPanel(row_height=130, name_share=0.4)
        self.top_panel = BarsPanel(row_height=74, name_share=0.56)
        self.top_panel.note_below = False
        self.chips_panel = ChipsPanel()
        self.rolling_panel = BarsPanel(row_height=62, name_share=0.45)
        self.rolling_panel.note_below = False
        self.deals_panel = DealListPanel()
        self.empty_panel = EmptyState()
        self.panels: list[Panel] = [self.groups_panel, self.top_panel, self.chips_panel, self.rolling_panel,
                                    self.deals_panel, self.empty_panel]
        self.body = QWidget()
        self.grid = QGridLayout(self.body)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.ticker = Ticker()
        self.quick = QuickDealBar()
        self.quick.submitted.connect(self.log_deal)
        self.quick.cancelled.connect(self.close_quick_deal)
        self.footer = Footer()
        self.layout_ = QVBoxLayout(self)
        for widget, stretch in ((self.header, 0), (self.body, 1), (self.ticker, 0), (self.quick, 0),
                                (self.footer, 0)):
            self.layout_.addWidget(widget, stretch)
        self.overlay = CelebrationOverlay(self)

        self.refresh_timer = QTimer(self)
        self.refresh_timer.setInterval(REFRESH_MS)
        self.refresh_timer.timeout.connect(self.refresh)
        self.clock_timer = QTimer(self)
        self.clock_timer.setInterval(1000)
        self.clock_timer.timeout.connect(self._tick)
        self.page_timer = QTimer(self)
        self.page_timer.setInterval(PAGE_MS)
        self.page_timer.timeout.connect(self.chips_panel.next_page)
        self.resize(1280, 720)
        self._scale()
        self.retranslate()
        self._arrange()
        self.refresh_timer.start()
        self.clock_timer.start()
        self.page_timer.start()
        self.refresh()

    # ---------------------------------------------------------------- showing
    def show_on_board_screen(self, full_screen: bool = True) -> None:
        """Open on the second screen when there is one, full screen."""
        screen = board_screen()
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
        if full_screen:
            self.showFullScreen()
        else:
            self.show()
        self.activateWindow()
        self.setFocus()

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()
        self.setFocus()

    # ---------------------------------------------------------------- text
    def view_names(self) -> list[str]:
        return [self.tr("Overview"), self.tr("Groups"), self.tr("Individuals"), self.tr("Deals")]

    def retranslate(self) -> None:
        self.setWindowTitle(fill(self.tr("War Room — %1"), self.data.team_name if self.data else ""))
        self.groups_panel.set_title(self.tr("Groups"), self.tr("This contest ranks individuals only."))
        self.top_panel.set_title(self.tr("Top ten"), self.tr("No points yet: the first deal takes the lead."))
        self.chips_panel.set_title(self.tr("On their way"), self.tr("Everyone is in the top half!"),
                                   self.texts.chips_subtitle(self.data.board if self.data else None))
        self.rolling_panel.set_title(self.tr("Last 7 days"), self.tr("No points in the last 7 days yet."))
        self.deals_panel.set_title(self.tr("Today's deals"), self.tr("No deals yet today — who opens the scoreboard?"))
        self.empty_panel.set_title("")
        self.empty_panel.set_message(self.tr("No contest is running"),
                                     self.tr("Start one on the team's Contests tab: the board lights up the moment "
                                             "it begins. Deals logged today still scroll along the bottom."))
        self._show_data()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ---------------------------------------------------------------- loading (in the worker)
    def refresh(self) -> None:
        if self.task is not None:
            self.again = True
            return
        db, team_id, today, contest_id = self._database(), self.team_id, self.today(), self.contest_id

        def job(_progress: object, _cancel: object) -> Loaded:
            data = pages.board_data(db, team_id, today, contest_id)
            with db.session() as s:
                recent = routine.deals_between(s, team_id, today - dt.timedelta(days=TYPICAL_DAYS - 1), today)
            return Loaded(data, typical_deal_cents(recent))

        self.again = False
        self.task = run_task(self, job, title=self.tr("Refreshing the board…"), show_progress=False,
                             on_success=self._loaded, on_failure=self._failed)

    def _finished(self) -> bool:
        """The job is over; False when the board was closed meanwhile."""
        if not shiboken6.isValid(self):
            return False
        self.task = None
        if self.again:
            QTimer.singleShot(0, self.refresh)
        return True

    def _loaded(self, loaded: Loaded) -> None:
        if not self._finished():
            return
        previous = self.seen_deal_id
        self.data, self.typical_cents, self.failure = loaded.data, loaded.typical_cents, ""
        self.seen_deal_id = loaded.data.latest_deal_id
        if previous is not None and loaded.data.latest_deal_id > previous:
            new = sorted((d for d in loaded.data.deals_today if d.id is not None and d.id > previous),
                         key=lambda d: d.id or 0)
            for deal in new[-3:]:
                self.celebrate(deal)
        self.retranslate()
        self._arrange()
        self.refreshed.emit()

    def _failed(self, error: BaseException) -> None:
        if not self._finished():
            return
        self.failure = fill(self.tr("Could not refresh the board: %1"), str(error))
        self._show_footer()

    # ---------------------------------------------------------------- drawing
    def _tick(self) -> None:
        self._show_header()

    def _show_header(self) -> None:
        data = self.data
        if data is None:
            self.header.set_text("", self.tr("War Room"), self.tr("Loading…"))
            return
        contest = data.contest
        if contest is None:
            self.header.set_text(data.team_name, self.tr("War Room"), "")
            return
        status = contest.status(data.today)
        if status is ContestStatus.COMPLETED:
            self.header.set_text(data.team_name, contest.name,
                                 fill(self.tr("Final standings · ended %1"), contest.ends_on.isoformat()))
            return
        now = dt.datetime.combine(self.today(), self.now().time())
        days, clock = self.texts.countdown(contest_deadline(contest.ends_on) - now)
        self.header.set_text(data.team_name, contest.name, self.tr("Time left"), days, clock)

    def _show_footer(self) -> None:
        contest = self.data.contest if self.data else None
        rules = self.texts.tie_breaks(contest.rules) if contest else ""
        keys = self.tr("D log a deal · F11 full screen · Esc close")
        self.footer.set_text(rules, self.view_names(), self.view, keys, self.failure)

    def _show_data(self) -> None:
        data = self.data
        self._show_header()
        self._show_footer()
        if data is None:
            return
        self.groups_panel.set_rows(self.texts.group_rows(data))
        self.top_panel.set_rows(self.texts.top_rows(data))
        self.chips_panel.set_chips(self.texts.chips(data.board))
        self.rolling_panel.set_rows(self.texts.rolling_rows(data.board))
        items = self.texts.ticker(data.deals_today)
        self.deals_panel.set_items(items)
        self.ticker.set_items(self.tr("Today"), self.texts.deals_summary(data.deals_today), items)

    def _arrange(self) -> None:
        """Put the view's panels in the body grid (the others hidden)."""
        for panel in self.panels:
            self.grid.removeWidget(panel)
            panel.hide()
        for i in range(4):
            self.grid.setColumnStretch(i, 0)
            self.grid.setRowStretch(i, 0)
        placed: list[tuple[Panel, int, int, int, int]] = []
        data = self.data
        contest = data.contest if data else None
        has_groups = bool(contest and contest.rules.participants.groups)
        has_reps = bool(contest and contest.rules.participants.reps)
        view = self.view
        if view == View.DEALS:
            placed = [(self.deals_panel, 0, 0, 1, 1)]
        elif contest is None:
            placed = [(self.empty_panel, 0, 0, 1, 1)]
        elif view == View.GROUPS:
            placed = [(self.groups_panel, 0, 0, 1, 1)]
        elif view == View.INDIVIDUALS or not has_groups:
            placed = [(self.top_panel, 0, 0, 2, 1), (self.chips_panel, 0, 1, 1, 1), (self.rolling_panel, 1, 1, 1, 1)]
        elif not has_reps:
            placed = [(self.groups_panel, 0, 0, 2, 1), (self.deals_panel, 0, 1, 2, 1)]
        else:
            placed = [(self.groups_panel, 0, 0, 2, 1), (self.top_panel, 0, 1, 2, 1), (self.chips_panel, 0, 2, 1, 1),
                      (self.rolling_panel, 1, 2, 1, 1)]
        columns = max(column + span for _p, _r, column, _rs, span in placed)
        shares = {1: (1,), 2: (3, 2), 3: (5, 4, 4)}[columns]
        for column, share in enumerate(shares):
            self.grid.setColumnStretch(column, share)
        rows = max(row + span for _p, row, _c, span, _cs in placed)
        for row in range(rows):
            self.grid.setRowStretch(row, 3 if row == 0 else 2)
        for panel, row, column, row_span, column_span in placed:
            self.grid.addWidget(panel, row, column, row_span, column_span)
            panel.show()
        self._show_footer()

    def visible_panels(self) -> list[Panel]:
        return [p for p in self.panels if not p.isHidden()]

    def set_view(self, view: int) -> None:
        self.view = view % View.COUNT
        self._arrange()

    def _scale(self) -> None:
        u = unit(self)
        margin = round(28 * u)
        self.layout_.setContentsMargins(margin, round(18 * u), margin, round(12 * u))
        self.layout_.setSpacing(round(16 * u))
        self.grid.setSpacing(round(18 * u))
        self.header.setFixedHeight(round(130 * u))
        self.ticker.setFixedHeight(round(72 * u))
        self.footer.setFixedHeight(round(40 * u))
        self.quick.set_unit(u)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._scale()
        self.overlay.setGeometry(self.rect())

    # ---------------------------------------------------------------- celebrating
    def celebrate(self, deal: DealInfo) -> None:
        name = self.texts.shown_name(deal.name, deal.opted_out)
        self.overlay.celebrate(Cheer(self.tr("Deal!"), name, self.texts.money(deal.amount_cents)))

    # ---------------------------------------------------------------- quick deal
    def open_quick_deal(self) -> None:
        if self.data is None:
            return
        self.quick.open(self.data.people, self.last_member_id, self.typical_cents)

    def close_quick_deal(self) -> None:
        self.quick.hide()
        self.setFocus()

    def log_deal(self, member_id: int, amount_cents: int) -> None:
        """Store the announcement, make it undoable, refresh (which celebrates it)."""
        team_id = self.team_id
        at = dt.datetime.combine(self.today(), self.now().time().replace(microsecond=0))
        try:
            with self._database().session() as s:
                deal, change = edits.announce_deal(s, team_id, member_id, amount_cents, at)
        except ValidationError as error:
            self.quick.show_error("\n".join(self.texts.field_error(e) for e in error.errors))
            return
        self.last_member_id = member_id
        self.close_quick_deal()
        self.changes.push(fill(self.tr("Announce a deal by %1"), deal.name), change, self._changed)
        if deal.id is not None:
            self.dealLogged.emit(deal.id)

    def _changed(self) -> None:
        """After the deal, and after each undo/redo of it."""
        self.notify(self.team_id)
        if shiboken6.isValid(self):
            self.refresh()

    # ---------------------------------------------------------------- keys
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if Qt.Key.Key_1 <= key <= Qt.Key.Key_4:
            self.set_view(key - Qt.Key.Key_1)
        elif key == Qt.Key.Key_F11:
            self.toggle_full_screen()
        elif key == Qt.Key.Key_F5:
            self.refresh()
        elif key == Qt.Key.Key_D:
            self.open_quick_deal()
        elif key == Qt.Key.Key_Escape:
            if self.quick.isVisible():
                self.close_quick_deal()
            else:
                self.close()
        else:
            super().keyPressEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab and Shift+Tab turn the views, unless the quick-deal bar is open (then they move between fields)."""
        if self.quick.isVisible():
            return super().focusNextPrevChild(next)
        self.set_view(self.view + (1 if next else -1))
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        for timer in (self.refresh_timer, self.clock_timer, self.page_timer, self.ticker.timer):
            timer.stop()
        self.overlay.stop()
        super().closeEvent(event)
