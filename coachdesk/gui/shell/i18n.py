"""UI language: Qt translations (.qm compiled from resources/i18n/*.ts) plus Qt's own strings."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from coachdesk.paths import resource

# Language codes we ship, with their names written in that language (shown as-is in the Settings dialog).
LANGUAGES: dict[str, str] = {"zh_CN": "中文（简体）", "en": "English"}
SYSTEM = "system"


def system_language() -> str:
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def effective_language(choice: str | None) -> str:
    return choice if choice in LANGUAGES else system_language()


class Translations:
    """Owns the installed translators so the language can be switched while the app runs."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.language = "en"

    def apply(self, language: str) -> str:
        app = QCoreApplication.instance()
        assert app is not None
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed.clear()
        self.language = language if language in LANGUAGES else "en"
        if self.language != "en":
            ours = QTranslator(app)
            if not ours.load(str(resource("i18n", f"coachdesk_{self.language}.qm"))):
                raise RuntimeError(f"missing translation file coachdesk_{self.language}.qm")
            self._installed.append(ours)
            qt_own = QTranslator(app)  # standard buttons, dialogs, context menus of line edits
            if qt_own.load(f"qtbase_{self.language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                self._installed.append(qt_own)
            for translator in self._installed:
                app.installTranslator(translator)  # posts LanguageChange to every widget
        QLocale.setDefault(QLocale(QLocale.Language.Chinese if self.language == "zh_CN" else QLocale.Language.English,
                                   QLocale.Country.China if self.language == "zh_CN" else QLocale.Country.UnitedStates))
        return self.language
