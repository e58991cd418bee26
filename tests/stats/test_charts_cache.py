"""A chart is drawn once per distinct content and language, then reused."""
import datetime as dt

from portal.levels.stats import LevelMix, SeriesPoint
from portal.web.reports import charts


def _points(n4):
    return [SeriesPoint(dt.date(2024, 12, 31), LevelMix(counts={1: 5, 2: 3, 3: 1, 4: 0})),
            SeriesPoint(dt.date(2025, 12, 31), LevelMix(counts={1: 2, 2: 3, 3: 3, 4: n4}))]


def test_same_numbers_reuse_the_drawing_and_new_numbers_draw_again(app_ctx, monkeypatch):
    charts._cache.clear()
    drawn = []
    real = charts._draw_mix
    monkeypatch.setattr(charts, "_draw_mix", lambda *a: drawn.append(1) or real(*a))
    with app_ctx.test_request_context():
        first = charts.mix_chart(_points(1), "Cơ cấu")
        assert charts.mix_chart(_points(1), "Cơ cấu") is first
        assert len(drawn) == 1
        changed = charts.mix_chart(_points(2), "Cơ cấu")
        assert len(drawn) == 2 and changed != first
        charts.mix_chart(_points(1), "Another title")
        assert len(drawn) == 3


def test_the_cache_stays_small(app_ctx):
    charts._cache.clear()
    with app_ctx.test_request_context():
        for n in range(charts.CACHE_SIZE + 5):
            charts.ranking_chart([LevelMix(counts={1: 1, 2: 0, 3: n, 4: 1}, label="Sở")], "X")
    assert len(charts._cache) == charts.CACHE_SIZE
