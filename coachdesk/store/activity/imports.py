"""Importing call activity: all or nothing, idempotent, and undoable as a whole.

Rows are checked in Python while streaming the file (core/activity/rows.py) and bulk-inserted into a
temporary staging table; duplicates, new/changed/unchanged counts, the undo history and the final upsert are
then single SQL statements. Nothing is written unless the whole file is clean.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, select, text

from coachdesk.core.activity.columns import ColumnMapping, map_column, recognise
from coachdesk.core.activity.figures import Field
from coachdesk.core.activity.rows import (
    AMBIGUOUS_NAME,
    DUPLICATE_DAY,
    IN_FUTURE,
    NEGATIVE_FIGURES,
    NOT_IN_TEAM,
    TOO_MANY_CONNECTED,
    TOO_MANY_DEALS,
    CheckedRow,
    Problem,
    RowChecker,
    Skipped,
    UnknownRep,
)
from coachdesk.core.common.formation import formation_from_history
from coachdesk.core.common.member_ref import MemberRef
from coachdesk.core.common.messages import CodedError, MessageCode
from coachdesk.core.common.progress import CancelToken, ProgressCallback, no_progress
from coachdesk.core.common.validation import clean_text
from coachdesk.core.roster.model import SELLING_ROLES
from coachdesk.core.tabular.files import FileProblem, open_table
from coachdesk.store.activity.models import ActivityImport
from coachdesk.store.database import Database
from coachdesk.store.roster.models import Member, Team
from coachdesk.store.roster.service import find_team

BATCH = 20_000
FIGURES = ("calls", "connected", "talk_seconds", "deals", "revenue_cents", "intent")
STAGING = "import_staging"
SQLITE_IMPORT_CACHE_KIB = 131_072  # page cache during an import (SQLite's default is 2 MiB): see run_import
CHANGED_ROWS_LISTED = 1000


class MappingNeeded(Exception):
    """Some needed columns were not recognised; the caller must map them (GUI step / ``--map``)."""

    def __init__(self, mapping: ColumnMapping, headers: list[str]) -> None:
        self.mapping, self.headers = mapping, headers
        missing = ", ".join(f.value for f in mapping.missing)
        units = ", ".join(f"{f.value} ({h})" for f, h in mapping.unknown_units.items())
        parts = [f"columns not recognised: {missing}" if missing else "",
                 f"units not understood: {units}" if units else ""]
        super().__init__("; ".join(p for p in parts if p))


@dataclass
class ImportOptions:
    team: str | int
    today: dt.date  # the caller's "today": rows dated after it are refused
    mapping: dict[Field, str | None] = field(default_factory=dict)  # user choices: field → header (None: absent)
    encoding: str | None = None
    create_missing: bool = False
    skip_unknown: bool = False
    dry_run: bool = False
    talk_unit: str | None = None  # seconds/minutes/hours for plain numbers; None: the header's hint decides


@dataclass
class ChangedRow:
    row: int
    employee_id: str
    name: str
    day: dt.date
    before: tuple[int, ...]
    after: tuple[int, ...]


FORMED_ON_SET = "set"  # the team had no typed formation date: it now comes from its history
FORMED_ON_LATER = "later"  # the typed formation date is later than the team's own data: kept, and reported

# The CLI's words for a FormationNote, str.format templates (the GUI's import pages say it through Qt's tr()).
FORMED_ON_SET_TEXT = ("The team had no formation date: it is now {data_start}, the first day of its history (was "
                      "{formed_on}, the day it was added).")
FORMED_ON_LATER_TEXT = (
    "The team's formation date {formed_on} is later than its own data, which starts on {data_start}; the date was "
    "kept and the diagnosis counts the team's age from its first calls. Correct it with `coachdesk team edit {team} "
    "--formed YYYY-MM-DD` (or --formed-from-history) if it is wrong.")


@dataclass(frozen=True)
class FormationNote:
    """What the import means for the team's formation date (core/common/formation.py)."""

    kind: str  # FORMED_ON_SET or FORMED_ON_LATER
    formed_on: dt.date  # the team's date before the import
    data_start: dt.date  # the earliest membership or activity, this import included


