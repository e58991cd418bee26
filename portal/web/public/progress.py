"""The public progress page (/tien-do) and the search-result redirect that
records which result a citizen opened (/s/<search id>/<code>)."""
from __future__ import annotations

import datetime as dt
from urllib.parse import quote

from flask import redirect, render_template, request
from flask_babel import gettext as _

from ...errors import NotFound, ValidationError
from ...levels import report
from ...levels.stats import Filters, LevelMix, level_series
from ..reports import charts
from ..reports.pages import series_table

from ..commit import committing
from . import bp
MIN_POINTS = 3   # fewer yearly points draw an almost empty line: show bars for today instead


@bp.get("/tien-do")
def progress():
    today = dt.date.today()
    series = level_series("year", Filters(), end=today)
    # The headline is the last point of the series: today's mix.
    overview = report.Overview(as_of=today, mix=series[-1].mix if series else LevelMix(),
                               groups=[], group_by="agency", series=series, interval="year",
                               monthly=[])
    table = series_table(overview)
    if len(series) >= MIN_POINTS:
        chart = charts.mix_chart(series, _("Số thủ tục theo mức độ"))
    else:   # too little history for a line: today's levels as bars
        chart = charts.mix_bars(overview.mix, _("Số thủ tục theo mức độ, hôm nay"))
    return render_template("progress/index.html", page={"overview": overview}, table=table,
                           chart=chart)


@bp.get("/s/<int:search_id>/<code>")
def open_result(search_id: int, code: str):
    from ...analytics.services import record_open
    # An old or forged link (NotFound, ValidationError) still takes the citizen to the page.
    with committing(NotFound, ValidationError):
        record_open(search_id, code, request.args.get("pos", type=int))
    return redirect(f"/thu-tuc/{quote(code, safe='')}", code=302)
