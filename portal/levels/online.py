"""When a procedure offers online submission to citizens (Nghị định 43/2011/NĐ-CP, Điều 3
khoản 4: from level 3 the dossier is filled in and submitted online)."""
from __future__ import annotations

import re

from ..catalogue.models import Procedure, Status

ONLINE_FROM_LEVEL = 3
_HTTP_URL = re.compile(r"^https?://[^\s<>\"']+$", re.IGNORECASE)


def online_submission_url(procedure: Procedure) -> str | None:
    """The address where a citizen submits the dossier online, or None when the page must not
    offer it: below level 3, rescinded, or a link that is not an absolute http(s) URL (never a
    ``javascript:`` link)."""
    if procedure.level < ONLINE_FROM_LEVEL or procedure.status == Status.RESCINDED:
        return None
    url = (procedure.online_url or "").strip()
    return url if _HTTP_URL.match(url) else None
