"""Make Chinese render on machines without any CJK font: register the bundled font with Qt."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from coachdesk.paths import cjk_font_path


def install_cjk_font(app: QApplication) -> list[str]:
    """Load WenQuanYi Micro Hei and put it in the application font's fallback list; return its families."""
    font_id = QFontDatabase.addApplicationFont(str(cjk_font_path()))
    if font_id < 0:
        raise RuntimeError(f"Qt could not load the bundled font {cjk_font_path()}")
    families = QFontDatabase.applicationFontFamilies(font_id)
    font = QFont(app.font())
    # The system UI font stays first for Latin text; the bundled font covers Chinese (and Latin if no system
    # font exists at all).
    font.setFamilies([app.font().family(), *families])
    app.setFont(font)
    return list(families)
