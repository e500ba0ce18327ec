"""How the dashboard writes numbers: counts, money (yuan, 2 decimals), rates, changes, compact axis labels.

Grouping follows the current QLocale (set by gui/i18n.py when the language changes), so call these at display
time, never cache their output across a language switch.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QLocale

from coachdesk.gui.widgets.text import fill

translate = QCoreApplication.translate  # a name pyside6-lupdate recognises

DASH = "—"
UP, DOWN, FLAT = "▲", "▼", "■"


def count(value: int) -> str:
    return QLocale().toString(int(value))


def money(cents: int, symbol: bool = True) -> str:
    """'¥12,345.60' from integer cents, exactly (no float rounding)."""
    sign = "-" if cents < 0 else ""
    whole, fraction = divmod(abs(int(cents)), 100)
    text = f"{sign}{QLocale().toString(whole)}{QLocale().decimalPoint()}{fraction:02d}"
    return f"¥{text}" if symbol else text


def decimal_money(value: Decimal | None, symbol: bool = True) -> str:
    return DASH if value is None else money(int(value * 100), symbol)


def rate(value: float | None, decimals: int = 1) -> str:
    """0.3712 -> '37.1%'."""
    if value is None:
        return DASH
    return QLocale().toString(value * 100, "f", decimals) + "%"


def number(value: float | None, decimals: int = 2) -> str:
    return DASH if value is None else QLocale().toString(float(value), "f", decimals)


def arrow(value: float | None) -> str:
    if value is None:
        return ""
    return UP if value > 0.0005 else DOWN if value < -0.0005 else FLAT


def relative_change(value: float | None) -> str:
    """'▲ 12.5%' / '▼ 3.0%'; '' when there is nothing to compare with."""
    if value is None:
        return ""
    return f"{arrow(value)} {QLocale().toString(abs(value) * 100, 'f', 1)}%"


def point_change(current: float | None, previous: float | None) -> tuple[str, float | None]:
    """Change of a rate in percentage points: ('▲ 2.1 pp', 0.021)."""
    if current is None or previous is None:
        return "", None
    delta = current - previous
    points = QLocale().toString(abs(delta) * 100, "f", 1)
    return f"{arrow(delta)} " + fill(translate("Dashboard", "%1 pp"), points), delta


def compact(value: float) -> str:
    """Axis labels: 12k / 1.5M in English, 1.2万 / 3亿 in Chinese."""
    locale = QLocale()
    chinese = locale.language() == QLocale.Language.Chinese
    steps = ((1e8, "亿"), (1e4, "万")) if chinese else ((1e9, "G"), (1e6, "M"), (1e3, "k"))
    magnitude = abs(value)
    for size, suffix in steps:
        if magnitude >= size:
            scaled = value / size
            decimals = 0 if abs(scaled) >= 100 or scaled == int(scaled) else 1
            return locale.toString(scaled, "f", decimals) + suffix
    if value == int(value):
        return locale.toString(int(value))
    return locale.toString(value, "f", 1)


def day_text(day: dt.date) -> str:
    """'2025-06-12 Thu' / '2025-06-12 周四'."""
    name = QLocale().dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)
    return f"{day.isoformat()} {name}"
