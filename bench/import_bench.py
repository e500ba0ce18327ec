"""Import benchmark: coachdesk's activity import of a realistic CSV export against a plain baseline.

    /tmp/venv/bin/python bench/import_bench.py [--rows N] [--keep DIR]

1. Generates a UTF-8 CSV export with Chinese headers (~400 reps × N/400 days, so (rep, day) is unique; dates
   written 2024/5/6; thousands separators in some cells) in a temporary folder.
2. Creates a fresh SQLite file with the team and its reps through the app's own services.
3. Runs ``coachdesk.store.activity.imports.run_import`` in a child process and measures its wall time (the
   ``run_import`` call, file open to commit) and the child's own peak RSS (VmHWM, cross-checked with
   ``getrusage(RUSAGE_CHILDREN).ru_maxrss``: the generator's memory is not counted).
4. Baseline in the same run: ``csv`` reading of the same file, rows parsed to ints / ISO dates, and
   ``sqlite3.executemany`` into an equivalent table with the same primary key (member_id, day) in a fresh
   SQLite file with the app's pragmas (WAL, synchronous=NORMAL), one transaction.

Prints rows, coachdesk seconds, baseline seconds, the ratio and coachdesk's peak RSS. Targets: ratio ≤ 1.5,
peak RSS ≤ 300 MB.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import random
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TEAM = "华东电销中心"
REPS = 400
HEADERS = ["日期", "工号", "姓名", "呼出次数", "接通次数", "通话时长(秒)", "成交单数", "成交金额(元)", "意向客户"]
TARGET_RATIO = 1.5
TARGET_RSS_MB = 300


def _rep_ids(reps: int) -> list[tuple[str, str]]:
    rng = random.Random(7)
    surnames, given = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗", "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平"
    return [(f"E{i:05d}", rng.choice(surnames) + rng.choice(given) + rng.choice(given)) for i in range(1, reps + 1)]


def generate(path: Path, rows: int, today: dt.date) -> tuple[int, dt.date]:
    """Write the export; returns (rows written, first day). The last day is ``today``."""
    reps = _rep_ids(REPS)
    days = -(-rows // REPS)
    first = today - dt.timedelta(days=days - 1)
    rng = random.Random(2024)
    written = 0
    with path.open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(HEADERS)
        for offset in range(days):
            day = first + dt.timedelta(days=offset)
            day_text = f"{day.year}/{day.month}/{day.day}"
            for eid, name in reps:
                if written >= rows:
                    break
                calls = rng.randrange(40, 1400)
                connected = rng.randrange(0, calls // 2 + 1)
                deals = rng.randrange(0, min(connected, 6) + 1)
                talk = connected * rng.randrange(40, 240)
                revenue = deals * rng.randrange(20_000, 900_000)  # cents
                yuan = f"{revenue // 100}.{revenue % 100:02d}"
                if written % 5 == 0:  # some cells as the spreadsheet shows them: 1,234 and 12,345.50
                    calls_text, talk_text, yuan = f"{calls:,}", f"{talk:,}", f"{revenue / 100:,.2f}"
                else:
                    calls_text, talk_text = str(calls), str(talk)
                out.writerow([day_text, eid, name, calls_text, connected, talk_text, deals, yuan,
                              rng.randrange(0, 5)])
                written += 1
    return written, first


def make_database(path: Path) -> None:
    from coachdesk.core.roster.model import MemberDraft, TeamDraft
    from coachdesk.store.database import open_database
    from coachdesk.store.roster.service import add_member, create_team

    db = open_database(f"sqlite:///{path}")
    try:
        with db.session() as session:
            team_id = create_team(session, TeamDraft(TEAM, product="企业宽带", formed_on=dt.date(2010, 1, 1)))
            for eid, name in _rep_ids(REPS):
                add_member(session, team_id, MemberDraft(eid, name, dt.date(2010, 1, 1)))
    finally:
        db.dispose()


def child(db_path: str, csv_path: str) -> None:
    """Runs in the child process: import, then print timing and peak RSS as JSON."""
    from coachdesk.store.activity.imports import ImportOptions, run_import
    from coachdesk.store.database import open_database

    db = open_database(f"sqlite:///{db_path}")
    start = time.perf_counter()
    report = run_import(db, Path(csv_path), ImportOptions(team=TEAM, today=dt.date.today()))
    seconds = time.perf_counter() - start
    db.dispose()
    hwm = next(int(line.split()[1]) for line in Path("/proc/self/status").read_text().splitlines()
               if line.startswith("VmHWM:"))
    print(json.dumps({"seconds": seconds, "vmhwm_kb": hwm, "ok": report.ok, "new": report.new,
                      "problems": [str(p) for p in report.problems[:5]]}))


def run_coachdesk(db_path: Path, csv_path: Path) -> dict:
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    done = subprocess.run([sys.executable, __file__, "--child", str(db_path), str(csv_path)],
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"the import child failed:\n{done.stderr}")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    result["ru_maxrss_kb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    result["ru_maxrss_before_kb"] = before
    return result


def baseline(db_path: Path, csv_path: Path) -> tuple[float, int]:
    """csv + parse + executemany into a (member_id, day) keyed table: the floor any importer stands on."""
    start = time.perf_counter()
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("CREATE TABLE activity_days (member_id INTEGER NOT NULL, day DATE NOT NULL, team_id INTEGER NOT "
                 "NULL, calls INTEGER NOT NULL, connected INTEGER NOT NULL, talk_seconds INTEGER NOT NULL, "
                 "deals INTEGER NOT NULL, revenue_cents BIGINT NOT NULL, intent INTEGER, import_id INTEGER, "
                 "PRIMARY KEY (member_id, day))")
    members = {eid: index for index, (eid, _name) in enumerate(_rep_ids(REPS), start=1)}
    days: dict[str, str] = {}

    def day_of(text: str) -> str:
        iso = days.get(text)
        if iso is None:
            y, m, d = text.split("/")
            iso = days[text] = dt.date(int(y), int(m), int(d)).isoformat()
        return iso

    def rows():
        with csv_path.open(encoding="utf-8", newline="") as handle:
            reader = csv.reader(handle)
            next(reader)
            for day, eid, _name, calls, connected, talk, deals, revenue, intent in reader:
                yield (members[eid], day_of(day), 1, int(calls.replace(",", "")), int(connected),
                       int(talk.replace(",", "")), int(deals), round(float(revenue.replace(",", "")) * 100),
                       int(intent), None)

    with conn:
        conn.executemany("INSERT INTO activity_days VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows())
    count = conn.execute("SELECT COUNT(*) FROM activity_days").fetchone()[0]
    conn.close()
    return time.perf_counter() - start, count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--keep", metavar="DIR", help="write the files here and keep them")
    parser.add_argument("--child", nargs=2, metavar=("DB", "CSV"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return
    with tempfile.TemporaryDirectory(prefix="coachdesk-bench-") as tmp:
        folder = Path(args.keep) if args.keep else Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        csv_path, db_path, base_path = folder / "export.csv", folder / "coachdesk.sqlite3", folder / "baseline.sqlite3"
        for stale in (db_path, base_path):
            for extra in ("", "-wal", "-shm"):
                Path(f"{stale}{extra}").unlink(missing_ok=True)
        started = time.perf_counter()
        rows, first = generate(csv_path, args.rows, dt.date.today())
        make_database(db_path)
        print(f"generated {rows:,} rows ({csv_path.stat().st_size / 1e6:.0f} MB, {REPS} reps, {first} to "
              f"{dt.date.today()}) and the database in {time.perf_counter() - started:.1f} s")
        result = run_coachdesk(db_path, csv_path)
        if not result["ok"] or result["new"] != rows:
            sys.exit(f"the import did not write every row: {result}")
        base_seconds, base_rows = baseline(base_path, csv_path)
        assert base_rows == rows, (base_rows, rows)
        rss_mb = result["vmhwm_kb"] / 1024
        ratio = result["seconds"] / base_seconds
        print(f"rows:                {rows:,}")
        print(f"coachdesk seconds:   {result['seconds']:.2f}")
        print(f"baseline seconds:    {base_seconds:.2f}")
        print(f"ratio:               {ratio:.2f} (target <= {TARGET_RATIO})")
        print(f"coachdesk peak RSS:  {rss_mb:.0f} MB (target <= {TARGET_RSS_MB}; child ru_maxrss "
              f"{result['ru_maxrss_kb'] / 1024:.0f} MB)")


if __name__ == "__main__":
    main()
