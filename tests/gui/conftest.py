"""GUI fixtures: the real QApplication set-up (bundled font, stylesheet), isolated QSettings, a main window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from coachdesk.gui.shell.app import create_app
from coachdesk.gui.shell.i18n import Translations
from coachdesk.gui.shell.main_window import MainWindow
from coachdesk.gui.shell.settings import UiSettings
from coachdesk.gui.widgets.tasks import wait_for_tasks
from coachdesk.store.database import Database


@pytest.fixture(scope="session")
def app(qapp: QApplication) -> QApplication:
    return create_app()


@pytest.fixture
def translations(app: QApplication) -> Iterator[Translations]:
    tr = Translations()
    tr.apply("en")
    yield tr
    tr.apply("en")


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


@pytest.fixture
def ui_settings(settings_file: Path) -> UiSettings:
    return UiSettings(QSettings(str(settings_file), QSettings.Format.IniFormat))


def make_window(qtbot, db: Database, settings: UiSettings, translations: Translations,
                resize: bool = True) -> MainWindow:
    window = MainWindow(db, settings, translations)
    qtbot.add_widget(window)
    if resize:
        window.resize(1200, 760)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def window(qtbot, demo_db: Database, ui_settings: UiSettings, translations: Translations) -> Iterator[MainWindow]:
    win = make_window(qtbot, demo_db, ui_settings, translations)
    yield win
    wait_for_tasks()
