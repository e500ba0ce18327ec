"""coachdesk.core.common.validation: field errors, text cleaning, length checks and date parsing."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coachdesk.core.common.validation import (
    BAD_DATE,
    NOT_FOUND,
    REQUIRED,
    TOO_LONG,
    FieldError,
    NotFoundError,
    ValidationError,
    check_optional,
    check_required,
    clean_text,
    parse_date,
    raise_if_any,
)

# ---------------------------------------------------------------- errors


def test_field_error_str_names_the_field() -> None:
    assert str(FieldError("hired_on", "is required")) == "hired_on: is required"


def test_field_error_equality_ignores_params() -> None:
    assert FieldError("name", "x", REQUIRED, {"a": 1}) == FieldError("name", "x", REQUIRED, {"a": 2})
    assert FieldError("name", "x", REQUIRED) != FieldError("name", "x", TOO_LONG)


def test_validation_error_collects_fields_and_message() -> None:
    exc = ValidationError([FieldError("name", "must not be empty"), FieldError("phone", "bad")])
    assert exc.fields == ["name", "phone"]
    assert str(exc) == "name: must not be empty; phone: bad"
    assert isinstance(exc, ValueError)


def test_validation_error_accepts_a_single_error() -> None:
    exc = ValidationError(FieldError("name", "x"))
    assert exc.fields == ["name"]


def test_validation_error_needs_an_error() -> None:
    with pytest.raises(ValueError, match="at least one"):
        ValidationError([])


def test_validation_error_single_carries_code_and_params() -> None:
    exc = ValidationError.single("left_on", "too early", "date_order", limit=dt.date(2024, 1, 1))
    (error,) = exc.errors
    assert (error.field, error.message, error.code) == ("left_on", "too early", "date_order")
    assert error.params == {"limit": dt.date(2024, 1, 1)}


def test_not_found_error_names_field_and_converts() -> None:
    exc = NotFoundError("team", "no team named 'x'", kind="team", value="x")
    assert isinstance(exc, LookupError)
    assert exc.field == "team"
    assert str(exc) == "team: no team named 'x'"
    error = exc.as_field_error()
    assert (error.field, error.message, error.code) == ("team", "no team named 'x'", NOT_FOUND)
    assert error.params == {"kind": "team", "value": "x"}


def test_raise_if_any() -> None:
    raise_if_any([])  # nothing to report: no exception
    with pytest.raises(ValidationError) as info:
        raise_if_any([FieldError("a", "b")])
    assert info.value.fields == ["a"]


# ---------------------------------------------------------------- text


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        (None, ""),
        ("", ""),
        ("  王伟 ", "王伟"),
        ("\u3000王伟\u3000", "王伟"),  # full-width spaces pasted from Chinese documents
        ("\t\u3000 李 娜 \u3000\n", "李 娜"),  # inner spaces are kept
    ],
)
def test_clean_text(raw: str | None, clean: str) -> None:
    assert clean_text(raw) == clean


@given(st.text())
def test_clean_text_is_idempotent_and_trimmed(value: str) -> None:
    once = clean_text(value)
    assert clean_text(once) == once
    assert once == once.strip()
    assert once in value


def test_check_required() -> None:
    errors: list[FieldError] = []
    check_required(errors, "name", "", 5)
    check_required(errors, "name", "abcdef", 5)
    check_required(errors, "name", "abcde", 5)
    assert [(e.field, e.code) for e in errors] == [("name", REQUIRED), ("name", TOO_LONG)]
    assert errors[1].params == {"length": 6, "max": 5}
    assert "6 characters" in errors[1].message


def test_check_optional() -> None:
    errors: list[FieldError] = []
    check_optional(errors, "notes", "", 3)
    check_optional(errors, "notes", "abc", 3)
    check_optional(errors, "notes", "abcd", 3)
    assert [(e.field, e.code) for e in errors] == [("notes", TOO_LONG)]


# ---------------------------------------------------------------- dates


def test_parse_date_iso() -> None:
    assert parse_date("hired_on", "2024-02-29") == dt.date(2024, 2, 29)
    assert parse_date("hired_on", " 2024-03-01\u3000") == dt.date(2024, 3, 1)


def test_parse_date_passes_dates_through() -> None:
    day = dt.date(2023, 5, 6)
    assert parse_date("x", day) is day


@pytest.mark.parametrize("raw", ["2023-02-29", "2024-13-01", "01/02/2024", "yesterday", "2024-1-5x"])
def test_parse_date_rejects_bad_text_naming_the_field(raw: str) -> None:
    with pytest.raises(ValidationError) as info:
        parse_date("hired_on", raw)
    (error,) = info.value.errors
    assert error.field == "hired_on"
    assert error.code == BAD_DATE
    assert "YYYY-MM-DD" in error.message
    assert error.params["value"] == raw


@pytest.mark.parametrize("raw", [None, "", "   "])
def test_parse_date_required(raw: str | None) -> None:
    with pytest.raises(ValidationError) as info:
        parse_date("left_on", raw)
    assert [(e.field, e.code) for e in info.value.errors] == [("left_on", REQUIRED)]


@pytest.mark.parametrize("raw", [None, "", " \u3000"])
def test_parse_date_optional_blank_is_none(raw: str | None) -> None:
    assert parse_date("left_on", raw, required=False) is None


@given(st.dates())
def test_parse_date_round_trips_iso(day: dt.date) -> None:
    assert parse_date("d", day.isoformat()) == day
