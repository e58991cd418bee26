"""Who may download which form file: the rule the public download address applies."""
from __future__ import annotations

import enum

from ..catalogue.models import Procedure, Status
from .models import FormFile


class Download(enum.Enum):
    """What the download address answers."""
    SEND = "send"             # the file itself
    NOT_FOUND = "not_found"   # as if it did not exist (404)
    REPLACED = "replaced"     # not current: its current successor if it has one, else 410 Gone


def download_decision(form: FormFile | None, procedure: Procedure | None, *,
                      signed_in: bool) -> Download:
    """A citizen gets the current forms of procedures that are not drafts, and is led from a
    replaced form to its successor. Signed-in staff get every form, drafts' and replaced ones
    included, for the audit."""
    if form is None or procedure is None:
        return Download.NOT_FOUND
    if signed_in:
        return Download.SEND
    if procedure.status == Status.DRAFT:
        return Download.NOT_FOUND
    return Download.SEND if form.is_current else Download.REPLACED
