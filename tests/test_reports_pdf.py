"""The PDF renderer on synthetic Documents (no database): pages, text, fonts, page labels, the table of contents,
escaping, long text, paper sizes, the poster, progress and cancel."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from pathlib import Path

import pypdf
import pytest

from coachdesk.core.common.progress import Cancelled, CancelToken
from coachdesk.reports.document import (
    Bullets,
    Chart,
    Column,
    Cover,
    Document,
    Figure,
    Heading,
    KeyFigures,
    Orientation,
    PageBreak,
    Paper,
    Paragraph,
    Poster,
    PosterGroup,
    Section,
    Segment,
    Series,
    Spacer,
    StageBar,
    Table,
    Tone,
)
from coachdesk.reports.pdf import render_document
from coachdesk.reports.pdf.charts import nice_scale
from coachdesk.reports.pdf.fonts import markup, printable

MARKUP_NAME = "<b>Wang & Li</b> 😀"
LONG_NOTE = " ".join(f"note{i:04d}" for i in range(223))[:2000]  # 2,000 characters, words to find again


def _blocks(zh: bool) -> tuple:
    t = (lambda a, b: a) if zh else (lambda a, b: b)
    return (
        Heading(t("团队诊断", "Diagnosis"), level=1),
        Paragraph(t("团队目前处于震荡期，需要先统一规则。", "The team is storming: settle the rules first."),
                  Tone.LEAD),
        KeyFigures(tuple(Figure(t("外呼", "Calls"), f"{1000 + i}", t("较上周", "on last week"), tone)
                         for i, tone in enumerate((Tone.NORMAL, Tone.GOOD, Tone.WARNING, Tone.STRONG, Tone.MUTED)))),
        StageBar(t("阶段构成", "Stage mix"), (Segment(t("组建期", "Forming"), 0.2, "forming"),
                                            Segment(t("震荡期", "Storming"), 0.5, "storming"),
                                            Segment(t("规范期", "Norming"), 0.3, "norming"))),
        Heading(t("证据", "Evidence"), level=2),
        Bullets((t("每天早会十分钟", "A ten-minute huddle"), t("组长一对一", "Leader one-to-ones"))),
        Table(columns=(Column("", "center", 0.4, checkbox=True), Column(t("行动", "Action"), width=3),
                       Column(t("截止", "Due"), "right")),
              rows=(("", t("复盘失败的电话", "Review a lost call"), "2026-12-09"),
                    ("", t("逾期的行动", "An overdue action"), "2026-12-01"),
                    ("", t("合计", "Total"), "2")),
              tones=(Tone.NORMAL, Tone.WARNING, Tone.STRONG), caption=t("行动清单", "Actions"), note=t("打勾", "Tick")),
        Table(columns=(Column("x"),), rows=(), caption=t("比赛", "Contests"), empty=t("没有比赛", "No contest")),
        Heading(t("活动", "Activity"), level=3),
        Chart(t("每周外呼", "Calls per week"), ("W1", "W2", "W3", "W4"),
              (Series(t("外呼", "Calls"), (10, None, 30, 25)), Series(t("接通", "Connects"), (4, 6, None, 9)))),
        Chart(t("构成", "Mix"), ("A", "B"), (Series("s1", (0.2, 0.5)), Series("s2", (0.8, 0.5))), kind="stacked",
              percent=True),
        Chart(t("接通率", "Connect rate"), tuple(f"W{i}" for i in range(40)),
              (Series(t("接通率", "Rate"), tuple(None if i % 9 == 4 else 0.3 + i / 200 for i in range(40))),),
              kind="line", percent=True, y_label="%"),
        Chart(t("问卷", "Survey"), (), (), empty=t("还没有问卷", "No survey yet")),
        Spacer(3),
        PageBreak(),
        Heading(t("行动计划", "Action plan"), level=1),
        Paragraph(t("最后一段。", "The last paragraph."), Tone.MUTED),
    )


def _document(language: str = "en", *, cover: bool = True, toc: bool = True, **kw: object) -> Document:
    zh = language == "zh"
    sections = kw.pop("sections", None) or (
        Section("one", _blocks(zh), key="diagnosis"),
        Section("two", (Heading("Appendix", level=1), Paragraph("Fin.")), key="plan", new_page=True),
    )
    fields: dict = {"header": "Team 2 · 2026-12-07", "footer": "coachdesk · printed 2026-12-07", **kw}
    return Document(
        title="Coaching plan · Team 2", language=language, sections=sections,
        cover=Cover("Team 2", "Coaching plan · 2026-12-07", (("Manager", "Mia"),), "Storming", "storming",
                    "Targets against teamwork", "Principal contradiction") if cover else None,
        toc_title="Contents" if toc else "", author="coachdesk", subject="plan", keywords=("a", "b"), **fields,
    )


def _render(document: Document, path: Path, **kw: object) -> tuple[int, pypdf.PdfReader]:
    pages = render_document(document, path, **kw)
    return pages, pypdf.PdfReader(str(path))


def _text(reader: pypdf.PdfReader) -> str:
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_english_document_pages_text_labels_and_toc(tmp_path: Path) -> None:
    pages, reader = _render(_document("en", cover=False), tmp_path / "en.pdf")
    assert pages == len(reader.pages) >= 3
    text = _text(reader)
    for expected in ("Diagnosis", "1003", "Review a lost call", "No contest", "No survey yet", "Calls per week"):
        assert expected in text
    first = reader.pages[0].extract_text()
    assert "1 / " + str(pages) in first and "coachdesk · printed" in first and "Team 2 · 2026-12-07" in first
    assert f"{pages} / {pages}" in reader.pages[-1].extract_text()
    toc = reader.pages[0].extract_text()
    assert "Contents" in toc and "Diagnosis" in toc and "Action plan" in toc and "Appendix" in toc
    assert "Evidence" not in toc  # level 2 stays out of the table of contents
    assert reader.metadata.title == "Coaching plan · Team 2" and reader.metadata.author == "coachdesk"
    assert [o.title for o in reader.outline if not isinstance(o, list)][:2] == ["Diagnosis", "Action plan"]


def test_chinese_text_and_embedded_subset_font(tmp_path: Path) -> None:
    path = tmp_path / "zh.pdf"
    pages, reader = _render(_document("zh"), path)
    text = _text(reader)
    for expected in ("团队目前处于震荡期", "复盘失败的电话", "Principal contradiction", "1004"):
        assert expected in text
    assert "震荡期" in _squash(text)
    assert "Team 2" in reader.pages[0].extract_text()  # the cover
    assert "1 / " not in reader.pages[0].extract_text()  # no page label on the cover
    assert f"2 / {pages}" in reader.pages[1].extract_text()
    if shutil.which("pdffonts") is None:
        pytest.skip("pdffonts (poppler-utils) not installed")
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in out.splitlines()[2:]]
    assert rows and all("WenQuanYi" in row[0] for row in rows)  # no other font, not even an unused Helvetica
    assert all(row[-5:-2] == ["yes", "yes", "yes"] for row in rows)  # emb, sub, uni


def test_markup_emoji_and_a_2000_character_note(tmp_path: Path) -> None:
    assert printable(MARKUP_NAME) == "<b>Wang & Li</b> "
    assert markup("a < b\nc") == "a &lt; b<br/>c"
    rows = tuple((MARKUP_NAME if i == 3 else f"rep {i}", LONG_NOTE if i % 2 else "short") for i in range(8))
    blocks = (
        Heading(MARKUP_NAME, level=1),
        Paragraph(LONG_NOTE),
        Table((Column("Rep"), Column("Note", width=4)), rows, caption=MARKUP_NAME, note=MARKUP_NAME),
        Table((Column("Rep", width=0.3), Column("Note", width=0.7)), (("x", LONG_NOTE * 4),)),  # taller than a page
    )
    doc = _document(sections=(Section("s", blocks),), cover=False, toc=False, header=MARKUP_NAME)
    pages, reader = _render(doc, tmp_path / "markup.pdf")
    text = _text(reader)
    assert "<b>Wang & Li</b>" in text and "😀" not in text
    squashed = _squash(text)
    assert _squash(LONG_NOTE) in squashed
    assert "note0221" in text and pages >= 3


def test_long_table_splits_with_its_header_repeated(tmp_path: Path) -> None:
    rows = tuple((f"member {i:03d}", f"{i * 7}") for i in range(150))
    table = Table((Column("Member name"), Column("Calls made", "right")), rows, caption="All members")
    doc = _document(sections=(Section("s", (Heading("Members", level=1), table)),), cover=False, toc=False)
    pages, reader = _render(doc, tmp_path / "long.pdf")
    assert pages >= 3
    for page in reader.pages:
        assert "Member name" in page.extract_text() and "Calls made" in page.extract_text()
    text = _text(reader)
    assert "member 000" in text and "member 149" in text


@pytest.mark.parametrize(("paper", "orientation", "size"), [
    (Paper.LETTER, Orientation.PORTRAIT, (612, 792)),
    (Paper.A3, Orientation.LANDSCAPE, (1190.55, 841.89)),
    (Paper.A4, Orientation.PORTRAIT, (595.28, 841.89)),
])
def test_paper_sizes(tmp_path: Path, paper: Paper, orientation: Orientation, size: tuple[float, float]) -> None:
    doc = _document(paper=paper, orientation=orientation)
    _, reader = _render(doc, tmp_path / "size.pdf")
    assert "Contents" in reader.pages[1].extract_text()  # the cover fits one page, landscape too
    for page in reader.pages:
        box = page.mediabox
        assert (round(float(box.width), 1), round(float(box.height), 1)) == pytest.approx(size, abs=0.2)


@pytest.mark.parametrize("count", [0, 1, 4, 12, 30])
def test_poster_fits_one_page(tmp_path: Path, count: int) -> None:
    groups = tuple(PosterGroup(f"Group {i} {MARKUP_NAME}", "Every call counts", "Goal: 60 deals", i + 1,
                               f"{900 - i} pts", tuple(f"member {i}-{j}" for j in range(4)), f"leader {i}")
                   for i in range(count))
    poster = Poster("December sprint", "Team 2 · ranked by points", groups, footer="coachdesk", empty="No groups yet")
    doc = Document("Poster", "en", poster=poster, paper=Paper.A3, orientation=Orientation.LANDSCAPE)
    pages, reader = _render(doc, tmp_path / "poster.pdf")
    assert pages == len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    assert "December sprint" in text
    if count:
        squashed = _squash(text)
        assert f"Group{count - 1}" in squashed and f"{901 - count}pts" in squashed and "<b>Wang&Li</b>" in squashed
    else:
        assert "No groups yet" in text
    assert round(float(reader.pages[0].mediabox.width)) == 1191


def test_chinese_poster_to_a_stream() -> None:
    groups = tuple(PosterGroup(f"猎鹰组{i}", "一通电话一份诚意", "目标：60 单", i + 1, "¥86,400") for i in range(4))
    doc = Document("海报", "zh", poster=Poster("十二月冲刺赛", "电销一组", groups), orientation=Orientation.LANDSCAPE)
    buffer = io.BytesIO()
    assert render_document(doc, buffer) == 1
    text = pypdf.PdfReader(buffer).pages[0].extract_text()
    assert "十二月冲刺赛" in text and "猎鹰组3" in text


def test_progress_and_cancel(tmp_path: Path) -> None:
    calls: list[tuple[int, int, str]] = []
    render_document(_document(), tmp_path / "p.pdf", progress=lambda d, t, m="": calls.append((d, t, m)))
    assert calls[-1][0] == calls[-1][1] == 3 and [c[0] for c in calls] == [1, 2, 3] and calls[0][2] == ""

    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        render_document(_document(), tmp_path / "c.pdf", cancel=token)
    assert not (tmp_path / "c.pdf").exists()

    late = CancelToken()  # cancelled while the sections are composed: the layout stops too
    with pytest.raises(Cancelled):
        render_document(_document(), tmp_path / "late.pdf", cancel=late, progress=lambda d, t, m="": late.cancel())
    assert not (tmp_path / "late.pdf").exists()


def test_empty_document_is_one_page(tmp_path: Path) -> None:
    pages, reader = _render(Document("Empty", "en"), tmp_path / "empty.pdf")
    assert pages == len(reader.pages) == 1


def test_nice_scale() -> None:
    assert nice_scale(0, 135) == (0, 150, 50)
    assert nice_scale(-12, 40) == (-20, 40, 20)
    lo, hi, step = nice_scale(0.3, 0.49)
    assert lo == 0 and hi == pytest.approx(0.5) and step == pytest.approx(0.1)
    assert nice_scale(0, 0) == (0, 1, 0.2)
