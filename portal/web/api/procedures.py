"""Procedures: search with filters, one record by code, name suggestions."""
from __future__ import annotations

from flask import url_for
from flask_smorest import abort

from ...catalogue import queries
from ...catalogue.rules import is_code
from ...exports.record import procedure_record
from ...search import service
from ..search_args import SearchArgsSchema, to_search_query
from .base import Blueprint
from .schemas import (
    ProcedureSchema, SearchResponseSchema, SuggestArgsSchema, SuggestResponseSchema,
)

blp = Blueprint("api_procedures", __name__, description="Administrative procedures")

@blp.route("/procedures")
@blp.arguments(SearchArgsSchema, location="query", as_kwargs=True)
@blp.response(200, SearchResponseSchema)
def list_procedures(**args):
    """Search published procedures (relevance order when `q` is given, else by name)."""
    result = service.search(to_search_query(args))
    return {
        "items": [{
            "code": h.code, "name": h.name, "level": h.level,
            "url": url_for("public.procedure", code=h.code, _external=True),
            "api_url": url_for("api_procedures.get_procedure", code=h.code, _external=True),
            "name_html": h.name_html, "snippet_html": h.snippet_html} for h in result.hits],
        "total": result.total, "page": result.page, "per_page": result.per_page,
        "facets": {name: [{"value": v.value, "label": v.label, "count": v.count} for v in values]
                   for name, values in result.facets.items()},
        "suggestion": result.suggestion, "truncated": result.truncated,
        "exact_code": result.exact_code,
    }


@blp.route("/procedures/<code>")
@blp.response(200, ProcedureSchema)
@blp.alt_response(404, description="No public procedure has this code.")
def get_procedure(code: str):
    """The whole public record of a procedure (published or rescinded)."""
    proc = queries.get_public_procedure(code) if is_code(code) else None   # else 404, no query
    if proc is None:
        abort(404, message="No public procedure has this code.")
    return procedure_record(proc)


@blp.route("/suggest")
@blp.arguments(SuggestArgsSchema, location="query", as_kwargs=True)
@blp.response(200, SuggestResponseSchema)
def suggest(q: str, limit: int):
    """Procedure names completing `q` (diacritics optional), for a search box."""
    return {"q": q, "suggestions": service.suggest(q, limit)}
