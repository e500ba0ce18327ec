"""Diagnosis benchmark: `coachdesk diagnose` on a 400-rep team with two years of activity, against the bare SQL
that reads the same 182 days (ACTIVITY_LOOKBACK_DAYS).

    /tmp/venv/bin/python bench/diagnosis_bench.py [--reps 400] [--days 730] [--teams 12]

Builds the database of bench/stats_bench.py (one team, 400 reps, 2 years) and times, best of 5:

* ``gather_facts`` — the store's queries (members, daily totals, per-rep output, survey) for one as-of day;
* ``diagnose_team`` — those queries + the playbook + every signal + mix + principal contradiction;
* ``diagnosis_dict`` — the above rendered to the JSON the CLI prints;
* the baseline: one ``SELECT SUM(...) GROUP BY day`` over the same 182 days (the least any diagnosis must read);
* the overview (every team diagnosed) with ``--teams`` copies of the team's figures.

Target: a team's diagnosis ≤ 0.2 s, the overview of 12 such teams ≤ 2 s (it runs in a worker anyway).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from stats_bench import best_of, build  # noqa: E402

from coachdesk.core.lifecycle.explain import diagnosis_dict  # noqa: E402
from coachdesk.core.lifecycle.facts import ACTIVITY_LOOKBACK_DAYS  # noqa: E402
from coachdesk.store.database import open_database  # noqa: E402
from coachdesk.store.lifecycle.diagnosis import diagnose_team, overview  # noqa: E402
from coachdesk.store.lifecycle.facts import gather_facts  # noqa: E402

TEAM_TARGET, OVERVIEW_TARGET = 0.2, 2.0


def copy_team(path: Path, team: int, copies: int) -> None:
    """More teams with the same reps' figures (new member ids), for the overview."""
    conn = sqlite3.connect(path)
    with conn:
        for n in range(copies):
            new = conn.execute("INSERT INTO teams (name, product, formed_on, notes, created_at) SELECT name || ?, "
                               "product, formed_on, notes, created_at FROM teams WHERE id = ?",
                               (f" {n + 2}", team)).lastrowid
            conn.execute("INSERT INTO members (team_id, employee_id, name, phone, role, hired_on, left_on, "
                         "leave_reason) SELECT ?, employee_id, name, phone, role, hired_on, left_on, leave_reason "
                         "FROM members WHERE team_id = ?", (new, team))
            conn.execute("INSERT INTO activity_days (member_id, day, team_id, calls, connected, talk_seconds, deals, "
                         "revenue_cents, intent) SELECT m2.id, a.day, ?, a.calls, a.connected, a.talk_seconds, "
                         "a.deals, a.revenue_cents, a.intent FROM activity_days a "
                         "JOIN members m1 ON m1.id = a.member_id "
                         "JOIN members m2 ON m2.team_id = ? AND m2.employee_id = m1.employee_id "
                         "WHERE a.team_id = ? AND a.day >= date('now', '-70 days')", (new, new, team))
    conn.execute("ANALYZE")
    conn.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reps", type=int, default=400)
    parser.add_argument("--days", type=int, default=730)
    parser.add_argument("--teams", type=int, default=12)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="coachdesk-diagnosis-bench-") as tmp:
        path = Path(tmp) / "diagnosis.sqlite3"
        started = time.perf_counter()
        team, period, count = build(path, args.reps, args.days)
        print(f"built {count:,} rows ({args.reps} reps, {period.start} to {period.end}) in "
              f"{time.perf_counter() - started:.1f} s")
        as_of = period.end + dt.timedelta(days=1)
        db = open_database(f"sqlite:///{path}")
        try:
            def run(work):
                def job():
                    with db.session() as s:
                        return work(s)
                return job

            def baseline(s):
                start = (as_of - dt.timedelta(days=ACTIVITY_LOOKBACK_DAYS)).isoformat()
                return s.connection().exec_driver_sql(
                    "SELECT day, SUM(calls), SUM(connected), SUM(deals), SUM(revenue_cents) FROM activity_days "
                    "WHERE team_id = ? AND day >= ? AND day < ? GROUP BY day", (team, start, as_of.isoformat())).all()

            timings = {
                f"baseline: daily sums, {ACTIVITY_LOOKBACK_DAYS} days": best_of(args.runs, run(baseline)),
                "gather_facts": best_of(args.runs, run(lambda s: gather_facts(s, team, as_of))),
                "diagnose_team": best_of(args.runs, run(lambda s: diagnose_team(s, team, as_of))),
                "diagnose + diagnosis_dict": best_of(args.runs, run(
                    lambda s: diagnosis_dict(diagnose_team(s, team, as_of)))),
            }
        finally:
            db.dispose()
        copy_team(path, team, args.teams - 1)
        db = open_database(f"sqlite:///{path}")
        try:
            with db.session() as s:
                teams = len(overview(s, as_of))
            timings[f"overview of {teams} teams"] = best_of(max(1, args.runs // 2),
                                                            run(lambda s: overview(s, as_of)))
        finally:
            db.dispose()
        for name, seconds in timings.items():
            print(f"{name:32s} {seconds * 1000:8.1f} ms")
        team_ok = timings["diagnose_team"] <= TEAM_TARGET
        overview_ok = timings[f"overview of {teams} teams"] <= OVERVIEW_TARGET
        print(f"target: diagnose_team ≤ {TEAM_TARGET} s: {'met' if team_ok else 'MISSED'}; "
              f"overview ≤ {OVERVIEW_TARGET} s: {'met' if overview_ok else 'MISSED'}")


if __name__ == "__main__":
    main()