@dataclass
class ImportReport:
    file_name: str
    kind: str = "csv"
    encoding: str | None = None
    mapping: dict[str, str] = field(default_factory=dict)  # field → header used
    rows_read: int = 0
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    skipped: Skipped = field(default_factory=Skipped)
    skipped_unknown: int = 0
    problems: list[Problem] = field(default_factory=list)
    unknown: list[UnknownRep] = field(default_factory=list)
    created_members: list[MemberRef] = field(default_factory=list)  # str() of each: "name (employee id)"
    changed_rows: list[ChangedRow] = field(default_factory=list)
    import_id: int | None = None
    dry_run: bool = False
    written: bool = False
    formation: FormationNote | None = None

    @property
    def needs_rep_decision(self) -> bool:
        return bool(self.unknown) and not self.created_members and not self.skipped_unknown

    @property
    def ok(self) -> bool:
        return not self.problems and not self.needs_rep_decision


class _Abort(Exception):
    """Raised inside the transaction to roll everything back and return the report."""


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


MAP_NO_COLUMN = MessageCode("file.map_no_column", "--map {field}={header}: the file has no column {header!r}")


def prepare_mapping(headers: list[str], choices: dict[Field, str | None],
                    talk_unit: str | None = None) -> ColumnMapping:
    mapping = recognise(headers)
    for f, header in choices.items():
        try:
            map_column(mapping, f, headers, header)
        except KeyError:
            raise FileProblem(MAP_NO_COLUMN, field=f.value, header=header) from None
    if talk_unit is not None:
        mapping.set_talk_unit(talk_unit)
    return mapping


class _Members:
    """Match reps by employee id, else by name within the team."""

    def __init__(self, conn: Connection, team_id: int) -> None:
        rows = conn.execute(select(Member.id, Member.employee_id, Member.name).where(Member.team_id == team_id))
        self.by_eid: dict[str, int] = {}
        self.by_name: dict[str, list[int]] = {}
        for member_id, eid, name in rows:
            self.by_eid[eid] = member_id
            self.by_name.setdefault(name, []).append(member_id)

    def __call__(self, eid: str, name: str) -> int | CodedError | None:
        if eid:
            return self.by_eid.get(eid)
        found = self.by_name.get(name, [])
        if len(found) > 1:
            return CodedError(AMBIGUOUS_NAME, count=len(found), name=name)
        return found[0] if found else None


def _differs(conn: Connection, a: str, b: str) -> str:
    """SQL that is true when row ``a`` and staged row ``b`` differ (intent only when the file has it)."""
    distinct = "IS NOT" if conn.dialect.name == "sqlite" else "IS DISTINCT FROM"
    parts = [f"{a}.{c} <> {b}.{c}" for c in FIGURES[:-1]]
    parts.append(f"({b}.intent IS NOT NULL AND {a}.intent {distinct} {b}.intent)")
    return "(" + " OR ".join(parts) + ")"


def _create_staging(conn: Connection) -> None:
    conn.exec_driver_sql(f"DROP TABLE IF EXISTS {STAGING}")
    conn.exec_driver_sql(
        f"CREATE TEMPORARY TABLE {STAGING} (row_no INTEGER NOT NULL, member_id INTEGER, eid VARCHAR(32), "
        "name VARCHAR(64), day DATE NOT NULL, calls INTEGER NOT NULL, connected INTEGER NOT NULL, "
        "talk_seconds INTEGER NOT NULL, deals INTEGER NOT NULL, revenue_cents BIGINT NOT NULL, intent INTEGER)"
    )


def _insert_staging(conn: Connection, rows: Sequence[tuple[object, ...]]) -> None:
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    sql = f"INSERT INTO {STAGING} VALUES ({', '.join([mark] * 11)})"
    conn.exec_driver_sql(sql, rows)  # a list of tuples → the driver's executemany


