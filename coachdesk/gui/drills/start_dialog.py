"""Start Drill: the mode, the script version drilled on (the current one preselected, or none), the rubric scored on
(the team's default preselected; retired rubrics are not offered), the trainer (the name is remembered) and the
participants — the team's reps on the roster today, all ticked, with a button per group to tick just that group.
OK starts the session in the store; its errors show beside the fields."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coachdesk import APP_NAME, ORG_NAME
from coachdesk.core.common.validation import FieldError
from coachdesk.core.drills.rubrics import Rubric
from coachdesk.core.drills.sessions import MAX_TRAINER, Mode
from coachdesk.gui.drills.drill_labels import mode_label
from coachdesk.gui.lifecycle.context import content_language
from coachdesk.gui.widgets.roles import ItemRole
from coachdesk.gui.widgets.text import CodeTexts, fill
from coachdesk.gui.widgets.validating_dialog import ValidatingDialog, problem_text
from coachdesk.store.database import Database
from coachdesk.store.drills import rubrics, scripts, sessions
from coachdesk.store.roster.service import list_groups

TRAINER_KEY = "drills/trainer"


@dataclass(frozen=True)
class Person:
    id: int
    name: str
    employee_id: str


@dataclass(frozen=True)
class VersionChoice:
    id: int
    label: tuple[str, int]  # (script name, version number)
    current: bool


@dataclass(frozen=True)
class StartChoices:
    people: tuple[Person, ...]  # the team's selling reps on the roster today, by name
    groups: tuple[tuple[str, tuple[int, ...]], ...]  # (group name, its members among ``people``)
    versions: tuple[VersionChoice, ...]
    rubrics: tuple[Rubric, ...] = ()  # the team's usable rubrics, the shipped one first
    team_rubric: str = ""  # the key of the team's default


@dataclass(frozen=True)
class StartDraft:
    mode: Mode
    script_version_id: int | None
    trainer: str
    participants: tuple[int, ...]
    rubric_key: str = ""


def load_choices(database: Database, team_id: int, today: dt.date) -> StartChoices:
    with database.session() as s:
        reps = sessions.selling_members(s, team_id, today)
        people = tuple(Person(m.id, m.name, m.employee_id) for m in reps)
        ids = {p.id for p in people}
        groups = tuple((g.name, tuple(m for m in g.member_ids if m in ids)) for g in list_groups(s, team_id))
        versions: list[VersionChoice] = []
        for script in scripts.list_scripts(s, team_id):
            for version in sorted(script.versions, key=lambda v: -v.number):
                if version.id is not None:
                    versions.append(VersionChoice(version.id, (script.name, version.number),
                                                  version.number == script.current))
        usable = tuple(i.rubric for i in rubrics.list_rubrics(s, team_id, retired=False))
        default = rubrics.team_rubric(s, team_id).key
    return StartChoices(people, tuple(g for g in groups if g[1]), tuple(versions), usable, default)


def start(database: Database, team_id: int, at: Callable[[], dt.datetime]) -> Callable[[StartDraft], int]:
    """The dialog's submit: the session stored, its id returned (ValidationError keeps the dialog open)."""
    def submit(draft: StartDraft) -> int:
        with database.session() as s:
            return sessions.start_session(s, team_id, draft.mode, draft.trainer, list(draft.participants), at(),
                                          draft.script_version_id, draft.rubric_key)
    return submit


