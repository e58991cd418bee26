"""Staff page: broken external links per agency."""
from __future__ import annotations

from flask import Blueprint, render_template

from ..links.queries import broken_links_by_agency, procedures_with_broken_online_link
from .access import require_staff

bp = Blueprint("links", __name__, url_prefix="/can-bo/lien-ket")
require_staff(bp)


@bp.get("/hong")
def broken():
    """Every broken link, grouped by executing agency, and the level 3–4
    procedures whose online-submission link is broken."""
    return render_template("links/broken.html", groups=broken_links_by_agency(),
                           online_broken=procedures_with_broken_online_link())
