"""The running texts every report shares: title, header, footer, page label and the plan's PDF metadata."""

from __future__ import annotations

import datetime as dt

from coachdesk.reports.compose.strings import t


def printed_on(printed: dt.date | None) -> dt.date:
    """The day the report says it was printed: the caller's (tests, the CLI's fixed day), else today."""
    return printed or dt.date.today()


def header(team: str, as_of: dt.date, lang: str) -> str:
    return t("doc.header", lang, team=team, date=as_of.isoformat())


def footer(printed: dt.date, lang: str) -> str:
    return t("doc.footer", lang, date=printed.isoformat())


def page_label(lang: str) -> str:
    return t("doc.page_label", lang)
