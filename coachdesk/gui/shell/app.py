"""Start the GUI: QApplication, bundled font, translations, stylesheet, database (opened in a worker)."""

from __future__ import annotations

import datetime as dt
import os
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from coachdesk import APP_NAME, ORG_NAME, __version__
from coachdesk.gui.shell.fonts import install_cjk_font
from coachdesk.gui.shell.i18n import Translations, effective_language
from coachdesk.gui.shell.main_window import MainWindow
from coachdesk.gui.shell.settings import UiSettings
from coachdesk.gui.widgets.tasks import run_task, wait_for_tasks
from coachdesk.gui.widgets.text import fill
from coachdesk.paths import ui_dir
from coachdesk.store.database import ENV_VAR, Database, open_database


def create_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    install_cjk_font(app)
    app.setStyleSheet((ui_dir() / "style.qss").read_text(encoding="utf-8"))
    return app


def choose_db_url(cli_value: str | None, settings: UiSettings) -> str | None:
    """--db wins, then COACHDESK_DB, then the file last opened in the app, then the default file."""
    if cli_value:
        return cli_value
    if os.environ.get(ENV_VAR):
        return None  # resolve_url reads the variable
    return settings.database or None


def smoke_preview(db: Database, language: str) -> str:
    """`gui --smoke`: build the first team's coaching plan and open it in QtPdf, as the Reports tab previews it
    (proves a frozen build carries reportlab, the font and QtPdf)."""
    import tempfile
    from pathlib import Path

    from PySide6.QtPdf import QPdfDocument

    from coachdesk.reports.options import PlanOptions, plan_language
    from coachdesk.reports.plans import build_plan
    from coachdesk.store.roster.service import list_teams

    with db.session() as session:
        teams = list_teams(session)
    if not teams:
        return "preview: no team to print"
    with tempfile.TemporaryDirectory(prefix="coachdesk-smoke-") as folder:
        built = build_plan(db, teams[0].id, PlanOptions(dt.date.today(), plan_language(language)),
                           Path(folder) / "plan.pdf")
        document = QPdfDocument()
        status = document.load(str(built.path))
        pages = document.pageCount()
        document.close()
    if status != QPdfDocument.Error.None_ or pages != built.pages:
        raise SystemExit(f"coachdesk: the plan of {built.team} did not preview ({status}, {pages} pages)")
    return f"preview: the coaching plan of {built.team}, {pages} pages"


def run_gui(db_url: str | None = None, lang: str | None = None, smoke: bool = False) -> int:
    app = create_app()
    settings = UiSettings()
    translations = Translations()
    translations.apply(lang or effective_language(settings.language))
    windows: list[MainWindow] = []

    def opened(db: Database) -> None:
        window = MainWindow(db, settings, translations)
        windows.append(window)
        window.show()
        if smoke:
            print(f"coachdesk {__version__}: window ready, {window.team_model.rowCount()} teams in "
                  f"{db.display_location}, language {translations.language}")
            print(smoke_preview(db, translations.language))
            QTimer.singleShot(0, app.quit)

    def failed(exc: BaseException) -> None:
        if smoke:
            print(f"coachdesk: could not open the database: {exc}", file=sys.stderr)
        else:
            QMessageBox.critical(None, app.translate("App", "coachdesk"),
                                 fill(app.translate("App", "Could not open the database:\n%1"), str(exc)))
        app.exit(1)

    url = choose_db_url(db_url, settings)
    run_task(None, lambda _p, _c: open_database(url), title=app.translate("App", "Opening database…"),
             on_success=opened, on_failure=failed, cancellable=False)
    code = app.exec()
    wait_for_tasks()
    for window in windows:
        window.editor.db.dispose()
    return code
