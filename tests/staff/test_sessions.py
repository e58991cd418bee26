"""Server-side sessions (issue 15 §1): a session that ended stays ended, wherever its
cookie was copied."""
from __future__ import annotations

from portal.accounts.models import User
from portal.extensions import db

from .conftest import PASSWORD, client_for

NEW_PASSWORD = "a quite different passphrase 42"


def _copy(source, app):
    """A second browser holding a copy of ``source``'s session cookie (a stolen cookie)."""
    thief = app.test_client()
    thief.set_cookie("session", source.get_cookie("session").value)
    return thief


def _signed_out(resp) -> bool:
    return resp.status_code == 302 and "/auth/login" in resp.location


def test_a_replayed_cookie_after_logout_gets_the_sign_in_page(app, world):
    browser = client_for(app, "editor@tp.gov.vn")
    thief = _copy(browser, app)
    assert thief.get("/can-bo/").status_code == 200
    assert browser.post("/auth/logout").status_code == 302
    assert _signed_out(thief.get("/can-bo/"))
    assert _signed_out(browser.get("/can-bo/"))


def _change_password(client, *, revoke: bool):
    data = {"current_password": PASSWORD, "new_password": NEW_PASSWORD, "confirm": NEW_PASSWORD}
    if revoke:
        data["revoke_tokens"] = "y"
    return client.post("/auth/password", data=data)


def _token(app, email: str) -> str:
    from portal.accounts.services import create_api_token
    with app.app_context():
        user = db.session.query(User).filter_by(email=email).one()
        _row, token = create_api_token(user, "agency system")
        db.session.commit()
    return token


def test_a_password_change_ends_every_other_session_and_keeps_the_tokens_unless_asked(app, world):
    here, elsewhere = client_for(app, "editor@tp.gov.vn"), client_for(app, "editor@tp.gov.vn")
    token = _token(app, "editor@tp.gov.vn")
    page = here.get("/auth/password").get_data(as_text=True)
    assert 'name="revoke_tokens"' in page  # the question is asked
    assert _change_password(here, revoke=False).status_code == 302
    assert _signed_out(elsewhere.get("/can-bo/"))
    assert here.get("/can-bo/").status_code == 200
    api = app.test_client().get("/api/v1/staff/procedures",
                                headers={"Authorization": f"Bearer {token}"})
    assert api.status_code == 200


def test_a_password_change_can_revoke_the_api_tokens(app, world):
    here = client_for(app, "editor@tp.gov.vn")
    token = _token(app, "editor@tp.gov.vn")
    assert _change_password(here, revoke=True).status_code == 302
    api = app.test_client().get("/api/v1/staff/procedures",
                                headers={"Authorization": f"Bearer {token}"})
    assert api.status_code == 401
    assert here.get("/can-bo/").status_code == 200


def test_disabling_a_user_ends_all_their_sessions(app, world):
    editor = client_for(app, "editor@tp.gov.vn")
    admin = client_for(app, "admin@tinh.gov.vn")
    editor_id = world["editor"].id
    resp = admin.post(f"/quan-tri/nguoi-dung/{editor_id}/khoa")
    assert resp.status_code in (302, 303), resp.get_data(as_text=True)
    assert _signed_out(editor.get("/can-bo/"))
    from portal.accounts.models import UserSession
    rows = db.session.query(UserSession).filter_by(user_id=editor_id).all()
    assert rows and all(r.ended_at is not None for r in rows)


def test_staff_see_their_sessions_and_end_one(app, world):
    here, elsewhere = client_for(app, "editor@tp.gov.vn"), client_for(app, "editor@tp.gov.vn")
    client_for(app, "editor@syt.gov.vn")  # someone else's session is not listed
    from portal.accounts.models import UserSession
    mine = db.session.query(UserSession).filter_by(user_id=world["editor"].id).all()
    assert len(mine) == 2
    page = here.get("/can-bo/phien").get_data(as_text=True)
    assert page.count("/ket-thuc\"") == 2
    # ending the other one: the second browser is out, this one stays in
    other_row = max(mine, key=lambda r: r.id)
    assert here.post(f"/can-bo/phien/{other_row.id}/ket-thuc").status_code == 302
    assert _signed_out(elsewhere.get("/can-bo/"))
    assert here.get("/can-bo/").status_code == 200


def test_nobody_ends_someone_elses_session(app, world):
    mine = client_for(app, "editor@tp.gov.vn")
    theirs = client_for(app, "editor@syt.gov.vn")
    from portal.accounts.models import UserSession
    row = db.session.query(UserSession).filter_by(user_id=world["other"].id).one()
    assert mine.post(f"/can-bo/phien/{row.id}/ket-thuc").status_code == 404
    assert theirs.get("/can-bo/").status_code == 200


def test_a_cookie_naming_a_user_id_is_no_session(app, world):
    # Cookies signed before server-side sessions (or forged with a leaked key) name a user id.
    client = app.test_client()
    with client.session_transaction() as sess:
        sess["_user_id"] = str(world["admin"].id)
        sess["_fresh"] = True
    assert _signed_out(client.get("/can-bo/"))


def test_an_idle_session_ends(app, world):
    import datetime as dt
    from portal.accounts.models import UserSession
    browser = client_for(app, "editor@tp.gov.vn")
    row = db.session.query(UserSession).filter_by(user_id=world["editor"].id).one()
    row.last_seen_at = row.last_seen_at - dt.timedelta(
        minutes=app.config["PORTAL_SESSION_IDLE_MINUTES"] + 1)
    db.session.commit()
    assert _signed_out(browser.get("/can-bo/"))
