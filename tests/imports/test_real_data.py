"""The whole national file from ../shared/data (skipped with a reason when absent)."""
import pytest
from sqlalchemy import func, select

from portal.catalogue.models import Procedure
from portal.extensions import db
from portal.imports.files import import_file
from portal.levels.models import LevelChange

from ..conftest import NATIONAL_JSONL, shared_data

pytestmark = [pytest.mark.needs_shared_data, pytest.mark.slow]


def test_full_national_file_imports_reimports_unchanged_then_takes_the_excel_lists(app_ctx):
    # One test, so the national file is imported once per run (about a minute on
    # PostgreSQL), then again unchanged, then completed by the official lists.
    path = shared_data(NATIONAL_JSONL.name)
    folder = shared_data("xlsx")
    report = import_file(path)
    db.session.commit()
    assert report.read == 2642
    assert report.created == 2642 - len(report.rejected)
    assert all(r.reason and r.where.startswith("line ") for r in report.rejected)
    # The 17 records whose page names another code are reported; those sharing a
    # page with an earlier record are the only rejects.
    assert len(report.mismatches) == 17
    assert len(report.rejected) == 15
    assert db.session.scalar(select(func.count()).select_from(Procedure)) == report.created
    changes = db.session.scalar(select(func.count()).select_from(LevelChange))
    again = import_file(path)
    db.session.commit()
    assert (again.created, again.updated, again.unchanged) == (0, 0, report.created)
    assert db.session.scalar(select(func.count()).select_from(LevelChange)) == changes

    steps_before = db.session.scalar(select(func.count()).select_from(Procedure).where(
        Procedure.steps.any()))
    for xlsx in sorted(folder.glob("*.xlsx")):
        listed = import_file(xlsx)
        assert all(r.reason for r in listed.rejected)
    db.session.commit()
    assert db.session.scalar(select(func.count()).select_from(Procedure).where(
        Procedure.steps.any())) == steps_before
    # The listing codes whose JSON record described another page exist now, from the lists.
    assert db.session.scalar(select(Procedure.name).where(Procedure.code == "3.000224"))
