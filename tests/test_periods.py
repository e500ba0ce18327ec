"""Date ranges: presets, the previous equal period, ISO weeks."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coachdesk.core.common.periods import DateRange, Preset, preset_range, week_start

TODAY = dt.date(2024, 3, 15)  # a Friday in a leap year


def test_range_basics() -> None:
    r = DateRange(dt.date(2024, 2, 27), dt.date(2024, 3, 2))
    assert r.days == 5
    assert list(r) == [dt.date(2024, 2, 27), dt.date(2024, 2, 28), dt.date(2024, 2, 29), dt.date(2024, 3, 1),
                       dt.date(2024, 3, 2)]
    assert dt.date(2024, 2, 29) in r and dt.date(2024, 3, 3) not in r and "2024-02-29" not in r
    assert r.previous() == DateRange(dt.date(2024, 2, 22), dt.date(2024, 2, 26))
    assert DateRange(TODAY, TODAY).days == 1 and DateRange(TODAY, TODAY).previous() == DateRange(
        TODAY - dt.timedelta(days=1), TODAY - dt.timedelta(days=1))


def test_end_before_start_is_refused() -> None:
    with pytest.raises(ValueError, match=r"ends .* before it starts"):
        DateRange(TODAY, TODAY - dt.timedelta(days=1))


@pytest.mark.parametrize(("preset", "start"), [
    (Preset.LAST_7, dt.date(2024, 3, 9)), (Preset.LAST_30, dt.date(2024, 2, 15)),
    (Preset.LAST_90, dt.date(2023, 12, 17)), (Preset.THIS_MONTH, dt.date(2024, 3, 1)),
    (Preset.LAST_YEAR, dt.date(2023, 3, 17)),
])
def test_presets(preset: Preset, start: dt.date) -> None:
    r = preset_range(preset, TODAY)
    assert (r.start, r.end) == (start, TODAY)
    if preset is not Preset.THIS_MONTH:
        assert r.days == int(preset.value.rstrip("d"))


def test_week_start() -> None:
    assert week_start(dt.date(2024, 5, 6)) == dt.date(2024, 5, 6)  # Monday
    assert week_start(dt.date(2024, 5, 12)) == dt.date(2024, 5, 6)  # Sunday
    assert week_start(dt.date(2024, 1, 1)) == dt.date(2024, 1, 1)
    assert week_start(dt.date(2023, 1, 1)) == dt.date(2022, 12, 26)  # ISO week 52 of 2022


DAYS = st.dates(dt.date(2000, 1, 1), dt.date(2100, 1, 1))


@given(DAYS, st.integers(0, 800))
def test_previous_is_adjacent_and_as_long(start: dt.date, length: int) -> None:
    r = DateRange(start, start + dt.timedelta(days=length))
    before = r.previous()
    assert before.days == r.days
    assert before.end + dt.timedelta(days=1) == r.start
    assert not any(day in r for day in before)


@given(DAYS)
def test_week_start_is_the_iso_monday(day: dt.date) -> None:
    monday = week_start(day)
    assert monday.weekday() == 0 and 0 <= (day - monday).days < 7
    assert monday.isocalendar()[:2] == day.isocalendar()[:2]


@given(DAYS, st.sampled_from(list(Preset)))
def test_presets_end_today(today: dt.date, preset: Preset) -> None:
    r = preset_range(preset, today)
    assert r.end == today and r.start <= today
