"""The commit helper at the edge: one commit on success, a rollback on a domain error."""
import pytest
from flask import get_flashed_messages

from portal.catalogue.models import Agency
from portal.errors import Conflict, ValidationError
from portal.extensions import db
from portal.web.commit import committing

from .factories import make_agency


def _names():
    db.session.expire_all()
    return sorted(a.name for a in db.session.query(Agency))


def test_the_block_is_committed_when_it_ends(app_ctx):
    with committing(ValidationError) as done:
        make_agency("Sở Tư pháp")
    assert done and done.error is None
    db.session.rollback()               # a commit is not undone by a later rollback
    assert _names() == ["Sở Tư pháp"]


def test_an_expected_domain_error_rolls_back_and_is_kept_and_shown(app_ctx):
    with app_ctx.test_request_context():
        with committing(ValidationError, Conflict, show=True) as done:
            make_agency("Sở Y tế")
            raise Conflict("Bản ghi đã được người khác sửa.")
        assert not done and isinstance(done.error, Conflict)
        assert get_flashed_messages(with_categories=True) == [
            ("error", "Bản ghi đã được người khác sửa.")]
    assert _names() == []


def test_any_other_error_rolls_back_and_propagates(app_ctx):
    with pytest.raises(Conflict):
        with committing(ValidationError):
            make_agency("Sở Y tế")
            raise Conflict("x")
    assert _names() == []
