"""Two script versions' difference as HTML for a QTextBrowser: per section, removed text struck through in red,
added text in green, a changed line character by character; every text escaped."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from coachdesk.core.drills.scripts import Change, LineDiff, Piece, ScriptVersion, SectionDiff
from coachdesk.gui.drills.drill_labels import section_label

REMOVED = "color:#b91c1c; background:#fee2e2; text-decoration:line-through;"
ADDED = "color:#15803d; background:#dcfce7;"


def _piece(piece: Piece) -> str:
    text = escape(piece.text)
    if piece.change is Change.REMOVED:
        return f"<span style='{REMOVED}'>{text}</span>"
    if piece.change is Change.ADDED:
        return f"<span style='{ADDED}'>{text}</span>"
    return text


def _line(line: LineDiff) -> str:
    if line.change is Change.SAME:
        body = escape(line.new)
    elif line.change is Change.REMOVED:
        body = f"<span style='{REMOVED}'>{escape(line.old)}</span>"
    elif line.change is Change.ADDED:
        body = f"<span style='{ADDED}'>{escape(line.new)}</span>"
    else:
        body = "".join(_piece(p) for p in line.pieces)
    return f"<div style='margin:2px 0;'>{body or '&nbsp;'}</div>"


def diff_html(diffs: Sequence[SectionDiff], unchanged: str, no_text: str) -> str:
    parts: list[str] = []
    for diff in diffs:
        parts.append(f"<h3 style='margin:10px 0 4px 0;'>{escape(section_label(diff.section))}</h3>")
        if diff.change is Change.SAME:
            parts.append(f"<div style='color:#6b7280;'>{escape(unchanged)}</div>")
        parts.extend(_line(line) for line in diff.lines)
    return "".join(parts) or f"<p>{escape(no_text)}</p>"


def version_html(version: ScriptVersion | None, no_text: str) -> str:
    if version is None:
        return f"<p>{escape(no_text)}</p>"
    parts: list[str] = []
    for section, text in version.sections.items():
        parts.append(f"<h3 style='margin:10px 0 4px 0;'>{escape(section_label(section))}</h3>")
        parts.extend(f"<div style='margin:2px 0;'>{escape(line) or '&nbsp;'}</div>" for line in text.split("\n"))
    return "".join(parts) or f"<p>{escape(no_text)}</p>"
