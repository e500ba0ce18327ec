"""Persistent UI preferences through QSettings (language, window geometry, last team, database,
the Reports tab's last folder)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from coachdesk import APP_NAME, ORG_NAME


class UiSettings:
    def __init__(self, settings: QSettings | None = None) -> None:
        self._s = settings or QSettings(ORG_NAME, APP_NAME)

    def _str(self, key: str) -> str:
        value = self._s.value(key, "")
        return str(value) if value is not None else ""

    @property
    def language(self) -> str:
        return self._str("ui/language") or "system"

    @language.setter
    def language(self, value: str) -> None:
        self._s.setValue("ui/language", value)

    @property
    def database(self) -> str:
        """A database chosen with File → Open Database (used when neither --db nor COACHDESK_DB is set)."""
        return self._str("data/database")

    @database.setter
    def database(self, value: str) -> None:
        self._s.setValue("data/database", value)

    @property
    def last_team_id(self) -> int | None:
        value = self._s.value("session/lastTeamId")
        try:
            return int(value) if value not in (None, "") else None
        except (TypeError, ValueError):
            return None

    @last_team_id.setter
    def last_team_id(self, value: int | None) -> None:
        self._s.setValue("session/lastTeamId", "" if value is None else value)

    @property
    def report_folder(self) -> str:
        """Where the Reports tab's Save As… last saved a PDF (its dialog opens there)."""
        return self._str("reports/lastFolder")

    @report_folder.setter
    def report_folder(self, value: str) -> None:
        self._s.setValue("reports/lastFolder", value)

    def bytes(self, key: str) -> QByteArray | None:
        value = self._s.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_bytes(self, key: str, value: QByteArray) -> None:
        self._s.setValue(key, value)

    def sync(self) -> None:
        self._s.sync()
