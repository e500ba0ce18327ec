"""Keep the Qt translations in step with the sources.

    python resources/i18n/update_translations.py           # lupdate (collect strings) + lrelease (.qm)
    python resources/i18n/update_translations.py --check   # exit 1 if .ts misses strings, has unfinished ones,
                                                           # or the .qm is older than the .ts (tests use this)

Translators edit resources/i18n/coachdesk_<lang>.ts with Qt Linguist (pyside6-linguist).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

I18N_DIR = Path(__file__).resolve().parent
ROOT = I18N_DIR.parent.parent
LANGUAGES = ("zh_CN",)


def tool(name: str) -> str:
    return shutil.which(name) or str(Path(sys.executable).with_name(name))


def sources() -> list[str]:
    gui = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "coachdesk" / "gui").rglob("*.py")
                 if "forms" not in p.parts)  # the forms' strings come from the .ui files themselves
    return gui + sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").glob("*.ui"))


def ts_path(lang: str) -> Path:
    return I18N_DIR / f"coachdesk_{lang}.ts"


def qm_path(lang: str) -> Path:
    return I18N_DIR / f"coachdesk_{lang}.qm"


def lupdate(ts: Path) -> None:
    subprocess.run([tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-locations", "none", "-ts", str(ts)],
                   cwd=ROOT, check=True, capture_output=True)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True)


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {(ctx.findtext("name") or "", msg.findtext("source") or ""): msg.find("translation")
            for ctx in root.iter("context") for msg in ctx.iter("message")}


def problems(lang: str) -> list[str]:
    found: list[str] = []
    ts = ts_path(lang)
    current = messages(ts)
    with tempfile.TemporaryDirectory() as tmp:
        fresh_ts = Path(tmp) / ts.name
        shutil.copy(ts, fresh_ts)
        lupdate(fresh_ts)
        for key in sorted(set(messages(fresh_ts)) - set(current)):
            found.append(f"{ts.name}: not collected yet, run update_translations.py: [{key[0]}] {key[1]!r}")
        fresh_qm = Path(tmp) / "fresh.qm"
        lrelease(ts, fresh_qm)
        if not qm_path(lang).exists() or qm_path(lang).read_bytes() != fresh_qm.read_bytes():
            found.append(f"{qm_path(lang).name} is older than {ts.name}: run update_translations.py")
    for (context, source), translation in current.items():
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete") \
                or not (translation.text or "").strip():
            found.append(f"{ts.name}: unfinished translation: [{context}] {source!r}")
    return found


def main(argv: list[str]) -> int:
    if "--check" in argv:
        issues = [p for lang in LANGUAGES for p in problems(lang)]
        print("\n".join(issues) or "translations up to date")
        return 1 if issues else 0
    for lang in LANGUAGES:
        lupdate(ts_path(lang))
        lrelease(ts_path(lang), qm_path(lang))
        print(f"updated {ts_path(lang).name} and {qm_path(lang).name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
