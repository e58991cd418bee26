"""Properties of the Vietnamese text handling and the importer's parsers on any input.

tests/search/test_analysis.py and tests/imports/ hold the first properties (fold is
idempotent on text, fold tokens ignore the Unicode form on a Vietnamese alphabet,
parsers never raise on short text); these widen them to every analyzer, every
Unicode form and arbitrary, long and control-laden text.
"""
from __future__ import annotations

import unicodedata

from hypothesis import example, given, settings, strategies as st

from portal.imports.parsers import parse_agencies, parse_result, parse_steps
from portal.imports.tables import parse_channels, parse_documents, parse_legal_basis
from portal.search.analysis import (
    bigram_analyzer, body_analyzer, exact_analyzer, fold_analyzer, folded_key, words,
)
from portal.vntext import clean, clean_line, fold, merge_key, nfc

# Vietnamese letters, bare vowels with separate tone marks, "qu"/"gi", spaces and
# punctuation: the alphabet in which old and new tone placement and NFC/NFD differ.
VIETNAMESE = st.text(alphabet=st.sampled_from(list(
    "aăâeêioôơuưyAĂÂEÊIOÔƠUƯYđĐqgkhntc .,;-()/\n\t"
    "\u0300\u0301\u0303\u0309\u0323" "àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
)), max_size=200)
ANY_TEXT = st.text(max_size=400)   # every code point except surrogates
TEXT = VIETNAMESE | ANY_TEXT
FORMS = ("NFC", "NFD", "NFKC", "NFKD")
ANALYZERS = (exact_analyzer, fold_analyzer, bigram_analyzer, body_analyzer,
             lambda: exact_analyzer(names=True), lambda: fold_analyzer(names=True))


def _tokens(analyzer, text: str) -> list[str]:
    return [t.text for t in analyzer(text)]


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_nfc_is_idempotent_and_yields_nfc(text):
    once = nfc(text)
    assert nfc(once) == once
    assert unicodedata.is_normalized("NFC", once)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_fold_is_idempotent_lower_case_and_markless(text):
    folded = fold(text)
    assert fold(folded) == folded
    assert "đ" not in folded and "Đ" not in folded
    assert not any(unicodedata.category(ch) == "Mn" for ch in folded)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_every_analyzer_gives_the_same_tokens_for_nfc_and_nfd(text):
    nfc_text, nfd_text = (unicodedata.normalize(form, text) for form in ("NFC", "NFD"))
    for make in ANALYZERS:
        assert _tokens(make(), nfd_text) == _tokens(make(), nfc_text)
    assert words(nfd_text) == words(nfc_text)
    assert folded_key(nfd_text) == folded_key(nfc_text)
    assert fold(nfd_text) == fold(nfc_text)


@settings(max_examples=200, deadline=None)
@given(VIETNAMESE)
def test_old_tone_placement_folds_and_tokenises_like_the_new(text):
    # Moving a tone from the second vowel of oa/oe/uy to the first is what nfc() does.
    moved = nfc(text)
    for make in (exact_analyzer, fold_analyzer):
        assert _tokens(make(), text) == _tokens(make(), moved)


@settings(max_examples=300, deadline=None)
@given(TEXT)
@example("O\x1f\u0301Y")   # a mark cut off by a control character: found by Hypothesis
def test_cleaning_and_merge_keys_are_stable(text):
    assert clean(clean(text)) == clean(text)
    assert clean_line(clean_line(text)) == clean_line(text)
    assert "\n" not in clean_line(text)
    assert merge_key(merge_key(text)) == merge_key(text)
    for form in FORMS[:2]:
        assert merge_key(unicodedata.normalize(form, text)) == merge_key(text)


@settings(max_examples=150, deadline=None)
@given(st.text(min_size=2000, max_size=10000))
def test_analyzers_take_long_arbitrary_text(text):
    for make in ANALYZERS:
        _tokens(make(), text)
    words(text)


# Headings and markers the table parsers look for, to push arbitrary text into their
# inner branches rather than the "nothing recognised" exit.
MARKERS = st.sampled_from([
    "Hình thức nộp", "Thời hạn giải quyết", "Phí, lệ phí", "Mô tả", "Trực tiếp", "Trực tuyến",
    "Dịch vụ bưu chính", "Tên giấy tờ", "Mẫu đơn, tờ khai", "Số lượng", "Bản chính: 1",
    "Bản sao: 0", "Trường hợp", "Số ký hiệu", "Trích yếu", "Ngày ban hành", "Cơ quan ban hành",
    "Mã:", "Từ khóa", "Không có thông tin", "(", ")", "\n", "\t", "\x00", "\ufeff",
    "Lệ phí 50.000 đồng",
])
HOSTILE_TABLE_TEXT = st.lists(MARKERS | st.text(max_size=40), max_size=40).map("".join)


@settings(max_examples=400, deadline=None)
@given(HOSTILE_TABLE_TEXT | st.text(max_size=3000))
def test_importer_parsers_never_raise_on_arbitrary_text(text):
    for parse in (parse_channels, parse_documents, parse_legal_basis,
                  parse_agencies, parse_steps, parse_result):
        parse(text)
    for row in parse_channels(text):
        assert row.fee_amount is None or row.fee_amount >= 0
    for row in parse_documents(text):
        assert row.originals is None or row.originals >= 0
