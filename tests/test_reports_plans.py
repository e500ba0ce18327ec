"""Printed plans end to end on the demo: every team's plan in Chinese and English opens (pypdf), its text holds the
principal contradiction and the action table as `diagnose --json` and `plan actions --json` give them, the CJK
font is embedded as a subset, a markup-laden name and a 2,000-character note build and print literally, a
cancelled build leaves no file, and the CLI's `plan --team/--all` and `poster`."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from coachdesk.core.common.progress import Cancelled, CancelToken
from coachdesk.reports.options import PlanOptions, PlanSection
from coachdesk.reports.plans import build_plan, build_poster
from coachdesk.store.database import Database
from tests.conftest import DEMO_DAY
from tests.test_cli import Cli
from tests.test_reports_compose import LONG, rename_owner_and_note, teams

SPACE = re.compile(r"\s+")


def flat(text: str) -> str:
    """Extracted text without white space: a line wrapped in the PDF still compares with the JSON's text."""
    return SPACE.sub("", text)


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_demo_teams_plan_prints_the_diagnosis_and_the_actions(demo_db: Database, tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture[str],
                                                                    lang: str) -> None:
    cli = Cli(demo_db.url, capsys)
    for team_id, name in teams(demo_db):
        built = build_plan(demo_db, team_id, PlanOptions(DEMO_DAY, lang), tmp_path / f"{team_id}-{lang}.pdf")
        reader = PdfReader(str(built.path))
        assert len(reader.pages) == built.pages >= 8, name
        text = flat(pdf_text(built.path))
        diagnosis = cli.json("diagnose", "--team", name, "--as-of", DEMO_DAY.isoformat(), "--lang", lang)
        assert isinstance(diagnosis, dict)
        assert flat(diagnosis["principal_contradiction"]["summary"]) in text, name
        listed = cli.json("plan", "actions", "--team", name, "--as-of", DEMO_DAY.isoformat())
        assert isinstance(listed, dict) and listed["actions"]
        for action in listed["actions"]:
            assert flat(action["title"]) in text and action["due_on"] in text, (name, action["title"])
        outline = [item.title for item in reader.outline if not isinstance(item, list)]
        assert len(outline) >= 6, outline  # a bookmark per section
    if lang == "zh":
        assert "目录" in text and "辅导计划" in text
    else:
        assert "Contents" in text and flat("This period's plan") in text


def test_the_cjk_font_is_embedded_as_a_subset(demo_db: Database, tmp_path: Path) -> None:
    if shutil.which("pdffonts") is None:
        pytest.skip("pdffonts (poppler-utils) not installed")
    team_id = teams(demo_db)[0][0]
    built = build_plan(demo_db, team_id, PlanOptions(DEMO_DAY, "zh"), tmp_path / "plan.pdf")
    fonts = subprocess.run(["pdffonts", str(built.path)], capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in fonts.splitlines()[2:] if line.strip()]
    assert rows and all("WenQuanYi" in row[0] for row in rows), fonts
    assert all(row[-5:-2] == ["yes", "yes", "yes"] for row in rows), fonts  # emb, sub, uni


def test_a_markup_name_and_a_long_note_build_and_print_literally(demo_db: Database, tmp_path: Path) -> None:
    team_id = dict((n, i) for i, n in teams(demo_db))["城南电销二部"]
    with demo_db.session() as s:
        rename_owner_and_note(s, team_id)
    for lang in ("zh", "en"):
        built = build_plan(demo_db, team_id, PlanOptions(DEMO_DAY, lang), tmp_path / f"odd-{lang}.pdf")
        text = flat(pdf_text(built.path))
        assert flat("<b>Wang & Li</b>") in text  # the emoji is dropped (the font has none), the markup printed
        # the whole note, not cut: it may break across a page (the running header then sits inside one piece)
        assert text.count(flat("<i>markup</i>很长的备注")) >= LONG.count("<i>markup</i> 很长的备注") - 1
        assert flat(LONG[-40:]) in text
    poster = build_poster(demo_db, team_id, PlanOptions(DEMO_DAY, "zh"), tmp_path / "poster.pdf")
    assert poster.pages == 1


def test_sections_left_out_and_a_cancelled_build(demo_db: Database, tmp_path: Path) -> None:
    team_id = teams(demo_db)[0][0]
    full = build_plan(demo_db, team_id, PlanOptions(DEMO_DAY, "en"), tmp_path / "full.pdf")
    short = build_plan(demo_db, team_id, PlanOptions(DEMO_DAY, "en", sections=frozenset({PlanSection.PLAN})),
                       tmp_path / "short.pdf")
    assert short.pages < full.pages
    assert "Diagnosis" not in pdf_text(short.path).split("This period's plan")[0]
    token = CancelToken()
    token.cancel()
    out = tmp_path / "cancelled.pdf"
    with pytest.raises(Cancelled):
        build_plan(demo_db, team_id, PlanOptions(DEMO_DAY, "en"), out, cancel=token)
    assert not out.exists() and not any(p.name.endswith(".part") for p in tmp_path.iterdir())


def test_cli_plan_for_one_team_for_all_and_the_poster(demo_db: Database, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    cli = Cli(demo_db.url, capsys)
    day = DEMO_DAY.isoformat()
    one = cli.json("plan", "--team", "城南电销二部", "--as-of", day, "--lang", "en", "--paper", "letter",
                   "--out", str(tmp_path / "one.pdf"))
    assert isinstance(one, dict) and one["team"] == "城南电销二部" and one["pages"] >= 8
    width, height = PdfReader(str(tmp_path / "one.pdf")).pages[0].mediabox.upper_right
    assert (round(float(width)), round(float(height))) == (612, 792)  # Letter
    every = cli.json("plan", "--all", "--as-of", day, "--out-dir", str(tmp_path / "all"))
    assert isinstance(every, list) and len(every) == len(teams(demo_db))
    assert sorted(p.name for p in (tmp_path / "all").iterdir()) == sorted(
        f"{t['team']}-{day}-zh.pdf" for t in every)
    poster = cli.json("poster", "--team", "城南电销二部", "--as-of", day, "--out", str(tmp_path / "poster.pdf"))
    assert isinstance(poster, dict) and poster["pages"] == 1
    width, height = PdfReader(str(tmp_path / "poster.pdf")).pages[0].mediabox.upper_right
    assert float(width) > float(height)  # landscape
    assert cli("plan", "--as-of", day, "--out", str(tmp_path / "x.pdf")) == 2
    assert "give --team T" in cli.err
    assert cli("plan", "--team", "城南电销二部", "--sections", "diagnosis,nonsense", "--out",
               str(tmp_path / "x.pdf")) == 2
    assert "unknown section(s) nonsense" in cli.err
    assert not (tmp_path / "x.pdf").exists()
