"""Which question to ask next: spaced repetition per rep with FSRS (the ``fsrs`` package), so a question answered
badly comes back soon and one answered well comes back later, weighted toward what the team answers worst.

A rep's memory of each question is replayed from their entries (answered well or not, and the rubric total of that
entry), so nothing but the entries is stored and the schedule is always the same for the same history. Intervals
are in days: drills happen a few times a week, not minutes apart, so FSRS's minute-long learning steps are off.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from fsrs import Card, Rating, Scheduler

from coachdesk.core.drills.questions import Question

# A well answer with a rubric total below this is "hard" (came out, but shakily); at or above EASY it is "easy".
HARD_BELOW = 3.0
EASY_FROM = 4.5
RETENTION = 0.9  # FSRS's target: a question is due when the chance of answering it well falls to this
# Weights are in units of "due": a question the rep is as likely to miss as the target allows weighs 1. One they
# have probably forgotten weighs more (up to MAX_WEIGHT), one they know well less (down to MIN_WEIGHT).
MAX_WEIGHT = 5.0
MIN_WEIGHT = 0.05
NEW_WEIGHT = 1.0  # an unseen question's weight before the team's record of it is added
TEAM_WEIGHT = 1.0  # how much the team's miss rate (0–1; ½ when unknown) adds to an unseen one
SEEN_IN_SESSION_WEIGHT = 0.02  # asked already this session: almost never again in the same session

_SCHEDULER = Scheduler(learning_steps=(), relearning_steps=(), enable_fuzzing=False, desired_retention=RETENTION)


@dataclass(frozen=True, slots=True)
class Answer:
    """One answer to a question, as repetition sees it."""

    member_id: int
    question_id: int
    at: dt.datetime
    well: bool
    total: float | None = None  # the entry's rubric total, 1–5


def rating_of(answer: Answer) -> Rating:
    if not answer.well:
        return Rating.Again
    if answer.total is None:
        return Rating.Good
    if answer.total < HARD_BELOW:
        return Rating.Hard
    return Rating.Easy if answer.total >= EASY_FROM else Rating.Good


def _utc(moment: dt.datetime) -> dt.datetime:
    return moment.replace(tzinfo=dt.UTC) if moment.tzinfo is None else moment.astimezone(dt.UTC)


def memory(answers: Iterable[Answer]) -> dict[tuple[int, int], Card]:
    """(member id, question id) → the FSRS card after replaying that rep's answers to it, oldest first."""
    cards: dict[tuple[int, int], Card] = {}
    for answer in sorted(answers, key=lambda a: (_utc(a.at), a.member_id, a.question_id)):
        key = (answer.member_id, answer.question_id)
        card = cards.get(key) or Card(card_id=answer.question_id)
        cards[key], _log = _SCHEDULER.review_card(card, rating_of(answer), _utc(answer.at))
    return cards


def recall(card: Card, now: dt.datetime) -> float:
    """FSRS's probability the rep would answer well now (0–1)."""
    return float(_SCHEDULER.get_card_retrievability(card, _utc(now)))


def team_miss_rates(answers: Iterable[Answer]) -> dict[int, float]:
    """Question id → the share of the team's answers to it that were not good."""
    counts: dict[int, list[int]] = {}
    for a in answers:
        tally = counts.setdefault(a.question_id, [0, 0])
        tally[0] += 0 if a.well else 1
        tally[1] += 1
    return {q: missed / total for q, (missed, total) in counts.items()}


@dataclass(frozen=True, slots=True)
class Candidate:
    question_id: int
    weight: float
    recall: float | None  # None: the rep has never been asked it
    due: dt.datetime | None


def candidates(member_id: int, bank: Sequence[Question], cards: Mapping[tuple[int, int], Card],
               team_misses: Mapping[int, float], now: dt.datetime,
               asked_today: Iterable[int] = ()) -> list[Candidate]:
    """Every active question of the bank with its draw weight for this rep: for a question the rep has met, the
    chance they would miss it now over the chance the target retention allows (a question they failed days ago
    weighs most, one they know well little); for one they have not met, a middling weight raised by the team's miss
    rate; almost nothing for one already asked in this session."""
    asked = set(asked_today)
    out: list[Candidate] = []
    for q in bank:
        if q.retired or q.id is None:
            continue
        card = cards.get((member_id, q.id))
        if card is None:
            weight, chance, due = NEW_WEIGHT + TEAM_WEIGHT * team_misses.get(q.id, 0.5), None, None
        else:
            chance = recall(card, now)
            weight = min(MAX_WEIGHT, max(MIN_WEIGHT, (1.0 - chance) / (1.0 - RETENTION)))
            due = card.due
        if q.id in asked:
            weight = SEEN_IN_SESSION_WEIGHT
        out.append(Candidate(q.id, weight, chance, due))
    return out


def draw(member_id: int, bank: Sequence[Question], answers: Sequence[Answer], now: dt.datetime,
         rng: random.Random, asked_today: Iterable[int] = ()) -> int | None:
    """The id of the question to ask ``member_id`` next (None when the bank has no active question)."""
    pool = candidates(member_id, bank, memory(a for a in answers if a.member_id == member_id),
                      team_miss_rates(answers), now, asked_today)
    if not pool:
        return None
    return rng.choices([c.question_id for c in pool], weights=[c.weight for c in pool], k=1)[0]
