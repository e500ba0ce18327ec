"""The Activity tab on a small, exact dataset (SQLite and PostgreSQL): KPIs, charts, hover, group bars, rep
table, ranges, empty states, the rep chart dialog, PNG export, refresh and stale results."""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import dataclass
from decimal import Decimal

import numpy as np
import pytest
from pyqtgraph.graphicsItems.DateAxisItem import MONTH_DAY_ZOOM_LEVEL
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QImage, QMouseEvent
from PySide6.QtWidgets import QApplication, QFileDialog
from sqlalchemy import delete

from coachdesk.core.common.periods import DateRange
from coachdesk.core.roster.model import MemberRow, Role
from coachdesk.gui.activity.dashboard import ActivityDashboard
from coachdesk.gui.activity.dashboard.charts import GroupMeasure
from coachdesk.gui.activity.dashboard.data import RangeChoice, RangeKind, day_x
from coachdesk.gui.activity.dashboard.kpi_strip import Kpi
from coachdesk.gui.activity.dashboard.rep_table import Column
from coachdesk.gui.widgets.roles import ItemRole
from coachdesk.gui.widgets.tasks import run_task
from coachdesk.store.activity.imports import save_day_entries
from coachdesk.store.activity.models import ActivityDay
from coachdesk.store.activity.stats import by_group
from coachdesk.store.database import Database
from coachdesk.store.roster import service as roster
from tests.conftest import DEMO_DAY

TEAM = "华东续费中心"
QUIET_TEAM = "金牌大客户部"
DAYS = [dt.date(2025, 6, d) for d in (2, 3, 4, 5, 6, 9, 10, 11, 12, 13, 16, 17, 18, 19, 20, 23, 24, 25, 26, 27, 30)]
EARLIER = dt.date(2025, 5, 20)  # in the previous 30 days of the default range
LAST_30 = DateRange(dt.date(2025, 6, 1), dt.date(2025, 6, 30))
TIMEOUT = 15_000


def figures(rep: int, day: int) -> tuple[int, int, int, int, int, None]:
    """Deterministic figures; revenue goes from under 10,000 yuan to over it across reps (so a text sort and a
    numeric sort of the revenue column differ)."""
    calls = 60 + 11 * rep + (day * 7) % 13
    connected = 18 + 3 * rep + day % 5
    deals = (rep + day) % 4
    revenue = deals * (9_000 + 15_000 * rep) + rep * 7
    return calls, connected, connected * 95, deals, revenue, None


@dataclass
class Activity:
    db: Database
    team_id: int
    reps: list[MemberRow]
    rows: dict[tuple[int, dt.date], tuple[int, int, int, int, int, None]]  # (member id, day) -> figures

    def daily(self, days: list[dt.date], member_id: int | None = None) -> dict[dt.date, list[int]]:
        """Per day: [calls, connected, deals, revenue cents]."""
        out: dict[dt.date, list[int]] = {}
        for (mid, day), (calls, connected, _talk, deals, revenue, _intent) in self.rows.items():
            if day in days and (member_id is None or mid == member_id):
                total = out.setdefault(day, [0, 0, 0, 0])
                for i, value in enumerate((calls, connected, deals, revenue)):
                    total[i] += value
        return dict(sorted(out.items()))

    def sums(self, days: list[dt.date], member_id: int | None = None) -> list[int]:
        return [sum(col) for col in zip(*self.daily(days, member_id).values(), strict=True)]


@pytest.fixture
def activity(demo_db: Database) -> Activity:
    """Exactly the figures below for TEAM and no activity at all for QUIET_TEAM, whatever the demo brings."""
    with demo_db.session() as s:
        teams = {t.name: t.id for t in roster.list_teams(s)}
        team_id = teams[TEAM]
        s.execute(delete(ActivityDay).where(ActivityDay.team_id.in_([team_id, teams[QUIET_TEAM]])))
        members = roster.list_members(s, team_id)
    reps = [m for m in members
            if m.role == Role.REP and m.active and m.group_name and m.hired_on < dt.date(2025, 5, 1)][:6]
    assert len(reps) == 6 and len({r.group_name for r in reps}) >= 2
    rows = {}
    for d_index, day in enumerate([EARLIER, *DAYS]):
        entries = [(rep.id, figures(r_index, d_index)) for r_index, rep in enumerate(reps)]
        report = save_day_entries(demo_db, team_id, day, entries, today=DEMO_DAY)
        assert report.written, report.problems
        rows.update({(mid, day): f for mid, f in entries})
    return Activity(demo_db, team_id, reps, rows)


