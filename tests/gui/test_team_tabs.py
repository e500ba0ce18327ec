"""The team page's tab registry: features add tabs without the team page knowing them."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from coachdesk.gui import features
from coachdesk.gui.activity.dashboard import ActivityDashboard
from coachdesk.gui.competitions.contests_tab import ContestsTab
from coachdesk.gui.drills.drills_tab import DrillsTab
from coachdesk.gui.lifecycle.context import LifecycleContext
from coachdesk.gui.lifecycle.lifecycle_tab import LifecycleTab
from coachdesk.gui.reports.reports_tab import ReportsTab
from coachdesk.gui.roster.group_board import GroupBoard
from coachdesk.gui.roster.members_view import MembersView
from coachdesk.gui.shell.tabs import TabRegistry, TabServices, TeamData
from coachdesk.gui.shell.team_page import TeamPage

from .conftest import make_window

TEAM_PAGE = Path(features.__file__).parent / "shell" / "team_page.py"


class Scoreboard(QLabel):
    """A tab of a feature the team page has never heard of."""

    def __init__(self, context: LifecycleContext) -> None:
        super().__init__()
        self.context = context  # what the window shares with its tabs
        self.shown: list[TeamData] = []

    def show_team(self, data: TeamData) -> None:
        self.shown.append(data)
        self.setText(f"{data.team.name}: {len(data.members)} people")


class ScoreboardFeature:
    """Stands in for a feature package's tabs.py."""

    @staticmethod
    def register(registry: TabRegistry) -> None:
        registry.add("scoreboard", lambda: "&Scoreboard", lambda services: Scoreboard(services.get(LifecycleContext)))


def titles(page: TeamPage) -> list[str]:
    return [page.tabs.tabText(i) for i in range(page.tabs.count())]


def test_real_tabs_keep_their_order_titles_and_widgets(window) -> None:
    page = window.team_page
    assert titles(page) == ["&Members", "&Groups", "&Activity", "&Lifecycle", "&Contests", "&Drills", "&Reports"]
    widgets = [page.tabs.widget(i) for i in range(page.tabs.count())]
    assert [type(w) for w in widgets] == [MembersView, GroupBoard, ActivityDashboard, LifecycleTab, ContestsTab,
                                          DrillsTab, ReportsTab]
    assert widgets == [page.members_view, page.group_board, page.activity, page.lifecycle, page.contests, page.drills,
                       page.reports]
    assert page.tab("lifecycle") is page.lifecycle


def test_tab_titles_follow_the_language(window, translations) -> None:
    translations.apply("zh_CN")
    QApplication.processEvents()
    assert titles(window.team_page) == ["成员(&M)", "小组(&G)", "通话活动(&A)", "生命周期(&L)", "竞赛(&C)", "演练(&D)",
                                         "报告(&R)"]
    translations.apply("en")
    QApplication.processEvents()
    assert titles(window.team_page) == ["&Members", "&Groups", "&Activity", "&Lifecycle", "&Contests", "&Drills",
                                        "&Reports"]


def test_a_feature_adds_a_tab_without_editing_the_team_page(qtbot, demo_db, ui_settings, translations,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(features, "FEATURES", (*features.FEATURES, ScoreboardFeature))
    window = make_window(qtbot, demo_db, ui_settings, translations)
    page = window.team_page
    assert titles(page) == ["&Members", "&Groups", "&Activity", "&Lifecycle", "&Contests", "&Drills", "&Reports",
                             "&Scoreboard"]
    board = page.scoreboard
    assert isinstance(board, Scoreboard) and page.tab("scoreboard") is board
    assert board.context is window.lifecycle
    team = window.current_team()
    assert team is not None and board.shown and board.shown[-1].team == team
    assert board.text() == f"{team.name}: {len(window.editor.members(team.id))} people"
    other = next(t for t in window.team_model.teams() if t.id != team.id)
    window.select_team(other.id)
    assert board.shown[-1].team.id == other.id


def test_the_team_page_imports_no_feature() -> None:
    tree = ast.parse(TEAM_PAGE.read_text(encoding="utf-8"))
    imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module}
    imported |= {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
    feature_packages = ("coachdesk.gui.roster", "coachdesk.gui.activity", "coachdesk.gui.lifecycle")
    assert not [name for name in imported if name.startswith(feature_packages)]


def test_registry_refuses_a_key_twice_and_a_widget_without_show_team(qapp) -> None:
    registry = TabRegistry()
    registry.add("scoreboard", lambda: "A", lambda _s: QWidget())
    with pytest.raises(ValueError, match="already registered"):
        registry.add("scoreboard", lambda: "B", lambda _s: QWidget())
    with pytest.raises(TypeError, match="no show_team"):
        TeamPage(registry, TabServices())


def test_services_are_found_by_type() -> None:
    services = TabServices("hello", 3)
    assert services.get(str) == "hello" and services.get(int) == 3
    with pytest.raises(LookupError, match="no float"):
        services.get(float)
