"""File → Import Activity…: the wizard on real files (GBK CSV with Chinese headers, xlsx), both backends.

Dates are in 2024 (long before the demo teams' activity and never in the future); the demo team 城南电销二部 has
employee ids CN001…CN023.
"""

from __future__ import annotations

import datetime as dt
import threading
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from shiboken6 import isValid

from coachdesk.core.activity.figures import Field
from coachdesk.core.common.money import to_cents
from coachdesk.core.common.periods import DateRange
from coachdesk.core.roster.model import GroupDraft
from coachdesk.gui.activity.import_wizard import CHECK_PAGE, COLUMNS_PAGE, FILE_PAGE, IMPORT_PAGE, ImportWizard
from coachdesk.gui.widgets.tasks import wait_for_tasks
from coachdesk.store.activity import imports as activity_import
from coachdesk.store.activity.stats import by_rep, daily_points
from tests.conftest import dump_tables

HEADERS = "日期,坐席工号,姓名,外呼量,接通次数,通话时长(秒),签单数,成交金额(元)"
DAYS = (dt.date(2024, 5, 6), dt.date(2024, 5, 7))
TIMEOUT = 20_000


def storming(window):
    team = next(t for t in window.team_model.teams() if t.name == "城南电销二部")
    window.select_team(team.id)
    return window.current_team()


def slash(day: dt.date) -> str:
    return f"{day.year}/{day.month}/{day.day}"


def write_gbk(path: Path, lines: list[str]) -> Path:
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("gbk"))
    return path


def figures_rows(window, team_id: int, count: int = 5) -> list[tuple[dt.date, str, str, int, int, int, int, str]]:
    """(day, employee id, name, calls, connected, talk seconds, deals, revenue text) for the first reps."""
    members = [m for m in window.editor.members(team_id) if m.employee_id.startswith("CN")][:count]
    rows = []
    for d, day in enumerate(DAYS):
        for i, m in enumerate(members):
            calls = 80 + 7 * i + d
            connected = 30 + i
            rows.append((day, m.employee_id, m.name, calls, connected, 1800 + 61 * i + d, i % 3,
                         f"{1000 + 123.45 * i + d:.2f}"))
    return rows


def csv_lines(rows) -> list[str]:
    return [f"{slash(day)},{eid},{name},{calls},{conn},{talk},{deals},{revenue}"
            for day, eid, name, calls, conn, talk, deals, revenue in rows]


def open_wizard(window, qtbot) -> ImportWizard:
    window.activity_actions.import_activity.trigger()
    wizard = window.activity_actions.wizard
    assert wizard is not None and wizard.isVisible()
    return wizard


def next_to_check(qtbot, wizard: ImportWizard) -> None:
    with qtbot.waitSignal(wizard.checkFinished, timeout=TIMEOUT):
        wizard.next()
    assert wizard.currentId() == CHECK_PAGE


def next_to_import(qtbot, wizard: ImportWizard) -> None:
    with qtbot.waitSignal(wizard.importFinished, timeout=TIMEOUT):
        wizard.next()
    assert wizard.currentId() == IMPORT_PAGE


def choose(combo, text: str) -> None:
    """Pick an entry the way a user does (``activated`` fires only for user choices)."""
    index = combo.findText(text)
    assert index >= 0, f"{text!r} not in {[combo.itemText(i) for i in range(combo.count())]}"
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def next_enabled(wizard: ImportWizard) -> bool:
    commit = wizard.currentPage().isCommitPage()
    return wizard.button(QWizard.WizardButton.CommitButton if commit else QWizard.WizardButton.NextButton).isEnabled()


