"""Generated files are current, the zh_CN translation is complete, the bundled font renders Chinese."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics, QImage, QPainter
from PySide6.QtWidgets import QApplication

from coachdesk.paths import cjk_font_path, db_dir, resources_dir, ui_dir

ROOT = Path(__file__).resolve().parents[2]


def load(path: Path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_generated_forms_are_up_to_date() -> None:
    problems = load(ROOT / "ui" / "build_forms.py").stale_forms()
    assert problems == [], "run `python ui/build_forms.py`: " + "; ".join(problems)


def test_zh_cn_translation_is_complete_and_compiled() -> None:
    problems = load(ROOT / "resources" / "i18n" / "update_translations.py").problems("zh_CN")
    assert problems == [], "\n".join(problems)


def test_resolver_finds_data_folders() -> None:
    assert (resources_dir() / "i18n" / "coachdesk_zh_CN.qm").is_file()
    assert (ui_dir() / "style.qss").is_file()
    assert (db_dir() / "migrations" / "env.py").is_file()
    assert cjk_font_path().is_file()
    assert (cjk_font_path().parent / "LICENSE-wqy-microhei.txt").is_file()


def test_bundled_font_is_registered_and_covers_chinese(app: QApplication) -> None:
    assert "WenQuanYi Micro Hei" in QFontDatabase.families()
    assert "WenQuanYi Micro Hei" in app.font().families()
    metrics = QFontMetrics(QFont("WenQuanYi Micro Hei", 12))
    assert all(metrics.inFontUcs4(ord(ch)) for ch in "城南电销二部磨合期动乱期")


def test_chinese_text_draws_real_glyphs(app: QApplication) -> None:
    """Two different characters must not render the same image (tofu boxes all look alike)."""

    def render(ch: str) -> QImage:
        image = QImage(40, 40, QImage.Format.Format_ARGB32)
        image.fill(0xFFFFFFFF)
        painter = QPainter(image)
        painter.setFont(app.font())
        painter.drawText(5, 30, ch)
        painter.end()
        return image

    a, b = render("团"), render("队")
    assert a != b
    assert any(a.pixel(x, y) != 0xFFFFFFFF for x in range(40) for y in range(40))


def test_gui_smoke_start(tmp_path: Path) -> None:
    db = tmp_path / "smoke.sqlite3"
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data")}
    done = subprocess.run([sys.executable, "-m", "coachdesk", "demo", "--db", str(db)], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    smoke = subprocess.run([sys.executable, "-m", "coachdesk", "gui", "--smoke", "--lang", "zh_CN", "--db", str(db)],
                           env=env, capture_output=True, text=True, timeout=120)
    assert smoke.returncode == 0, smoke.stderr
    assert "window ready, 4 teams" in smoke.stdout and "language zh_CN" in smoke.stdout
