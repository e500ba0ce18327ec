"""The Rubrics view: the rubrics the team scores drills on — the shipped telesales rubric (read-only) and the team's
own — with the chosen one's criteria (weight, what a 1, a 3 and a 5 look like) and pass mark below.

New… starts from the chosen rubric's criteria (a copy), Edit… changes one of the team's own (one that drills were
scored on is saved as a revision, the old one retired, so old scores keep their meaning), Make Default preselects a
rubric in Start Drill and sets the team's certification mark, Retire / Restore and Delete (only a rubric never
scored on). Every change is one undoable edit (RubricCommands → the tab's DrillEditor)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QSplitter, QToolButton, QVBoxLayout, QWidget

from coachdesk.core.common.local_text import pick
from coachdesk.core.drills.rubric_drafts import RubricDraft, draft_of
from coachdesk.core.drills.rubrics import ANCHOR_SCORES, Criterion
from coachdesk.gui.competitions.column_model import RIGHT, Column, ColumnModel, selected_row, table_view
from coachdesk.gui.drills.drill_labels import yes_no
from coachdesk.gui.drills.rubric_dialog import RubricDialog
from coachdesk.gui.lifecycle.context import content_language
from coachdesk.gui.widgets.text import fill
from coachdesk.store.drills import edits
from coachdesk.store.drills.rubrics import RubricInfo

GREY = "#9ca3af"


def _name(info: RubricInfo) -> str:
    return info.rubric.label(content_language())


class RubricModel(ColumnModel[RubricInfo]):
    def make_columns(self) -> list[Column[RubricInfo]]:
        grey = lambda r: GREY if r.retired else None  # noqa: E731
        return [
            Column(lambda: self.tr("Rubric"), _name, color=grey, bold=lambda r: r.team_default),
            Column(lambda: self.tr("Criteria"), lambda r: str(len(r.rubric.criteria)), lambda r: len(r.rubric.criteria),
                   RIGHT, color=grey),
            Column(lambda: self.tr("Pass mark"), lambda r: f"{r.rubric.pass_mark:g}", lambda r: r.rubric.pass_mark,
                   RIGHT, color=grey),
            Column(lambda: self.tr("Team default"), lambda r: yes_no(True) if r.team_default else "", color=grey),
            Column(lambda: self.tr("Sessions"), lambda r: str(r.sessions), lambda r: r.sessions, RIGHT, color=grey,
                   tooltip=lambda r: self.tr("Drill sessions scored on this rubric")),
            Column(lambda: self.tr("State"), self.state, color=grey),
        ]

    def state(self, info: RubricInfo) -> str:
        if info.built_in:
            return self.tr("shipped (read-only)")
        if info.retired:
            return self.tr("retired")
        return self.tr("revised") if info.replaces else ""


class CriterionModel(ColumnModel[Criterion]):
    def make_columns(self) -> list[Column[Criterion]]:
        return [
            Column(lambda: self.tr("Criterion"), lambda c: c.label(content_language())),
            Column(lambda: self.tr("Weight"), lambda c: f"{c.weight:g}", lambda c: c.weight, RIGHT),
            *(self._anchor(score) for score in ANCHOR_SCORES),
        ]

    def _anchor(self, score: int) -> Column[Criterion]:
        def text(criterion: Criterion) -> str:
            return pick(criterion.anchors[score], content_language())
        return Column(lambda: fill(self.tr("A %1 looks like"), score), text, tooltip=text)


class RubricsPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.infos: list[RubricInfo] = []
        self.new_action, self.edit_action, self.default_action = QAction(self), QAction(self), QAction(self)
        self.retire_action, self.delete_action = QAction(self), QAction(self)
        buttons = QHBoxLayout()
        for action in (self.new_action, self.edit_action, self.default_action, self.retire_action,
                       self.delete_action):
            button = QToolButton()
            button.setDefaultAction(action)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.show_retired = QCheckBox()
        self.show_retired.toggled.connect(lambda _c: self.apply_filter())
        buttons.addWidget(self.show_retired)
        self.model = RubricModel(self)
        self.table, self.proxy = table_view(self.model, "rubricTable", self, sort_column=-1, stretch=(0,))
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._chosen())
        self.table.doubleClicked.connect(lambda _i: self.edit_action.trigger())
        self.criteria = CriterionModel(self)
        self.criteria_table, _ = table_view(self.criteria, "rubricCriteriaTable", self, sort_column=-1,
                                            stretch=(2, 3, 4))
        self.criteria_table.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setObjectName("rubricSummary")
        self.summary.setWordWrap(True)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.summary)
        lower_layout.addWidget(self.criteria_table, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(lower)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(split, 1)
        self.retranslate()

    def show_rubrics(self, infos: list[RubricInfo]) -> None:
        self.infos = list(infos)
        self.apply_filter()

    def apply_filter(self) -> None:
        chosen = self.current()
        self.model.set_rows([i for i in self.infos if self.show_retired.isChecked() or not i.retired])
        if not self.select(chosen.key if chosen else None) and self.model.rows:
            self.select(next((i.key for i in self.model.rows if i.team_default), self.model.rows[0].key))
        self._chosen()

    def current(self) -> RubricInfo | None:
        return selected_row(self.table, self.proxy, self.model)

    def select(self, key: str | None) -> bool:
        for index, info in enumerate(self.model.rows):
            if info.key == key:
                self.table.setCurrentIndex(self.proxy.mapFromSource(self.model.index(index, 0)))
                self.table.selectRow(self.table.currentIndex().row())
                return True
        return False

    def _chosen(self) -> None:
        info = self.current()
        self.criteria.set_rows(info.rubric.criteria if info else [])
        self.criteria_table.resizeRowsToContents()
        self.update_actions()
        self._summary()

    def _summary(self) -> None:
        info = self.current()
        if info is None:
            self.summary.clear()
            return
        text = fill(self.tr("%1: %2 criteria, pass mark %3 of 5 (the weighted mean of the criteria)."), _name(info),
                    len(info.rubric.criteria), f"{info.rubric.pass_mark:g}")
        if info.team_default:
            text += " " + self.tr("Start Drill picks it; certification uses its pass mark.")
        self.summary.setText(text)

    def update_actions(self) -> None:
        info = self.current()
        own = info is not None and not info.built_in
        self.new_action.setEnabled(True)
        self.edit_action.setEnabled(own)
        self.default_action.setEnabled(info is not None and not info.team_default and not info.retired)
        self.retire_action.setEnabled(own)
        self.delete_action.setEnabled(own and info is not None and info.sessions == 0)
        self.retire_action.setText(self.tr("&Restore") if info is not None and info.retired else self.tr("&Retire"))

    def retranslate(self) -> None:
        self.new_action.setText(self.tr("&New…"))
        self.new_action.setToolTip(self.tr("A new rubric for the team, starting from the chosen one's criteria"))
        self.edit_action.setText(self.tr("&Edit…"))
        self.edit_action.setToolTip(self.tr("Change one of the team's rubrics; once drills were scored on it, the "
                                            "change is saved as a revision and old scores keep the old one"))
        self.default_action.setText(self.tr("Make &Default"))
        self.default_action.setToolTip(self.tr("Start Drill picks this rubric; certification uses its pass mark"))
        self.delete_action.setText(self.tr("&Delete"))
        self.delete_action.setToolTip(self.tr("Delete a rubric no drill was scored on (Ctrl+Z undoes it); retire one "
                                              "that was"))
        self.show_retired.setText(self.tr("Show retired"))
        self.update_actions()
        self._summary()
        self.model.retranslate()
        self.criteria.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class RubricCommands(QObject):
    """What the Rubrics view's actions do: dialogs and undoable edits through the tab's editor. ``team`` gives the
    tab's team id (None before a team is shown), ``run`` the tab's one-edit runner (refusals shown translated),
    ``confirm`` asks yes / no."""

    def __init__(self, panel: RubricsPanel, editor: Any, team: Callable[[], int | None],
                 run: Callable[[str, Any], bool], confirm: Callable[[str, str], bool],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.panel, self.editor, self.team, self.run, self.confirm = panel, editor, team, run, confirm
        self.parent_widget = parent
        panel.new_action.triggered.connect(self.new_rubric)
        panel.edit_action.triggered.connect(self.edit_rubric)
        panel.default_action.triggered.connect(self.make_default)
        panel.retire_action.triggered.connect(self.toggle_retired)
        panel.delete_action.triggered.connect(self.delete_rubric)

    def new_rubric(self) -> RubricDialog | None:
        team_id, info = self.team(), self.panel.current()
        if team_id is None:
            return None
        start = None
        if info is not None:
            base = draft_of(info.rubric)
            start = RubricDraft(fill(self.tr("Copy of %1"), _name(info)), base.criteria, base.pass_mark)
        dialog = RubricDialog(self.parent_widget, lambda d: self.editor.edit(
            team_id, self.tr("New rubric"), lambda s: edits.add_rubric(s, team_id, d)), start)
        dialog.open()
        return dialog

    def edit_rubric(self) -> RubricDialog | None:
        team_id, info = self.team(), self.panel.current()
        if team_id is None or info is None or info.built_in:
            return None
        key = info.key
        dialog = RubricDialog(self.parent_widget, lambda d: self.editor.edit(
            team_id, fill(self.tr("Edit rubric %1"), _name(info)), lambda s: edits.update_rubric(s, team_id, key, d)),
            draft_of(info.rubric), editing=True)
        dialog.open()
        return dialog

    def make_default(self) -> bool:
        team_id, info = self.team(), self.panel.current()
        if team_id is None or info is None:
            return False
        key = info.key
        return self.run(fill(self.tr("Make %1 the team's rubric"), _name(info)),
                        lambda s: edits.set_team_rubric(s, team_id, key))

    def toggle_retired(self) -> bool:
        team_id, info = self.team(), self.panel.current()
        if team_id is None or info is None or info.built_in:
            return False
        key, retired = info.key, not info.retired
        return self.run(fill(self.tr("Retire rubric %1") if retired else self.tr("Restore rubric %1"), _name(info)),
                        lambda s: edits.set_rubric_retired(s, team_id, key, retired))

    def delete_rubric(self) -> bool:
        team_id, info = self.team(), self.panel.current()
        if team_id is None or info is None or info.built_in:
            return False
        if not self.confirm(self.tr("Delete Rubric"), fill(self.tr("Delete the rubric “%1”?\nYou can undo this with "
                                                                   "Ctrl+Z."), _name(info))):
            return False
        key = info.key
        return self.run(fill(self.tr("Delete rubric %1"), _name(info)), lambda s: edits.delete_rubric(s, team_id, key))
