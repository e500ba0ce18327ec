"""The Reports tab's form: what to print (plan or poster), for which day, which sections, language and paper.

The language follows the UI language until the user picks one; the poster has no sections and its own papers
(landscape A4 or A3), so the form swaps the paper list and disables the section boxes when the poster is chosen."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent, QLocale, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from coachdesk.gui.lifecycle.as_of_edit import AsOfEdit
from coachdesk.gui.reports.builders import ReportKind
from coachdesk.reports.document import Paper
from coachdesk.reports.options import PlanOptions, PlanSection, plan_language

# Shown in their own language whatever the UI language is (as in the Settings dialog).
LANGUAGE_NAMES = (("zh", "中文"), ("en", "English"))
PLAN_PAPERS = (Paper.A4, Paper.LETTER)
POSTER_PAPERS = (Paper.A4, Paper.A3)


class ReportForm(QWidget):
    changed = Signal()

    def __init__(self, today: Callable[[], dt.date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language_chosen = False
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("reportKind")
        for kind in ReportKind:
            self.kind_combo.addItem("", kind)
        self.date_edit = AsOfEdit(today)
        self.date_edit.setObjectName("reportDate")
        self.section_boxes: dict[PlanSection, QCheckBox] = {}
        self.sections_group = QGroupBox()
        sections_layout = QVBoxLayout(self.sections_group)
        for section in PlanSection:
            box = QCheckBox()
            box.setObjectName(f"section_{section.value}")
            box.setChecked(True)
            box.toggled.connect(self.changed)
            self.section_boxes[section] = box
            sections_layout.addWidget(box)
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("reportLanguage")
        for code, name in LANGUAGE_NAMES:
            self.language_combo.addItem(name, code)
        self._follow_ui_language()
        self.language_combo.activated.connect(self._language_picked)
        self.paper_combo = QComboBox()
        self.paper_combo.setObjectName("reportPaper")
        self.form = QFormLayout()
        self.labels: list[QLabel] = []
        for field in (self.kind_combo, self.date_edit, self.language_combo, self.paper_combo):
            label = QLabel()
            label.setBuddy(field)
            self.labels.append(label)
            self.form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.form)
        layout.addWidget(self.sections_group)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.date_edit.dateChanged.connect(self.changed)
        self.paper_combo.currentIndexChanged.connect(self.changed)
        self.retranslate()
        self._kind_changed()

    # ---------------------------------------------------------------- values
    def kind(self) -> ReportKind:
        return ReportKind(self.kind_combo.currentData())

    def set_kind(self, kind: ReportKind) -> None:
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind))

    def options(self) -> PlanOptions:
        poster = self.kind() is ReportKind.POSTER
        sections = frozenset() if poster else frozenset(s for s, box in self.section_boxes.items() if box.isChecked())
        return PlanOptions(as_of=self.date_edit.day(), language=str(self.language_combo.currentData()),
                           paper=Paper(self.paper_combo.currentData()), sections=sections)

    def set_language(self, code: str) -> None:
        self.language_chosen = True
        self.language_combo.setCurrentIndex(self.language_combo.findData(code))

    def set_paper(self, paper: Paper) -> None:
        self.paper_combo.setCurrentIndex(self.paper_combo.findData(paper))

    def follow_today(self) -> None:
        self.date_edit.follow_today()

    # ---------------------------------------------------------------- reactions
    def _language_picked(self) -> None:
        self.language_chosen = True
        self.changed.emit()

    def _follow_ui_language(self) -> None:
        if not self.language_chosen:
            self.language_combo.setCurrentIndex(self.language_combo.findData(plan_language(QLocale().name())))

    def _kind_changed(self) -> None:
        poster = self.kind() is ReportKind.POSTER
        self.sections_group.setEnabled(not poster)
        paper = self.paper_combo.currentData()
        self.paper_combo.blockSignals(True)
        self.paper_combo.clear()
        for each in POSTER_PAPERS if poster else PLAN_PAPERS:
            self.paper_combo.addItem("", each)
        self._paper_texts()
        index = self.paper_combo.findData(paper)
        self.paper_combo.setCurrentIndex(max(index, 0))
        self.paper_combo.blockSignals(False)
        self.changed.emit()

    # ---------------------------------------------------------------- text
    def _paper_texts(self) -> None:
        poster = self.kind() is ReportKind.POSTER
        names = {Paper.A4: self.tr("A4 landscape") if poster else self.tr("A4"), Paper.LETTER: self.tr("Letter"),
                 Paper.A3: self.tr("A3 landscape")}
        for index in range(self.paper_combo.count()):
            self.paper_combo.setItemText(index, names[Paper(self.paper_combo.itemData(index))])

    def retranslate(self) -> None:
        for index, text in enumerate((self.tr("Coaching plan"), self.tr("Wall poster"))):
            self.kind_combo.setItemText(index, text)
        for label, text in zip(self.labels, (self.tr("&What:"), self.tr("As &of:"), self.tr("Lang&uage:"),
                                             self.tr("Pa&per:")), strict=True):
            label.setText(text)
        section_texts = {
            PlanSection.DIAGNOSIS: self.tr("Diagnosis: stage, evidence, survey, timeline"),
            PlanSection.PLAN: self.tr("Action plan: practices and actions to tick"),
            PlanSection.ACTIVITY: self.tr("Call activity of the last weeks"),
            PlanSection.COMPETITIONS: self.tr("Groups and contest standings"),
            PlanSection.DRILLS: self.tr("Drill readiness and certification"),
            PlanSection.GROUPS: self.tr("One page per group leader"),
        }
        for section, box in self.section_boxes.items():
            box.setText(section_texts[section])
        self.sections_group.setTitle(self.tr("Sections (the cover always prints)"))
        self.sections_group.setToolTip(self.tr("The wall poster has no sections"))
        self._paper_texts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._follow_ui_language()
        super().changeEvent(event)
