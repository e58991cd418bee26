"""The figures one dashboard page shows, gathered in one call (pages, the
public progress page and the benchmark share it)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..collation import vi_key
from .stats import Filters, LevelMix, SeriesPoint, rollup, series_and_groups


@dataclass
class Overview:
    as_of: dt.date
    mix: LevelMix
    groups: list[LevelMix]          # ranked by share at levels 3–4, highest first
    group_by: str
    series: list[SeriesPoint]
    interval: str
    monthly: list[SeriesPoint]      # the same series month by month (target paces use it)


def rank_by_online_share(groups: list[LevelMix]) -> list[LevelMix]:
    """Groups by share at levels 3–4 (highest first), then by size, then name."""
    return sorted(groups, key=lambda g: (-g.share(3, 4), -g.total, vi_key(str(g.label or g.key))))


def overview(filters: Filters, as_of: dt.date, interval: str = "year", *,
             group_by: str = "agency", start: dt.date | None = None) -> Overview:
    """Level mix on ``as_of``, the same per group, and the series up to ``as_of``."""
    monthly, groups = series_and_groups(filters, as_of, group_by, start=start)
    # The last monthly point is the mix on ``as_of``: no separate as-of query.
    mix = LevelMix(counts=dict(monthly[-1].mix.counts)) if monthly else LevelMix()
    return Overview(
        as_of=as_of, mix=mix, groups=rank_by_online_share(groups),
        group_by=group_by, interval=interval, series=rollup(monthly, interval),
        monthly=monthly)
