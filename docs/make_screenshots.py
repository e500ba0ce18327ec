"""Regenerate docs/screenshots/*.png from a fresh demo database, offscreen, in English and Chinese.

    QT_QPA_PLATFORM=offscreen python docs/make_screenshots.py
"""

from __future__ import annotations

import datetime as dt
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from coachdesk.core.common.validation import ValidationError
from coachdesk.core.roster.model import Role
from coachdesk.gui.activity.import_history import ImportHistoryDialog
from coachdesk.gui.activity.import_wizard import ImportWizard
from coachdesk.gui.activity.manual_entry import Col, ManualEntryDialog
from coachdesk.gui.competitions.balance_dialog import BalanceDialog
from coachdesk.gui.reports.builders import Builders, ReportKind
from coachdesk.gui.roster.group_dialog import GroupDialog
from coachdesk.gui.roster.member_dialog import MemberDialog
from coachdesk.gui.roster.team_dialog import TeamDialog
from coachdesk.gui.shell.app import create_app
from coachdesk.gui.shell.i18n import Translations
from coachdesk.gui.shell.main_window import MainWindow
from coachdesk.gui.shell.settings import UiSettings
from coachdesk.gui.shell.settings_dialog import SettingsDialog
from coachdesk.reports.options import plan_language
from coachdesk.store.database import Database, open_database
from coachdesk.store.demo.loader import load_demo
from coachdesk.store.roster.service import list_teams

OUT = Path(__file__).resolve().parent / "screenshots"


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def grab(widget: QWidget, name: str, app: QApplication) -> None:
    settle(app)
    path = OUT / name
    widget.grab().save(str(path))
    print(f"wrote {path.relative_to(OUT.parent.parent)}")


def activity_export(path: Path, members, day: dt.date, bad_row: int | None = None) -> Path:
    """A realistic GBK call-system export: Chinese headers, slash dates, a 合计 row; optionally one typo."""
    rng = random.Random(7)
    lines = ["日期,坐席工号,姓名,外呼量,接通次数,通话时长(秒),签单数,成交金额(元)"]
    totals = [0, 0, 0, 0, 0.0]
    for m in members:
        calls = rng.randint(90, 160)
        connected = rng.randint(calls // 4, calls // 2)
        talk = connected * rng.randint(70, 150)
        deals = rng.randint(0, 4)
        revenue = deals * rng.choice((1280.0, 1980.0, 2680.0))
        totals = [totals[0] + calls, totals[1] + connected, totals[2] + talk, totals[3] + deals, totals[4] + revenue]
        lines.append(f"{day.year}/{day.month}/{day.day},{m.employee_id},{m.name},{calls},{connected},{talk},{deals},"
                     f"{revenue:.2f}")
    lines.append(f"合计,,,{totals[0]},{totals[1]},{totals[2]},{totals[3]},{totals[4]:.2f}")
    if bad_row is not None:  # a typo as it happens: the letter O instead of a zero
        cells = lines[bad_row - 1].split(",")
        cells[4] = cells[4][:-1] + "O"
        lines[bad_row - 1] = ",".join(cells)
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("gbk"))
    return path


def wait_for(app: QApplication, done) -> None:
    deadline = time.monotonic() + 60
    while not done() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    settle(app)