@contextmanager
def _import_transaction(db: Database, *, large: bool = False) -> Iterator[Connection]:
    """One all-or-nothing transaction with an empty staging table. Raising _Abort inside rolls back quietly
    (the report says why); any other exception rolls back and propagates. The pooled connection is cleaned up
    either way: staging table dropped and, for ``large`` SQLite imports, the page cache given back."""
    with db.engine.connect() as conn:
        cache_size = None
        try:
            with conn.begin():
                if large and conn.dialect.name == "sqlite":
                    # The final upsert updates activity_days' key and two indexes in file order: with the default
                    # 2 MiB cache a million-row file spends most of its time re-reading pages.
                    cache_size = conn.exec_driver_sql("PRAGMA cache_size").scalar()
                    conn.exec_driver_sql(f"PRAGMA cache_size = -{SQLITE_IMPORT_CACHE_KIB}")
                _create_staging(conn)
                yield conn
        except _Abort:
            pass
        finally:
            conn.exec_driver_sql(f"DROP TABLE IF EXISTS {STAGING}")
            if cache_size is not None:
                conn.exec_driver_sql(f"PRAGMA cache_size = {int(cache_size)}")
            conn.commit()


def run_import(
    db: Database,
    path: Path,
    options: ImportOptions,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
) -> ImportReport:
    """Import ``path`` for ``options.team``. Raises MappingNeeded / FileProblem / NotFoundError before any
    write; returns a report whose ``problems`` are non-empty when nothing was written."""
    path = Path(path)
    today = options.today
    with open_table(path, options.encoding) as source:
        mapping = prepare_mapping(source.headers, options.mapping, options.talk_unit)
        if not mapping.complete:
            raise MappingNeeded(mapping, source.headers)
        report = ImportReport(path.name, source.kind, source.encoding, {f.value: c.header for f, c in
                                                                         mapping.columns.items()},
                              dry_run=options.dry_run)
        with _import_transaction(db, large=True) as conn:
            team_id = find_team_id(conn, options.team)
            checker = RowChecker(mapping, today, _Members(conn, team_id))
            _stage_rows(conn, source.rows(), checker, report, conn.dialect.name == "sqlite", progress, source,
                        cancel)
            report.problems = checker.problems
            report.skipped = checker.skipped
            report.unknown = sorted(checker.unknown.values(), key=lambda r: r.first_row)
            _finish(conn, team_id, lambda: file_sha256(path), options, report, cancel)
            if not report.ok or options.dry_run:
                raise _Abort()
            report.written = True
    progress(1, 1, "")
    return report


def find_team_id(conn: Connection, ref: str | int) -> int:
    from sqlalchemy.orm import Session

    with Session(bind=conn) as session:
        return find_team(session, ref).id


def _stage_rows(conn: Connection, rows: Iterable[tuple[int, list[object]]], checker: RowChecker,
                report: ImportReport, sqlite: bool, progress: ProgressCallback, source: object,
                cancel: CancelToken | None) -> None:
    batch: list[tuple[object, ...]] = []
    check = checker.check
    unstaged = 0
    for number, cells in rows:
        report.rows_read += 1
        checked: CheckedRow | None = check(number, cells)
        if checked is None or checker.problems:
            unstaged += 1
            if unstaged >= BATCH:  # nothing is staged after a problem: still report progress, honour cancel
                unstaged = 0
                if cancel is not None:
                    cancel.raise_if_cancelled()
                progress(source.position(), source.size, "")  # type: ignore[attr-defined]
            continue  # once a problem is found nothing will be written; keep checking to list them all
        member, eid, name, day, calls, connected, talk, deals, revenue, intent = checked
        batch.append((number, member, eid, name, day.isoformat() if sqlite else day, calls, connected, talk,
                      deals, revenue, intent))
        if len(batch) >= BATCH:
            _insert_staging(conn, batch)
            batch.clear()
            if cancel is not None:
                cancel.raise_if_cancelled()
            progress(source.position(), source.size, "")  # type: ignore[attr-defined]
    if batch and not checker.problems:
        _insert_staging(conn, batch)


