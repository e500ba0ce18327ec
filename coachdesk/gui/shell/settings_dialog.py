"""Settings: UI language (applied at once) and where the data lives."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QWidget

from coachdesk.gui.forms.ui_settings_dialog import Ui_SettingsDialog
from coachdesk.gui.shell.i18n import LANGUAGES, SYSTEM


class SettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None, language: str, database: str) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self.ui.errorLabel.hide()
        self._database = database
        self._language = language
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.retranslate()
        self.resize(self.width(), self.sizeHint().height())

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self.ui.databaseValue.setText(self._database)
        self.ui.languageCombo.clear()
        self.ui.languageCombo.addItem(self.tr("Same as the system"), SYSTEM)
        for code, name in LANGUAGES.items():
            self.ui.languageCombo.addItem(name, code)
        self.ui.languageCombo.setCurrentIndex(max(self.ui.languageCombo.findData(self._language), 0))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._language = self.language()
            self.retranslate()
        super().changeEvent(event)

    def language(self) -> str:
        return str(self.ui.languageCombo.currentData() or SYSTEM)
