"""Rubrics as data: criteria with what a 1, a 3 and a 5 look like, weights and a pass mark; the default telesales
rubric ships in resources/drills/rubric.toml (Chinese and English). Also how well two trainers agree when they
score the same role-play, so a score means the same whoever gave it."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from coachdesk.core.common.local_text import LocalText, pick, require_languages
from coachdesk.core.common.validation import FieldError, ValidationError
from coachdesk.paths import resource

LOW, HIGH = 1, 5
ANCHOR_SCORES = (1, 3, 5)
Scores = Mapping[str, int]  # criterion key → 1..5


@dataclass(frozen=True, slots=True)
class Criterion:
    key: str
    name: LocalText
    anchors: Mapping[int, LocalText]  # 1, 3, 5 → what that score looks like
    weight: float = 1.0

    def label(self, lang: str) -> str:
        return pick(self.name, lang)

    def anchor(self, score: int, lang: str) -> str:
        """What ``score`` looks like; a 2 or 4 lies between the anchors either side."""
        if score in self.anchors:
            return pick(self.anchors[score], lang)
        return ""


@dataclass(frozen=True, slots=True)
class Rubric:
    key: str
    name: LocalText
    criteria: tuple[Criterion, ...]
    pass_mark: float = 3.5

    def label(self, lang: str) -> str:
        return pick(self.name, lang)

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(c.key for c in self.criteria)

    def criterion(self, key: str) -> Criterion:
        return next(c for c in self.criteria if c.key == key)

    def total(self, scores: Scores) -> float | None:
        """Weighted mean of the criteria scored (1–5); None when none is."""
        weighted = [(c.weight, scores[c.key]) for c in self.criteria if c.key in scores]
        weight = sum(w for w, _ in weighted)
        return sum(w * s for w, s in weighted) / weight if weight else None

    def passes(self, scores: Scores) -> bool:
        total = self.total(scores)
        return total is not None and total >= self.pass_mark

    def check(self, scores: Scores) -> dict[str, int]:
        """The scores as given, checked: known criteria, whole numbers 1–5. Raises ValidationError."""
        errors: list[FieldError] = []
        for key, value in scores.items():
            if key not in self.keys:
                errors.append(FieldError(f"score.{key}", "is not a criterion of this rubric", "unknown"))
            elif isinstance(value, bool) or not isinstance(value, int) or not LOW <= value <= HIGH:
                errors.append(FieldError(f"score.{key}", f"{value!r} is not a score from {LOW} to {HIGH}", "range",
                                         {"value": value, "low": LOW, "high": HIGH}))
        if errors:
            raise ValidationError(errors)
        return dict(scores)


def rubric_from_data(data: Mapping[str, object], where: str = "rubric") -> Rubric:
    """A rubric from its TOML table; raises ValueError naming the entry that is wrong."""
    criteria: list[Criterion] = []
    raw = data.get("criteria")
    if not isinstance(raw, Sequence) or not raw:
        raise ValueError(f"{where}.criteria: at least one criterion is needed")
    for index, item in enumerate(raw):
        at = f"{where}.criteria[{index}]"
        if not isinstance(item, Mapping) or not isinstance(item.get("key"), str):
            raise ValueError(f"{at}.key: missing")
        anchors_raw = item.get("anchors")
        if not isinstance(anchors_raw, Mapping):
            raise ValueError(f"{at}.anchors: expected anchors 1, 3 and 5")
        anchors = {s: require_languages(anchors_raw.get(str(s)), f"{at}.anchors.{s}") for s in ANCHOR_SCORES}
        weight = item.get("weight", 1.0)
        if not isinstance(weight, (int, float)) or weight <= 0:
            raise ValueError(f"{at}.weight: must be a positive number")
        criteria.append(Criterion(item["key"], require_languages(item.get("name"), f"{at}.name"), anchors,
                                  float(weight)))
    if len({c.key for c in criteria}) != len(criteria):
        raise ValueError(f"{where}.criteria: keys repeat")
    pass_mark = data.get("pass_mark", 3.5)
    if not isinstance(pass_mark, (int, float)) or not LOW <= pass_mark <= HIGH:
        raise ValueError(f"{where}.pass_mark: must lie between {LOW} and {HIGH}")
    key = data.get("key")
    return Rubric(key if isinstance(key, str) else "rubric", require_languages(data.get("name"), f"{where}.name"),
                  tuple(criteria), float(pass_mark))


def load_rubric(path: Path) -> Rubric:
    with open(path, "rb") as handle:
        return rubric_from_data(tomllib.load(handle), path.name)


@cache
def default_rubric() -> Rubric:
    return load_rubric(resource("drills", "rubric.toml"))


# --- two trainers, one role-play -------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Agreement:
    """How two trainers' scores of the same role-plays compare, over every criterion both scored."""

    pairs: int  # criterion scores compared
    exact: float  # share of identical scores
    within_one: float  # share at most one point apart
    kappa: float | None  # quadratic-weighted Cohen's kappa (1 = perfect, 0 = chance); None when undefined
    mean_difference: float  # trainer A minus trainer B, points: a harsher or kinder scorer shows here
    by_criterion: Mapping[str, float]  # criterion → share within one point

    @property
    def verdict(self) -> str:
        """"good" (κ ≥ 0.6 and 90 % within one), "fair" (κ ≥ 0.4), else "poor" — Landis & Koch's bands."""
        if self.kappa is not None and self.kappa >= 0.6 and self.within_one >= 0.9:
            return "good"
        if self.kappa is not None and self.kappa >= 0.4:
            return "fair"
        return "poor"


def agreement(sessions: Sequence[tuple[Scores, Scores]]) -> Agreement | None:
    """Compare pairs of score sheets (trainer A's, trainer B's) of the same role-plays; None when no criterion
    was scored by both."""
    pairs: list[tuple[str, int, int]] = [(key, a[key], b[key]) for a, b in sessions for key in a if key in b]
    if not pairs:
        return None
    n = len(pairs)
    exact = sum(1 for _, x, y in pairs if x == y) / n
    within = sum(1 for _, x, y in pairs if abs(x - y) <= 1) / n
    by_key: dict[str, list[bool]] = {}
    for key, x, y in pairs:
        by_key.setdefault(key, []).append(abs(x - y) <= 1)
    return Agreement(n, exact, within, _quadratic_kappa([(x, y) for _, x, y in pairs]),
                     sum(x - y for _, x, y in pairs) / n,
                     {key: sum(v) / len(v) for key, v in by_key.items()})


def _quadratic_kappa(pairs: Sequence[tuple[int, int]]) -> float | None:
    """1 − Σ w·observed / Σ w·expected with w = (i − j)² over the 1–5 scale."""
    n = len(pairs)
    scale = range(LOW, HIGH + 1)
    count_a = {s: sum(1 for x, _ in pairs if x == s) for s in scale}
    count_b = {s: sum(1 for _, y in pairs if y == s) for s in scale}
    observed = sum((x - y) ** 2 for x, y in pairs) / n
    expected = sum((i - j) ** 2 * count_a[i] * count_b[j] for i in scale for j in scale) / (n * n)
    if expected == 0:
        return 1.0 if observed == 0 else None  # both trainers gave one and the same score throughout
    return 1 - observed / expected