def _finish(conn: Connection, team_id: int, digest: Callable[[], str], options: ImportOptions,
            report: ImportReport, cancel: CancelToken | None) -> None:
    if report.problems:
        return
    if report.unknown and options.create_missing:
        import_id = _new_import(conn, team_id, digest, report)
        report.created_members = _create_members(conn, team_id, report.unknown, import_id)
    elif report.unknown and options.skip_unknown:
        report.skipped_unknown = conn.exec_driver_sql(
            f"DELETE FROM {STAGING} WHERE member_id IS NULL").rowcount
    if report.needs_rep_decision:
        return
    conn.exec_driver_sql(f"CREATE INDEX ix_{STAGING}_key ON {STAGING} (member_id, day)")
    _check_duplicates(conn, report)
    if report.problems:
        return
    if cancel is not None:
        cancel.raise_if_cancelled()
    _count(conn, report)
    if report.kind != "manual":  # one typed day is not the team's history
        report.formation = _formation_note(conn, team_id)
    if options.dry_run:
        return
    import_id = report.import_id or _new_import(conn, team_id, digest, report)
    _write(conn, team_id, import_id)
    if report.formation is not None and report.formation.kind == FORMED_ON_SET:
        conn.execute(text("UPDATE teams SET formed_on = :d WHERE id = :t"),
                     {"d": report.formation.data_start, "t": team_id})
        conn.execute(text("UPDATE activity_imports SET formed_on_before = :d WHERE id = :i"),
                     {"d": report.formation.formed_on, "i": import_id})
    conn.execute(
        text("UPDATE activity_imports SET rows_new = :n, rows_changed = :c, rows_unchanged = :u, "
             "rows_skipped = :s, members_created = :m WHERE id = :id"),
        {"n": report.new, "c": report.changed, "u": report.unchanged,
         "s": report.skipped.total + report.skipped_unknown, "m": len(report.created_members), "id": import_id},
    )


def _day(value: object) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _formation_note(conn: Connection, team_id: int) -> FormationNote | None:
    """Compare the team's formation date with its data once the staged rows are counted in."""
    formed, known = conn.execute(text("SELECT formed_on, formed_on_known FROM teams WHERE id = :t"),
                                 {"t": team_id}).one()
    formed = _day(formed)
    days = [_day(conn.exec_driver_sql(f"SELECT MIN(day) FROM {STAGING}").scalar()),
            _day(conn.execute(text("SELECT MIN(day) FROM activity_days WHERE team_id = :t"), {"t": team_id}).scalar())]
    selling = ", ".join(f"'{role.value}'" for role in sorted(SELLING_ROLES))  # managers may predate the team
    first_hire = _day(conn.execute(
        text(f"SELECT MIN(hired_on) FROM members WHERE team_id = :t AND role IN ({selling})"), {"t": team_id}).scalar())
    start = formation_from_history(min((d for d in days if d is not None), default=None), first_hire)
    if start is None or formed is None:
        return None
    if not known and start != formed:
        return FormationNote(FORMED_ON_SET, formed, start)
    if known and start < formed:
        return FormationNote(FORMED_ON_LATER, formed, start)
    return None


def _new_import(conn: Connection, team_id: int, digest: Callable[[], str], report: ImportReport) -> int:
    source = "manual" if report.kind == "manual" else "file"
    import_id = conn.execute(
        text("INSERT INTO activity_imports (team_id, source, file_name, sha256, encoding, rows_new, rows_changed, "
             "rows_unchanged, rows_skipped, members_created) VALUES (:t, :src, :f, :h, :e, 0, 0, 0, 0, 0) "
             "RETURNING id"),
        {"t": team_id, "src": source, "f": report.file_name, "h": digest(), "e": report.encoding or ""},
    ).scalar_one()
    report.import_id = import_id
    return import_id


