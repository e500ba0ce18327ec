"""Signals from call activity: call volume change, how steady results are, rate trends, low performers.

All windows end the day before ``as_of`` (that day's figures are not in yet) and only read days with calls.
"""

from __future__ import annotations

import datetime as dt
import math
import statistics
from collections.abc import Iterable, Sequence

from coachdesk.core.common.trend import by_week, slope
from coachdesk.core.lifecycle.facts import OUTPUT_WINDOW_DAYS, DayFact, TeamFacts
from coachdesk.core.lifecycle.signals import CALM, MATURITY, NOT_STORMING, STAGE_SIGN, Signal, clamp, missing, support
from coachdesk.core.lifecycle.thresholds import Thresholds

RECENT_DAYS = 14  # "the last 2 weeks"
BEFORE_DAYS = 28  # "… vs the 4 weeks before"
TREND_WEEKS = 8
NEW_HIRE_DAYS = 30
MIN_REPS = 4  # fewer reps than this cannot have "a share below the median"
HELD = support(**NOT_STORMING)
STEADY = support(forming=0.2, norming=0.4, performing=0.4)  # steady days: not new, not storming
LONG_WEEKS = 26  # "long stable results": the last half year
MIN_LONG_WEEKS = 12  # enough to see a rise or a slide
MATURE_WEEKS = 24  # steady for about half a year: evidence of maturity

WEIGHTS = {"call_volume_change": 1.5, "deals_volatility": 1.5, "revenue_volatility": 0.75,
           "connect_rate_trend": 1.0, "conversion_trend": 1.0, "low_performers": 1.0, "long_run_results": 1.5}


def _window(days: Sequence[DayFact], as_of: dt.date, back: int, length: int) -> list[DayFact]:
    """Working days in [as_of - back, as_of - back + length)."""
    start, end = as_of - dt.timedelta(days=back), as_of - dt.timedelta(days=back - length)
    return [d for d in days if start <= d.day < end and d.calls > 0]


class ActivitySignals:
    id = "activity"

    def signals(self, facts: TeamFacts, limits: Thresholds) -> Iterable[Signal]:
        reason = _unusable(facts, limits)
        if reason is not None:
            name, params = reason
            for signal_id, weight in WEIGHTS.items():
                yield missing(signal_id, name, weight, {"stale_activity_days": limits.stale_activity_days}, **params)
            return
        yield call_volume_change(facts, limits)
        yield volatility(facts, limits, "deals_volatility", revenue=False)
        yield volatility(facts, limits, "revenue_volatility", revenue=True)
        connect, conversion = rate_trends(facts, limits)
        yield connect
        yield conversion
        yield low_performers(facts, limits)
        yield long_run_results(facts, limits)


def _unusable(facts: TeamFacts, limits: Thresholds) -> tuple[str, dict[str, object]] | None:
    if facts.last_activity_day is None:
        return "no_activity", {}
    idle = (facts.as_of - facts.last_activity_day).days - 1
    if idle >= limits.stale_activity_days:
        return "stale_activity", {"days": idle, "last": facts.last_activity_day.isoformat()}
    return None


def call_volume_change(facts: TeamFacts, limits: Thresholds) -> Signal:
    used = {"call_drop": limits.call_drop, "min_working_days": limits.min_working_days}
    recent = _window(facts.days, facts.as_of, RECENT_DAYS, RECENT_DAYS)
    before = _window(facts.days, facts.as_of, RECENT_DAYS + BEFORE_DAYS, BEFORE_DAYS)
    if len(recent) < limits.min_working_days // 2 or len(before) < limits.min_working_days:
        return missing("call_volume_change", "short_history", WEIGHTS["call_volume_change"], used,
                       recent_days=len(recent), before_days=len(before))
    now = sum(d.calls for d in recent) / len(recent)
    then = sum(d.calls for d in before) / len(before)
    change = now / then - 1
    params = {"change_pct": round(abs(change) * 100), "recent": round(now), "before": round(then)}
    x = clamp(change / (2 * limits.call_drop))  # the drop threshold is half-way to the strongest signal
    if change <= limits.call_drop:
        finding, points, severity = "fell", support(storming=max(0.5, x)), max(0.5, x)
    elif change < 0:
        # Below the drop threshold a dip is worth noting, not naming: severity stays under PRESSING.
        finding, points, severity = "dipped", support(storming=x, norming=0.2, performing=0.2), 0.5 * x
    else:
        finding, points, severity = "held", HELD, 0.0
    return Signal("call_volume_change", change, finding, points, severity, WEIGHTS["call_volume_change"], used,
                  params, kind=CALM if finding == "held" else STAGE_SIGN)


