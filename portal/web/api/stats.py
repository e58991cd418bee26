"""Level statistics as JSON: the mix on a date (optionally grouped) and its
history. Parameters are checked here, so a bad one is a 400 naming it
whatever the API's general error handling does."""
from __future__ import annotations

from flask import request
from flask_smorest import Blueprint, abort
from marshmallow import Schema, fields

from ...errors import ValidationError
from ...levels.stats import GROUPINGS, INTERVALS, LevelMix, level_mix, level_mix_by, level_series
from ..reports.params import parse_group_by, parse_stats_params

blp = Blueprint("api_stats", __name__,
                description="Online-service level statistics computed from the level history")


class LevelsArgs(Schema):
    # Strings here, checked in the view: a bad value is a 400 that names it.
    as_of = fields.String(metadata={"description": "YYYY-MM-DD; default today",
                                    "format": "date"})
    group_by = fields.String(metadata={"enum": list(GROUPINGS)})
    tier = fields.String(metadata={"description": "tier value, e.g. tinh"})
    applicant = fields.String(metadata={"description": "applicant value, e.g. cong_dan"})


class SeriesArgs(Schema):
    interval = fields.String(metadata={"enum": list(INTERVALS), "description": "default month"})
    from_ = fields.String(data_key="from", metadata={"format": "date"})
    to = fields.String(metadata={"format": "date", "description": "default today"})
    tier = fields.String()
    applicant = fields.String()


class MixSchema(Schema):
    key = fields.Raw(allow_none=True)
    label = fields.String()
    total = fields.Integer()
    levels = fields.Dict(keys=fields.String(), values=fields.Integer())
    shares = fields.Dict(keys=fields.String(), values=fields.Float())
    scheme_2022 = fields.Dict(keys=fields.String(), values=fields.Integer())


class LevelsSchema(MixSchema):
    as_of = fields.Date()
    groups = fields.List(fields.Nested(MixSchema))


class PointSchema(MixSchema):
    period_end = fields.Date()


class SeriesSchema(Schema):
    interval = fields.String()
    points = fields.List(fields.Nested(PointSchema))


def _mix(mix: LevelMix) -> dict:
    return {"key": mix.key, "label": mix.label, "total": mix.total,
            "levels": {str(k): v for k, v in mix.counts.items()},
            "shares": {"level4": round(mix.share(4), 4), "level3_up": round(mix.share(3, 4), 4)},
            "scheme_2022": mix.scheme}


def _bad(err: ValidationError):
    abort(400, message=str(err), errors={"query": {err.field: [str(err)]}})


@blp.route("/levels")
@blp.arguments(LevelsArgs, location="query", as_kwargs=True)
@blp.response(200, LevelsSchema)
def levels(**_ignored):
    """Procedures at each level on a date, for the catalogue and per group."""
    try:
        params = parse_stats_params(request.args, end_name="as_of")
        group_by = parse_group_by(request.args)
    except ValidationError as err:
        _bad(err)
    body = _mix(level_mix(params.end, params.filters))
    body["as_of"] = params.end
    body["groups"] = ([_mix(g) for g in level_mix_by(params.end, group_by, params.filters)]
                      if group_by else [])
    return body


@blp.route("/levels/series")
@blp.arguments(SeriesArgs, location="query", as_kwargs=True)
@blp.response(200, SeriesSchema)
def series(**_ignored):
    """The level mix at the end of every month, quarter or year."""
    try:
        params = parse_stats_params(request.args, default_interval="month")
    except ValidationError as err:
        _bad(err)
    points = level_series(params.interval, params.filters, start=params.start, end=params.end)
    return {"interval": params.interval,
            "points": [{**_mix(p.mix), "period_end": p.period_end} for p in points]}
