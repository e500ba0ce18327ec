"""Drills benchmark: readiness, the diagnosis' readiness facts, the console's next-question draw and the drill log
for a 120-rep team with half a year of drills, against the bare SQL that reads the same entries.

    .venv/bin/python bench/drills_bench.py [--reps 120] [--sessions 300] [--per-session 25]

Builds the activity database of bench/stats_bench.py (120 reps, 180 days), adds a 40-question bank and
``--sessions`` sessions over the last 170 days with ``--per-session`` entries each (scores on the default rubric,
answered well or not), then times, best of 5:

* the baseline: one ``SELECT`` of the team's entries (the least readiness must read);
* ``readiness_of`` — what the Drills tab's readiness view and ``coachdesk readiness`` load;
* ``drills_extras`` — what every diagnosis now adds to its facts (readiness now and 30 days before);
* ``gather_facts`` with and without the drills extras (the diagnosis' cost of the readiness signal);
* ``draw`` — the console's next question for one rep (replaying that rep's FSRS history), on Space;
* ``entry_log`` — the log's newest 500 entries.

Targets: readiness_of ≤ 0.5 s (it loads in a worker), drills_extras ≤ 0.3 s, draw ≤ 50 ms (the console must
answer a key at once), entry_log ≤ 0.3 s.
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

from coachdesk.core.drills.questions import Difficulty, Kind, Question  # noqa: E402
from coachdesk.core.drills.repetition import Answer, draw  # noqa: E402
from coachdesk.core.drills.scripts import SECTIONS  # noqa: E402
from coachdesk.core.drills.sessions import DrillEntry, Mode  # noqa: E402
from coachdesk.store.database import open_database  # noqa: E402
from coachdesk.store.drills import questions, readiness, sessions  # noqa: E402
from coachdesk.store.drills.models import DrillEntryRow  # noqa: E402
from coachdesk.store.lifecycle import facts as lifecycle_facts  # noqa: E402
from coachdesk.store.roster import service as roster  # noqa: E402

SPAN_DAYS = 170  # the drills span the reps' time on the team (hired when the activity starts)
TARGETS = {"readiness_of": 0.5, "drills_extras": 0.3, "draw": 0.05, "entry_log": 0.3}


def fill(db, team: int, today: dt.date, n_sessions: int, per_session: int, rng: random.Random) -> int:
    with db.session() as s:
        reps = [m.id for m in roster.list_members(s, team)]
        bank = [questions.add_question(s, team, Question(f"客户问题 {i}", f"参考答案 {i}", SECTIONS[i % 6],
                                                         Kind.OBJECTION if i % 3 else Kind.QUESTION,
                                                         Difficulty(1 + i % 3), i % 4 != 0))
                for i in range(40)]
        skill = {m: rng.uniform(0.3, 0.95) for m in reps}
        count = 0
        for k in range(n_sessions):
            at = dt.datetime.combine(today - dt.timedelta(days=SPAN_DAYS * (n_sessions - k) // n_sessions),
                                     dt.time(8, 30))
            people = rng.sample(reps, min(per_session, len(reps)))
            mode = Mode.CERTIFICATION if k % 10 == 0 else Mode.ROLE_PLAY
            sid = sessions.start_session(s, team, mode, "培训师", people, at)
            for i, m in enumerate(people):
                well = rng.random() < skill[m]
                score = 4 if well else 2
                s.add(DrillEntryRow(session_id=sid, member_id=m, question_id=rng.choice(bank),
                                    at=at + dt.timedelta(minutes=2 * i),
                                    scores_json=f'{{"opening": {score}, "value": {score}, "closing": {score}}}',
                                    answered_well=well, note="", trainer="培训师"))
                count += 1
            if k < n_sessions - 1:  # the newest stays open, as a session the console would resume
                sessions.end_session(s, sid, at + dt.timedelta(hours=1))
        # one entry through the service, so the bench also proves the checked path works on this data
        sessions.save_entry(s, sid, DrillEntry(people[0], at + dt.timedelta(minutes=59), {"tone": 4}))
    return count + 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reps", type=int, default=120)
    parser.add_argument("--sessions", type=int, default=300)
    parser.add_argument("--per-session", type=int, default=25)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="coachdesk-drills-bench-") as tmp:
        path = Path(tmp) / "drills.sqlite3"
        team, period, activity_rows = build(path, args.reps, 180)
        today = period.end
        db = open_database(f"sqlite:///{path}")
        try:
            rng = random.Random(5)
            entries = fill(db, team, today, args.sessions, args.per_session, rng)

            def run(work):
                def job():
                    with db.session() as s:
                        return work(s)
                return job

            def baseline(s):
                return s.connection().exec_driver_sql(
                    "SELECT e.member_id, e.at, e.question_id, e.answered_well, e.scores_json FROM drill_entries e "
                    "JOIN drill_sessions d ON d.id = e.session_id WHERE d.team_id = ?", (team,)).all()

            with db.session() as s:
                bank = questions.list_questions(s, team)
                scored = readiness.scored_entries(s, team, today)
            rep = scored[-1].member_id
            answers = [Answer(e.member_id, e.question_id, dt.datetime.combine(e.day, dt.time()), bool(e.well), e.total)
                       for e in scored if e.question_id is not None and e.well is not None and e.member_id == rep]
            now = dt.datetime.combine(today, dt.time(9))
            saved = dict(lifecycle_facts._extras_sources)
            try:
                with_drills = best_of(args.runs, run(lambda s: lifecycle_facts.gather_facts(s, team, today)))
                lifecycle_facts._extras_sources.clear()
                without = best_of(args.runs, run(lambda s: lifecycle_facts.gather_facts(s, team, today)))
            finally:
                lifecycle_facts._extras_sources.update(saved)
            rows = len(run(baseline)())
            timings = {
                f"baseline: read {rows:,} entries": best_of(args.runs, run(baseline)),
                "readiness_of": best_of(args.runs, run(lambda s: readiness.readiness_of(s, team, today))),
                "drills_extras": best_of(args.runs, run(lambda s: readiness.drills_extras(s, team, today))),
                "gather_facts without drills": without,
                "gather_facts with drills": with_drills,
                "draw": best_of(args.runs, lambda: draw(rep, bank, answers, now, random.Random(1))),
                "entry_log": best_of(args.runs, run(lambda s: sessions.entry_log(s, team, limit=500))),
            }
        finally:
            db.dispose()
        print(f"{activity_rows:,} activity rows; {args.reps} reps; {len(bank)} questions; {entries:,} drill entries in "
              f"{args.sessions} sessions; the drawing rep has {len(answers)} answers")
        for name, seconds in timings.items():
            print(f"{name:36s} {seconds * 1000:8.1f} ms")
        print("targets: " + "; ".join(f"{k} ≤ {v * 1000:g} ms: {'met' if timings[k] <= v else 'MISSED'}"
                                      for k, v in TARGETS.items()))


if __name__ == "__main__":
    main()