def grab_activity(window: MainWindow, team, lang: str, tmp: Path, app: QApplication) -> None:
    """The import wizard (file, columns, check with one problem, result), the history and manual entry."""
    members = [m for m in window.editor.members(team.id) if m.active and m.role == Role.REP][:14]
    day = dt.date.today() - dt.timedelta(days=3)
    good = activity_export(tmp / f"外呼日报-{lang}.csv", members, day)
    wizard = ImportWizard(window.editor.db, team.id, team.name, window)
    wizard.resize(980, 700)
    wizard.show()
    wizard.file_page.path_edit.setText(str(good))
    wizard.file_page.detect()
    grab(wizard, f"import-file-{lang}.png", app)
    wizard.next()
    grab(wizard, f"import-columns-{lang}.png", app)
    activity_export(good, members, day, bad_row=6)  # the same file, now with one typo
    wizard.next()
    wait_for(app, lambda: not wizard.check_page.panel.running)
    grab(wizard, f"import-check-problem-{lang}.png", app)
    activity_export(good, members, day)  # fixed: check again, import
    wizard.check_page.run_check()
    wait_for(app, lambda: not wizard.check_page.panel.running)
    wizard.next()
    wait_for(app, lambda: not wizard.import_page.panel.running)
    grab(wizard, f"import-done-{lang}.png", app)
    wizard.accept()
    history = ImportHistoryDialog(window.editor.db, team.id, team.name, window)
    history.show()
    grab(history, f"import-history-{lang}.png", app)
    history.close()

    entry = ManualEntryDialog(window.editor.db, team.id, team.name, window)
    entry.show()
    grid, proxy = entry.grid, entry.proxy
    typed = {(0, Col.CALLS): "132", (0, Col.CONNECTED): "48", (0, Col.TALK): "1:52:30", (0, Col.DEALS): "3",
             (0, Col.REVENUE): "5940", (1, Col.CALLS): "118", (1, Col.CONNECTED): "131", (1, Col.TALK): "95",
             (1, Col.DEALS): "1", (1, Col.REVENUE): "1980"}
    for (row, column), text in typed.items():
        proxy.setData(proxy.index(row, column), text)
    grid.setCurrentIndex(proxy.index(2, Col.CALLS))
    entry.save()  # connected > calls on the second rep: shown in red, nothing saved
    grab(entry, f"manual-entry-{lang}.png", app)
    entry.model.set_rows([], {})  # nothing typed is left: close without asking
    entry.close()


def ensure_activity(window: MainWindow, team) -> None:
    """The dashboard needs figures: use the demo's own activity; if this demo has none, type in ~60 days."""
    from coachdesk.store.activity.imports import save_day_entries
    from coachdesk.store.activity.stats import activity_span

    db = window.editor.db
    with db.session() as session:
        if activity_span(session, team.id) is not None:
            return
    rng = random.Random(60)
    members = [m for m in window.editor.members(team.id) if m.role == Role.REP]
    skill = {m.id: rng.uniform(0.7, 1.3) for m in members}
    today = dt.date.today()
    for offset in range(60, 0, -1):
        day = today - dt.timedelta(days=offset)
        if day.weekday() == 6:
            continue
        entries = []
        for m in members:
            if m.hired_on > day or (m.left_on is not None and m.left_on <= day):
                continue
            calls = rng.randint(80, 150)
            connected = int(calls * rng.uniform(0.22, 0.38))
            deals = min(connected, max(0, round(rng.gauss(1.4 * skill[m.id], 1.0))))
            entries.append((m.id, (calls, connected, connected * rng.randint(70, 150), deals,
                                   deals * rng.choice((128_000, 198_000, 268_000)), None)))
        save_day_entries(db, team.id, day, entries, today=today)


def grab_dashboard(window: MainWindow, team, lang: str, app: QApplication) -> None:
    """The Activity tab (with the figures of one day under the mouse) and one rep's chart dialog."""
    from PySide6.QtCore import QPointF

    ensure_activity(window, team)
    size = window.size()
    window.resize(1440, 1000)
    window.select_team(team.id)
    dashboard = window.team_page.activity
    window.team_page.tabs.setCurrentWidget(dashboard)
    dashboard.refresh()  # figures may have been imported since the tab was last shown
    wait_for(app, lambda: dashboard.data is not None and not dashboard.loading)
    chart = dashboard.calls_chart
    if len(chart.series):
        index = max(0, len(chart.series) - 8)
        chart.hover_at(chart.view.mapViewToScene(QPointF(chart.series.x[index], chart.series.calls[index])))
    grab(window, f"main-activity-{lang}.png", app)
    chart.clear_hover()
    dashboard.deals_chart.clear_hover()
    if dashboard.model.rowCount():
        dialog = dashboard.open_rep(dashboard.model.rep(0).member_id)
        if dialog is not None:
            wait_for(app, lambda: dialog.data is not None and not dialog.loading)
            grab(dialog, f"rep-chart-dialog-{lang}.png", app)
            dialog.close()
    window.resize(size)


