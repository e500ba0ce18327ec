"""Save charts as one PNG: a title line, then the given widgets row by row, each rendered on white.

Widgets are rendered without the window background (so gaps are white, as on paper) and without the
controls listed in ``hide`` (a measure combo box means nothing on a picture)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPoint, QRect, QRectF, QStandardPaths, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPixmap, QRegion
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from coachdesk.gui.widgets.text import fill

translate = QCoreApplication.translate  # a name pyside6-lupdate recognises

MARGIN = 16
SPACING = 10
_last_folder: Path | None = None


def render(widget: QWidget, hide: tuple[QWidget, ...] = ()) -> QPixmap:
    ratio = widget.devicePixelRatioF()
    pixmap = QPixmap(widget.size() * ratio)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    widget.render(pixmap, QPoint(), QRegion(), QWidget.RenderFlag.DrawChildren)
    painter = QPainter(pixmap)
    for control in hide:
        if control.isVisible() and widget.isAncestorOf(control):
            painter.fillRect(QRect(control.mapTo(widget, QPoint(0, 0)), control.size()), QColor("white"))
    painter.end()
    return pixmap


def compose(title: str, subtitle: str, rows: list[list[QWidget]], hide: tuple[QWidget, ...] = ()) -> QImage:
    grabs: list[list[QPixmap]] = [[render(widget, hide) for widget in row] for row in rows]

    def size(pixmap: QPixmap) -> tuple[float, float]:
        logical = pixmap.deviceIndependentSize()
        return logical.width(), logical.height()

    title_font = QFont(QApplication.font())
    title_font.setPointSizeF(max(title_font.pointSizeF(), 9) * 1.4)
    title_font.setBold(True)
    body_font = QFont(QApplication.font())
    title_height = QFontMetricsF(title_font).height()
    body_height = QFontMetricsF(body_font).height()
    row_sizes = [(sum(size(p)[0] for p in row) + SPACING * max(len(row) - 1, 0), max((size(p)[1] for p in row),
                                                                                    default=0.0)) for row in grabs]
    width = int(max([w for w, _ in row_sizes] + [QFontMetricsF(title_font).horizontalAdvance(title)]) + 2 * MARGIN)
    height = int(MARGIN + title_height + body_height + SPACING + sum(h + SPACING for _, h in row_sizes) + MARGIN)
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.setPen(QColor("#111827"))
    painter.setFont(title_font)
    painter.drawText(QRectF(MARGIN, MARGIN, width - 2 * MARGIN, title_height),
                     int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), title)
    painter.setFont(body_font)
    painter.setPen(QColor("#4b5563"))
    painter.drawText(QRectF(MARGIN, MARGIN + title_height, width - 2 * MARGIN, body_height),
                     int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), subtitle)
    y = MARGIN + title_height + body_height + SPACING
    for row, (_w, row_height) in zip(grabs, row_sizes, strict=True):
        x = float(MARGIN)
        for pixmap in row:
            w, h = size(pixmap)
            painter.drawPixmap(QRectF(x, y, w, h), pixmap, QRectF(pixmap.rect()))
            x += w + SPACING
        y += row_height + SPACING
    painter.end()
    return image


def safe_file_name(text: str) -> str:
    return re.sub(r'[\\/:*?"<>|\s]+', "-", text).strip("-") or "charts"


def ask_and_save(parent: QWidget, suggested_name: str, render: Callable[[], QImage]) -> str | None:
    """Ask where to save, render, write; returns the path written (None if cancelled or failed)."""
    global _last_folder
    folder = _last_folder or Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
                                  or Path.home())
    title = translate("Export", "Export Charts as PNG")
    path, _ = QFileDialog.getSaveFileName(parent, title, str(folder / f"{safe_file_name(suggested_name)}.png"),
                                          translate("Export", "PNG images (*.png)"))
    if not path:
        return None
    if not path.lower().endswith(".png"):
        path += ".png"
    if not render().save(path, "PNG"):  # type: ignore[call-overload]  # the stubs say bytes; PySide6 wants str
        QMessageBox.warning(parent, title, fill(translate("Export", "Could not write %1."), path))
        return None
    _last_folder = Path(path).parent
    return path

