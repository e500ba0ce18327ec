"""Composers: the store's facts of one team and day worded as a Document (reports/document.py) in the reader's
language — the coaching plan (plan.py, one module per section) and the wall poster (poster.py). No Qt, no PDF."""

from coachdesk.reports.compose.plan import compose_plan
from coachdesk.reports.compose.poster import compose_poster

__all__ = ["compose_plan", "compose_poster"]