def _create_members(conn: Connection, team_id: int, unknown: list[UnknownRep], import_id: int) -> list[MemberRef]:
    existing = set(conn.execute(select(Member.employee_id).where(Member.team_id == team_id)).scalars())
    created: list[MemberRef] = []
    serial = 0
    for rep in unknown:
        eid = rep.employee_id
        if not eid:  # a name-only file: give the new rep a recognisable, unique id
            while True:
                serial += 1
                eid = f"NEW{serial:03d}"
                if eid not in existing:
                    break
        existing.add(eid)
        name = clean_text(rep.name) or eid
        member_id = conn.execute(
            text("INSERT INTO members (team_id, employee_id, name, phone, role, hired_on, leave_reason, "
                 "created_by_import_id) VALUES (:t, :e, :n, '', 'rep', :h, '', :i) RETURNING id"),
            {"t": team_id, "e": eid, "n": name, "h": rep.first_day, "i": import_id},
        ).scalar_one()
        where = "eid = :e" if rep.employee_id else "(eid = '' OR eid IS NULL) AND name = :n"
        conn.execute(text(f"UPDATE {STAGING} SET member_id = :m WHERE member_id IS NULL AND {where}"),
                     {"m": member_id, "e": rep.employee_id, "n": rep.name})
        created.append(MemberRef(eid, name))
    return created


def _check_duplicates(conn: Connection, report: ImportReport) -> None:
    """Same rep and day twice: identical rows collapse into one; differing rows are problems."""
    keys = conn.exec_driver_sql(
        f"SELECT member_id, day FROM {STAGING} GROUP BY member_id, day HAVING COUNT(*) > 1").fetchall()
    extra_rows: list[int] = []
    for member_id, day in keys:
        rows = conn.execute(text(
            f"SELECT row_no, eid, name, {', '.join(FIGURES)} FROM {STAGING} WHERE member_id = :m AND day = :d "
            "ORDER BY row_no"), {"m": member_id, "d": day}).fetchall()
        extra_rows += [r[0] for r in rows[1:]]
        if len({tuple(r[3:]) for r in rows}) == 1:
            continue
        label = rows[0][1] or rows[0][2] or str(member_id)
        day_text = day if isinstance(day, str) else day.isoformat()
        report.problems.append(Problem.of(
            rows[-1][0], report.mapping.get("date", "date"), day_text, "duplicate", DUPLICATE_DAY,
            rep=label, day=day_text, rows=", ".join(str(r[0]) for r in rows)))
    for start in range(0, len(extra_rows), 500):
        chunk = extra_rows[start:start + 500]
        conn.exec_driver_sql(f"DELETE FROM {STAGING} WHERE row_no IN ({', '.join(map(str, chunk))})")


def _count(conn: Connection, report: ImportReport) -> None:
    differs = _differs(conn, "a", "s")
    new, changed, total = conn.exec_driver_sql(
        f"SELECT SUM(CASE WHEN a.member_id IS NULL THEN 1 ELSE 0 END), "
        f"SUM(CASE WHEN a.member_id IS NOT NULL AND {differs} THEN 1 ELSE 0 END), COUNT(*) "
        f"FROM {STAGING} s LEFT JOIN activity_days a ON a.member_id = s.member_id AND a.day = s.day"
    ).one()
    report.new, report.changed = int(new or 0), int(changed or 0)
    report.unchanged = int(total or 0) - report.new - report.changed
    if report.changed:
        cols = ", ".join(f"a.{c}" for c in FIGURES) + ", " + ", ".join(f"s.{c}" for c in FIGURES)
        for row in conn.exec_driver_sql(
            f"SELECT s.row_no, s.eid, s.name, s.day, {cols} FROM {STAGING} s JOIN activity_days a "
            f"ON a.member_id = s.member_id AND a.day = s.day WHERE {differs} ORDER BY s.row_no "
            f"LIMIT {CHANGED_ROWS_LISTED}"
        ):
            day = row[3] if isinstance(row[3], dt.date) else dt.date.fromisoformat(row[3])
            report.changed_rows.append(ChangedRow(row[0], row[1] or "", row[2] or "", day, tuple(row[4:10]),
                                                  tuple(row[10:16])))


