"""The team page's Reports tab on real widgets, with stand-in builders that write real small PDFs
(tests/gui/report_builders.py): the preview shows every page, Cancel leaves nothing behind, a failing builder's
message shows, the form's sections, language and paper reach the builder, Save As copies the file, Print renders
every chosen page onto a QPrinter (a PDF here, counted with pypdf), Ctrl+P prints from anywhere, and Chinese."""

from __future__ import annotations

import re
import threading
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from coachdesk.gui.reports.builders import ReportKind
from coachdesk.gui.reports.reports_tab import ReportsTab
from coachdesk.gui.widgets.tasks import wait_for_tasks
from coachdesk.reports.document import Paper
from coachdesk.reports.options import ALL_SECTIONS, PlanSection
from tests.conftest import DEMO_DAY

from .report_builders import FakeBuilders

CJK = re.compile(r"[\u4e00-\u9fff]")
BUILD_SPEC = Path(__file__).resolve().parents[2] / "build.spec"


@pytest.fixture
def fake() -> FakeBuilders:
    return FakeBuilders(pages=3)


@pytest.fixture
def tab(window, fake: FakeBuilders) -> ReportsTab:
    wait_for_tasks()
    window.lifecycle.set_today(lambda: DEMO_DAY)
    reports = window.team_page.reports
    assert isinstance(reports, ReportsTab)
    reports.builders = fake.builders()
    window.team_page.tabs.setCurrentWidget(reports)
    reports.form.follow_today()
    return reports


def generate(qtbot, tab: ReportsTab) -> object:
    with qtbot.waitSignal(tab.generated, timeout=20_000) as blocker:
        tab.generate()
    return blocker.args[0]


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_generate_previews_every_page(qtbot, window, tab: ReportsTab, fake: FakeBuilders) -> None:
    team = window.current_team()
    assert not tab.print_button.isEnabled() and not tab.save_button.isEnabled()
    assert tab.preview.stack.currentWidget() is tab.preview.hint
    report = generate(qtbot, tab)
    assert report is tab.report and report is not None
    assert tab.preview.page_count == 3 and tab.preview.stack.currentWidget() is tab.preview.view
    assert tab.preview.view.pageMode() == QPdfView.PageMode.MultiPage
    assert tab.preview.page_label.text() == "Page 1 of 3"
    assert tab.status.text() == f"Coaching plan for {team.name} · 3 pages"
    assert tab.print_button.isEnabled() and tab.save_button.isEnabled() and tab.error.isHidden()
    kind, team_id, options, out = fake.calls[-1]
    assert (kind, team_id, out) == ("plan", team.id, tab.report.path) and out.is_file()
    assert options.as_of == DEMO_DAY and options.sections == ALL_SECTIONS
    assert options.language == "en" and options.paper is Paper.A4
    assert len(PdfReader(out).pages) == 3