def grab_lifecycle(window: MainWindow, teams, lang: str, app: QApplication) -> None:
    """The Lifecycle tab's five views for the storming team, the performing team's diagnosis, the overview."""
    from coachdesk.gui.widgets.tasks import wait_for_tasks

    size = window.size()
    window.resize(1440, 1000)
    every_view = ("diagnosis", "survey", "timeline", "playbook", "action_plan")
    shots = ((teams["城南电销二部"], "", every_view), (teams["金牌大客户部"], "-performing", ("diagnosis", "timeline")))
    for team, tag, views in shots:
        window.open_team_lifecycle(team.id)
        tab = window.team_page.lifecycle
        wait_for(app, lambda tab=tab, team=team: tab.diagnosis.diagnosis is not None
                 and tab.diagnosis.diagnosis.team_id == team.id and not tab.diagnosis.loading)
        for name in views:
            panel = getattr(tab, name)
            tab.show_panel(panel)
            wait_for_tasks()
            wait_for(app, lambda panel=panel: not getattr(panel, "loading", False))
            grab(window, f"lifecycle-{name.replace('_', '-')}{tag}-{lang}.png", app)
            if name == "diagnosis" and not tag:
                dialog = tab.diagnosis.open_thresholds_dialog()
                if dialog is not None:
                    grab(dialog, f"thresholds-dialog-{lang}.png", app)
                    dialog.reject()
    window.show_overview()
    wait_for(app, lambda: window.overview_page.has_data and not window.overview_page.loading)
    grab(window, f"teams-overview-{lang}.png", app)
    window.resize(size)


def grab_balance(window: MainWindow, team, lang: str, app: QApplication) -> None:
    """The balance dialog as proposed, then with one member dragged to another group by hand."""
    from coachdesk.gui.widgets.tasks import wait_for_tasks

    dialog = BalanceDialog(window, lambda: window.editor.db, window.editor.changes, team.id, team.name,
                           window.editor.today(), team.group_count, lambda _t: None)
    dialog.show()
    wait_for_tasks()
    settle(app)
    grab(dialog, f"balance-groups-{lang}.png", app)
    first = dialog.plan[0][-1]
    dialog.move_member(first, 1)  # what a drop does
    grab(dialog, f"balance-groups-adjusted-{lang}.png", app)
    dialog.close()


def grab_war_room(window: MainWindow, team, lang: str, app: QApplication) -> None:
    """The war-room board at 1920×1080 on the team's running contest (the demo's; one is started if the demo has
    none), and in English the celebration of the newest deal."""
    from coachdesk.core.competitions.contests import ContestStatus
    from coachdesk.core.competitions.rules import ContestDraft, ContestRules, Participants, ScoreMetric, Weight
    from coachdesk.core.roster.model import SELLING_ROLES
    from coachdesk.gui.competitions.war_room import WarRoomBoard
    from coachdesk.store.competitions import edits, pages

    db, today = window.editor.db, window.editor.today()
    data = pages.board_data(db, team.id, today)
    if data.contest is None or data.contest.status(today) is not ContestStatus.ACTIVE:
        rules = ContestRules(participants=Participants.HYBRID, scoring=(Weight(ScoreMetric.DEALS, 10),))
        with db.session() as s:
            edits.create_contest(s, team.id, ContestDraft("月度冲刺赛", today - dt.timedelta(days=9),
                                                          today + dt.timedelta(days=12), rules))
    if not any(d.id is not None for d in data.deals_today):
        sellers = [m for m in window.editor.members(team.id) if m.active and m.role in SELLING_ROLES]
        with db.session() as s:
            for hour, (member, amount) in enumerate(zip(sellers[:4], (198_000, 268_000, 128_000, 468_000),
                                                        strict=False)):
                edits.announce_deal(s, team.id, member.id, amount, dt.datetime.combine(today, dt.time(9 + hour, 12)))
    board = WarRoomBoard(window, lambda: db, window.editor.changes, team.id, window.editor.today,
                         lambda _t: None)
    board.resize(1920, 1080)
    board.show()
    wait_for(app, lambda: board.data is not None and board.task is None)
    board.ticker.timer.stop()
    board.ticker.offset = 0.0
    grab(board, f"war-room-{lang}.png", app)
    deals = [d for d in board.data.deals_today if d.id is not None] if board.data else []
    if lang == "en" and deals:
        board.overlay.random = random.Random(7)  # the same confetti every time
        board.celebrate(max(deals, key=lambda d: d.id or 0))
        wait_for(app, lambda: board.overlay.hold.isActive())
        for _ in range(20):  # let the confetti fall a little
            app.processEvents()
            time.sleep(0.03)
        board.ticker.timer.stop()
        board.ticker.offset = 0.0
        grab(board, f"war-room-celebration-{lang}.png", app)
    board.close()