class StartDrillDialog(ValidatingDialog):
    def __init__(self, choices: StartChoices, submit: Callable[[StartDraft], int], parent: QWidget | None = None,
                 settings: QSettings | None = None) -> None:
        super().__init__(submit, parent)
        self.choices = choices
        self.settings = settings or QSettings(ORG_NAME, APP_NAME)
        self.names = {p.id: p.name for p in choices.people}
        self.mode = QComboBox()
        for mode in Mode:
            self.mode.addItem("", mode)
        self.script = QComboBox()
        self.script.addItem("", None)
        for version in choices.versions:
            self.script.addItem("", version.id)
            if version.current and self.script.currentIndex() == 0:
                self.script.setCurrentIndex(self.script.count() - 1)
        self.rubric = QComboBox()
        self.rubric.setObjectName("rubricChoice")
        for rubric in choices.rubrics:
            self.rubric.addItem(rubric.label(content_language()), rubric.key)
            self.rubric.setItemData(self.rubric.count() - 1, _rubric_tip(rubric), Qt.ItemDataRole.ToolTipRole)
        self.rubric.setCurrentIndex(max(0, self.rubric.findData(choices.team_rubric)))
        self.trainer = QLineEdit(str(self.settings.value(TRAINER_KEY, "") or ""))
        self.trainer.setMaxLength(MAX_TRAINER)
        self.people = QListWidget()
        for person in choices.people:
            item = QListWidgetItem(fill("%1 (%2)", person.name, person.employee_id))
            item.setData(ItemRole.ID, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.people.addItem(item)
        self.all_button = QPushButton()
        self.all_button.clicked.connect(lambda: self.tick(None))
        self.none_button = QPushButton()
        self.none_button.clicked.connect(lambda: self.tick(()))
        self.group_buttons: list[QPushButton] = []
        buttons = QHBoxLayout()
        buttons.addWidget(self.all_button)
        buttons.addWidget(self.none_button)
        for name, members in choices.groups:
            button = QPushButton(name)
            button.setObjectName("groupButton")
            button.clicked.connect(lambda _checked=False, m=members: self.tick(m))
            self.group_buttons.append(button)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.form = QFormLayout()
        self.labels = [QLabel() for _ in range(5)]
        self.form.addRow(self.labels[0], self.mode)
        self.form.addRow(self.labels[1], self.script)
        self.form.addRow(self.labels[4], self.rubric)
        self.form.addRow(self.labels[2], self.trainer)
        people_box = QVBoxLayout()
        people_box.addLayout(buttons)
        people_box.addWidget(self.people)
        self.form.addRow(self.labels[3], people_box)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.field_widgets = {"mode": self.mode, "script_version": self.script, "trainer": self.trainer,
                              "participants": self.people, "rubric": self.rubric}
        self.resize(560, 640)
        self.retranslate()
        if not self.trainer.text():
            self.trainer.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Start Drill"))
        for index, mode in enumerate(Mode):
            self.mode.setItemText(index, mode_label(mode))
        self.script.setItemText(0, self.tr("No script"))
        for index, version in enumerate(self.choices.versions, start=1):
            text = fill(self.tr("%1 v%2"), *version.label)
            if version.current:
                text = fill(self.tr("%1 (current)"), text)
            self.script.setItemText(index, text)
        self.all_button.setText(self.tr("Everyone"))
        self.none_button.setText(self.tr("No one"))
        self.trainer.setPlaceholderText(self.tr("Your name, as the log shows it"))
        for widget, label in zip(self.labels, (self.tr("Mode"), self.tr("Script version"), self.tr("Trainer"),
                                               self.tr("Participants"), self.tr("Rubric")), strict=True):
            widget.setText(label)
        self.rubric.setToolTip(self.tr("The rubric the entries are scored on; the team's default is chosen (Drills "
                                       "tab → Rubrics)"))

    def field_labels(self) -> dict[str, str]:
        return {"mode": self.tr("Mode"), "script_version": self.tr("Script version"), "trainer": self.tr("Trainer"),
                "participants": self.tr("Participants"), "rubric": self.tr("Rubric")}

    def tick(self, members: tuple[int, ...] | None) -> None:
        """Tick exactly ``members`` (None: everyone)."""
        for row in range(self.people.count()):
            item = self.people.item(row)
            chosen = members is None or item.data(ItemRole.ID) in members
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)

    def ticked(self) -> tuple[int, ...]:
        return tuple(int(self.people.item(r).data(ItemRole.ID)) for r in range(self.people.count())
                     if self.people.item(r).checkState() == Qt.CheckState.Checked)

    def draft(self) -> StartDraft:
        return StartDraft(Mode(self.mode.currentData()), self.script.currentData(), self.trainer.text(), self.ticked(),
                          str(self.rubric.currentData() or ""))

    def accept(self) -> None:
        super().accept()
        if self.result() == ValidatingDialog.DialogCode.Accepted:
            self.settings.setValue(TRAINER_KEY, self.trainer.text().strip())

    def codes(self) -> CodeTexts:
        return CodeTexts({
            sessions.NO_PARTICIPANTS.code: (lambda: self.tr("tick at least one participant"), ()),
            sessions.NOT_A_PARTICIPANT.code: (lambda: self.tr("%1 is not a rep of this team on %2"),
                                              ("value", "day")),
            sessions.OTHER_TEAM_SCRIPT.code: (lambda: self.tr("this script version is not the team's"), ()),
            rubrics.OTHER_TEAM_RUBRIC.code: (lambda: self.tr("this rubric is not the team's"), ()),
            rubrics.RUBRIC_RETIRED.code: (lambda: self.tr("this rubric was retired; pick another"), ()),
        })

    def show_errors(self, errors: list[FieldError]) -> None:
        super().show_errors(errors)
        if not errors:
            return
        labels, texts = self.field_labels(), self.codes()
        lines = []
        for error in errors:
            label = labels.get(error.field, error.field)
            if error.reason in texts:
                params = dict(error.params)
                value = params.get("value")
                if value is not None and str(value).isdigit():
                    params["value"] = self.names.get(int(str(value)), value)
                lines.append(fill(self.tr("%1: %2"), label, texts.text(error.reason, params, error.message)))
            else:
                lines.append(problem_text(error, label))
        self.error_label.setText("\n".join(lines))


def _rubric_tip(rubric: Rubric) -> str:
    """The rubric's criteria with their weights, and its pass mark."""
    lang = content_language()
    lines = [f"{c.label(lang)} ×{c.weight:g}" for c in rubric.criteria]
    return "\n".join([*lines, fill(QCoreApplication.translate("StartDrillDialog", "Pass mark %1 of 5"),
                                    f"{rubric.pass_mark:g}")])
