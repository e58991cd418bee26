"""The layout walk on the national catalogue: its procedure pages have the longest tables
(channels, dossier), and its agency and field names are the longest and most varied, which the
demo and the hand-made records do not have."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from portal.catalogue.models import Procedure
from portal.extensions import db

from portal.accounts.models import Role
from portal.accounts.services import create_user
from portal.collation import vi_sorted

from ..conftest import NATIONAL_JSONL, shared_data
from .data import PASSWORD, sign_in
from .test_layout import WIDTHS, _first_column, _walk

pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.needs_shared_data]

LONGEST = 3


def _longest_table_lines(path, n: int = LONGEST) -> list:
    """The ``n`` lines whose channel and dossier tables are longest (read once, in order)."""
    from portal.imports.readers import read_json_lines

    def size(record) -> int:
        return len(record.get("cach_thuc_thuc_hien") or "") + len(
            record.get("thanh_phan_ho_so") or "")

    lines = [line for line in read_json_lines(path) if line.record is not None]
    return sorted(lines, key=lambda line: size(line.record), reverse=True)[:n]


@pytest.mark.parametrize("size", sorted(WIDTHS))
def test_national_procedure_pages_read_well_at_phone_and_desktop_widths(new_context, app_ctx,
                                                                        size):
    from portal.imports.services import import_records

    lines = _longest_table_lines(shared_data(NATIONAL_JSONL.name))
    report = import_records(lines, NATIONAL_JSONL.name)
    db.session.commit()
    assert report.created == LONGEST
    codes = db.session.scalars(select(Procedure.code).order_by(Procedure.code)).all()
    context = new_context(viewport=WIDTHS[size])
    pages = {f"national-{code}": f"/thu-tuc/{code}" for code in codes}
    problems = []
    for lang in ("vi", "en"):
        problems += _walk(context, pages, size, lang)
    assert not problems, "\n".join(problems)


def _covering_lines(path) -> list:
    """One record for every executing agency and every field of the national file (the
    first that names it): every national name appears on the listing pages."""
    from portal.imports.readers import read_json_lines

    seen, chosen = set(), []
    for line in read_json_lines(path):
        if line.record is None:
            continue
        names = {("field", line.record.get("linh_vuc") or ""),
                 ("agency", line.record.get("co_quan_thuc_hien") or "")}
        if not names <= seen:
            seen |= names
            chosen.append(line)
    return chosen


@pytest.mark.parametrize("size", sorted(WIDTHS))
def test_national_lists_progress_and_dashboard_read_well(new_context, app_ctx, size):
    from portal.catalogue.models import Agency, Field
    from portal.imports.services import import_records

    report = import_records(_covering_lines(shared_data(NATIONAL_JSONL.name)),
                           NATIONAL_JSONL.name)
    create_user("admin@tinh.gov.vn", PASSWORD, Role.ADMIN)
    db.session.commit()
    assert report.created > 100
    agency = db.session.scalars(select(Agency).order_by(Agency.id)).first()
    field = db.session.scalars(select(Field).order_by(Field.id)).first()
    pages = {"national-home": "/", "national-agencies": "/co-quan",
             "national-agency": f"/co-quan/{agency.id}", "national-fields": "/linh-vuc",
             "national-field": f"/linh-vuc/{field.id}", "national-progress": "/tien-do",
             "national-search": "/search?q=dang+ky"}
    context = new_context(viewport=WIDTHS[size])
    problems = []
    for lang in ("vi", "en"):
        problems += _walk(context, pages, size, lang)
    admin = new_context(viewport=WIDTHS[size])
    sign_in(admin.new_page(), "admin@tinh.gov.vn")
    problems += _walk(admin, {"national-dashboard": "/quan-tri/thong-ke/"}, size, "vi")
    assert not problems, "\n".join(problems)
    page = context.new_page()
    for url in ("/co-quan", "/linh-vuc"):   # every national name, in Vietnamese order
        page.goto(url)
        names = _first_column(page)
        assert len(names) > 50 and names == vi_sorted(names), url
