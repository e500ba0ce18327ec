"""Script drills' domain: script versions and their diff, the question bank and its file, rubrics and trainer
agreement, the console's steps, spaced repetition, readiness and certification, audits, the readiness signal."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import pytest

from coachdesk.core.common.validation import ValidationError
from coachdesk.core.drills.audits import Audit, AuditKind, cleaned_audit, summarise
from coachdesk.core.drills.console import ConsoleState
from coachdesk.core.drills.question_file import QuestionFileError, read_question_file, write_question_file
from coachdesk.core.drills.questions import Difficulty, Kind, Question, cleaned_question, split_tags
from coachdesk.core.drills.readiness import Scored, rep_readiness, team_readiness
from coachdesk.core.drills.repetition import Answer, candidates, draw, memory, rating_of, team_miss_rates
from coachdesk.core.drills.rubrics import agreement, default_rubric
from coachdesk.core.drills.scripts import Change, ScriptVersion, Section, VersionDraft, diff_versions
from coachdesk.core.drills.sessions import DrillEntry, Mode, cleaned_entry
from coachdesk.core.lifecycle.facts import DayFact, TeamFacts
from coachdesk.core.lifecycle.readiness_signal import ReadinessSignals, readiness_extras
from coachdesk.core.lifecycle.thresholds import Thresholds

DAY = dt.date(2026, 3, 31)
NOW = dt.datetime(2026, 3, 31, 9, 30)


def q(qid: int, section: Section = Section.OBJECTIONS, basic: bool = True) -> Question:
    return Question(f"问题 {qid}", f"答案 {qid}", section, id=qid, basic=basic)


# --- scripts ---------------------------------------------------------------------------------------------------

def version(number: int, **texts: str) -> ScriptVersion:
    return ScriptVersion(number, {Section(k): v for k, v in texts.items()}, DAY)


def test_diff_marks_edited_added_removed_and_unchanged_sections() -> None:
    old = version(1, opening="您好，我是华东续费中心的小王。\n打扰您一分钟。", value="我们的软件帮您省税。",
                  compliance="本通话可能被录音。")
    new = version(2, opening="您好，我是华东续费中心的小王。\n占用您一分钟可以吗？", closing="今天办理可享九折。",
                  compliance="本通话可能被录音。")
    diff = {d.section: d for d in diff_versions(old, new)}
    assert [d.section for d in diff_versions(old, new)] == [Section.OPENING, Section.VALUE, Section.CLOSING,
                                                            Section.COMPLIANCE]  # call order, only sections with text
    assert diff[Section.COMPLIANCE].change is Change.SAME
    assert diff[Section.VALUE].change is Change.REMOVED and diff[Section.CLOSING].change is Change.ADDED
    opening = diff[Section.OPENING]
    assert opening.change is Change.CHANGED
    assert [line.change for line in opening.lines] == [Change.SAME, Change.CHANGED]
    pieces = opening.lines[1].pieces
    # character by character: the kept "您一分钟" stays, the rest is marked removed / added
    assert "".join(p.text for p in pieces if p.change is not Change.ADDED) == "打扰您一分钟。"
    assert "".join(p.text for p in pieces if p.change is not Change.REMOVED) == "占用您一分钟可以吗？"
    assert any(p.change is Change.SAME and "您一分钟" in p.text for p in pieces)
    assert opening.added == 1 and opening.removed == 1


def test_a_rewritten_line_is_a_removal_and_an_addition() -> None:
    d = diff_versions(version(1, closing="今天办理可享九折。"), version(2, closing="Sign today."))[0]
    assert [line.change for line in d.lines] == [Change.REMOVED, Change.ADDED]


def test_version_draft_keeps_line_breaks_and_needs_a_section() -> None:
    draft = VersionDraft({Section.OPENING: "  您好！\r\n  我是小王。 \n\n", Section.VALUE: "   "}, " 统一版 ").cleaned()
    assert draft.sections == {Section.OPENING: "您好！\n  我是小王。"} and draft.note == "统一版"
    with pytest.raises(ValidationError) as error:
        VersionDraft({Section.OPENING: " "}).cleaned()
    assert error.value.fields == ["sections"]


# --- question bank -----------------------------------------------------------------------------------------------

def test_tags_split_on_chinese_and_english_separators() -> None:
    assert split_tags("价格，竞品、 预算; price ;价格") == ("价格", "竞品", "预算", "price")


def test_question_needs_text_and_answer() -> None:
    with pytest.raises(ValidationError) as error:
        cleaned_question(Question(" ", "", Section.OPENING))
    assert error.value.fields == ["text", "answer"]


def test_question_file_round_trips(tmp_path: Path) -> None:
    bank = [Question("价格太贵了", "先认同，再拆分到每天的成本……", Section.OBJECTIONS, Kind.OBJECTION, Difficulty.HARD,
                     True, ("价格", "预算")),
            Question("你们是哪家公司？", "我们是……", Section.OPENING, basic=False)]
    path = tmp_path / "bank.csv"
    assert write_question_file(path, bank, chinese_headers=True) == 2
    assert read_question_file(path) == bank


def test_question_file_reports_every_bad_cell_with_row_and_column(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("问题,参考答案,环节,难度,基础\n"
                    "价格太贵,先认同,异议处理,3,是\n"
                    ",没有问题,开场,1,是\n"
                    "没时间,约个时间,售后,5,也许\n"
                    "价格太贵,重复,异议,2,否\n", encoding="gb18030")
    with pytest.raises(QuestionFileError) as error:
        read_question_file(path)
    assert error.value.problems == [
        "row 3, column 问题: must not be empty",
        "row 4, column 环节: '售后' is not a script section (opening, discovery, value, objections, closing, "
        "compliance)",
        "row 4, column 难度: '5' is not a difficulty from 1 to 3",
        "row 4, column 基础: '也许' is not yes or no",
        "row 5, column 问题: the same question as row 2",
    ]


def test_question_file_names_missing_and_unknown_columns(tmp_path: Path) -> None:
    path = tmp_path / "cols.csv"
    path.write_text("question,colour\nPrice,blue\n", encoding="utf-8")
    with pytest.raises(QuestionFileError) as error:
        read_question_file(path)
    assert error.value.problems == ["row 1: no column for answer (参考答案), section (环节)",
                                    "row 1: unknown column(s) colour"]


# --- rubrics -----------------------------------------------------------------------------------------------------

def test_default_rubric_is_bilingual_with_anchors_weights_and_pass_mark() -> None:
    rubric = default_rubric()
    assert rubric.keys == ("opening", "discovery", "value", "objections", "closing", "tone")
    for c in rubric.criteria:
        assert c.label("zh") and c.label("en") != c.label("zh")
        assert all(c.anchor(s, lang) for s in (1, 3, 5) for lang in ("en", "zh"))
    # weights 1, 1, 1.5, 1.5, 1, 0.5
    assert rubric.total({"opening": 4, "value": 3}) == pytest.approx((4 + 1.5 * 3) / 2.5)
    assert rubric.passes(dict.fromkeys(rubric.keys, 4)) and not rubric.passes({"opening": 3})
    with pytest.raises(ValidationError) as error:
        rubric.check({"opening": 6, "smile": 3})
    assert error.value.fields == ["score.opening", "score.smile"]


def test_trainer_agreement_by_hand() -> None:
    a = {"opening": 3, "value": 4, "closing": 5, "tone": 2}
    b = {"opening": 3, "value": 3, "closing": 5, "tone": 3, "discovery": 4}
    result = agreement([(a, b)])
    assert result is not None
    assert result.pairs == 4 and result.exact == 0.5 and result.within_one == 1.0
    # observed mean (a−b)² = 0.5; expected over the margins (A: 2,3,4,5 once; B: 3 thrice, 5 once) = 32/16 = 2
    assert result.kappa == pytest.approx(1 - 0.5 / 2)
    assert result.mean_difference == 0 and result.verdict == "good"
    assert agreement([({"opening": 3}, {"value": 3})]) is None


# --- entries and the console --------------------------------------------------------------------------------------

def test_entry_must_say_something_and_answered_needs_a_question() -> None:
    rubric = default_rubric()
    with pytest.raises(ValidationError) as error:
        cleaned_entry(DrillEntry(1, NOW), rubric)
    assert error.value.fields == ["scores"]
    with pytest.raises(ValidationError) as error:
        cleaned_entry(DrillEntry(1, NOW, {"opening": 0}, question_id=5), rubric)
    assert error.value.fields == ["score.opening", "answered_well"]


def test_console_scores_with_number_keys_and_moves_on() -> None:
    rubric = default_rubric()
    state = ConsoleState(rubric, (11, 12, 13))
    state.set_question(7, NOW)
    for key in (4, 3, 5):
        state.score(key)
    assert state.scores == {"opening": 4, "discovery": 3, "value": 5} and state.criterion == 3
    state.mark(True)
    state.note = " 开场很自然 "
    entry = state.entry(NOW + dt.timedelta(seconds=75), session_id=3)
    assert entry == DrillEntry(11, NOW + dt.timedelta(seconds=75), {"opening": 4, "discovery": 3, "value": 5}, 7,
                               True, "开场很自然", 75, 3)
    state.saved()
    assert state.member_id == 12 and not state.dirty and state.asked == {11: [7]}
    assert state.entry(NOW) is None  # nothing typed: Enter has nothing to save
    state.previous_participant()
    state.previous_participant()
    assert state.member_id == 13  # wraps round


def test_console_resumes_after_the_last_saved_entry() -> None:
    saved = [DrillEntry(11, NOW, {"opening": 3}, 7, True), DrillEntry(12, NOW + dt.timedelta(minutes=2),
                                                                         {"opening": 4}, 8, False)]
    state = ConsoleState.resumed(default_rubric(), (11, 12, 13), saved)
    assert state.member_id == 13 and state.asked == {11: [7], 12: [8]}


# --- spaced repetition -----------------------------------------------------------------------------------------

def test_a_question_answered_badly_weighs_more_than_one_answered_well() -> None:
    bank = [q(1), q(2), q(3)]
    answers = [Answer(5, 1, NOW - dt.timedelta(days=3), False), Answer(5, 2, NOW - dt.timedelta(days=3), True, 4.8)]
    pool = {c.question_id: c for c in candidates(5, bank, memory(answers), team_miss_rates(answers), NOW)}
    assert pool[1].weight > pool[3].weight > pool[2].weight  # failed > never asked > known well
    assert pool[3].recall is None and pool[2].recall is not None and pool[2].recall > pool[1].recall  # type: ignore
    assert rating_of(answers[1]).name == "Easy" and rating_of(answers[0]).name == "Again"


def test_draws_follow_the_weights_and_repeat_for_the_same_seed() -> None:
    bank = [q(i) for i in range(1, 6)]
    answers = [Answer(5, i, NOW - dt.timedelta(days=2), i != 1, 4.0) for i in range(1, 6)]
    picks = [draw(5, bank, answers, NOW, random.Random(seed)) for seed in range(300)]
    assert picks.count(1) > max(picks.count(i) for i in range(2, 6))
    assert picks == [draw(5, bank, answers, NOW, random.Random(seed)) for seed in range(300)]
    again = [draw(5, bank, answers, NOW, random.Random(s), asked_today=[1]) for s in range(300)]
    assert again.count(1) < 20  # asked already this session: rarely again


# --- readiness and certification ----------------------------------------------------------------------------------

def test_readiness_by_hand() -> None:
    bank = [q(1), q(2), q(3, basic=False)]
    entries = [Scored(5, DAY, Mode.ROLE_PLAY, 1, True, 4.0, 2),
               Scored(5, DAY - dt.timedelta(days=30), Mode.ROLE_PLAY, 1, False, 2.0, 1),
               Scored(5, DAY - dt.timedelta(days=10), Mode.ROLE_PLAY, 3, True, 3.0, 2),
               Scored(5, DAY - dt.timedelta(days=120), Mode.ROLE_PLAY, 2, True, 5.0, 1)]  # outside the window
    r = rep_readiness(5, entries, bank, DAY, 3.5)
    # q1: well today (weight 1), badly 30 days ago (weight ½) → 1 / 1.5; q2 not in the window → 0
    assert r.question_scores == {1: pytest.approx(2 / 3), 2: 0.0}
    assert r.readiness == pytest.approx(1 / 3) and r.basic_well == 1 and r.basic_total == 2
    assert r.rubric_average == pytest.approx(3.0) and r.entries == 3
    # daily averages 2, 3, 4 on days 0, 20, 30: slope Σ(x−x̄)(y−ȳ) / Σ(x−x̄)² = 30 / (1400/3) per day, × 30
    assert r.rubric_trend == pytest.approx(2700 / 1400)
    assert r.script_versions == (1, 2) and r.band == "low" and not r.certified


def test_certification_needs_every_basic_question_and_the_pass_mark() -> None:
    bank = [q(1), q(2), q(3, basic=False)]
    cert = Mode.CERTIFICATION
    entries = [Scored(5, DAY - dt.timedelta(days=5), cert, 1, True, 4.0),
               Scored(5, DAY - dt.timedelta(days=4), Mode.ROLE_PLAY, 2, True, 5.0),  # not a certification
               Scored(5, DAY - dt.timedelta(days=3), cert, 2, False, 3.0)]
    r = rep_readiness(5, entries, bank, DAY, 3.5)
    assert not r.certified and r.certification_missing == (2,) and r.certification_average == pytest.approx(3.5)
    entries.append(Scored(5, DAY - dt.timedelta(days=1), cert, 2, True, 4.0))
    r = rep_readiness(5, entries, bank, DAY, 3.5)
    assert r.certified and r.certified_on == DAY - dt.timedelta(days=1) and r.certification_missing == ()
    entries.append(Scored(5, DAY, cert, 1, True, 1.0))  # average now (4 + 3 + 4 + 1) / 4 = 3 < 3.5
    assert not rep_readiness(5, entries, bank, DAY, 3.5).certified


def test_team_readiness_bands_and_weak_spots() -> None:
    bank = [q(1, Section.OBJECTIONS), q(2, Section.OPENING)]
    entries = [Scored(m, DAY, Mode.ROLE_PLAY, 1, False, 2.0) for m in (1, 2, 3)] + \
              [Scored(m, DAY, Mode.ROLE_PLAY, 2, True, 4.0) for m in (1, 2, 3)]
    team = team_readiness([1, 2, 3, 4], entries, bank, DAY, 3.5)
    assert team.drilled == 3 and team.mean == pytest.approx(0.5)
    assert team.bands == {"low": 1, "middle": 3, "ready": 0}  # rep 4 was never drilled
    assert [(w.question_id, w.share_well) for w in team.weakest_questions] == [(1, 0.0), (2, 1.0)]
    assert team.weakest_sections == ((Section.OBJECTIONS, 0.0), (Section.OPENING, 1.0))


# --- audits ---------------------------------------------------------------------------------------------------------

def test_audits_check_and_summarise() -> None:
    audit = Audit(5, DAY, AuditKind.MYSTERY_SHOPPER, " 质检 李 ", {"opening": True, "value": False, "closing": True},
                  (" 未提示录音 ", ""), None, "")
    cleaned = cleaned_audit(audit, DAY)
    assert cleaned.auditor == "质检 李" and cleaned.issues == ("未提示录音",)
    assert cleaned.adherence == pytest.approx(2 / 3) and cleaned.effective_score == pytest.approx(200 / 3)
    with pytest.raises(ValidationError) as error:
        cleaned_audit(Audit(5, DAY + dt.timedelta(days=1), AuditKind.CALL_REVIEW, "", {}, score=120), DAY)
    assert error.value.fields == ["auditor", "on", "points", "score"]
    summary = summarise([cleaned, Audit(5, DAY, AuditKind.CALL_REVIEW, "QC", {"value": False}, score=40)])
    assert summary.audits == 2 and summary.score == pytest.approx((200 / 3 + 40) / 2)
    assert summary.missed_most == (("value", 2),) and summary.issues == 1


# --- the readiness signal --------------------------------------------------------------------------------------------

def facts(extras: dict[str, object], calls_before: int = 100, calls_recent: int = 100) -> TeamFacts:
    days = tuple(DayFact(DAY - dt.timedelta(days=d), calls_recent if d <= 28 else calls_before, 40, 3, 0)
                 for d in range(56, 0, -1))
    return TeamFacts(1, DAY - dt.timedelta(days=400), DAY, (), days, (), DAY - dt.timedelta(days=1), (),
                     {"drills": extras})


def test_readiness_signal_low_high_and_falling_with_volume() -> None:
    provider, limits = ReadinessSignals(), Thresholds()
    low = list(provider.signals(facts(readiness_extras(0.3, None, 10, 12, 0)), limits))
    assert [(s.id, s.finding) for s in low] == [("script_readiness", "low")]
    assert low[0].stages[0].value == "forming" and low[0].params["readiness_pct"] == 30
    high = list(provider.signals(facts(readiness_extras(0.8, 0.78, 10, 12, 8)), limits))
    assert [(s.id, s.finding) for s in high] == [("script_readiness", "high")]
    falling = list(provider.signals(facts(readiness_extras(0.55, 0.7, 10, 12, 3), 100, 130), limits))
    assert [(s.id, s.finding) for s in falling] == [("script_readiness", "middle"),
                                                    ("readiness_trend", "falling_with_volume")]
    assert falling[1].params == {"fall_pts": 15, "before_pct": 70, "readiness_pct": 55, "volume_pct": 30}
    assert list(provider.signals(facts(readiness_extras(None, None, 0, 12, 0)), limits)) == []
