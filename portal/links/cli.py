"""``flask --app portal links check``."""
from __future__ import annotations

import click
from flask.cli import AppGroup
from flask_babel import gettext as _

from ..extensions import db

links_cli = AppGroup("links", help="External links of the catalogue.")


@links_cli.command("check")
@click.option("--workers", type=int, default=None, help="Requests in flight (PORTAL_LINKCHECK_WORKERS).")
@click.option("--timeout", type=float, default=None, help="Seconds per request (PORTAL_LINKCHECK_TIMEOUT).")
@click.option("--host-delay", type=float, default=None,
              help="Seconds between two requests to one host (PORTAL_LINKCHECK_HOST_DELAY).")
@click.option("--kind", "kinds", multiple=True, type=click.Choice(["online", "legal", "source"]),
              help="Only links of this kind (repeatable); the online links are the urgent ones.")
def check(workers: int | None, timeout: float | None, host_delay: float | None,
          kinds: tuple[str, ...]) -> None:
    """Check every online-submission, legal-basis and source link; record and summarise."""
    from .models import LinkKind
    from .services import check_links

    summary = check_links(workers=workers, timeout=timeout, host_delay=host_delay,
                          only={LinkKind(k) for k in kinds} or None)
    db.session.commit()
    click.echo(_("Đã kiểm tra: %(checked)s, hoạt động: %(ok)s (chuyển hướng: %(redirected)s), "
                 "hỏng: %(broken)s", checked=summary.checked, ok=summary.ok,
                 redirected=summary.redirected, broken=summary.broken))
    labels = {"online": _("nộp trực tuyến"), "legal": _("căn cứ pháp lý"), "source": _("nguồn")}
    for kind, label in labels.items():
        click.echo(_("  hỏng (%(kind)s): %(n)s", kind=label, n=summary.broken_by_kind.get(kind, 0)))
