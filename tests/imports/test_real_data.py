"""The whole national file from ../shared/data (skipped with a reason when absent)."""
import gzip
import json

import pytest
from sqlalchemy import func, select

from portal.catalogue.models import Channel, DossierDocument, Procedure, ReviewMark, Status
from portal.imports.defects import count_defects
from portal.extensions import db
from portal.imports.files import import_file
from portal.levels.models import LevelChange

from ..conftest import shared_data

pytestmark = [pytest.mark.needs_shared_data, pytest.mark.slow]


def test_full_national_file_imports_reimports_unchanged_then_takes_the_excel_lists(national):
    # The run's one national import (tests/conftest.py, about a minute on PostgreSQL),
    # then again unchanged, then completed by the official lists: in one transaction
    # that is rolled back, so other tests read the import as it was.
    folder = shared_data("xlsx")
    with national.app.app_context():
        try:
            _check_import_reimport_and_lists(national.path, national.report, folder)
        finally:
            db.session.rollback()


def _check_import_reimport_and_lists(path, report, folder) -> None:
    assert report.read == 2642
    assert report.created == 2642 - len(report.rejected)
    assert all(r.reason and r.where.startswith("line ") for r in report.rejected)
    # The 17 records whose page names another code are reported; those sharing a
    # page with an earlier record are the only rejects.
    assert len(report.mismatches) == 17
    assert len(report.rejected) == 15
    assert db.session.scalar(select(func.count()).select_from(Procedure)) == report.created
    _issue_12_proof(path, report)
    changes = db.session.scalar(select(func.count()).select_from(LevelChange))
    again = import_file(path)
    db.session.flush()
    assert (again.created, again.updated, again.unchanged) == (0, 0, report.created)
    assert db.session.scalar(select(func.count()).select_from(LevelChange)) == changes

    steps_before = db.session.scalar(select(func.count()).select_from(Procedure).where(
        Procedure.steps.any()))
    conflicts, listed_only = [], []
    for xlsx in sorted(folder.glob("*.xlsx")):
        listed = import_file(xlsx)
        assert all(r.reason for r in listed.rejected)
        conflicts += listed.conflicts
        listed_only += listed.listed_only
    db.session.flush()
    # Issue 12, item 2: the lists never overwrite the records; each disagreement is
    # reported with both values, and a listed code with no record is a marked draft.
    assert conflicts and all(c.kept == "json" and c.json_value and c.excel_value
                             for c in conflicts)
    for c in conflicts:
        assert db.session.scalar(select(func.count()).select_from(ReviewMark).join(
            Procedure).where(Procedure.code == c.code, ReviewMark.kind == "source_conflict"))
    shells = db.session.scalars(select(Procedure).where(Procedure.code.in_(listed_only))).all()
    assert shells and all(p.status == Status.DRAFT for p in shells)
    assert all("listed_only" in {m.kind for m in p.review_marks} for p in shells)
    assert db.session.scalar(select(func.count()).select_from(Procedure).where(
        Procedure.steps.any())) == steps_before
    # The listing codes whose JSON record described another page exist now, from the lists.
    assert db.session.scalar(select(Procedure.name).where(Procedure.code == "3.000224"))


# The signatures the issue's "done when" requires to be 0 on the national file.
MUST_BE_ZERO = ("legal_cut_title", "legal_implausible_number", "unknown_shown_as_none",
                "calendar_as_working_days", "fee_bold_differs_from_text",
                "channel_table_dropped", "spelling_rewritten", "step_numbered_twice",
                "preamble_as_step", "summary_time_is_first_channel",
                "dossier_quantities_vs_rows")


def _issue_12_proof(path, report):
    """Each defect signature of issue 12 is 0, or every remaining case is a
    review mark that the audit lists with its reason."""
    rejected = {int(r.where.split()[1]) for r in report.rejected}
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        records = [json.loads(line) for number, line in enumerate(handle, 1)
                   if number not in rejected]
    counts, cases = count_defects(records)
    assert {name: counts[name] for name in MUST_BE_ZERO} == dict.fromkeys(MUST_BE_ZERO, 0)
    marks = set(db.session.execute(select(Procedure.code, ReviewMark.detail).join(
        ReviewMark, ReviewMark.procedure_id == Procedure.id)).all())
    marked = {(code, detail.split(":", 1)[0]) for code, detail in marks}
    assert [case for case in cases if case[:2] not in marked] == []
    # What the database holds says the same: no calendar unit stored as working days,
    # no figure beside a disputed fee, unknown conditions are null, never "".
    assert db.session.scalar(select(func.count()).select_from(Channel).where(
        Channel.time_limit_unit == "working_day",
        ~Channel.time_limit_text.contains("làm việc"))) == 0
    assert db.session.scalar(select(func.count()).select_from(Channel).where(
        Channel.fee_disputed.is_(True), Channel.fee_amount.is_not(None))) == 0
    assert db.session.scalar(select(func.count()).select_from(Procedure).where(
        Procedure.conditions == "")) == 0
    # A dossier heading introduces the rows after it: it ends with a colon, and it is
    # also a note, so no reader counts it as a paper.
    headings = db.session.scalars(select(DossierDocument.name).where(
        DossierDocument.is_heading.is_(True))).all()
    assert headings and all(name.rstrip().endswith(":") for name in headings)
    assert db.session.scalar(select(func.count()).select_from(DossierDocument).where(
        DossierDocument.is_heading.is_(True), DossierDocument.is_note.is_(False))) == 0
    # Every table kept as text is a warning with its line and a mark.
    unparsed = set(db.session.scalars(select(Procedure.code).join(Channel).where(
        Channel.unparsed.is_(True))))
    assert unparsed == {w.code for w in report.warnings if w.detail.startswith("cach_thuc")}
