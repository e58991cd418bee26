"""Administrators manage users and their agencies in the admin pages."""
from portal.accounts.models import Role, User
from portal.accounts.services import authenticate
from portal.extensions import db

from .conftest import client_for


def test_admin_creates_a_user_sets_agencies_and_disables_them(app, world):
    client = client_for(app, "admin@tinh.gov.vn")
    weak = client.post("/quan-tri/nguoi-dung/moi", data={
        "email": "moi@syt.gov.vn", "password": "123456", "confirm": "123456", "role": "editor"})
    assert weak.status_code == 422
    resp = client.post("/quan-tri/nguoi-dung/moi", data={
        "email": "moi@syt.gov.vn", "password": "a long enough passphrase",
        "confirm": "a long enough passphrase", "role": "editor",
        "agencies": [world["health"].id]})
    assert resp.status_code == 302
    user = db.session.query(User).filter_by(email="moi@syt.gov.vn").one()
    assert [a.name for a in user.agencies] == ["Sở Y tế"]
    client.post(f"/quan-tri/nguoi-dung/{user.id}", data={
        "role": "editor", "agencies": [world["health"].id, world["justice"].id]})
    db.session.expire_all()
    assert sorted(a.name for a in db.session.get(User, user.id).agencies) == ["Sở Tư pháp", "Sở Y tế"]
    page = client.get(f"/quan-tri/nguoi-dung/{user.id}").get_data(as_text=True)
    assert "Sở Tư pháp" in page and "admin@tinh.gov.vn" in page  # the history names the actor
    client.post(f"/quan-tri/nguoi-dung/{user.id}/khoa")
    assert authenticate("moi@syt.gov.vn", "a long enough passphrase") is None
    # An administrator cannot lock themselves out.
    assert client.post(f"/quan-tri/nguoi-dung/{world['admin'].id}/khoa").status_code == 403
    assert db.session.get(User, world["admin"].id).role == Role.ADMIN
