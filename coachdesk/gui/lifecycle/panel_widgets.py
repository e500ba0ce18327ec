"""Small look-and-feel helpers shared by the survey, playbook and action-plan panels."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QLabel, QTableView


def section_title() -> QLabel:
    """A bold heading over a part of a panel (set in code: the stylesheet's weight 600 has no face in the
    bundled fonts and renders regular)."""
    label = QLabel()
    label.setObjectName("lifecycleSection")
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def compact_rows(table: QTableView) -> None:
    """One line of text per row with a little air, whatever the style's default row height."""
    header = table.verticalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    header.setDefaultSectionSize(table.fontMetrics().height() + 10)
