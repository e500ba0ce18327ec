"""Balanced group split: K groups of as equal strength as possible under the team's constraints.

Seed 003: split the team into groups of roughly equal strength, each with its own leader. The constraints:

* group sizes differ by at most one;
* every group has exactly one leader — the strongest leader-capable reps, topped up with the strongest of the
  others when fewer are capable than there are groups;
* new hires (< 30 days) spread evenly: their counts per group differ by at most one;
* optional keep-together pairs (they move as one unit) and keep-apart pairs.

Strengths are whole numbers in the metric's smallest unit (deals, yuan, tenths of a point: see ``strength.py``),
which makes "the exact optimum" well defined and gives a lower bound to stop at: 0 when the total divides by
K, else 1, or more when the leaders or one strong unit force it (with keep-together pairs and new hires too).

The method (docs/competitions.md): a constrained greedy start (leaders first, then the largest units, each to
the weakest group that may take it), then a local search of unit swaps and moves between two groups — any
exchange of strength d with 0 < d < (S_a − S_b) keeps the spread from growing and strictly lowers the sum of
squares, so the search always terminates. When the spread is still above the lower bound, an exact search
(bin completion over windows [L, L + target]: see ``_window_search``) raises the proven floor target by target
and stops at the first split it finds, which is then optimal; on small groups this settles most teams at once.
When half its node budget runs out first, iterated local search follows (a few random feasible swaps, re-descend,
keep the better; the kicks come from a fixed seed, so the split is deterministic), then the exact search again
with the rest of the budget.
"""

from __future__ import annotations

import bisect
import math
import random
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from coachdesk.core.common.messages import MessageCode
from coachdesk.core.common.validation import FieldError, ValidationError

EXACT_NODES = 8_000  # steps of exact search allowed when the descent stops above the lower bound
EXACT_FIRST = 0.5  # the share of them tried before the local search
KICK_SWAPS = 3  # random swaps per perturbation
PATIENCE = 25  # perturbation rounds in a row without a better spread before the local search gives up
REPARTITION_UNITS = 10  # two groups with at most this many units between them are re-split exhaustively
SEED = 20261207  # fixed: the same team and rules always give the same split

# What can be wrong, by code (the GUI translates these: gui/competitions/balance_problems.py).
LISTED_TWICE = MessageCode("balance.listed_twice", "a member is listed twice")
NO_GROUPS = MessageCode("balance.no_groups", "the number of groups must be at least 1, not {groups}")
TOO_FEW_REPS = MessageCode("balance.too_few_reps", "{groups} groups need at least {groups} active reps; the team has "
                           "{reps}")
NOT_A_REP = MessageCode("balance.not_a_rep", "member {member} is not an active rep of the team")
SELF_PAIR = MessageCode("balance.self_pair", "{member} is paired with themself")
TOGETHER_AND_APART = MessageCode("balance.together_and_apart", "{a} and {b} must be kept together and apart at once")
TOO_BIG_TOGETHER = MessageCode("balance.too_big_together", "{size} members kept together do not fit in a group of "
                               "at most {most}")
NEW_HIRES_TOGETHER = MessageCode("balance.new_hires_together", "new hires {members} are kept together, so the new "
                                 "hires cannot spread evenly over {groups} groups (at most {per_group} per group)")
TOO_FEW_LEADER_UNITS = MessageCode("balance.too_few_leader_units", "the keep-together pairs leave fewer than "
                                   "{groups} units that could each get a leader")
PAIRS_UNMET = MessageCode("balance.pairs_unmet", "the keep-together and keep-apart pairs cannot all be met with "
                          "{groups} groups")
RULES_UNMET = MessageCode("balance.rules_unmet", "the rules cannot all be met with {groups} groups (sizes, one "
                          "leader each, new hires spread evenly)")


@dataclass(frozen=True, slots=True)
class Candidate:
    key: int  # the member id
    strength: int  # in the metric's smallest unit
    leader_capable: bool = False
    new_hire: bool = False
    label: str = ""  # how messages name the member (e.g. "张伟 (A1001)"); the key when empty

    @property
    def name(self) -> str:
        return self.label or str(self.key)


@dataclass(frozen=True, slots=True)
class BalanceRules:
    groups: int
    keep_together: tuple[tuple[int, int], ...] = ()
    keep_apart: tuple[tuple[int, int], ...] = ()
    effort: int = 1  # more perturbation rounds (the benchmark's "effort 2" doubles them)


@dataclass(frozen=True, slots=True)
class GroupPlan:
    members: tuple[int, ...]  # strongest first; the leader among them
    leader: int
    strength: int
    new_hires: int


@dataclass(frozen=True)
class BalanceResult:
    groups: tuple[GroupPlan, ...]
    spread: int  # strongest group − weakest group
    mean: float  # mean group strength
    lower_bound: int  # no split can do better than this; spread == lower_bound proves the split optimal
    leaders_capable: int  # how many of the leaders were marked leader-capable (the rest: the strongest others)
    exact: bool = False  # solved by exhaustive search (optimal even when above the lower bound)
    rounds: int = field(default=0, compare=False)  # perturbation rounds used

    @property
    def spread_pct(self) -> float:
        return 100.0 * self.spread / self.mean if self.mean else 0.0

    @property
    def proven_optimal(self) -> bool:
        return self.exact or self.spread == self.lower_bound


