"""Why a drill edit or a question file was refused, in the user's language: every MessageCode of the drills core
and store (question_file.*, question.*, drill.*, audit.*, rubric.*) translated by code and filled from the params;
the file codes of core/tabular through the shared table."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from coachdesk.core.common.messages import CodedError
from coachdesk.core.common.validation import FieldError
from coachdesk.core.drills import question_file as qf
from coachdesk.core.drills import rubric_drafts as rd
from coachdesk.gui.widgets import file_problems
from coachdesk.gui.widgets.messages import describe
from coachdesk.gui.widgets.text import CodeTexts, fill
from coachdesk.store.drills import audits as sa
from coachdesk.store.drills import questions as sq
from coachdesk.store.drills import rubrics as sr
from coachdesk.store.drills import sessions as ss

translate = QCoreApplication.translate  # a name pyside6-lupdate recognises

_TEXTS = CodeTexts({
    qf.MISSING_COLUMNS.code: (lambda: translate("DrillProblems", "row %1: no column for %2"), ("row", "columns")),
    qf.UNKNOWN_COLUMNS.code: (lambda: translate("DrillProblems", "row %1: unknown column(s) %2"), ("row", "columns")),
    qf.NO_ROWS.code: (lambda: translate("DrillProblems", "the file has no question rows"), ()),
    qf.EMPTY_CELL.code: (lambda: translate("DrillProblems", "row %1, column %2: must not be empty"),
                         ("row", "column")),
    qf.TOO_LONG.code: (lambda: translate("DrillProblems", "row %1, column %2: %3 characters; at most %4"),
                       ("row", "column", "length", "max")),
    qf.BAD_SECTION.code: (lambda: translate("DrillProblems", "row %1, column %2: “%3” is not a script section "
                                                             "(opening, discovery, value, objections, closing, "
                                                             "compliance)"), ("row", "column", "value")),
    qf.BAD_KIND.code: (lambda: translate("DrillProblems", "row %1, column %2: “%3” is not question or objection"),
                       ("row", "column", "value")),
    qf.BAD_DIFFICULTY.code: (lambda: translate("DrillProblems", "row %1, column %2: “%3” is not a difficulty from 1 "
                                                                "to 3"), ("row", "column", "value")),
    qf.BAD_YES_NO.code: (lambda: translate("DrillProblems", "row %1, column %2: “%3” is not yes or no"),
                         ("row", "column", "value")),
    qf.TOO_MANY_TAGS.code: (lambda: translate("DrillProblems", "row %1, column %2: %3 tags; at most %4"),
                            ("row", "column", "count", "max")),
    qf.REPEATED.code: (lambda: translate("DrillProblems", "row %1, column %2: the same question as row %3"),
                       ("row", "column", "first")),
    sq.ASKED_BEFORE.code: (lambda: translate("DrillProblems", "the question was asked in %1 drill entries: retire it "
                                                              "instead (it is kept for their history)"),
                           ("entries",)),
    ss.NOT_A_PARTICIPANT.code: (lambda: translate("DrillProblems", "“%1” is not a rep of this team on %2"),
                                ("value", "day")),
    ss.NO_PARTICIPANTS.code: (lambda: translate("DrillProblems", "pick at least one participant"), ()),
    ss.SESSION_ENDED.code: (lambda: translate("DrillProblems", "the session ended at %1; reopen it to add entries"),
                            ("ended",)),
    ss.OTHER_TEAM_QUESTION.code: (lambda: translate("DrillProblems", "question %1 is not in this team's bank"),
                                  ("value",)),
    ss.OTHER_TEAM_SCRIPT.code: (lambda: translate("DrillProblems", "script version %1 does not belong to this team"),
                                ("value",)),
    sa.NOT_ON_TEAM.code: (lambda: translate("DrillProblems", "member %1 is not on this team"), ("value",)),
    rd.NO_CRITERIA.code: (lambda: translate("DrillProblems", "a rubric needs at least one criterion"), ()),
    rd.TOO_MANY_CRITERIA.code: (lambda: translate("DrillProblems", "%1 criteria; at most %2"), ("count", "max")),
    rd.SAME_NAME.code: (lambda: translate("DrillProblems", "the same name as criterion %1"), ("first",)),
    rd.BAD_WEIGHT.code: (lambda: translate("DrillProblems", "%1 is not a weight from %2 to %3"),
                         ("value", "low", "high")),
    rd.BAD_PASS_MARK.code: (lambda: translate("DrillProblems", "%1 is not a pass mark from %2 to %3"),
                            ("value", "low", "high")),
    sr.NAME_TAKEN.code: (lambda: translate("DrillProblems", "the team already has a rubric called “%1”"), ("value",)),
    sr.BUILT_IN.code: (lambda: translate("DrillProblems", "the shipped rubric cannot be changed; make a new rubric "
                                                          "from it and edit that"), ()),
    sr.RUBRIC_USED.code: (lambda: translate("DrillProblems", "%1 drill sessions were scored on it: retire it instead "
                                                             "(their scores keep it)"), ("sessions",)),
    sr.OTHER_TEAM_RUBRIC.code: (lambda: translate("DrillProblems", "rubric %1 is not one of this team's rubrics"),
                                ("value",)),
    sr.RUBRIC_RETIRED.code: (lambda: translate("DrillProblems", "rubric %1 is retired; restore it to score on it"),
                             ("value",)),
})


def translates(code: str) -> bool:
    return code in _TEXTS


def coded_text(error: CodedError) -> str:
    """A question file's problem (or a file that cannot be read) in the user's language."""
    if file_problems.translates(error.code):
        return file_problems.file_problem_text(error)
    return _TEXTS.text(error.code, error.params, str(error))


def reason_text(error: FieldError) -> str:
    """What is wrong, without the field's name ('' when the shared messages say it)."""
    if error.reason in _TEXTS:
        return _TEXTS.text(error.reason, error.params, error.message)
    if error.code == "future":
        return fill(translate("DrillProblems", "%1 is in the future"), error.params.get("date", ""))
    if error.code == "range" and error.field == "score":
        return fill(translate("DrillProblems", "%1 is not a score from 0 to 100"), error.params.get("value", ""))
    if error.code == "too_many":
        return fill(translate("DrillProblems", "%1 tags; at most %2"), error.params.get("count", ""),
                    error.params.get("max", ""))
    if error.code == "required" and error.field == "points":
        return translate("DrillProblems", "tick at least one checklist point as used or missed")
    if error.code == "required" and error.field == "sections":
        return translate("DrillProblems", "a script version needs the text of at least one section")
    return ""


def problem_text(error: FieldError, label: str) -> str:
    """One sentence "<field>: <what is wrong>"."""
    reason = reason_text(error)
    if reason:
        return fill(translate("DrillProblems", "%1: %2"), label, reason)
    params = dict(error.params)
    if error.code == "too_long" and "length" not in params:
        params["length"] = "?"
    try:
        return describe(FieldError(label, error.message, error.code, params, error.reason))
    except (KeyError, IndexError, ValueError):
        return f"{label}: {error.message}"
