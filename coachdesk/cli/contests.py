"""`coachdesk contest list|show|deal|recaps`: contests and their standings, announcing a deal, the evening recaps.

Contests past their end are closed (final standings frozen) before anything is shown.
"""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from coachdesk.cli.common import Result, Subparsers, as_of_or_today, command
from coachdesk.cli.output import table
from coachdesk.core.common.money import money_text
from coachdesk.core.common.validation import FieldError, ValidationError
from coachdesk.core.competitions.rules import rules_to_dict, tie_break_words
from coachdesk.core.competitions.standings import Standing
from coachdesk.core.tabular.values import parse_money
from coachdesk.store.competitions import contests as contest_store
from coachdesk.store.competitions import edits, pages, routine
from coachdesk.store.competitions import signals as _signals  # noqa: F401  (registers the contest signal provider)
from coachdesk.store.database import Database
from coachdesk.store.roster import service as roster


def _team(db: Database, ref: str) -> tuple[int, str]:
    with db.session() as s:
        team = roster.find_team(s, ref)
        return team.id, team.name


def contest_list(db: Database, args: argparse.Namespace) -> Result:
    today = as_of_or_today(args)
    team_id, name = _team(db, args.team)
    found = pages.team_contests(db, team_id, today)
    payload = [{"id": c.contest.id, "name": c.contest.name, "status": c.status.value,
                "kind": c.contest.rules.kind.value, "participants": c.contest.rules.participants.value,
                "starts_on": c.contest.starts_on, "ends_on": c.contest.ends_on, "closed_on": c.contest.closed_on,
                "leader": c.leader or None} for c in found]
    if not found:
        return payload, [f"{name} has no contests yet."]
    rows = [[str(c.contest.id), c.contest.name, c.status.value, c.contest.rules.kind.value,
             f"{c.contest.starts_on.isoformat()} – {c.contest.ends_on.isoformat()}", c.leader or "—"] for c in found]
    return payload, [f"Contests of {name} on {today.isoformat()}:",
                     *table(["id", "contest", "status", "kind", "period", "leading"], rows)]


def _standing(s: Standing) -> dict[str, Any]:
    return {"rank": s.rank, "key": s.key, "name": s.label, "score": round(s.score, 2), "points": round(s.points, 2),
            "target": None if s.target is None else round(s.target, 2),
            "progress_pct": None if s.progress is None else round(s.progress, 1), "factor": round(s.factor, 4),
            "calls": s.calls, "connects": s.connects, "deals": s.deals, "revenue": money_text(s.revenue_cents),
            "size": s.size if s.is_group else None, "streak": s.streak, "best_streak": s.best_streak,
            "opted_out": s.opted_out, "reached_on": s.reached_on, "decided_by": s.decided_by}


def _rows(board: tuple[Standing, ...], targets: bool) -> list[list[str]]:
    return [[str(s.rank), s.label + (" (hidden on boards)" if s.opted_out else ""),
             f"{s.score:.1f}" + (" %" if targets and s.progress is not None else ""), f"{s.points:.1f}",
             str(s.deals), money_text(s.revenue_cents) + (f"  [tie: {s.decided_by}]" if s.decided_by else "")]
            for s in board]


def contest_show(db: Database, args: argparse.Namespace) -> Result:
    today = as_of_or_today(args)
    team_id, name = _team(db, args.team)
    pages.close_due(db, team_id, today)
    with db.session() as s:
        contest = contest_store.find_contest(s, team_id, args.contest, today)
    page = pages.contest_page(db, contest.id, today)
    st, rules = page.standings, contest.rules
    payload: dict[str, Any] = {
        "id": contest.id, "name": contest.name, "team": name, "status": page.status.value,
        "starts_on": contest.starts_on, "ends_on": contest.ends_on, "closed_on": contest.closed_on,
        "rules": rules_to_dict(rules), "tie_breaks": tie_break_words(rules.tie_breaks),
        "through": st.through, "winner": st.winner, "race_won_on": st.race_won_on,
        "groups": [_standing(g) for g in st.groups], "reps": [_standing(r) for r in st.reps],
        "rolling_7_days": [_standing(r) for r in st.rolling_reps],
        "duels": [{"a": d.duel.a, "b": d.duel.b, "a_score": round(d.a_score, 2), "b_score": round(d.b_score, 2),
                   "leader": d.leader, "finished": d.finished} for d in st.duels],
        "public_board": {"top": [{"rank": s.rank, "name": s.label, "score": round(s.score, 2)} for s in page.board.top],
                         "progress": [{"name": p.standing.label, "percent": round(p.percent, 1),
                                       "against_target": p.against_target} for p in page.board.progress]},
        "support": [{"name": row.standing.label, "rank": row.standing.rank,
                     "supporter": row.support.supporter if row.support else None,
                     "chance": row.support.chance if row.support else None,
                     "note": row.support.note if row.support else None} for row in page.lagging],
        "promises": [{"kind": p.kind.value, "to": p.to_whom_label, "for": p.for_what, "promised_on": p.promised_on,
                      "delivered_on": p.delivered_on, "note": p.delivery_note} for p in page.ledger.promises],
        "amendments": [{"made_on": a.made_on, "reason": a.reason,
                        "changes": [{"field": c.field, "before": c.before, "after": c.after} for c in a.changes]}
                       for a in page.amendments],
        "morning": [{"day": m.day, "topic": m.topic, "winner": m.winner} for m in page.morning],
        "stage": page.fit.stage, "stage_fit": page.fit.advice.english,
    }
    targets = rules.kind.uses_targets
    lines = [f"{contest.name} ({rules.kind.value}, {rules.participants.value}) — {name}, "
             f"{contest.starts_on.isoformat()} – {contest.ends_on.isoformat()}, {page.status.value}"
             + (f", closed {contest.closed_on.isoformat()} (final standings)" if contest.closed_on else "")]
    if st.through is None:
        lines.append("It has not started yet.")
    else:
        lines.append(f"Figures through {st.through.isoformat()}; ties are broken by "
                     + ", then ".join(tie_break_words(rules.tie_breaks)) + ".")
    if st.race_won_on:
        lines.append(f"The race was won on {st.race_won_on.isoformat()}.")
    head = ["#", "name", "% of target" if targets else "score", "points", "deals", "revenue"]
    if st.groups:
        lines += ["", "Groups:", *table(head, _rows(st.groups, targets))]
    if st.reps:
        lines += ["", "Individuals:", *table(head, _rows(st.reps, targets))]
    if st.duels:
        lines += ["", "Duels:"] + [f"  {d.duel.a} {d.a_score:.1f} – {d.b_score:.1f} {d.duel.b}"
                                   f" ({'finished' if d.finished else 'running'}; leader {d.leader or 'level'})"
                                   for d in st.duels]
    if page.lagging:
        lines += ["", "Support for reps below the middle:"]
        for row in page.lagging:
            note = row.support
            lines.append(f"  {row.standing.label}: " + (f"{note.supporter or '—'} — {note.chance or note.note}"
                                                        if note else "no support note yet"))
    if page.ledger.promises:
        lines += ["", "Promises:"]
        for p in page.ledger.promises:
            kept = f"delivered {p.delivered_on.isoformat()}" if p.delivered_on else (
                "NOT KEPT" if page.ledger.contest_over else "to keep")
            lines.append(f"  {p.kind.value} to {p.to_whom_label}: {p.for_what} — {kept}")
    for a in page.amendments:
        lines.append(f"Amended {a.made_on.isoformat()}: {a.reason} ("
                     + "; ".join(f"{c.field} {c.before} → {c.after}" for c in a.changes) + ")")
    lines += ["", f"Stage: {page.fit.advice.english}"]
    return payload, lines


