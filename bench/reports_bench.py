"""Printed-plan benchmark: one coaching plan for the largest demo team, and a batch of every team's plan for 20
teams, against the team's diagnosis alone (the one read every plan starts from), measured in the same run.

    .venv/bin/python bench/reports_bench.py [--teams 20] [--lang zh|en] [--repeat 3]

Loads the demo (4 teams) into a temporary SQLite file, then, to reach ``--teams`` teams with full data, renames the
loaded teams and loads the demo again (each load adds 4 more teams with their activity, surveys, plans, contests and
drills). Times, best of ``--repeat``:

* the baseline: ``diagnose_team`` for the largest team;
* ``compose_plan`` (reading every section's figures) and ``render_document`` (reportlab, subset-embedded CJK
  font) for the largest team, and the whole ``build_plan`` (compose + render + move into place);
* ``build_all`` for every team (once: the batch the CLI's ``plan --all`` runs).

Targets (issue 12): ≤ 1 s per plan, ≤ 10 s for a 20-team batch.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from coachdesk.core.roster.model import TeamDraft  # noqa: E402
from coachdesk.reports.compose import compose_plan  # noqa: E402
from coachdesk.reports.options import PlanOptions  # noqa: E402
from coachdesk.reports.pdf.render import render_document  # noqa: E402
from coachdesk.reports.plans import build_all, build_plan  # noqa: E402
from coachdesk.store.database import Database, open_database  # noqa: E402
from coachdesk.store.demo.loader import load_demo  # noqa: E402
from coachdesk.store.lifecycle.diagnosis import diagnose_team  # noqa: E402
from coachdesk.store.roster import service as roster  # noqa: E402

DAY = dt.date(2026, 12, 7)
PLAN_TARGET, BATCH_TARGET, BATCH_TEAMS = 1.0, 10.0, 20


def best_of(repeat: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def fill(db: Database, teams: int) -> None:
    """Load the demo until the database holds ``teams`` teams (rounded up to the demo's 4)."""
    round_no = 0
    while True:
        load_demo(db, as_of=DAY)
        with db.session() as s:
            count = len(roster.list_teams(s))
        if count >= teams:
            return
        round_no += 1
        with db.session() as s:  # keep this round's teams: the next load replaces teams by name
            for team in roster.list_teams(s):
                if "#" not in team.name:
                    roster.update_team(s, team.id, TeamDraft(f"{team.name} #{round_no}", team.product,
                                                             team.formed_on, team.notes))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--teams", type=int, default=BATCH_TEAMS)
    parser.add_argument("--lang", choices=("zh", "en"), default="zh")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="coachdesk-reports-bench-"))
    db = open_database(f"sqlite:///{tmp / 'bench.sqlite3'}")
    started = time.perf_counter()
    fill(db, args.teams)
    with db.session() as s:
        teams = roster.list_teams(s)
        largest = max(teams, key=lambda t: t.active_count)
    print(f"{len(teams)} teams loaded in {time.perf_counter() - started:.1f} s; the largest: {largest.name} "
          f"({largest.active_count} active members)")
    options = PlanOptions(DAY, args.lang)

    def diagnose() -> None:
        with db.session() as s:
            diagnose_team(s, largest.id, DAY)

    def compose() -> object:
        with db.session() as s:
            return compose_plan(s, largest.id, options)

    document = compose()
    out = tmp / "plan.pdf"
    pages = build_plan(db, largest.id, options, out).pages
    baseline = best_of(args.repeat, diagnose)
    composing = best_of(args.repeat, compose)
    rendering = best_of(args.repeat, lambda: render_document(document, tmp / "render.pdf"))  # type: ignore[arg-type]
    whole = best_of(args.repeat, lambda: build_plan(db, largest.id, options, out))
    print(f"baseline: diagnose_team ({largest.name})        {1000 * baseline:8.1f} ms")
    print(f"compose_plan                                {1000 * composing:8.1f} ms")
    print(f"render_document ({pages} pages, {out.stat().st_size / 1024:.0f} KiB)      {1000 * rendering:8.1f} ms")
    print(f"build_plan (compose + render + move)        {1000 * whole:8.1f} ms")
    start = time.perf_counter()
    built = build_all(db, options, tmp / "all")
    batch = time.perf_counter() - start
    total_pages = sum(b.pages for b in built)
    print(f"build_all: {len(built)} plans, {total_pages} pages      {batch:8.2f} s "
          f"({1000 * batch / max(1, len(built)):.0f} ms a plan)")
    scale = BATCH_TEAMS / max(1, len(built))
    print(f"targets: a plan ≤ {PLAN_TARGET:g} s: {'met' if whole <= PLAN_TARGET else 'MISSED'}; "
          f"a {BATCH_TEAMS}-team batch ≤ {BATCH_TARGET:g} s: "
          f"{'met' if batch * scale <= BATCH_TARGET else 'MISSED'}")
    db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
