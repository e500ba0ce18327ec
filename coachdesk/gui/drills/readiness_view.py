"""The Readiness view: the team's summary (mean readiness, the low / middle / ready bands as a small bar,
certified reps, how well the trainers agree), a sortable table per rep, the weakest questions and sections, and the
chosen rep's drills beside their real calls (readiness_chart.py; loaded by the tab when a rep is chosen)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QSplitter, QVBoxLayout, QWidget

from coachdesk.core.drills.readiness import RepReadiness
from coachdesk.core.drills.rubrics import Agreement
from coachdesk.gui.competitions.column_model import RIGHT, Column, ColumnModel, selected_row, table_view
from coachdesk.gui.drills.drill_labels import (
    band_label,
    day_text,
    number,
    percent,
    section_label,
    trend_arrow,
    verdict_label,
)
from coachdesk.gui.drills.readiness_chart import ReadinessChart
from coachdesk.gui.widgets.text import fill
from coachdesk.store.drills.readiness import ReadinessView as StoredReadiness

BAND_COLOURS = {"low": "#ef4444", "middle": "#f59e0b", "ready": "#10b981"}


class BandBar(QWidget):
    """The reps in the low, middle and ready bands as one stacked bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bands: Mapping[str, int] = {}
        self.setFixedHeight(14)
        self.setMinimumWidth(160)

    def sizeHint(self) -> QSize:
        return QSize(220, 14)

    def set_bands(self, bands: Mapping[str, int]) -> None:
        self.bands = dict(bands)
        total = sum(self.bands.values())
        self.setToolTip("  ".join(f"{band_label(b)}: {self.bands.get(b, 0)}" for b in BAND_COLOURS) if total else "")
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        total = sum(self.bands.values())
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(QColor("#d1d5db"))
        painter.setBrush(QColor("#f3f4f6"))
        painter.drawRect(rect)
        x = rect.left()
        for band, colour in BAND_COLOURS.items():
            count = self.bands.get(band, 0)
            if not total or not count:
                continue
            width = rect.width() * count / total
            painter.fillRect(QRectF(x, rect.top(), width, rect.height()), QColor(colour))
            x += width
        painter.end()


class RepModel(ColumnModel[RepReadiness]):
    def __init__(self, parent: QWidget | None = None) -> None:
        self.names: Mapping[int, str] = {}
        super().__init__(parent)

    def make_columns(self) -> list[Column[RepReadiness]]:
        return [
            Column(lambda: self.tr("Rep"), lambda r: self.names.get(r.member_id, str(r.member_id))),
            Column(lambda: self.tr("Readiness"), lambda r: percent(r.readiness), lambda r: r.readiness, RIGHT,
                   color=lambda r: BAND_COLOURS[r.band], bold=lambda r: r.band == "ready"),
            Column(lambda: self.tr("Basic well"), lambda r: f"{r.basic_well}/{r.basic_total}",
                   lambda r: r.basic_well, RIGHT,
                   tooltip=lambda _r: self.tr("Basic questions answered well (n/N)")),
            Column(lambda: self.tr("Rubric avg."), lambda r: number(r.rubric_average),
                   lambda r: r.rubric_average, RIGHT),
            Column(lambda: self.tr("Trend"), lambda r: trend_arrow(r.rubric_trend), lambda r: r.rubric_trend,
                   Qt.AlignmentFlag.AlignCenter,
                   tooltip=lambda r: fill(self.tr("%1 points per 30 days"), number(r.rubric_trend, 2))
                   if r.rubric_trend is not None else ""),
            Column(lambda: self.tr("Certified"), lambda r: f"✓ {day_text(r.certified_on)}" if r.certified else "",
                   lambda r: r.certified_on.isoformat() if r.certified_on else None,
                   tooltip=lambda r: "" if r.certified else fill(self.tr("%1 basic questions still to answer well in "
                                                                         "a certification"),
                                                                 len(r.certification_missing))),
            Column(lambda: self.tr("Last drilled"), lambda r: day_text(r.last_drilled),
                   lambda r: r.last_drilled.isoformat() if r.last_drilled else None),
            Column(lambda: self.tr("Script versions"), lambda r: ", ".join(f"v{v}" for v in r.script_versions)),
            Column(lambda: self.tr("Audit adherence"), lambda r: percent(r.audits.adherence),
                   lambda r: r.audits.adherence, RIGHT,
                   tooltip=lambda r: fill(self.tr("%1 audits"), r.audits.audits) if r.audits.audits else ""),
        ]


