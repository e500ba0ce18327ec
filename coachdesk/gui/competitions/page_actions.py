"""What the contest page's buttons do: open the routine dialogs for the page shown (deal, morning contest, recap,
promise, delivered, support note, duel, points), toggle a rep's opt-out and delete rows — every change through the
ContestEditor, so Ctrl+Z undoes it and the page reloads."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from coachdesk.core.common.validation import ValidationError
from coachdesk.gui.competitions.contest_edits import ContestEditor
from coachdesk.gui.competitions.contest_panels import participant_labels
from coachdesk.gui.competitions.contest_problems import problem_text
from coachdesk.gui.competitions.contest_view import ContestView
from coachdesk.gui.competitions.morning_dialog import MorningDialog
from coachdesk.gui.competitions.routine_dialogs import (
    DealDialog,
    DeliveredDialog,
    DuelDialog,
    PointsDialog,
    PromiseDialog,
    RecapDialog,
    SupportDialog,
)
from coachdesk.store.competitions.pages import ContestPage


class PageActions(QObject):
    def __init__(self, parent: QWidget, view: ContestView, editor: ContestEditor,
                 now: Callable[[], dt.datetime] = dt.datetime.now) -> None:
        super().__init__(parent)
        self.widget, self.view, self.editor, self.now = parent, view, editor, now
        self.dialog: QDialog | None = None  # the one open (tests reach it)
        v = view
        v.standings.duelRequested.connect(self.add_duel)
        v.standings.pointsRequested.connect(self.give_points)
        v.standings.optOutRequested.connect(self.set_opt_out)
        v.standings.supportRequested.connect(self.support_note)
        v.support.supportRequested.connect(self.support_note)
        v.morning.addRequested.connect(self.log_morning)
        v.morning.deleteRequested.connect(self.delete_morning)
        v.deals.addRequested.connect(self.log_deal)
        v.deals.deleteRequested.connect(self.delete_deal)
        v.recaps.addRequested.connect(self.add_recap)
        v.recaps.deleteRequested.connect(self.delete_recap)
        v.ledger.addRequested.connect(self.add_promise)
        v.ledger.deliveredRequested.connect(self.mark_delivered)
        v.ledger.notDeliveredRequested.connect(self.mark_not_delivered)
        v.ledger.deleteRequested.connect(self.delete_promise)

    @property
    def page(self) -> ContestPage | None:
        return self.view.page

    def today(self) -> dt.date:
        return self.editor.today()

    def day_in_contest(self) -> dt.date:
        """Today, kept inside the contest's period (a dialog's default day)."""
        page = self.page
        assert page is not None
        return min(max(self.today(), page.contest.starts_on), page.contest.ends_on)

    def _run(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.open()
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        return dialog

    def participants(self) -> list[tuple[str, str]]:
        page = self.page
        if page is None:
            return []
        labels = participant_labels(page)
        keys = [s.key for s in page.standings.groups] or (
            [f"g{g}" for g in page.groups] if page.contest.rules.participants.groups else [])
        keys += [s.key for s in page.standings.reps] or (
            [f"r{p.id}" for p in page.people] if page.contest.rules.participants.reps else [])
        names = {f"r{p.id}": p.name for p in page.people}
        return [(key, labels.get(key) or names.get(key, key)) for key in keys]

    # ---------------------------------------------------------------- dialogs
    def log_deal(self) -> QDialog | None:
        page = self.page
        if page is None:
            return None
        now = self.now()
        at = dt.datetime.combine(self.today(), now.time().replace(second=0, microsecond=0))
        team = page.contest.team_id
        return self._run(DealDialog(self.widget, lambda d: self.editor.log_deal(team, d), page.people, at))

    def log_morning(self) -> QDialog | None:
        page = self.page
        if page is None:
            return None
        team, contest = page.contest.team_id, page.contest.id
        return self._run(MorningDialog(self.widget, lambda r: self.editor.log_morning(team, contest, r),
                                       page.groups, page.people, self.day_in_contest()))

    def add_recap(self) -> QDialog | None:
        page = self.page
        if page is None:
            return None
        team = page.contest.team_id
        return self._run(RecapDialog(self.widget, lambda d: self.editor.add_recap(team, d), page.people,
                                     self.day_in_contest()))

    def add_promise(self) -> QDialog | None:
        page = self.page
        if page is None:
            return None
        contest = page.contest.id
        return self._run(PromiseDialog(self.widget, lambda d: self.editor.add_promise(contest, d),
                                       self.participants(), min(self.today(), page.contest.ends_on)))

    def mark_delivered(self, promise_id: int) -> QDialog | None:
        page = self.page
        promise = next((p for p in page.ledger.promises if p.id == promise_id), None) if page else None
        if page is None or promise is None:
            return None
        team = page.contest.team_id
        day = max(self.today(), promise.promised_on)
        return self._run(DeliveredDialog(self.widget, lambda d: self.editor.set_delivered(team, promise_id, d),
                                         promise, day))

    def mark_not_delivered(self, promise_id: int) -> None:
        page = self.page
        if page is not None:
            self._quiet(lambda: self.editor.set_delivered(page.contest.team_id, promise_id, None))

    def support_note(self, member_id: int) -> QDialog | None:
        page = self.page
        if page is None:
            return None
        rep = next((s for s in (*page.standings.reps, *(r.standing for r in page.lagging)) if s.id == member_id),
                   None)
        current = next((r.support for r in page.lagging if r.standing.id == member_id), None)
        contest = page.contest.id
        return self._run(SupportDialog(self.widget, lambda d: self.editor.save_support(contest, d), member_id,
                                       rep.label if rep else str(member_id), page.staff, current))

    def add_duel(self) -> QDialog | None:
        page = self.page
        if page is None:
            return None
        contest = page.contest.id
        return self._run(DuelDialog(self.widget, lambda d: self.editor.add_duel(contest, d), self.participants(),
                                    self.day_in_contest(), page.contest.ends_on))

    def give_points(self) -> QDialog | None:
        page = self.page
        if page is None:
            return None
        contest = page.contest.id
        return self._run(PointsDialog(self.widget, lambda d: self.editor.add_points(contest, d),
                                      self.participants(), self.day_in_contest()))

    # ---------------------------------------------------------------- one-click edits
    def _quiet(self, op: Callable[[], object]) -> bool:
        """An edit without a dialog: a refusal is shown in a message box."""
        try:
            op()
        except ValidationError as error:
            QMessageBox.warning(self.widget, self.tr("Contests"),
                                "\n".join(problem_text(e, e.field) for e in error.errors))
            return False
        return True

    def set_opt_out(self, member_id: int, name: str, hide: bool) -> None:
        page = self.page
        if page is not None:
            self._quiet(lambda: self.editor.set_opt_out(page.contest.team_id, member_id, name, hide))

    def delete_deal(self, deal_id: int) -> None:
        page = self.page
        if page is not None:
            self._quiet(lambda: self.editor.delete_deal(page.contest.team_id, deal_id))

    def delete_morning(self, round_id: int) -> None:
        page = self.page
        if page is not None:
            self._quiet(lambda: self.editor.delete_morning(page.contest.team_id, round_id))

    def delete_recap(self, recap_id: int) -> None:
        page = self.page
        if page is not None:
            self._quiet(lambda: self.editor.delete_recap(page.contest.team_id, recap_id))

    def delete_promise(self, promise_id: int) -> None:
        page = self.page
        if page is not None:
            self._quiet(lambda: self.editor.delete_promise(page.contest.team_id, promise_id))
