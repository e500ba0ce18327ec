"""The principal-contradiction card (主要矛盾): the one most pressing problem in a sentence, the evidence behind
it, and the prescription — the playbook practices that address it, each a link to the Playbook tab — with a
button that turns the prescription into an action plan."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from coachdesk.core.common.local_text import pick
from coachdesk.core.lifecycle.diagnosis import Diagnosis
from coachdesk.core.lifecycle.explain import contradiction_text
from coachdesk.gui.lifecycle.context import content_language
from coachdesk.gui.lifecycle.lifecycle_labels import cadence_label, role_label
from coachdesk.gui.widgets.text import fill

LINK_PREFIX = "practice:"
CARD_STYLE = (
    "QFrame#contradictionCard { background: #ffffff; border: 1px solid #fca5a5; border-top: 4px solid #dc2626;"
    " border-radius: 6px; }"
    "QLabel#cardHeading { font-size: 13pt; font-weight: 700; color: #991b1b; }"
    "QLabel#cardKind { color: #6b7280; }"
    "QLabel#cardSummary { font-size: 12pt; font-weight: 600; color: #111827; }"
    "QLabel#cardSection { font-weight: 600; color: #374151; margin-top: 6px; }"
)


def _wrapping_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # signal sentences are data, never markup
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ContradictionCard(QFrame):
    practiceActivated = Signal(str)  # a practice id
    makePlanRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contradictionCard")
        self.setStyleSheet(CARD_STYLE)
        self.diagnosis: Diagnosis | None = None
        self.heading = QLabel()
        self.heading.setObjectName("cardHeading")
        self.kind = _wrapping_label("cardKind")
        self.summary = _wrapping_label("cardSummary")
        self.evidence_title = _wrapping_label("cardSection")
        self.evidence = _wrapping_label("cardEvidence")
        self.prescription_title = _wrapping_label("cardSection")
        self.prescription = _wrapping_label("cardPrescription")
        self.prescription.setTextFormat(Qt.TextFormat.RichText)
        self.prescription.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.prescription.setOpenExternalLinks(False)
        self.prescription.linkActivated.connect(self._link)
        self.plan_button = QPushButton()
        self.plan_button.clicked.connect(self.makePlanRequested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.setSpacing(4)
        for widget in (self.heading, self.kind, self.summary, self.evidence_title, self.evidence,
                       self.prescription_title, self.prescription):
            layout.addWidget(widget)
        layout.addSpacing(6)
        layout.addWidget(self.plan_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.retranslate()

    def set_diagnosis(self, diagnosis: Diagnosis | None) -> None:
        self.diagnosis = diagnosis
        self.retranslate()

    def summary_text(self) -> str:
        return self.summary.text()

    def practice_ids(self) -> list[str]:
        return [p.id for p in self.diagnosis.contradiction.prescription] if self.diagnosis else []

    def _link(self, href: str) -> None:
        if href.startswith(LINK_PREFIX):
            self.practiceActivated.emit(href.removeprefix(LINK_PREFIX))

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Principal contradiction"))
        self.evidence_title.setText(self.tr("Evidence"))
        self.prescription_title.setText(self.tr("Prescription"))
        self.plan_button.setText(self.tr("Make action plan…"))
        diagnosis = self.diagnosis
        self.plan_button.setEnabled(diagnosis is not None)
        if diagnosis is None:
            self.kind.setText("")
            self.summary.setText(self.tr("No diagnosis yet."))
            self.evidence.setText("")
            self.prescription.setText("")
            return
        lang = content_language()
        text = contradiction_text(diagnosis, lang)
        pc = diagnosis.contradiction
        self.kind.setText(self.tr("The most pressing problem now") if pc.kind == "problem"
                          else self.tr("No acute problem: the task this stage sets"))
        self.summary.setText(text.summary)
        self.evidence.setText("\n".join(f"• {sentence}" for sentence in text.evidence))
        items = []
        for practice in pc.prescription:
            title = html.escape(pick(practice.title, lang))
            meta = fill(self.tr("%1 · %2"), role_label(practice.owner), cadence_label(practice.cadence))
            items.append(f"• <a href='{LINK_PREFIX}{html.escape(practice.id)}'>{title}</a>"
                         f" <span style='color:#6b7280'>({html.escape(meta)})</span>")
        self.prescription.setText("<br>".join(items) if items else html.escape(self.tr("No practice prescribed.")))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