def balance(candidates: Sequence[Candidate], rules: BalanceRules) -> BalanceResult:
    """The most even split of ``candidates`` into ``rules.groups`` groups (raises ValidationError when the rules
    cannot be met, naming the rule)."""
    problem = _Problem.build(candidates, rules)
    search = _Search(problem, _greedy(problem))
    search.descend()
    spread, assignment = search.score()[0], list(search.group)
    floor, rounds, exact = problem.lower_bound, 0, spread == problem.lower_bound
    budget = [rules.effort * EXACT_NODES]
    if not exact:  # first the exact search: on small groups it settles the split at once
        assignment, spread, floor, exact = _improve_exactly(problem, assignment, spread, floor, budget, EXACT_FIRST)
    if not exact:  # then the local search, and the exact search again with what is left of its budget
        rounds = search.iterate(budget=rules.effort * (20 + 2 * problem.n), patience=rules.effort * PATIENCE)
        (found, _), better = search.best
        if found < spread:
            assignment, spread = better, found
        if spread > floor:
            assignment, spread, floor, exact = _improve_exactly(problem, assignment, spread, floor, budget, 1.0)
    _check(problem, assignment)
    return problem.result(assignment, exact and spread > problem.lower_bound, rounds)


# --- the problem: units (keep-together clusters), leaders, sizes ------------------------------------------------

@dataclass
class _Unit:
    members: tuple[Candidate, ...]
    strength: int
    size: int
    leaders: int
    new: int
    apart: set[int] = field(default_factory=set)  # indexes of units it must not share a group with

    @property
    def kind(self) -> tuple[int, int, int]:
        return (self.size, self.leaders, self.new)


