"""Staff page: broken external links per agency."""
from __future__ import annotations

from flask import render_template

from ...links.queries import broken_links_by_agency, procedures_with_broken_online_link

from . import bp


@bp.get("/lien-ket/hong")
def broken_links():
    """Every broken link, grouped by executing agency, and the level 3–4
    procedures whose online-submission link is broken."""
    return render_template("links/broken.html", groups=broken_links_by_agency(),
                           online_broken=procedures_with_broken_online_link())
