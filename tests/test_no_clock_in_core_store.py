"""A clock passed in: nothing in coachdesk/core or coachdesk/store reads the wall clock to decide what "today"
is. The edges (GUI, CLI, docs/make_screenshots.py, bench/) decide and pass the day down, so core and store give
the same answer for the same arguments whenever they run.

The check walks the source with ``ast`` and fails on any use (a call or a reference such as a default argument
``today=dt.date.today``) of ``date.today``, ``datetime.now``, ``datetime.today`` or ``datetime.utcnow``, however
``date``/``datetime`` were imported (``dt.date.today``, ``datetime.date.today``, ``date.today``...). Database-side
timestamps (``server_default=func.now()`` on ``created_at`` columns) are not Python clock reads and are fine.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHECKED = ["coachdesk/core", "coachdesk/store"]
CLOCKS = {("date", "today"), ("datetime", "now"), ("datetime", "today"), ("datetime", "utcnow")}

# (file, enclosing function): why this one may read the clock.
ALLOWED = {
    ("coachdesk/store/migrate.py", "backup_sqlite"):
        "the timestamp in a backup file's name (when the copy was made), not a business date; it is called "
        "from open_database on every start, so a passed-in clock would have to travel through every caller",
}


def _owner(node: ast.expr) -> str | None:
    """``date`` for ``date``, ``dt.date`` and ``datetime.date``; ``datetime`` likewise."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def clock_reads(source: str) -> list[tuple[int, str, str | None]]:
    """(line, what, enclosing function) for every wall-clock read in ``source``."""
    found: list[tuple[int, str, str | None]] = []

    def visit(node: ast.AST, function: str | None) -> None:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            function = node.name
        if isinstance(node, ast.Attribute) and (_owner(node.value), node.attr) in CLOCKS:
            found.append((node.lineno, ast.unparse(node), function))
        for child in ast.iter_child_nodes(node):
            visit(child, function)

    visit(ast.parse(source), None)
    return found


def test_the_check_sees_every_spelling() -> None:
    source = (
        "import datetime as dt\nimport datetime\nfrom datetime import date, datetime as DT\n"
        "def a(): return dt.date.today()\n"
        "def b(): return datetime.datetime.now()\n"
        "def c(): return date.today()\n"
        "def d(today=dt.date.today): return today()\n"
        "x = dt.datetime.utcnow()\n"
        "def e(): return dt.datetime.today()\n"
        "def fine(day: dt.date): return day.today if False else dt.date(2024, 1, 1)\n"
    )
    assert [(line, function) for line, _, function in clock_reads(source)] == [
        (4, "a"), (5, "b"), (6, "c"), (7, "d"), (8, None), (9, "e")]


def test_no_wall_clock_in_core_and_store() -> None:
    offenders = []
    used_allowances = set()
    for folder in CHECKED:
        for path in sorted((ROOT / folder).rglob("*.py")):
            rel = path.relative_to(ROOT).as_posix()
            for line, what, function in clock_reads(path.read_text(encoding="utf-8")):
                if (rel, function) in ALLOWED:
                    used_allowances.add((rel, function))
                else:
                    offenders.append(f"{rel}:{line} {what} (in {function or 'module level'})")
    assert not offenders, ("core and store must take the day as an argument; the GUI/CLI decide what today is:\n"
                           + "\n".join(offenders))
    assert used_allowances == set(ALLOWED), f"allowances no longer needed: {set(ALLOWED) - used_allowances}"