@dataclass
class _Problem:
    units: list[_Unit]
    k: int
    n: int
    leaders: set[int]
    leaders_capable: int

    @property
    def small(self) -> int:
        return self.n // self.k

    @property
    def big_groups(self) -> int:
        return self.n % self.k

    def size_ok(self, size: int) -> bool:
        return size == self.small or (self.big_groups > 0 and size == self.small + 1)

    @classmethod
    def build(cls, candidates: Sequence[Candidate], rules: BalanceRules) -> _Problem:
        k, n = rules.groups, len(candidates)
        keys = [c.key for c in candidates]
        if len(set(keys)) != n:
            raise ValidationError(FieldError.of("members", "duplicate", LISTED_TWICE))
        if k < 1:
            raise ValidationError(FieldError.of("groups", "bad_format", NO_GROUPS, groups=k))
        if n < k:
            raise ValidationError(FieldError.of("groups", "conflict", TOO_FEW_REPS, groups=k, reps=n))
        by_key = {c.key: c for c in candidates}
        name = {c.key: c.name for c in candidates}
        for field_name, pairs in (("keep_together", rules.keep_together), ("keep_apart", rules.keep_apart)):
            for a, b in pairs:
                for key in (a, b):
                    if key not in by_key:
                        raise ValidationError(FieldError.of(field_name, "not_found", NOT_A_REP, member=key))
                if a == b:
                    raise ValidationError(FieldError.of(field_name, "bad_format", SELF_PAIR, member=name[a]))
        # Keep-together clusters (union-find).
        parent = {key: key for key in keys}

        def root(key: int) -> int:
            while parent[key] != key:
                parent[key] = parent[parent[key]]
                key = parent[key]
            return key

        for a, b in rules.keep_together:
            parent[root(a)] = root(b)
        clusters: dict[int, list[Candidate]] = {}
        for c in candidates:
            clusters.setdefault(root(c.key), []).append(c)
        for a, b in rules.keep_apart:
            if root(a) == root(b):
                raise ValidationError(FieldError.of("keep_apart", "conflict", TOGETHER_AND_APART, a=name[a], b=name[b]))
        leaders, capable = _choose_leaders(candidates, k, {c.key: root(c.key) for c in candidates})
        units: list[_Unit] = []
        most = -(-n // k)  # the largest group size
        for members in clusters.values():
            members.sort(key=lambda c: (-c.strength, c.key))
            unit = _Unit(tuple(members), sum(c.strength for c in members), len(members),
                         sum(1 for c in members if c.key in leaders), sum(1 for c in members if c.new_hire))
            if unit.size > most:
                raise ValidationError(FieldError.of("keep_together", "conflict", TOO_BIG_TOGETHER, size=unit.size,
                                                    most=most))
            units.append(unit)
        new_cap = -(-sum(1 for c in candidates if c.new_hire) // k)
        for unit in units:
            if unit.new > new_cap:
                names = ", ".join(c.name for c in sorted(unit.members, key=lambda c: c.key) if c.new_hire)
                raise ValidationError(FieldError.of("keep_together", "conflict", NEW_HIRES_TOGETHER, members=names,
                                                    groups=k, per_group=new_cap))
        units.sort(key=lambda u: (-u.leaders, -u.size, -u.strength, u.members[0].key))
        unit_of = {c.key: i for i, u in enumerate(units) for c in u.members}
        for a, b in rules.keep_apart:
            units[unit_of[a]].apart.add(unit_of[b])
            units[unit_of[b]].apart.add(unit_of[a])
        return cls(units, k, n, leaders, capable)

    @cached_property
    def lower_bound(self) -> int:
        """No split has a smaller spread: 0 or 1 by the total's divisibility, or more when the leaders or a strong
        unit force it. Each leader's group holds at least its leader and the lightest fill of its places, and at
        most the heaviest fill; the group of any other unit at least that unit, a leader and the lightest fill.
        Then the strongest group is at least the largest of these, and at least the mean of the groups left after
        the j with the lowest ceilings; the weakest at most the smallest ceiling, and at most the mean of the
        groups left after the j with the highest floors. Fills count places (a keep-together unit's strength
        spread over its members) and keep to the new hires' per-group range, so the bound holds with pairs."""
        total, k = sum(u.strength for u in self.units), self.k
        if k == 1:
            return 0
        fill = _Places([u for u in self.units if not u.leaders])
        total_new = sum(u.new for u in self.units)
        new_lo, new_hi = total_new // k, -(-total_new // k)
        most_place = self.small + (1 if self.big_groups else 0)
        leaders = [u for u in self.units if u.leaders]
        floors = sorted((math.ceil(u.strength + fill.least(self.small - u.size, new_lo - u.new, new_hi - u.new)
                                   - 1e-9) for u in leaders), reverse=True)
        ceilings = sorted(math.floor(u.strength + fill.most(most_place - u.size, new_lo - u.new, new_hi - u.new)
                                     + 1e-9) for u in leaders)
        top, bottom = floors[0], ceilings[0]
        strongest: dict[tuple[int, int], _Unit] = {}  # per size and new hires: the bound grows with the strength
        for u in self.units:
            key = (u.size, u.new)
            if not u.leaders and (key not in strongest or u.strength > strongest[key].strength):
                strongest[key] = u
        for u in strongest.values():
            # u's own places are no part of its fill, so the fill and u together are at least the lightest places
            least = min(h.strength + max(fill.least(self.small - u.size - h.size, new_lo - u.new - h.new,
                                                    new_hi - u.new - h.new),
                                         fill.least(self.small - h.size, new_lo - h.new, new_hi - h.new)
                                         - u.strength) for h in leaders)
            top = max(top, math.ceil(u.strength + least - 1e-9))
        for j in range(1, k):
            top = max(top, math.ceil((total - sum(ceilings[:j])) / (k - j) - 1e-9))
            bottom = min(bottom, math.floor((total - sum(floors[:j])) / (k - j) + 1e-9))
        return max(top - bottom, math.ceil(total / k) - math.floor(total / k))

    def result(self, assignment: Sequence[int], exact: bool, rounds: int) -> BalanceResult:
        members: list[list[Candidate]] = [[] for _ in range(self.k)]
        for unit, g in zip(self.units, assignment, strict=True):
            members[g].extend(unit.members)
        plans = []
        for group in members:
            group.sort(key=lambda c: (-c.strength, c.key))
            leader = next(c.key for c in group if c.key in self.leaders)
            plans.append(GroupPlan(tuple(c.key for c in group), leader, sum(c.strength for c in group),
                                   sum(1 for c in group if c.new_hire)))
        # Strongest group first, so the same split always reads the same.
        plans.sort(key=lambda p: (-p.strength, p.members))
        strengths = [p.strength for p in plans]
        return BalanceResult(tuple(plans), max(strengths) - min(strengths), sum(strengths) / self.k,
                             self.lower_bound, self.leaders_capable, exact, rounds)


def _choose_leaders(candidates: Sequence[Candidate], k: int, cluster: dict[int, int]) -> tuple[set[int], int]:
    """K leaders, at most one per keep-together cluster: the strongest leader-capable reps, then the strongest
    others."""
    ranked = sorted(candidates, key=lambda c: (not c.leader_capable, -c.strength, c.key))
    leaders: set[int] = set()
    used_clusters: set[int] = set()
    capable = 0
    for c in ranked:
        if len(leaders) == k:
            break
        if cluster[c.key] in used_clusters:
            continue
        leaders.add(c.key)
        used_clusters.add(cluster[c.key])
        capable += c.leader_capable
    if len(leaders) < k:
        raise ValidationError(FieldError.of("keep_together", "conflict", TOO_FEW_LEADER_UNITS, groups=k))
    return leaders, capable


class _Places:
    """The places (members) of some units, each unit's strength spread evenly over its members, split into new
    hires' places and the others': any p of these members, q of them new hires, weigh at least the q lightest
    new-hire places plus the p − q lightest others, and at most the heaviest."""

    def __init__(self, units: Sequence[_Unit]) -> None:
        new = sorted(v for u in units for v in [u.strength / u.size] * u.new)
        old = sorted(v for u in units for v in [u.strength / u.size] * (u.size - u.new))
        self.light_new, self.light_old = _prefix(new), _prefix(old)
        self.heavy_new, self.heavy_old = _prefix(new[::-1]), _prefix(old[::-1])
        self.new, self.old = len(new), len(old)

    def _split(self, places: int, new_lo: int, new_hi: int) -> list[tuple[int, int]]:
        """(new hires, others) of a fill of ``places`` members (as many as there are) with new_lo..new_hi new
        hires, or with any number when none can."""
        places = max(0, min(places, self.new + self.old))
        lo, hi = max(0, places - self.old), min(places, self.new)
        fit = range(max(lo, new_lo), min(hi, new_hi) + 1)
        return [(q, places - q) for q in (fit or range(lo, hi + 1))]

    def least(self, places: int, new_lo: int, new_hi: int) -> float:
        return min(self.light_new[q] + self.light_old[r] for q, r in self._split(places, new_lo, new_hi))

    def most(self, places: int, new_lo: int, new_hi: int) -> float:
        return max(self.heavy_new[q] + self.heavy_old[r] for q, r in self._split(places, new_lo, new_hi))


def _prefix(values: Sequence[float]) -> list[float]:
    sums = [0.0]
    for v in values:
        sums.append(sums[-1] + v)
    return sums


# --- the constrained greedy start -------------------------------------------------------------------------------

def _greedy(problem: _Problem) -> list[int]:
    k = problem.k
    sums, sizes, news, leads = [0] * k, [0] * k, [0] * k, [0] * k
    members: list[set[int]] = [set() for _ in range(k)]
    assignment = [-1] * len(problem.units)
    total_new = sum(u.new for u in problem.units)
    new_cap = -(-total_new // k)
    big_left = problem.big_groups

    def capacity(g: int) -> int:
        return problem.small + (1 if sizes[g] > problem.small or big_left > 0 else 0)

    order = sorted(range(len(problem.units)), key=lambda i: (-problem.units[i].leaders, -problem.units[i].new,
                                                             -problem.units[i].size, -problem.units[i].strength))
    for i in order:
        unit = problem.units[i]
        options = [g for g in range(k)
                   if sizes[g] + unit.size <= capacity(g) and leads[g] + unit.leaders <= 1
                   and news[g] + unit.new <= new_cap and not (unit.apart & members[g])]
        if not options:
            raise ValidationError(FieldError.of("keep_apart", "conflict", PAIRS_UNMET, groups=k))
        g = min(options, key=lambda g: (news[g] if unit.new else 0, sums[g], sizes[g], g))
        was_small = sizes[g] <= problem.small
        assignment[i] = g
        sums[g] += unit.strength
        sizes[g] += unit.size
        news[g] += unit.new
        leads[g] += unit.leaders
        members[g].add(i)
        if was_small and sizes[g] > problem.small:
            big_left -= 1
    _check(problem, assignment)
    return assignment


def _check(problem: _Problem, assignment: Sequence[int]) -> None:
    """A split that breaks a rule is a bug, never a result."""
    k = problem.k
    sizes, news, leads = [0] * k, [0] * k, [0] * k
    for unit, g in zip(problem.units, assignment, strict=True):
        sizes[g] += unit.size
        news[g] += unit.new
        leads[g] += unit.leaders
    ok_sizes = all(problem.size_ok(s) for s in sizes)
    if not (ok_sizes and leads == [1] * k and max(news) - min(news) <= 1):
        raise ValidationError(FieldError.of("groups", "conflict", RULES_UNMET, groups=k))
    for i, unit in enumerate(problem.units):
        if any(assignment[j] == assignment[i] for j in unit.apart):
            raise ValidationError(FieldError.of("keep_apart", "conflict", PAIRS_UNMET, groups=k))


# --- local search + iterated local search -----------------------------------------------------------------------

class _Search:
    def __init__(self, problem: _Problem, assignment: list[int]) -> None:
        self.p = problem
        self.units = problem.units
        self.group = list(assignment)
        k = problem.k
        self.sums = [0] * k
        self.sizes = [0] * k
        self.news = [0] * k
        self.members: list[set[int]] = [set() for _ in range(k)]
        # per group and unit kind: the units' (strength, index), sorted
        self.lists: list[dict[tuple[int, int, int], list[tuple[int, int]]]] = [{} for _ in range(k)]
        for i, g in enumerate(self.group):
            self._add(i, g)
        self.new_counts = Counter(self.news)
        self.kinds = sorted({u.kind for u in self.units})
        self.rng = random.Random(SEED)
        self.best = (self.score(), list(self.group))

    # bookkeeping
    def _add(self, i: int, g: int) -> None:
        u = self.units[i]
        self.group[i] = g
        self.sums[g] += u.strength
        self.sizes[g] += u.size
        self.news[g] += u.new
        self.members[g].add(i)
        bisect.insort(self.lists[g].setdefault(u.kind, []), (u.strength, i))

    def _remove(self, i: int) -> int:
        u, g = self.units[i], self.group[i]
        self.sums[g] -= u.strength
        self.sizes[g] -= u.size
        self.news[g] -= u.new
        self.members[g].discard(i)
        entries = self.lists[g][u.kind]
        del entries[bisect.bisect_left(entries, (u.strength, i))]
        return g

    def _relocate(self, moves: Iterable[tuple[int, int]]) -> None:
        moves = list(moves)
        touched = {self.group[i] for i, _ in moves} | {g for _, g in moves}
        for g in touched:
            self.new_counts[self.news[g]] -= 1
        for i, _ in moves:
            self._remove(i)
        for i, g in moves:
            self._add(i, g)
        for g in touched:
            self.new_counts[self.news[g]] += 1

    def score(self) -> tuple[int, int]:
        return max(self.sums) - min(self.sums), sum(s * s for s in self.sums)

    # feasibility of exchanging kinds between groups a and b (a gives kind ka, b gives kind kb; kb None: a move)
    def _kinds_ok(self, a: int, b: int, ka: tuple[int, int, int], kb: tuple[int, int, int] | None) -> bool:
        size_b, lead_b, new_b = kb if kb is not None else (0, 0, 0)
        size_a, lead_a, new_a = ka
        if lead_a != lead_b:
            return False
        if not (self.p.size_ok(self.sizes[a] - size_a + size_b) and self.p.size_ok(self.sizes[b] + size_a - size_b)):
            return False
        if new_a == new_b:
            return True
        na, nb = self.news[a] - new_a + new_b, self.news[b] + new_a - new_b
        counts = self.new_counts.copy()
        counts[self.news[a]] -= 1
        counts[self.news[b]] -= 1
        counts[na] += 1
        counts[nb] += 1
        present = [c for c, m in counts.items() if m > 0]
        return max(present) - min(present) <= 1

    def _apart_ok(self, i: int, into: int, leaving: int | None = None) -> bool:
        clash = self.units[i].apart & self.members[into]
        return not clash or clash == {leaving}

    def _best_exchange(self, a: int, b: int) -> tuple[float, list[tuple[int, int]]] | None:
        """The exchange between a (stronger) and b that moves strength closest to half their gap."""
        gap = self.sums[a] - self.sums[b]
        if gap <= 1:
            return None
        half = gap / 2
        best: tuple[float, list[tuple[int, int]]] | None = None
        la, lb = self.lists[a], self.lists[b]
        for ka, xs in la.items():
            if not xs:
                continue
            # moves of one unit a → b
            if self._kinds_ok(a, b, ka, None):
                pos = bisect.bisect_left(xs, (half, -1))
                for j in (pos - 1, pos, pos - 2, pos + 1):
                    if 0 <= j < len(xs):
                        x, i = xs[j]
                        if 0 < x < gap and self._apart_ok(i, b):
                            cost = abs(x - half)
                            if best is None or cost < best[0]:
                                best = (cost, [(i, b)])
            # swaps of unit i (a) with unit m (b)
            for kb, ys in lb.items():
                if not ys or not self._kinds_ok(a, b, ka, kb):
                    continue
                for x, i in xs:
                    target = x - half
                    pos = bisect.bisect_left(ys, (target, -1))
                    for j in (pos - 1, pos):
                        if 0 <= j < len(ys):
                            y, m = ys[j]
                            d = x - y
                            if 0 < d < gap and self._apart_ok(i, b, m) and self._apart_ok(m, a, i):
                                cost = abs(d - half)
                                if best is None or cost < best[0]:
                                    best = (cost, [(i, b), (m, a)])
                                    if cost < 1:
                                        return best
        return best

    def _repartition(self, a: int, b: int) -> list[tuple[int, int]] | None:
        """Re-split the units of groups a and b as evenly as the rules allow (every subset, when they hold at
        most REPARTITION_UNITS units): finds what no single swap or move can, e.g. two-for-one exchanges."""
        pool = sorted(self.members[a] | self.members[b])
        if len(pool) > REPARTITION_UNITS:
            return None
        units = [self.units[i] for i in pool]
        gap = self.sums[a] - self.sums[b]
        both = self.sums[a] + self.sums[b]
        count = 1 << len(pool)
        strength, size, leaders, new = [0] * count, [0] * count, [0] * count, [0] * count
        for mask in range(1, count):
            low = mask & -mask
            bit = low.bit_length() - 1
            rest = mask ^ low
            u = units[bit]
            strength[mask] = strength[rest] + u.strength
            size[mask] = size[rest] + u.size
            leaders[mask] = leaders[rest] + u.leaders
            new[mask] = new[rest] + u.new
        full = count - 1
        counts = self.new_counts.copy()
        counts[self.news[a]] -= 1
        counts[self.news[b]] -= 1
        others = [c for c, m in counts.items() if m > 0]
        lo_new, hi_new = (min(others), max(others)) if others else (None, None)
        apart = [(pos, pool.index(j)) for pos, i in enumerate(pool) for j in self.units[i].apart if j in pool]
        best_mask, best_diff = -1, gap
        for mask in range(count):
            diff = abs(2 * strength[mask] - both)
            if diff >= best_diff or leaders[mask] != 1 or leaders[full ^ mask] != 1:
                continue
            if not (self.p.size_ok(size[mask]) and self.p.size_ok(size[full ^ mask])):
                continue
            na, nb = new[mask], new[full ^ mask]
            low_new = min(na, nb) if lo_new is None else min(na, nb, lo_new)
            high_new = max(na, nb) if hi_new is None else max(na, nb, hi_new)
            if high_new - low_new > 1:
                continue
            if any(((mask >> x) & 1) == ((mask >> y) & 1) for x, y in apart):
                continue
            best_mask, best_diff = mask, diff
        if best_mask < 0:
            return None
        moves = [(i, a if (best_mask >> pos) & 1 else b) for pos, i in enumerate(pool)]
        return [(i, g) for i, g in moves if self.group[i] != g] or None

    def descend(self) -> None:
        """Exchange until no pair of groups has an exchange that evens them out."""
        k = self.p.k
        while True:
            order = sorted(range(k), key=lambda g: self.sums[g])
            found = None
            # pairs by gap, widest first: the strongest against the weakest, then inward
            pairs = sorted(((order[hi], order[lo]) for lo in range(k) for hi in range(k - 1, lo, -1)),
                           key=lambda ab: self.sums[ab[1]] - self.sums[ab[0]])
            for a, b in pairs:
                if self.sums[a] - self.sums[b] <= 1:
                    break
                found = self._best_exchange(a, b)
                if found is not None:
                    break
            if found is None:  # no single exchange helps: re-split the strongest or the weakest group with another
                top, bottom = order[-1], order[0]
                for a, b in pairs:
                    if self.sums[a] - self.sums[b] <= 1:
                        break
                    if a != top and b != bottom:
                        continue
                    moves = self._repartition(a, b)
                    if moves is not None:
                        found = (0.0, moves)
                        break
            if found is None:
                return
            self._relocate(found[1])

    def _kick(self, swaps: int = KICK_SWAPS) -> None:
        k = self.p.k
        for _ in range(swaps):
            a, b = self.rng.sample(range(k), 2)
            # like for like, or unlike kinds the rules allow: a new hire for another rep moves which group lacks
            # one, a pair for a single which group is big, which no like-for-like swap ever can
            pairs = [(ka, kb) for ka in self.lists[a] if self.lists[a][ka] for kb in self.lists[b]
                     if self.lists[b][kb] and (ka == kb or self._kinds_ok(a, b, ka, kb))]
            if not pairs:
                continue
            ka, kb = self.rng.choice(pairs)
            _, i = self.rng.choice(self.lists[a][ka])
            _, m = self.rng.choice(self.lists[b][kb])
            if self._apart_ok(i, b, m) and self._apart_ok(m, a, i):
                self._relocate([(i, b), (m, a)])

    def iterate(self, budget: int, patience: int) -> int:
        """Kick and re-descend until the lower bound, ``budget`` rounds, or ``patience`` rounds in a row without
        a better spread."""
        bound = self.p.lower_bound
        self.best = (self.score(), list(self.group))
        rounds = stale = 0
        while rounds < budget and stale < patience and self.best[0][0] > bound and self.p.k > 1:
            rounds += 1
            stale += 1
            self._kick(KICK_SWAPS + stale // 4)  # the longer nothing improves, the harder the kick
            self.descend()
            score = self.score()
            if score[0] < self.best[0][0]:
                stale = 0
            if score <= self.best[0]:
                self.best = (score, list(self.group))
            else:
                self._restore(self.best[1])
        return rounds

    def _restore(self, assignment: Sequence[int]) -> None:
        self._relocate([(i, g) for i, g in enumerate(assignment) if self.group[i] != g])

# --- exact search: is there a split with a smaller spread? -------------------------------------------------------

class _Budget(Exception):
    """The node budget ran out: the search proved nothing."""


def _window_search(problem: _Problem, target: int, nodes: list[int]) -> list[int] | None:
    """A split with spread ≤ ``target``, or None when none exists (raises _Budget when ``nodes[0]`` steps run out).

    Bin completion: every group's strength must lie in one window [L, L + target] around the mean, tried window
    by window. The strongest unit not yet placed goes to one of the open groups (alike leaders tried once), and
    that group is completed at once with a subset of the units left, enumerated as a multiset of unit types
    (units alike in strength, size and new hires count once). A remainder that cannot fill the open groups (its
    total, or the lightest / heaviest fill a group could get) ends the branch; remainders that failed once are
    remembered."""
    k, units = problem.k, problem.units
    total = sum(u.strength for u in units)
    small, big_max = problem.small, problem.big_groups
    total_new = sum(u.new for u in units)
    new_lo, new_hi = total_new // k, -(-total_new // k)
    high_max = total_new % k  # groups with new_hi new hires (when new_lo < new_hi)
    leaders = sorted((i for i, u in enumerate(units) if u.leaders), key=lambda i: (units[i].strength, i))
    lead = [units[i] for i in leaders]  # weakest first: the strongest unit left tries the weakest group first
    alike = [(u.strength, u.size, u.new, i if u.apart else -1) for i, u in zip(leaders, lead, strict=True)]
    # Unit types: alike units without keep-apart pairs share one; a unit with pairs is a type of its own.
    kinds: dict[tuple[int, int, int, int], list[int]] = {}
    for i, u in enumerate(units):
        if not u.leaders:
            kinds.setdefault((u.strength, u.size, u.new, i if u.apart else -1), []).append(i)
    order = sorted(kinds, key=lambda key: (-key[0], key[1], key[2], key[3]))
    members = [kinds[key] for key in order]
    t_strength = [key[0] for key in order]
    t_size = [key[1] for key in order]
    t_new = [key[2] for key in order]
    t_unit = [key[3] for key in order]
    t_apart = [units[i].apart if i >= 0 else set() for i in t_unit]
    ntypes = len(order)
    ratio = [0.0] * (ntypes + 1)  # the most strength per place from type j on
    for j in range(ntypes - 1, -1, -1):
        ratio[j] = max(ratio[j + 1], t_strength[j] / t_size[j])
    counts = [len(m) for m in members]
    chosen: list[list[int]] = [[] for _ in range(k)]  # per group, the types completing it
    failed: set[tuple[int, tuple[int, ...]]] = set()
    most_place = small + (1 if big_max else 0)

    def fits(open_groups: list[int], low: int, high: int, rest_strength: int, bigs_left: int) -> list[float] | None:
        """Necessary: the units left can fill the open groups within [low, high]. Returns the sums of the
        lightest places left (None: they cannot)."""
        r = len(open_groups)
        if not r * low <= rest_strength + sum(lead[h].strength for h in open_groups) <= r * high:
            return None
        slots: list[float] = []
        for j in range(ntypes):
            if counts[j]:
                slots.extend([t_strength[j] / t_size[j]] * (counts[j] * t_size[j]))
        slots.sort()
        places = len(slots)
        prefix = [0.0] * (places + 1)
        for pos, value in enumerate(slots):
            prefix[pos + 1] = prefix[pos] + value
        for h in open_groups:
            least = max(0, small - lead[h].size)
            most = min(places, most_place - lead[h].size)
            if least > places or lead[h].strength + prefix[least] > high + 1e-9:
                return None
            if lead[h].strength + prefix[places] - prefix[places - most] < low - 1e-9:
                return None
        # The weakest j open groups together need at least their shortfalls below ``low`` from the heaviest
        # places they can hold, and the strongest j together hold at most their room below ``high`` while taking
        # at least their fewest places: the groups compete for the same heavy (light) units.
        need = room = 0
        weak_places = strong_places = 0  # the fewest places of the j weakest (strongest) open groups
        for j, (weak, strong) in enumerate(zip(open_groups, reversed(open_groups), strict=True)):
            need += low - lead[weak].strength
            weak_places += max(0, small - lead[weak].size)
            most = min(places, weak_places + min(j + 1, bigs_left))  # at most one more each, in big groups
            if prefix[places] - prefix[places - most] < need - 1e-9:
                return None
            room += high - lead[strong].strength
            strong_places += max(0, small - lead[strong].size)
            if strong_places > places or prefix[strong_places] > room + 1e-9:
                return None
        return prefix

    def fill(h: int, open_mask: int, first: int, low: int, high: int, rest_strength: int, bigs: int,
             highs: int) -> bool:
        """Complete group h (with unit type ``first`` in it unless -1) and solve the groups left."""
        r = bin(open_mask).count("1")
        leader = lead[h]
        lo_fill, hi_fill = low - leader.strength, high - leader.strength
        # the sizes and new-hire counts this group may end at, given the groups left
        sizes = [z - leader.size for z in (small, small + 1)
                 if (z == small and big_max - bigs <= r - 1) or (z == small + 1 and bigs < big_max)]
        sizes = [z for z in sizes if z >= 0]
        news_ok = [v - leader.new for v in range(new_lo, new_hi + 1)
                   if new_lo == new_hi or (v == new_lo and high_max - highs <= r - 1)
                   or (v == new_hi and highs < high_max)]
        news_ok = [v for v in news_ok if v >= 0]
        if not sizes or not news_ok or hi_fill < 0:
            return False
        most_size, most_new = max(sizes), max(news_ok)
        picked = chosen[h]
        in_group: set[int] = set()  # units with keep-apart pairs in this group
        blocked = units[leaders[h]].apart
        rest_mask = open_mask & ~(1 << h)

        def complete(j: int, size: int, strength: int, new: int) -> bool:
            nodes[0] -= 1
            if nodes[0] < 0:
                raise _Budget
            if size in sizes and new in news_ok and strength >= lo_fill:
                big = size + leader.size > small
                high_new = new_lo < new_hi and new + leader.new == new_hi
                if solve(rest_mask, low, high, rest_strength - strength, bigs + big, highs + high_new):
                    return True
            if size >= most_size or strength + (most_size - size) * ratio[j] < lo_fill - 1e-9:
                return False
            for jj in range(j, ntypes):
                if not counts[jj]:
                    continue
                if strength + t_strength[jj] > hi_fill:
                    continue
                if strength + (most_size - size) * ratio[jj] < lo_fill - 1e-9:
                    return False
                if size + t_size[jj] > most_size or new + t_new[jj] > most_new:
                    continue
                unit = t_unit[jj]
                if unit >= 0 and (unit in blocked or t_apart[jj] & in_group):
                    continue
                if place(jj, size, strength, new):
                    return True
            return False

        def place(jj: int, size: int, strength: int, new: int) -> bool:
            unit = t_unit[jj]
            counts[jj] -= 1
            picked.append(jj)
            if unit >= 0:
                in_group.add(unit)
            if complete(jj, size + t_size[jj], strength + t_strength[jj], new + t_new[jj]):
                return True  # the completion stays in ``chosen``
            if unit >= 0:
                in_group.discard(unit)
            picked.pop()
            counts[jj] += 1
            return False

        if first < 0:
            return complete(0, 0, 0, 0)
        unit = t_unit[first]
        if (t_strength[first] > hi_fill or t_size[first] > most_size or t_new[first] > most_new
                or (unit >= 0 and unit in blocked)):
            return False
        return place(first, 0, 0, 0)

    def solve(open_mask: int, low: int, high: int, rest_strength: int, bigs: int, highs: int) -> bool:
        if not open_mask:
            return not any(counts)
        nodes[0] -= 1
        if nodes[0] < 0:
            raise _Budget
        key = (open_mask, tuple(counts))
        if key in failed:
            return False
        open_groups = [h for h in range(k) if open_mask >> h & 1]
        prefix = fits(open_groups, low, high, rest_strength, big_max - bigs)
        if prefix is None:
            failed.add(key)
            return False
        first = next((j for j in range(ntypes) if counts[j]), -1)
        # Branch on the tighter choice: complete the strongest open group (room: what its leader leaves above the
        # lightest fill), or place the strongest unit left (room: the most any group leaves it).
        strongest = open_groups[-1]
        room_group = high - lead[strongest].strength - prefix[max(0, small - lead[strongest].size)]
        room_unit = -1.0
        if first >= 0:
            room_unit = max(high - lead[h].strength - t_strength[first]
                            - prefix[max(0, small - lead[h].size - t_size[first])] for h in open_groups)
        by_group = first < 0 or room_group <= room_unit
        tried: set[tuple[int, int, int, int]] = set()
        for h in ([strongest] if by_group else open_groups):
            if alike[h] in tried:
                continue
            tried.add(alike[h])
            if fill(h, open_mask, -1 if by_group else first, low, high, rest_strength, bigs, highs):
                return True
        failed.add(key)
        return False

    rest_total = total - sum(u.strength for u in lead)
    mean = total / k
    windows = sorted(range(-(-total // k) - target, total // k + 1),
                     key=lambda low: (abs(low + target / 2 - mean), low))
    for low in windows:
        failed.clear()
        for picked in chosen:
            picked.clear()
        if solve((1 << k) - 1, low, low + target, rest_total, 0, 0):
            assignment = [-1] * len(units)
            pools = [list(m) for m in members]
            for g in range(k):
                assignment[leaders[g]] = g
                for jj in chosen[g]:
                    assignment[pools[jj].pop()] = g
            return assignment
    return None


def _improve_exactly(problem: _Problem, assignment: list[int], spread: int, floor: int, budget: list[int],
                     share: float) -> tuple[list[int], int, int, bool]:
    """Look for a split with a smaller spread, target by target from ``floor`` (no split has a smaller spread) up,
    spending at most ``share`` of the node budget left. Returns (split, spread, the new floor, proven optimal):
    the first split found is optimal; a target proven impossible raises the floor."""
    spend = int(budget[0] * share)
    left = [spend]
    try:
        while floor < spread:
            # the next target: one above the floor while the gap is small (proofs there are cheap), else halfway
            target = floor if spread - floor <= 3 else (floor + spread) // 2
            found = _window_search(problem, target, left)
            if found is None:
                floor = target + 1
                continue
            sums = [0] * problem.k
            for unit, g in zip(problem.units, found, strict=True):
                sums[g] += unit.strength
            assignment, spread = found, max(sums) - min(sums)
    except _Budget:
        pass
    budget[0] -= spend - max(0, left[0])
    return assignment, spread, floor, floor >= spread
