"""Addresses staff and administrators used before the web layer was regrouped (issue 17 §2):
each answers 308 Permanent Redirect to its new address, keeping the method, the body and the
query string, so bookmarks, browser history and scripts keep working.

The new scheme is Vietnamese throughout, as the public site's already is (``/thu-tuc``,
``/co-quan``): staff under ``/can-bo``, administrators under ``/quan-tri``."""
from __future__ import annotations

from flask import Blueprint, redirect, request, url_for

bp = Blueprint("moved", __name__)

# (old rule, new endpoint, methods). The old rule's arguments are the new endpoint's.
MOVED: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("/staff/", "staff.index", ("GET",)),
    ("/staff/feedback", "staff.feedback_queue", ("GET",)),
    ("/staff/feedback/<int:feedback_id>/resolve", "staff.feedback_resolve", ("POST",)),
    ("/staff/kiem-tra-du-lieu", "staff.review_queue", ("GET",)),
    ("/staff/procedures/new", "staff.procedure_new", ("GET", "POST")),
    ("/staff/procedures/<int:procedure_id>/edit", "staff.procedure_edit", ("GET", "POST")),
    ("/staff/procedures/<int:procedure_id>/forms", "staff.procedure_forms", ("GET", "POST")),
    ("/staff/procedures/<int:procedure_id>/forms/<int:form_id>/remove",
     "staff.procedure_form_remove", ("POST",)),
    ("/staff/procedures/<int:procedure_id>/history", "staff.procedure_history", ("GET",)),
    ("/staff/procedures/<int:procedure_id>/level", "staff.procedure_level", ("GET", "POST")),
    ("/staff/procedures/<int:procedure_id>/no-form", "staff.procedure_no_form", ("POST",)),
    ("/staff/procedures/<int:procedure_id>/publish", "staff.procedure_publish", ("POST",)),
    ("/staff/procedures/<int:procedure_id>/rescind", "staff.procedure_rescind",
     ("GET", "POST")),
    ("/staff/procedures/<int:procedure_id>/verify", "staff.procedure_verify", ("POST",)),
    ("/staff/sessions", "staff.sessions_list", ("GET",)),
    ("/staff/sessions/<int:session_id>/end", "staff.session_end", ("POST",)),
    ("/staff/tokens", "staff.tokens", ("GET", "POST")),
    ("/staff/tokens/<int:token_id>/revoke", "staff.token_revoke", ("POST",)),
    ("/admin/users", "admin.users", ("GET",)),
    ("/admin/users/new", "admin.user_new", ("GET", "POST")),
    ("/admin/users/<int:user_id>", "admin.user_edit", ("GET", "POST")),
    ("/admin/users/<int:user_id>/disable", "admin.user_disable", ("POST",)),
    ("/admin/users/<int:user_id>/enable", "admin.user_enable", ("POST",)),
    ("/admin/users/<int:user_id>/tokens/<int:token_id>/revoke", "admin.token_revoke",
     ("POST",)),
    ("/admin/thong-ke/", "admin.stats_overview", ("GET",)),
    ("/admin/thong-ke/in", "admin.stats_print", ("GET",)),
    ("/admin/thong-ke/bien-dong", "admin.stats_movement", ("GET",)),
    ("/admin/thong-ke/co-quan/<int:agency_id>", "admin.stats_agency", ("GET",)),
    ("/admin/thong-ke/linh-vuc/<int:field_id>", "admin.stats_field", ("GET",)),
    ("/admin/thong-ke/muc-tieu", "admin.targets", ("GET",)),
    ("/admin/thong-ke/muc-tieu/moi", "admin.target_new", ("GET", "POST")),
    ("/admin/thong-ke/muc-tieu/<int:target_id>/sua", "admin.target_edit", ("GET", "POST")),
    ("/admin/thong-ke/muc-tieu/<int:target_id>/xoa", "admin.target_delete", ("POST",)),
    ("/admin/thong-ke/tim-kiem", "admin.stats_searches", ("GET",)),
    ("/admin/thong-ke/xuat/<page>/<name>.<fmt>", "admin.stats_export", ("GET",)),
    ("/admin/tu-dong-nghia/", "admin.synonyms", ("GET", "POST")),
    ("/admin/tu-dong-nghia/<int:group_id>", "admin.synonym_edit", ("GET", "POST")),
    ("/admin/tu-dong-nghia/<int:group_id>/xoa", "admin.synonym_delete", ("POST",)),
    ("/admin/tu-dong-nghia/de-xuat/chap-nhan", "admin.proposal_accept", ("POST",)),
    ("/admin/tu-dong-nghia/de-xuat/tu-choi", "admin.proposal_reject", ("POST",)),
    ("/can-bo/lien-ket/hong", "staff.broken_links", ()),        # unchanged address
    ("/quan-tri/chua-xac-nhan", "admin.stale", ()),            # unchanged address
    ("/quan-tri/phan-hoi", "admin.feedback_overview", ()),     # unchanged address
)


def _redirect_to(endpoint: str):
    """A view that answers 308 to ``endpoint`` with the same arguments and query string."""

    def moved(**values):
        target = url_for(endpoint, **values)
        if request.query_string:
            # Bytes as they came (browsers send them percent-encoded; raw UTF-8 is re-encoded).
            target += "?" + request.query_string.decode("utf-8", "replace")
        return redirect(target, 308)

    moved.__name__ = "to_" + endpoint.replace(".", "_")
    return moved


for _rule, _endpoint, _methods in MOVED:
    if _methods:      # an address that did not change needs no redirect
        _view = _redirect_to(_endpoint)
        bp.add_url_rule(_rule, endpoint=_view.__name__, view_func=_view, methods=list(_methods))
