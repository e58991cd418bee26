"""What the public search page and the search API both read: the search arguments (filters,
pagination). Shared here so that neither
audience imports the other."""
from __future__ import annotations

from marshmallow import Schema, fields, validate

from ..catalogue.models import Applicant, Tier
from ..search.base import FACETS, MAX_PER_PAGE, SearchQuery

_ID = validate.Regexp(r"^\d{1,9}$", error="must be a numeric id")

class SearchArgsSchema(Schema):
    """Search text, filters (repeatable: values of one filter are OR-ed) and pagination."""
    q = fields.String(load_default="", metadata={
        "description": "Search text (plain words; longer than 200 characters is cut)."})
    page = fields.Integer(load_default=1, validate=validate.Range(min=1, max=10_000))
    per_page = fields.Integer(load_default=10, validate=validate.Range(min=1, max=MAX_PER_PAGE))
    agency = fields.List(fields.String(validate=_ID), load_default=list,
                         metadata={"description": "Executing agency id (repeatable)."})
    field = fields.List(fields.String(validate=_ID), load_default=list,
                        metadata={"description": "Field (lĩnh vực) id (repeatable)."})
    level = fields.List(fields.Integer(validate=validate.Range(min=1, max=4)), load_default=list,
                        metadata={"description": "Online-service level 1–4 (repeatable)."})
    tier = fields.List(fields.String(validate=validate.OneOf([t.value for t in Tier])),
                       load_default=list, metadata={"description": "Tier (repeatable)."})
    applicant = fields.List(
        fields.String(validate=validate.OneOf([a.value for a in Applicant])),
        load_default=list, metadata={"description": "Applicant type (repeatable)."})


def to_search_query(args: dict) -> SearchQuery:
    """A SearchQuery from arguments loaded by ``SearchArgsSchema``."""
    filters = {name: tuple(dict.fromkeys(str(v) for v in args.get(name) or ()))
               for name in FACETS}
    return SearchQuery(text=args.get("q") or "", page=args["page"], per_page=args["per_page"],
                       filters={k: v for k, v in filters.items() if v})
