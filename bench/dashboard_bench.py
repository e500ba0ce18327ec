"""Activity dashboard benchmark: first draw of a 400-rep, two-year team against its bare queries.

    QT_QPA_PLATFORM=offscreen python bench/dashboard_bench.py [--reps N] [--days N] [--repeat N] [--keep DIR]

1. Creates a temporary SQLite file through the app's own code path (``open_database`` = migrations), then
   inserts one team, its groups and reps, and every rep's daily activity (working days, Sundays off) with
   ``executemany`` on the raw sqlite3 connection in one transaction.
2. Baseline: the store queries the dashboard needs (``activity_span``, ``daily_points`` for the range and the
   previous one, ``by_group``, ``by_rep``, ``rep_daily_deals``, the roster), nothing else; once as any caller runs
   them and once with the garbage collector paused, as the dashboard's job runs them (data.gc_paused).
3. Dashboard first draw for the full range: the same queries plus what the dashboard computes from them
   (summary, chart arrays, sparklines), the widget update (charts, KPI strip, group bars, rep table) and an
   explicit ``widget.grab()`` so that every chart and the visible table rows are really painted.
4. Sorting the rep table (revenue, connect rate, trend; both orders) through the proxy model, and the hover
   readout of the calls chart.

Every figure is the best of ``--repeat`` runs (default 5), measured with ``time.perf_counter``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import os
import random
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from coachdesk.core.common.periods import DateRange  # noqa: E402
from coachdesk.store.database import open_database, sqlite_file  # noqa: E402

TEAM = "华东电销中心"
GROUP_SIZE = 20
LAST_DAY = dt.date(2025, 6, 30)


def build_database(path: Path, reps: int = 400, days: int = 730, seed: int = 2024) -> tuple[str, int, DateRange]:
    """A fresh SQLite file with one team of ``reps`` reps and ``days`` days of activity; returns (url, team id,
    activity span)."""
    url = f"sqlite:///{path}"
    open_database(url).dispose()  # schema through the app's migrations
    file = sqlite_file(url)
    assert file is not None
    rng = random.Random(seed)
    first = LAST_DAY - dt.timedelta(days=days - 1)
    surnames, given = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗", "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平"
    conn = sqlite3.connect(file)
    try:
        with conn:
            cur = conn.cursor()
            cur.execute("INSERT INTO teams (name, product, formed_on, notes) VALUES (?, ?, ?, ?)",
                        (TEAM, "宽带续费", (first - dt.timedelta(days=30)).isoformat(), ""))
            team_id = cur.lastrowid
            assert team_id is not None
            hired = (first - dt.timedelta(days=10)).isoformat()
            cur.executemany(
                "INSERT INTO members (team_id, employee_id, name, phone, role, hired_on, leave_reason) "
                "VALUES (?, ?, ?, '', 'rep', ?, '')",
                [(team_id, f"E{i:05d}", rng.choice(surnames) + rng.choice(given) + rng.choice(given), hired)
                 for i in range(1, reps + 1)])
            member_ids = [row[0] for row in cur.execute("SELECT id FROM members WHERE team_id = ? ORDER BY id",
                                                        (team_id,))]
            group_ids = []
            for g in range(-(-reps // GROUP_SIZE)):
                cur.execute("INSERT INTO groups (team_id, name, slogan, goal) VALUES (?, ?, '', '')",
                            (team_id, f"{g + 1}组"))
                group_ids.append(cur.lastrowid)
            cur.executemany("INSERT INTO group_memberships (group_id, member_id, from_date) VALUES (?, ?, ?)",
                            [(group_ids[i // GROUP_SIZE], mid, hired) for i, mid in enumerate(member_ids)])
            skill = {mid: rng.uniform(0.6, 1.4) for mid in member_ids}
            rows = []
            for offset in range(days):
                day = first + dt.timedelta(days=offset)
                if day.weekday() == 6:
                    continue
                text = day.isoformat()
                season = 1.0 + 0.15 * ((offset // 7) % 6 - 2.5) / 2.5
                for mid in member_ids:
                    calls = int(rng.randrange(60, 160) * season)
                    connected = int(calls * rng.uniform(0.2, 0.45) * skill[mid]) if calls else 0
                    connected = min(connected, calls)
                    deals = min(connected, max(0, int(rng.gauss(1.2 * skill[mid], 1.0))))
                    revenue = deals * rng.randrange(30_000, 300_000)
                    rows.append((mid, text, team_id, calls, connected, connected * rng.randrange(60, 200), deals,
                                 revenue, rng.randrange(0, 6)))
            cur.executemany(
                "INSERT INTO activity_days (member_id, day, team_id, calls, connected, talk_seconds, deals, "
                "revenue_cents, intent) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        conn.execute("ANALYZE")
        first_day, last_day = conn.execute("SELECT min(day), max(day) FROM activity_days").fetchone()
    finally:
        conn.close()
    return url, team_id, DateRange(dt.date.fromisoformat(first_day), dt.date.fromisoformat(last_day))


def best(times: list[float]) -> float:
    return min(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reps", type=int, default=400)
    parser.add_argument("--days", type=int, default=730)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="build the database in this folder and keep it")
    args = parser.parse_args()

    from PySide6.QtCore import QEventLoop, QPointF, Qt, QTimer

    from coachdesk.gui.activity.dashboard import ActivityDashboard
    from coachdesk.gui.activity.dashboard.data import RangeChoice, RangeKind, build, gc_paused, load_dashboard
    from coachdesk.gui.activity.dashboard.rep_table import Column
    from coachdesk.gui.shell.app import create_app
    from coachdesk.gui.shell.i18n import Translations
    from coachdesk.gui.widgets.tasks import wait_for_tasks
    from coachdesk.store.activity.dashboard import query_dashboard as query
    from coachdesk.store.activity.stats import activity_span, by_group, by_rep, daily_points, rep_daily_deals
    from coachdesk.store.roster.service import list_members

    folder = args.keep or Path(tempfile.mkdtemp(prefix="coachdesk-dashboard-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "bench.sqlite3"
    path.unlink(missing_ok=True)
    started = time.perf_counter()
    url, team_id, span = build_database(path, args.reps, args.days)
    print(f"database: {args.reps} reps x {args.days} days (Sundays off), built in "
          f"{time.perf_counter() - started:.1f} s ({path})")

    app = create_app()
    Translations().apply("en")
    db = open_database(url)
    choice = RangeChoice(RangeKind.ALL)
    today = LAST_DAY

    with db.session() as session:
        rows = session.connection().exec_driver_sql("SELECT count(*) FROM activity_days").scalar()
    print(f"activity rows: {rows:,}; range {span.start} to {span.end}")

    # Per query (once, for the breakdown printed at the end).
    parts: dict[str, float] = {}
    with db.session() as session:
        for name, call in (("activity_span", lambda: activity_span(session, team_id)),
                           ("daily_points", lambda: daily_points(session, team_id, span)),
                           ("daily_points (previous)", lambda: daily_points(session, team_id, span.previous())),
                           ("by_group", lambda: by_group(session, team_id, span)),
                           ("by_rep", lambda: by_rep(session, team_id, span)),
                           ("rep_daily_deals", lambda: rep_daily_deals(session, team_id, span)),
                           ("list_members", lambda: list_members(session, team_id))):
            t0 = time.perf_counter()
            call()
            parts[name] = time.perf_counter() - t0

    # 1. baseline (the store queries alone) and 2. first draw (queries + what the dashboard computes + widget
    # update + grab(), which paints every chart and the visible table rows), alternated so that both see the
    # same machine load.
    baseline, paused, builds, draws, applies, grabs = [], [], [], [], [], []
    for _ in range(args.repeat):
        gc.collect()  # each timed part starts from the same heap (garbage of the last run collected)
        t0 = time.perf_counter()
        with db.session() as session:
            raw = query(session, team_id, choice, today)
        baseline.append(time.perf_counter() - t0)
        del raw
        gc.collect()
        t0 = time.perf_counter()
        with gc_paused(), db.session() as session:  # as the dashboard runs them
            raw = query(session, team_id, choice, today)
        paused.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        build(team_id, choice, raw)
        builds.append(time.perf_counter() - t0)
        del raw  # 250,000 objects the real dashboard never keeps: they would slow the next run's collections
        dashboard = ActivityDashboard()
        dashboard.resize(1400, 1000)
        dashboard.show()
        app.processEvents()
        dashboard.team_id, dashboard.team_name = team_id, TEAM  # no automatic load: timed by hand below
        gc.collect()
        t0 = time.perf_counter()
        data = load_dashboard(db, team_id, choice, today)
        t1 = time.perf_counter()
        dashboard.apply(data)
        t2 = time.perf_counter()
        image = dashboard.grab()
        t3 = time.perf_counter()
        assert not image.isNull() and len(data.series) > 0 and dashboard.model.rowCount() == args.reps
        draws.append(t3 - t0)
        applies.append(t2 - t1)
        grabs.append(t3 - t2)
        dashboard.close()
        dashboard.deleteLater()
        app.processEvents()
        del data, image

    # 3. the real path: the query on the worker thread (gui/tasks.py), result applied when it arrives
    dashboard = ActivityDashboard()
    dashboard.resize(1400, 1000)
    dashboard.show()
    app.processEvents()
    dashboard.choice = choice
    dashboard.today = today
    loop = QEventLoop()
    dashboard.loaded.connect(loop.quit)
    dashboard.set_database(db)
    gc.collect()
    t0 = time.perf_counter()
    dashboard.set_team(team_id, TEAM)
    QTimer.singleShot(120_000, loop.quit)
    loop.exec()
    dashboard.grab()
    worker_path = time.perf_counter() - t0
    assert dashboard.data is not None and dashboard.data.period == span

    # 4. sorting the rep table
    sorts = []
    for column in (Column.REVENUE, Column.CONNECT_RATE, Column.TREND):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            t0 = time.perf_counter()
            dashboard.table.sortByColumn(column, order)
            sorts.append(time.perf_counter() - t0)
    chart = dashboard.calls_chart
    hovers = []
    for index in range(0, len(chart.series), max(1, len(chart.series) // 50)):
        pos = chart.view.mapViewToScene(QPointF(chart.series.x[index], chart.series.calls[index]))
        t0 = time.perf_counter()
        chart.hover_at(pos)
        hovers.append(time.perf_counter() - t0)
    wait_for_tasks()
    db.dispose()

    print("store queries, once each: " + ", ".join(f"{name} {sec * 1000:.0f} ms" for name, sec in parts.items()))
    q = best(baseline)
    d = best(draws)
    own = best(builds) + best(applies) + best(grabs)
    p = best(paused)
    print(f"baseline, store queries alone ............ {q * 1000:8.0f} ms  (best of {args.repeat})")
    print(f"  the same with the collector paused ..... {p * 1000:8.0f} ms  (as the dashboard runs them)")
    print(f"first draw, queries + update + grab() .... {d * 1000:8.0f} ms  (best of {args.repeat})")
    print(f"  ratio first draw / baseline ............ {d / q:8.2f}  (/ paused baseline: {d / p:.2f})")
    print(f"  the dashboard's own share .............. {own * 1000:8.0f} ms  (arrays and sparklines "
          f"{best(builds) * 1000:.0f}, widget update {best(applies) * 1000:.0f}, paint {best(grabs) * 1000:.0f})")
    print(f"worker-thread path, set_team -> painted .. {worker_path * 1000:8.0f} ms")
    print(f"rep table sort ({args.reps} rows) ............... {max(sorts) * 1000:8.1f} ms  (slowest of "
          f"{len(sorts)} sorts)")
    print(f"hover readout ............................ {max(hovers) * 1000:8.1f} ms  (slowest of {len(hovers)})")
    app.processEvents()
    if args.keep is None:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
