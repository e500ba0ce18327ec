"""The playbook browser: stage tabs, filter, detail; edits with inline validation, own practices, restoring
defaults — each undoable — on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from coachdesk.core.lifecycle.playbook import default_playbook
from coachdesk.core.lifecycle.stages import Stage
from coachdesk.gui.lifecycle.playbook_model import PracticesModel
from coachdesk.gui.lifecycle.playbook_panel import PlaybookPanel
from coachdesk.store.lifecycle import playbooks
from tests.conftest import dump_tables
from tests.gui.lifecycle_panel_support import Team, make_team, show

PRACTICE = "storming-fair-lead-rules"
DEFAULT_TITLE = default_playbook().get(PRACTICE).title["en"]


@pytest.fixture
def team(db, translations) -> Team:
    return make_team(db)


@pytest.fixture
def panel(qtbot, team: Team) -> PlaybookPanel:
    widget = PlaybookPanel(team.context)
    show(qtbot, widget, 1000, 640)
    widget.set_team(team.team_id)
    return widget


def shown_title(panel: PlaybookPanel) -> str:
    index = panel.table.selectionModel().currentIndex()
    return index.siblingAtColumn(PracticesModel.TITLE).data()


def marker(panel: PlaybookPanel) -> str:
    return panel.table.selectionModel().currentIndex().siblingAtColumn(PracticesModel.MARKER).data()


def test_stage_tabs_filter_and_show_practice(panel: PlaybookPanel) -> None:
    assert panel.stage() is Stage.FORMING
    assert panel.proxy.rowCount() == len(default_playbook().for_stage(Stage.FORMING))
    panel.show_practice(PRACTICE)
    assert panel.stage() is Stage.STORMING
    assert panel.selected_id() == PRACTICE
    assert shown_title(panel) == DEFAULT_TITLE
    html = panel.detail.toHtml()
    assert DEFAULT_TITLE in html and "Call volume" in html and "Connect-rate trend" in html
    panel.filter_edit.setText("deduplicate list")
    kept = [panel.proxy.index(r, 0).data() for r in range(panel.proxy.rowCount())]
    assert DEFAULT_TITLE in kept and 0 < len(kept) < panel.model.rowCount()
    panel.filter_edit.setText("no such words anywhere")
    assert panel.proxy.rowCount() == 0 and not panel.edit_button.isEnabled()
    panel.show_practice("performing-coach-not-direct")  # clears the filter that hid it
    assert panel.filter_edit.text() == "" and panel.stage() is Stage.PERFORMING
    assert panel.selected_id() == "performing-coach-not-direct"


def test_edit_changes_the_title_restore_and_undo_bring_it_back(panel: PlaybookPanel, team: Team) -> None:
    panel.show_practice(PRACTICE)
    dialog = panel.edit_practice()
    assert dialog is not None and dialog.titles["zh"].text() == "让客户分配公平透明"
    dialog.titles["en"].setText("Share out leads fairly")
    dialog.hows["en"].setPlainText("Deduplicate the lists\n\n  Rotate new leads in equal batches  \n")
    dialog.accept()
    assert not dialog.isVisible()
    assert shown_title(panel) == "Share out leads fairly" and marker(panel) == "edited"
    assert "Rotate new leads in equal batches" in panel.detail.toHtml()
    with team.database.session() as s:
        stored = playbooks.effective_playbook(s).get(PRACTICE)
    assert stored.steps("en") == ("Deduplicate the lists", "Rotate new leads in equal batches")

    team.context.undo_stack.undo()
    assert shown_title(panel) == DEFAULT_TITLE and marker(panel) == ""
    team.context.undo_stack.redo()
    assert shown_title(panel) == "Share out leads fairly"
    assert panel.restore_button.isEnabled()
    panel.restore_button.click()
    assert shown_title(panel) == DEFAULT_TITLE and not panel.restore_button.isEnabled()
    team.context.undo_stack.undo()  # the edit is back
    assert shown_title(panel) == "Share out leads fairly"


def test_validation_errors_are_shown_inline_and_the_dialog_keeps_the_input(panel: PlaybookPanel, team: Team,
                                                                          qtbot) -> None:
    panel.show_practice(PRACTICE)
    before = dump_tables(team.database)
    dialog = panel.edit_practice()
    dialog.titles["zh"].setText("  ")
    dialog.hows["en"].setPlainText("\n \n")
    dialog.titles["en"].setText("Typed and kept")
    dialog.accept()
    assert dialog.isVisible()
    text = dialog.error_label.text()
    assert "Title (Chinese)" in text and "How (English)" in text
    assert dialog.titles["zh"].property("invalid") is True and dialog.hows["en"].property("invalid") is True
    assert dialog.titles["en"].property("invalid") is False
    assert dialog.titles["en"].text() == "Typed and kept"
    assert dump_tables(team.database) == before
    assert team.context.undo_stack.count() == 0
    dialog.reject()


def test_new_own_practice_then_remove_and_undo(panel: PlaybookPanel, team: Team) -> None:
    panel.stage_tabs.setCurrentIndex(2)
    dialog = panel.new_practice()
    assert dialog.practice.id == "custom-norming-1" and dialog.practice.custom
    for lang, title in (("en", "Friday thank-you round"), ("zh", "周五感谢环节")):
        dialog.titles[lang].setText(title)
        dialog.whys[lang].setPlainText("Recognition keeps the norms alive." if lang == "en" else "认可让规范延续。")
        dialog.hows[lang].setPlainText("Each rep thanks one colleague\nThe manager closes" if lang == "en"
                                       else "每人感谢一位同事\n经理总结")
    dialog.signal_boxes["survey"].setChecked(True)
    dialog.accept()
    assert not dialog.isVisible()
    assert panel.selected_id() == "custom-norming-1"
    assert shown_title(panel) == "Friday thank-you round" and marker(panel) == "own"
    panel.restore_button.click()  # an own practice is removed
    assert panel.model.row_of("custom-norming-1") == -1
    team.context.undo_stack.undo()
    assert panel.model.row_of("custom-norming-1") >= 0
    team.context.undo_stack.undo()
    assert panel.model.row_of("custom-norming-1") == -1


def test_restore_all_defaults_asks_and_is_undoable(panel: PlaybookPanel, team: Team, monkeypatch) -> None:
    panel.show_practice(PRACTICE)
    dialog = panel.edit_practice()
    dialog.titles["en"].setText("Edited once")
    dialog.accept()
    panel.show_practice("forming-script-drill")
    dialog = panel.edit_practice()
    dialog.titles["en"].setText("Edited twice")
    dialog.accept()
    assert panel.edited == {PRACTICE, "forming-script-drill"}
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    panel.restore_all_button.click()
    assert panel.edited == {PRACTICE, "forming-script-drill"}
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    panel.restore_all_button.click()
    assert panel.edited == set() and shown_title(panel) == default_playbook().get("forming-script-drill").title["en"]
    team.context.undo_stack.undo()
    assert panel.edited == {PRACTICE, "forming-script-drill"} and shown_title(panel) == "Edited twice"


def test_content_follows_the_language(panel: PlaybookPanel, translations) -> None:
    from PySide6.QtWidgets import QApplication

    panel.show_practice(PRACTICE)
    translations.apply("zh_CN")
    QApplication.processEvents()
    assert shown_title(panel) == "让客户分配公平透明"
    assert "让客户分配公平透明" in panel.detail.toHtml() and "电话量变化" in panel.detail.toHtml()
    translations.apply("en")
    QApplication.processEvents()
    assert shown_title(panel) == DEFAULT_TITLE
