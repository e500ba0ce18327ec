"""`coachdesk group balance …`: the balanced group split (contests follow in the same module)."""

from __future__ import annotations

import argparse

from coachdesk.cli.common import Result, Subparsers, as_of_or_today, command, subcommands_of
from coachdesk.core.common.validation import FieldError, ValidationError
from coachdesk.core.competitions.strength import DEFAULT_WINDOW_DAYS, Estimate, Metric, StrengthSpec, display_value
from coachdesk.store.competitions.balance import Proposal, apply_split, propose
from coachdesk.store.database import Database
from coachdesk.store.roster import service as roster

ESTIMATE_NOTE = {Estimate.PRO_RATED: "pro-rated (joined inside the window)",
                 Estimate.NO_HISTORY: "estimated: the team's lower quartile (no history yet)"}


def parse_spec(text: str, window_days: int) -> StrengthSpec:
    """``deals``, ``revenue``, ``conversion`` or a weighted mix ``deals=2,revenue=1``."""
    weights: dict[Metric, float] = {}
    errors = []
    for part in (p.strip() for p in text.split(",") if p.strip()):
        name, _, weight = part.partition("=")
        try:
            metric = Metric(name.strip().lower())
        except ValueError:
            errors.append(FieldError("by", f"{name!r} is not a figure; choose deals, revenue or conversion",
                                     "bad_format", {"value": name}))
            continue
        try:
            weights[metric] = float(weight) if weight else 1.0
        except ValueError:
            errors.append(FieldError("by", f"the weight {weight!r} of {metric.value} is not a number", "bad_format",
                                     {"value": weight}))
    if errors:
        raise ValidationError(errors)
    return StrengthSpec(weights, window_days).checked()


def _pair(text: str, field: str) -> tuple[str, str]:
    parts = [p.strip() for p in text.split(",")]
    if len(parts) != 2 or not all(parts):
        raise ValidationError(FieldError(field, f"{text!r}: give two employee ids separated by a comma",
                                         "bad_format", {"value": text}))
    return parts[0], parts[1]


def _figure(spec: StrengthSpec, value: float, decimals: int = 0) -> str:
    shown = display_value(spec, value)
    single = spec.single
    if single is Metric.CONVERSION:
        return f"{shown:.{decimals + 1}f} %"
    if single is None:
        return f"{shown:.{decimals + 1}f} pt"
    return f"{shown:,.{decimals}f}" + (" yuan" if single is Metric.REVENUE else "")


def proposal_payload(proposal: Proposal) -> dict[str, object]:
    spec, result = proposal.spec, proposal.result
    reps = proposal.reps
    current_names: dict[int | None, str] = {g.group_id: g.name for g in proposal.current}

    def rep(key: int) -> dict[str, object]:
        info = reps[key]
        return {"employee_id": info.member.employee_id, "name": info.member.name,
                "strength": display_value(spec, info.strength.strength), "estimate": info.strength.estimate.value
                or None, "new_hire": info.strength.new_hire, "current_group": current_names.get(info.group_id)}

    return {
        "team_id": proposal.team_id, "as_of": proposal.as_of, "by": spec.label, "window_days": spec.window_days,
        "groups": [{"strength": display_value(spec, g.strength), "leader": rep(g.leader),
                    "new_hires": g.new_hires, "members": [rep(m) for m in g.members]} for g in result.groups],
        "spread": display_value(spec, result.spread), "spread_pct": round(result.spread_pct, 2),
        "mean": round(display_value(spec, result.mean), 2), "lower_bound": display_value(spec, result.lower_bound),
        "proven_optimal": result.proven_optimal,
        "current": [{"name": g.name, "strength": display_value(spec, g.strength), "members": len(g.members)}
                    for g in proposal.current],
        "current_spread": None if proposal.current_spread is None else display_value(spec, proposal.current_spread),
    }


