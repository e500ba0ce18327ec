"""Edit a playbook practice, or write an own one: title, why and steps (one a line) in English and Chinese,
owner, cadence and the signals it addresses. OK stores it through the submit callback; field errors are shown
inline and the dialog keeps everything typed."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from coachdesk.core.common.local_text import LANGUAGES
from coachdesk.core.lifecycle.playbook import Cadence, OwnerRole, Practice
from coachdesk.core.lifecycle.wording import default_wording
from coachdesk.gui.lifecycle.context import content_language
from coachdesk.gui.lifecycle.lifecycle_labels import cadence_label, role_label, stage_label
from coachdesk.gui.widgets.text import fill
from coachdesk.gui.widgets.validating_dialog import ValidatingDialog

SIGNAL_COLUMNS = 3


class PracticeDialog(ValidatingDialog):
    def __init__(self, practice: Practice, signals: Sequence[str], submit: Callable[[Practice], object],
                 is_new: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(submit, parent)
        self.setObjectName("practiceDialog")
        self.practice = practice
        self.is_new = is_new
        self.language_headers = {lang: QLabel() for lang in LANGUAGES}
        self.row_labels = [QLabel() for _ in range(3)]
        self.titles = {lang: QLineEdit(practice.title.get(lang, "")) for lang in LANGUAGES}
        self.whys = {lang: self._text_box(practice.why.get(lang, ""), 3) for lang in LANGUAGES}
        self.hows = {lang: self._text_box("\n".join(practice.how.get(lang, ())), 6) for lang in LANGUAGES}
        texts = QGridLayout()
        texts.setColumnStretch(1, 1)
        texts.setColumnStretch(2, 1)
        for column, lang in enumerate(LANGUAGES, start=1):
            texts.addWidget(self.language_headers[lang], 0, column)
            texts.addWidget(self.titles[lang], 1, column)
            texts.addWidget(self.whys[lang], 2, column)
            texts.addWidget(self.hows[lang], 3, column)
            self.field_widgets.update({f"title_{lang}": self.titles[lang], f"why_{lang}": self.whys[lang],
                                       f"how_{lang}": self.hows[lang]})
        for row, label in enumerate(self.row_labels, start=1):
            texts.addWidget(label, row, 0, Qt.AlignmentFlag.AlignVCenter if row == 1 else Qt.AlignmentFlag.AlignTop)
        texts.setRowStretch(2, 1)
        texts.setRowStretch(3, 2)
        self.stage_label = QLabel()
        self.owner_label, self.cadence_label = QLabel(), QLabel()
        self.owner = QComboBox()
        for role in OwnerRole:
            self.owner.addItem("", role.value)
        self.owner.setCurrentIndex(self.owner.findData(practice.owner.value))
        self.cadence = QComboBox()
        for cadence in Cadence:
            self.cadence.addItem("", cadence.value)
        self.cadence.setCurrentIndex(self.cadence.findData(practice.cadence.value))
        facts = QFormLayout()
        facts.addRow(self.stage_label)
        facts.addRow(self.owner_label, self.owner)
        facts.addRow(self.cadence_label, self.cadence)
        self.signals_box = QGroupBox()
        grid = QGridLayout(self.signals_box)
        self.signal_boxes: dict[str, QCheckBox] = {}
        for number, signal in enumerate(signals):
            box = QCheckBox()
            box.setChecked(signal in practice.signals)
            self.signal_boxes[signal] = box
            grid.addWidget(box, number // SIGNAL_COLUMNS, number % SIGNAL_COLUMNS)
        self.field_widgets.update({"owner": self.owner, "signals": self.signals_box})
        layout = QVBoxLayout(self)
        layout.addLayout(texts, 1)
        layout.addLayout(facts)
        layout.addWidget(self.signals_box)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.resize(780, 640)

    @staticmethod
    def _text_box(text: str, lines: int) -> QPlainTextEdit:
        box = QPlainTextEdit(text)
        box.setTabChangesFocus(True)
        box.setMinimumHeight(box.fontMetrics().lineSpacing() * lines + 12)
        return box

    def draft(self) -> Practice:
        signals = tuple(signal for signal, box in self.signal_boxes.items() if box.isChecked())
        how = {lang: tuple(line.strip() for line in self.hows[lang].toPlainText().splitlines() if line.strip())
               for lang in LANGUAGES}
        return Practice(self.practice.id, self.practice.stage, OwnerRole(self.owner.currentData()),
                        Cadence(self.cadence.currentData()), signals,
                        {lang: self.titles[lang].text() for lang in LANGUAGES},
                        {lang: " ".join(self.whys[lang].toPlainText().split()) for lang in LANGUAGES},
                        how, self.practice.custom)

    def field_labels(self) -> dict[str, str]:
        labels: dict[str, str] = {}
        for lang in LANGUAGES:
            language = self._language_name(lang)
            labels[f"title_{lang}"] = fill(self.tr("Title (%1)"), language)
            labels[f"why_{lang}"] = fill(self.tr("Why (%1)"), language)
            labels[f"how_{lang}"] = fill(self.tr("How (%1)"), language)
        labels.update(owner=self.tr("Owner"), signals=self.tr("Signals"), id=self.tr("Practice"))
        return labels

    def _language_name(self, lang: str) -> str:
        return self.tr("English") if lang == "en" else self.tr("Chinese")

    def retranslate(self) -> None:
        if self.is_new:
            self.setWindowTitle(self.tr("New Practice"))
        else:
            self.setWindowTitle(self.tr("Edit Practice"))
        for lang, header in self.language_headers.items():
            header.setText(f"<b>{self._language_name(lang)}</b>")
        for label, text in zip(self.row_labels, (self.tr("Title:"), self.tr("Why:"),
                                                 self.tr("How\n(one step\na line):")), strict=True):
            label.setText(text)
        self.stage_label.setText(fill(self.tr("Stage: %1"), stage_label(self.practice.stage)))
        self.owner_label.setText(self.tr("Owner:"))
        self.cadence_label.setText(self.tr("Cadence:"))
        for index in range(self.owner.count()):
            self.owner.setItemText(index, role_label(self.owner.itemData(index)))
        for index in range(self.cadence.count()):
            self.cadence.setItemText(index, cadence_label(self.cadence.itemData(index)))
        self.signals_box.setTitle(self.tr("Signals it addresses"))
        wording = default_wording()
        for signal, box in self.signal_boxes.items():
            box.setText(wording.name(signal, content_language()))
