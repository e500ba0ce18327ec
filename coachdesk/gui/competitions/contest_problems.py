"""Why a contest edit was refused, and the stage link's advice, in the user's language: every MessageCode of the
contest rules (core/competitions/rules.py), the morning contest and promises (contests.py), the contest store and
its routine (store/competitions/contests.py, routine.py), translated by code and filled from the params."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from coachdesk.core.common.messages import MessageCode
from coachdesk.core.common.validation import FieldError
from coachdesk.core.competitions import contests as c
from coachdesk.core.competitions import rules as r
from coachdesk.gui.competitions.contest_labels import metric_label, tie_break_label
from coachdesk.gui.widgets.messages import describe
from coachdesk.gui.widgets.text import CodeTexts, fill
from coachdesk.store.competitions import contests as sc
from coachdesk.store.competitions import routine as sr

translate = QCoreApplication.translate  # a name pyside6-lupdate recognises

_PROBLEMS = CodeTexts({
    # the rules
    r.NAME_REQUIRED.code: (lambda: translate("ContestProblems", "give the contest a name"), ()),
    r.NAME_TOO_LONG.code: (lambda: translate("ContestProblems", "the name is longer than %1 characters"), ("max",)),
    r.DATES_ORDER.code: (lambda: translate("ContestProblems", "the contest ends (%1) before it starts (%2)"),
                         ("ends", "starts")),
    r.TOO_LONG_PERIOD.code: (lambda: translate("ContestProblems", "a contest lasts at most %1 days, not %2"),
                             ("max", "days")),
    r.NO_METRIC.code: (lambda: translate("ContestProblems", "score at least one metric with positive points"), ()),
    r.STANDARD_ONE.code: (lambda: translate("ContestProblems", "a standard contest scores exactly one metric; use "
                                                               "a points contest for several"), ()),
    r.BAD_POINTS.code: (lambda: translate("ContestProblems", "points for %1 must be a positive number, not %2"),
                        ("metric", "value")),
    r.NEEDS_TARGET.code: (lambda: translate("ContestProblems", "a %1 contest needs a target: a rep target, a group "
                                                               "target or own targets"), ("kind",)),
    r.BAD_TARGET.code: (lambda: translate("ContestProblems", "the target for %1 must be a positive number, not %2"),
                        ("who", "value")),
    r.BAD_MORNING.code: (lambda: translate("ContestProblems", "morning contest points must be 0 or more, not %1"),
                         ("value",)),
    r.MORNING_NEEDS_GROUPS.code: (lambda: translate("ContestProblems", "morning contest points go to groups: "
                                                                       "choose groups or hybrid participants"), ()),
    r.REPEATED_TIE_BREAK.code: (lambda: translate("ContestProblems", "the tie-break “%1” is listed twice"),
                                ("rule",)),
    r.HANDICAP_NEEDS_REPS.code: (lambda: translate("ContestProblems", "handicaps scale reps' targets: choose "
                                                                      "individual or hybrid participants"), ()),
    # the contest store
    sc.RULES_LOCKED.code: (lambda: translate("ContestProblems", "the rules are locked since the contest started on "
                                                                "%1: amend them with a reason"), ("starts",)),
    sc.PERIOD_LOCKED.code: (lambda: translate("ContestProblems", "the contest started on %1: its period changes "
                                                                 "only by an amendment"), ("starts",)),
    sc.CLOSED.code: (lambda: translate("ContestProblems", "the contest was closed on %1; its final standings are "
                                                          "frozen"), ("closed",)),
    sc.AMEND_NEEDS_REASON.code: (lambda: translate("ContestProblems", "say why the rules change (the amendment is "
                                                                      "kept)"), ()),
    sc.AMEND_NOTHING.code: (lambda: translate("ContestProblems", "the amendment changes nothing"), ()),
    sc.AMEND_NOT_STARTED.code: (lambda: translate("ContestProblems", "the contest has not started: edit its rules "
                                                                     "directly"), ()),
    sc.UNKNOWN_PARTICIPANT.code: (lambda: translate("ContestProblems", "“%1” is not a participant of this contest"),
                                  ("value",)),
    sc.DUEL_MIXED.code: (lambda: translate("ContestProblems", "a duel is between two reps or two groups, not one of "
                                                              "each"), ()),
    sc.DUEL_SAME.code: (lambda: translate("ContestProblems", "a duel needs two different sides"), ()),
    sc.OUTSIDE_PERIOD.code: (lambda: translate("ContestProblems", "%1 is outside the contest (%2 – %3)"),
                             ("day", "starts", "ends")),
    sc.BAD_POINTS_VALUE.code: (lambda: translate("ContestProblems", "points must be a number other than 0, not %1"),
                               ("value",)),
    # the routine
    sr.NOT_ON_TEAM.code: (lambda: translate("ContestProblems", "“%1” is not an active rep of this team on %2"),
                          ("value", "day")),
    sr.BAD_AMOUNT.code: (lambda: translate("ContestProblems", "the amount must be 0 or more, not %1"), ("value",)),
    sr.RECAP_TEXT.code: (lambda: translate("ContestProblems", "say what was shared"), ()),
    sr.RECAP_KIND.code: (lambda: translate("ContestProblems", "a recap entry is a win, an idea or a method, not %1"),
                         ("value",)),
    sr.NOTE_EMPTY.code: (lambda: translate("ContestProblems", "say who supports the rep or what chance they are "
                                                              "given"), ()),
    # the morning contest and the promises
    c.TOPIC_REQUIRED.code: (lambda: translate("ContestProblems", "give the morning contest a topic"), ()),
    c.TOO_FEW_GROUPS.code: (lambda: translate("ContestProblems", "a morning contest needs at least two groups, not "
                                                                 "%1"), ("count",)),
    c.NO_REPRESENTATIVE.code: (lambda: translate("ContestProblems", "choose a representative for %1"), ("group",)),
    c.NO_SCORES.code: (lambda: translate("ContestProblems", "%1 has no judges' scores"), ("group",)),
    c.BAD_SCORE.code: (lambda: translate("ContestProblems", "score %1 for %2 is outside %3–%4"),
                       ("value", "group", "low", "high")),
    c.BAD_SCORE_COUNT.code: (lambda: translate("ContestProblems", "%1: a judge gives %2 scores (one per criterion), "
                                                                  "not %3"), ("group", "expected", "count")),
    c.GROUP_TWICE.code: (lambda: translate("ContestProblems", "%1 is entered twice"), ("group",)),
    c.PROMISE_REQUIRED.code: (lambda: translate("ContestProblems", "say what the %1 is for"), ("kind",)),
    c.PROMISE_WHOM.code: (lambda: translate("ContestProblems", "say to whom the %1 is promised"), ("kind",)),
    c.DELIVERED_EARLY.code: (lambda: translate("ContestProblems", "delivered on %1, before it was promised (%2)"),
                             ("delivered", "promised")),
})

_FIT = CodeTexts({
    c.FIT_FORMING.code: (lambda: translate(
        "ContestProblems", "The team is forming: keep contests light and about effort (calls, connects) in small "
        "groups, so newcomers can win; handicaps by tenure help. Seed 003 starts group competition once the team "
        "has found its feet."), ()),
    c.FIT_STORMING.code: (lambda: translate(
        "ContestProblems", "The team is storming: groups competing is the storming-stage practice of seed 003 — "
        "balanced groups with their own name, slogan and goal, a morning contest, every deal announced, results "
        "shared each evening and every promised reward and penalty kept."), ()),
    c.FIT_NORMING.code: (lambda: translate(
        "ContestProblems", "The team is norming: targets of its own per group or rep (a target contest, hybrid "
        "scoring) keep the competition about everyone improving rather than a few stars, so the new norms "
        "hold."), ()),
    c.FIT_PERFORMING.code: (lambda: translate(
        "ContestProblems", "The team is performing: short races and head-to-head duels give stretch; let the groups "
        "set their own goals and keep the celebration, but avoid contests that pit the team against itself for "
        "long."), ()),
    c.FIT_UNKNOWN.code: (lambda: translate(
        "ContestProblems", "The team's stage is not diagnosed yet; diagnose it to see how this contest fits."), ()),
    c.FIT_GROUPS_IN_FORMING.code: (lambda: translate(
        "ContestProblems", "Deals-only scoring in a forming team rewards the few who already sell; add calls or "
        "connects."), ()),
    c.FIT_NO_GROUPS_STORMING.code: (lambda: translate(
        "ContestProblems", "A storming team gains most from groups competing: consider group or hybrid "
        "participants."), ()),
})

# params that hold an enum value: shown by their translated label
_VALUE_LABELS = {"metric": metric_label, "rule": tie_break_label}


def translates(code: str) -> bool:
    return code in _PROBLEMS or code in _FIT


def _params(error: FieldError) -> dict[str, object]:
    params = dict(error.params)
    for name, label in _VALUE_LABELS.items():
        if name in params:
            params[name] = label(params[name])
    if "kind" in params:  # a promise's or a contest's kind, in the sentence's own (lower-case) words
        words = {"reward": translate("ContestProblems", "reward"), "penalty": translate("ContestProblems", "penalty"),
                 "target": translate("ContestProblems", "target"), "race": translate("ContestProblems", "race")}
        params["kind"] = words.get(str(params["kind"]), str(params["kind"]))
    if params.get("who") == "each rep":
        params["who"] = translate("ContestProblems", "each rep")
    elif params.get("who") == "each group":
        params["who"] = translate("ContestProblems", "each group")
    return params


def reason_text(error: FieldError) -> str:
    """What is wrong, without the field's name (for the label beside the field)."""
    if error.reason in _PROBLEMS:
        return _PROBLEMS.text(error.reason, _params(error), error.message)
    if error.code == "date_order" and error.field == "ends_on":
        return translate("ContestProblems", "the last day is before the first day")
    return ""


def problem_text(error: FieldError, label: str) -> str:
    """One sentence "<field>: <what is wrong>"; codes not in the table as the shared messages say."""
    reason = reason_text(error)
    if reason:
        return fill(translate("ContestProblems", "%1: %2"), label, reason)
    try:
        return describe(FieldError(label, error.message, error.code, dict(error.params), error.reason))
    except (KeyError, IndexError, ValueError):
        return f"{label}: {error.message}"


def fit_text(code: MessageCode) -> str:
    """The stage link's advice or warning in the user's language."""
    return _FIT.text(code.code, {}, code.english)
