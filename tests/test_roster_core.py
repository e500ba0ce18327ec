"""coachdesk.core.roster.model: drafts (cleaning and every error, by field), roles and tenure."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coachdesk.core.common.validation import BAD_FORMAT, DATE_ORDER, REQUIRED, TOO_LONG, ValidationError
from coachdesk.core.roster.model import (
    EMPLOYEE_ID_MAX,
    NAME_MAX,
    NOTES_MAX,
    TEXT_MAX,
    GroupDraft,
    GroupRow,
    LeaveDraft,
    MemberDraft,
    MemberRow,
    Role,
    TeamDraft,
    tenure_days,
)

DAY = dt.date(2024, 3, 1)


def errors_of(call) -> list[tuple[str, str]]:
    """(field, code) of every error the call raises, in order."""
    with pytest.raises(ValidationError) as info:
        call()
    return [(e.field, e.code) for e in info.value.errors]


# ---------------------------------------------------------------- Role


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("rep", Role.REP),
        (" REP ", Role.REP),
        ("group_leader", Role.GROUP_LEADER),
        ("Group Leader", Role.GROUP_LEADER),
        ("group-leader", Role.GROUP_LEADER),
        ("\u3000trainer", Role.TRAINER),
        ("Manager", Role.MANAGER),
    ],
)
def test_role_parse(text: str, role: Role) -> None:
    assert Role.parse(text) is role


@pytest.mark.parametrize("text", ["", "boss", "group leaderx", "销售"])
def test_role_parse_rejects_unknown_and_lists_choices(text: str) -> None:
    with pytest.raises(ValueError, match="rep, group_leader, trainer, manager"):
        Role.parse(text)


def test_role_sells() -> None:
    assert {r for r in Role if r.sells} == {Role.REP, Role.GROUP_LEADER}


def test_role_values_match_database_check() -> None:
    # members.role has CHECK role IN ('rep', 'group_leader', 'trainer', 'manager')
    assert [r.value for r in Role] == ["rep", "group_leader", "trainer", "manager"]


# ---------------------------------------------------------------- TeamDraft


def test_team_draft_cleans() -> None:
    clean = TeamDraft("  星火新人营\u3000", " 宽带 ", DAY, "  notes\nline 2  ").cleaned()
    assert clean == TeamDraft("星火新人营", "宽带", DAY, "notes\nline 2")


def test_team_draft_defaults_are_valid_except_date() -> None:
    assert errors_of(lambda: TeamDraft("A").cleaned()) == [("formed_on", REQUIRED)]


def test_team_draft_reports_every_bad_field() -> None:
    draft = TeamDraft(" ", "p" * (TEXT_MAX + 1), None, "n" * (NOTES_MAX + 1))
    assert errors_of(draft.cleaned) == [
        ("name", REQUIRED), ("product", TOO_LONG), ("notes", TOO_LONG), ("formed_on", REQUIRED),
    ]


def test_team_draft_length_limits() -> None:
    assert TeamDraft("名" * NAME_MAX, "p" * TEXT_MAX, DAY, "n" * NOTES_MAX).cleaned().name == "名" * NAME_MAX
    assert errors_of(TeamDraft("名" * (NAME_MAX + 1), formed_on=DAY).cleaned) == [("name", TOO_LONG)]


def test_team_draft_cleaned_does_not_modify_the_original() -> None:
    draft = TeamDraft(" A ", formed_on=DAY)
    draft.cleaned()
    assert draft.name == " A "


# ---------------------------------------------------------------- MemberDraft


def test_member_draft_cleans() -> None:
    clean = MemberDraft(" XH001 ", "\u3000王伟 ", DAY, Role.TRAINER, " +86 138-0000-0000 ").cleaned()
    assert clean == MemberDraft("XH001", "王伟", DAY, Role.TRAINER, "+86 138-0000-0000")


@pytest.mark.parametrize("employee_id", ["A", "a.b_c-1", "0" * EMPLOYEE_ID_MAX, "XH001"])
def test_member_draft_accepts_employee_ids(employee_id: str) -> None:
    assert MemberDraft(employee_id, "n", DAY).cleaned().employee_id == employee_id


@pytest.mark.parametrize(
    ("employee_id", "code"),
    [("", REQUIRED), ("  ", REQUIRED), ("-A1", BAD_FORMAT), ("A 1", BAD_FORMAT), ("工号1", BAD_FORMAT),
     ("A/1", BAD_FORMAT), ("A" * (EMPLOYEE_ID_MAX + 1), TOO_LONG)],
)
def test_member_draft_rejects_employee_ids(employee_id: str, code: str) -> None:
    assert errors_of(MemberDraft(employee_id, "n", DAY).cleaned) == [("employee_id", code)]


@pytest.mark.parametrize("phone", ["", "13800000000", "+86 138 0000 0000", "021-5555-1234", "12345"])
def test_member_draft_accepts_phones(phone: str) -> None:
    assert MemberDraft("E1", "n", DAY, phone=phone).cleaned().phone == phone


@pytest.mark.parametrize("phone", ["1234", "abc12345", "138.0000.0000", "+", "-13800000000", "1" * 24])
def test_member_draft_rejects_phones(phone: str) -> None:
    assert errors_of(MemberDraft("E1", "n", DAY, phone=phone).cleaned) == [("phone", BAD_FORMAT)]


def test_member_draft_name_and_hire_date() -> None:
    assert errors_of(MemberDraft("E1", "", None).cleaned) == [("name", REQUIRED), ("hired_on", REQUIRED)]
    assert errors_of(MemberDraft("E1", "n" * (NAME_MAX + 1), DAY).cleaned) == [("name", TOO_LONG)]


def test_member_draft_reports_every_bad_field_in_form_order() -> None:
    draft = MemberDraft("bad id", " ", None, phone="x")
    assert errors_of(draft.cleaned) == [
        ("employee_id", BAD_FORMAT), ("name", REQUIRED), ("phone", BAD_FORMAT), ("hired_on", REQUIRED),
    ]


# ---------------------------------------------------------------- LeaveDraft


def test_leave_draft_cleans() -> None:
    assert LeaveDraft(DAY, "  转行做运营\u3000").cleaned(DAY) == LeaveDraft(DAY, "转行做运营")


def test_leave_draft_same_day_as_hire_is_fine() -> None:
    assert LeaveDraft(DAY).cleaned(DAY).left_on == DAY


def test_leave_draft_before_hire() -> None:
    with pytest.raises(ValidationError) as info:
        LeaveDraft(DAY - dt.timedelta(days=1)).cleaned(DAY)
    (error,) = info.value.errors
    assert (error.field, error.code) == ("left_on", DATE_ORDER)
    assert error.params["value"] == DAY - dt.timedelta(days=1)
    assert (error.params["limit"], error.params["limit_field"]) == (DAY, "hired_on")
    assert "2024-03-01" in error.message


def test_leave_draft_errors() -> None:
    assert errors_of(lambda: LeaveDraft(None, "r" * (TEXT_MAX + 1)).cleaned(DAY)) == [
        ("left_on", REQUIRED), ("reason", TOO_LONG),
    ]


# ---------------------------------------------------------------- GroupDraft


def test_group_draft_cleans() -> None:
    clean = GroupDraft(" 猛虎队 ", "\u3000猛虎下山 ", " 50 单 ", 7).cleaned()
    assert clean == GroupDraft("猛虎队", "猛虎下山", "50 单", 7)


def test_group_draft_errors() -> None:
    draft = GroupDraft("", "s" * (TEXT_MAX + 1), "g" * (TEXT_MAX + 1))
    assert errors_of(draft.cleaned) == [("name", REQUIRED), ("slogan", TOO_LONG), ("goal", TOO_LONG)]
    assert errors_of(GroupDraft("n" * (NAME_MAX + 1)).cleaned) == [("name", TOO_LONG)]


# ---------------------------------------------------------------- rows and tenure


def test_rows_give_back_their_drafts() -> None:
    member = MemberRow(1, 2, "E1", "王伟", "13800000000", Role.REP, DAY, None, "", None, "")
    assert member.active
    assert member.draft() == MemberDraft("E1", "王伟", DAY, Role.REP, "13800000000")
    group = GroupRow(3, 2, "猛虎队", "s", "g", 1, "王伟", (1,))
    assert group.draft() == GroupDraft("猛虎队", "s", "g", 1)


def test_member_row_tenure_stops_at_leaving() -> None:
    member = MemberRow(1, 2, "E1", "n", "", Role.REP, DAY, DAY + dt.timedelta(days=10), "r", None, "")
    assert not member.active
    assert member.tenure_days(DAY + dt.timedelta(days=100)) == 10
    assert member.tenure_days(DAY + dt.timedelta(days=4)) == 4


@pytest.mark.parametrize(
    ("hired", "as_of", "left", "days"),
    [
        (DAY, DAY, None, 0),
        (DAY, dt.date(2024, 3, 31), None, 30),
        (DAY, dt.date(2025, 3, 1), None, 365),
        (DAY, dt.date(2024, 2, 1), None, 0),  # before the hire date
        (DAY, dt.date(2024, 6, 1), dt.date(2024, 3, 11), 10),  # stops at the leaving day
        (DAY, dt.date(2024, 3, 5), dt.date(2024, 3, 11), 4),  # not left yet as of that day
    ],
)
def test_tenure_days(hired: dt.date, as_of: dt.date, left: dt.date | None, days: int) -> None:
    assert tenure_days(hired, as_of, left) == days


@given(st.dates(), st.dates(), st.one_of(st.none(), st.dates()))
def test_tenure_days_never_negative_and_bounded(hired: dt.date, as_of: dt.date, left: dt.date | None) -> None:
    days = tenure_days(hired, as_of, left)
    assert days >= 0
    assert days <= max(0, (as_of - hired).days)
    if left is not None:
        assert days <= max(0, (left - hired).days)


@given(st.dates(), st.dates(), st.dates())
def test_tenure_days_grows_with_time(hired: dt.date, day1: dt.date, day2: dt.date) -> None:
    early, late = sorted((day1, day2))
    assert tenure_days(hired, early) <= tenure_days(hired, late)


_text = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=30)


@given(_text, _text, _text, st.sampled_from(list(Role)))
def test_member_draft_cleaning_is_idempotent(employee_id: str, name: str, phone: str, role: Role) -> None:
    draft = MemberDraft(employee_id, name, DAY, role, phone)
    try:
        once = draft.cleaned()
    except ValidationError as exc:
        assert exc.errors
        assert set(exc.fields) <= {"employee_id", "name", "phone"}
        return
    assert once.cleaned() == once


@given(_text, _text, _text)
def test_group_draft_cleaning_is_idempotent(name: str, slogan: str, goal: str) -> None:
    try:
        once = GroupDraft(name, slogan, goal).cleaned()
    except ValidationError as exc:
        assert exc.fields == ["name"]
        return
    assert once.cleaned() == once
