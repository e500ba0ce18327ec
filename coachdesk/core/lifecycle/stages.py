"""The four stages a telesales team goes through (seed 003: 磨合期, 动乱期, 安稳期, 成熟期 ≈ Tuckman)."""

from __future__ import annotations

from enum import StrEnum


class Stage(StrEnum):
    FORMING = "forming"
    STORMING = "storming"
    NORMING = "norming"
    PERFORMING = "performing"

    @property
    def order(self) -> int:
        return STAGES.index(self)

    @classmethod
    def parse(cls, value: str) -> Stage:
        text = value.strip().lower()
        for stage in cls:
            if text in (stage.value, STAGE_NAMES_ZH[stage]):
                return stage
        raise ValueError(f"{value!r} is not a stage; choose one of {', '.join(s.value for s in cls)}")


STAGES: tuple[Stage, ...] = (Stage.FORMING, Stage.STORMING, Stage.NORMING, Stage.PERFORMING)

# The seed's own names, used by content files and the CLI (the GUI translates through Qt).
STAGE_NAMES_ZH: dict[Stage, str] = {
    Stage.FORMING: "磨合期",
    Stage.STORMING: "动乱期",
    Stage.NORMING: "安稳期",
    Stage.PERFORMING: "成熟期",
}

StageMap = dict[Stage, float]


def zero_map() -> StageMap:
    return dict.fromkeys(STAGES, 0.0)
