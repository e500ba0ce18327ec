"""Why a group split cannot be made, in the user's language (the balancer's and the store's MessageCodes)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from coachdesk.core.common.validation import FieldError
from coachdesk.core.competitions import balance as b
from coachdesk.core.competitions import strength as st
from coachdesk.gui.widgets.messages import describe
from coachdesk.gui.widgets.text import CodeTexts
from coachdesk.store.competitions import balance as sb

translate = QCoreApplication.translate

_PROBLEMS = CodeTexts({
    b.LISTED_TWICE.code: (lambda: translate("BalanceProblems", "a member is listed twice"), ()),
    b.NO_GROUPS.code: (lambda: translate("BalanceProblems", "the number of groups must be at least 1, not %1"),
                       ("groups",)),
    b.TOO_FEW_REPS.code: (
        lambda: translate("BalanceProblems", "%1 groups need at least %1 active reps; the team has %2"),
        ("groups", "reps")),
    b.NOT_A_REP.code: (lambda: translate("BalanceProblems", "member %1 is not an active rep of the team"),
                       ("member",)),
    b.SELF_PAIR.code: (lambda: translate("BalanceProblems", "%1 is paired with themself"), ("member",)),
    b.TOGETHER_AND_APART.code: (
        lambda: translate("BalanceProblems", "%1 and %2 must be kept together and apart at once"), ("a", "b")),
    b.TOO_BIG_TOGETHER.code: (
        lambda: translate("BalanceProblems", "%1 members kept together do not fit in a group of at most %2"),
        ("size", "most")),
    b.NEW_HIRES_TOGETHER.code: (
        lambda: translate("BalanceProblems", "new hires %1 are kept together, so the new hires cannot spread "
                                             "evenly over %2 groups (at most %3 per group)"),
        ("members", "groups", "per_group")),
    b.TOO_FEW_LEADER_UNITS.code: (
        lambda: translate("BalanceProblems", "the keep-together pairs leave fewer than %1 units that could each "
                                             "get a leader"), ("groups",)),
    b.PAIRS_UNMET.code: (
        lambda: translate("BalanceProblems", "the keep-together and keep-apart pairs cannot all be met with %1 "
                                             "groups"), ("groups",)),
    b.RULES_UNMET.code: (
        lambda: translate("BalanceProblems", "the rules cannot all be met with %1 groups (sizes, one leader each, "
                                             "new hires spread evenly)"), ("groups",)),
    st.NO_FIGURE.code: (lambda: translate("BalanceProblems", "choose at least one figure with a positive weight"),
                        ()),
    st.BAD_WINDOW.code: (lambda: translate("BalanceProblems", "the window must be 7 to 366 days, not %1"),
                         ("value",)),
    sb.UNKNOWN_EMPLOYEE.code: (
        lambda: translate("BalanceProblems", "“%1” is not the employee ID of an active rep of this team"),
        ("value",)),
    sb.IN_TWO_GROUPS.code: (lambda: translate("BalanceProblems", "a member is in two proposed groups"), ()),
})


def translates(code: str) -> bool:
    return code in _PROBLEMS


def problem_text(error: FieldError) -> str:
    """The sentence for one error: the balancer's codes by their own wording, anything else as messages.py says."""
    if error.reason in _PROBLEMS:
        return _PROBLEMS.text(error.reason, error.params, error.message)
    return describe(error)
