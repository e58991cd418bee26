"""Agencies and fields, with their procedures counted per level."""
from __future__ import annotations

from flask import url_for

from ...catalogue import queries
from .base import Blueprint
from .schemas import CatalogueListSchema

blp = Blueprint("api_catalogue", __name__, description="Agencies and fields")


def _listing(rows, endpoint: str) -> dict:
    items = [{"id": obj.id, "name": obj.name, "total": sum(levels.values()),
              "levels": {str(k): v for k, v in levels.items()},
              "url": url_for(endpoint, item_id=obj.id, _external=True)} for obj, levels in rows]
    return {"items": items, "total": len(items)}


@blp.route("/agencies")
@blp.response(200, CatalogueListSchema)
def list_agencies():
    """Agencies executing published procedures, with counts per level."""
    return _listing(queries.agencies_with_counts(), "public.agency")


@blp.route("/fields")
@blp.response(200, CatalogueListSchema)
def list_fields():
    """Fields (lĩnh vực) of published procedures, with counts per level."""
    return _listing(queries.fields_with_counts(), "public.field")
