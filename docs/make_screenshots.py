"""Regenerate docs/screenshots/*.png from a fresh demo database, offscreen, in English and Chinese.

    QT_QPA_PLATFORM=offscreen python docs/make_screenshots.py
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from coachdesk.core.roster import Role
from coachdesk.core.validation import ValidationError
from coachdesk.gui.app import create_app
from coachdesk.gui.dialogs.group_dialog import GroupDialog
from coachdesk.gui.dialogs.member_dialog import MemberDialog
from coachdesk.gui.dialogs.settings_dialog import SettingsDialog
from coachdesk.gui.i18n import Translations
from coachdesk.gui.main_window import MainWindow
from coachdesk.gui.settings import UiSettings
from coachdesk.store.database import open_database
from coachdesk.store.demo_loader import load_demo

OUT = Path(__file__).resolve().parent / "screenshots"


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def grab(widget: QWidget, name: str, app: QApplication) -> None:
    settle(app)
    path = OUT / name
    widget.grab().save(str(path))
    print(f"wrote {path.relative_to(OUT.parent.parent)}")


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="coachdesk-shots-"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "settings"))
    app = create_app()
    db = open_database(f"sqlite:///{tmp / 'demo.sqlite3'}")
    load_demo(db, as_of=dt.date.today())
    translations = Translations()
    for lang in ("en", "zh_CN"):
        translations.apply(lang)
        window = MainWindow(db, UiSettings(QSettings(str(tmp / f"{lang}.ini"), QSettings.Format.IniFormat)),
                            translations)
        window.resize(1280, 800)
        window.show()
        teams = window.team_model.teams()
        storming = next(t for t in teams if t.name == "城南电销二部")
        window.select_team(storming.id)
        window.team_page.members_view.show_left.setChecked(True)
        grab(window, f"main-members-{lang}.png", app)
        window.team_page.tabs.setCurrentIndex(1)
        grab(window, f"main-groups-{lang}.png", app)

        def reject(_value: object) -> None:
            raise ValidationError.single("employee_id", "dup", "duplicate", value="CN003", other="任梅雪")

        dialog = MemberDialog(window, reject, window.editor.groups(storming.id))
        dialog.ui.employeeIdEdit.setText("CN003")
        dialog.ui.nameEdit.setText("林晓东")
        dialog.ui.roleCombo.setCurrentIndex(list(Role).index(Role.REP))
        dialog.show()
        dialog.accept()  # shows the validation error, keeps the typed values
        grab(dialog, f"member-dialog-error-{lang}.png", app)
        dialog.close()

        group = window.editor.groups(storming.id)[0]
        group_dialog = GroupDialog(window, lambda _d: None, window.editor.members(storming.id), group)
        group_dialog.show()
        grab(group_dialog, f"group-dialog-{lang}.png", app)
        group_dialog.close()
        settings_dialog = SettingsDialog(window, "system", db.display_location)
        settings_dialog.show()
        grab(settings_dialog, f"settings-dialog-{lang}.png", app)
        settings_dialog.close()
        window.close()

        empty_db = open_database(f"sqlite:///{tmp / f'empty-{lang}.sqlite3'}")
        empty = MainWindow(empty_db, UiSettings(QSettings(str(tmp / f"e-{lang}.ini"), QSettings.Format.IniFormat)),
                           translations)
        empty.resize(900, 560)
        empty.show()
        grab(empty, f"empty-state-{lang}.png", app)
        empty.close()
        empty_db.dispose()
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
