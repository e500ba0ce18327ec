"""The Drill log: the team's sessions (newest first, with their figures) and the entries of the chosen session or
of the whole log, filtered by rep, question, script section and script version (the filters run entry_log in the
worker through the tab). Delete Entry / Delete Session are undoable; Start Drill… (Ctrl+Shift+D) opens the
trainer console."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSplitter, QToolButton, QVBoxLayout, QWidget

from coachdesk.core.drills.questions import Question
from coachdesk.core.drills.scripts import SECTIONS, Script
from coachdesk.gui.competitions.column_model import RIGHT, Column, ColumnModel, selected_row, table_view
from coachdesk.gui.drills.drill_labels import criterion_label, mode_label, number, percent, section_label, yes_no
from coachdesk.gui.widgets.text import fill
from coachdesk.store.drills.sessions import EntryInfo, SessionSummary


def _script(label: tuple[str, int] | None) -> str:
    return "" if label is None else f"{label[0]} v{label[1]}"


class SessionModel(ColumnModel[SessionSummary]):
    def make_columns(self) -> list[Column[SessionSummary]]:
        return [
            Column(lambda: self.tr("Started"), lambda r: r.session.started_at.strftime("%Y-%m-%d %H:%M")),
            Column(lambda: self.tr("Mode"), lambda r: mode_label(r.session.mode)),
            Column(lambda: self.tr("Trainer"), lambda r: r.session.trainer),
            Column(lambda: self.tr("Entries"), lambda r: str(r.entries), lambda r: r.entries, RIGHT),
            Column(lambda: self.tr("Reps"), lambda r: str(r.people), lambda r: r.people, RIGHT),
            Column(lambda: self.tr("Average"), lambda r: number(r.average), lambda r: r.average, RIGHT),
            Column(lambda: self.tr("Answered well"), lambda r: percent(r.share_well), lambda r: r.share_well, RIGHT),
            Column(lambda: self.tr("Script"), lambda r: _script(r.script)),
            Column(lambda: self.tr("Open"), lambda r: "" if r.session.ended_at else self.tr("open")),
        ]


class EntryModel(ColumnModel[EntryInfo]):
    def make_columns(self) -> list[Column[EntryInfo]]:
        return [
            Column(lambda: self.tr("When"), lambda r: r.entry.at.strftime("%Y-%m-%d %H:%M")),
            Column(lambda: self.tr("Rep"), lambda r: r.member),
            Column(lambda: self.tr("Mode"), lambda r: mode_label(r.mode)),
            Column(lambda: self.tr("Question"), lambda r: r.question),
            Column(lambda: self.tr("Section"), lambda r: section_label(r.section)),
            Column(lambda: self.tr("Score"), lambda r: number(r.total), lambda r: r.total, RIGHT,
                   tooltip=lambda r: "\n".join(f"{criterion_label(k, r.rubric)}: {v}"
                                                for k, v in r.entry.scores.items())),
            Column(lambda: self.tr("Answered well"), lambda r: yes_no(r.entry.answered_well)),
            Column(lambda: self.tr("Note"), lambda r: r.entry.note),
            Column(lambda: self.tr("Trainer"), lambda r: r.trainer),
            Column(lambda: self.tr("Script"), lambda r: _script(r.script)),
        ]


class LogPanel(QWidget):
    filtersChanged = Signal()
    sessionChosen = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.start_action, self.delete_entry_action = QAction(self), QAction(self)
        self.delete_session_action, self.all_action = QAction(self), QAction(self)
        self.start_action.setShortcut(QKeySequence("Ctrl+Shift+D"))
        self.start_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.start_action)
        buttons = QHBoxLayout()
        for action in (self.start_action, self.delete_session_action, self.all_action):
            button = QToolButton()
            button.setDefaultAction(action)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.sessions_title = QLabel()
        self.sessions_title.setStyleSheet("font-weight: 600;")
        self.session_model = SessionModel(self)
        self.sessions, self.session_proxy = table_view(self.session_model, "sessionList", self, sort_column=-1)
        self.sessions.setSortingEnabled(False)  # newest first, as the store lists them
        self.sessions.selectionModel().currentRowChanged.connect(lambda *_: self._session_picked())
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.sessions_title)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.sessions, 1)

        self.rep, self.question, self.section, self.version = QComboBox(), QComboBox(), QComboBox(), QComboBox()
        self.rep.setObjectName("logRep")
        self.question.setObjectName("logQuestion")
        self.question.setMaximumWidth(320)
        self.filter_labels = [QLabel() for _ in range(4)]
        filters = QHBoxLayout()
        for label, combo in zip(self.filter_labels, (self.rep, self.question, self.section, self.version),
                                strict=True):
            label.setBuddy(combo)
            filters.addWidget(label)
            filters.addWidget(combo)
            combo.currentIndexChanged.connect(lambda _i: self._filters_changed())
        entry_button = QToolButton()
        entry_button.setDefaultAction(self.delete_entry_action)
        filters.addStretch(1)
        filters.addWidget(entry_button)
        self.entries_title = QLabel()
        self.entries_title.setStyleSheet("font-weight: 600;")
        self.entry_model = EntryModel(self)
        self.entries, self.entry_proxy = table_view(self.entry_model, "entryLog", self, sort_column=-1, stretch=(3,))
        self.entries.setSortingEnabled(False)
        self.entries.addAction(self.delete_entry_action)
        self.delete_entry_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_entry_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.entries_title)
        right_layout.addLayout(filters)
        right_layout.addWidget(self.entries, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setSizes([640, 760])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self.all_entries: list[EntryInfo] = []
        self._filling = False
        self.all_action.triggered.connect(self.show_all_sessions)
        self.retranslate()

    # ---------------------------------------------------------------- data
    def set_choices(self, reps: dict[int, str], bank: list[Question], scripts: list[Script]) -> None:
        self._filling = True
        for combo, items in (
                (self.rep, sorted(((n, i) for i, n in reps.items()), key=lambda x: x[0])),
                (self.question, [(q.text, q.id) for q in bank]),
                (self.section, [(section_label(s), s.value) for s in SECTIONS]),
                (self.version, [(f"{s.name} v{v.number}", v.id) for s in scripts for v in s.versions])):
            chosen = combo.currentData()
            combo.clear()
            combo.addItem("", None)
            for text, value in items:
                combo.addItem(text, value)
            index = combo.findData(chosen)
            combo.setCurrentIndex(max(index, 0))
        self._filling = False
        self.retranslate()

    def filters(self) -> dict[str, Any]:
        from coachdesk.core.drills.scripts import Section

        out: dict[str, Any] = {}
        if self.rep.currentData() is not None:
            out["member_id"] = int(self.rep.currentData())
        if self.question.currentData() is not None:
            out["question_id"] = int(self.question.currentData())
        if self.section.currentData() is not None:
            out["section"] = Section(self.section.currentData())
        if self.version.currentData() is not None:
            out["script_version_id"] = int(self.version.currentData())
        return out

    def _filters_changed(self) -> None:
        if not self._filling:
            self.filtersChanged.emit()

    def show_sessions(self, sessions: list[SessionSummary]) -> None:
        chosen = self.current_session()
        chosen_id = chosen.session.id if chosen is not None else None
        blocked = self.sessions.selectionModel().blockSignals(True)
        self.session_model.set_rows(sessions)
        for index, row in enumerate(sessions):
            if row.session.id == chosen_id:
                self.sessions.selectRow(self.session_proxy.mapFromSource(self.session_model.index(index, 0)).row())
        self.sessions.selectionModel().blockSignals(blocked)
        self.update_actions()

    def show_entries(self, entries: list[EntryInfo]) -> None:
        self.all_entries = list(entries)
        self._apply_session()

    def _apply_session(self) -> None:
        chosen = self.current_session()
        rows = self.all_entries if chosen is None else [e for e in self.all_entries
                                                         if e.entry.session_id == chosen.session.id]
        self.entry_model.set_rows(rows)
        self.update_actions()
        self.retranslate()

    def _session_picked(self) -> None:
        self._apply_session()
        self.sessionChosen.emit()

    def show_all_sessions(self) -> None:
        self.sessions.clearSelection()
        self.sessions.setCurrentIndex(self.session_proxy.index(-1, -1))
        self._apply_session()

    def select_session(self, session_id: int) -> bool:
        for index, row in enumerate(self.session_model.rows):
            if row.session.id == session_id:
                self.sessions.setCurrentIndex(self.session_proxy.mapFromSource(self.session_model.index(index, 0)))
                self.sessions.selectRow(self.sessions.currentIndex().row())
                return True
        return False

    def current_session(self) -> SessionSummary | None:
        return selected_row(self.sessions, self.session_proxy, self.session_model)

    def current_entry(self) -> EntryInfo | None:
        return selected_row(self.entries, self.entry_proxy, self.entry_model)

    def update_actions(self) -> None:
        self.delete_session_action.setEnabled(self.current_session() is not None)
        self.delete_entry_action.setEnabled(bool(self.entry_model.rows))
        self.all_action.setEnabled(self.current_session() is not None)

    # ---------------------------------------------------------------- text
    def retranslate(self) -> None:
        self.sessions_title.setText(self.tr("Sessions"))
        chosen = self.current_session()
        self.entries_title.setText(
            fill(self.tr("Entries of the session of %1"), chosen.session.started_at.strftime("%Y-%m-%d %H:%M"))
            if chosen is not None else self.tr("Entries of every session (newest first)"))
        self.start_action.setText(self.tr("&Start Drill…"))
        self.start_action.setToolTip(self.tr("Open the trainer console for this team (Ctrl+Shift+D)"))
        self.delete_entry_action.setText(self.tr("Delete &Entry"))
        self.delete_entry_action.setToolTip(self.tr("Delete the chosen entry (Ctrl+Z undoes it)"))
        self.delete_session_action.setText(self.tr("Delete Se&ssion"))
        self.delete_session_action.setToolTip(self.tr("Delete the chosen session with its entries (Ctrl+Z undoes "
                                                      "it)"))
        self.all_action.setText(self.tr("&All Sessions"))
        self.all_action.setToolTip(self.tr("Show the entries of every session"))
        for label, text in zip(self.filter_labels, (self.tr("&Rep:"), self.tr("&Question:"), self.tr("Sec&tion:"),
                                                    self.tr("&Version:")), strict=True):
            label.setText(text)
        for combo in (self.rep, self.question, self.section, self.version):
            if combo.count():
                combo.setItemText(0, self.tr("All"))
        for index, section in enumerate(SECTIONS, start=1):
            if index < self.section.count():
                self.section.setItemText(index, section_label(section))
        self.session_model.retranslate()
        self.entry_model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