def grab_contests(window: MainWindow, team, lang: str, app: QApplication) -> None:
    """The Contests tab on the team's running contest (the demo's; one is started if the demo has none): the
    contest page with the group standings and their strength bars."""
    from coachdesk.core.competitions.contests import ContestStatus
    from coachdesk.core.competitions.rules import ContestDraft, ContestRules, Participants, ScoreMetric, Weight
    from coachdesk.store.competitions import edits, pages

    db, today = window.editor.db, window.editor.today()
    if not any(s.status is ContestStatus.ACTIVE for s in pages.team_contests(db, team.id, today)):
        rules = ContestRules(participants=Participants.HYBRID, scoring=(Weight(ScoreMetric.DEALS, 10),))
        with db.session() as s:
            edits.create_contest(s, team.id, ContestDraft("月度冲刺赛", today - dt.timedelta(days=9),
                                                          today + dt.timedelta(days=12), rules))
    size = window.size()
    window.resize(1440, 1000)
    window.select_team(team.id)
    tab = window.team_page.contests
    window.team_page.tabs.setCurrentWidget(tab)
    tab.request_reload()
    wait_for(app, lambda: tab.view.page is not None and not tab.loading)
    tab.view.sections.setCurrentWidget(tab.view.standings)
    tab.view.standings.tabs.setCurrentIndex(0)
    grab(window, f"contest-page-{lang}.png", app)
    window.resize(size)


def grab_drills(window: MainWindow, team, lang: str, app: QApplication) -> None:
    """The Drills tab: Readiness with a rep's drills beside their calls, Scripts with a version diff, the bank."""
    from PySide6.QtCore import QPointF

    size = window.size()
    window.resize(1440, 1000)
    window.select_team(team.id)
    tab = window.team_page.drills
    window.team_page.tabs.setCurrentWidget(tab)
    tab.request_reload()
    wait_for(app, lambda: tab.data is not None and not tab.loading)
    tab.views.setCurrentWidget(tab.readiness)
    panel = tab.readiness
    charted: list[int] = []
    tab.chartLoaded.connect(lambda: charted.append(1))
    panel.select_member(max(panel.model.rows, key=lambda r: r.entries).member_id)
    wait_for(app, lambda: bool(charted))
    chart = panel.chart.score
    index = min(i for i, p in enumerate(panel.chart.points) if p.drill_average is not None) + 1
    x = chart.view.mapViewToScene(QPointF(index, 3)).x()
    chart.hover_at(QPointF(x, chart.view.sceneBoundingRect().center().y()))
    grab(window, f"drills-readiness-{lang}.png", app)
    tab.views.setCurrentWidget(tab.scripts)
    script = tab.scripts.current_script()
    if script is not None and len(script.versions) >= 2:
        tab.scripts.choose_diff(script.versions[-2].number, script.versions[-1].number)
    grab(window, f"drills-scripts-diff-{lang}.png", app)
    tab.views.setCurrentWidget(tab.bank)
    grab(window, f"drills-bank-{lang}.png", app)
    tab.views.setCurrentWidget(tab.rubrics)
    rubrics = tab.rubrics
    rubrics.select(next(i.key for i in rubrics.model.rows if not i.built_in))
    grab(window, f"drills-rubrics-{lang}.png", app)
    dialog = tab.rubric_commands.edit_rubric()
    if dialog is not None:
        dialog.resize(900, 620)
        dialog.criterion_name.setText("")  # a cleared name: OK names the criterion row and keeps the rest
        dialog.anchors[1].setPlainText("")
        dialog.accept()
        grab(dialog, f"rubric-dialog-error-{lang}.png", app)
        dialog.close()
    from coachdesk.gui.drills.start_dialog import StartDrillDialog, load_choices

    start = StartDrillDialog(load_choices(window.editor.db, team.id, window.editor.today()), lambda _d: 0, window)
    start.trainer.setText("王老师")
    start.show()
    grab(start, f"start-drill-{lang}.png", app)
    start.close()
    window.resize(size)


