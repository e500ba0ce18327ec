"""Application-level actions: open a database, load demo data (in a worker), settings, about, quit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox

from coachdesk import __version__
from coachdesk.gui.shell.i18n import effective_language
from coachdesk.gui.shell.settings_dialog import SettingsDialog
from coachdesk.gui.widgets.tasks import Task, run_task
from coachdesk.gui.widgets.text import fill
from coachdesk.store.database import open_database
from coachdesk.store.demo.loader import DemoResult, load_demo

if TYPE_CHECKING:
    from coachdesk.gui.shell.main_window import MainWindow


class AppActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.open_db = QAction(window)
        self.open_db.setShortcut(QKeySequence.StandardKey.Open)
        self.open_db.triggered.connect(self.choose_database)
        self.load_demo = QAction(window)
        self.load_demo.triggered.connect(self.confirm_load_demo)
        self.settings = QAction(window)
        self.settings.setShortcut(QKeySequence("Ctrl+,"))
        self.settings.triggered.connect(self.show_settings)
        self.about = QAction(window)
        self.about.triggered.connect(self.show_about)
        self.quit = QAction(window)
        self.quit.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit.triggered.connect(window.close)
        self.demo_task: Task | None = None

    def retranslate(self) -> None:
        self.open_db.setText(self.tr("&Open Database File…"))
        self.open_db.setStatusTip(self.tr("Open or create a coachdesk SQLite file"))
        self.load_demo.setText(self.tr("Load &Demo Data…"))
        self.load_demo.setStatusTip(self.tr("Add four demo teams, one in each stage"))
        self.settings.setText(self.tr("&Settings…"))
        self.about.setText(self.tr("&About coachdesk"))
        self.quit.setText(self.tr("&Quit"))

    def choose_database(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self.w, self.tr("Open or Create Database"), str(self.w.editor.db.display_location),
            self.tr("coachdesk database (*.sqlite3 *.db);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite)
        if not path:
            return
        url = f"sqlite:///{path}"
        run_task(self.w, lambda _p, _c: open_database(url), title=self.tr("Opening database…"),
                 on_success=lambda db: self._switch_database(db, url),
                 on_failure=lambda exc: self.w.show_error(self.tr("Could not open the database"), exc),
                 cancellable=False)

    def _switch_database(self, db, url: str) -> None:
        old = self.w.editor.db
        self.w.editor.db = db
        self.w.editor.undo_stack.clear()  # edits of the old file can't be undone in the new one
        old.dispose()
        self.w.settings.database = url
        self.w.set_database_label()
        self.w.refresh_teams()

    def confirm_load_demo(self) -> None:
        answer = QMessageBox.question(
            self.w, self.tr("Load Demo Data"),
            self.tr("Add the four demo teams (forming, storming, norming and performing) to this database?\nTeams with the same names are replaced. This cannot be undone."))  # noqa: E501 - one literal for lupdate
        if answer == QMessageBox.StandardButton.Yes:
            self.start_demo_load()

    def start_demo_load(self) -> None:
        db, today = self.w.editor.db, self.w.lifecycle.today()
        self.demo_task = run_task(
            self.w, lambda progress, cancel: load_demo(db, as_of=today, progress=progress, cancel=cancel),
            title=self.tr("Loading demo data…"), on_success=self._demo_loaded,
            on_failure=lambda exc: self.w.show_error(self.tr("Could not load the demo data"), exc),
            on_cancel=lambda: self.w.statusBar().showMessage(self.tr("Demo data not loaded (cancelled)."), 5000))

    def _demo_loaded(self, result: DemoResult) -> None:
        self.w.editor.undo_stack.clear()  # snapshots taken before the reload no longer match the database
        self.w.refresh_teams()
        self.w.statusBar().showMessage(
            fill(self.tr("Loaded %1 demo teams with %2 people."), str(len(result.teams)), str(result.members)), 8000)

    def show_settings(self) -> None:
        dialog = SettingsDialog(self.w, self.w.settings.language, self.w.editor.db.display_location)
        if dialog.exec():
            self.w.settings.language = dialog.language()
            if self.w.translations is not None:
                self.w.translations.apply(effective_language(dialog.language()))

    def show_about(self) -> None:
        QMessageBox.about(
            self.w, self.tr("About coachdesk"),
            fill(self.tr("<h3>coachdesk %1</h3><p>Coaching desk for telephone-sales teams: follow each team through the forming, storming, norming and performing stages, split it into competing groups, drill the phone script and print coaching plans.</p><p>Chinese font: WenQuanYi Micro Hei (Apache License 2.0).</p>"),  # noqa: E501 - one literal for lupdate
                 __version__))