class ReadinessPanel(QWidget):
    repChosen = Signal(int)  # a member id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: StoredReadiness | None = None
        self.agreement: Agreement | None = None
        self.summary = QLabel()
        self.summary.setObjectName("readinessSummary")
        self.bands = BandBar()
        self.band_legend = QLabel()
        self.agreement_label = QLabel()
        self.agreement_label.setObjectName("trainerAgreement")
        top = QHBoxLayout()
        top.addWidget(self.summary)
        top.addSpacing(12)
        top.addWidget(self.bands)
        top.addWidget(self.band_legend)
        top.addStretch(1)
        top.addWidget(self.agreement_label)
        self.model = RepModel(self)
        self.table, self.proxy = table_view(self.model, "readinessTable", self, sort_column=1, stretch=(0,))
        self.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._picked())
        self.weak_title, self.sections_title = QLabel(), QLabel()
        self.weak_questions, self.weak_sections = QListWidget(), QListWidget()
        self.weak_questions.setObjectName("weakQuestions")
        self.weak_sections.setObjectName("weakSections")
        weak = QWidget()
        weak_layout = QHBoxLayout(weak)
        weak_layout.setContentsMargins(0, 0, 0, 0)
        for title, items in ((self.weak_title, self.weak_questions), (self.sections_title, self.weak_sections)):
            column = QVBoxLayout()
            column.addWidget(title)
            column.addWidget(items)
            weak_layout.addLayout(column, 2 if items is self.weak_questions else 1)
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.table)
        left.addWidget(weak)
        left.setSizes([420, 200])
        self.chart = ReadinessChart()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.chart)
        self.splitter.setSizes([800, 380])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        self.retranslate()

    def show_data(self, data: StoredReadiness, agreed: Agreement | None) -> None:
        chosen = self.current_member()
        self.data, self.agreement = data, agreed
        self.model.names = data.names
        self.model.set_rows(data.readiness.reps)
        self.bands.set_bands(data.readiness.bands)
        if chosen is not None:
            self.select_member(chosen)
        self.retranslate()

    def current_member(self) -> int | None:
        row = selected_row(self.table, self.proxy, self.model)
        return row.member_id if row is not None else None

    def select_member(self, member_id: int) -> bool:
        for index, row in enumerate(self.model.rows):
            if row.member_id == member_id:
                self.table.setCurrentIndex(self.proxy.mapFromSource(self.model.index(index, 0)))
                self.table.selectRow(self.table.currentIndex().row())
                return True
        return False

    def _picked(self) -> None:
        member = self.current_member()
        if member is not None:
            self.repChosen.emit(member)

    def retranslate(self) -> None:
        self.weak_title.setText(self.tr("Weakest questions (answered well, recency-weighted)"))
        self.sections_title.setText(self.tr("Weakest script sections"))
        self.band_legend.setText(" ".join(f"<span style='color:{c}'>■</span> {band_label(b)}"
                                          for b, c in BAND_COLOURS.items()))
        self.model.retranslate()
        data = self.data
        if data is None:
            self.summary.setText("")
            self.agreement_label.setText("")
            return
        team = data.readiness
        self.summary.setText(fill(self.tr("Mean readiness %1 of %2 reps drilled · %3 of %4 certified"),
                                  percent(team.mean), team.drilled, team.certified, len(team.reps)))
        agreed = self.agreement
        if agreed is None:
            self.agreement_label.setText(self.tr("Trainers agree: no role-play scored by two trainers yet"))
        else:
            kappa = "—" if agreed.kappa is None else number(agreed.kappa, 2)
            self.agreement_label.setText(fill(self.tr("Trainers agree: %1 within one point, κ %2 (%3)"),
                                              percent(agreed.within_one), kappa, verdict_label(agreed.verdict)))
        self.weak_questions.clear()
        for weak in team.weakest_questions:
            text = data.questions.get(weak.question_id, "?")
            self.weak_questions.addItem(fill(self.tr("%1 — %2 of %3 answers"), text, percent(weak.share_well),
                                             weak.answers))
        self.weak_sections.clear()
        for section, share in team.weakest_sections:
            self.weak_sections.addItem(fill(self.tr("%1 — %2"), section_label(section), percent(share)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