def _expected(counts: Sequence[float], connected: Sequence[int]) -> list[float]:
    """Expected counts from connected calls with a linear trend in the rate: fit count ≈ connected·(a + b·t)."""
    n = len(counts)
    ts = [(i - (n - 1) / 2) / max(1, n - 1) for i in range(n)]
    s_cc = sum(c * c for c in connected)
    s_cct = sum(c * c * t for c, t in zip(connected, ts, strict=True))
    s_cctt = sum(c * c * t * t for c, t in zip(connected, ts, strict=True))
    s_dc = sum(d * c for d, c in zip(counts, connected, strict=True))
    s_dct = sum(d * c * t for d, c, t in zip(counts, connected, ts, strict=True))
    det = s_cc * s_cctt - s_cct * s_cct
    if det <= 0:
        a, b = (s_dc / s_cc if s_cc else 0.0), 0.0
    else:
        a = (s_dc * s_cctt - s_dct * s_cct) / det
        b = (s_cc * s_dct - s_cct * s_dc) / det
    return [max(0.0, c * (a + b * t)) for c, t in zip(connected, ts, strict=True)]


def excess_swing(counts: Sequence[float], connected: Sequence[int]) -> float:
    """Day-to-day swing of ``counts`` beyond what call volume, the trend and chance explain: the relative
    standard deviation of a day factor, after removing Poisson noise (variance = expected count) and two standard
    errors of that noise estimate (a squared Poisson deviation has variance e + 2e²), so chance alone reads
    steady about 39 times in 40."""
    expected = _expected(counts, connected)
    noise = sum(expected) + 2 * math.sqrt(sum(e + 2 * e * e for e in expected))
    residual = sum((d - e) ** 2 for d, e in zip(counts, expected, strict=True)) - noise
    scale = sum(e * e for e in expected)
    return math.sqrt(max(0.0, residual) / scale) if scale else 0.0


def volatility(facts: TeamFacts, limits: Thresholds, signal_id: str, *, revenue: bool) -> Signal:
    high = limits.revenue_volatility_high if revenue else limits.deals_volatility_high
    low = limits.revenue_volatility_low if revenue else limits.deals_volatility_low
    used = {f"{signal_id}_high": high, f"{signal_id}_low": low, "min_deals_per_day": limits.min_deals_per_day}
    days = _window(facts.days, facts.as_of, OUTPUT_WINDOW_DAYS, OUTPUT_WINDOW_DAYS)
    deals = sum(d.deals for d in days)
    if len(days) < limits.min_working_days:
        return missing(signal_id, "short_history", WEIGHTS[signal_id], used, days=len(days))
    if deals < limits.min_deals_per_day * len(days):
        return missing(signal_id, "few_deals", WEIGHTS[signal_id], used, deals=deals, days=len(days))
    if revenue:
        revenue_total = sum(d.revenue_cents for d in days)
        if revenue_total == 0:
            return missing(signal_id, "no_revenue", WEIGHTS[signal_id], used, days=len(days))
        # Revenue in units of the window's average deal, so the same chance model applies.
        price = revenue_total / deals
        counts = [d.revenue_cents / price for d in days]
    else:
        counts = [float(d.deals) for d in days]
    swing = excess_swing(counts, [d.connected for d in days])
    params = {"swing_pct": round(swing * 100), "days": len(days), "per_day": round(deals / len(days), 1)}
    if swing >= high:
        x = clamp(0.6 + 0.4 * (swing - high) / high)
        finding, points, severity = "unstable", support(storming=x), x
    elif swing <= low:
        finding, points, severity = "steady", support(norming=0.5, performing=0.5), 0.0
    else:
        t = (swing - low) / (high - low)
        finding, points, severity = "uneven", support(storming=0.5 * t, norming=0.5 * (1 - t)), 0.4 * t
    return Signal(signal_id, swing, finding, points, severity, WEIGHTS[signal_id], used, params, family="volatility",
                  kind=CALM if finding == "steady" else STAGE_SIGN)


