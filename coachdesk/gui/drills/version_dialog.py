"""New Script… / Rename… (name and product) and New Version… (one text box per script section, prefilled from
the current version, and a note) — on the drills' form dialog, errors beside the fields."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QScrollArea, QVBoxLayout, QWidget

from coachdesk.core.drills.scripts import SECTIONS, ScriptDraft, ScriptVersion, VersionDraft
from coachdesk.gui.drills.drill_form import DrillFormDialog
from coachdesk.gui.drills.drill_labels import section_label


class ScriptDialog(DrillFormDialog):
    def __init__(self, parent: QWidget | None, submit: Callable[[Any], object], draft: ScriptDraft | None = None,
                 ) -> None:
        super().__init__(submit, parent)
        self.renaming = draft is not None
        self.name, self.product = QLineEdit(draft.name if draft else ""), QLineEdit(draft.product if draft else "")
        self.name.setObjectName("scriptName")
        self.add_row("name", self.name)
        self.add_row("product", self.product)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(460, self.sizeHint().height())
        self.retranslate()

    def draft(self) -> ScriptDraft:
        return ScriptDraft(self.name.text(), self.product.text())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Rename Script") if self.renaming else self.tr("New Script"))
        self.row_labels["name"].setText(self.tr("&Name:"))
        self.row_labels["product"].setText(self.tr("&Product:"))


class VersionDialog(DrillFormDialog):
    def __init__(self, parent: QWidget | None, submit: Callable[[Any], object], script_name: str,
                 current: ScriptVersion | None) -> None:
        super().__init__(submit, parent)
        self.script_name = script_name
        self.texts: dict[str, QPlainTextEdit] = {}
        for section in SECTIONS:
            box = QPlainTextEdit(current.text(section) if current else "")
            box.setObjectName(f"section_{section.value}")
            box.setMinimumHeight(70)
            self.texts[section.value] = box
            self.add_row(f"section.{section.value}", box)
        self.note = QLineEdit()
        self.note.setObjectName("versionNote")
        self.add_row("note", self.note)
        self.error_slot("sections")
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.addLayout(self.form)
        inner_layout.addWidget(self.field_errors["sections"])
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(720, 680)
        self.retranslate()

    def draft(self) -> VersionDraft:
        from coachdesk.core.drills.scripts import Section

        return VersionDraft({Section(k): box.toPlainText() for k, box in self.texts.items()}, self.note.text())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New Version of %1").replace("%1", self.script_name))
        for section in SECTIONS:
            self.row_labels[f"section.{section.value}"].setText(section_label(section) + ":")
        self.row_labels["note"].setText(self.tr("What changed and &why:"))
