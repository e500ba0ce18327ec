"""The practices of one stage as a table (title, owner, cadence, edited/own marker), a filter over their
words, and the detail text (why, how as numbered steps, owner, cadence, signals addressed) as HTML."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from coachdesk.core.common.local_text import pick
from coachdesk.core.lifecycle.playbook import Practice
from coachdesk.core.lifecycle.wording import default_wording
from coachdesk.gui.lifecycle.context import content_language
from coachdesk.gui.lifecycle.lifecycle_labels import cadence_label, role_label, stage_label
from coachdesk.gui.lifecycle.row_table_model import Index, RowTableModel
from coachdesk.gui.widgets.roles import ItemRole
from coachdesk.gui.widgets.text import fill

translate = QCoreApplication.translate
MARKER_COLOUR = QColor("#b45309")


def marker_text(practice: Practice, edited: bool) -> str:
    if practice.custom:
        return translate("Playbook", "own")
    return translate("Playbook", "edited") if edited else ""


def search_text(practice: Practice, lang: str) -> str:
    words = [pick(practice.title, lang), pick(practice.why, lang), *practice.steps(lang),
             role_label(practice.owner), cadence_label(practice.cadence)]
    return " ".join(words).casefold()


class PracticesModel(RowTableModel[Practice]):
    columns = range(4)
    TITLE, OWNER, CADENCE, MARKER = columns

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edited: set[str] = set()

    def set_practices(self, practices: Sequence[Practice], edited: Iterable[str]) -> None:
        self.edited = set(edited)
        self.set_rows(practices)

    def headers(self) -> dict[int, str]:
        return {self.TITLE: self.tr("Practice"), self.OWNER: self.tr("Owner"), self.CADENCE: self.tr("Cadence"),
                self.MARKER: ""}

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        practice = self.rows[index.row()]
        column = index.column()
        lang = content_language()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.TITLE:
                return pick(practice.title, lang)
            if column == self.OWNER:
                return role_label(practice.owner)
            if column == self.CADENCE:
                return cadence_label(practice.cadence)
            return marker_text(practice, practice.id in self.edited)
        if role == ItemRole.ID:
            return practice.id
        if role == ItemRole.SEARCH:
            return search_text(practice, lang)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.MARKER and practice.custom:
                return self.tr("A practice written in this app")
            if column == self.MARKER and practice.id in self.edited:
                return self.tr("Changed in this app; Restore default brings back the original")
            return pick(practice.title, lang) if column == self.TITLE else None
        if role == Qt.ItemDataRole.ForegroundRole and column == self.MARKER:
            return MARKER_COLOUR
        return None

    def row_of(self, practice_id: str) -> int:
        return next((row for row, p in enumerate(self.rows) if p.id == practice_id), -1)


class PracticeFilter(QSortFilterProxyModel):
    """Keeps the practices whose words contain every word typed (title, why, steps, owner, cadence)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.words: list[str] = []

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self.words = text.casefold().split()
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self.words:
            return True
        haystack = self.sourceModel().index(source_row, 0, source_parent).data(ItemRole.SEARCH) or ""
        return all(word in haystack for word in self.words)


def practice_html(practice: Practice, edited: bool) -> str:
    """The detail pane: title, marker, why, numbered steps, owner and cadence, the signals it addresses."""
    lang = content_language()
    wording = default_wording()
    marker = marker_text(practice, edited)
    parts = [f"<h3 style='margin-bottom:2px'>{escape(pick(practice.title, lang))}</h3>"]
    facts = [fill(translate("Playbook", "Stage: %1"), escape(stage_label(practice.stage))),
             fill(translate("Playbook", "Owner: %1"), escape(role_label(practice.owner))),
             fill(translate("Playbook", "Cadence: %1"), escape(cadence_label(practice.cadence)))]
    if marker:
        facts.append(f"<span style='color:{MARKER_COLOUR.name()}'>{escape(marker)}</span>")
    parts.append(f"<p style='color:#4b5563'>{' · '.join(facts)}</p>")
    why, how = translate("Playbook", "Why"), translate("Playbook", "How")
    parts.append(f"<p><b>{escape(why)}</b><br/>{escape(pick(practice.why, lang))}</p>")
    steps = "".join(f"<li>{escape(step)}</li>" for step in practice.steps(lang))
    parts.append(f"<p><b>{escape(how)}</b></p><ol>{steps}</ol>")
    if practice.signals:
        names = ", ".join(escape(wording.name(signal, lang)) for signal in practice.signals)
        heading = translate("Playbook", "Signals it addresses")
        parts.append(f"<p><b>{escape(heading)}</b><br/>{names}</p>")
    return "".join(parts)