def _weekly_blocks(facts: TeamFacts) -> list[tuple[int, int, int, int]]:
    """(week number, calls, connected, deals) per 7-day block, oldest first, over the last TREND_WEEKS weeks;
    blocks with fewer than two working days are left out (a holiday week says nothing about a trend) but keep
    their place in time."""
    working = _window(facts.days, facts.as_of, TREND_WEEKS * 7, TREND_WEEKS * 7)
    blocks = []
    for start, days in by_week(working, lambda d: d.day, ending_before=facts.as_of):
        if len(days) >= 2:
            blocks.append((TREND_WEEKS - (facts.as_of - start).days // 7, sum(d.calls for d in days),
                           sum(d.connected for d in days), sum(d.deals for d in days)))
    return blocks


def _slope(points: Sequence[tuple[float, float]]) -> float:
    """Least-squares slope of y over x (0 for fewer than two distinct x)."""
    return slope([y for _, y in points], [x for x, _ in points]) or 0.0


def rate_trends(facts: TeamFacts, limits: Thresholds) -> tuple[Signal, Signal]:
    blocks = _weekly_blocks(facts)
    used_c = {"connect_rate_drop": limits.connect_rate_drop}
    used_v = {"conversion_drop": limits.conversion_drop, "conversion_rise": limits.conversion_rise}
    if len(blocks) < 3:
        weeks = len(blocks)
        return (missing("connect_rate_trend", "short_history", WEIGHTS["connect_rate_trend"], used_c, weeks=weeks),
                missing("conversion_trend", "short_history", WEIGHTS["conversion_trend"], used_v, weeks=weeks))
    rate_points = [(week, conn / calls) for week, calls, conn, _ in blocks]
    rates = [rate for _, rate in rate_points]
    per_week = _slope(rate_points)
    params_c = {"pts_per_week": round(per_week * 100, 1), "first_pct": round(rates[0] * 100, 1),
                "last_pct": round(rates[-1] * 100, 1), "weeks": len(rates)}
    x = clamp(per_week / (2 * limits.connect_rate_drop))
    if per_week <= limits.connect_rate_drop:
        connect = Signal("connect_rate_trend", per_week, "falling", support(storming=max(0.5, x)),
                         0.8 * max(0.5, x), WEIGHTS["connect_rate_trend"], used_c, params_c)
    else:
        connect = Signal("connect_rate_trend", per_week, "holding", HELD, 0.0,
                         WEIGHTS["connect_rate_trend"], used_c, params_c, kind=CALM)
    conversion_points = [(week, deals / conn) for week, _, conn, deals in blocks if conn]
    if len(conversion_points) < 3:
        return connect, missing("conversion_trend", "no_connects", WEIGHTS["conversion_trend"], used_v,
                                weeks=len(conversion_points))
    conversions = [value for _, value in conversion_points]
    mean = statistics.fmean(conversions)
    relative = _slope(conversion_points) / mean if mean else 0.0
    params_v = {"pct_per_week": round(relative * 100, 1), "first_pct": round(conversions[0] * 100, 2),
                "last_pct": round(conversions[-1] * 100, 2), "weeks": len(conversions)}
    y = clamp(relative / (2 * limits.conversion_drop))
    if relative <= limits.conversion_drop:
        finding, points, severity = "falling", support(storming=max(0.5, y)), max(0.5, y)
    elif relative >= limits.conversion_rise:
        finding, points, severity = "rising", support(norming=0.6, forming=0.4), 0.0
    else:
        # Flat conversion: steady, but also the plateau a mature team must break through.
        finding, points, severity = "flat", support(performing=0.4, norming=0.4, forming=0.2), 0.15
    conversion = Signal("conversion_trend", relative, finding, points, severity, WEIGHTS["conversion_trend"],
                        used_v, params_v, kind=CALM if finding == "flat" else STAGE_SIGN)
    return connect, conversion


