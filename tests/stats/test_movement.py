"""Movement in a period, time at each level, procedures that have not moved."""
from portal.levels.movement import level_movement, median_days_at_level, not_moved_since

from .helpers import D, TODAY, history


def test_movement_matrix_is_net_over_the_period(app_ctx):
    history([(1, D(2015, 1, 1)), (3, D(2020, 1, 1))])              # up 1→3
    history([(4, D(2015, 1, 1)), (2, D(2020, 12, 31))])             # down 4→2 (last day counts)
    history([(2, D(2015, 1, 1)), (4, D(2020, 3, 1)), (2, D(2020, 6, 1))])  # back: unchanged
    history([(3, D(2020, 7, 1))])                                    # entered
    history([(1, D(2015, 1, 1)), (2, D(2021, 1, 1))])               # after the period
    history([(1, D(2015, 1, 1)), (2, D(2020, 1, 1))], )              # first day counts
    mv = level_movement(D(2020, 1, 1), D(2020, 12, 31))
    assert mv.matrix == {(1, 3): 1, (4, 2): 1, (2, 2): 1, (None, 3): 1, (1, 1): 1, (1, 2): 1}
    assert (mv.up, mv.down, mv.unchanged, mv.entered) == (2, 1, 2, 1)


def test_median_days_at_level_uses_finished_stays(app_ctx):
    history([(1, D(2020, 1, 1)), (2, D(2020, 1, 11)), (3, D(2020, 2, 10))])  # L1 10d, L2 30d
    history([(1, D(2020, 1, 1)), (1, D(2020, 1, 5)), (2, D(2020, 1, 31))])   # L1 30d (repeat)
    history([(1, D(2020, 1, 1)), (4, D(2020, 1, 21)), (2, D(2020, 1, 21))])  # L1 20d; 4 never
    medians = median_days_at_level(today=TODAY)
    assert medians == {1: 20, 2: 30, 3: None, 4: None}


def test_not_moved_for_n_years(app_ctx):
    old = history([(1, D(2012, 1, 1)), (2, D(2016, 11, 25))])
    history([(1, D(2012, 1, 1)), (2, D(2016, 11, 26))])
    stale = not_moved_since(10, today=TODAY)
    assert [(s.code, s.level, s.since) for s in stale] == [(old.code, 2, D(2016, 11, 25))]
