"""The layout walk on procedure pages of the national catalogue: its records have the
longest tables (channels, dossier), which the demo and the hand-made records do not."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from portal.catalogue.models import Procedure
from portal.extensions import db

from ..conftest import NATIONAL_JSONL, shared_data
from .test_layout import WIDTHS, _walk

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
