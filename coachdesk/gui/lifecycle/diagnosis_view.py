"""The Diagnosis sub-tab: where the team is (stage badge, stage mix), the one problem that matters most now with
its evidence (principal-contradiction card, evidence table, missing data) and what to do this week.

The diagnosis runs in the worker (gui/tasks.py) each time the team, the "as of" day or the team's lifecycle data
changes; a generation number drops answers that a newer request superseded. While hidden, the view only marks
itself stale and loads when shown."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coachdesk.core.lifecycle.diagnosis import Diagnosis
from coachdesk.core.lifecycle.stages import Stage
from coachdesk.core.lifecycle.wording import default_wording
from coachdesk.gui.lifecycle.as_of_edit import AsOfEdit
from coachdesk.gui.lifecycle.column_fit import ColumnFit
from coachdesk.gui.lifecycle.context import LifecycleContext, content_language
from coachdesk.gui.lifecycle.contradiction_card import ContradictionCard
from coachdesk.gui.lifecycle.evidence_model import Column, EvidenceModel, EvidenceProxy
from coachdesk.gui.lifecycle.mix_chart import MixChart
from coachdesk.gui.lifecycle.stage_badge import StageBadge
from coachdesk.gui.lifecycle.stage_dialog import StageDialog
from coachdesk.gui.lifecycle.stage_records import record_undoably
from coachdesk.gui.lifecycle.this_week import ThisWeekList
from coachdesk.gui.lifecycle.thresholds_dialog import ThresholdsDialog, store_undoably
from coachdesk.gui.lifecycle.two_column_body import TwoColumnBody
from coachdesk.gui.lifecycle.view_loader import LoadedTeamView
from coachdesk.gui.widgets.tasks import Job
from coachdesk.gui.widgets.text import fill
from coachdesk.store.lifecycle.diagnosis import DiagnosisPage, diagnosis_page, team_thresholds

SECTION_STYLE = "QLabel#sectionTitle { font-weight: 600; color: #1f2937; }"
REASONING_STYLE = ("QLabel#reasoningBox { color: #374151; background: #f3f4f6; border-radius: 4px; padding: 6px; }")
MISSING_STYLE = ("QLabel#missingBox { color: #6b7280; background: #f9fafb; border: 1px dashed #d1d5db;"
                 " border-radius: 4px; padding: 6px; }")


def section_title() -> QLabel:
    label = QLabel()
    label.setObjectName("sectionTitle")
    label.setStyleSheet(SECTION_STYLE)
    return label


class DiagnosisView(LoadedTeamView[DiagnosisPage]):
    diagnosed = Signal(object)  # the new Diagnosis (None: no team)
    practiceActivated = Signal(str)
    makePlanRequested = Signal()
    openPlanRequested = Signal()

    def __init__(self, context: LifecycleContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("diagnosisView")
        self._missing_notes: list[str] = []

        # top bar: badge | as of + busy | buttons
        self.badge = StageBadge()
        self.as_of_caption = QLabel()
        self.as_of_edit = AsOfEdit(context.today)
        self.as_of_edit.dayChosen.connect(self.refresh)
        self.as_of_caption.setBuddy(self.as_of_edit)
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setFixedWidth(90)
        self.busy_bar.setMaximumHeight(12)
        self.status = QLabel()
        self.status.setObjectName("emptyHint")
        self.status.setWordWrap(True)
        self.accept_button, self.confirm_button, self.override_button = QPushButton(), QPushButton(), QPushButton()
        self.accept_button.clicked.connect(lambda: self.open_stage_dialog("accepted"))
        self.confirm_button.clicked.connect(lambda: self.open_stage_dialog("confirmed"))
        self.override_button.clicked.connect(lambda: self.open_stage_dialog("overridden"))
        self.thresholds_button = QPushButton()
        self.thresholds_button.clicked.connect(self.open_thresholds_dialog)
        as_of_row = QHBoxLayout()
        as_of_row.addWidget(self.as_of_caption)
        as_of_row.addWidget(self.as_of_edit)
        as_of_row.addWidget(self.busy_bar)
        as_of_row.addStretch(1)
        buttons_row = QHBoxLayout()
        for button in (self.accept_button, self.confirm_button, self.override_button, self.thresholds_button):
            buttons_row.addWidget(button)
        buttons_row.addStretch(1)
        controls = QVBoxLayout()
        controls.addLayout(as_of_row)
        controls.addLayout(buttons_row)
        controls.addWidget(self.status)
        top = QHBoxLayout()
        top.addWidget(self.badge, 2)
        top.addLayout(controls, 3)

        # left: stage mix, evidence, missing data
        self.mix_title = section_title()
        self.mix_chart = MixChart()
        self.evidence_title = section_title()
        self.evidence_model = EvidenceModel(self)
        self.evidence_proxy = EvidenceProxy(self)
        self.evidence_proxy.setSourceModel(self.evidence_model)
        self.evidence_table = QTableView()
        self.evidence_table.setObjectName("evidenceTable")
        self.evidence_table.setModel(self.evidence_proxy)
        self.evidence_table.setSortingEnabled(True)
        self.evidence_table.sortByColumn(Column.SHARE, Qt.SortOrder.DescendingOrder)
        self.evidence_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.evidence_table.setWordWrap(True)
        self.evidence_table.verticalHeader().hide()
        self.evidence_table.setAlternatingRowColors(True)
        header = self.evidence_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.FINDING, QHeaderView.ResizeMode.Stretch)
        for column in (Column.SHARE, Column.SEVERITY):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(Column.SIGNAL, 110)
        header.resizeSection(Column.STAGES, 105)
        self.column_fit = ColumnFit(self.evidence_table, [Column.FINDING], 150)
        self.evidence_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.evidence_table.setMinimumHeight(140)
        self.missing_box = QLabel()
        self.missing_box.setObjectName("missingBox")
        self.missing_box.setStyleSheet(MISSING_STYLE)
        self.missing_box.setWordWrap(True)
        self.missing_box.setTextFormat(Qt.TextFormat.PlainText)
        self.missing_box.hide()
        # How the mix was weighed (severity counts more, calm signals less, performing needs maturity evidence).
        self.reasoning_box = QLabel()
        self.reasoning_box.setObjectName("reasoningBox")
        self.reasoning_box.setStyleSheet(REASONING_STYLE)
        self.reasoning_box.setWordWrap(True)
        self.reasoning_box.setTextFormat(Qt.TextFormat.PlainText)
        self.reasoning_box.hide()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 4, 0)
        left_layout.addWidget(self.mix_title)
        left_layout.addWidget(self.mix_chart)
        left_layout.addWidget(self.evidence_title)
        left_layout.addWidget(self.evidence_table, 1)
        left_layout.addWidget(self.reasoning_box)
        left_layout.addWidget(self.missing_box)
        self.left_panel = left

        # right: principal contradiction, this week
        self.card = ContradictionCard()
        self.card.practiceActivated.connect(self.practiceActivated)
        self.card.makePlanRequested.connect(self.makePlanRequested)
        self.week = ThisWeekList()
        self.week.openPlanRequested.connect(self.openPlanRequested)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(4, 0, 4, 0)
        right_layout.addWidget(self.card)
        right_layout.addWidget(self.week)
        right_layout.addStretch(1)
        self.right_panel = right
        self.body = TwoColumnBody(self.left_panel, right)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.body, 1)
        self._set_busy(False)
        self.retranslate()

    # ---------------------------------------------------------------- state
    @property
    def diagnosis(self) -> Diagnosis | None:
        return self.data.diagnosis if self.data is not None else None

    def as_of(self) -> dt.date:
        return self.as_of_edit.day()

    def set_as_of(self, day: dt.date) -> None:
        self.as_of_edit.set_day(day)

    def _make_job(self) -> Job | None:
        if self.team_id is None:
            return None
        self.as_of_edit.follow_today()
        team_id, as_of, today = self.team_id, self.as_of(), self.context.today()
        database = self.context.database()
        return lambda _p, _c: diagnosis_page(database, team_id, as_of, today)

    def _set_busy(self, busy: bool) -> None:
        self.busy_bar.setVisible(busy)
        self.retranslate()

    def _show(self, data: DiagnosisPage | None) -> None:
        self.data = data
        diagnosis = data.diagnosis if data is not None else None
        self.badge.set_stage(diagnosis.top_stage if diagnosis else None, diagnosis.confidence if diagnosis else None,
                             data.held if data else None)
        self.mix_chart.set_diagnosis(diagnosis)
        self.evidence_model.set_diagnosis(diagnosis)
        self.card.set_diagnosis(diagnosis)
        if data is not None:
            self.week.set_actions(data.week, data.has_plan, data.today)
        self.week.setVisible(data is not None)
        self.retranslate()
        self.diagnosed.emit(diagnosis)

    # ---------------------------------------------------------------- stage history
    def open_stage_dialog(self, kind: str) -> StageDialog | None:
        """Open the Accept / Confirm / Override dialog (modal, but returned open so tests can drive it)."""
        diagnosis = self.diagnosis
        if diagnosis is None:
            return None
        held = self.data.held.stage if self.data and self.data.held else None
        dialog = StageDialog(diagnosis, kind, self._record, held, self)
        dialog.setModal(True)
        dialog.finished.connect(dialog.deleteLater)
        dialog.show()
        return dialog

    def _record(self, kind: str, stage: Stage, reason: str) -> int:
        assert self.diagnosis is not None
        return record_undoably(self.context, self.diagnosis, kind, stage, reason)

    # ---------------------------------------------------------------- thresholds
    def open_thresholds_dialog(self) -> ThresholdsDialog | None:
        """Show and change this team's signal thresholds (modal, returned open so tests can drive it); a change
        announces ``context.changed``, which runs the diagnosis again."""
        team_id = self.team_id
        if team_id is None:
            return None
        with self.context.database().session() as session:
            current = team_thresholds(session, team_id)
        dialog = ThresholdsDialog(current, lambda changes: store_undoably(self.context, team_id, changes),
                                  self.context.team_name, self)
        dialog.setModal(True)
        dialog.finished.connect(dialog.deleteLater)
        dialog.show()
        return dialog

    # ---------------------------------------------------------------- text and layout
    def retranslate(self) -> None:
        self.as_of_caption.setText(self.tr("&As of:"))
        self.accept_button.setText(self.tr("Accept"))
        self.accept_button.setToolTip(self.tr("Record this diagnosis in the team's stage history"))
        self.confirm_button.setText(self.tr("Confirm stage"))
        self.confirm_button.setToolTip(self.tr("Confirm the diagnosed stage after checking the evidence"))
        self.override_button.setText(self.tr("Override…"))
        self.override_button.setToolTip(self.tr("Set a different stage, with a reason"))
        self.thresholds_button.setText(self.tr("Thresholds…"))
        self.thresholds_button.setToolTip(self.tr("See and change the limits this team's signals are judged by"))
        self.thresholds_button.setEnabled(self.team_id is not None)
        self.mix_title.setText(self.tr("Stage mix"))
        self.evidence_title.setText(self.tr("Evidence: the signals behind the mix"))
        ready = self.diagnosis is not None and not self.loading
        for button in (self.accept_button, self.confirm_button, self.override_button):
            button.setEnabled(ready)
        if self.loading:
            self.status.setText(self.tr("Diagnosing…"))
        elif self.error:
            self.status.setText(fill(self.tr("The diagnosis failed: %1"), self.error))
        else:
            self.status.setText("")
        self.status.setVisible(bool(self.status.text()))
        diagnosis = self.diagnosis
        notes = sorted({default_wording().missing_note(s, content_language()) for s in diagnosis.missing}) \
            if diagnosis else []
        self._missing_notes = notes
        self.missing_box.setText("\n".join([self.tr("Missing data"), *(f"• {n}" for n in notes)]))
        self.missing_box.setVisible(bool(notes))
        rules = [default_wording().reasoning_note(code, content_language()) for code in diagnosis.reasoning] \
            if diagnosis else []
        self.reasoning_box.setText("\n".join([self.tr("How the mix was weighed"), *(f"• {r}" for r in rules)]))
        self.reasoning_box.setVisible(bool(rules))
        self.evidence_model.retranslate()

    def missing_notes(self) -> list[str]:
        return list(self._missing_notes)
