"""Stats benchmark: `coachdesk stats` on two years × 400 reps in SQLite, against a bare COUNT(*) of the same rows.

    /tmp/venv/bin/python bench/stats_bench.py [--reps 400] [--days 730] [--keep FILE]

Builds a fresh SQLite file through the app's services (team, reps, 20 groups with a regroup halfway, so the
group breakdown has real membership history) and inserts the activity with ``sqlite3.executemany`` (Sundays
off). Then times, best of 5, for the full range:

* ``by_rep``, ``by_group``, ``daily_points`` + ``summarise`` (current and previous period) on their own;
* ``stats --by rep`` and ``stats --by group`` as the command runs them: the breakdown + both daily series +
  ``summarise``;
* the baseline: ``SELECT COUNT(*)`` over the same rows (team and date range, same index).

Target: each ``stats`` equivalent ≤ 0.3 s.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from coachdesk.core.activity.metrics import summarise  # noqa: E402
from coachdesk.core.common.periods import DateRange  # noqa: E402
from coachdesk.store.activity import stats as activity_stats  # noqa: E402
from coachdesk.store.database import Database, open_database  # noqa: E402

TEAM = "华东电销中心"
GROUPS = 20
TARGET_SECONDS = 0.3


def build(path: Path, reps: int, days: int) -> tuple[int, DateRange, int]:
    """Team, reps, groups and activity; returns (team id, the activity's range, rows)."""
    from coachdesk.core.roster.model import GroupDraft, MemberDraft, TeamDraft
    from coachdesk.store.roster import service as roster

    end = dt.date.today() - dt.timedelta(days=1)
    start = end - dt.timedelta(days=days - 1)
    db = open_database(f"sqlite:///{path}")
    try:
        with db.session() as s:
            team = roster.create_team(s, TeamDraft(TEAM, "企业宽带", start - dt.timedelta(days=30)))
            members = [roster.add_member(s, team, MemberDraft(f"E{i:04d}", f"销售{i:04d}", start))
                       for i in range(1, reps + 1)]
            groups = [roster.create_group(s, team, GroupDraft(f"第{g + 1}组"), on=start) for g in range(GROUPS)]
            middle = start + dt.timedelta(days=days // 2)
            rng = random.Random(1)
            for index, member in enumerate(members):
                roster.assign_member(s, member, groups[index % GROUPS], on=start)
                if rng.random() < 0.3:  # regrouped halfway
                    roster.assign_member(s, member, groups[(index + 1) % GROUPS], on=middle)
    finally:
        db.dispose()

    rng = random.Random(2)
    conn = sqlite3.connect(path)
    member_ids = [row[0] for row in conn.execute("SELECT id FROM members WHERE team_id = ? ORDER BY id", (team,))]
    calendar = [start + dt.timedelta(days=d) for d in range(days)]
    calendar = [d.isoformat() for d in calendar if d.weekday() != 6]

    def rows():
        for member in member_ids:
            for day in calendar:
                calls = rng.randrange(60, 260)
                connected = calls * rng.randrange(20, 40) // 100
                deals = min(connected, rng.randrange(0, 5))
                yield (member, day, team, calls, connected, connected * 90, deals, deals * 98_000, deals * 2, None)

    with conn:
        conn.executemany("INSERT INTO activity_days (member_id, day, team_id, calls, connected, talk_seconds, deals, "
                         "revenue_cents, intent, import_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows())
    conn.execute("ANALYZE")
    count = conn.execute("SELECT COUNT(*) FROM activity_days").fetchone()[0]
    conn.close()
    return team, DateRange(start, end), count


def best_of(runs: int, job: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        job()
        best = min(best, time.perf_counter() - started)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reps", type=int, default=400)
    parser.add_argument("--days", type=int, default=730)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", metavar="FILE", help="build the database here and keep it")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="coachdesk-stats-bench-") as tmp:
        path = Path(args.keep) if args.keep else Path(tmp) / "stats.sqlite3"
        for extra in ("", "-wal", "-shm"):
            Path(f"{path}{extra}").unlink(missing_ok=True)
        started = time.perf_counter()
        team, period, count = build(path, args.reps, args.days)
        print(f"built {count:,} rows ({args.reps} reps, {period.start} to {period.end}) in "
              f"{time.perf_counter() - started:.1f} s")
        db: Database = open_database(f"sqlite:///{path}")
        try:
            def with_session(work: Callable) -> Callable[[], object]:
                def job() -> object:
                    with db.session() as s:
                        return work(s)
                return job

            def series(s) -> object:
                return summarise(activity_stats.daily_points(s, team, period),
                                 activity_stats.daily_points(s, team, period.previous()))

            def stats_by(grouping: activity_stats.Grouping) -> Callable:
                def work(s) -> object:  # what `coachdesk stats --by …` runs (activity_commands.stats)
                    activity_stats.activity_span(s, team)
                    return activity_stats.GROUPINGS[grouping](s, team, period), series(s)
                return work

            def count_rows(s) -> int:
                return s.connection().exec_driver_sql(
                    "SELECT COUNT(*) FROM activity_days WHERE team_id = ? AND day >= ? AND day <= ?",
                    (team, period.start.isoformat(), period.end.isoformat())).scalar_one()

            with db.session() as s:
                assert count_rows(s) == count
                assert sum(r.totals.rep_days for r in activity_stats.by_group(s, team, period)) == count
            timings = {
                "by_rep": with_session(lambda s: activity_stats.by_rep(s, team, period)),
                "by_group": with_session(lambda s: activity_stats.by_group(s, team, period)),
                "daily_points x2 + summarise": with_session(series),
                "stats --by rep": with_session(stats_by(activity_stats.Grouping.REP)),
                "stats --by group": with_session(stats_by(activity_stats.Grouping.GROUP)),
                "baseline SELECT COUNT(*)": with_session(count_rows),
            }
            results = {name: best_of(args.runs, job) for name, job in timings.items()}
        finally:
            db.dispose()
        print(f"rows:                          {count:,}")
        for name, seconds in results.items():
            print(f"{name + ':':<31}{seconds:.3f} s")
        worst = max(results["stats --by rep"], results["stats --by group"])
        print(f"slowest stats / baseline:      {worst / results['baseline SELECT COUNT(*)']:.1f}x; "
              f"target <= {TARGET_SECONDS} s: {'met' if worst <= TARGET_SECONDS else 'MISSED'}")


if __name__ == "__main__":
    main()
