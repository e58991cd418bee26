"""The dashboard's ranking chart says something when every agency is at 100 %
(the national catalogue): bars of counts by level, a readable number of them,
each with its rank, its name on its own line and its count and share."""
from __future__ import annotations

import re

from portal.levels.report import rank_by_online_share
from portal.levels.stats import LevelMix
from portal.web.reports.charts import RANKED_BARS, ranking_chart

LONG = "Sở Văn hóa, Thể thao và Du lịch tỉnh Hà Giang, bộ phận một cửa liên thông"


def _texts(svg: str) -> list[str]:
    return [re.sub(r"<[^>]+>", "", t).replace("\xa0", " ").strip() for t in re.findall(r"<text\b.*?</text>", svg, re.S)]


def test_all_at_full_share_still_ranks_by_size_with_counts(app_ctx):
    groups = [LevelMix({1: 0, 2: 0, 3: 10 * n, 4: 1000 + 5 * n}, key=n, label=f"Bộ số {n}")
              for n in range(26)]
    groups.append(LevelMix({1: 0, 2: 0, 3: 3, 4: 4}, key="long", label=LONG))
    ranked = rank_by_online_share(groups)
    with app_ctx.test_request_context("/?lang=vi"):
        svg = str(ranking_chart(ranked, "Xếp hạng"))
    texts = _texts(svg)
    # a sensible number of bars, and the title says the table has the rest
    assert RANKED_BARS == 15
    assert sum(1 for t in texts if re.match(r"^\d+\. ", t)) == RANKED_BARS
    assert any("15 đầu tiên trong 27" in t for t in texts)
    # the largest first, its name whole with its rank, count in Vietnamese style
    assert "1. Bộ số 25" in texts
    assert any(t.startswith("1.375 · 100") and t.endswith("% mức 3–4") for t in texts)
    # bars are counts: a bigger agency has a longer bar (not 26 equal ones)
    ends = {round(max(float(x) for x in re.findall(r"[ML] ([\d.]+) ", d)))
            for d in re.findall(r'<path d="([^"]+)"[^>]*clip-path[^>]*fill="#4c2c92"', svg)}
    assert len(ends) > 5


def test_a_long_name_is_shortened_in_the_chart_only(app_ctx):
    ranked = [LevelMix({1: 1, 2: 0, 3: 2, 4: 0}, key="long", label=LONG)]
    with app_ctx.test_request_context("/?lang=vi"):
        texts = _texts(str(ranking_chart(ranked, "Xếp hạng")))
    label = next(t for t in texts if t.startswith("1. "))
    assert label.endswith("…") and LONG.startswith(label[3:-1])
    assert "3 · 66,7 % mức 3–4" in texts
