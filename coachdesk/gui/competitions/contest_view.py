"""The right side of the Contests tab: one contest's page — the header (name, status badge, kind, participants,
period, countdown, leader), the stage link (how the contest fits the team's stage, with warnings), the rules with
the tie-breaks stated, and the sections: standings, reps needing support, morning contests, deals, evening recaps,
the celebration ledger and the amendments."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coachdesk.core.competitions.contests import ContestStatus
from coachdesk.gui.competitions.contest_labels import STATUS_COLORS, kind_short, participants_label, status_label
from coachdesk.gui.competitions.contest_panels import (
    AmendmentsPanel,
    DealsPanel,
    LedgerPanel,
    MorningPanel,
    RecapPanel,
    StandingsPanel,
    SupportPanel,
)
from coachdesk.gui.competitions.contest_problems import fit_text
from coachdesk.gui.competitions.contest_texts import countdown, period, rules_summary
from coachdesk.gui.lifecycle.lifecycle_labels import stage_label
from coachdesk.gui.widgets.text import fill
from coachdesk.store.competitions.pages import ContestPage


class ContestView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contestView")
        self.page: ContestPage | None = None
        self.name_label = QLabel()
        self.name_label.setObjectName("contestName")
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setBold(True)
        self.name_label.setFont(font)
        self.badge = QLabel()
        self.badge.setObjectName("contestStatus")
        self.facts = QLabel()
        self.facts.setObjectName("contestFacts")
        self.facts.setWordWrap(True)
        self.countdown = QLabel()
        self.countdown.setObjectName("contestCountdown")
        self.countdown.setStyleSheet("font-weight: 600; color: #1e3a8a;")
        self.leader = QLabel()
        self.leader.setObjectName("contestLeader")
        self.stage = QLabel()
        self.stage.setObjectName("stageLink")
        self.stage.setWordWrap(True)
        self.stage.setTextFormat(Qt.TextFormat.RichText)
        self.stage.setStyleSheet("background: #f0f9ff; border: 1px solid #bae6fd; border-radius: 6px; padding: 6px;")
        self.stage.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.rules_box = QGroupBox()
        self.rules_box.setObjectName("rulesBox")
        self.rules_grid = QGridLayout(self.rules_box)
        self.rules_grid.setColumnStretch(1, 1)
        self.rules_grid.setVerticalSpacing(2)

        title = QHBoxLayout()
        title.addWidget(self.name_label)
        title.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignVCenter)
        title.addStretch(1)
        title.addWidget(self.countdown)
        head = QVBoxLayout()
        head.addLayout(title)
        head.addWidget(self.facts)
        head.addWidget(self.leader)
        head.addWidget(self.stage)
        head.addStretch(1)
        top = QHBoxLayout()
        top.addLayout(head, 3)
        top.addWidget(self.rules_box, 2)

        self.standings = StandingsPanel()
        self.support = SupportPanel()
        self.morning = MorningPanel()
        self.deals = DealsPanel()
        self.recaps = RecapPanel()
        self.ledger = LedgerPanel()
        self.amendments = AmendmentsPanel()
        self.sections = QTabWidget()
        self.sections.setObjectName("contestSections")
        for panel in self.panels():
            self.sections.addTab(panel, "")
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addLayout(top)
        body_layout.addWidget(self.sections, 1)
        self.empty = QLabel()
        self.empty.setObjectName("emptyHint")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.retranslate()

    def panels(self) -> list[QWidget]:
        return [self.standings, self.support, self.morning, self.deals, self.recaps, self.ledger, self.amendments]

    def show_page(self, page: ContestPage | None) -> None:
        self.page = page
        if page is None:
            self.stack.setCurrentIndex(0)
            self.retranslate()
            return
        for panel in (self.standings, self.support, self.morning, self.deals, self.ledger, self.amendments):
            panel.show_page(page)
        self.stack.setCurrentIndex(1)
        self.retranslate()

    # ---------------------------------------------------------------- text
    def _rules(self, page: ContestPage) -> None:
        while self.rules_grid.count():
            item = self.rules_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for row, (label, text) in enumerate(rules_summary(page.contest.rules)):
            name = QLabel(label)
            name.setStyleSheet("color: #6b7280;")
            name.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            value = QLabel(text)
            value.setWordWrap(True)
            value.setObjectName("rule_" + str(row))
            self.rules_grid.addWidget(name, row, 0)
            self.rules_grid.addWidget(value, row, 1)

    def tie_break_text(self) -> str:
        """The rules box's ties line (tests)."""
        rows = self.rules_grid.rowCount()
        item = self.rules_grid.itemAtPosition(rows - 1, 1)
        widget = item.widget() if item is not None else None
        return widget.text() if isinstance(widget, QLabel) else ""

    def retranslate(self) -> None:
        self.empty.setText(self.tr("No contest chosen. Create one with New Contest… (Ctrl+Shift+N): pick what "
                                   "counts, who competes and how ties are decided."))
        self.rules_box.setTitle(self.tr("Rules"))
        page = self.page
        titles = [self.tr("Standings"), self.tr("Support"), self.tr("Morning contests"), self.tr("Deals"),
                  self.tr("Evening recaps"), self.tr("Celebration"), self.tr("Amendments")]
        if page is not None:
            missing = sum(1 for r in page.lagging if r.support is None)
            counts = [0, missing, len(page.morning), len(page.deals), len(self.recaps.model.rows),
                      len(page.ledger.outstanding), len(page.amendments)]
            titles = [fill(self.tr("%1 (%2)"), t, n) if n else t for t, n in zip(titles, counts, strict=True)]
        for index, text in enumerate(titles):
            self.sections.setTabText(index, text)
        if page is None:
            return
        contest, status = page.contest, page.status
        self.name_label.setText(contest.name)
        fg, bg = STATUS_COLORS[status]
        self.badge.setText(status_label(status))
        self.badge.setStyleSheet(f"color: {fg}; background: {bg}; border-radius: 9px; padding: 2px 10px; "
                                 "font-weight: 600;")
        facts = fill(self.tr("%1 contest · %2 · %3"), kind_short(contest.rules.kind),
                     participants_label(contest.rules.participants), period(contest.starts_on, contest.ends_on))
        if page.amendments:
            facts += " · " + (fill(self.tr("rules amended on %1"), page.amendments[-1].made_on.isoformat())
                              if len(page.amendments) == 1 else
                              fill(self.tr("rules amended %1 times"), len(page.amendments)))
        self.facts.setText(facts)
        self.countdown.setText(countdown(contest, status, page.today))
        main = page.standings.main
        if page.standings.through is None:
            self.leader.setText(self.tr("Not started yet: the standings begin on the first day."))
        elif page.standings.winner:
            won = next((s for s in main if s.key == page.standings.winner), None)
            name = won.label if won else page.standings.winner
            text = (fill(self.tr("Winner: %1"), name) if status is ContestStatus.COMPLETED
                    or page.standings.race_won_on else fill(self.tr("Leading: %1"), name))
            self.leader.setText(fill(self.tr("%1 · figures through %2"), text,
                                     page.standings.through.isoformat()))
        else:
            self.leader.setText(self.tr("No points yet."))
        fit = page.fit
        stage = stage_label(fit.stage) if fit.stage else self.tr("not diagnosed")
        lines = [fill(self.tr("<b>Stage link</b> (team stage: %1): %2"), escape(stage), escape(fit_text(fit.advice)))]
        lines += [fill(self.tr("<span style='color:#b45309'>⚠ %1</span>"), escape(fit_text(w))) for w in fit.warnings]
        self.stage.setText("<br>".join(lines))
        self._rules(page)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

