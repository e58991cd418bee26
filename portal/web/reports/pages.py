"""What each statistics page shows: figures, charts and tables, built once
for the page and again for its exports."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from flask_babel import gettext as _
from markupsafe import Markup

from ...levels import movement, report, targets as targets_svc
from ...levels.stats import LEVELS, Filters
from . import charts
from .labels import GROUPINGS, MEASURES, SCHEME, group_label
from .params import StatsParams
from .tables import Table, pct


@dataclass
class TargetRow:
    name: str
    progress: targets_svc.TargetProgress


@dataclass
class Page:
    overview: report.Overview
    targets: list[TargetRow]
    tables: dict[str, Table]
    charts: dict[str, Markup | None] = field(default_factory=dict)


def series_table(overview: report.Overview) -> Table:
    table = Table("series", _("Cơ cấu mức độ theo thời gian"),
                  [_("Đến ngày")] + [charts.level_label(lv) for lv in LEVELS]
                  + [_("Tổng"), _("Tỉ lệ mức 3–4 (%)"), _("Tỉ lệ mức 4 (%)")]
                  + [str(v) for v in SCHEME.values()])
    for point in overview.series:
        mix = point.mix
        table.rows.append([point.period_end] + [mix.counts[lv] for lv in LEVELS]
                          + [mix.total, pct(mix.share(3, 4)), pct(mix.share(4))]
                          + list(mix.scheme.values()))
    return table


def groups_table(overview: report.Overview) -> Table:
    table = Table("groups", _("Xếp hạng theo tỉ lệ mức 3–4 (%(group)s)",
                              group=GROUPINGS[overview.group_by]),
                  ["#", str(GROUPINGS[overview.group_by])]
                  + [charts.level_label(lv) for lv in LEVELS]
                  + [_("Tổng"), _("Tỉ lệ mức 3–4 (%)"), _("Tỉ lệ mức 4 (%)")]
                  + [str(v) for v in SCHEME.values()])
    for rank, group in enumerate(overview.groups, 1):
        table.rows.append([rank, group_label(overview.group_by, group.key, group.label)]
                          + [group.counts[lv] for lv in LEVELS]
                          + [group.total, pct(group.share(3, 4)), pct(group.share(4))]
                          + list(group.scheme.values()))
    return table


def _targets_table(rows: list[TargetRow]) -> Table:
    table = Table("targets", _("Tiến độ so với mục tiêu"),
                  [_("Mục tiêu"), _("Chỉ tiêu"), _("Giá trị (%)"), _("Hạn"), _("Hiện tại (%)"),
                   _("Còn thiếu (điểm %)"), _("Tốc độ (điểm %/năm)"), _("Dự kiến đạt"),
                   _("Kịp hạn")])
    for row in rows:
        progress = row.progress
        table.rows.append([row.name, str(MEASURES[progress.target.measure]),
                           float(progress.target.value), progress.target.deadline,
                           round(progress.current, 2), round(progress.gap, 2),
                           None if progress.pace_per_year is None
                           else round(progress.pace_per_year, 2),
                           progress.projected, _("Có") if progress.on_track else _("Không")])
    return table


def target_name(target) -> str:
    """A target's label, or one made from its scope, measure and value."""
    if target.label:
        return target.label
    scope = target.agency.name if target.agency else _("Toàn tỉnh")
    return f"{scope}: {MEASURES[target.measure]} ≥ {float(target.value):g}% ({target.deadline.year})"


def overview_page(params: StatsParams, *, group_by: str = "agency", agency_id: int | None = None,
                  field_id: int | None = None, with_charts: bool = True,
                  today: dt.date | None = None) -> Page:
    """The overview (whole province), an agency's page or a field's page."""
    today = today or dt.date.today()
    asked = params.filters
    filters = Filters(tier=asked.tier, applicant=asked.applicant, agency_id=agency_id,
                      field_id=field_id)
    overview = report.overview(filters, params.end, params.interval, group_by=group_by,
                               start=params.start)
    scoped = [target for target in targets_svc.list_targets()
              if field_id is None and (agency_id is None or target.agency_id == agency_id)]
    reuse = overview.monthly if filters == Filters() and params.end == today else None
    progress = targets_svc.assess_all(scoped, today, province_series=reuse)
    rows = [TargetRow(target_name(one.target), one) for one in progress]
    page = Page(overview, rows, {"series": series_table(overview),
                                 "groups": groups_table(overview),
                                 "targets": _targets_table(rows)})
    if with_charts:
        page.charts = {
            "series": charts.mix_chart(overview.series, _("Số thủ tục theo mức độ")),
            "groups": charts.ranking_chart(overview.groups, page.tables["groups"].title),
            "targets": charts.targets_chart(rows, page.tables["targets"].title)}
    return page


def movement_tables(start: dt.date, end: dt.date, years: int, filters: Filters) -> dict:
    """Movement matrix, median time at each level and long-unmoved procedures."""
    mv = movement.level_movement(start, end, filters)
    matrix = Table("movement", _("Chuyển mức từ %(a)s đến %(b)s", a=start, b=end),
                   [_("Từ mức"), _("Đến mức"), _("Số thủ tục")])
    for (a, b), n in sorted(mv.matrix.items(), key=lambda kv: (kv[0][0] or 0, kv[0][1])):
        matrix.rows.append([a if a is not None else _("(mới)"), b, n])
    medians = Table("medians", _("Thời gian trung vị ở mỗi mức (ngày)"),
                    [_("Mức"), _("Trung vị (ngày)")])
    for lv, days in movement.median_days_at_level(filters).items():
        medians.rows.append([lv, days])
    stale = Table("stale", _("Thủ tục không đổi mức từ %(n)s năm trở lên", n=years),
                  [_("Mã"), _("Tên thủ tục"), _("Mức"), _("Từ ngày")])
    for s in movement.not_moved_since(years, filters):
        stale.rows.append([s.code, s.name, s.level, s.since])
    return {"summary": mv, "movement": matrix, "medians": medians, "stale": stale}
