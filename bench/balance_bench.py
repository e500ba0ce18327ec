"""The group balancer against the exact optimum.

    .venv/bin/pip install ortools   # the benchmark's exact solver (not a dependency of the app)
    .venv/bin/python bench/balance_bench.py [--teams 200] [--seed 1] [--time-limit 20]

200 random teams of 10–60 reps into 3–8 groups (sizes within one, one leader per group, new hires spread
evenly, and on about a third of the teams one or two keep-together / keep-apart pairs); strengths are deals
over 30 days (each rep's own rate, Poisson deals; new hires a fraction of a rate). Each team is balanced by
coachdesk (core/competitions/balance.py) and solved exactly by OR-tools CP-SAT with the same constraints.
Printed: the share of teams where coachdesk reaches the optimum, mean and worst gap as % of the mean group
strength, coachdesk's time (median, 95th percentile, worst), CP-SAT's time as the baseline, and coachdesk's
time for 30 reps and for 500 reps into 20 groups. Targets: ≥ 99 % optimal, worst gap ≤ 0.5 %, ≤ 50 ms for 30
reps, ≤ 0.2 s for 500.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from coachdesk.core.common.validation import ValidationError  # noqa: E402
from coachdesk.core.competitions.balance import (  # noqa: E402
    BalanceRules,
    Candidate,
    _choose_leaders,
    balance,
)


def random_team(rng: random.Random, n: int, k: int) -> tuple[list[Candidate], BalanceRules]:
    reps = []
    for key in range(1, n + 1):
        new = rng.random() < 0.12
        rate = rng.gammavariate(2.0, 0.6) * (0.3 if new else 1.0)  # deals a working day
        deals = sum(_poisson(rng, rate) for _ in range(22))  # 22 working days
        reps.append(Candidate(key, deals, leader_capable=rng.random() < 0.15, new_hire=new))
    together: list[tuple[int, int]] = []
    apart: list[tuple[int, int]] = []
    if rng.random() < 1 / 3 and n >= 2 * k:
        keys = rng.sample(range(1, n + 1), 4)
        together.append((keys[0], keys[1]))
        if rng.random() < 0.5:
            apart.append((keys[2], keys[3]))
    return reps, BalanceRules(k, tuple(together), tuple(apart))


def _poisson(rng: random.Random, lam: float) -> int:
    # Knuth's method: fine for the small rates here
    threshold, count, product = pow(2.718281828459045, -lam), 0, rng.random()
    while product > threshold:
        count += 1
        product *= rng.random()
    return count


def exact(reps: list[Candidate], rules: BalanceRules, time_limit: float) -> tuple[int | None, bool, float]:
    """CP-SAT, modelled per rep from the rules (not from coachdesk's units): (best spread or None when no split
    meets the rules, proven optimal, seconds). The leaders are the ones the rules designate."""
    from ortools.sat.python import cp_model

    k, n = rules.groups, len(reps)
    small, big = n // k, n % k
    cluster = {c.key: c.key for c in reps}
    for a, b in rules.keep_together:  # only to keep two leaders out of one cluster, as the rules say
        ra, rb = _root(cluster, a), _root(cluster, b)
        cluster[ra] = rb
    leaders, _ = _choose_leaders(reps, k, {c.key: _root(cluster, c.key) for c in reps})
    model = cp_model.CpModel()
    index = {c.key: i for i, c in enumerate(reps)}
    x = [[model.new_bool_var(f"x{i}_{g}") for g in range(k)] for i in range(n)]
    for row in x:
        model.add_exactly_one(row)
    for slot, key in enumerate(sorted(leaders)):  # symmetry: the l-th leader leads group l
        model.add(x[index[key]][slot] == 1)
    total_new = sum(c.new_hire for c in reps)
    high = sum(c.strength for c in reps)
    top, bottom = model.new_int_var(0, high, "top"), model.new_int_var(0, high, "bottom")
    for g in range(k):
        size = sum(x[i][g] for i in range(n))
        model.add(size >= small)
        model.add(size <= small + (1 if big else 0))
        model.add(sum(x[index[key]][g] for key in leaders) == 1)
        news = sum(x[i][g] for i, c in enumerate(reps) if c.new_hire)
        model.add(news >= total_new // k)
        model.add(news <= -(-total_new // k))
        strength = sum(c.strength * x[i][g] for i, c in enumerate(reps))
        model.add(top >= strength)
        model.add(bottom <= strength)
        for a, b in rules.keep_together:
            model.add(x[index[a]][g] == x[index[b]][g])
        for a, b in rules.keep_apart:
            model.add(x[index[a]][g] + x[index[b]][g] <= 1)
    model.minimize(top - bottom)
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = time_limit
    solver.parameters.num_workers = 2
    start = time.perf_counter()
    status = solver.solve(model)
    seconds = time.perf_counter() - start
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return None, status == cp_model.INFEASIBLE, seconds
    return round(solver.objective_value), status == cp_model.OPTIMAL, seconds


def _root(parent: dict[int, int], key: int) -> int:
    while parent[key] != key:
        key = parent[key]
    return key


def timed(reps: list[Candidate], rules: BalanceRules, repeat: int = 3):
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        result = balance(reps, rules)
        best = min(best, time.perf_counter() - start)
    return result, best


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--teams", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--time-limit", type=float, default=20.0)
    parser.add_argument("--misses", action="store_true", help="print every team not at the optimum")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    at_optimum, unproven, gaps, ours, theirs = 0, 0, [], [], []
    infeasible = disagreements = 0
    for index in range(args.teams):
        n, k = rng.randint(10, 60), rng.randint(3, 8)
        reps, rules = random_team(rng, n, k)
        try:
            result, seconds = timed(reps, rules, repeat=1)
        except ValidationError as error:
            optimum, proven, _ = exact(reps, rules, args.time_limit)
            infeasible += 1
            agree = "CP-SAT agrees" if optimum is None and proven else f"BUT CP-SAT: spread {optimum}"
            print(f"team {index}: no split meets the rules ({error}); {agree}")
            disagreements += not (optimum is None and proven)
            continue
        optimum, proven, cp_seconds = exact(reps, rules, args.time_limit)
        ours.append(seconds)
        theirs.append(cp_seconds)
        if optimum is None:
            print(f"team {index}: CP-SAT found no split in {args.time_limit} s")
            continue
        unproven += not proven
        gap = max(0, result.spread - optimum)
        gaps.append(100 * gap / result.mean if result.mean else 0.0)
        if gap == 0 or result.spread <= optimum:
            at_optimum += 1
        elif args.misses:
            print(f"team {index}: {n} reps, {k} groups: coachdesk {result.spread}, optimum {optimum} "
                  f"({gaps[-1]:.2f} % of the mean {result.mean:.1f})")
    ours.sort()
    theirs.sort()
    print(f"{args.teams} random teams, 10–60 reps, 3–8 groups (seed {args.seed}); CP-SAT unproven: {unproven}; "
          f"rules unsatisfiable: {infeasible} (CP-SAT disagreeing: {disagreements})")
    print(f"  at the optimum           {at_optimum}/{len(gaps)} = {100 * at_optimum / len(gaps):.1f} %")
    print(f"  gap, % of mean strength  mean {statistics.fmean(gaps):.3f} %, worst {max(gaps):.2f} %")
    print(f"  coachdesk time           median {1000 * statistics.median(ours):.1f} ms, "
          f"p95 {1000 * ours[int(0.95 * len(ours))]:.1f} ms, worst {1000 * ours[-1]:.1f} ms")
    print(f"  baseline: CP-SAT time    median {1000 * statistics.median(theirs):.1f} ms, "
          f"p95 {1000 * theirs[int(0.95 * len(theirs))]:.1f} ms, worst {1000 * theirs[-1]:.1f} ms")
    times30 = [timed(*random_team(rng, 30, rng.randint(3, 6)))[1] for _ in range(20)]
    team500, rules500 = random_team(rng, 500, 20)
    result500, time500 = timed(team500, rules500)
    print(f"  30 reps (20 teams)       worst {1000 * max(times30):.1f} ms, median "
          f"{1000 * statistics.median(times30):.1f} ms")
    print(f"  500 reps into 20 groups  {1000 * time500:.1f} ms, spread {result500.spread} "
          f"({result500.spread_pct:.2f} % of the mean; lower bound {result500.lower_bound})")
    share = at_optimum / len(gaps)
    met = disagreements == 0 and share >= 0.99 and max(gaps) <= 0.5 and max(times30) <= 0.05 and time500 <= 0.2
    print(f"targets (≥ 99 % optimal, worst gap ≤ 0.5 %, ≤ 50 ms for 30 reps, ≤ 0.2 s for 500): "
          f"{'met' if met else 'MISSED'}")
    return 0 if met else 1


if __name__ == "__main__":
    raise SystemExit(main())
