"""Compile the Designer forms in ui/ into coachdesk/gui/forms/ with pyside6-uic.

    python ui/build_forms.py          # regenerate
    python ui/build_forms.py --check  # exit 1 if a generated module is stale (tests/gui/test_forms.py)
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

UI_DIR = Path(__file__).resolve().parent
FORMS_DIR = UI_DIR.parent / "coachdesk" / "gui" / "forms"


def uic() -> str:
    exe = shutil.which("pyside6-uic") or str(Path(sys.executable).with_name("pyside6-uic"))
    return exe


def compile_form(ui_file: Path) -> str:
    result = subprocess.run([uic(), str(ui_file)], check=True, capture_output=True, text=True)
    return result.stdout


def _comparable(code: str) -> str:
    """Generated code without the uic version banner, so any supported PySide6 release can check it."""
    return "\n".join(line for line in code.splitlines() if "User Interface Compiler version" not in line)


def target_for(ui_file: Path) -> Path:
    return FORMS_DIR / f"ui_{ui_file.stem}.py"


def stale_forms() -> list[str]:
    problems = []
    for ui_file in sorted(UI_DIR.glob("*.ui")):
        target = target_for(ui_file)
        if not target.exists():
            problems.append(f"{target.name} is missing")
        elif _comparable(target.read_text(encoding="utf-8")) != _comparable(compile_form(ui_file)):
            problems.append(f"{target.name} is older than {ui_file.name}")
    return problems


def main(argv: list[str]) -> int:
    if "--check" in argv:
        problems = stale_forms()
        for p in problems:
            print(p)
        return 1 if problems else 0
    for ui_file in sorted(UI_DIR.glob("*.ui")):
        target_for(ui_file).write_text(compile_form(ui_file), encoding="utf-8")
        print(f"compiled {ui_file.name} -> {target_for(ui_file).relative_to(UI_DIR.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