def proposal_lines(proposal: Proposal, team_name: str) -> list[str]:
    spec, result = proposal.spec, proposal.result
    reps = proposal.reps
    lines = [f"Balanced split of {team_name} into {len(result.groups)} groups by {spec.label} over the "
             f"{spec.window_days} days before {proposal.as_of.isoformat()}:"]
    for index, group in enumerate(result.groups, 1):
        leader = reps[group.leader].member.label
        lines.append(f"  group {index}: strength {_figure(spec, group.strength)}, {len(group.members)} members"
                     f"{f', {group.new_hires} new' if group.new_hires else ''}, leader {leader}")
        lines.append("    " + ", ".join(f"{reps[m].member.label} {_figure(spec, reps[m].strength.strength)}"
                                        + ("*" if reps[m].strength.estimate is not Estimate.NONE else "")
                                        for m in group.members))
    optimal = ("optimal: no split can do better" if result.proven_optimal
               else f"no split can do better than {_figure(spec, result.lower_bound)}")
    lines.append(f"Spread {_figure(spec, result.spread)} ({result.spread_pct:.1f} % of the mean group strength "
                 f"{_figure(spec, result.mean, 1)}); {optimal}.")
    if proposal.current_spread is not None:
        lines.append(f"The groups as they are now: spread {_figure(spec, proposal.current_spread)} "
                     f"({proposal.current_spread_pct:.1f} %).")
    estimated = [info for info in reps.values() if info.strength.estimate is not Estimate.NONE]
    for info in estimated:
        lines.append(f"  * {info.member.label}: {ESTIMATE_NOTE[info.strength.estimate]}")
    return lines


def group_balance(db: Database, args: argparse.Namespace) -> Result:
    as_of = as_of_or_today(args)
    spec = parse_spec(args.by, args.window_days)
    together = [_pair(t, "together") for t in args.together or ()]
    apart = [_pair(t, "apart") for t in args.apart or ()]
    with db.session() as s:
        team = roster.find_team(s, args.team)
        team_id, team_name = team.id, team.name
        proposal = propose(s, team_id, args.groups, spec, as_of, together, apart)
    payload = proposal_payload(proposal)
    lines = proposal_lines(proposal, team_name)
    if args.apply:
        plan = [(g.members, g.leader) for g in proposal.result.groups]
        with db.session() as s:
            applied, _ = apply_split(s, team_id, plan, on=as_of)
        payload["applied"] = {"moved": applied.moved, "created": list(applied.created),
                              "emptied": list(applied.emptied)}
        lines.append(f"Applied from {as_of.isoformat()}: {applied.moved} member(s) moved"
                     + (f"; created {', '.join(applied.created)}" if applied.created else "")
                     + (f"; now empty: {', '.join(applied.emptied)}" if applied.emptied else "") + ".")
    else:
        payload["applied"] = None
        lines.append("Nothing changed: add --apply to move the members into these groups.")
    return payload, lines


def register(sub: Subparsers) -> None:
    group = subcommands_of(sub, "group")
    balance = command(group, "balance", group_balance,
                      "split the team's active reps into groups of equal strength (preview; --apply to move them)")
    balance.add_argument("--team", required=True, help="team name or id")
    balance.add_argument("--groups", type=int, required=True, metavar="K", help="number of groups")
    balance.add_argument("--by", default="deals", help="deals, revenue, conversion, or a mix like deals=2,revenue=1 "
                         "(default deals)")
    balance.add_argument("--window-days", type=int, default=DEFAULT_WINDOW_DAYS, metavar="N",
                         help=f"figures over the N days before --as-of (default {DEFAULT_WINDOW_DAYS})")
    balance.add_argument("--as-of", metavar="YYYY-MM-DD", help="default today; also the day members move")
    balance.add_argument("--together", action="append", metavar="E1,E2", help="keep these two reps in one group")
    balance.add_argument("--apart", action="append", metavar="E1,E2", help="keep these two reps in different groups")
    balance.add_argument("--apply", action="store_true", help="move the members into the proposed groups")
