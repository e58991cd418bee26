"""The search log: recording, weekly report, aggregation after 90 days."""
import datetime as dt

import pytest

from portal.analytics.models import SearchLog, SearchWeekly
from portal.analytics.queries import week_report
from portal.analytics.services import (
    aggregate_old_searches, normalise_query, record_open, record_search,
)
from portal.errors import NotFound
from portal.extensions import db

UTC = dt.timezone.utc


def _at(entry_id: int, when: dt.datetime) -> None:
    db.session.get(SearchLog, entry_id).searched_at = when
    db.session.flush()


def test_query_is_normalised_and_nothing_personal_is_stored(app_ctx):
    nfd_old_tone = "  Đăng  ky\u0301 KHAI SINH hoà  "
    sid = record_search(nfd_old_tone, 3)
    entry = db.session.get(SearchLog, sid)
    assert entry.query == normalise_query("đăng ký khai sinh hòa") == "đăng ký khai sinh hòa"
    # the visit is a random session token (reformulations), the position a number
    assert set(SearchLog.__table__.columns.keys()) == {
        "id", "query", "result_count", "opened_code", "searched_at", "opened_at",
        "opened_position", "visit"}
    assert record_search("   ", 0) is None
    # nothing that looks like an address or an e-mail is kept as a visit
    for odd in ("127.0.0.1", "a@b.vn", "x" * 33):
        assert db.session.get(SearchLog, record_search("khai sinh", 1, odd)).visit is None
    assert db.session.get(SearchLog, record_search("khai sinh", 1, "9f2c" * 4)).visit == \
        "9f2c" * 4


def test_record_open_and_unknown_search(app_ctx):
    sid = record_search("khai sinh", 2)
    record_open(sid, "1.001193")
    assert db.session.get(SearchLog, sid).opened_code == "1.001193"
    with pytest.raises(NotFound):
        record_open(sid + 100, "1.001193")


def test_week_report_top_zero_and_unopened(app_ctx):
    monday = dt.datetime(2026, 11, 16, 1, 0, tzinfo=UTC)      # 08:00 in Vietnam
    for text, n, opened in [("cccd", 0, None), ("cccd", 0, None), ("khai sinh", 4, "1.1"),
                            ("khai sinh", 4, None), ("sổ đỏ", 2, None)]:
        sid = record_search(text, n)
        if opened:
            record_open(sid, opened)
        _at(sid, monday)
    _at(record_search("next week", 1), monday + dt.timedelta(days=7))
    # Sunday 20:00 UTC is already Monday in Vietnam: it belongs to the next week.
    _at(record_search("late", 1), dt.datetime(2026, 11, 15, 20, 0, tzinfo=UTC))
    report = week_report(dt.date(2026, 11, 19))
    assert report.week_start == dt.date(2026, 11, 16)
    assert [(c.query, c.searches) for c in report.top] == [
        ("cccd", 2), ("khai sinh", 2), ("late", 1), ("sổ đỏ", 1)]
    assert [c.query for c in report.zero_results] == ["cccd"]
    assert [c.query for c in report.unopened] == ["late", "sổ đỏ"]


def test_aggregation_keeps_the_weekly_report_the_same(app_ctx, runner):
    old = dt.datetime(2026, 6, 3, 5, 0, tzinfo=UTC)
    for text, n in [("cccd", 0), ("cccd", 0), ("khai sinh", 3)]:
        _at(record_search(text, n), old)
    _at(record_search("recent", 1), dt.datetime.now(UTC))
    db.session.commit()
    before = week_report(old.date())
    result = runner.invoke(args=["analytics", "aggregate"])
    assert result.exit_code == 0
    assert "Folded 3 search entries" in result.output   # the three old entries, not the recent one
    db.session.expire_all()
    assert db.session.query(SearchLog).count() == 1
    assert db.session.query(SearchWeekly).count() == 2
    after = week_report(old.date())
    assert after == before
    assert aggregate_old_searches() == 0      # running it again folds nothing twice