def test_gbk_csv_with_chinese_headers_imports_exactly(window, qtbot, tmp_path, demo_db) -> None:
    team = storming(window)
    rows = figures_rows(window, team.id)
    totals = [sum(r[k] for r in rows) for k in (3, 4, 5, 6)]
    revenue = sum(to_cents(Decimal(r[7])) for r in rows)
    lines = [HEADERS, *csv_lines(rows[:5]), "", *csv_lines(rows[5:]),
             f"合计,,,{totals[0]},{totals[1]},{totals[2]},{totals[3]},{revenue / 100:.2f}"]
    path = write_gbk(tmp_path / "外呼日报.csv", lines)
    changed: list[int] = []
    window.editor.teamChanged.connect(changed.append)

    wizard = open_wizard(window, qtbot)
    assert wizard.file_page.team_value.text() == "城南电销二部"
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    assert wizard.currentId() == COLUMNS_PAGE
    assert wizard.file_page.encoding_combo.itemText(0) == "Detected (GB18030)"
    assert wizard.state.encoding == "gb18030"

    columns = wizard.columns_page
    expected = {Field.DATE: "日期", Field.EMPLOYEE_ID: "坐席工号", Field.NAME: "姓名", Field.CALLS: "外呼量",
                Field.CONNECTED: "接通次数", Field.TALK_TIME: "通话时长(秒)", Field.DEALS: "签单数",
                Field.REVENUE: "成交金额(元)", Field.INTENT: None}
    assert {f: columns.choice(f) for f in Field} == expected
    assert columns.unit_combo.currentData() == "seconds"
    assert columns.preview_model.rowCount() == 12  # 10 rows, the blank line and the totals row
    assert columns.preview_model.headerData(0, Qt.Orientation.Vertical, Qt.ItemDataRole.DisplayRole) == "2"
    assert "Skipped" in columns.preview_model.skip_reason(11)
    assert next_enabled(wizard)

    next_to_check(qtbot, wizard)
    report = wizard.state.check
    assert report is not None and report.ok and report.problems == []
    assert (report.new, report.changed, report.unchanged) == (10, 0, 0)
    assert report.skipped.summary == [13] and report.skipped.blank == 1
    page = wizard.check_page
    assert page.headline.text() == "Ready to import: 10 new, 0 changed, 0 unchanged."
    assert "summary rows (合计/Total) 13" in page.report_view.skipped_label.text()
    assert page.report_view.skipped_n.text() == "2"
    assert next_enabled(wizard)

    next_to_import(qtbot, wizard)
    result = wizard.state.result
    assert result is not None and result.written and result.import_id is not None
    assert wizard.import_page.headline.text() == "Imported: 10 new, 0 changed, 0 unchanged."
    assert f"Import {result.import_id} (外呼日报.csv)" in wizard.import_page.details.text()
    assert changed and changed[-1] == team.id  # the window (and the dashboard) were told

    period = DateRange(*DAYS)
    with demo_db.session() as s:
        per_rep = {k.label.split("(")[-1].rstrip(")"): k.totals for k in by_rep(s, team.id, period)}
        days = daily_points(s, team.id, period)
    for eid in {r[1] for r in rows}:
        mine = [r for r in rows if r[1] == eid]
        t = per_rep[eid]
        assert (t.calls, t.connected, t.talk_seconds, t.deals) == tuple(sum(r[k] for r in mine) for k in (3, 4, 5, 6))
        assert t.revenue_cents == sum(to_cents(Decimal(r[7])) for r in mine)
    assert sum(p.totals.calls for p in days) == totals[0]
    assert sum(p.totals.talk_seconds for p in days) == totals[2]
    assert sum(p.totals.revenue_cents for p in days) == revenue

    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.isVisible() and finish.isEnabled()
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    assert not wizard.isVisible()


