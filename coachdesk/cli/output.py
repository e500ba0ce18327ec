"""Printing results (human text or ``--json``) and turning errors into messages that name the bad field."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Iterable
from decimal import Decimal
from enum import Enum
from typing import Any

from coachdesk.core.common.validation import FieldError
from coachdesk.core.lifecycle.thresholds import THRESHOLD_NAMES

EXIT_OK = 0
EXIT_FAILED = 1  # the command ran but found problems (e.g. `db check`) or the database failed
EXIT_BAD_INPUT = 2  # validation / unknown record / usage: nothing was written

# Domain field names → the option that fed them, so a message points at what the user typed.
OPTION_FOR_FIELD = {
    "employee_id": "--employee-id",
    "hired_on": "--hired",
    "left_on": "--on",
    "formed_on": "--formed",
    "leader": "--leader",
    "team": "--team",
    "group": "--group",
    "member": "--employee-id",
    "date": "--on",
    "db": "--db",
    "map": "--map",
    "file": "FILE",
    "from": "--from",
    "to": "--to",
    "import_id": "IMPORT_ID",
    "action_id": "ACTION_ID",
    "practice_id": "PRACTICE_ID",
    "threshold": "NAME=VALUE",
    # Threshold errors name the threshold itself: "coachdesk: error: call_drop: …".
    **{name: name for name in THRESHOLD_NAMES},
}


def _default(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, Enum):
        return value.value
    raise TypeError(f"cannot serialise {type(value).__name__}")


def emit(args: argparse.Namespace, payload: Any, lines: Iterable[str]) -> int:
    if getattr(args, "json", False):
        json.dump(payload, sys.stdout, ensure_ascii=False, indent=2, default=_default)
        sys.stdout.write("\n")
    else:
        for line in lines:
            print(line)
    return EXIT_OK


def field_label(field: str) -> str:
    option = OPTION_FOR_FIELD.get(field, "--" + field.replace("_", "-"))
    return f"{option} ({field})" if option.lstrip("-").replace("-", "_") != field else option


def report_errors(args: argparse.Namespace, errors: list[FieldError], code: int = EXIT_BAD_INPUT) -> int:
    for error in errors:
        print(f"coachdesk: error: {field_label(error.field)}: {error.message}", file=sys.stderr)
    if getattr(args, "json", False):
        payload = {"ok": False, "errors": [{"field": e.field, "message": e.message} for e in errors]}
        json.dump(payload, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    return code


def table(headers: list[str], rows: list[list[str]]) -> list[str]:
    """Plain aligned columns; widths count CJK characters as two cells like a terminal does."""

    def width(text: str) -> int:
        return sum(2 if ord(ch) > 0x2E7F else 1 for ch in text)

    widths = [max([width(h)] + [width(r[i]) for r in rows]) for i, h in enumerate(headers)]

    def fmt(cells: list[str]) -> str:
        return "  ".join(c + " " * (w - width(c)) for c, w in zip(cells, widths, strict=True)).rstrip()

    return [fmt(headers), fmt(["-" * w for w in widths]), *(fmt(r) for r in rows)]