def make_dashboard(qtbot, activity: Activity, team_id: int | None = None) -> ActivityDashboard:
    dashboard = ActivityDashboard()
    qtbot.add_widget(dashboard)
    dashboard.resize(1280, 900)
    dashboard.set_database(activity.db)
    with qtbot.waitSignal(dashboard.loaded, timeout=TIMEOUT):
        dashboard.set_team(team_id or activity.team_id, TEAM)
        dashboard.show()
    return dashboard


def reload(qtbot, dashboard: ActivityDashboard, action) -> None:
    with qtbot.waitSignal(dashboard.loaded, timeout=TIMEOUT):
        action()


def money(cents: int) -> str:
    return f"¥{cents // 100:,}.{cents % 100:02d}"


@pytest.fixture
def dashboard(qtbot, activity: Activity, translations) -> ActivityDashboard:
    return make_dashboard(qtbot, activity)


# ---------------------------------------------------------------------------------------------- main window
def test_activity_tab_loads_when_shown_and_follows_the_team(window, activity, qtbot) -> None:
    page = window.team_page
    dashboard = page.activity
    assert page.tabs.tabText(page.tabs.indexOf(dashboard)) == "&Activity"
    window.select_team(activity.team_id)
    assert dashboard.data is None  # hidden tab: nothing queried yet
    reload(qtbot, dashboard, lambda: page.tabs.setCurrentWidget(dashboard))
    assert dashboard.data.team_id == activity.team_id and dashboard.data.period == LAST_30
    quiet = next(t.id for t in window.team_model.teams() if t.name == QUIET_TEAM)
    reload(qtbot, dashboard, lambda: window.select_team(quiet))
    assert dashboard.stack.currentWidget() is dashboard.no_activity_page
    assert "No call activity yet" in dashboard.no_activity_text.text()
    assert "File → Import Activity…" in dashboard.no_activity_text.text()
    assert not dashboard.range_bar.isVisible() and not dashboard.export_button.isEnabled()


def test_team_changed_refreshes_after_new_activity(window, activity, qtbot) -> None:
    page = window.team_page
    window.select_team(activity.team_id)
    reload(qtbot, page.activity, lambda: page.tabs.setCurrentWidget(page.activity))
    before = page.activity.data.summary.totals.calls
    rep = activity.reps[0]
    day = dt.date(2025, 6, 28)  # a Saturday: a new day in the range
    assert save_day_entries(activity.db, activity.team_id, day, [(rep.id, (500, 100, 6000, 3, 90_000, None))],
                            today=DEMO_DAY).written
    reload(qtbot, page.activity, lambda: window.editor.teamChanged.emit(activity.team_id))
    assert page.activity.data.summary.totals.calls == before + 500
    assert page.activity.kpis.card(Kpi.CALLS).value.text() == f"{before + 500:,}"


# ---------------------------------------------------------------------------------------------- KPIs, charts
def test_kpis_equal_the_sums(dashboard, activity) -> None:
    calls, connected, deals, revenue = activity.sums(DAYS)
    p_calls, _p_connected, _p_deals, p_revenue = activity.sums([EARLIER])
    cards = dashboard.kpis
    text = {kpi: cards.card(kpi).value.text() for kpi in Kpi}
    assert text[Kpi.CALLS] == f"{calls:,}"
    assert text[Kpi.CONNECTED] == f"{connected:,}"
    assert text[Kpi.CONNECT_RATE] == f"{connected / calls * 100:.1f}%"
    assert text[Kpi.DEALS] == f"{deals:,}"
    assert text[Kpi.CONVERSION] == f"{deals / connected * 100:.1f}%"
    assert text[Kpi.REVENUE] == money(revenue)
    per_rep_day = (Decimal(revenue) / 100 / (len(activity.reps) * len(DAYS))).quantize(Decimal("0.01"))
    assert text[Kpi.REVENUE_PER_REP_DAY] == money(int(per_rep_day * 100))
    calls_change = (calls - p_calls) / p_calls
    assert cards.card(Kpi.CALLS).change == pytest.approx(calls_change)
    assert cards.card(Kpi.CALLS).detail.text() == f"▲ {calls_change * 100:,.1f}%"
    assert cards.card(Kpi.REVENUE).change == pytest.approx((revenue - p_revenue) / p_revenue)
    daily_deals = np.array([v[2] for v in activity.daily(DAYS).values()], dtype=float)
    assert text[Kpi.VOLATILITY] == f"{daily_deals.std() / daily_deals.mean():.2f}"
    streak = 0
    for value in daily_deals[::-1]:
        if value == 0:
            break
        streak += 1
    assert text[Kpi.STREAK] == f"{streak} days"