def grab_drill_console(window: MainWindow, team, lang: str, app: QApplication) -> None:
    """The trainer's drill console at 1920×1080 on the team's open session (the demo leaves one open today), resumed
    mid-entry: a question drawn, three criteria scored, answered well, a note, the model answer shown, 83 s on the
    timer."""
    from PySide6.QtGui import QUndoStack

    from coachdesk.gui.drills.console_window import DrillConsole, load_console
    from coachdesk.gui.lifecycle.context import LifecycleContext
    from coachdesk.store.drills import sessions

    db, today = window.editor.db, window.editor.today()
    with db.session() as s:
        waiting = sessions.open_sessions(s, team.id)
    if not waiting:
        return
    clock = [dt.datetime.combine(today, dt.time(9, 40))]
    context = LifecycleContext(lambda: db, QUndoStack(), lambda: today)
    console = DrillConsole(context, load_console(db, waiting[0].id or 0, today), None, now=lambda: clock[0],
                           rng=random.Random(5))
    console.resize(1920, 1080)
    console.show()
    settle(app)
    console.draw_question()
    for value in (4, 3, 5):
        console.score(value)
    console.mark(True)
    console.state.note = "开场自然，价值讲得清楚" if lang.startswith("zh") else "Natural opening, clear value pitch"
    console.show_answer = True
    clock[0] += dt.timedelta(seconds=83)
    console.refresh()
    grab(console, f"drill-console-{lang}.png", app)
    console.close()


def grab_reports(window: MainWindow, team, lang: str, app: QApplication, builders: Builders | None = None) -> None:
    """The Reports tab with the team's coaching plan generated and previewed (by reports/plans.py unless other
    ``builders`` are given), in the screenshot's language."""
    window.select_team(team.id)
    tab = window.team_page.reports
    if builders is not None:
        tab.builders = builders
    window.team_page.tabs.setCurrentWidget(tab)
    tab.form.set_kind(ReportKind.PLAN)
    tab.form.set_language(plan_language(lang))
    outcome: list[object] = []
    tab.generated.connect(outcome.append)
    tab.generate()
    wait_for(app, lambda: bool(outcome))
    tab.generated.disconnect(outcome.append)
    if tab.report is None:
        raise SystemExit(f"reports-{lang}.png: no plan was generated: {tab.error.text() or tab.status.text()}")
    tab.preview.zoom(0.6)  # a page and the start of the next: the preview scrolls through every page
    deadline = time.monotonic() + 1  # the view renders its pages in the background
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    grab(window, f"reports-{lang}.png", app)


TEAM_KEYS = {"星火新人营": "forming", "城南电销二部": "storming", "华东续费中心": "norming",
             "金牌大客户部": "performing"}
PLAN_PAGES = {"cover": 1, "diagnosis": 3, "plan": 5, "activity": 7}  # pages of the storming team's plan shown
SHEET_COLUMNS = 5


