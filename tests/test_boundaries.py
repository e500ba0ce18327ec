"""Layering rules, checked on the source (AST) so imports hidden inside functions count too.

* core, store and reports never touch Qt (they run in workers, the CLI and CI without a display);
* core is pure domain code: no SQLAlchemy/Alembic and nothing from the other coachdesk layers;
* store and reports never reach up into the GUI or the CLI.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE_DIR = Path(__file__).resolve().parents[1] / "coachdesk"
ROOT = PACKAGE_DIR.parent

QT = ("PySide6", "shiboken6", "pyqtgraph")
RULES: dict[str, tuple[str, ...]] = {
    "core": (*QT, "sqlalchemy", "alembic", "coachdesk.store", "coachdesk.gui", "coachdesk.reports", "coachdesk.cli"),
    "store": (*QT, "coachdesk.gui", "coachdesk.cli"),
    "reports": (*QT, "coachdesk.gui", "coachdesk.cli"),
}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported_modules(source: str, module: str, is_package: bool) -> list[tuple[int, str]]:
    """(line, absolute module name) of every import in ``source``, at any depth.

    ``from X import Y`` yields both ``X`` and ``X.Y`` (Y may be a submodule); relative imports are resolved
    against ``module``; ``importlib.import_module("X")`` / ``__import__("X")`` with a literal count too.
    """
    package = module if is_package else module.rpartition(".")[0]
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base_parts = package.split(".")
                base_parts = base_parts[: len(base_parts) - (node.level - 1)]
                base = ".".join(p for p in [*base_parts, node.module or ""] if p)
            else:
                base = node.module or ""
            found.append((node.lineno, base))
            found += [(node.lineno, f"{base}.{alias.name}") for alias in node.names if alias.name != "*"]
        elif isinstance(node, ast.Call) and node.args:
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            first = node.args[0]
            if name in ("import_module", "__import__") and isinstance(first, ast.Constant) \
                    and isinstance(first.value, str):
                found.append((node.lineno, first.value))
    return found


def matches(module: str, forbidden: str) -> bool:
    return module == forbidden or module.startswith(forbidden + ".")


def violations(layer: str) -> list[str]:
    problems: list[str] = []
    for path in sorted((PACKAGE_DIR / layer).rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        for line, name in imported_modules(source, module_name(path), path.name == "__init__.py"):
            for forbidden in RULES[layer]:
                if matches(name, forbidden):
                    problems.append(f"{path.relative_to(ROOT)}:{line}: imports {name} (coachdesk/{layer} "
                                    f"must not import {forbidden})")
    return sorted(set(problems))


@pytest.mark.parametrize("layer", sorted(RULES))
def test_layer_imports(layer: str) -> None:
    files = list((PACKAGE_DIR / layer).rglob("*.py"))
    assert files, f"no Python files found in coachdesk/{layer}"
    problems = violations(layer)
    assert not problems, "forbidden imports:\n" + "\n".join(problems)


SAMPLE = '''
import os, PySide6.QtCore
from sqlalchemy.orm import Session
from . import sibling
from ..store import roster
from .. import gui

def later():
    import pyqtgraph as pg
    from shiboken6 import isValid
    importlib.import_module("alembic.command")
    __import__("coachdesk.cli.main")
'''


def test_detector_finds_every_kind_of_import() -> None:
    names = {name for _, name in imported_modules(SAMPLE, "coachdesk.core.demo", False)}
    forbidden = RULES["core"]
    hits = sorted({f for name in names for f in forbidden if matches(name, f)})
    assert hits == sorted(
        ["PySide6", "sqlalchemy", "coachdesk.store", "coachdesk.gui", "pyqtgraph", "shiboken6", "alembic",
         "coachdesk.cli"]
    )
    assert "coachdesk.core.sibling" in names
    assert not matches("PySide6x", "PySide6")  # a prefix is not a parent package


def test_detector_resolves_relative_imports_in_packages() -> None:
    names = {name for _, name in imported_modules("from .roster import x\nfrom .. import cli", "coachdesk.store", True)}
    assert {"coachdesk.store.roster", "coachdesk.cli"} <= names
