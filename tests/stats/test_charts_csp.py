"""Charts must draw under the site's Content-Security-Policy (``style-src 'self'``).

Browsers ignore style attributes and <style> elements under that policy; the
browser tests saw every chart as a black box before the CSS became attributes.
"""
import datetime as dt
import re

from portal.levels.stats import LevelMix, SeriesPoint
from portal.web.reports.charts import mix_chart, ranking_chart


def _mix(counts, label=""):
    return LevelMix(counts=dict(zip((1, 2, 3, 4), counts)), label=label)


def test_charts_carry_no_inline_css_but_keep_their_colours(app_ctx):
    with app_ctx.test_request_context():
        charts = [
            mix_chart([SeriesPoint(dt.date(2024, 12, 31), _mix((5, 3, 1, 0))),
                       SeriesPoint(dt.date(2025, 12, 31), _mix((2, 3, 3, 1)))], "Cơ cấu"),
            ranking_chart([_mix((1, 0, 2, 1), "Sở Tư pháp"), _mix((3, 1, 0, 0), "Sở Y tế")],
                          "Xếp hạng"),
        ]
    for svg in map(str, charts):
        assert not re.search(r"\sstyle=", svg)
        assert "<style" not in svg
        assert 'fill="#4c2c92"' in svg or 'fill="#00703c"' in svg   # level colours kept
        assert 'font-family="' in svg and svg.startswith("<svg ")
