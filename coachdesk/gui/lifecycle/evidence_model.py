"""The evidence table of a diagnosis: one row per signal that had data — its name, what it found (the wording's
sentence with the figures), the stages it points to, its share of the stage mix and how severe a problem it
shows. Sorted by a proxy (numbers sort as numbers through ItemRole.SORT)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

from PySide6.QtCore import QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor

from coachdesk.core.lifecycle.diagnosis import Diagnosis
from coachdesk.core.lifecycle.signals import Signal
from coachdesk.core.lifecycle.wording import Wording, default_wording
from coachdesk.gui.lifecycle.context import content_language
from coachdesk.gui.lifecycle.lifecycle_labels import stage_label
from coachdesk.gui.lifecycle.row_table_model import Index, RowTableModel
from coachdesk.gui.lifecycle.stage_colors import stage_colour
from coachdesk.gui.widgets.roles import ItemRole

SEVERE = 0.5  # from this severity on the figure is shown in red


class Column(IntEnum):
    SIGNAL = 0
    FINDING = 1
    STAGES = 2
    SHARE = 3
    SEVERITY = 4


@dataclass(frozen=True)
class EvidenceRow:
    signal: Signal
    share: float  # the part of the whole mix this signal gave (all rows sum to 1)


def evidence_rows(diagnosis: Diagnosis) -> list[EvidenceRow]:
    shares: dict[str, float] = {}
    for item in diagnosis.evidence:
        shares[item.signal] = shares.get(item.signal, 0.0) + item.share
    return [EvidenceRow(s, shares.get(s.id, 0.0)) for s in diagnosis.signals if not s.missing]


def percent(value: float) -> str:
    return f"{value * 100:.0f} %"


class EvidenceModel(RowTableModel[EvidenceRow]):
    columns = Column

    def __init__(self, parent: QObject | None = None, wording: Wording | None = None) -> None:
        super().__init__(parent)
        self.wording = wording or default_wording()

    def set_diagnosis(self, diagnosis: Diagnosis | None) -> None:
        self.set_rows(evidence_rows(diagnosis) if diagnosis is not None else [])

    def headers(self) -> dict[int, str]:
        return {
            Column.SIGNAL: self.tr("Signal"),
            Column.FINDING: self.tr("What it found"),
            Column.STAGES: self.tr("Points to"),
            Column.SHARE: self.tr("Share of mix"),
            Column.SEVERITY: self.tr("Severity"),
        }

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], Column(index.column())
        signal, lang = row.signal, content_language()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column is Column.SIGNAL:
                return self.wording.name(signal.id, lang)
            if column is Column.FINDING:
                return self.wording.describe(signal, lang)
            if column is Column.STAGES:
                return self.tr(", ").join(stage_label(s) for s in signal.stages) or "—"
            if column is Column.SHARE:
                return percent(row.share)
            return percent(signal.severity) if signal.severity > 0 else "—"
        if role == ItemRole.SORT:
            return {Column.SHARE: row.share, Column.SEVERITY: signal.severity,
                    Column.STAGES: signal.stages[0].order if signal.stages else 9}.get(
                column, self.data(index, Qt.ItemDataRole.DisplayRole))
        if role == ItemRole.SIGNAL_ID:
            return signal.id
        if role == Qt.ItemDataRole.ForegroundRole:
            if column is Column.STAGES and signal.stages:
                return QColor(stage_colour(signal.stages[0]))
            if column is Column.SEVERITY and signal.severity >= SEVERE:
                return QColor("#b91c1c")
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (Column.SHARE, Column.SEVERITY):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class EvidenceProxy(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(ItemRole.SORT)
        self.setSortLocaleAware(True)
