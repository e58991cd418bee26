"""Public download of form files: ``GET /bieu-mau/<id>/<name>``.

Decision (audit): one URL per file, for ever. A current form is served to
everyone with a one-year immutable cache (its bytes never change: the row is
bound to one content hash). A replaced form redirects the public to its current
successor, so an old link never hands a citizen an outdated form; a removed one
answers 410 Gone. Signed-in staff still download both, uncached, for the audit.
"""
from __future__ import annotations

from flask import abort, current_app, redirect, send_file, url_for
from flask_login import current_user

from ...catalogue.models import Procedure
from ...extensions import db
from ...forms.access import Download, download_decision
from ...forms.models import FormFile
from ...forms.queries import current_successor, get_form, list_forms
from ...forms.storage import stored_path

from . import bp

ONE_YEAR = 365 * 24 * 3600


def download_url(form: FormFile) -> str:
    """The public address of a form file (for the procedure page and the API)."""
    return url_for("public.form_download", form_id=form.id, filename=form.display_name)


def describe_form(form: FormFile, *, external: bool = False) -> dict:
    """What the procedure page, the API and the CPSV-AP export show of a form."""
    return {
        "id": form.id, "name": form.display_name, "type": form.kind,
        "content_type": form.content_type, "size": form.size,
        "uploaded_at": form.uploaded_at.isoformat(),
        "document_id": form.dossier_document_id,
        "url": url_for("public.form_download", form_id=form.id, filename=form.display_name,
                       _external=external),
    }


@bp.get("/bieu-mau/<int:form_id>/<filename>")
def form_download(form_id: int, filename: str):
    """Send the file as an attachment with its detected content type."""
    form = get_form(form_id)
    procedure = db.session.get(Procedure, form.procedure_id) if form is not None else None
    decision = download_decision(form, procedure, signed_in=current_user.is_authenticated)
    if decision is Download.NOT_FOUND:
        abort(404)
    if decision is Download.REPLACED:
        successor = current_successor(form)
        if successor is None:
            abort(410)
        return redirect(download_url(successor), 302)
    if filename != form.display_name:
        return redirect(download_url(form), 301)
    path = stored_path(form.stored_name)
    if not path.is_file():
        current_app.logger.error("form file %s missing from storage: %s", form.id, path)
        abort(404)
    resp = send_file(path, mimetype=form.content_type, as_attachment=True,
                     download_name=form.display_name, etag=form.sha256, conditional=True,
                     max_age=ONE_YEAR if form.is_current else 0)
    if form.is_current:
        resp.cache_control.public = True
        resp.cache_control.immutable = True
    else:
        resp.cache_control.private = True
        resp.cache_control.no_store = True
    resp.headers["X-Content-Type-Options"] = "nosniff"
    return resp


def public_forms(procedure: Procedure) -> list[dict]:
    """The current forms of ``procedure`` as the procedure page lists them."""
    return [dict(describe_form(form), uploaded=form.uploaded_at) for form in list_forms(procedure)]
