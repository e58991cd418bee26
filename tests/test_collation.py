"""Vietnamese alphabetical order: letters with marks are letters of their own, tones come after."""
from __future__ import annotations

import pytest
from sqlalchemy import column, select, text, values, String

from portal.collation import vi_order, vi_sorted
from portal.extensions import db

# The order of a Vietnamese dictionary: a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y;
# within a letter, the tones (ngang, huyền, hỏi, ngã, sắc, nặng) order words that differ only there.
IN_ORDER = ["An", "Ang", "Ăn", "Âm", "Bảo hiểm", "Bưu điện", "Dân", "Du", "Đà", "Đất", "Em", "Êm",
            "Hạ tầng", "Hiệu trưởng", "Ong", "Ô tô", "Ơn", "Tu", "Tư pháp", "Ủy ban", "Ưu tiên",
            "Xây dựng"]
TONES = ["ma", "mà", "mả", "mã", "má", "mạ"]


def test_vietnamese_letters_sort_as_their_own_letters():
    shuffled = sorted(IN_ORDER)            # code-point order: "Ăn", "Đ…", "Ủy", "Ư…" land last
    assert shuffled != IN_ORDER
    assert vi_sorted(shuffled) == IN_ORDER


def test_tones_order_words_that_differ_only_in_tone():
    assert vi_sorted(reversed(TONES)) == TONES


def test_capitals_and_decomposed_input_sort_with_their_letters():
    import unicodedata
    nfd = [unicodedata.normalize("NFD", w) for w in ["Ủy ban", "ủy ban"]]
    ordered = vi_sorted(nfd + ["Văn phòng", "Uy ban", "Tư pháp", "Ưu tiên"])
    assert ordered[0] == "Tư pháp"
    assert set(ordered[1:4]) == {"Uy ban", *nfd}      # U with any tone or case, before Ư
    assert ordered[4:] == ["Ưu tiên", "Văn phòng"]


def test_the_database_sorts_the_same_way_where_it_can(app_ctx):
    dialect = db.engine.dialect.name
    if dialect != "postgresql":
        pytest.skip("SQLite has no ICU collation: its lists are sorted in Python (vi_sorted)")
    names = values(column("name", String), name="names").data([(n,) for n in sorted(IN_ORDER)])
    rows = db.session.execute(select(names.c.name).order_by(vi_order(names.c.name, dialect)))
    assert [r[0] for r in rows] == IN_ORDER


def test_staff_pickers_and_public_lists_are_in_vietnamese_order(app_ctx):
    from portal.catalogue.models import AgencyRole, ProcedureAgency
    from portal.catalogue.queries import agencies_with_counts, fields_with_counts
    from portal.workflows.staff_queries import agency_choices, field_choices

    from .factories import make_agency, make_field, make_procedure
    names = ["Ủy ban nhân dân", "Đài Phát thanh", "Bưu điện", "Bảo hiểm", "Xây dựng", "Ăn uống"]
    for i, name in enumerate(names):
        agency, field = make_agency(name), make_field(name)
        proc = make_procedure(f"Thủ tục {i}", field_id=field.id)
        proc.agency_links.append(ProcedureAgency(agency_id=agency.id, role=AgencyRole.EXECUTING))
    db.session.flush()
    expected = ["Ăn uống", "Bảo hiểm", "Bưu điện", "Đài Phát thanh", "Ủy ban nhân dân", "Xây dựng"]
    assert [a.name for a in agency_choices()] == expected
    assert [f.name for f in field_choices()] == expected
    assert [a.name for a, _ in agencies_with_counts()] == expected
    assert [f.name for f, _ in fields_with_counts()] == expected
