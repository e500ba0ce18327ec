"""The team page's tabs, contributed by the features: each feature's ``tabs.py`` adds its tabs to a
``TabRegistry`` (``coachdesk/gui/features.py`` lists the features once), so a new feature gets a tab on the team
page without the team page knowing it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol, TypeVar, runtime_checkable

from PySide6.QtWidgets import QWidget

from coachdesk.core.roster.model import GroupRow, MemberRow, TeamSummary

S = TypeVar("S")


@dataclass(frozen=True)
class TeamData:
    """What the team page shows a tab: the team with its members (also those who left) and groups."""

    team: TeamSummary
    members: list[MemberRow]
    groups: list[GroupRow]


@runtime_checkable
class TeamTab(Protocol):
    """What a tab's widget (a QWidget) does for the team page: show the team chosen in the sidebar."""

    def show_team(self, data: TeamData) -> None: ...


class TabServices:
    """What the window shares with the tabs it builds (e.g. the lifecycle context with its undo stack), found by
    type so the shell needs no list of what each feature wants."""

    def __init__(self, *services: object) -> None:
        self._services = services

    def get(self, kind: type[S]) -> S:
        for service in self._services:
            if isinstance(service, kind):
                return service
        raise LookupError(f"no {kind.__name__} was given to the team page's tabs")


@dataclass(frozen=True)
class TabSpec:
    key: str  # the tab's name in code: ``team_page.tab(key)``, also ``team_page.<key>``
    title: Callable[[], str]  # the translated title (with its &-shortcut), asked again on a language change
    build: Callable[[TabServices], QWidget]  # makes the widget, which must be a TeamTab


class TabRegistry:
    """The team page's tabs in the order they were added (the features' order in gui/features.py)."""

    def __init__(self) -> None:
        self._specs: list[TabSpec] = []

    def add(self, key: str, title: Callable[[], str], build: Callable[[TabServices], QWidget]) -> None:
        if any(spec.key == key for spec in self._specs):
            raise ValueError(f"a team-page tab named {key!r} is already registered")
        self._specs.append(TabSpec(key, title, build))

    def specs(self) -> tuple[TabSpec, ...]:
        return tuple(self._specs)
