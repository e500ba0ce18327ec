"""A team's own rubrics: the draft's checks (every problem by criterion row and field), the JSON round trip,
certification across rubrics with different pass marks, and the stored rubrics — default, revisions when a used
rubric is edited, retire / delete, sessions scored on them, undo (SQLite and, when configured, PostgreSQL)."""

from __future__ import annotations

import datetime as dt

import pytest

from coachdesk.core.common.validation import ValidationError
from coachdesk.core.drills.questions import Question
from coachdesk.core.drills.readiness import Scored, rep_readiness
from coachdesk.core.drills.rubric_drafts import (
    CriterionDraft,
    RubricDraft,
    cleaned_rubric,
    draft_of,
    rubric_of_data,
    rubric_to_data,
)
from coachdesk.core.drills.rubrics import default_rubric
from coachdesk.core.drills.scripts import Section
from coachdesk.core.drills.sessions import DrillEntry, Mode
from coachdesk.store.drills import edits, readiness, rubrics, sessions
from coachdesk.store.undo import redo, undo
from tests.test_drills_store import AT, DAY, _bank, _team

ANCHORS = ("不开口", "照本宣科", "自然流畅")


def _draft(name: str = "晨会快问快答", mark: float = 3.0) -> RubricDraft:
    return RubricDraft(name, (CriterionDraft("核心价值", ANCHORS, 2.0), CriterionDraft("语气", ANCHORS, 1.0)), mark)


# --- core ----------------------------------------------------------------------------------------------------------

def test_a_typed_rubric_gets_fresh_keys_and_both_languages() -> None:
    rubric = cleaned_rubric(_draft(), "rubric-9")
    assert rubric.key == "rubric-9" and rubric.keys == ("c1", "c2")
    assert rubric.name == {"en": "晨会快问快答", "zh": "晨会快问快答"}
    assert rubric.criteria[0].anchor(5, "en") == "自然流畅"
    assert rubric.total({"c1": 5, "c2": 2}) == pytest.approx(4.0)  # (2·5 + 1·2) / 3
    assert rubric.passes({"c1": 3, "c2": 3}) and not rubric.passes({"c1": 2, "c2": 3})


def test_every_problem_is_named_by_row_and_field_and_nothing_is_kept() -> None:
    draft = RubricDraft("  ", (CriterionDraft("开场", ("a", "", "c"), 0), CriterionDraft("开场", ANCHORS, 1.0),
                               CriterionDraft("x" * 41, ANCHORS, 20)), 6)
    with pytest.raises(ValidationError) as error:
        cleaned_rubric(draft, "k")
    assert error.value.fields == ["name", "pass_mark", "criteria.1.anchor3", "criteria.1.weight",
                                  "criteria.2.name", "criteria.3.name", "criteria.3.weight"]
    by_field = {e.field: e for e in error.value.errors}
    assert by_field["criteria.2.name"].params == {"row": 2, "first": 1}
    assert by_field["criteria.3.name"].code == "too_long"
    assert "6 is not a pass mark from 1 to 5" in str(error.value)
    with pytest.raises(ValidationError) as empty:
        cleaned_rubric(RubricDraft("空", ()), "k")
    assert empty.value.fields == ["criteria"]
    with pytest.raises(ValidationError) as many:
        cleaned_rubric(RubricDraft("多", tuple(CriterionDraft(f"c{i}", ANCHORS) for i in range(13))), "k")
    assert "13 criteria; at most 12" in str(many.value)


def test_an_edited_copy_of_the_shipped_rubric_keeps_keys_and_untouched_languages() -> None:
    shipped = default_rubric()
    draft = draft_of(shipped)
    first = draft.criteria[0]
    changed = RubricDraft("我们的演练表", (CriterionDraft("开场白", first.anchors, 2.0, first.key),
                                      *draft.criteria[1:], CriterionDraft("合规", ANCHORS)), 3.8)
    copy = cleaned_rubric(changed, "rubric-1")
    assert copy.keys == (*shipped.keys, "c1")
    assert copy.criteria[0].name == {"en": "开场白", "zh": "开场白"}
    assert copy.criteria[0].anchors == shipped.criteria[0].anchors  # untouched: still bilingual
    assert copy.criteria[1] == shipped.criteria[1]
    again = rubric_of_data(rubric_to_data(copy), "rubric-1")
    assert again == copy
    assert cleaned_rubric(draft_of(shipped), shipped.key) == shipped


