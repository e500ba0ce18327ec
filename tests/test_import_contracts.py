"""The import-linter contracts in pyproject.toml hold, and they really fail when a layer is breached.

`.ci/run` runs ``lint-imports`` too; these tests make a breach visible in the test run and prove the
contracts are not vacuous: a copy of the package with one forbidden import added must break them.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")

pytestmark = pytest.mark.skipif(not LINT_IMPORTS.exists(), reason="import-linter is not installed")


def lint_imports(root: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(root)}  # the copy's coachdesk, not the installed one
    return subprocess.run([str(LINT_IMPORTS), str(root / "pyproject.toml"), "--no-cache"],
                          cwd=root, env=env, capture_output=True, text=True, timeout=300)


def copy_of_package(tmp_path: Path) -> Path:
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    shutil.copytree(ROOT / "coachdesk", tmp_path / "coachdesk", ignore=shutil.ignore_patterns("__pycache__"))
    return tmp_path


def test_the_code_keeps_every_contract() -> None:
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "BROKEN" not in result.stdout


@pytest.mark.parametrize(
    ("module", "source", "contract"),
    [
        ("gui/roster/leak.py", "import sqlalchemy\n", "The GUI reads and writes through store services only"),
        ("gui/roster/leak.py", "from coachdesk.store.roster.models import Member\n",
         "The GUI reads and writes through store services only"),
        ("core/roster/leak.py", "from coachdesk.store.database import Database\n",
         "Layers: gui and cli above reports above store above core"),
        ("store/roster/leak.py", "from coachdesk.gui.widgets import messages\n",
         "Layers: gui and cli above reports above store above core"),
        ("core/roster/leak.py", "import sqlalchemy\n", "The domain core has no Qt, SQLAlchemy or Alembic"),
        ("core/activity/leak.py", "from coachdesk.core.lifecycle import stages\n",
         "Core features are independent of each other"),
        ("reports/leak.py", "from PySide6.QtGui import QPainter\n",
         "Printed reports have no Qt (they render in workers and from the CLI)"),
        ("store/roster/leak.py", "from coachdesk.reports import document\n",
         "Layers: gui and cli above reports above store above core"),
    ],
    ids=["gui-sqlalchemy", "gui-models", "core-store", "store-gui", "core-sqlalchemy", "core-features", "reports-qt",
         "store-reports"],
)
def test_a_forbidden_import_breaks_its_contract(tmp_path: Path, module: str, source: str, contract: str) -> None:
    root = copy_of_package(tmp_path)
    (root / "coachdesk" / module).write_text(f'"""A deliberate breach."""\n\n{source}', encoding="utf-8")
    result = lint_imports(root)
    assert result.returncode != 0, result.stdout
    assert f"{contract} BROKEN" in result.stdout
