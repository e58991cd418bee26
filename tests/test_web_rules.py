"""Rules that used to sit in a view or a template (issue 17 §2), tested where they now live:
when the page offers online submission, and who may download which form file."""
import pytest

from portal.catalogue.models import Procedure, Status
from portal.forms.access import Download, download_decision
from portal.forms.models import FormFile
from portal.levels.online import online_submission_url

URL = "https://dichvucong.gov.vn/p/1"


@pytest.mark.parametrize(("level", "status", "url", "expected"), [
    (3, Status.PUBLISHED, URL, URL),
    (4, Status.PUBLISHED, "  " + URL + " ", URL),
    (2, Status.PUBLISHED, URL, None),                  # level 2: forms only, no online dossier
    (3, Status.RESCINDED, URL, None),                  # rescinded: nothing to submit to
    (4, Status.PUBLISHED, None, None),
    (4, Status.PUBLISHED, "javascript:alert(1)", None),
    (4, Status.PUBLISHED, "dichvucong.gov.vn/p/1", None),
    (4, Status.PUBLISHED, 'https://x.vn/"onmouseover=1', None),
])
def test_online_submission_is_offered_from_level_3_with_an_http_link(level, status, url,
                                                                     expected):
    procedure = Procedure(code="1.000001", name="x", level=level, status=status, online_url=url)
    assert online_submission_url(procedure) == expected


def _form(current: bool = True) -> FormFile:
    return FormFile(replaced_by_id=None if current else 2)


@pytest.mark.parametrize(("status", "current", "signed_in", "expected"), [
    (Status.PUBLISHED, True, False, Download.SEND),
    (Status.RESCINDED, True, False, Download.SEND),     # a rescinded page keeps its forms
    (Status.DRAFT, True, False, Download.NOT_FOUND),    # a draft does not exist for citizens
    (Status.DRAFT, True, True, Download.SEND),          # staff review drafts' forms
    (Status.PUBLISHED, False, False, Download.REPLACED),
    (Status.DRAFT, False, False, Download.NOT_FOUND),
    (Status.PUBLISHED, False, True, Download.SEND),     # staff audit old versions
])
def test_who_downloads_which_form(status, current, signed_in, expected):
    procedure = Procedure(code="1.000001", name="x", level=2, status=status)
    assert download_decision(_form(current), procedure, signed_in=signed_in) is expected


def test_a_missing_form_or_procedure_is_not_found_even_for_staff():
    procedure = Procedure(code="1.000001", name="x", level=2, status=Status.PUBLISHED)
    assert download_decision(None, procedure, signed_in=True) is Download.NOT_FOUND
    assert download_decision(_form(), None, signed_in=True) is Download.NOT_FOUND