def test_ctrl_enter_generates_and_a_new_report_replaces_the_old_file(qtbot, tab: ReportsTab,
                                                                   fake: FakeBuilders) -> None:
    first = generate(qtbot, tab)
    tab.window().activateWindow()
    tab.form.kind_combo.setFocus()
    fake.pages = 5
    with qtbot.waitSignal(tab.generated, timeout=20_000):
        qtbot.keyClick(tab.form.kind_combo, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert tab.preview.page_count == 5 and tab.report is not first
    assert not first.path.exists() and tab.report.path.exists()  # the temp folder keeps only what is shown


def test_zoom_in_out_and_fit_width(qtbot, tab: ReportsTab) -> None:
    generate(qtbot, tab)
    preview = tab.preview
    assert preview.view.zoomMode() == QPdfView.ZoomMode.FitToWidth and preview.fit_button.isChecked()
    preview.zoom_in_button.click()
    zoomed = preview.view.zoomFactor()
    assert preview.view.zoomMode() == QPdfView.ZoomMode.Custom and not preview.fit_button.isChecked()
    preview.zoom_out_button.click()
    assert preview.view.zoomFactor() < zoomed
    preview.fit_button.click()
    assert preview.view.zoomMode() == QPdfView.ZoomMode.FitToWidth and preview.fit_button.isChecked()


def test_cancel_during_generation_leaves_no_preview_and_no_error(qtbot, tab: ReportsTab, fake: FakeBuilders) -> None:
    fake.gate = threading.Event()
    with qtbot.waitSignal(tab.generated, timeout=20_000) as blocker:
        tab.generate()
        assert tab.tasks.isVisible() and not tab.generate_button.isEnabled()
        tab.tasks.cancel_button.click()
        fake.gate.set()
    assert blocker.args == [None]
    assert tab.report is None and tab.preview.page_count == 0 and tab.error.isHidden()
    assert tab.status.text() == "Generating was cancelled." and tab.tasks.isHidden()
    assert not fake.calls[-1][3].exists() and tab.generate_button.isEnabled()


def test_a_failing_builder_shows_its_message(qtbot, tab: ReportsTab, fake: FakeBuilders) -> None:
    fake.error = RuntimeError("no activity recorded before 2025-06-30")
    assert generate(qtbot, tab) is None
    assert tab.error.isVisible() and "no activity recorded before 2025-06-30" in tab.error.text()
    assert tab.report is None and tab.preview.page_count == 0 and not tab.print_button.isEnabled()
    fake.error = None
    assert generate(qtbot, tab) is not None and tab.error.isHidden()


def test_a_file_the_viewer_cannot_read_is_an_error(qtbot, tab: ReportsTab, fake: FakeBuilders) -> None:
    real = fake.plan

    def broken(db, team_id, options, out, *, progress=None, cancel=None):
        report = real(db, team_id, options, out, progress=progress, cancel=cancel)
        out.write_bytes(b"not a pdf")
        return report

    tab.builders = type(tab.builders)(plan=broken, poster=fake.poster)
    assert generate(qtbot, tab) is None
    assert tab.error.isVisible() and tab.report is None and tab.preview.stack.currentWidget() is tab.preview.hint


def test_unchecked_sections_reach_the_builder_and_the_poster_has_none(qtbot, tab: ReportsTab,
                                                                     fake: FakeBuilders) -> None:
    tab.form.section_boxes[PlanSection.DRILLS].setChecked(False)
    tab.form.section_boxes[PlanSection.GROUPS].setChecked(False)
    generate(qtbot, tab)
    assert fake.calls[-1][2].sections == ALL_SECTIONS - {PlanSection.DRILLS, PlanSection.GROUPS}
    tab.form.set_kind(ReportKind.POSTER)
    assert not tab.form.sections_group.isEnabled()
    combo = tab.form.paper_combo
    assert [combo.itemData(i) for i in range(combo.count())] == [Paper.A4, Paper.A3]
    assert [combo.itemText(i) for i in range(combo.count())] == ["A4 landscape", "A3 landscape"]
    tab.form.set_paper(Paper.A3)
    generate(qtbot, tab)
    kind, _team, options, out = fake.calls[-1]
    assert kind == "poster" and options.sections == frozenset() and options.paper is Paper.A3
    assert tab.preview.page_count == 1 and tab.status.text().startswith("Wall poster for ")
    box = PdfReader(out).pages[0].mediabox
    assert box.width > box.height  # landscape
    tab.form.set_kind(ReportKind.PLAN)
    assert tab.form.sections_group.isEnabled() and combo.itemData(combo.currentIndex()) == Paper.A4


def test_language_and_paper_reach_the_options(qtbot, tab: ReportsTab, fake: FakeBuilders) -> None:
    tab.form.set_language("zh")
    tab.form.set_paper(Paper.LETTER)
    generate(qtbot, tab)
    options, out = fake.calls[-1][2], fake.calls[-1][3]
    assert options.language == "zh" and options.paper is Paper.LETTER
    box = PdfReader(out).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def test_save_as_copies_the_file_and_remembers_the_folder(qtbot, window, tab: ReportsTab, tmp_path: Path) -> None:
    generate(qtbot, tab)
    suggested: list[str] = []
    target = tmp_path / "plans" / "my plan"
    target.parent.mkdir()
    tab.choose_save_path = lambda name: suggested.append(name) or str(target)
    with qtbot.waitSignal(tab.saved) as blocker:
        tab.save_button.click()
    saved = target.with_name("my plan.pdf")
    assert blocker.args == [saved] and saved.read_bytes() == tab.report.path.read_bytes()
    assert Path(suggested[0]).name == tab.report.path.name
    assert tab.settings is window.settings and window.settings.report_folder == str(saved.parent)
    tab.save_action.trigger()
    assert Path(suggested[1]).parent == saved.parent  # the dialog opens where the last PDF went
    tab.choose_save_path = lambda _name: str(tmp_path / "missing" / "x.pdf")
    tab.save_as()
    assert tab.error.isVisible() and "x.pdf" in tab.error.text()


def test_print_renders_every_page_onto_the_printer(qtbot, tab: ReportsTab, tmp_path: Path) -> None:
    generate(qtbot, tab)
    out = tmp_path / "printed.pdf"
    asked: list[tuple[int, int]] = []
    tab.make_printer = lambda: pdf_printer(out)

    def accept(printer: QPrinter, count: int, current: int) -> bool:
        asked.append((count, current))
        assert printer.pageLayout().pageSize().id() == printer.pageLayout().pageSize().PageSizeId.A4
        return True

    tab.ask_print = accept
    with qtbot.waitSignal(tab.printed) as blocker:
        tab.print_button.click()
    assert blocker.args == [3] and asked == [(3, 0)]
    reader = PdfReader(out)
    assert len(reader.pages) == 3
    assert reader.pages[0].images  # the page as pdfium rendered it


def test_print_respects_the_chosen_page_range(qtbot, tab: ReportsTab, tmp_path: Path) -> None:
    generate(qtbot, tab)
    out = tmp_path / "range.pdf"
    tab.make_printer = lambda: pdf_printer(out)

    def pages_two_to_three(printer: QPrinter, _count: int, _current: int) -> bool:
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(2, 3)
        return True

    tab.ask_print = pages_two_to_three
    with qtbot.waitSignal(tab.printed) as blocker:
        tab.print_report()
    assert blocker.args == [2] and len(PdfReader(out).pages) == 2
    tab.ask_print = lambda _p, _n, _c: False  # the dialog cancelled: nothing printed
    with qtbot.assertNotEmitted(tab.printed):
        tab.print_report()


def test_ctrl_p_prints_from_anywhere_generating_first(qtbot, window, tab: ReportsTab, fake: FakeBuilders,
                                                      tmp_path: Path) -> None:
    out = tmp_path / "ctrl-p.pdf"
    tab.make_printer = lambda: pdf_printer(out)
    tab.ask_print = lambda _p, _n, _c: True
    window.team_page.tabs.setCurrentWidget(window.team_page.members_view)
    action = window.reports_actions.print_plan
    assert action.shortcut() == QKeySequence("Ctrl+P") and action in window.file_menu.actions()
    with qtbot.waitSignal(tab.printed, timeout=20_000) as blocker:
        action.trigger()
    assert window.team_page.tabs.currentWidget() is tab and blocker.args == [3]
    assert len(fake.calls) == 1 and len(PdfReader(out).pages) == 3
    with qtbot.waitSignal(tab.printed):  # with a preview there, Ctrl+P prints it without building again
        action.trigger()
    assert len(fake.calls) == 1


def test_the_new_shortcuts_are_taken_once(window) -> None:
    keys = [seq.toString() for a in window.findChildren(QAction) for seq in a.shortcuts()]
    keys += [s.key().toString() for s in window.findChildren(QShortcut)]
    for key in ("Ctrl+P", "Ctrl+Shift+S"):
        assert keys.count(key) == 1, key
    survey_and_reports = [s for s in window.findChildren(QShortcut) if s.key().toString() == "Ctrl+Return"]
    assert all(s.context() == Qt.ShortcutContext.WidgetWithChildrenShortcut for s in survey_and_reports)


def test_another_team_starts_afresh(qtbot, window, tab: ReportsTab) -> None:
    generate(qtbot, tab)
    old = tab.report.path
    other = next(t for t in window.team_model.teams() if t.id != tab.team_id)
    window.select_team(other.id)
    assert tab.team_id == other.id and tab.report is None and tab.preview.page_count == 0 and not old.exists()


def test_the_tab_speaks_chinese(qtbot, window, tab: ReportsTab, translations) -> None:
    translations.apply("zh_CN")
    QApplication.processEvents()
    page = window.team_page
    assert page.tabs.tabText(page.tabs.indexOf(tab)) == "报告(&R)"
    form = tab.form
    texts = [label.text() for label in form.labels] + [form.kind_combo.itemText(i) for i in range(2)]
    texts += [box.text() for box in form.section_boxes.values()] + [form.sections_group.title()]
    texts += [form.paper_combo.itemText(1), tab.generate_button.text(), tab.print_button.text(),
              tab.save_button.text(), tab.open_button.text(), tab.preview.hint.text(), tab.preview.fit_button.text(),
              window.reports_actions.print_plan.text()]
    assert all(CJK.search(text) for text in texts), texts
    assert form.language_combo.currentData() == "zh"  # follows the UI language until the user picks one
    generate(qtbot, tab)
    assert CJK.search(tab.preview.page_label.text()) and CJK.search(tab.status.text())
    translations.apply("en")
    QApplication.processEvents()
    assert tab.generate_button.text() == "Ge&nerate" and form.language_combo.currentData() == "en"


def test_the_packaged_app_keeps_the_qt_modules_of_the_preview() -> None:
    spec = BUILD_SPEC.read_text(encoding="utf-8")
    keep = re.search(r"^KEEP_QT = \{(.*)\}$", spec, re.MULTILINE)
    assert keep is not None
    assert {"QtPdf", "QtPdfWidgets", "QtPrintSupport"} <= {m.strip(' "') for m in keep.group(1).split(",")}
    assert '"PySide6.QtPdf"' not in spec


def test_the_real_builders_preview_the_teams_plan_and_poster(qtbot, window, tab: ReportsTab) -> None:
    from coachdesk.gui.reports.builders import default_builders

    tab.builders = default_builders()
    report = generate(qtbot, tab)
    assert report is tab.report and tab.report is not None
    pages = len(PdfReader(tab.report.path).pages)
    assert pages >= 8 and tab.preview.page_count == pages == tab.report.pages
    assert tab.error.isHidden()


def test_printing_cancelled_between_pages_aborts_the_job(qtbot, tab: ReportsTab, tmp_path: Path) -> None:
    from coachdesk.core.common.progress import Cancelled
    from coachdesk.gui.reports.printing import print_file

    report = generate(qtbot, tab)
    assert tab.report is not None and report is tab.report
    printer = pdf_printer(tmp_path / "aborted.pdf")
    seen: list[int] = []
    with pytest.raises(Cancelled):
        print_file(tab.report.path, printer, [0, 1, 2], lambda done, _total: seen.append(done),
                   lambda: len(seen) >= 1)
    assert seen == [1]  # the first page went out, then the job was aborted
