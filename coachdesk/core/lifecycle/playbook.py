"""Playbooks: per stage, the practices a manager, group leader or trainer applies, with why, how, cadence, the
owner role and the signals each addresses. Defaults come from resources/playbooks/<stage>.toml; a manager's
edits (and own practices) are stored by the store and laid over the defaults with ``with_edits``."""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import cast

from coachdesk.core.common.local_text import LANGUAGES, LocalText, require_languages
from coachdesk.core.common.validation import FieldError, ValidationError, clean_text
from coachdesk.core.lifecycle.stages import STAGES, Stage
from coachdesk.paths import resource


class OwnerRole(StrEnum):
    MANAGER = "manager"
    GROUP_LEADER = "group_leader"
    TRAINER = "trainer"


class Cadence(StrEnum):
    DAILY = "daily"
    WEEKLY = "weekly"
    ONCE = "once"


@dataclass(frozen=True)
class Practice:
    id: str
    stage: Stage
    owner: OwnerRole
    cadence: Cadence
    signals: tuple[str, ...]
    title: LocalText
    why: LocalText
    how: Mapping[str, tuple[str, ...]]  # language → steps
    custom: bool = False  # written by a manager in the app (no default in resources/)

    def steps(self, lang: str) -> tuple[str, ...]:
        key = "zh" if lang.lower().startswith("zh") else "en"
        return self.how.get(key) or self.how.get("en") or ()

    def to_mapping(self) -> dict[str, object]:
        return {"id": self.id, "stage": self.stage.value, "owner": self.owner.value, "cadence": self.cadence.value,
                "signals": list(self.signals), "title": dict(self.title), "why": dict(self.why),
                "how": {lang: list(steps) for lang, steps in self.how.items()}, "custom": self.custom}


def practice_from_mapping(raw: Mapping[str, object], where: str, stage: Stage | None = None) -> Practice:
    """Read one practice (a content-file table or a stored edit); raise ValueError naming ``where``."""
    practice_id = str(raw.get("id", "")).strip()
    if not practice_id:
        raise ValueError(f"{where}: practice without id")
    at = f"{where}[{practice_id}]"
    try:
        # cast: the enum constructors check the raw value and raise ValueError naming it
        owner, cadence = OwnerRole(cast(str, raw.get("owner"))), Cadence(cast(str, raw.get("cadence")))
        practice_stage = stage or Stage(cast(str, raw.get("stage")))
    except ValueError as error:
        raise ValueError(f"{at}: {error}") from None
    signals = raw.get("signals", [])
    how_raw = raw.get("how")
    if not isinstance(signals, list) or not isinstance(how_raw, Mapping):
        raise ValueError(f"{at}: signals must be a list and how a table of step lists")
    how: dict[str, tuple[str, ...]] = {}
    for lang in LANGUAGES:
        steps = how_raw.get(lang)
        if not isinstance(steps, list) or not steps or not all(isinstance(s, str) and s.strip() for s in steps):
            raise ValueError(f"{at}.how.{lang}: expected a list of steps")
        how[lang] = tuple(s.strip() for s in steps)
    return Practice(practice_id, practice_stage, owner, cadence, tuple(str(s) for s in signals),
                    require_languages(raw.get("title"), f"{at}.title"), require_languages(raw.get("why"), f"{at}.why"),
                    how, bool(raw.get("custom", False)))


@dataclass(frozen=True)
class Playbook:
    practices: tuple[Practice, ...]

    def for_stage(self, stage: Stage) -> tuple[Practice, ...]:
        return tuple(p for p in self.practices if p.stage is stage)

    def get(self, practice_id: str) -> Practice | None:
        return next((p for p in self.practices if p.id == practice_id), None)

    def addressing(self, signal_id: str, stage: Stage) -> list[Practice]:
        return [p for p in self.for_stage(stage) if signal_id in p.signals]

    def with_edits(self, edits: Iterable[Practice]) -> Playbook:
        """Stored edits replace the default with the same id; new ids (own practices) follow their stage's."""
        by_id = {p.id: p for p in edits}
        merged = [by_id.pop(p.id, p) for p in self.practices]
        merged += list(by_id.values())
        return Playbook(tuple(sorted(merged, key=lambda p: p.stage.order)))


def load_stage_file(path: Path) -> list[Practice]:
    with open(path, "rb") as handle:
        data = tomllib.load(handle)
    stage = Stage(cast(str, data.get("stage")))
    raw = data.get("practice")
    if not isinstance(raw, list) or not raw:
        raise ValueError(f"{path.name}: no [[practice]] entries")
    return [practice_from_mapping(item, path.name, stage) for item in raw]


def load_playbook(folder: Path | None = None) -> Playbook:
    base = folder or resource("playbooks")
    practices = [p for stage in STAGES for p in load_stage_file(base / f"{stage.value}.toml")]
    ids = [p.id for p in practices]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise ValueError(f"playbooks: practice ids used twice: {', '.join(duplicates)}")
    return Playbook(tuple(practices))


@cache
def default_playbook() -> Playbook:
    return load_playbook()


def clean_practice(practice: Practice, known_signals: Sequence[str]) -> Practice:
    """Check a practice a manager edited: every text in both languages, known signals (field names say where)."""
    errors: list[FieldError] = []
    texts: dict[str, LocalText] = {}
    for name in ("title", "why"):
        value: LocalText = {}
        for lang in LANGUAGES:
            text = clean_text(getattr(practice, name).get(lang))
            if not text:
                errors.append(FieldError(f"{name}_{lang}", "required", "required"))
            elif name == "title" and len(text) > 120:
                errors.append(FieldError(f"{name}_{lang}", "at most 120 characters", "too_long", {"max": 120}))
            value[lang] = text
        texts[name] = value
    how = {lang: tuple(s for s in (clean_text(step) for step in practice.how.get(lang, ())) if s)
           for lang in LANGUAGES}
    for lang, steps in how.items():
        if not steps:
            errors.append(FieldError(f"how_{lang}", "at least one step", "required"))
    for signal in practice.signals:
        if signal not in known_signals:
            errors.append(FieldError("signals", f"{signal!r} is not a signal", "bad_format", {"value": signal}))
    if errors:
        raise ValidationError(errors)
    return replace(practice, title=texts["title"], why=texts["why"], how=how)


def prescribe(playbook: Playbook, stage: Stage, signal_ids: Sequence[str], limit: int = 3) -> list[Practice]:
    """Up to ``limit`` practices addressing the signals, in the order given, each signal leaving a place for those
    after it; for each signal the team's stage is searched first, then the nearest stages (the later one first
    on a tie). Without any, the stage's first practices."""
    order = sorted(STAGES, key=lambda s: (abs(s.order - stage.order), -s.order))
    chosen: list[Practice] = []
    for index, signal in enumerate(signal_ids):
        cap = max(len(chosen) + 1, limit - (len(signal_ids) - 1 - index))
        candidates = (p for s in order for p in playbook.addressing(signal, s) if p not in chosen)
        for practice in candidates:
            if len(chosen) >= min(cap, limit):
                break
            chosen.append(practice)
    return chosen or list(playbook.for_stage(stage)[:limit])
