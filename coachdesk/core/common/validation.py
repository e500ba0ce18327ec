"""Field-level validation errors shared by the store, the CLI and the GUI.

Every error names the field it is about, so the CLI can print ``hired_on: …`` and a dialog can put the
message next to the right input while keeping everything the user typed.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from dataclasses import field as dc_field
from typing import Any

from coachdesk.core.common.messages import MessageCode

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

# Error codes let the GUI show each message in the user's language (coachdesk/gui/widgets/messages.py); ``message``
# is the English text the CLI prints.
REQUIRED = "required"
TOO_LONG = "too_long"
BAD_FORMAT = "bad_format"
BAD_DATE = "bad_date"
DATE_ORDER = "date_order"
DUPLICATE = "duplicate"
ALREADY_LEFT = "already_left"
OTHER_TEAM = "other_team"
NOT_FOUND = "not_found"
HAS_ACTIVITY = "has_activity"


@dataclass(frozen=True, slots=True)
class FieldError:
    field: str
    message: str
    code: str = "invalid"
    params: dict[str, Any] = dc_field(default_factory=dict, compare=False, hash=False)
    reason: str = dc_field(default="", compare=False)  # a MessageCode's code when ``code`` alone is too coarse

    @classmethod
    def of(cls, field: str, code: str, reason: MessageCode, **params: Any) -> FieldError:
        """An error whose exact reason is a MessageCode: ``message`` is its English text over ``params``."""
        return cls(field, reason.text(params), code, params, reason.code)

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


class ValidationError(ValueError):
    """One or more field errors; nothing has been written when this is raised."""

    def __init__(self, errors: list[FieldError] | FieldError) -> None:
        self.errors: list[FieldError] = [errors] if isinstance(errors, FieldError) else list(errors)
        if not self.errors:
            raise ValueError("ValidationError needs at least one FieldError")
        super().__init__("; ".join(str(e) for e in self.errors))

    @property
    def fields(self) -> list[str]:
        return [e.field for e in self.errors]

    @classmethod
    def single(cls, field: str, message: str, code: str = "invalid", **params: Any) -> ValidationError:
        return cls(FieldError(field, message, code, params))


class NotFoundError(LookupError):
    """A named record (team, member, group) does not exist; ``field`` says which input named it."""

    def __init__(self, field: str, message: str, **params: Any) -> None:
        self.field = field
        self.message = message
        self.params = params
        super().__init__(f"{field}: {message}")

    def as_field_error(self) -> FieldError:
        return FieldError(self.field, self.message, NOT_FOUND, self.params)


def raise_if_any(errors: list[FieldError]) -> None:
    if errors:
        raise ValidationError(errors)


def clean_text(value: str | None) -> str:
    """Trim surrounding white space (including full-width spaces pasted from Chinese documents)."""
    return (value or "").strip().strip("\u3000").strip()


def check_required(errors: list[FieldError], field: str, value: str, max_len: int) -> None:
    if not value:
        errors.append(FieldError(field, "must not be empty", REQUIRED))
    elif len(value) > max_len:
        errors.append(_too_long(field, value, max_len))


def check_optional(errors: list[FieldError], field: str, value: str, max_len: int) -> None:
    if len(value) > max_len:
        errors.append(_too_long(field, value, max_len))


def _too_long(field: str, value: str, max_len: int) -> FieldError:
    return FieldError(
        field, f"is {len(value)} characters long; at most {max_len} allowed", TOO_LONG,
        {"length": len(value), "max": max_len},
    )


def parse_date(field: str, value: str | dt.date | None, *, required: bool = True) -> dt.date | None:
    """Parse an ISO ``YYYY-MM-DD`` date, raising a ValidationError that names ``field``."""
    if isinstance(value, dt.date):
        return value
    text = clean_text(value)
    if not text:
        if required:
            raise ValidationError.single(field, "is required (format YYYY-MM-DD)", REQUIRED)
        return None
    try:
        if not _ISO_DATE.match(text):  # fromisoformat alone also takes 20240105 and week dates
            raise ValueError(text)
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ValidationError.single(
            field, f"{text!r} is not a valid date (format YYYY-MM-DD)", BAD_DATE, value=text
        ) from None
