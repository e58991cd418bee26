"""Level counts as of a date, by group, and over time, on hand-built histories."""
import pytest

from portal.catalogue.models import Applicant, Status, Tier
from portal.levels.stats import Filters, level_mix, level_mix_by, level_series

from ..factories import make_agency, make_field
from .helpers import D, TODAY, history


@pytest.fixture()
def catalogue(app_ctx):
    """Four published procedures, one rescinded and one draft, two agencies."""
    justice, health = make_agency("Sở Tư pháp"), make_agency("Sở Y tế")
    civil = make_field("Hộ tịch")
    history([(1, D(2012, 1, 1)), (3, D(2019, 12, 31)), (4, D(2022, 6, 1))],
            agency=justice, field=civil)
    history([(2, D(2015, 5, 5)), (4, D(2020, 1, 1))], agency=justice, field=civil,
            tiers=(Tier.PROVINCE, Tier.DISTRICT))
    history([(1, D(2012, 3, 1))], agency=health, applicants=(Applicant.BUSINESS,))
    history([(3, D(2019, 1, 1)), (2, D(2021, 1, 1))], agency=health,
            applicants=(Applicant.CITIZEN, Applicant.BUSINESS))
    history([(4, D(2013, 1, 1))], agency=health, status=Status.RESCINDED)
    history([(4, D(2013, 1, 1))], agency=health, status=Status.DRAFT)
    return {"justice": justice, "health": health, "civil": civil}


def test_mix_as_of_end_of_2019_counts_change_effective_that_day(catalogue):
    mix = level_mix(D(2019, 12, 31))
    assert mix.counts == {1: 1, 2: 1, 3: 2, 4: 0}
    assert mix.share(3, 4) == 0.5
    assert level_mix(D(2019, 12, 30)).counts == {1: 2, 2: 1, 3: 1, 4: 0}


def test_procedures_count_from_their_first_change(catalogue):
    assert level_mix(D(2011, 12, 31)).total == 0
    assert level_mix(D(2012, 1, 1)).counts == {1: 1, 2: 0, 3: 0, 4: 0}


def test_rescinded_and_draft_procedures_never_count(catalogue):
    assert level_mix(D(2014, 1, 1)).counts == {1: 2, 2: 0, 3: 0, 4: 0}
    assert level_mix(TODAY).counts == {1: 1, 2: 1, 3: 0, 4: 2}


def test_2022_scheme(catalogue):
    assert level_mix(TODAY).scheme == {"full": 2, "partial": 0, "info": 2}


def test_same_day_changes_latest_recorded_wins(app_ctx):
    history([(2, D(2020, 1, 1)), (4, D(2020, 1, 1)), (3, D(2020, 1, 1))])
    assert level_mix(D(2020, 1, 1)).counts == {1: 0, 2: 0, 3: 1, 4: 0}


def test_by_agency(catalogue):
    rows = level_mix_by(D(2019, 12, 31), "agency")
    by_name = {r.label: r.counts for r in rows}
    assert by_name == {"Sở Tư pháp": {1: 0, 2: 1, 3: 1, 4: 0},
                       "Sở Y tế": {1: 1, 2: 0, 3: 1, 4: 0}}


def test_by_tier_counts_a_procedure_in_each_of_its_tiers(catalogue):
    rows = {r.key: r.counts for r in level_mix_by(TODAY, "tier")}
    assert rows == {"huyen": {1: 0, 2: 0, 3: 0, 4: 1}, "tinh": {1: 1, 2: 1, 3: 0, 4: 2}}


def test_by_applicant_and_field(catalogue):
    rows = {r.key: r.total for r in level_mix_by(TODAY, "applicant")}
    assert rows == {"cong_dan": 3, "doanh_nghiep": 2}
    fields = level_mix_by(TODAY, "field")
    assert [(f.label, f.counts[4]) for f in fields] == [("Hộ tịch", 2)]


def test_filters_combine(catalogue):
    f = Filters(applicant=Applicant.BUSINESS, agency_id=catalogue["health"].id)
    assert level_mix(TODAY, f).counts == {1: 1, 2: 1, 3: 0, 4: 0}
    assert level_mix(TODAY, Filters(tier=Tier.DISTRICT)).counts[4] == 1
    assert level_mix(TODAY, Filters(field_id=catalogue["civil"].id)).total == 2


def test_yearly_series_matches_as_of_each_year_end(catalogue):
    points = level_series("year", today=TODAY)
    assert [p.period_end for p in points][:2] == [D(2012, 12, 31), D(2013, 12, 31)]
    assert points[-1].period_end == TODAY
    for point in points:
        assert point.mix.counts == level_mix(point.period_end).counts


def test_monthly_series_boundaries(catalogue):
    points = {p.period_end: p.mix.counts
              for p in level_series("month", start=D(2019, 11, 1), end=D(2020, 1, 15),
                                    today=TODAY)}
    assert points == {D(2019, 11, 30): {1: 2, 2: 1, 3: 1, 4: 0},
                      D(2019, 12, 31): {1: 1, 2: 1, 3: 2, 4: 0},
                      D(2020, 1, 15): {1: 1, 2: 0, 3: 2, 4: 1}}


def test_quarterly_series_ignores_superseded_same_day_change(app_ctx):
    history([(1, D(2020, 2, 1)), (4, D(2020, 5, 1)), (2, D(2020, 5, 1))])
    points = level_series("quarter", today=D(2020, 8, 1))
    assert [(p.period_end, p.mix.counts) for p in points] == [
        (D(2020, 3, 31), {1: 1, 2: 0, 3: 0, 4: 0}),
        (D(2020, 6, 30), {1: 0, 2: 1, 3: 0, 4: 0}),
        (D(2020, 8, 1), {1: 0, 2: 1, 3: 0, 4: 0})]


def test_series_of_empty_history(app_ctx):
    assert level_series("month", today=TODAY) == []


def test_rollup_of_monthly_equals_quarterly(catalogue):
    from portal.levels.stats import rollup
    monthly = level_series("month", today=TODAY)
    quarterly = level_series("quarter", today=TODAY)
    assert [(p.period_end, p.mix.counts) for p in rollup(monthly, "quarter")] == \
        [(p.period_end, p.mix.counts) for p in quarterly]


@pytest.mark.parametrize("group_by", ["agency", "field", "tier", "applicant"])
def test_series_and_groups_in_one_statement_agree_with_separate_queries(catalogue, group_by):
    from portal.levels.stats import series_and_groups
    series, groups = series_and_groups(Filters(), D(2020, 6, 30), group_by)
    assert series == level_series("month", end=D(2020, 6, 30), today=TODAY)
    assert groups == level_mix_by(D(2020, 6, 30), group_by)