def _write(conn: Connection, team_id: int, import_id: int) -> None:
    differs = _differs(conn, "a", "s")
    figures = ", ".join(FIGURES)
    conn.execute(text(
        f"INSERT INTO activity_history (import_id, member_id, day, {figures}, old_import_id) "
        f"SELECT :i, a.member_id, a.day, {', '.join('a.' + c for c in FIGURES)}, a.import_id "
        f"FROM {STAGING} s JOIN activity_days a ON a.member_id = s.member_id AND a.day = s.day WHERE {differs}"),
        {"i": import_id})
    differs_excluded = _differs(conn, "activity_days", "excluded")
    updates = ", ".join(f"{c} = excluded.{c}" for c in FIGURES[:-1])
    conn.execute(text(
        f"INSERT INTO activity_days (member_id, day, team_id, {figures}, import_id) "
        f"SELECT member_id, day, :t, {figures}, :i FROM {STAGING} WHERE true "
        f"ON CONFLICT (member_id, day) DO UPDATE SET {updates}, "
        f"intent = COALESCE(excluded.intent, activity_days.intent), import_id = excluded.import_id "
        f"WHERE {differs_excluded}"),
        {"t": team_id, "i": import_id})


# ---------------------------------------------------------------- manual entry


def save_day_entries(db: Database, team: str | int, day: dt.date,
                     entries: list[tuple[int, tuple[int, int, int, int, int, int | None]]],
                     *, today: dt.date) -> ImportReport:
    """Store one day's figures typed into the manual-entry grid: (member id, (calls, connected, talk_seconds,
    deals, revenue_cents, intent)) per rep. Same rules, same all-or-nothing write and undo as a file import."""
    report = ImportReport(f"manual entry {day.isoformat()}", kind="manual")
    problems: list[Problem] = []
    if day > today:
        problems.append(Problem.of(0, "date", day.isoformat(), "future", IN_FUTURE, day=day.isoformat()))
    for index, (_member_id, (calls, connected, _talk, deals, _revenue, _intent)) in enumerate(entries, start=1):
        if min(calls, connected, _talk, deals, _revenue, _intent or 0) < 0:
            problems.append(Problem.of(index, "figures", "", "bad_value", NEGATIVE_FIGURES))
        if connected > calls:
            problems.append(Problem.of(index, Field.CONNECTED.value, str(connected), "order", TOO_MANY_CONNECTED,
                                       connected=connected, calls=calls))
        if deals > connected:
            problems.append(Problem.of(index, Field.DEALS.value, str(deals), "order", TOO_MANY_DEALS,
                                       deals=deals, connected=connected))
    report.problems = problems
    with _import_transaction(db) as conn:
        team_id = find_team_id(conn, team)
        members = set(conn.execute(select(Member.id).where(Member.team_id == team_id)).scalars())
        for index, (member_id, _figures) in enumerate(entries, start=1):
            if member_id not in members:
                report.problems.append(Problem.of(index, "member", str(member_id), "rep", NOT_IN_TEAM))
        if report.problems:
            raise _Abort()
        sqlite = conn.dialect.name == "sqlite"
        rows = [(i, m, "", "", day.isoformat() if sqlite else day, *f) for i, (m, f) in enumerate(entries, start=1)]
        if rows:
            _insert_staging(conn, rows)
        report.rows_read = len(rows)
        _finish(conn, team_id, lambda: "", ImportOptions(team=team_id, today=today), report, None)
        if not report.ok:
            raise _Abort()
        report.written = True
    return report


# ---------------------------------------------------------------- list and undo


@dataclass(frozen=True)
class ImportSummary:
    id: int
    team: str
    source: str
    file_name: str
    created_at: dt.datetime
    rows_new: int
    rows_changed: int
    rows_unchanged: int
    rows_skipped: int
    members_created: int
    undone_at: dt.datetime | None


