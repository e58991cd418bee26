"""Two database sessions saving the same procedure: the second never overwrites."""
import pytest
from sqlalchemy.orm import Session

from portal.workflows import services
from portal.catalogue.models import Procedure
from portal.errors import Conflict
from portal.extensions import db


def test_concurrent_commit_between_check_and_write_is_a_conflict(world):
    proc = world["ours"]
    loaded_version = proc.version
    data = services.snapshot(proc)  # session B has loaded the record...
    with Session(db.engine) as other:  # ...when session A saves and commits
        mine = other.get(Procedure, proc.id)
        mine.name = "Sửa bởi phiên A"
        other.commit()
    data["name"] = "Sửa bởi phiên B"
    # B's explicit check still sees its own loaded version; the UPDATE's version
    # condition matches no row, and the service reports a conflict.
    with pytest.raises(Conflict):
        services.update_procedure(proc, data, loaded_version, world["editor"])
    db.session.rollback()
    assert db.session.get(Procedure, proc.id).name == "Sửa bởi phiên A"