def low_performers(facts: TeamFacts, limits: Thresholds) -> Signal:
    used = {"low_performers_high": limits.low_performers_high}
    worked = [r for r in facts.rep_output if r.days_worked >= 5]
    # Reps in their first month are still ramping up: compare them only when the whole team is that new.
    settled = [r for r in worked if (facts.as_of - r.hired_on).days >= NEW_HIRE_DAYS]
    reps = settled if len(settled) >= MIN_REPS else worked
    if len(reps) < MIN_REPS:
        return missing("low_performers", "few_reps", WEIGHTS["low_performers"], used, reps=len(reps))
    # Deals, and call effort (seed 003: reps who lose heart stop calling); a team where nobody closes yet
    # (new) is judged on calls only. The measure with more reps far below its median is the one reported.
    judged = []
    for measure in ("deals", "calls"):
        output = [(r.deals if measure == "deals" else r.calls) / r.days_worked for r in reps]
        median = statistics.median(output)
        if median > 0:
            judged.append((sum(1 for value in output if value < median / 2), measure, median))
    below, measure, median = max(judged, key=lambda j: j[0]) if judged else (0, "calls", 0.0)
    share = below / len(reps)
    x = clamp(share / limits.low_performers_high)
    params = {"below": below, "reps": len(reps), "share_pct": round(share * 100), "measure": measure,
              "median": round(median, 1)}
    if share >= limits.low_performers_high:
        finding, points = "many", support(storming=0.6 * x, forming=0.4 * x)
    elif share <= limits.low_performers_high / 4:
        finding, points = "few", support(**NOT_STORMING)
    else:
        finding, points = "some", support(storming=0.6 * x, forming=0.4 * x)
    # One or two weak reps are normal; the problem grows with the square of the share up to the threshold.
    return Signal("low_performers", share, finding, points, 0.8 * x**2, WEIGHTS["low_performers"], used, params,
                  family="low_performers", kind=CALM if finding == "few" else STAGE_SIGN)


def long_run_results(facts: TeamFacts, limits: Thresholds) -> Signal:
    """Deals per call, week by week over the last half year: steady for months is positive evidence of maturity
    (seed 003: a mature team's results grow ever more stable), still climbing is a team whose skills are improving
    (norming), swinging from week to week is unsettled."""
    used = {"long_run_rise": limits.long_run_rise, "long_run_swing": limits.long_run_swing}
    working = _window(facts.days, facts.as_of, LONG_WEEKS * 7, LONG_WEEKS * 7)
    weeks = [(LONG_WEEKS - (facts.as_of - start).days // 7, sum(d.deals for d in days), sum(d.calls for d in days))
             for start, days in by_week(working, lambda d: d.day, ending_before=facts.as_of) if len(days) >= 2]
    weeks = [(week, deals, calls) for week, deals, calls in weeks if calls]
    if len(weeks) < MIN_LONG_WEEKS:
        return missing("long_run_results", "short_history", WEIGHTS["long_run_results"], used, weeks=len(weeks),
                       needed=MIN_LONG_WEEKS)
    rates = [deals / calls for _, deals, calls in weeks]
    mean = statistics.fmean(rates)
    if mean == 0:
        return missing("long_run_results", "few_deals", WEIGHTS["long_run_results"], used, deals=0,
                       days=len(working))
    rise = _slope([(week, rate / mean) for (week, _, _), rate in zip(weeks, rates, strict=True)])
    # Week-to-week swing around the trend beyond chance (a week's deals are Poisson around its expectation).
    fitted = [mean * (1 + rise * (week - statistics.fmean(w for w, _, _ in weeks))) for week, _, _ in weeks]
    excess = [((deals - f * calls) ** 2 - f * calls) / (f * calls) ** 2
              for (_, deals, calls), f in zip(weeks, fitted, strict=True) if f > 0]
    swing = math.sqrt(max(0.0, statistics.fmean(excess))) if excess else 0.0
    params = {"weeks": len(weeks), "rise_pct": round(rise * 100, 1), "swing_pct": round(swing * 100),
              # the trend line's ends, not the raw first and last weeks (one odd week would misstate the trend)
              "first_pct": round(max(0.0, fitted[0]) * 100, 2), "last_pct": round(max(0.0, fitted[-1]) * 100, 2)}
    if rise >= limits.long_run_rise:
        finding, points, severity, kind = "rising", support(norming=0.7, forming=0.3), 0.0, STAGE_SIGN
    elif rise <= -limits.long_run_rise:
        x = clamp(-rise / (2 * limits.long_run_rise))
        finding, points, severity, kind = "falling", support(storming=max(0.5, x)), 0.6 * max(0.5, x), STAGE_SIGN
    elif swing <= limits.long_run_swing and len(weeks) >= MATURE_WEEKS:
        finding, points, severity, kind = "steady", support(performing=0.65, norming=0.35), 0.0, MATURITY
    elif swing <= limits.long_run_swing:  # steady so far, but not for long enough to be evidence of maturity
        finding, points, severity, kind = "steady_so_far", STEADY, 0.0, CALM
    else:
        x = clamp(swing / (2 * limits.long_run_swing))
        finding, points, severity, kind = "swinging", support(storming=0.5 * x, norming=0.5), 0.3 * x, STAGE_SIGN
    return Signal("long_run_results", rise, finding, points, severity, WEIGHTS["long_run_results"], used, params,
                  kind=kind)
