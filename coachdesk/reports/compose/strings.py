"""Every fixed word of the printed reports, in English and Chinese, from resources/reports/strings.toml.

One data file rather than Qt translations: the reports are composed in workers and from the CLI (no Qt), and the
reader picks the plan's language independently of the app's. Numbers are worded here too, so every section
prints percentages and money the same way the app does ("42 %" in English, "42%" in Chinese; "¥86,400")."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from functools import cache

from coachdesk.paths import resource

STRINGS_FILE = ("reports", "strings.toml")
LANGS = ("en", "zh")


@cache
def strings() -> Mapping[str, Mapping[str, str]]:
    """key → {en, zh}; nested TOML tables flatten to dotted keys ("col.owner")."""
    with resource(*STRINGS_FILE).open("rb") as handle:
        data = tomllib.load(handle)
    flat: dict[str, Mapping[str, str]] = {}

    def walk(prefix: str, table: Mapping[str, object]) -> None:
        for key, value in table.items():
            name = f"{prefix}.{key}" if prefix else key
            if isinstance(value, Mapping) and set(value) <= set(LANGS) and value:
                flat[name] = {lang: str(text) for lang, text in value.items()}
            elif isinstance(value, Mapping):
                walk(name, value)
            else:
                raise ValueError(f"{'/'.join(STRINGS_FILE)}: {name} is not a table of en and zh")

    walk("", data)
    return flat


def lang_of(language: str) -> str:
    return "zh" if language.lower().startswith("zh") else "en"


def t(key: str, lang: str, **params: object) -> str:
    """The text of ``key`` in ``lang``, its ``{name}`` placeholders filled; a missing key raises KeyError (the
    tests check every key used in the code exists, so this never reaches a reader)."""
    text = strings()[key][lang_of(lang)]
    return text.format(**params) if params else text


def has(key: str) -> bool:
    return key in strings()


def percent(share: float | None, lang: str, digits: int = 0) -> str:
    """A share 0–1 as the app prints it: "42 %" (en), "42%" (zh); "—" without a figure."""
    if share is None:
        return "—"
    number = f"{100 * share:.{digits}f}"
    return f"{number}%" if lang_of(lang) == "zh" else f"{number} %"


def points_pct(value: float | None, lang: str, digits: int = 1) -> str:
    """A figure already in percent (a contest's progress, 86.5 → "86.5 %")."""
    return "—" if value is None else percent(value / 100, lang, digits)


def money(cents: int) -> str:
    """"¥86,400" or "¥86,400.50", as the contests pages print money."""
    sign = "-" if cents < 0 else ""
    yuan = abs(cents) / 100
    return f"{sign}¥{yuan:,.0f}" if cents % 100 == 0 else f"{sign}¥{yuan:,.2f}"


def count(value: int) -> str:
    return f"{value:,}"


def score(value: float | None, digits: int = 2) -> str:
    return "—" if value is None else f"{value:.{digits}f}"
