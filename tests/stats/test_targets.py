"""Targets: validation, current value, gap, pace and projected date."""
import datetime as dt

import numpy
import pytest

from portal.errors import ValidationError
from portal.levels.models import TargetMeasure
from portal.levels.targets import assess_all, create_target, measure_value
from portal.levels.stats import LevelMix

from ..factories import make_agency
from .helpers import D, history

TODAY = D(2026, 1, 1)


def test_measures():
    mix = LevelMix(counts={1: 1, 2: 1, 3: 1, 4: 1})
    assert measure_value(mix, TargetMeasure.LEVEL4) == 25
    assert measure_value(mix, TargetMeasure.LEVEL3_UP) == 50
    assert measure_value(mix, TargetMeasure.FULLY_ONLINE) == 25


@pytest.mark.parametrize("value", [0, -5, 100.5])
def test_value_must_be_a_percentage(app_ctx, value):
    with pytest.raises(ValidationError) as err:
        create_target(measure=TargetMeasure.LEVEL4, value=value, deadline=D(2030, 12, 31))
    assert err.value.field == "value"


def test_pace_is_the_least_squares_line_of_the_last_twelve_months(app_ctx):
    # Ten procedures at level 1; one moves to level 4 on each of six month starts.
    days = [D(2025, 8, 1), D(2025, 9, 1), D(2025, 10, 1), D(2025, 11, 1), D(2025, 12, 1),
            D(2026, 1, 1)]
    for i in range(10):
        history([(1, D(2020, 1, 1))] + ([(4, days[i])] if i < 6 else []))
    target = create_target(measure=TargetMeasure.LEVEL4, value=100, deadline=D(2026, 12, 31))
    [progress] = assess_all([target], TODAY)
    assert (progress.current, progress.gap, progress.reached) == (60, 40, False)
    # Independent check: month ends of 2025 (0 % until July, then +10 a month) and today.
    month_ends = [D(2025, m + 1, 1) - dt.timedelta(days=1) for m in range(1, 12)] + \
        [D(2025, 12, 31), TODAY]
    xs = [(d - TODAY).days for d in month_ends]
    ys = [max(0, 10 * (d.month - 7)) if d.year == 2025 else 60 for d in month_ends]
    slope = numpy.polyfit(xs, ys, 1)[0]
    assert progress.pace_per_year == pytest.approx(slope * 365.25)
    assert progress.projected == TODAY + dt.timedelta(days=round(40 / slope))
    assert progress.on_track is (progress.projected <= target.deadline)


def test_flat_history_never_reaches_and_reached_target_is_on_track(app_ctx):
    agency = make_agency()
    history([(4, D(2020, 1, 1))], agency=agency)
    history([(1, D(2020, 1, 1))])
    province = create_target(measure=TargetMeasure.LEVEL4, value=80, deadline=D(2030, 1, 1))
    local = create_target(measure=TargetMeasure.LEVEL3_UP, value=100, deadline=D(2027, 1, 1),
                          agency_id=agency.id)
    p, a = assess_all([province, local], TODAY)
    assert (p.current, p.gap, p.pace_per_year, p.projected, p.on_track) == (50, 30, 0, None, False)
    assert (a.current, a.gap, a.reached, a.on_track, a.projected) == (100, 0, True, True, TODAY)
