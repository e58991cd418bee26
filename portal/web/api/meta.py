"""Catalogue-wide figures."""
from flask_smorest import Blueprint
from marshmallow import Schema, fields

from ...catalogue import queries

blp = Blueprint("api_meta", __name__, description="Catalogue figures")


class LevelCountsSchema(Schema):
    total = fields.Integer(required=True)
    levels = fields.Dict(keys=fields.String(), values=fields.Integer(), required=True)


@blp.route("/levels")
@blp.response(200, LevelCountsSchema)
def level_counts():
    """Number of published procedures at each online-service level."""
    counts = queries.level_counts()
    return {"total": sum(counts.values()), "levels": {str(k): v for k, v in counts.items()}}
