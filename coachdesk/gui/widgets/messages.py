"""Validation and lookup errors in the user's language.

core/ and store/ report errors as (field, code, params) with an English fallback message; this module turns
them into translated sentences that name the field as the dialog labels it.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from coachdesk.core.common import validation as v
from coachdesk.core.common.validation import FieldError

translate = QCoreApplication.translate


def field_label(field: str) -> str:
    labels = {
        "name": translate("Messages", "Name"),
        "product": translate("Messages", "Product / project"),
        "formed_on": translate("Messages", "Formed on"),
        "notes": translate("Messages", "Notes"),
        "employee_id": translate("Messages", "Employee ID"),
        "phone": translate("Messages", "Phone"),
        "hired_on": translate("Messages", "Hired on"),
        "left_on": translate("Messages", "Last day"),
        "reason": translate("Messages", "Reason"),
        "role": translate("Messages", "Role"),
        "slogan": translate("Messages", "Slogan"),
        "goal": translate("Messages", "Goal"),
        "leader": translate("Messages", "Leader"),
        "group": translate("Messages", "Group"),
        "member": translate("Messages", "Member"),
        "team": translate("Messages", "Team"),
        "date": translate("Messages", "Date"),
        "from_date": translate("Messages", "Start of the current group"),
        "to_date": translate("Messages", "End of the last group period"),
        "first_group_day": translate("Messages", "First day in a group"),
    }
    return labels.get(field, field)


def _fmt(value: object) -> str:
    return value.isoformat() if isinstance(value, dt.date) else str(value)


def describe(error: FieldError) -> str:
    """One sentence: '<Field>: <what is wrong>' in the current UI language."""
    p = {k: _fmt(val) for k, val in error.params.items()}
    code = error.code
    if code == v.REQUIRED:
        text = translate("Messages", "this field is required")
    elif code == v.TOO_LONG:
        text = translate("Messages", "{length} characters is too long; at most {max} are allowed").format(**p)
    elif code == v.BAD_FORMAT and error.field == "employee_id":
        text = translate("Messages", "“{value}” may only use letters, digits, “.”, “_” and “-”").format(**p)
    elif code == v.BAD_FORMAT and error.field == "phone":
        text = translate("Messages", "“{value}” is not a phone number (digits, spaces, “-”, “+”)").format(**p)
    elif code == v.BAD_DATE:
        text = translate("Messages", "“{value}” is not a valid date (YYYY-MM-DD)").format(**p)
    elif code == v.DATE_ORDER:
        other = field_label(str(error.params.get("limit_field", "")))
        if error.params.get("relation") == "not_after":
            text = translate("Messages", "{value} must not be after {other} ({limit})").format(other=other, **p)
        else:
            text = translate("Messages", "{value} must not be before {other} ({limit})").format(other=other, **p)
    elif code == v.DUPLICATE and "other" in p:
        text = translate("Messages", "“{value}” is already used by {other}").format(**p)
    elif code == v.DUPLICATE:
        text = translate("Messages", "“{value}” already exists").format(**p)
    elif code == v.ALREADY_LEFT:
        text = translate("Messages", "{name} left on {date}").format(**p)
    elif code == v.OTHER_TEAM:
        text = translate("Messages", "must belong to this team")
    elif code == v.HAS_ACTIVITY and error.field == "team":
        text = translate("Messages", "{name} has {days} rep-days of call activity; undo its imports before deleting it").format(**p)  # noqa: E501
    elif code == v.HAS_ACTIVITY:
        text = translate("Messages", "{name} has {days} days of call activity; record leaving instead").format(**p)
    elif code == v.NOT_FOUND:
        if "value" in p:
            text = translate("Messages", "“{value}” was not found").format(**p)
        else:
            text = translate("Messages", "was not found")
    else:
        text = error.message
    return translate("Messages", "{field}: {problem}").format(field=field_label(error.field), problem=text)