def test_certification_compares_each_total_with_its_own_rubrics_pass_mark() -> None:
    bank = [Question("价格太贵？", "答", Section.OBJECTIONS, id=1)]
    day = dt.date(2026, 3, 2)
    # 3.2 on a rubric whose mark is 3.0 (+0.2) and 3.6 on one whose mark is 4.0 (−0.4): mean margin −0.1, not yet
    rows = [Scored(7, day, Mode.CERTIFICATION, 1, True, 3.2, pass_mark=3.0),
            Scored(7, day, Mode.CERTIFICATION, 1, True, 3.6, pass_mark=4.0)]
    assert not rep_readiness(7, rows, bank, day, 3.5).certified
    rows.append(Scored(7, day, Mode.CERTIFICATION, 1, True, 4.2, pass_mark=4.0))  # +0.2: mean 0 → certified
    result = rep_readiness(7, rows, bank, day, 3.5)
    assert result.certified and result.certification_average == pytest.approx(11.0 / 3)
    # without their own marks the given mark applies, as before (average 3.67 ≥ 3.5)
    assert rep_readiness(7, [Scored(7, day, Mode.CERTIFICATION, 1, True, t) for t in (3.2, 3.6, 4.2)], bank, day,
                         3.5).certified


# --- store ---------------------------------------------------------------------------------------------------------

def test_team_rubrics_default_and_sessions_scored_on_them(db) -> None:
    team_id, reps = _team(db)
    with db.session() as s:
        shipped = rubrics.list_rubrics(s, team_id)
        assert [(i.key, i.built_in, i.team_default) for i in shipped] == [("telesales", True, True)]
        key = rubrics.add_rubric(s, team_id, _draft(), team_default=True)
        with pytest.raises(ValidationError) as taken:
            rubrics.add_rubric(s, team_id, _draft(" 晨会快问快答 "))
        assert taken.value.fields == ["name"]
        with pytest.raises(ValidationError) as shipped_name:
            rubrics.add_rubric(s, team_id, _draft("Telesales role-play"))
        assert shipped_name.value.errors[0].reason == "rubric.name_taken"
    with db.session() as s:
        infos = rubrics.list_rubrics(s, team_id)
        assert [(i.key, i.team_default) for i in infos] == [("telesales", False), (key, True)]
        assert rubrics.team_rubric(s, team_id).key == key
        default_session = sessions.start_session(s, team_id, Mode.ROLE_PLAY, "培训师", reps[:2], AT)
        shipped_session = sessions.start_session(s, team_id, Mode.ROLE_PLAY, "培训师", reps[:2], AT,
                                                 rubric_key="telesales")
    with db.session() as s:
        assert sessions.get_session(s, default_session).rubric_key == key
        assert sessions.get_session(s, shipped_session).rubric_key == "telesales"
        sessions.save_entry(s, default_session, DrillEntry(reps[0], AT, {"c1": 5, "c2": 2}))
        with pytest.raises(ValidationError) as wrong:
            sessions.save_entry(s, default_session, DrillEntry(reps[1], AT, {"opening": 3}))
        assert wrong.value.fields == ["score.opening"]
    with db.session() as s:
        log = sessions.entry_log(s, team_id)
        assert log[0].total == pytest.approx(4.0) and log[0].rubric is not None and log[0].rubric.key == key
        assert readiness.readiness_of(s, team_id, DAY).pass_mark == 3.0  # the team default's mark
        assert [i.sessions for i in rubrics.list_rubrics(s, team_id)] == [1, 1]


def test_editing_a_used_rubric_saves_a_revision_and_old_scores_keep_theirs(db) -> None:
    team_id, reps = _team(db)
    with db.session() as s:
        unused = rubrics.add_rubric(s, team_id, _draft("备用"))
        assert rubrics.update_rubric(s, unused, _draft("备用二", 4.0)) == unused  # unused: changed in place
        key = rubrics.add_rubric(s, team_id, _draft(), team_default=True)
        session_id = sessions.start_session(s, team_id, Mode.ROLE_PLAY, "培训师", reps[:1], AT)
        sessions.save_entry(s, session_id, DrillEntry(reps[0], AT, {"c1": 5, "c2": 2}))
    with db.session() as s:
        old = rubrics.rubric_for(s, key)
        edited = RubricDraft("晨会快问快答", (CriterionDraft("核心价值", ANCHORS, 1.0, "c1"),
                                        CriterionDraft("语气", ANCHORS, 1.0, "c2")), 3.0)
        revision = rubrics.update_rubric(s, key, edited)
    assert revision != key
    with db.session() as s:
        infos = {i.key: i for i in rubrics.list_rubrics(s, team_id)}
        assert infos[key].retired and not infos[key].team_default
        assert infos[revision].team_default and infos[revision].replaces == key
        assert rubrics.rubric_for(s, key) == old  # the session's scores still read on the old weights
        assert sessions.entry_log(s, team_id)[0].total == pytest.approx(4.0)
        assert rubrics.rubric_for(s, revision).total({"c1": 5, "c2": 2}) == pytest.approx(3.5)
        assert [i.key for i in rubrics.list_rubrics(s, team_id, retired=False)] == ["telesales", unused, revision]
        with pytest.raises(ValidationError) as retired:
            sessions.start_session(s, team_id, Mode.ROLE_PLAY, "培训师", reps[:1], AT, rubric_key=key)
        assert retired.value.errors[0].reason == "rubric.retired"
        with pytest.raises(ValidationError) as used:
            rubrics.delete_rubric(s, key)
        assert used.value.errors[0].params == {"sessions": 1}
        rubrics.delete_rubric(s, unused)
        with pytest.raises(ValidationError) as built_in:
            rubrics.update_rubric(s, "telesales", _draft("改"))
        assert built_in.value.errors[0].reason == "rubric.built_in"


