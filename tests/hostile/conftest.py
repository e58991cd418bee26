"""Fixtures for the hostile tests: the web tests' catalogue, a procedure whose every
text field is an attack, and an administrator's signed-in client."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from portal.accounts.sessions import start_session
from portal.accounts.models import Role
from portal.accounts.services import create_user
from portal.catalogue.models import (
    AgencyRole, Channel, ChannelKind, DossierDocument, LegalBasis, ProcedureAgency, Step,
)
from portal.extensions import db

from ..factories import make_agency, make_field, make_procedure
from ..staff.conftest import PASSWORD
from ..web.conftest import catalogue  # noqa: F401  (re-exported fixture)

SCRIPT = "<script>alert(1)</script>"
IMG = '"><img src=x onerror=alert(1)>'
JS_LINK = "javascript:alert(1)"
FORMULAS = ('=HYPERLINK("http://evil.example","x")', "+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0",
            "@SUM(1+1)*cmd|' /C calc'!A0")
# Raw fragments that must never reach an HTML page unescaped.
RAW = ("<script>alert(1)", "<img src=x", 'href="javascript:', "href='javascript:",
       'src="javascript:')


@pytest.fixture()
def attack(app_ctx):
    """A published procedure whose every text field, agency and field name is an attack."""
    agency = make_agency(f"Sở {IMG} {SCRIPT}")
    field = make_field(f"Lĩnh vực {SCRIPT} {IMG}")
    proc = make_procedure(
        f"Khai sinh {SCRIPT} {IMG}", "1.066666", level=3, field_id=field.id,
        result=f"{FORMULAS[0]} {SCRIPT}", conditions=f"{FORMULAS[1]} {IMG}",
        procedure_type=FORMULAS[2], receiving_address=SCRIPT, time_limit_text=IMG,
        fee_text=FORMULAS[3], decision_number=IMG, source_url=JS_LINK, online_url=JS_LINK)
    proc.agency_links.append(ProcedureAgency(agency_id=agency.id, role=AgencyRole.EXECUTING))
    proc.steps.extend([Step(position=1, text=FORMULAS[0]), Step(position=2, text=SCRIPT),
                       Step(position=3, text=IMG)])
    proc.channels.append(Channel(
        position=1, kind=ChannelKind.IN_PERSON, kind_text=SCRIPT, time_limit_text=IMG,
        working_days=5, fee_text=FORMULAS[1], fee_amount=None, description=SCRIPT))
    proc.documents.append(DossierDocument(position=1, case=IMG, name=FORMULAS[3], form=SCRIPT,
                                          originals=1, copies=0))
    proc.legal_bases.append(LegalBasis(position=1, number=FORMULAS[2], title=SCRIPT, url=JS_LINK))
    admin = create_user("admin@tinh.gov.vn", PASSWORD, Role.ADMIN)
    db.session.commit()
    return SimpleNamespace(procedure=proc, agency=agency, field=field, admin=admin)


def signed_in(client, user):
    """The client with ``user`` signed in (Flask-Login's session keys)."""
    # A server-side session row, as the sign-in form makes (accounts/sessions.py).
    cookie_id = start_session(user).cookie_id
    db.session.commit()
    with client.session_transaction() as session:
        session["_user_id"] = cookie_id
        session["_fresh"] = True
    return client
