"""Walks every URL in ``app.url_map`` that is not on the explicit public list as
anonymous, editor of another agency, editor of the procedure's agency and administrator.

The list names what citizens may reach; everything else must refuse an anonymous caller,
so a new blueprint is checked the day it is added, whatever its URL prefix."""
import pytest

from portal.accounts.models import Role
from portal.accounts.services import create_api_token, create_user
from portal.accounts.sessions import start_session
from portal.catalogue.models import Procedure
from portal.extensions import db

from .conftest import client_for

# Endpoints an anonymous citizen may reach. Adding one here is a decision to publish it.
PUBLIC = {
    "static", "public.healthz",
    "public.home", "public.search", "public.procedure", "public.agencies", "public.agency",
    "public.fields", "public.field", "public.levels", "public.open_data",
    "public.set_language", "public.progress", "public.open_result",
    "public.feedback_submit", "public.form_download",
    "api-docs.openapi_json", "api_docs.docs", "api_catalogue.list_agencies",
    "api_catalogue.list_fields", "api_exports.export_procedures", "api_meta.level_counts",
    "api_procedures.list_procedures", "api_procedures.get_procedure",
    "api_procedures.suggest", "api_stats.levels", "api_stats.series",
    "auth.login", "auth.logout",   # signing out without a session just goes to sign-in
}


@pytest.fixture()
def targets(world):
    target = create_user("target@tp.gov.vn", "another long passphrase", Role.EDITOR)
    tokens = {key: create_api_token(world[key], "walk")[1] for key in ("editor", "other", "admin")}
    revocable = {key: create_api_token(world[key], "to revoke")[0].id
                 for key in ("editor", "other", "admin")}
    # Someone else's session, so that walking "end session" does not end the walker's own.
    session_id = start_session(target).id
    db.session.commit()
    return {"target": target, "tokens": tokens, "revocable": revocable, "session": session_id}


def _rules(app):
    rules = [r for r in app.url_map.iter_rules() if r.endpoint not in PUBLIC]
    assert {r.endpoint.split(".")[0] for r in rules} >= {"staff", "admin", "api_staff", "auth",
                                                         "moved"}
    return rules


def test_the_public_list_names_only_endpoints_that_exist(app):
    assert PUBLIC <= {r.endpoint for r in app.url_map.iter_rules()}


def _url(rule, world, targets, who):
    values = {"procedure_id": world["ours"].id, "user_id": targets["target"].id,
              "token_id": targets["revocable"].get(who, 1), "agency_id": 1, "field_id": 1,
              "target_id": 1, "form_id": 1, "feedback_id": 1, "group_id": 1,
              "page": "overview", "name": "series", "fmt": "csv",
              "session_id": targets["session"]}
    path = rule.rule
    for arg in rule.arguments:   # an id the walk has no fixture for: 1
        value = str(values.get(arg, 1))
        path = path.replace(f"<int:{arg}>", value).replace(f"<{arg}>", value)
    return path


def _admin_only(rule):
    return rule.endpoint.startswith(("admin.", "moved.to_admin_"))


def _call(client, rule, method, url, token=None):
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    kwargs = {"json": {}} if rule.endpoint.startswith("api_staff.") and method != "GET" else {}
    resp = client.open(url, method=method, headers=headers, **kwargs)
    if rule.endpoint.startswith("moved."):
        # An address from before issue 17 §2: it redirects, whoever asks, and the new
        # address then answers as the walk expects of every protected URL.
        assert resp.status_code == 308, (rule, method)
        resp = client.open(resp.headers["Location"], method=method, headers=headers, **kwargs)
    return resp


def _methods(rule):
    return sorted(rule.methods - {"HEAD", "OPTIONS"})


def test_anonymous_is_sent_to_sign_in_or_refused(app, world, targets):
    client = app.test_client()
    for rule in _rules(app):
        for method in _methods(rule):
            resp = _call(client, rule, method, _url(rule, world, targets, None))
            if rule.endpoint.startswith("api_staff."):
                assert resp.status_code == 401, rule
            else:
                assert resp.status_code == 302, rule
                assert "/auth/login" in resp.headers["Location"], rule


def test_editor_of_another_agency_gets_403_on_every_procedure_url(app, world, targets):
    client = client_for(app, "editor@syt.gov.vn")
    before = world["ours"].version
    for rule in _rules(app):
        for method in _methods(rule):
            api = rule.endpoint.startswith("api_staff.")
            resp = _call(client, rule, method, _url(rule, world, targets, "other"),
                         targets["tokens"]["other"] if api else None)
            if "procedure_id" in rule.arguments or _admin_only(rule):
                assert resp.status_code == 403, (rule, method)
            else:
                assert resp.status_code < 500, (rule, method)
    db.session.expire_all()
    assert db.session.get(Procedure, world["ours"].id).version == before


@pytest.mark.parametrize("who", ["editor", "admin"])
def test_editor_and_administrator(app, world, targets, who):
    email = {"editor": "editor@tp.gov.vn", "admin": "admin@tinh.gov.vn"}[who]
    client = client_for(app, email)
    for rule in _rules(app):
        for method in _methods(rule):
            api = rule.endpoint.startswith("api_staff.")
            resp = _call(client, rule, method, _url(rule, world, targets, who),
                         targets["tokens"][who] if api else None)
            assert resp.status_code < 500, (rule, method)
            assert resp.status_code != 401, (rule, method)
            if who == "editor" and _admin_only(rule):
                assert resp.status_code == 403, (rule, method)
            else:
                assert resp.status_code != 403, (rule, method)
                if resp.status_code == 302:
                    assert "/auth/login" not in resp.headers["Location"], (rule, method)
