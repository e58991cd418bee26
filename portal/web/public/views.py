"""Citizen-facing pages: thin views over the catalogue queries and the search service."""
from __future__ import annotations

import secrets

from flask import (abort, current_app, make_response, redirect, render_template, request,
                   session, url_for)
from marshmallow import EXCLUDE, ValidationError

from ...analytics.services import record_search
from ...catalogue import queries
from ...catalogue.models import Status
from ...catalogue.rules import is_code
from ...exports.record import classification_2022
from ...levels.services import level_history
from ...search import service
from ...search.base import SearchQuery
from ..search_args import SearchArgsSchema, to_search_query
from ...levels.online import online_submission_url
from ...links.queries import online_link_broken
from .files import public_forms
from ..commit import committing
from ..safety import bounded_int, safe_next
from . import bp

LANG_COOKIE = "lang"
LANG_COOKIE_AGE = 365 * 24 * 3600
LIST_PER_PAGE = 50


@bp.get("/")
def home():
    """Search box, the catalogue's size and level shares, ways to browse."""
    counts = queries.level_counts()
    return render_template("public/home.html", counts=counts, total=sum(counts.values()),
                           applicants=queries.applicant_counts())


def _search_args() -> dict:
    try:
        return SearchArgsSchema(unknown=EXCLUDE).load(request.args.to_dict(flat=False) | {
            k: request.args.get(k) for k in ("q", "page", "per_page") if k in request.args})
    except ValidationError as err:
        abort(400, description=", ".join(sorted(err.messages)))


def _visit() -> str:
    """A random token for this visitor's session: it links a search to the one
    after it (reformulations), and to nothing else (no account, no address)."""
    if "visit" not in session:
        session["visit"] = secrets.token_hex(8)
    return session["visit"]


@bp.get("/search")
def search():
    """Search results with facets, pagination and "did you mean"."""
    args = _search_args()
    query = to_search_query(args)
    result = service.search(query)
    if result.exact_code and not query.filters and query.page == 1:
        return redirect(url_for(".procedure", code=result.exact_code))
    search_id = None
    if query.page == 1:  # one search, however many pages the citizen then reads
        with committing():
            search_id = record_search(query.text, result.total, _visit())
    # After the commit, which expires loaded objects: read before it, every hit's
    # record was loaded again, one query each, while the template rendered.
    details = queries.public_procedures_by_codes([h.code for h in result.hits])
    return render_template("public/search.html", q=args["q"], query=query, result=result,
                           details=details, search_id=search_id)


@bp.get("/thu-tuc/<code>")
def procedure(code: str):
    """A procedure's whole record at a stable URL; drafts do not exist for the public."""
    proc = queries.get_public_procedure(code) if is_code(code) else None
    if proc is None:
        abort(404)
    return render_template(
        "public/procedure.html", proc=proc, rescinded=proc.status == Status.RESCINDED,
        online_url=online_submission_url(proc),
        classification=classification_2022(proc.level),
        history=level_history(proc.id), forms=public_forms(proc),
        online_broken=online_link_broken(proc))


def _listing_page(template: str, facet: str, obj):
    page = bounded_int(request.args.get("page", "1"), 1, 10_000)
    if page is None:
        abort(400)
    result = service.search(SearchQuery(filters={facet: (str(obj.id),)}, page=page,
                                        per_page=LIST_PER_PAGE))
    levels = {int(f.value): f.count for f in result.facets.get("level", [])}
    return render_template(template, obj=obj, result=result,
                           levels={n: levels.get(n, 0) for n in (1, 2, 3, 4)})


@bp.get("/co-quan")
def agencies():
    """Every agency with its published procedures counted per level."""
    return render_template("public/agencies.html", rows=queries.agencies_with_counts())


@bp.get("/co-quan/<int:item_id>")
def agency(item_id: int):
    """One agency's procedures, with counts per level."""
    obj = queries.get_agency(item_id) if item_id < 2**31 else None
    if obj is None:
        abort(404)
    return _listing_page("public/agency.html", "agency", obj)


@bp.get("/linh-vuc")
def fields():
    """Every field (lĩnh vực) with its published procedures counted per level."""
    return render_template("public/fields.html", rows=queries.fields_with_counts())


@bp.get("/linh-vuc/<int:item_id>")
def field(item_id: int):
    """One field's procedures, with counts per level."""
    obj = queries.get_field(item_id) if item_id < 2**31 else None
    if obj is None:
        abort(404)
    return _listing_page("public/field.html", "field", obj)


@bp.get("/muc-do")
def levels():
    """The four online-service levels explained, with counts and links."""
    counts = queries.level_counts()
    return render_template("public/levels.html", counts=counts, total=sum(counts.values()))


@bp.get("/du-lieu-mo")
def open_data():
    """Downloads of the whole catalogue and the API."""
    return render_template("public/open_data.html")


def _safe_next(target: str | None) -> str:
    # Only paths on this site, by the sign-in page's rule (tabs, backslashes, "//"...).
    return safe_next(target, url_for(".home"))


@bp.get("/ngon-ngu/<lang>")
def set_language(lang: str):
    """Remember the chosen language in a cookie and go back to the page."""
    if lang not in current_app.config["PORTAL_LOCALES"]:
        abort(404)
    response = make_response(redirect(_safe_next(request.args.get("next"))))
    response.set_cookie(LANG_COOKIE, lang, max_age=LANG_COOKIE_AGE, samesite="Lax",
                        httponly=True, secure=current_app.config.get("SESSION_COOKIE_SECURE",
                                                                     False))
    return response


# Answers that are the same in every language: a form file's bytes, the health figures.
SAME_IN_EVERY_LANGUAGE = {"public.form_download", "public.healthz"}


@bp.after_request
def _vary_by_language(response):
    # The same URL is rendered in the language the cookie or the browser asks for.
    if request.endpoint in SAME_IN_EVERY_LANGUAGE:
        return response
    response.vary.add("Accept-Language")
    response.vary.add("Cookie")
    return response
