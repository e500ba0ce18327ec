"""The trainer console's state, without the screen: whose turn it is, the question drawn, the rubric scores being
typed, answered well or not, the note, the timer. The GUI maps keys to these steps; ``entry()`` is what Enter
saves. Kept here so the rules (a number key scores the selected criterion and moves to the next one; Enter needs
something to save; the next participant after the last wraps round) are tested without Qt."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from coachdesk.core.drills.rubrics import HIGH, LOW, Rubric
from coachdesk.core.drills.sessions import DrillEntry


@dataclass
class ConsoleState:
    rubric: Rubric
    participants: tuple[int, ...]
    index: int = 0
    question_id: int | None = None
    asked_at: dt.datetime | None = None  # the timer runs from the moment the question was drawn
    scores: dict[str, int] = field(default_factory=dict)
    criterion: int = 0  # the criterion the next number key scores
    well: bool | None = None
    note: str = ""
    asked: dict[int, list[int]] = field(default_factory=dict)  # member → questions asked this session

    @classmethod
    def resumed(cls, rubric: Rubric, participants: Sequence[int], saved: Iterable[DrillEntry]) -> ConsoleState:
        """The console of a session reopened after the laptop slept or the app closed: the questions already
        asked stay asked, and the turn goes to the participant after the last one saved."""
        state = cls(rubric, tuple(participants))
        last: int | None = None
        for entry in sorted(saved, key=lambda e: e.at):
            if entry.question_id is not None:
                state.asked.setdefault(entry.member_id, []).append(entry.question_id)
            last = entry.member_id
        if last is not None and last in state.participants:
            state.index = (state.participants.index(last) + 1) % len(state.participants)
        return state

    @property
    def member_id(self) -> int | None:
        return self.participants[self.index] if self.participants else None

    @property
    def dirty(self) -> bool:
        """Something typed for the current participant that Enter has not saved yet."""
        return bool(self.scores) or self.well is not None or bool(self.note.strip()) or self.question_id is not None

    def go_to(self, index: int) -> None:
        if self.participants:
            self.index = index % len(self.participants)
            self.clear()

    def next_participant(self) -> None:
        self.go_to(self.index + 1)

    def previous_participant(self) -> None:
        self.go_to(self.index - 1)

    def set_question(self, question_id: int | None, now: dt.datetime) -> None:
        self.question_id = question_id
        self.asked_at = now if question_id is not None else None
        self.well = None

    def select_criterion(self, index: int) -> None:
        self.criterion = max(0, min(index, len(self.rubric.criteria) - 1))

    def score(self, value: int) -> None:
        """Score the selected criterion and move to the next one (staying on the last)."""
        if not LOW <= value <= HIGH:
            raise ValueError(f"score {value} is not from {LOW} to {HIGH}")
        self.scores[self.rubric.criteria[self.criterion].key] = value
        self.select_criterion(self.criterion + 1)

    def clear_score(self) -> None:
        self.scores.pop(self.rubric.criteria[self.criterion].key, None)

    def mark(self, well: bool) -> None:
        self.well = well

    def elapsed(self, now: dt.datetime) -> int | None:
        return None if self.asked_at is None else max(0, int((now - self.asked_at).total_seconds()))

    def entry(self, now: dt.datetime, session_id: int | None = None) -> DrillEntry | None:
        """What Enter saves for the current participant; None when nothing was scored or answered."""
        member = self.member_id
        if member is None or (not self.scores and self.well is None):
            return None
        return DrillEntry(member, now, dict(self.scores), self.question_id, self.well, self.note.strip(),
                          self.elapsed(now), session_id)

    def saved(self) -> None:
        """The entry is stored: remember the question, then on to the next participant."""
        member = self.member_id
        if member is not None and self.question_id is not None:
            self.asked.setdefault(member, []).append(self.question_id)
        self.next_participant()

    def clear(self) -> None:
        self.question_id = None
        self.asked_at = None
        self.scores = {}
        self.criterion = 0
        self.well = None
        self.note = ""

    def total(self) -> float | None:
        return self.rubric.total(self.scores)
