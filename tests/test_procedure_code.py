"""The one definition of a procedure code (catalogue/rules.py), and every place that uses it."""
from __future__ import annotations

import re

import pytest

from portal.catalogue.rules import (
    CODE_MAX_LENGTH, CODE_PATTERN_SHORTEST, CODE_RE, check_code, is_code,
)
from portal.errors import ValidationError
from portal.imports.records import page_code

CODES = ["1.000178", "3.000579", "1.001612.000.00.00.H01", "2.002226.000.00.00.H12",
         "1.000001.a.b.c.d.e.f.g",           # many parts: the importer always took them
         "1.000001.ABCDEFGHIJKL"]            # a part of 12: staff entry always took it
NOT_CODES = ["", "1.00017", "1000178", "A.000178", "1.000178 ", " 1.000178", "1.000178\n",
             "1.000178.", "1.000178..H01", "1.000178-H01", "1.000178_H01", "1.000178/x",
             "1.000178.ABCDEFGHIJKLM", "1.000178.Đ01", "1.0001781", "../../etc/passwd",
             "1.000178." + ".".join(["x"] * 40)]


@pytest.mark.parametrize("code", CODES)
def test_codes(code):
    assert is_code(code)
    assert CODE_RE.match(code)          # WTForms' Regexp uses match: anchored at both ends


@pytest.mark.parametrize("text", NOT_CODES)
def test_not_codes(text):
    assert not is_code(text)
    assert not (len(text) <= CODE_MAX_LENGTH and CODE_RE.match(text))


def test_length_is_the_columns():
    longest = "1.000001" + ".ABCDEFGHIJK" * 4 + ".A" * 4       # 64 characters
    assert len(longest) == CODE_MAX_LENGTH and is_code(longest)
    assert not is_code(longest + "1")


def test_staff_entry_trims_and_refuses_with_the_field():
    assert check_code("  1.001612.000.00.00.H01 ") == "1.001612.000.00.00.H01"
    with pytest.raises(ValidationError) as caught:
        check_code("1.0016")
    assert caught.value.field == "code"


@pytest.mark.parametrize("raw, code", [
    ("Mã thủ tục 1.001612.000.00.00.H01Số quyết định 123", "1.001612.000.00.00.H01"),
    ("Mã thủ tục1.000178 Tên thủ tục", "1.000178"),
    ("Mã thủ tục: không có", None),
    ("Mã thủ tục 1.000178", "1.000178"),
])
def test_page_code_stops_where_the_next_word_starts(raw, code):
    assert page_code(raw) == code
    if code:
        assert is_code(code)


def test_the_shortest_form_matches_the_same_codes():
    shortest = re.compile(rf"(?:{CODE_PATTERN_SHORTEST})\Z")
    assert all(shortest.match(c) for c in CODES)
    assert not any(shortest.match(t) for t in NOT_CODES if t and len(t) <= CODE_MAX_LENGTH)


@pytest.mark.parametrize("path", ["/thu-tuc/{}", "/api/v1/procedures/{}"])
def test_public_page_and_api_find_a_suffixed_code_and_refuse_other_text(client, path):
    from tests.factories import make_procedure
    from portal.extensions import db
    make_procedure("Thủ tục địa phương", "1.001612.000.00.00.H01")
    db.session.commit()
    assert client.get(path.format("1.001612.000.00.00.H01")).status_code == 200
    assert client.get(path.format("1.001612-000")).status_code == 404