def render_plans(db: Database, tmp: Path) -> None:
    """Every demo team's printed plan in both languages (`coachdesk plan --all`), its pages rendered with pdftoppm:
    a contact sheet of all pages per team and language, and a few full pages of the storming team's plan."""
    from PIL import Image

    from coachdesk.reports.options import PlanOptions
    from coachdesk.reports.plans import build_all, build_poster

    day = dt.date.today()
    for lang in ("zh", "en"):
        for built in build_all(db, PlanOptions(day, lang), tmp / f"plans-{lang}"):
            pages = tmp / f"pages-{lang}-{built.path.stem}"
            pages.mkdir()
            subprocess.run(["pdftoppm", "-png", "-r", "40", str(built.path), str(pages / "p")], check=True)
            images = [Image.open(f) for f in sorted(pages.glob("p-*.png"))]
            width, height = images[0].size
            rows = -(-len(images) // SHEET_COLUMNS)
            sheet = Image.new("RGB", (SHEET_COLUMNS * (width + 8) + 8, rows * (height + 8) + 8), "#9ca3af")
            for index, image in enumerate(images):
                sheet.paste(image, (8 + index % SHEET_COLUMNS * (width + 8), 8 + index // SHEET_COLUMNS * (height + 8)))
            team_key = TEAM_KEYS.get(built.team, built.path.stem)
            sheet.save(OUT / f"plan-{team_key}-{lang}-pages.png", optimize=True)
            print(f"wrote {OUT / f'plan-{team_key}-{lang}-pages.png'} ({built.pages} pages)")
            if team_key != "storming":
                continue
            for name, number in PLAN_PAGES.items():
                target = OUT / f"plan-{name}-{lang}"
                subprocess.run(["pdftoppm", "-png", "-r", "80", "-singlefile", "-f", str(number), "-l", str(number),
                                str(built.path), str(target)], check=True)
                print(f"wrote {target}.png")
        with db.session() as s:
            storming = next(t.id for t in list_teams(s) if TEAM_KEYS.get(t.name) == "storming")
        poster = build_poster(db, storming, PlanOptions(day, lang), tmp / f"poster-{lang}.pdf")
        target = OUT / f"poster-{lang}"
        subprocess.run(["pdftoppm", "-png", "-r", "40", "-singlefile", str(poster.path), str(target)], check=True)
        print(f"wrote {target}.png")


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
        if "reports" in sys.argv[1:]:  # `make_screenshots.py reports`: only the Reports tab's screenshots
            grab_reports(window, next(t for t in teams if t.name == "华东续费中心"), lang, app)
            window.close()
            continue
        if "drills" in sys.argv[1:]:  # `make_screenshots.py drills`: only the drills' screenshots (quicker)
            grab_drills(window, storming, lang, app)
            grab_drill_console(window, next(t for t in teams if t.name == "星火新人营"), lang, app)
            window.close()
            continue
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
        data_start = window.editor.team_data_start(storming.id)
        team_dialog = TeamDialog(window, lambda _d: None, storming, data_start)
        if data_start is not None:  # a typed formation date after the team's own data: the dialog warns
            team_dialog.ui.formedOnEdit.setDate(data_start + dt.timedelta(days=45))
        team_dialog.show()
        grab(team_dialog, f"team-dialog-warning-{lang}.png", app)
        team_dialog.close()
        grab_balance(window, next(t for t in teams if t.name == "金牌大客户部"), lang, app)
        settings_dialog = SettingsDialog(window, "system", db.display_location)
        settings_dialog.show()
        grab(settings_dialog, f"settings-dialog-{lang}.png", app)
        settings_dialog.close()
        grab_activity(window, storming, lang, tmp, app)
        grab_dashboard(window, storming, lang, app)
        grab_lifecycle(window, {t.name: t for t in teams}, lang, app)
        grab_war_room(window, next(t for t in teams if t.name == "华东续费中心"), lang, app)
        grab_contests(window, next(t for t in teams if t.name == "华东续费中心"), lang, app)
        grab_drills(window, next(t for t in teams if t.name == "城南电销二部"), lang, app)
        grab_drill_console(window, next(t for t in teams if t.name == "星火新人营"), lang, app)
        grab_reports(window, next(t for t in teams if t.name == "华东续费中心"), lang, app)
        window.close()

        empty_db = open_database(f"sqlite:///{tmp / f'empty-{lang}.sqlite3'}")
        empty = MainWindow(empty_db, UiSettings(QSettings(str(tmp / f"e-{lang}.ini"), QSettings.Format.IniFormat)),
                           translations)
        empty.resize(900, 560)
        empty.show()
        grab(empty, f"empty-state-{lang}.png", app)
        empty.close()
        empty_db.dispose()
    if "drills" not in sys.argv[1:]:
        render_plans(db, tmp)
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
