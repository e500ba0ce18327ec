"""What a printed report says, apart from how it is typeset: a Document of sections made of blocks (headings,
paragraphs, key figures, tables, charts, a stage bar). The composers (reports/compose/) fill it from the store in
the reader's language; the renderer (reports/pdf/) typesets it with reportlab. Neither side knows the other's
details, so a new section is a composer change and a new look is a renderer change.

Every text here is plain text as the user typed it or as the composer worded it — never markup: the renderer
escapes it all (a member named ``<b>Wang & Li</b> 😀`` prints as written)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Paper(StrEnum):
    A4 = "a4"
    LETTER = "letter"
    A3 = "a3"


class Orientation(StrEnum):
    PORTRAIT = "portrait"
    LANDSCAPE = "landscape"


class Tone(StrEnum):
    """How a paragraph, figure or table row reads: the renderer picks the colour and weight."""

    NORMAL = "normal"
    LEAD = "lead"  # an opening sentence, larger
    MUTED = "muted"  # a note, a source, an empty-table text
    GOOD = "good"
    WARNING = "warning"  # overdue, below target, needs support
    STRONG = "strong"  # a total row, a winner


STAGES = ("forming", "storming", "norming", "performing")  # stage keys the renderer colours


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 2  # 1 = a section's title (in the table of contents), 2 and 3 below it
    toc: bool = True


@dataclass(frozen=True)
class Paragraph:
    text: str
    tone: Tone = Tone.NORMAL


@dataclass(frozen=True)
class Bullets:
    items: tuple[str, ...]
    tone: Tone = Tone.NORMAL


@dataclass(frozen=True)
class Figure:
    label: str
    value: str
    note: str = ""  # e.g. "+12 % on last week"
    tone: Tone = Tone.NORMAL


@dataclass(frozen=True)
class KeyFigures:
    """A row of figure boxes (at most about six fit a portrait page; more wrap onto a second row)."""

    figures: tuple[Figure, ...]


@dataclass(frozen=True)
class Column:
    title: str
    align: str = "left"  # left | right | center
    width: float = 1.0  # relative share of the table's width
    checkbox: bool = False  # an empty box to tick by hand (the cells' text, if any, is printed beside it)


@dataclass(frozen=True)
class Table:
    columns: tuple[Column, ...]
    rows: tuple[tuple[str, ...], ...]
    tones: tuple[Tone, ...] = ()  # per row (shorter: the rest NORMAL)
    caption: str = ""  # printed above the table, kept with it
    empty: str = ""  # printed instead of an empty table
    note: str = ""  # printed under the table (a source, a legend)


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[float | None, ...]  # one per category; None = no figure that week


@dataclass(frozen=True)
class Chart:
    """A vector chart: bars (grouped, or stacked) or lines over the categories (weeks, reps …)."""

    title: str
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    kind: str = "bar"  # bar | stacked | line
    percent: bool = False  # values are shares 0–1, the axis reads in %
    y_label: str = ""
    empty: str = ""  # printed instead of a chart without any figure


@dataclass(frozen=True)
class Segment:
    label: str
    share: float  # 0–1
    stage: str = ""  # one of STAGES for its colour, "" for neutral


@dataclass(frozen=True)
class StageBar:
    """The stage mix: one horizontal bar split by share, with a legend."""

    title: str
    segments: tuple[Segment, ...]


@dataclass(frozen=True)
class Spacer:
    height_mm: float = 4.0


@dataclass(frozen=True)
class PageBreak:
    pass


Block = Heading | Paragraph | Bullets | KeyFigures | Table | Chart | StageBar | Spacer | PageBreak


@dataclass(frozen=True)
class Section:
    title: str
    blocks: tuple[Block, ...]
    key: str = ""  # what it is (cover, diagnosis, plan, activity, competitions, drills, group); tests count on it
    new_page: bool = True  # starts on a new page


@dataclass(frozen=True)
class Cover:
    title: str  # the team's name
    subtitle: str  # "Coaching plan · 2026-12-07"
    lines: tuple[tuple[str, str], ...] = ()  # (label, value): manager, product, members …
    badge: str = ""  # the stage's name
    stage: str = ""  # its key, for the colour
    statement: str = ""  # the one-line principal contradiction
    statement_label: str = ""


@dataclass(frozen=True)
class PosterGroup:
    name: str
    slogan: str = ""
    goal: str = ""
    rank: int | None = None
    score: str = ""  # the standing's figure as printed ("128 pts", "¥86,400")
    lines: tuple[str, ...] = ()  # members or the standing's detail
    leader: str = ""


@dataclass(frozen=True)
class Poster:
    """The wall poster: a title, the contest's line and one panel per group, landscape."""

    title: str
    subtitle: str
    groups: tuple[PosterGroup, ...]
    footer: str = ""
    empty: str = ""  # printed when the team has no groups


@dataclass(frozen=True)
class Document:
    title: str  # the PDF's title (metadata) and the running header's left part
    language: str  # "zh" or "en": line breaking and the fonts' fallbacks
    sections: tuple[Section, ...] = ()
    cover: Cover | None = None
    poster: Poster | None = None  # a poster instead of sections
    paper: Paper = Paper.A4
    orientation: Orientation = Orientation.PORTRAIT
    header: str = ""  # the running header's right part (team · date)
    footer: str = ""  # the footer's left part ("coachdesk · printed 2026-12-07"); the page number is on the right
    page_label: str = "%1 / %2"  # "page 3 of 12": %1 this page, %2 the count
    toc_title: str = ""  # "" = no table of contents
    author: str = ""
    subject: str = ""
    keywords: tuple[str, ...] = field(default_factory=tuple)
