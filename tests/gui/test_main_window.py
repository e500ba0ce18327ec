"""The main window on the demo database: sidebar, members table, filter, sorting, state, language."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from coachdesk.gui.roster.members_model import Column
from coachdesk.gui.shell.settings import UiSettings
from coachdesk.store.demo.loader import load_demo
from tests.conftest import DEMO_DAY

from .conftest import make_window


def team_id(window, name: str) -> int:
    return next(t.id for t in window.team_model.teams() if t.name == name)


def test_sidebar_lists_demo_teams_with_counts(window) -> None:
    teams = window.team_model.teams()
    assert {t.name for t in teams} == {"星火新人营", "城南电销二部", "华东续费中心", "金牌大客户部"}
    first = window.team_model.index(0).data()
    assert "\n" in first and "members" in first


def test_selecting_team_fills_members_and_groups(window, qtbot) -> None:
    storming = team_id(window, "城南电销二部")
    assert window.select_team(storming)
    view = window.team_page.members_view
    summary = window.current_team()
    assert window.team_page.title.text() == "城南电销二部"
    assert view.proxy.rowCount() == summary.active_count  # people who left are hidden by default
    qtbot.mouseClick(view.show_left, Qt.MouseButton.LeftButton)
    assert view.proxy.rowCount() == summary.member_count
    board = window.team_page.group_board
    assert len(board.cards) == summary.group_count + 1  # plus "Not in a group"


def test_filter_box_matches_any_column(window, qtbot) -> None:
    window.select_team(team_id(window, "城南电销二部"))
    view = window.team_page.members_view
    qtbot.keyClicks(view.filter_edit, "CN003")
    assert view.proxy.rowCount() == 1
    view.filter_edit.clear()
    group = view.model.member(5).group_name or "猛虎队"
    view.filter_edit.setText(group)  # keyClicks only types ASCII; an IME would commit the whole word
    shown = {view.proxy.index(r, Column.GROUP).data() for r in range(view.proxy.rowCount())}
    assert shown == {group}


def test_sorting_by_tenure_is_numeric(window) -> None:
    window.select_team(team_id(window, "金牌大客户部"))
    view = window.team_page.members_view
    view.table.sortByColumn(Column.TENURE, Qt.SortOrder.DescendingOrder)
    values = [int(view.proxy.index(r, Column.TENURE).data()) for r in range(view.proxy.rowCount())]
    assert values == sorted(values, reverse=True)
    assert len(set(values)) > 1


def test_find_shortcut_focuses_filter(window, qtbot) -> None:
    window.activateWindow()
    window.find_action.trigger()
    assert window.team_page.members_view.filter_edit.hasFocus()


def test_language_switch_retranslates_live(window, translations) -> None:
    assert window.file_menu.title() == "&File"
    translations.apply("zh_CN")
    QApplication.processEvents()
    assert window.file_menu.title() == "文件(&F)"
    assert window.team_page.tabs.tabText(0) == "成员(&M)"
    header = window.team_page.members_view.model.headerData(Column.EMPLOYEE_ID, Qt.Orientation.Horizontal)
    assert header == "工号"
    translations.apply("en")
    QApplication.processEvents()
    assert window.file_menu.title() == "&File"


def test_window_state_and_last_team_are_remembered(qtbot, demo_db, settings_file, translations) -> None:
    first = make_window(qtbot, demo_db, UiSettings(QSettings(str(settings_file), QSettings.Format.IniFormat)),
                        translations)
    wanted = team_id(first, "华东续费中心")
    first.select_team(wanted)
    first.resize(761, 561)  # the offscreen screen is 800x600; restoreGeometry clamps to it
    first.close()
    second = make_window(qtbot, demo_db, UiSettings(QSettings(str(settings_file), QSettings.Format.IniFormat)),
                         translations, resize=False)
    assert second.current_team().id == wanted
    assert (second.width(), second.height()) == (761, 561)


def test_empty_database_shows_the_empty_state(qtbot, db, ui_settings, translations) -> None:
    window = make_window(qtbot, db, ui_settings, translations)
    assert window.stack.currentWidget() is window.empty_page
    assert not window.roster_actions.new_member.isEnabled()
    load_demo(db, as_of=DEMO_DAY)
    window.refresh_teams()
    assert window.stack.currentWidget() is window.team_page
    assert window.roster_actions.new_member.isEnabled()
