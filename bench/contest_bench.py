"""Contest benchmark: standings, the contest page and the war-room board for a 400-rep team in a 31-day hybrid
target contest with handicaps, against the bare SQL that reads the same rows.

    .venv/bin/python bench/contest_bench.py [--reps 400] [--days 120]

Builds the database of bench/stats_bench.py (one team, regrouped halfway), adds a contest over the last 31 days
(hybrid, target, tenure handicap, size factor, morning points), 300 deal announcements and 31 morning contests,
then times, best of 5:

* the baseline: one ``SELECT … FROM activity_days`` of the contest's rows (the least any standings must read);
* ``standings_of`` — gather (members, memberships, activity, announcements, points, mornings) + compute;
* ``contest_page`` — what the Contests tab loads (standings, public board, ledger, mornings, deals, recaps, stage);
* ``board_data`` — what the war-room board reloads every 15 s.

Targets: standings ≤ 0.3 s, the page ≤ 1 s (it loads in a worker), the board ≤ 0.5 s.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from stats_bench import best_of, build  # noqa: E402

from coachdesk.core.competitions.contests import MorningEntry, MorningRound  # noqa: E402
from coachdesk.core.competitions.rules import (  # noqa: E402
    ContestDraft,
    ContestKind,
    ContestRules,
    Handicap,
    Participants,
    ScoreMetric,
    SizeRule,
    Weight,
)
from coachdesk.store.competitions import contests, pages, routine  # noqa: E402
from coachdesk.store.database import open_database  # noqa: E402
from coachdesk.store.roster import service as roster  # noqa: E402

TARGETS = {"standings_of": 0.3, "contest_page": 1.0, "board_data": 0.5}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reps", type=int, default=400)
    parser.add_argument("--days", type=int, default=120)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="coachdesk-contest-bench-") as tmp:
        path = Path(tmp) / "contest.sqlite3"
        team, period, count = build(path, args.reps, args.days)
        today = period.end
        start = today - dt.timedelta(days=30)
        db = open_database(f"sqlite:///{path}")
        rng = random.Random(3)
        try:
            with db.session() as s:
                rules = ContestRules(kind=ContestKind.TARGET, participants=Participants.HYBRID,
                                     scoring=(Weight(ScoreMetric.DEALS, 10), Weight(ScoreMetric.CALLS, 0.1)),
                                     size_rule=SizeRule.SIZE_FACTOR, handicap=Handicap.TENURE, rep_target=400,
                                     morning_points=5)
                draft = ContestDraft("基准赛", start, today + dt.timedelta(days=10), rules)
                contest_id = contests.create_contest(s, team, draft)
                members = roster.list_members(s, team)
                groups = roster.list_groups(s, team)
                for _ in range(300):
                    m = rng.choice(members)
                    at = dt.datetime.combine(today - dt.timedelta(days=rng.randrange(3)), dt.time(9 + rng.randrange(9)))
                    routine.announce_deal(s, team, m.employee_id, rng.randrange(1000, 9000) * 100, at)
                for d in range(31):
                    day = start + dt.timedelta(days=d)
                    entries = [MorningEntry(g.id, g.name, g.member_ids[0] if g.member_ids else None,
                                            {"A": (rng.randint(1, 5), rng.randint(1, 5), rng.randint(1, 5))})
                               for g in groups]
                    routine.save_morning_round(s, team, MorningRound(day, "产品核心价值", entries), contest_id)

            def run(work):
                def job():
                    with db.session() as s:
                        return work(s)
                return job

            def baseline(s):
                return s.connection().exec_driver_sql(
                    "SELECT member_id, day, calls, connected, deals, revenue_cents FROM activity_days "
                    "WHERE team_id = ? AND day BETWEEN ? AND ?", (team, start.isoformat(), today.isoformat())).all()

            rows = len(run(baseline)())
            timings = {
                f"baseline: read {rows:,} contest rows": best_of(args.runs, run(baseline)),
                "standings_of": best_of(args.runs, run(lambda s: contests.standings_of(s, contest_id, today))),
                "contest_page": best_of(args.runs, lambda: pages.contest_page(db, contest_id, today)),
                "board_data": best_of(args.runs, lambda: pages.board_data(db, team, today)),
            }
        finally:
            db.dispose()
        print(f"{count:,} activity rows; {args.reps} reps; contest {start} – {today} (31 days so far)")
        for name, seconds in timings.items():
            print(f"{name:36s} {seconds * 1000:8.1f} ms")
        print("targets: " + "; ".join(f"{k} ≤ {v} s: {'met' if timings[k] <= v else 'MISSED'}"
                                      for k, v in TARGETS.items()))


if __name__ == "__main__":
    main()
