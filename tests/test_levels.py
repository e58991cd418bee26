"""The level history rule: the current level is the latest change."""
import datetime as dt

import pytest

from portal.errors import ValidationError
from portal.extensions import db
from portal.levels.models import LevelChange, LevelSource
from portal.levels.services import level_on, record_level_change

from .factories import make_procedure

D = dt.date


def test_current_level_follows_latest_change(app_ctx):
    proc = make_procedure(level=1)
    record_level_change(proc, 2, D(2015, 1, 1), source=LevelSource.STAFF)
    record_level_change(proc, 3, D(2019, 6, 1), source=LevelSource.STAFF, decision_ref="12/QĐ")
    assert proc.level == 3


def test_back_dated_change_lands_in_place_and_keeps_current(app_ctx):
    proc = make_procedure()
    record_level_change(proc, 1, D(2012, 1, 1), source=LevelSource.IMPORT)
    record_level_change(proc, 4, D(2022, 1, 1), source=LevelSource.STAFF)
    back = record_level_change(proc, 2, D(2016, 3, 1), source=LevelSource.STAFF)
    assert back.from_level == 1          # the level in force on its own date
    assert proc.level == 4               # the latest change still rules
    assert level_on(proc.id, D(2017, 1, 1)) == 2
    assert level_on(proc.id, D(2016, 3, 1)) == 2   # effective on the day counts
    assert level_on(proc.id, D(2016, 2, 29)) == 1


def test_same_day_changes_ordered_by_recording(app_ctx):
    proc = make_procedure()
    record_level_change(proc, 2, D(2020, 1, 1), source=LevelSource.STAFF)
    record_level_change(proc, 3, D(2020, 1, 1), source=LevelSource.STAFF)
    assert proc.level == 3


@pytest.mark.parametrize("level", [0, 5, -1])
def test_level_out_of_range_refused(app_ctx, level):
    proc = make_procedure()
    with pytest.raises(ValidationError) as err:
        record_level_change(proc, level, D(2020, 1, 1), source=LevelSource.STAFF)
    assert err.value.field == "level"
    assert db.session.query(LevelChange).count() == 0


def test_future_effective_date_refused(app_ctx):
    proc = make_procedure()
    with pytest.raises(ValidationError):
        record_level_change(proc, 2, D(2030, 1, 1), source=LevelSource.STAFF,
                            today=D(2026, 11, 25))
