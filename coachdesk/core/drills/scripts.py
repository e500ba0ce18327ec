"""A team's phone script in versions: sections with text, one version the team's current unified one, and the
difference between two versions section by section (line by line, and inside a changed line character by character:
Chinese has no spaces to split words on)."""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from coachdesk.core.common.validation import (
    FieldError,
    check_optional,
    check_required,
    clean_text,
    raise_if_any,
)

MAX_NAME = 80
MAX_SECTION = 20_000
MAX_NOTE = 500


class Section(StrEnum):
    """The parts of a telesales call, in the order they happen."""

    OPENING = "opening"
    DISCOVERY = "discovery"  # needs discovery
    VALUE = "value"  # value pitch: the project's core value
    OBJECTIONS = "objections"
    CLOSING = "closing"
    COMPLIANCE = "compliance"  # lines that must be said (recording notice, cooling-off period …)


SECTIONS: tuple[Section, ...] = tuple(Section)


@dataclass(frozen=True, slots=True)
class ScriptVersion:
    """One version of a script; ``number`` counts from 1 within the script."""

    number: int
    sections: Mapping[Section, str]
    created_on: dt.date
    note: str = ""  # what changed and why, as the manager wrote it
    id: int | None = None

    def text(self, section: Section) -> str:
        return self.sections.get(section, "")


@dataclass(frozen=True, slots=True)
class Script:
    name: str
    product: str  # the project / product the script sells
    versions: tuple[ScriptVersion, ...] = ()
    current: int | None = None  # number of the team's unified version
    id: int | None = None

    def version(self, number: int) -> ScriptVersion:
        for v in self.versions:
            if v.number == number:
                return v
        raise KeyError(number)

    @property
    def current_version(self) -> ScriptVersion | None:
        return self.version(self.current) if self.current is not None else None

    @property
    def next_number(self) -> int:
        return max((v.number for v in self.versions), default=0) + 1


@dataclass(frozen=True, slots=True)
class ScriptDraft:
    name: str
    product: str = ""

    def cleaned(self) -> ScriptDraft:
        draft = ScriptDraft(clean_text(self.name), clean_text(self.product))
        errors: list[FieldError] = []
        check_required(errors, "name", draft.name, MAX_NAME)
        check_optional(errors, "product", draft.product, MAX_NAME)
        raise_if_any(errors)
        return draft


@dataclass(frozen=True, slots=True)
class VersionDraft:
    sections: Mapping[Section, str]
    note: str = ""

    def cleaned(self) -> VersionDraft:
        """Section texts keep their inner line breaks (the script's layout); surrounding blank space goes."""
        texts = {s: _clean_block(self.sections.get(s, "")) for s in SECTIONS}
        draft = VersionDraft({s: t for s, t in texts.items() if t}, clean_text(self.note))
        errors: list[FieldError] = []
        for section, text in draft.sections.items():
            check_optional(errors, f"section.{section.value}", text, MAX_SECTION)
        if not draft.sections:
            errors.append(FieldError("sections", "a script version needs the text of at least one section",
                                     "required"))
        check_optional(errors, "note", draft.note, MAX_NOTE)
        raise_if_any(errors)
        return draft


def _clean_block(text: str) -> str:
    lines = [line.rstrip() for line in (text or "").replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return "\n".join(lines).strip("\n").strip()


# --- difference between versions -------------------------------------------------------------------------------

class Change(StrEnum):
    SAME = "same"
    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"


@dataclass(frozen=True, slots=True)
class Piece:
    """A run of characters of a changed line: kept, inserted or deleted."""

    text: str
    change: Change  # SAME, ADDED or REMOVED


@dataclass(frozen=True, slots=True)
class LineDiff:
    change: Change
    old: str = ""
    new: str = ""
    pieces: tuple[Piece, ...] = ()  # for CHANGED lines: the old and new line merged, character by character


@dataclass(frozen=True, slots=True)
class SectionDiff:
    section: Section
    change: Change
    lines: tuple[LineDiff, ...] = field(default=())

    @property
    def added(self) -> int:
        return sum(1 for line in self.lines if line.change in (Change.ADDED, Change.CHANGED))

    @property
    def removed(self) -> int:
        return sum(1 for line in self.lines if line.change in (Change.REMOVED, Change.CHANGED))


# Lines this similar (difflib ratio) are one line edited, shown character by character; less similar ones are a
# line removed and another added.
EDIT_RATIO = 0.4


def diff_versions(old: ScriptVersion, new: ScriptVersion) -> tuple[SectionDiff, ...]:
    """Every section in call order, with what changed from ``old`` to ``new``."""
    return tuple(diff_section(s, old.text(s), new.text(s)) for s in SECTIONS if old.text(s) or new.text(s))


def diff_section(section: Section, old: str, new: str) -> SectionDiff:
    if old == new:
        return SectionDiff(section, Change.SAME, tuple(LineDiff(Change.SAME, t, t) for t in old.split("\n")))
    old_lines, new_lines = (old.split("\n") if old else []), (new.split("\n") if new else [])
    if not old_lines:
        return SectionDiff(section, Change.ADDED, tuple(LineDiff(Change.ADDED, new=t) for t in new_lines))
    if not new_lines:
        return SectionDiff(section, Change.REMOVED, tuple(LineDiff(Change.REMOVED, old=t) for t in old_lines))
    return SectionDiff(section, Change.CHANGED, tuple(_line_diffs(old_lines, new_lines)))


def _line_diffs(old: Sequence[str], new: Sequence[str]) -> list[LineDiff]:
    out: list[LineDiff] = []
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            out.extend(LineDiff(Change.SAME, t, t) for t in old[i1:i2])
        elif tag == "delete":
            out.extend(LineDiff(Change.REMOVED, old=t) for t in old[i1:i2])
        elif tag == "insert":
            out.extend(LineDiff(Change.ADDED, new=t) for t in new[j1:j2])
        else:
            out.extend(_replaced(old[i1:i2], new[j1:j2]))
    return out


def _replaced(old: Sequence[str], new: Sequence[str]) -> list[LineDiff]:
    """Pair replaced lines in order; a pair alike enough is one edited line, else a removal and an addition."""
    out: list[LineDiff] = []
    for index in range(max(len(old), len(new))):
        a = old[index] if index < len(old) else None
        b = new[index] if index < len(new) else None
        if a is not None and b is not None and _similar(a, b):
            out.append(LineDiff(Change.CHANGED, a, b, _pieces(a, b)))
            continue
        if a is not None:
            out.append(LineDiff(Change.REMOVED, old=a))
        if b is not None:
            out.append(LineDiff(Change.ADDED, new=b))
    return out


def _similar(a: str, b: str) -> bool:
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() >= EDIT_RATIO


def _pieces(old: str, new: str) -> tuple[Piece, ...]:
    pieces: list[Piece] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if tag == "equal":
            pieces.append(Piece(old[i1:i2], Change.SAME))
            continue
        if i2 > i1:
            pieces.append(Piece(old[i1:i2], Change.REMOVED))
        if j2 > j1:
            pieces.append(Piece(new[j1:j2], Change.ADDED))
    return tuple(pieces)