def test_unrecognised_column_forces_the_mapping_step(window, qtbot, tmp_path, demo_db) -> None:
    team = storming(window)
    rows = figures_rows(window, team.id, 3)
    lines = ["日期,工号,姓名,拨出电话,接通次数,通话时长(分钟),签单数,成交金额(元)"]
    lines += [f"{slash(d)},{e},{n},{c},{k},{t // 60},{s},{r}" for d, e, n, c, k, t, s, r in rows]
    path = write_gbk(tmp_path / "export.csv", lines)

    wizard = open_wizard(window, qtbot)
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    columns = wizard.columns_page
    assert wizard.currentId() == COLUMNS_PAGE
    assert columns.combos[Field.CALLS].currentText() == "Choose a column…"
    assert not next_enabled(wizard)
    assert "Calls" in columns.status_label.text()
    wizard.next()  # refused while a needed field is unmapped
    assert wizard.currentId() == COLUMNS_PAGE
    assert columns.unit_combo.currentData() == "minutes"  # from the header 通话时长(分钟)

    choose(columns.combos[Field.CALLS], "接通次数")  # the same column twice is refused too
    assert not next_enabled(wizard)
    assert "more than one field" in columns.status_label.text()
    choose(columns.combos[Field.CALLS], "拨出电话")
    assert next_enabled(wizard)

    wizard.back()  # going back and forth keeps the choice
    assert wizard.currentId() == FILE_PAGE
    wizard.next()
    assert columns.choice(Field.CALLS) == "拨出电话"

    next_to_check(qtbot, wizard)
    assert wizard.state.check.ok
    next_to_import(qtbot, wizard)
    assert wizard.state.result.written
    with demo_db.session() as s:
        talk = sum(p.totals.talk_seconds for p in daily_points(s, team.id, DateRange(*DAYS)))
        calls = sum(p.totals.calls for p in daily_points(s, team.id, DateRange(*DAYS)))
    assert talk == sum(t // 60 * 60 for *_, t, _s, _r in rows)
    assert calls == sum(r[3] for r in rows)


def test_talk_time_unit_can_be_changed(window, qtbot, tmp_path, demo_db) -> None:
    team = storming(window)
    path = write_gbk(tmp_path / "units.csv", ["日期,工号,外呼量,接通次数,通话时长,签单数,成交金额",
                                              "2024-05-06,CN001,10,5,90,1,100"])
    wizard = open_wizard(window, qtbot)
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    columns = wizard.columns_page
    assert columns.unit_combo.currentData() == "seconds"
    choose(columns.unit_combo, "minutes")
    wizard.back()
    wizard.next()
    assert columns.unit_combo.currentData() == "minutes"  # kept when going back and forth
    next_to_check(qtbot, wizard)
    next_to_import(qtbot, wizard)
    with demo_db.session() as s:
        points = daily_points(s, team.id, DateRange(DAYS[0], DAYS[0]))
    assert points[0].totals.talk_seconds == 90 * 60


def test_one_bad_cell_is_shown_with_row_and_column_and_nothing_changes(window, qtbot, tmp_path, demo_db) -> None:
    team = storming(window)
    rows = figures_rows(window, team.id, 3)
    lines = [HEADERS, *csv_lines(rows)]
    bad = lines[3].split(",")
    bad[4] = "12a"  # row 4 of the file, column 接通次数
    lines[3] = ",".join(bad)
    path = write_gbk(tmp_path / "bad.csv", lines)
    before = dump_tables(demo_db)

    wizard = open_wizard(window, qtbot)
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    next_to_check(qtbot, wizard)
    page = wizard.check_page
    view = page.report_view
    assert view.problems_view.isVisibleTo(wizard)
    assert view.problems_view.model().rowCount() == 1
    shown = [view.problems_view.model().index(0, c).data() for c in range(4)]
    assert shown == ["4", "接通次数", "12a", "is not a number"]
    assert page.headline.text() == "1 problem found: the file cannot be imported yet."
    assert "Check Again" in page.explain.text()
    assert not next_enabled(wizard)
    wizard.next()  # refused
    assert wizard.currentId() == CHECK_PAGE
    assert dump_tables(demo_db) == before

    lines[3] = ",".join([*bad[:4], "12", *bad[5:]])  # fix the file, check again
    write_gbk(path, lines)
    with qtbot.waitSignal(wizard.checkFinished, timeout=TIMEOUT):
        qtbot.mouseClick(page.again_button, Qt.MouseButton.LeftButton)
    assert wizard.state.check.ok and next_enabled(wizard)
    wizard.reject()
    assert dump_tables(demo_db) == before


def test_cancel_during_import_leaves_the_database_unchanged(window, qtbot, tmp_path, demo_db, monkeypatch) -> None:
    team = storming(window)
    members = [m for m in window.editor.members(team.id) if m.employee_id.startswith("CN")][:10]
    start = dt.date(2023, 1, 1)
    lines = [HEADERS] + [f"{start + dt.timedelta(days=d)},{m.employee_id},{m.name},50,20,900,1,99.5"
                         for d in range(300) for m in members]  # 3000 rows
    path = write_gbk(tmp_path / "big.csv", lines)
    monkeypatch.setattr(activity_import, "BATCH", 100)
    wizard = open_wizard(window, qtbot)
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    next_to_check(qtbot, wizard)
    assert wizard.state.check.new == 3000

    staged, go_on = threading.Event(), threading.Event()
    insert = activity_import._insert_staging

    def slow_insert(conn, rows):  # the worker waits after its first batch until the test has clicked Cancel
        insert(conn, rows)
        staged.set()
        go_on.wait(10)

    monkeypatch.setattr(activity_import, "_insert_staging", slow_insert)
    before = dump_tables(demo_db)
    wizard.next()
    assert wizard.currentId() == IMPORT_PAGE
    page = wizard.import_page
    assert staged.wait(10)
    assert page.panel.isVisible() and not next_enabled_finish(wizard)
    with qtbot.waitSignal(wizard.importFinished, timeout=TIMEOUT):
        qtbot.mouseClick(page.panel.cancel_button, Qt.MouseButton.LeftButton)
        go_on.set()
    assert page.outcome == "cancelled"
    assert page.headline.text() == "Import cancelled. Nothing was changed."
    assert page.again_button.isVisible()
    assert wait_for_tasks(10_000)
    assert dump_tables(demo_db) == before


def next_enabled_finish(wizard: ImportWizard) -> bool:
    return wizard.button(QWizard.WizardButton.FinishButton).isEnabled()


def test_closing_the_wizard_during_import_cancels_it(window, qtbot, tmp_path, demo_db, monkeypatch) -> None:
    team = storming(window)
    rows = figures_rows(window, team.id, 5)
    path = write_gbk(tmp_path / "close.csv", [HEADERS, *csv_lines(rows)])
    monkeypatch.setattr(activity_import, "BATCH", 2)
    wizard = open_wizard(window, qtbot)
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    next_to_check(qtbot, wizard)
    staged, go_on = threading.Event(), threading.Event()
    insert = activity_import._insert_staging

    def slow_insert(conn, rows):
        insert(conn, rows)
        staged.set()
        go_on.wait(10)

    monkeypatch.setattr(activity_import, "_insert_staging", slow_insert)
    before = dump_tables(demo_db)
    wizard.next()
    assert staged.wait(10)
    wizard.reject()  # Esc / the window's close button
    assert wizard.isVisible()  # waits for the worker to roll back
    go_on.set()
    qtbot.waitUntil(lambda: not isValid(wizard) or not wizard.isVisible(), timeout=TIMEOUT)  # closed, deleted
    assert wait_for_tasks(10_000)
    assert dump_tables(demo_db) == before


@pytest.mark.parametrize("decision", ["create", "leave_out"])
def test_reps_not_in_the_team(window, qtbot, tmp_path, demo_db, decision: str) -> None:
    team = storming(window)
    window.editor.create_group(team.id, GroupDraft("新星队", "", ""))
    assert window.editor.undo_stack.count() == 1
    lines = [HEADERS, "2024/5/6,CN001,x,50,20,900,1,99.5", "2024/5/6,NEW901,王小明,40,10,600,0,0",
             "2024/5/8,NEW901,王小明,41,11,601,1,10", "2024/5/7,NEW902,李小红,30,10,300,0,0"]
    path = write_gbk(tmp_path / "new-reps.csv", lines)
    wizard = open_wizard(window, qtbot)
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    next_to_check(qtbot, wizard)
    page = wizard.check_page
    assert page.reps_box.isVisibleTo(wizard)
    assert "2 people in the file are not on the roster of 城南电销二部" in page.reps_text.text()
    assert page.report_view.unknown.rowCount() == 2
    assert not next_enabled(wizard)

    radio = page.create_radio if decision == "create" else page.leave_out_radio
    with qtbot.waitSignal(wizard.checkFinished, timeout=TIMEOUT):
        qtbot.mouseClick(radio, Qt.MouseButton.LeftButton)
    report = wizard.state.check
    assert report.ok and next_enabled(wizard)
    if decision == "create":
        assert (report.new, report.skipped_unknown) == (4, 0)
        assert "2 reps will be added" in page.explain.text()
    else:
        assert (report.new, report.skipped_unknown) == (1, 3)

    next_to_import(qtbot, wizard)
    result = wizard.state.result
    assert result.written
    members = {m.employee_id: m for m in window.editor.members(team.id)}
    if decision == "create":
        assert [m.label for m in result.created_members] == ["王小明 (NEW901)", "李小红 (NEW902)"]
        assert members["NEW901"].hired_on == dt.date(2024, 5, 6)  # the first day seen
        assert members["NEW902"].name == "李小红"
        assert window.editor.undo_stack.count() == 0  # their undo is "Undo Import"
        assert "Added to the team" in wizard.import_page.details.text()
    else:
        assert "NEW901" not in members
        assert window.editor.undo_stack.count() == 1


def test_file_errors_are_plain_sentences(window, qtbot, tmp_path, demo_db) -> None:
    storming(window)
    wizard = open_wizard(window, qtbot)
    page = wizard.file_page
    page.path_edit.setText(str(tmp_path / "missing.csv"))
    wizard.next()
    assert wizard.currentId() == FILE_PAGE
    assert page.error_label.isVisibleTo(wizard)
    assert page.error_label.text() == f"There is no file at {tmp_path / 'missing.csv'}."

    path = write_gbk(tmp_path / "gbk.csv", [HEADERS, "2024/5/6,CN001,张三,1,1,1,0,0"])
    page.path_edit.setText(str(path))
    page.detect()
    choose(page.encoding_combo, "UTF-8")
    wizard.next()
    assert wizard.currentId() == FILE_PAGE
    assert page.error_label.text().startswith("The file could not be read: ")
    assert "not valid utf-8" in page.error_label.text() and "choose another encoding" in page.error_label.text()
    assert "Traceback" not in page.error_label.text()

    old = tmp_path / "old.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0")
    page.path_edit.setText(str(old))
    wizard.next()
    assert "save the sheet as .xlsx or CSV" in page.error_label.text()

    choose(page.encoding_combo, page.encoding_combo.itemText(0))
    page.path_edit.setText(str(path))
    page.detect()
    choose(page.encoding_combo, "GB18030")
    wizard.next()
    assert wizard.currentId() == COLUMNS_PAGE
    assert wizard.state.encoding == "gb18030"