def test_rubrics_of_another_team_are_refused_and_retire_restore(db) -> None:
    team_id, reps = _team(db)
    with db.session() as s:
        from coachdesk.core.roster.model import TeamDraft
        from coachdesk.store.roster import service as roster
        other = roster.create_team(s, TeamDraft("别的组", "", dt.date(2026, 3, 1)))
        foreign = rubrics.add_rubric(s, other, _draft())
        with pytest.raises(ValidationError) as error:
            sessions.start_session(s, team_id, Mode.ROLE_PLAY, "培训师", reps[:1], AT, rubric_key=foreign)
        assert error.value.fields == ["rubric"] and error.value.errors[0].reason == "rubric.other_team"
        with pytest.raises(ValidationError):
            sessions.start_session(s, team_id, Mode.ROLE_PLAY, "培训师", reps[:1], AT, rubric_key="rubric-x")
        mine = rubrics.add_rubric(s, team_id, _draft(), team_default=True)
        rubrics.set_retired(s, mine, True)
        assert rubrics.team_rubric(s, team_id).key == "telesales"  # a retired default is no longer the default
        rubrics.set_retired(s, mine, False)
        rubrics.set_team_default(s, team_id, mine)
        assert rubrics.team_rubric(s, team_id).key == mine
        rubrics.set_team_default(s, team_id, "telesales")
        assert rubrics.team_rubric(s, team_id).key == "telesales"


def test_rubric_edits_undo_and_redo(db) -> None:
    team_id, _ = _team(db)
    _bank(db, team_id, 1)
    with db.session() as s:
        key, added = edits.add_rubric(s, team_id, _draft(), team_default=True)
    with db.session() as s:
        _, changed = edits.update_rubric(s, team_id, key, _draft("改名", 4.5))
    undo(db, changed)
    with db.session() as s:
        assert rubrics.rubric_for(s, key).label("zh") == "晨会快问快答"
    redo(db, changed)
    with db.session() as s:
        assert rubrics.rubric_for(s, key).pass_mark == 4.5
    undo(db, changed)
    undo(db, added)
    with db.session() as s:
        assert [i.key for i in rubrics.list_rubrics(s, team_id)] == ["telesales"]


def test_cli_rubric_list_and_import(db, capsys, tmp_path) -> None:
    from tests.test_cli import Cli

    team_id, _ = _team(db)
    cli = Cli(db.url, capsys)
    good = tmp_path / "quick.toml"
    good.write_text(
        'key = "quick"\npass_mark = 3.0\nname = { en = "Quick-fire", zh = "快问快答" }\n'
        '[[criteria]]\nkey = "value"\nweight = 2.0\nname = { en = "Core value", zh = "核心价值" }\n'
        'anchors.1 = { en = "Missing", zh = "没讲" }\nanchors.3 = { en = "Partly", zh = "讲了一半" }\n'
        'anchors.5 = { en = "Clear", zh = "讲清楚" }\n', encoding="utf-8")
    added = cli.json("rubric", "import", str(good), "--team", "演练组", "--default")
    assert added == {"team": "演练组", "file": "quick.toml", "key": added["key"], "name": "Quick-fire",  # type: ignore[index]
                     "criteria": 1, "team_default": True}
    listed = cli.json("rubric", "list", "--team", "演练组")
    assert [(r["key"], r["team_default"], len(r["criteria"])) for r in listed] == [  # type: ignore[union-attr]
        ("telesales", False, 6), (added["key"], True, 1)]  # type: ignore[index]
    assert listed[1]["criteria"][0]["anchors"]["5"] == {"en": "Clear", "zh": "讲清楚"}  # type: ignore[index]
    bad = tmp_path / "bad.toml"
    bad.write_text(good.read_text(encoding="utf-8").replace('anchors.3 = { en = "Partly", zh = "讲了一半" }\n',
                                                             'anchors.3 = { en = "Partly" }\n'), encoding="utf-8")
    assert cli("rubric", "import", str(bad), "--team", "演练组") == 2
    assert "bad.toml: bad.toml.criteria[0].anchors.3.zh: missing or empty" in cli.err
    assert cli("rubric", "import", str(good), "--team", "演练组") == 2  # the name is taken
    with db.session() as s:
        assert len(rubrics.list_rubrics(s, team_id)) == 2
