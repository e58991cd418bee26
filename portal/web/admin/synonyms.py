"""Administrators edit the synonym groups that bridge citizens' words
(CCCD, sổ đỏ, bằng lái) to official names; a change takes effect at once."""
from __future__ import annotations

from types import SimpleNamespace

from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from wtforms import HiddenField, StringField, SubmitField, TextAreaField
from wtforms.validators import InputRequired, Length

from ..formkit import CsrfOnlyForm, PortalForm
from ..safety import bounded_int

from ...analytics import learning
from ...errors import NotFound, ValidationError
from ...extensions import db
from ...search import synonyms as service
from ...search.models import SynonymGroup
from ...search.base import SearchQuery
from ...search.service import search

from ..commit import committing
from . import bp


class SynonymForm(PortalForm):
    terms = TextAreaField(_l("Các cụm từ, mỗi dòng một cụm (cụm đầu là tên chính thức)"),
                          validators=[InputRequired(), Length(max=4000)])
    note = StringField(_l("Ghi chú"), validators=[Length(max=500)])
    submit = SubmitField(_l("Lưu nhóm"))


class ProposalForm(PortalForm):
    """Accept or reject one proposal: its key and the CSRF token."""
    key = HiddenField(validators=[InputRequired(), Length(max=450)])


def _phrases(form: SynonymForm) -> list[str]:
    return [line for line in (form.terms.data or "").splitlines() if line.strip()]


GROUPS_PER_PAGE = 50


def _group_page() -> dict:
    """One page of the groups holding the filter ``loc`` (all of them without
    one): the lexicon alone is over a thousand groups."""
    page = bounded_int(request.args.get("page", "1"), 1, 10_000)
    if page is None:
        abort(400)
    groups = service.find_synonym_groups((request.args.get("loc") or "")[:200])
    start = (page - 1) * GROUPS_PER_PAGE
    pager = SimpleNamespace(total=len(groups), page=page, per_page=GROUPS_PER_PAGE)
    return {"groups": groups[start:start + GROUPS_PER_PAGE], "pager": pager,
            "wanted": request.args.get("loc") or ""}


@bp.route("/tu-dong-nghia/", methods=["GET", "POST"])
def synonyms():
    """The groups, a page at a time, and a form to add one (pre-filled from a
    zero-result query ``q``)."""
    query = (request.args.get("q") or "")[:200]
    form = SynonymForm(data={"terms": query + "\n" if query else ""})
    if form.validate_on_submit():
        with committing(ValidationError) as done:
            group = service.add_synonym_group(_phrases(form), form.note.data or "")
        if not done:
            form.terms.errors.append(str(done.error))
        else:
            found = search(SearchQuery(text=group.phrases[-1], per_page=1)).total
            flash(_("Đã thêm nhóm. Tìm “%(q)s” bây giờ có %(n)s kết quả.",
                    q=group.phrases[-1], n=found), "info")
            return redirect(url_for(".synonyms"))
    status = 422 if form.errors else 200
    return render_template("admin/synonyms.html", form=form, **_group_page(),
                           delete=CsrfOnlyForm(), query=query, decide=ProposalForm(),
                           proposals=learning.synonym_proposals()), status


@bp.post("/tu-dong-nghia/de-xuat/chap-nhan")
def proposal_accept():
    """Accept a proposed group: it takes effect at once."""
    return _decide(accept=True)


@bp.post("/tu-dong-nghia/de-xuat/tu-choi")
def proposal_reject():
    """Reject a proposed group for good."""
    return _decide(accept=False)


def _decide(accept: bool):
    form = ProposalForm()
    if not form.validate_on_submit():
        abort(400)
    with committing(NotFound, ValidationError) as done:
        if accept:
            group = learning.accept_proposal(form.key.data)
            message = _("Đã thêm nhóm đề xuất: %(g)s.", g=" · ".join(group.phrases))
        else:
            learning.reject_proposal(form.key.data)
            message = _("Đã bỏ qua đề xuất.")
    if done:
        flash(message, "info")
    else:
        flash(_("Đề xuất này không còn nữa."), "error")
    return redirect(url_for(".synonyms"))


@bp.route("/tu-dong-nghia/<int:group_id>", methods=["GET", "POST"])
def synonym_edit(group_id: int):
    """Change a group's phrases."""
    group = db.session.get(SynonymGroup, group_id) or abort(404)
    form = SynonymForm(data={"terms": "\n".join(group.phrases), "note": group.note})
    if form.validate_on_submit():
        with committing(ValidationError) as done:
            service.update_synonym_group(group_id, _phrases(form), form.note.data or "")
        if not done:
            form.terms.errors.append(str(done.error))
        else:
            flash(_("Đã lưu nhóm từ đồng nghĩa."), "info")
            return redirect(url_for(".synonyms"))
    return render_template("admin/synonym_edit.html", form=form, group=group), \
        422 if form.errors else 200


@bp.post("/tu-dong-nghia/<int:group_id>/xoa")
def synonym_delete(group_id: int):
    """Remove a group."""
    if CsrfOnlyForm().validate_on_submit():
        with committing():
            service.delete_synonym_group(group_id)
        flash(_("Đã xóa nhóm từ đồng nghĩa."), "info")
    return redirect(url_for(".synonyms"))