def test_team_deleted_meanwhile_is_reported(window, qtbot, tmp_path, demo_db) -> None:
    team = storming(window)
    path = write_gbk(tmp_path / "a.csv", [HEADERS, "2024/5/6,CN001,张三,1,1,1,0,0"])
    wizard = open_wizard(window, qtbot)
    wizard.state.team_id = 999_999  # as if the team had been deleted in another window
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    next_to_check(qtbot, wizard)
    page = wizard.check_page
    assert page.error_label.isVisibleTo(wizard)
    assert page.error_label.text().startswith("Team:")
    assert page.headline.text() == "The file could not be checked."
    assert not next_enabled(wizard)
    assert team is not None


def test_xlsx_workbook(window, qtbot, tmp_path, demo_db) -> None:
    from openpyxl import Workbook

    team = storming(window)
    book = Workbook()
    sheet = book.active
    sheet.append(["日期", "坐席工号", "姓名", "外呼量", "接通次数", "通话时长", "签单数", "成交金额(元)", "意向客户"])
    sheet.append([dt.datetime(2024, 5, 6), "CN001", "x", 60, 20, "0:15:00", 2, 1234.5, 3])
    sheet.append(["合计", None, None, 60, 20, None, 2, 1234.5, 3])
    path = tmp_path / "日报.xlsx"
    book.save(path)
    wizard = open_wizard(window, qtbot)
    wizard.file_page.path_edit.setText(str(path))
    wizard.file_page.detect()
    assert not wizard.file_page.encoding_combo.isEnabled()
    wizard.next()
    assert wizard.columns_page.choice(Field.INTENT) == "意向客户"
    assert wizard.columns_page.preview_model.index(0, 0).data() == "2024-05-06"
    next_to_check(qtbot, wizard)
    assert wizard.state.check.skipped.summary == [3]
    next_to_import(qtbot, wizard)
    with demo_db.session() as s:
        t = by_rep(s, team.id, DateRange(DAYS[0], DAYS[0]))[0].totals
    assert (t.calls, t.connected, t.talk_seconds, t.deals, t.revenue_cents) == (60, 20, 900, 2, 123450)


