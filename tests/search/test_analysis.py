"""The Vietnamese analyzer: the same syllables whatever the Unicode form or tone placement."""
import unicodedata

from hypothesis import given, strategies as st

from portal.search.analysis import bigram_analyzer, exact_analyzer, fold_analyzer, words
from portal.vntext import fold


def tokens(analyzer, text):
    return [t.text for t in analyzer(text)]


def test_nfc_and_nfd_give_the_same_tokens():
    name = "Đăng ký kết hôn có yếu tố nước ngoài"
    nfd = unicodedata.normalize("NFD", name)
    assert nfd != name
    for make in (exact_analyzer, fold_analyzer, bigram_analyzer):
        assert tokens(make(), nfd) == tokens(make(), name)
    assert tokens(exact_analyzer(), nfd)[-2:] == ["nước", "ngoài"]


def test_old_and_new_tone_placement_are_equal_in_the_exact_form():
    assert tokens(exact_analyzer(), "Hoà giải Uỷ ban khoẻ") == \
        tokens(exact_analyzer(), "Hòa giải Ủy ban khỏe")
    # "qu" keeps its mark on the vowel, closed syllables are untouched
    assert tokens(exact_analyzer(), "quý hoàng") == ["quý", "hoàng"]


def test_folding_maps_d_stroke_and_drops_every_mark():
    assert tokens(fold_analyzer(), "Đường ĐẤT đai") == ["duong", "dat", "dai"]
    assert tokens(bigram_analyzer(), "đăng ký khai sinh") == ["dang ky", "ky khai", "khai sinh"]


def test_no_stop_words_are_removed():
    assert tokens(fold_analyzer(), "đang cấp lại có cho tại") == \
        ["dang", "cap", "lai", "co", "cho", "tai"]


def test_query_words_know_whether_marks_were_typed():
    ws = words("đăng ky  KHAI")
    assert [(w.exact, w.folded, w.marked) for w in ws] == [
        ("đăng", "dang", True), ("ky", "ky", False), ("khai", "khai", False)]


def test_punctuation_emoji_and_control_characters_are_not_words():
    assert [w.folded for w in words('"(title:x AND *~^ [a TO 🙂 \x00\x07')] == \
        ["title", "x", "and", "a", "to"]


@given(st.text())
def test_folding_is_idempotent(text):
    assert fold(fold(text)) == fold(text)


@given(st.text(alphabet="aăâeêioôơuưyAĂÂEÊIOÔƠUƯYđĐ\u0300\u0301\u0303\u0309\u0323 qhkn"))
def test_folded_tokens_do_not_depend_on_the_unicode_form(text):
    nfd = unicodedata.normalize("NFD", text)
    assert tokens(fold_analyzer(), nfd) == tokens(fold_analyzer(), text)
