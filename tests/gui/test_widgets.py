"""The shared widgets: fill() for %1 placeholders, the item-data roles and the validating dialog base."""

from __future__ import annotations

import pytest

from coachdesk.gui.widgets.text import fill


@pytest.mark.parametrize(("template", "values", "expected"), [
    ("%1 of %2 teams", (3, 7), "3 of 7 teams"),
    ("%2 的 %1", ("a", "b"), "b 的 a"),  # a translation may put the placeholders in another order
    ("%1 and again %1", ("x",), "x and again x"),  # every occurrence of a number takes the same value
    ("%1 then %2", ("%2", "two"), "%2 then two"),  # one pass: a value holding "%2" is not filled again
    ("%1 then %2", ("%1%2", "two"), "%1%2 then two"),
    ("only %1, %2 stays", ("one",), "only one, %2 stays"),  # fewer values: the higher placeholders stay
    ("%1", ("a", "b"), "a"),  # more values than placeholders: the rest are not used
    ("no placeholder", ("a",), "no placeholder"),
    ("%1 day(s) · %3", (5, "2024-05-06"), "5 day(s) · 2024-05-06"),  # as QString.arg: lowest first, gaps skipped
    ("%9 > %1", ("low", "high"), "high > low"),
    ("%10 and %1", ("a", "b"), "b and a"),  # two digits are one placeholder, as in Qt
    ("100 % sure, %0 is not one", ("a",), "100 % sure, %0 is not one"),
    ("%1 %", (12.5,), "12.5 %"),  # values are turned into text
])
def test_fill_replaces_placeholders_as_qstring_arg(template: str, values: tuple[object, ...], expected: str) -> None:
    assert fill(template, *values) == expected


def test_fill_gives_what_the_chained_replacements_gave() -> None:
    """The app's templates number their placeholders %1..%n; for them fill() is the old chain of replaces."""
    template = "%1 · formed %2 (%3 days ago) · %4 active members, %5 left · %6 groups"
    values = ("手机卡", "2024-01-02", 120, 9, 2, 3)
    chained = template
    for number, value in enumerate(values, start=1):
        chained = chained.replace(f"%{number}", str(value))
    assert fill(template, *values) == chained


# ---------------------------------------------------------------- item-data roles


def test_item_roles_are_distinct_user_roles() -> None:
    from PySide6.QtCore import Qt

    from coachdesk.gui.widgets.roles import ItemRole

    values = [int(role) for role in ItemRole]
    assert len(set(values)) == len(values)
    assert min(values) == int(Qt.ItemDataRole.UserRole) == ItemRole.ID  # a combo box's data role


def test_item_roles_work_as_qt_roles(qapp) -> None:
    from PySide6.QtGui import QStandardItem

    from coachdesk.gui.widgets.roles import ItemRole

    item = QStandardItem("x")
    item.setData(42, ItemRole.MEMBER_ID)
    item.setData("b", ItemRole.SORT)
    assert item.data(ItemRole.MEMBER_ID) == 42 and item.data(ItemRole.SORT) == "b"


# ---------------------------------------------------------------- the validating dialog


def make_name_dialog(qtbot, submit):
    from PySide6.QtWidgets import QFormLayout, QLineEdit

    from coachdesk.gui.widgets.validating_dialog import ValidatingDialog

    class Dialog(ValidatingDialog):
        def __init__(self) -> None:
            super().__init__(submit)
            self.name = QLineEdit()
            self.goal = QLineEdit()
            self.field_widgets.update(name=self.name, goal=self.goal)
            form = QFormLayout(self)
            form.addRow("Name", self.name)
            form.addRow("Goal", self.goal)
            form.addRow(self.error_label)
            form.addRow(self.buttons)

        def draft(self) -> tuple[str, str]:
            return self.name.text(), self.goal.text()

        def field_labels(self) -> dict[str, str]:
            return {"goal": "Monthly goal"}

    dialog = Dialog()
    qtbot.add_widget(dialog)
    dialog.show()
    return dialog


def test_validation_error_keeps_the_dialog_open_with_the_input_and_marks_the_field(qtbot) -> None:
    from coachdesk.core.common.validation import FieldError, ValidationError

    submitted: list[tuple[str, str]] = []

    def submit(draft: tuple[str, str]) -> int:
        submitted.append(draft)
        if not draft[0].strip():
            raise ValidationError([FieldError("name", "must not be empty", "required"),
                                   FieldError("goal", "is 300 characters long", "too_long", {"length": 300,
                                                                                           "max": 200})])
        return 7

    dialog = make_name_dialog(qtbot, submit)
    dialog.goal.setText("x" * 300)
    dialog.ok_button.click()
    assert dialog.isVisible() and dialog.result() == 0  # still open
    assert dialog.goal.text() == "x" * 300  # what the user typed is kept
    assert dialog.error_label.isVisible()
    assert dialog.error_label.text().splitlines() == [
        "Name: this field is required",  # describe()'s own name of a roster field
        "Monthly goal: 300 characters is too long; at most 200 are allowed",  # the dialog's label
    ]
    assert dialog.name.property("invalid") and dialog.goal.property("invalid")
    assert dialog.focusWidget() is dialog.name  # the first field with a problem
    dialog.name.setText("Tigers")
    dialog.ok_button.click()
    assert not dialog.isVisible() and dialog.result() == 1 and dialog.result_value == 7
    assert not dialog.name.property("invalid") and dialog.error_label.isHidden()
    assert submitted[-1] == ("Tigers", "x" * 300)


def test_not_found_is_shown_like_a_field_error(qtbot) -> None:
    from coachdesk.core.common.validation import NotFoundError

    def submit(draft: tuple[str, str]) -> None:
        raise NotFoundError("name", "no such team", value=draft[0])

    dialog = make_name_dialog(qtbot, submit)
    dialog.name.setText("Lions")
    dialog.ok_button.click()
    assert dialog.isVisible()
    assert dialog.error_label.text() == "Name: “Lions” was not found"
    assert dialog.name.property("invalid") and not dialog.goal.property("invalid")


def test_code_texts_fill_known_codes_and_keep_english_for_unknown_ones() -> None:
    from coachdesk.gui.widgets.text import CodeTexts

    texts = CodeTexts({"x.later": (lambda: "%2 before %1", ("first", "second"))})
    assert "x.later" in texts and "x.other" not in texts
    assert texts.text("x.later", {"first": 41, "second": "42"}, "english") == "42 before 41"
    assert texts.text("x.later", {}, "english") == " before "  # a missing param fills as empty, as before
    assert texts.text("x.other", {"first": 1}, "english") == "english"
