"""Collecting the catalogue's external links, checking them and recording the results."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from flask import current_app
from sqlalchemy import select

from ..catalogue.models import LegalBasis, Procedure, utcnow
from ..extensions import db
from .checker import CheckResult, probe_urls
from .models import LinkCheck, LinkKind

# When one URL plays several roles, it is filed under the first of these.
_PRIORITY = [LinkKind.ONLINE, LinkKind.LEGAL, LinkKind.SOURCE]


@dataclass
class LinkSummary:
    checked: int = 0
    ok: int = 0
    redirected: int = 0
    broken: int = 0
    broken_by_kind: Counter = field(default_factory=Counter)


def collect_links() -> dict[str, LinkKind]:
    """Every distinct external URL of the catalogue, with its most important role."""
    found: dict[str, LinkKind] = {}

    def add(url: str | None, kind: LinkKind) -> None:
        url = (url or "").strip()
        if not url.lower().startswith(("http://", "https://")):
            return
        if url not in found or _PRIORITY.index(kind) < _PRIORITY.index(found[url]):
            found[url] = kind

    for online, source in db.session.execute(select(Procedure.online_url, Procedure.source_url)):
        add(online, LinkKind.ONLINE)
        add(source, LinkKind.SOURCE)
    for (url,) in db.session.execute(select(LegalBasis.url)):
        add(url, LinkKind.LEGAL)
    return found


def record_results(kinds: dict[str, LinkKind], results: list[CheckResult], *,
                   prune: bool = True) -> LinkSummary:
    """Store each result as the current state of its URL and summarise the run;
    ``prune`` (full runs only) drops URLs the catalogue no longer uses."""
    existing = {row.url: row for row in db.session.scalars(select(LinkCheck))}
    for url, row in existing.items():
        if prune and url not in kinds:
            db.session.delete(row)
    summary = LinkSummary()
    now = utcnow()
    for result in results:
        row = existing.get(result.url) or LinkCheck(url=result.url)
        row.kind = kinds[result.url]
        row.ok, row.status_code = result.ok, result.status_code
        row.redirected, row.final_url = result.redirected, result.final_url[:1000]
        row.error, row.checked_at = result.error[:500], now
        db.session.add(row)
        summary.checked += 1
        summary.ok += result.ok
        summary.redirected += result.ok and result.redirected
        if not result.ok:
            summary.broken += 1
            summary.broken_by_kind[row.kind.value] += 1
    db.session.flush()
    return summary


def check_links(*, workers: int | None = None, timeout: float | None = None,
                host_delay: float | None = None,
                only: set[LinkKind] | None = None) -> LinkSummary:
    """Check every external link of the catalogue (or those of the ``only`` kinds)
    and record the results."""
    cfg = current_app.config
    kinds = {url: kind for url, kind in collect_links().items() if not only or kind in only}
    urls = sorted(kinds)
    results = probe_urls(
        urls,
        workers=workers if workers is not None else cfg["PORTAL_LINKCHECK_WORKERS"],
        timeout=timeout if timeout is not None else cfg["PORTAL_LINKCHECK_TIMEOUT"],
        host_delay=host_delay if host_delay is not None else cfg["PORTAL_LINKCHECK_HOST_DELAY"],
        allow_loopback=cfg["PORTAL_LINKCHECK_ALLOW_LOOPBACK"])
    return record_results(kinds, results, prune=not only)