def contest_deal(db: Database, args: argparse.Namespace) -> Result:
    try:
        amount = parse_money(args.amount)
    except ValueError as e:
        raise ValidationError(FieldError("amount", f"{args.amount!r} is not an amount of money: {e}", "bad_format",
                                         {"value": args.amount})) from e
    if args.at:
        try:
            at = dt.datetime.fromisoformat(args.at)
        except ValueError as e:
            raise ValidationError(FieldError("at", f"{args.at!r} is not a time like 2026-12-07 14:30", "bad_format",
                                             {"value": args.at})) from e
    else:
        at = dt.datetime.now().replace(microsecond=0)
    team_id, name = _team(db, args.team)
    with db.session() as s:
        deal, _ = edits.announce_deal(s, team_id, args.member, amount, at, args.note or "")
    payload = {"id": deal.id, "team": name, "member": deal.employee_id, "name": deal.name,
               "amount": money_text(deal.amount_cents), "at": deal.at, "note": deal.note}
    return payload, [f"Deal announced: {deal.name} ({deal.employee_id}) {money_text(deal.amount_cents)} yuan at "
                     f"{deal.at:%Y-%m-%d %H:%M}" + (f" — {deal.note}" if deal.note else "") + "."]


def contest_recaps(db: Database, args: argparse.Namespace) -> Result:
    team_id, name = _team(db, args.team)
    with db.session() as s:
        found = routine.recaps(s, team_id, search=args.search or "", kind=args.kind)
    payload = [{"day": r.day, "kind": r.kind, "text": r.text, "by": r.by or None} for r in found]
    lines = [f"{r.day.isoformat()}  {r.kind:<6}  {r.by or '—'}: {r.text}" for r in found]
    return payload, lines or [f"No recap entries of {name}" + (f" match {args.search!r}." if args.search else ".")]


def register(sub: Subparsers) -> None:
    contest = sub.add_parser("contest", help="contests: standings, deal announcements, evening recaps")
    actions = contest.add_subparsers(dest="action", required=True, metavar="ACTION")
    listing = command(actions, "list", contest_list, "the team's contests with their status and leader")
    listing.add_argument("--team", required=True, help="team name or id")
    listing.add_argument("--as-of", metavar="YYYY-MM-DD", help="the day to judge status by (default today)")
    show = command(actions, "show", contest_show, "a contest's standings, support notes, promises and amendments")
    show.add_argument("--team", required=True, help="team name or id")
    show.add_argument("--contest", help="contest id or name (default: the running one, else the latest)")
    show.add_argument("--as-of", metavar="YYYY-MM-DD", help="figures up to this day (default today)")
    deal = command(actions, "deal", contest_deal, "announce a deal as it happens (成交播报)")
    deal.add_argument("--team", required=True, help="team name or id")
    deal.add_argument("--member", required=True, help="employee id or name of the rep")
    deal.add_argument("--amount", required=True, help="amount in yuan, e.g. 3980 or ¥3,980.00")
    deal.add_argument("--at", metavar="'YYYY-MM-DD HH:MM'", help="when (default now)")
    deal.add_argument("--note", help="e.g. the package sold")
    recap = command(actions, "recaps", contest_recaps, "the evening recaps (wins, ideas, methods), searchable")
    recap.add_argument("--team", required=True, help="team name or id")
    recap.add_argument("--search", help="text or name to look for")
    recap.add_argument("--kind", choices=routine.RECAP_KINDS, help="only wins, ideas or methods")