def test_file_edited_after_mapping_sends_the_user_back_to_the_columns(window, qtbot, tmp_path, demo_db) -> None:
    storming(window)
    path = write_gbk(tmp_path / "edited.csv", [HEADERS, "2024/5/6,CN001,张三,50,20,900,1,99.5"])
    wizard = open_wizard(window, qtbot)
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    write_gbk(path, ["日期,坐席工号,外呼量,接通次数,通话时长(秒),签单数,成交金额(元),备注",
                     "2024/5/6,CN001,50,20,900,1,99.5,ok"])
    next_to_check(qtbot, wizard)
    page = wizard.check_page
    assert page.error_label.text() == ("The columns of the file changed since you chose them. Go Back to check "
                                       "the columns.")
    assert not next_enabled(wizard)
    wizard.back()
    columns = wizard.columns_page
    assert wizard.currentId() == COLUMNS_PAGE
    assert columns.preview_model.headers[-1] == "备注"
    assert columns.choice(Field.NAME) is None and columns.choice(Field.CALLS) == "外呼量"
    next_to_check(qtbot, wizard)
    assert wizard.state.check.ok


def test_language_switch_keeps_every_choice(window, qtbot, tmp_path, demo_db, translations) -> None:
    storming(window)
    path = write_gbk(tmp_path / "lang.csv", [HEADERS, "2024/5/6,CN001,张三,50,20,900,1,99.5"])
    wizard = open_wizard(window, qtbot)
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    choose(wizard.columns_page.combos[Field.NAME], "(not in this file)")
    choose(wizard.columns_page.unit_combo, "minutes")
    next_to_check(qtbot, wizard)
    translations.apply("zh_CN")
    translations.apply("en")
    assert wizard.check_page.headline.text() == "Ready to import: 1 new, 0 changed, 0 unchanged."
    assert wizard.columns_page.choice(Field.NAME) is None
    assert wizard.columns_page.unit_combo.currentData() == "minutes"
    assert wizard.file_page.encoding_combo.itemText(0) == "Detected (GB18030)"
    assert next_enabled(wizard)
