"""The Contests tab's undoable edits: each runs one store edit (store/competitions/edits.py) in its own unit of
work — a ValidationError reaches the dialog that asked and nothing is pushed — then puts the Change on the window's
undo stack with ``after`` (the page reloads after the edit and after every undo/redo)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject

from coachdesk.core.competitions.contests import MorningRound
from coachdesk.core.competitions.rules import ContestDraft
from coachdesk.gui.competitions.contest_dialog import AmendDraft
from coachdesk.gui.competitions.routine_dialogs import (
    DealDraft,
    DeliveredDraft,
    DuelDraft,
    PointsDraft,
    PromiseDraft,
    RecapDraft,
    SupportDraft,
)
from coachdesk.gui.widgets.text import fill
from coachdesk.gui.widgets.undo import ChangeStack
from coachdesk.store.competitions import edits
from coachdesk.store.database import Database
from coachdesk.store.undo import Change

T = TypeVar("T")


class ContestEditor(QObject):
    def __init__(self, database: Callable[[], Database], changes: ChangeStack, today: Callable[[], dt.date],
                 after: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database, self.changes, self.today, self.after = database, changes, today, after

    def _edit(self, text: str, op: Callable[[Any], tuple[T, Change]]) -> T:
        with self.database().session() as s:
            result, change = op(s)
        self.changes.push(text, change, self.after)
        return result

    # ---------------------------------------------------------------- contests
    def create(self, team_id: int, draft: ContestDraft) -> int:
        return self._edit(fill(self.tr("Create contest %1"), draft.name.strip()),
                          lambda s: edits.create_contest(s, team_id, draft))

    def update(self, contest_id: int, draft: ContestDraft) -> None:
        self._edit(fill(self.tr("Edit contest %1"), draft.name.strip()),
                   lambda s: edits.update_contest(s, contest_id, draft, self.today()))

    def amend(self, contest_id: int, name: str, draft: AmendDraft) -> object:
        return self._edit(fill(self.tr("Amend the rules of %1"), name),
                          lambda s: edits.amend_contest(s, contest_id, draft.rules, draft.reason, self.today(),
                                                        draft.ends_on))

    def delete(self, contest_id: int, name: str) -> None:
        self._edit(fill(self.tr("Delete contest %1"), name), lambda s: edits.delete_contest(s, contest_id))

    def add_duel(self, contest_id: int, draft: DuelDraft) -> int:
        return self._edit(self.tr("Add duel"), lambda s: edits.add_duel(s, contest_id, draft.a, draft.b,
                                                                        draft.starts_on, draft.ends_on))

    def add_points(self, contest_id: int, draft: PointsDraft) -> int:
        member = int(draft.who[1:]) if draft.who.startswith("r") else None
        group = int(draft.who[1:]) if draft.who.startswith("g") else None
        return self._edit(self.tr("Give points"), lambda s: edits.add_points(
            s, contest_id, draft.day, draft.points, draft.reason, member_id=member, group_id=group))

    # ---------------------------------------------------------------- routine
    def log_deal(self, team_id: int, draft: DealDraft) -> object:
        return self._edit(self.tr("Log deal"), lambda s: edits.announce_deal(s, team_id, draft.member_id,
                                                                             draft.amount_cents, draft.at, draft.note))

    def delete_deal(self, team_id: int, deal_id: int) -> None:
        self._edit(self.tr("Delete deal"), lambda s: edits.delete_deal(s, team_id, deal_id))

    def log_morning(self, team_id: int, contest_id: int, round_: MorningRound) -> int:
        return self._edit(fill(self.tr("Log morning contest %1"), round_.topic.strip()),
                          lambda s: edits.save_morning_round(s, team_id, round_, contest_id))

    def delete_morning(self, team_id: int, round_id: int) -> None:
        self._edit(self.tr("Delete morning contest"), lambda s: edits.delete_morning_round(s, team_id, round_id))

    def add_recap(self, team_id: int, draft: RecapDraft) -> int:
        return self._edit(self.tr("Add evening recap"), lambda s: edits.add_recap(s, team_id, draft.day, draft.kind,
                                                                                  draft.text, draft.member_id))

    def delete_recap(self, team_id: int, recap_id: int) -> None:
        self._edit(self.tr("Delete evening recap"), lambda s: edits.delete_recap(s, team_id, recap_id))

    def add_promise(self, contest_id: int, draft: PromiseDraft) -> int:
        return self._edit(self.tr("Add promise"), lambda s: edits.add_promise(
            s, contest_id, draft.kind, draft.to_whom, draft.for_what, draft.promised_on))

    def set_delivered(self, team_id: int, promise_id: int, draft: DeliveredDraft | None) -> None:
        text = self.tr("Mark promise delivered") if draft else self.tr("Mark promise not delivered")
        self._edit(text, lambda s: edits.set_delivered(s, team_id, promise_id, draft.on if draft else None,
                                                       draft.note if draft else ""))

    def delete_promise(self, team_id: int, promise_id: int) -> None:
        self._edit(self.tr("Delete promise"), lambda s: edits.delete_promise(s, team_id, promise_id))

    def save_support(self, contest_id: int, draft: SupportDraft) -> int:
        return self._edit(self.tr("Save support note"), lambda s: edits.save_support_note(
            s, contest_id, draft.member_id, draft.supporter_id, draft.chance, draft.note, self.today()))

    def set_opt_out(self, team_id: int, member_id: int, name: str, opted_out: bool) -> None:
        text = (fill(self.tr("Hide %1 from public boards"), name) if opted_out
                else fill(self.tr("Show %1 on public boards"), name))
        self._edit(text, lambda s: edits.set_opt_out(s, team_id, member_id, opted_out, self.today()))
