"""One colour per stage, used by the badge, the mix chart, the timeline and the overview (strong colour for
bars, markers and text; a light tint for backgrounds)."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtGui import QColor

STAGE_COLOURS: dict[str, str] = {
    "forming": "#0284c7",  # sky: new, learning
    "storming": "#ea580c",  # orange: turbulence
    "norming": "#16a34a",  # green: settling down
    "performing": "#7c3aed",  # violet: mature
}
STAGE_TINTS: dict[str, str] = {
    "forming": "#e0f2fe",
    "storming": "#ffedd5",
    "norming": "#dcfce7",
    "performing": "#ede9fe",
}
NEUTRAL = "#6b7280"
NEUTRAL_TINT = "#f3f4f6"


def _key(stage: str | StrEnum | None) -> str:
    return "" if stage is None else str(stage.value if isinstance(stage, StrEnum) else stage)


def stage_colour(stage: str | StrEnum | None) -> str:
    return STAGE_COLOURS.get(_key(stage), NEUTRAL)


def stage_tint(stage: str | StrEnum | None) -> str:
    return STAGE_TINTS.get(_key(stage), NEUTRAL_TINT)


def stage_qcolor(stage: str | StrEnum | None) -> QColor:
    return QColor(stage_colour(stage))