def test_chart_data_are_the_daily_team_totals(dashboard, activity) -> None:
    daily = activity.daily(DAYS)
    xs = np.array([day_x(day) for day in daily])
    calls = np.array([v[0] for v in daily.values()], dtype=float)
    connected = np.array([v[1] for v in daily.values()], dtype=float)
    deals = np.array([v[2] for v in daily.values()], dtype=float)
    revenue = np.array([v[3] for v in daily.values()], dtype=float) / 100
    chart = dashboard.calls_chart
    for curve, expected in ((chart.calls_curve, calls), (chart.connected_curve, connected)):
        x, y = curve.getData()
        assert np.array_equal(x, xs) and np.array_equal(y, expected)
        assert curve.opts["clipToView"] and curve.opts["autoDownsample"] and curve.opts["downsampleMethod"] == "peak"
    bars = dashboard.deals_chart.bars.opts
    assert np.array_equal(bars["x"], xs) and np.array_equal(bars["height"], deals)
    x, y = dashboard.deals_chart.revenue_curve.getData()
    assert np.array_equal(x, xs) and np.allclose(y, revenue)
    low, high = chart.view.viewRange()[0]
    assert low < day_x(LAST_30.start) <= day_x(LAST_30.end) < high  # the whole range, not only the data


def test_hover_shows_the_exact_figures_of_the_day(dashboard, activity, qtbot) -> None:
    day = dt.date(2025, 6, 12)
    calls, connected, deals, revenue = activity.daily(DAYS)[day]
    chart = dashboard.calls_chart
    text = chart.hover_at(chart.view.mapViewToScene(QPointF(day_x(day) + 3600, calls)))
    assert "2025-06-12 Thu" in text
    assert f"Calls: {calls:,}" in text and f"Connected: {connected:,} ({connected / calls * 100:.1f}%)" in text
    assert chart.cursor.isVisible() and chart.readout.isVisible()
    assert dashboard.deals_chart.cursor.isVisible()  # the other chart follows
    deals_chart = dashboard.deals_chart
    text = deals_chart.hover_at(deals_chart.view.mapViewToScene(QPointF(day_x(day) - 7200, deals)))
    assert f"Deals: {deals}" in text and f"Revenue: {money(revenue)}" in text
    assert deals_chart.readout.toPlainText() == text
    outside = chart.view.sceneBoundingRect().topLeft() - QPointF(20, 20)
    assert chart.hover_at(outside) == ""
    assert not chart.cursor.isVisible() and not dashboard.deals_chart.cursor.isVisible()

    other = dt.date(2025, 6, 24)  # a mouse move over the plot (the scene's sigMouseMoved) does the same
    scene_pos = chart.view.mapViewToScene(QPointF(day_x(other), activity.daily(DAYS)[other][0]))
    local = QPointF(chart.mapFromScene(scene_pos))
    move = QMouseEvent(QEvent.Type.MouseMove, local, chart.viewport().mapToGlobal(local), Qt.MouseButton.NoButton,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(chart.viewport(), move)  # straight to the view: no window system in between
    assert chart.readout.isVisible() and chart.readout.toPlainText().startswith("2025-06-24 Tue")


def test_group_bars(dashboard, activity) -> None:
    with activity.db.session() as s:
        expected = by_group(s, activity.team_id, LAST_30)
    chart = dashboard.group_chart
    labels = [g.label or "Not in a group" for g in expected]
    assert [g.key for g in chart.groups] == [g.key for g in expected]
    assert chart.category_axis.labels == labels
    assert np.array_equal(chart.bars.opts["height"], [g.totals.deals for g in expected])
    assert sum(chart.bars.opts["height"]) == activity.sums(DAYS)[2]
    dashboard.measure.setCurrentIndex(dashboard.measure.findData(GroupMeasure.REVENUE))
    assert np.allclose(chart.bars.opts["height"], [g.totals.revenue_cents / 100 for g in expected])
    assert "Revenue (¥)" in dashboard.groups_panel.legend.text()
    first = expected[0]
    text = chart.hover_at(chart.view.mapViewToScene(QPointF(0.1, 1)))
    assert text.startswith(labels[0])
    assert f"Deals: {first.totals.deals:,}" in text and f"Revenue: {money(first.totals.revenue_cents)}" in text
    assert chart.hover_at(chart.view.mapViewToScene(QPointF(0.5, 1))) == ""  # between two bars


# ---------------------------------------------------------------------------------------------- rep table
def test_rep_table_sorts_by_numbers_and_filters(dashboard, activity, qtbot) -> None:
    table, proxy = dashboard.table, dashboard.proxy
    assert proxy.rowCount() == dashboard.model.rowCount() >= len(activity.reps)
    table.sortByColumn(Column.REVENUE, Qt.SortOrder.DescendingOrder)
    shown = [float(proxy.index(r, Column.REVENUE).data().replace(",", "")) for r in range(proxy.rowCount())]
    assert shown == sorted(shown, reverse=True)
    texts = [proxy.index(r, Column.REVENUE).data() for r in range(proxy.rowCount())]
    assert texts != sorted(texts, reverse=True)  # a text sort would put 9,xxx above 10,xxx
    assert all(isinstance(proxy.index(r, Column.REVENUE).data(ItemRole.SORT), int) for r in range(proxy.rowCount()))
    top = int(proxy.index(0, Column.REP).data(ItemRole.MEMBER_ID))
    assert top == max(activity.reps, key=lambda m: activity.sums(DAYS, m.id)[3]).id
    table.sortByColumn(Column.CONNECT_RATE, Qt.SortOrder.AscendingOrder)
    rates = [proxy.index(r, Column.CONNECT_RATE).data(ItemRole.SORT) for r in range(proxy.rowCount())]
    assert rates == sorted(rates)

    rep = activity.reps[2]
    qtbot.keyClicks(dashboard.filter_edit, rep.employee_id)
    assert proxy.rowCount() == 1 and proxy.index(0, Column.REP).data(ItemRole.MEMBER_ID) == rep.id
    assert dashboard.rep_count.text() == f"1 of {dashboard.model.rowCount()} reps"
    dashboard.filter_edit.setText(rep.group_name)
    assert proxy.rowCount() >= 1
    assert {proxy.index(r, Column.GROUP).data() for r in range(proxy.rowCount())} == {rep.group_name}
    dashboard.filter_edit.clear()
    assert proxy.rowCount() == dashboard.model.rowCount()


def test_rep_row_figures_and_sparkline(dashboard, activity) -> None:
    rep = activity.reps[1]
    calls, connected, deals, revenue = activity.sums(DAYS, rep.id)
    row = next(r for r in dashboard.model.rows() if r.member_id == rep.id)
    assert (row.totals.calls, row.totals.connected, row.totals.deals, row.totals.revenue_cents) == (
        calls, connected, deals, revenue)
    assert row.group == rep.group_name
    daily = activity.daily(DAYS, rep.id)
    expected = np.zeros(LAST_30.days)
    for day, values in daily.items():
        expected[(day - LAST_30.start).days] = values[2]
    assert np.array_equal(row.spark, expected)  # 30 days: one point per day
    dashboard.filter_edit.setText(rep.employee_id)
    dashboard.grab()  # paints the visible sparklines
    assert any(key[0] == rep.id for key in dashboard.delegate._cache)


def test_rep_dialog_opens_for_the_rep_on_double_click_and_enter(dashboard, activity, qtbot) -> None:
    rep = activity.reps[3]
    dashboard.filter_edit.setText(rep.employee_id)
    index = dashboard.proxy.index(0, Column.CALLS)
    rect = dashboard.table.visualRect(index)
    qtbot.mouseClick(dashboard.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(dashboard.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = dashboard.rep_dialog
    assert dialog is not None and dialog.rep.member_id == rep.id
    qtbot.waitUntil(lambda: dialog.data is not None, timeout=TIMEOUT)
    assert rep.employee_id in dialog.windowTitle()
    daily = activity.daily(DAYS, rep.id)
    _x, y = dialog.calls_chart.calls_curve.getData()
    assert np.array_equal(y, [v[0] for v in daily.values()])
    assert dialog.kpis.card(Kpi.CALLS).value.text() == f"{activity.sums(DAYS, rep.id)[0]:,}"
    day = dt.date(2025, 6, 3)
    text = dialog.calls_chart.hover_at(dialog.calls_chart.view.mapViewToScene(QPointF(day_x(day), 10)))
    assert f"Calls: {daily[day][0]}" in text
    dialog.close()

    other = activity.reps[4]
    dashboard.filter_edit.setText(other.employee_id)
    dashboard.table.setFocus()
    dashboard.table.setCurrentIndex(dashboard.proxy.index(0, Column.REP))
    qtbot.keyClick(dashboard.table, Qt.Key.Key_Return)
    assert dashboard.rep_dialog.rep.member_id == other.id
    qtbot.waitUntil(lambda: dashboard.rep_dialog.data is not None, timeout=TIMEOUT)
    dashboard.rep_dialog.close()


# ---------------------------------------------------------------------------------------------- ranges
def test_range_presets_and_custom_dates_change_the_query(dashboard, activity, qtbot) -> None:
    bar = dashboard.range_bar
    assert bar.kind() == RangeKind.LAST_30 and bar.dates() == LAST_30
    reload(qtbot, dashboard, lambda: bar.preset.setCurrentIndex(bar.preset.findData(RangeKind.LAST_7)))
    week = DateRange(dt.date(2025, 6, 24), dt.date(2025, 6, 30))
    assert dashboard.data.period == week and bar.dates() == week
    assert dashboard.data.series.days == [d for d in DAYS if d in week]
    assert dashboard.kpis.card(Kpi.CALLS).value.text() == f"{activity.sums([d for d in DAYS if d in week])[0]:,}"
    reload(qtbot, dashboard, lambda: bar.preset.setCurrentIndex(bar.preset.findData(RangeKind.ALL)))
    assert dashboard.data.period == DateRange(EARLIER, DAYS[-1])
    assert len(dashboard.data.series) == len(DAYS) + 1
    reload(qtbot, dashboard, lambda: bar.preset.setCurrentIndex(bar.preset.findData(RangeKind.THIS_MONTH)))
    assert dashboard.data.period == LAST_30  # June up to its last day with activity
    custom = DateRange(dt.date(2025, 6, 10), dt.date(2025, 6, 18))
    with qtbot.waitSignal(dashboard.loaded, timeout=TIMEOUT):
        bar.from_edit.setDate(bar.from_edit.date().addDays(9))  # typed dates are debounced, then queried once
        bar.to_edit.setDate(bar.to_edit.date().addDays(-12))
    assert bar.kind() == RangeKind.CUSTOM
    assert dashboard.data.period == custom and dashboard.data.choice == RangeChoice(RangeKind.CUSTOM, custom)
    assert dashboard.data.series.days == [d for d in DAYS if d in custom]


def test_empty_range_says_so_and_jumps_back(dashboard, activity, qtbot) -> None:
    spring = DateRange(dt.date(2025, 3, 1), dt.date(2025, 3, 31))
    reload(qtbot, dashboard, lambda: dashboard.range_bar.choose(RangeChoice(RangeKind.CUSTOM, spring)))
    assert dashboard.stack.currentWidget() is dashboard.empty_range_page
    text = dashboard.empty_range_text.text()
    assert "No call activity between 2025-03-01 and 2025-03-31." in text
    assert "2025-05-20 to 2025-06-30" in text
    assert not dashboard.export_button.isEnabled()
    reload(qtbot, dashboard, dashboard.jump_button.click)
    assert dashboard.stack.currentWidget() is dashboard.scroll_area and dashboard.data.period == LAST_30
    assert dashboard.range_bar.kind() == RangeKind.LAST_30


def test_team_without_activity_shows_the_empty_state(qtbot, activity, translations) -> None:
    with activity.db.session() as s:
        quiet = next(t.id for t in roster.list_teams(s) if t.name == QUIET_TEAM)
    dashboard = make_dashboard(qtbot, activity, quiet)
    assert dashboard.stack.currentWidget() is dashboard.no_activity_page
    assert dashboard.no_activity_page.isVisible() and not dashboard.scroll_area.isVisible()
    assert dashboard.no_activity_text.text().startswith("No call activity yet.")


def test_stale_results_are_dropped(dashboard, activity, qtbot) -> None:
    applied: list[DateRange] = []
    original = dashboard.apply
    dashboard.apply = lambda data: (applied.append(data.period), original(data))
    gate = threading.Event()
    blocker = run_task(None, lambda _p, _c: gate.wait(TIMEOUT / 1000), title="hold the worker", show_progress=False)
    dashboard.set_range(RangeChoice(RangeKind.LAST_7))
    qtbot.waitUntil(lambda: dashboard.loading, timeout=TIMEOUT)  # the 7-day query waits behind the blocker
    with qtbot.waitSignal(dashboard.loaded, timeout=TIMEOUT):
        dashboard.set_range(RangeChoice(RangeKind.LAST_90))  # the user changed their mind meanwhile
        gate.set()
    qtbot.waitSignal(blocker.finished, timeout=TIMEOUT, raising=False)
    QApplication.processEvents()
    assert applied == [DateRange(dt.date(2025, 4, 2), dt.date(2025, 6, 30))]
    assert dashboard.range_bar.kind() == RangeKind.LAST_90


def test_a_failed_query_is_reported_and_the_next_one_recovers(dashboard, activity, qtbot, monkeypatch) -> None:
    from coachdesk.gui.activity.dashboard import activity_dashboard

    real = activity_dashboard.load_dashboard

    def broken(*args, **kwargs):
        raise RuntimeError("database is locked")

    monkeypatch.setattr(activity_dashboard, "load_dashboard", broken)
    with qtbot.waitSignal(dashboard.failed, timeout=TIMEOUT):
        dashboard.refresh()
    assert dashboard.status.text() == "Could not load the activity: database is locked"
    assert dashboard.stack.isEnabled() and dashboard.data is not None  # the last good figures stay
    monkeypatch.setattr(activity_dashboard, "load_dashboard", real)
    reload(qtbot, dashboard, dashboard.refresh)
    assert dashboard.status.text() == ""


# ---------------------------------------------------------------------------------------------- export, text
def test_export_writes_png_files(dashboard, activity, qtbot, tmp_path, monkeypatch) -> None:
    target = tmp_path / "team-charts"  # no extension: ".png" is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), "PNG images (*.png)"))
    path = dashboard.export_png()
    assert path == f"{target}.png"
    data = (tmp_path / "team-charts.png").read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) > 10_000
    image = QImage(path)
    assert image.width() >= dashboard.calls_panel.width() and image.height() > dashboard.calls_panel.height()

    dialog = dashboard.open_rep(activity.reps[0].id)
    qtbot.waitUntil(lambda: dialog.data is not None, timeout=TIMEOUT)
    target = tmp_path / "rep.png"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    path = dialog.export_png()
    assert path == str(target) and target.read_bytes().startswith(b"\x89PNG") and target.stat().st_size > 5_000
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: ("", ""))
    assert dashboard.export_png() is None  # cancelled
    dialog.close()


def test_language_switch_relabels_axes(dashboard, translations) -> None:
    axis = dashboard.calls_chart.plot_item.getAxis("bottom")
    axis.zoomLevel = MONTH_DAY_ZOOM_LEVEL
    june = day_x(dt.date(2025, 6, 1))
    month_spacing = next(s.spacing for s in axis.zoomLevel.tickSpecs if s.format == "%b")
    assert axis.tickStrings([june], 1, month_spacing) == ["Jun"]
    translations.apply("zh_CN")
    QApplication.processEvents()
    assert axis.tickStrings([june], 1, month_spacing) == ["6月"]
    assert dashboard.calls_chart.left_axis.tickStrings([20_000], 1, 10_000) == ["2万"]
    translations.apply("en")
    QApplication.processEvents()
    assert dashboard.calls_chart.left_axis.tickStrings([20_000], 1, 10_000) == ["20k"]
