"""What the reader asks of a printed coaching plan (team aside): the day, the language, the paper and the sections;
and what building one gave back. Shared by the composers, the CLI and the Reports page."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from coachdesk.reports.document import Paper

LANGUAGES = ("zh", "en")  # a plan's language; a locale such as zh_CN reads as "zh"


class PlanSection(StrEnum):
    """The plan's optional sections, in print order (the cover always prints)."""

    DIAGNOSIS = "diagnosis"  # stage mix, evidence with figures, survey, stage timeline
    PLAN = "plan"  # prescribed practices, actions with owner, due date and a box to tick; overdue carried over
    ACTIVITY = "activity"  # calls, connects and deals over the last weeks; per group; reps needing support
    COMPETITIONS = "competitions"  # groups and contest standings, morning-contest winners, promises to keep
    DRILLS = "drills"  # readiness per rep, weakest questions, certification
    GROUPS = "groups"  # one page per group leader


ALL_SECTIONS = frozenset(PlanSection)


def plan_language(locale: str) -> str:
    """'zh_CN', 'zh' → 'zh'; anything else → 'en'."""
    return "zh" if locale.lower().startswith("zh") else "en"


@dataclass(frozen=True)
class PlanOptions:
    as_of: dt.date
    language: str = "zh"  # "zh" or "en"
    paper: Paper = Paper.A4
    sections: frozenset[PlanSection] = field(default=ALL_SECTIONS)

    def wants(self, section: PlanSection) -> bool:
        return section in self.sections


@dataclass(frozen=True)
class BuiltReport:
    team: str
    path: Path
    pages: int
