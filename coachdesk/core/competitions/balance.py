"""Balanced group split: K groups of as equal strength as possible under the team's constraints.

Seed 003: split the team into groups of roughly equal strength, each with its own leader. The constraints:

* group sizes differ by at most one;
* every group has exactly one leader — the strongest leader-capable reps, topped up with the strongest of the
  others when fewer are capable than there are groups;
* new hires (< 30 days) spread evenly: their counts per group differ by at most one;
* optional keep-together pairs (they move as one unit) and keep-apart pairs.

Strengths are whole numbers in the metric's smallest unit (deals, yuan, tenths of a point: see ``strength.py``),
which makes "the exact optimum" well defined and gives a lower bound to stop at: 0 when the total divides by
K, else 1, or more when the leaders force it.

The method (docs/competitions.md): a constrained greedy start (leaders first, then the largest units, each to
the weakest group that may take it), then a local search of unit swaps and moves between two groups — any
exchange of strength d with 0 < d < (S_a − S_b) keeps the spread from growing and strictly lowers the sum of
squares, so the search always terminates — then iterated local search: a few random feasible swaps, re-descend,
keep the better. Deterministic: the kicks come from a fixed seed. When the spread is still above the lower bound,
a budgeted depth-first search looks for a smaller one and, when it runs to the end, proves the split optimal.
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

EXACT_NODES = 2_000  # steps of exact search allowed when the local search stops above the lower bound
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
    rounds = search.iterate(budget=rules.effort * (20 + 2 * problem.n), patience=rules.effort * PATIENCE)
    (spread, _), assignment = search.best
    exact = False
    if spread > problem.lower_bound:
        assignment, spread, exact = _improve_exactly(problem, assignment, spread, rules.effort * EXACT_NODES)
    _check(problem, assignment)
    return problem.result(assignment, exact, rounds)


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
        """No split has a smaller spread: 0 or 1 by the total's divisibility, or more when the leaders force it
        (the strongest leader's group holds at least the weakest fill, the weakest leader's at most the strongest
        fill)."""
        total = sum(u.strength for u in self.units)
        bound = 0 if total % self.k == 0 else 1
        if any(u.size != 1 for u in self.units):
            return bound
        leaders = sorted(u.strength for u in self.units if u.leaders)
        others = sorted(u.strength for u in self.units if not u.leaders)
        most_others = self.small if self.big_groups else self.small - 1
        top = leaders[-1] + sum(others[:self.small - 1])  # the strongest leader's group is at least this
        most_others = min(most_others, len(others))
        bottom = leaders[0] + (sum(others[len(others) - most_others:]) if most_others else 0)
        mean = total / self.k
        return max(bound, top - bottom, math.ceil(top - mean - 1e-9), math.ceil(mean - bottom - 1e-9))

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
            kinds = [kind for kind in self.lists[a] if self.lists[a][kind] and self.lists[b].get(kind)]
            if not kinds:
                continue
            kind = self.rng.choice(kinds)
            _, i = self.rng.choice(self.lists[a][kind])
            _, m = self.rng.choice(self.lists[b][kind])
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


def _bounded_search(problem: _Problem, target: int, nodes: int) -> list[int] | None:
    """A split with spread ≤ ``target``, or None when none exists (raises _Budget after ``nodes`` steps).

    Every group ends within ``target`` of the mean, and within ``target`` of the strongest group so far: a
    group that is full, or that the units left cannot lift far enough, ends the branch. Leaders are fixed one
    per group (no mirror images); the other units go strongest first; groups in the same state are tried once."""
    k, units = problem.k, problem.units
    total = sum(u.strength for u in units)
    hi = (total + k * target) // k  # the strongest group ≤ the weakest + target ≤ mean + target
    lo = -(-(total - k * target) // k)  # and the weakest ≥ mean − target
    leaders = [i for i, u in enumerate(units) if u.leaders]
    rest = sorted((i for i, u in enumerate(units) if not u.leaders),
                  key=lambda i: (-units[i].strength, -units[i].size, i))
    total_new = sum(u.new for u in units)
    new_lo, new_hi = total_new // k, -(-total_new // k)
    small, big_max = problem.small, problem.big_groups
    sums, sizes, news = [0] * k, [0] * k, [0] * k
    members: list[set[int]] = [set() for _ in range(k)]
    assignment = [-1] * len(units)
    for g, i in enumerate(sorted(leaders, key=lambda i: (-units[i].strength, i))):
        unit = units[i]
        assignment[i], sums[g], sizes[g], news[g] = g, unit.strength, unit.size, unit.new
        members[g].add(i)
    if max(sums) > hi or max(news) > new_hi:
        return None
    tail_strength = [0] * (len(rest) + 1)
    tail_size = [0] * (len(rest) + 1)
    tail_new = [0] * (len(rest) + 1)
    for pos in range(len(rest) - 1, -1, -1):
        u = units[rest[pos]]
        tail_strength[pos] = tail_strength[pos + 1] + u.strength
        tail_size[pos] = tail_size[pos + 1] + u.size
        tail_new[pos] = tail_new[pos + 1] + u.new
    left = [nodes]
    has_apart = any(u.apart for u in units)
    # With single-member units, a group with j places left takes j of the units still to place: at least the j
    # weakest (the end of ``rest``), at most the j strongest (the next j).
    singles = all(units[i].size == 1 for i in rest)
    strengths = [units[i].strength for i in rest]
    prefix = [0]
    for value in strengths:
        prefix.append(prefix[-1] + value)

    def feasible(pos: int) -> bool:
        floor = max(lo, max(sums) - target)  # every group must reach this
        bigs = sum(1 for z in sizes if z > small)
        need = 0
        remaining = len(rest) - pos
        for g in range(k):
            most = small + 1 if (sizes[g] > small or bigs < big_max) else small
            full = sizes[g] >= most
            short = floor - sums[g]
            if short > 0:
                if full:
                    return False
                need += short
            if singles and remaining:
                least = max(0, small - sizes[g])
                if least and sums[g] + prefix[len(rest)] - prefix[len(rest) - min(least, remaining)] > hi:
                    return False
                room = min(most - sizes[g], remaining)
                if short > 0 and prefix[pos + room] - prefix[pos] < short:
                    return False
        return (need <= tail_strength[pos]
                and sum(max(0, small - z) for z in sizes) <= tail_size[pos]
                and sum(max(0, new_lo - v) for v in news) <= tail_new[pos])

    def place(pos: int) -> bool:
        if pos == len(rest):
            return max(sums) - min(sums) <= target
        left[0] -= 1
        if left[0] < 0:
            raise _Budget
        i = rest[pos]
        unit = units[i]
        bigs = sum(1 for z in sizes if z > small)
        ceiling = min(hi, min(sums) + target + tail_strength[pos])  # cannot outgrow what the weakest can reach
        tried: set[tuple[int, int, int]] = set()
        for g in sorted(range(k), key=lambda g: (sums[g], g)):
            if sums[g] + unit.strength > ceiling or news[g] + unit.new > new_hi or unit.apart & members[g]:
                continue
            size = sizes[g] + unit.size
            if size > small + (1 if big_max else 0) or (size > small >= sizes[g] and bigs >= big_max):
                continue
            state = (sums[g], sizes[g], news[g])
            if state in tried and not has_apart:
                continue  # the same as a group already tried (with keep-apart pairs, groups differ by members)
            tried.add(state)
            assignment[i] = g
            sums[g] += unit.strength
            sizes[g] += unit.size
            news[g] += unit.new
            members[g].add(i)
            if feasible(pos + 1) and place(pos + 1):
                return True
            members[g].discard(i)
            news[g] -= unit.new
            sizes[g] -= unit.size
            sums[g] -= unit.strength
            assignment[i] = -1
        return False

    if not feasible(0):
        return None
    return list(assignment) if place(0) else None


def _improve_exactly(problem: _Problem, assignment: list[int], spread: int,
                     nodes: int) -> tuple[list[int], int, bool]:
    """Look for splits with a smaller spread, window by window, until one is proven impossible (the split is then
    optimal) or the node budget runs out. Returns (split, spread, proven optimal)."""
    bound = problem.lower_bound
    try:
        while spread > bound:
            found = _bounded_search(problem, spread - 1, nodes)
            if found is None:
                return assignment, spread, True
            assignment = found  # checked with the result in balance()
            sums = [0] * problem.k
            for unit, g in zip(problem.units, found, strict=True):
                sums[g] += unit.strength
            spread = max(sums) - min(sums)
    except _Budget:
        return assignment, spread, False
    return assignment, spread, True