def list_imports(db: Database, team: str | int | None = None) -> list[ImportSummary]:
    with db.session() as session:
        query = select(ActivityImport, Team.name).join(Team, Team.id == ActivityImport.team_id)
        if team is not None:
            query = query.where(ActivityImport.team_id == find_team(session, team).id)
        return [
            ImportSummary(i.id, name, i.source, i.file_name, i.created_at, i.rows_new, i.rows_changed,
                          i.rows_unchanged, i.rows_skipped, i.members_created, i.undone_at)
            for i, name in session.execute(query.order_by(ActivityImport.id))
        ]


# Why an import cannot be undone (UndoRefused): the GUI's import history translates the code.
UNDO_NO_IMPORT = MessageCode("import_undo.no_import", "there is no import {import_id}")
UNDO_ALREADY_UNDONE = MessageCode("import_undo.already_undone", "import {import_id} was already undone")
UNDO_LATER_IMPORTS = MessageCode(
    "import_undo.later_imports",
    "import {import_id} can be undone only after the later imports of this team ({later}) are undone")


class UndoRefused(CodedError):
    """Undoing the import is not possible (nothing has been written); ``str()`` is the English reason."""


def undo_import(db: Database, import_id: int) -> ImportSummary:
    """Restore every row the import changed, delete the rows it added and the reps it created, and put back the
    team's formation date if the import set it."""
    with db.engine.begin() as conn:
        row = conn.execute(text("SELECT team_id, undone_at FROM activity_imports WHERE id = :i"),
                           {"i": import_id}).first()
        if row is None:
            raise UndoRefused(UNDO_NO_IMPORT, import_id=import_id)
        team_id, undone_at = row
        if undone_at is not None:
            raise UndoRefused(UNDO_ALREADY_UNDONE, import_id=import_id)
        later = [r for (r,) in conn.execute(text(
            "SELECT id FROM activity_imports WHERE team_id = :t AND id > :i AND undone_at IS NULL "
            "AND rows_new + rows_changed + members_created > 0 ORDER BY id"),  # no-op re-imports don't block
            {"t": team_id, "i": import_id})]
        if later:
            raise UndoRefused(UNDO_LATER_IMPORTS, import_id=import_id, later=", ".join(map(str, later)))
        figures = ", ".join(FIGURES)
        restore = ", ".join(f"{c} = h.{c}" for c in FIGURES)
        if conn.dialect.name == "sqlite":
            conn.execute(text(
                f"UPDATE activity_days SET ({figures}, import_id) = (SELECT {', '.join('h.' + c for c in FIGURES)}, "
                "h.old_import_id FROM activity_history h WHERE h.import_id = :i AND h.member_id = "
                "activity_days.member_id AND h.day = activity_days.day) WHERE import_id = :i AND EXISTS (SELECT 1 "
                "FROM activity_history h WHERE h.import_id = :i AND h.member_id = activity_days.member_id "
                "AND h.day = activity_days.day)"), {"i": import_id})
        else:
            conn.execute(text(
                f"UPDATE activity_days a SET {restore}, import_id = h.old_import_id "
                "FROM activity_history h WHERE h.import_id = :i AND a.import_id = :i AND h.member_id = a.member_id "
                "AND h.day = a.day"), {"i": import_id})
        conn.execute(text("DELETE FROM activity_days WHERE import_id = :i"), {"i": import_id})
        formed_before = conn.execute(text("SELECT formed_on_before FROM activity_imports WHERE id = :i"),
                                     {"i": import_id}).scalar()
        if formed_before is not None:  # the import gave the team its formation date: take that back too
            conn.execute(text("UPDATE teams SET formed_on = :d WHERE id = :t"), {"d": formed_before, "t": team_id})
        conn.execute(text("DELETE FROM members WHERE created_by_import_id = :i"), {"i": import_id})
        conn.execute(text("DELETE FROM activity_history WHERE import_id = :i"), {"i": import_id})
        conn.execute(text("UPDATE activity_imports SET undone_at = CURRENT_TIMESTAMP WHERE id = :i"),
                     {"i": import_id})
    return next(s for s in list_imports(db) if s.id == import_id)
