"""The Vietnamese analyzer: syllable tokens in three forms.

* exact  — NFC (tone placement canonicalised), lower case: ``đường``
* folded — every mark removed, ``đ`` → ``d``: ``duong``
* bigram — adjacent folded syllables: ``khai sinh``

Text is normalised BEFORE tokenising: Python's ``\\w`` does not match combining
marks, so NFD input would otherwise be split inside syllables. There is no
stop-word list: folded ``đang`` equals folded ``đăng``, and ``lại``, ``có``,
``cho`` carry meaning in procedure names (``cấp lại``).
"""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from whoosh.analysis import Filter, LowercaseFilter, ShingleFilter, Token, Tokenizer

from ..vntext import fold, nfc

# Letters and digits; underscores split words (``a_b`` is two words).
WORD = re.compile(r"[^\W_]+")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


@functools.lru_cache(maxsize=65536)
def fold_word(word: str) -> str:
    """Folded form of one (already NFC) word; cached, the syllable lexicon is small."""
    return fold(word)


# A tone that ``nfc`` may move: on a/e/y right after a plain o/u ("hoà" ->
# "hòa"). In NFC text such a pair is o/u and a precomposed a/e/y with one of
# the five tones; text already in NFC without one is its own normal form, and
# stored names and snippets, normalised when indexed, take this shortcut.
_MOVABLE_TONE = re.compile("[oOuU][àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ]")


def normalise(text: str) -> str:
    """NFC with canonical tone placement, control characters replaced by spaces."""
    text = _CONTROL.sub(" ", text or "")
    if unicodedata.is_normalized("NFC", text) and not _MOVABLE_TONE.search(text):
        return text
    return nfc(text)


class VnTokenizer(Tokenizer):
    """Syllable tokenizer that normalises the text first (offsets are into the NFC text)."""

    def __eq__(self, other):
        return other.__class__ is self.__class__

    def __call__(self, value, positions=False, chars=False, keeporiginal=False,
                 removestops=True, start_pos=0, start_char=0, tokenize=True, mode="",
                 **kwargs):
        text = normalise(value)
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        if not tokenize:
            token.original = token.text = text
            token.boost = 1.0
            if positions:
                token.pos = start_pos
            if chars:
                token.startchar, token.endchar = start_char, start_char + len(text)
            yield token
            return
        for pos, match in enumerate(WORD.finditer(text)):
            token.text = match.group()
            token.boost = 1.0
            if keeporiginal:
                token.original = token.text
            token.stopped = False
            if positions:
                token.pos = start_pos + pos
            if chars:
                token.startchar = start_char + match.start()
                token.endchar = start_char + match.end()
            yield token


class FoldFilter(Filter):
    """Replace each token by its folded form."""

    def __eq__(self, other):
        return other.__class__ is self.__class__

    def __call__(self, tokens):
        for token in tokens:
            token.text = fold_word(token.text)
            yield token


class FirstOnlyFilter(Filter):
    """Drop repeats of a token: a name that says "đăng ký" twice is not twice as
    much about registering (term frequency must not rank names)."""

    def __eq__(self, other):
        return other.__class__ is self.__class__

    def __call__(self, tokens):
        seen: set[str] = set()
        for token in tokens:
            if token.text not in seen:
                seen.add(token.text)
                yield token


def exact_analyzer(names: bool = False):
    """Syllables with their marks (NFC, lower case)."""
    chain = VnTokenizer() | LowercaseFilter()
    return chain | FirstOnlyFilter() if names else chain


def fold_analyzer(names: bool = False):
    """Syllables without marks."""
    chain = VnTokenizer() | LowercaseFilter() | FoldFilter()
    return chain | FirstOnlyFilter() if names else chain


class DistinctFoldedTokenizer(Tokenizer):
    """Each distinct folded syllable of the text once, for long body text.

    Body text only tells whether a word occurs (ranking comes from names), so
    frequencies and positions are not worth the indexing time at national
    scale: this is about four times faster than the token-by-token chain.
    """

    def __eq__(self, other):
        return other.__class__ is self.__class__

    def __call__(self, value, positions=False, chars=False, keeporiginal=False,
                 removestops=True, start_pos=0, start_char=0, tokenize=True, mode="",
                 **kwargs):
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        distinct = dict.fromkeys(fold_word(w) for w in set(WORD.findall(
            normalise(value).lower())))
        for pos, text in enumerate(distinct):
            token.text, token.boost, token.stopped = text, 1.0, False
            if positions:
                token.pos = start_pos + pos
            if chars:   # no meaningful offsets: body highlights come from stored text
                token.startchar = token.endchar = start_char
            yield token


def body_analyzer():
    """Distinct folded syllables (frequencies do not rank body text)."""
    return DistinctFoldedTokenizer()


def bigram_analyzer():
    """Adjacent folded syllable pairs, ``"khai sinh"``, each once."""
    return fold_analyzer() | ShingleFilter(size=2, sep=" ") | FirstOnlyFilter()


@dataclass(frozen=True)
class Word:
    """One word of a query: as typed (NFC, lower case) and folded."""
    exact: str
    folded: str

    @property
    def marked(self) -> bool:
        """The user typed marks on this word (so exact matches should rank first)."""
        return self.exact != self.folded


def words(text: str) -> list[Word]:
    """The words of ``text`` in order (normalised, lower case)."""
    return [Word(w, fold_word(w)) for w in WORD.findall(normalise(text).lower())]


def folded_key(text: str) -> str:
    """Folded words joined by single spaces: the form names are compared in."""
    return " ".join(w.folded for w in words(text))


def word_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, folded word) for each word of the NFC ``text`` (for highlighting)."""
    folded = fold_in_place(text)
    if folded is not None:      # the same words at the same places, already folded
        return [(m.start(), m.end(), m.group()) for m in WORD.finditer(folded)]
    return [(m.start(), m.end(), fold_word(m.group().lower())) for m in WORD.finditer(text)]


# Highlighting folds every word of every shown name and snippet: word by word
# that was a third of a search's time. Latin letters (Vietnamese included) fold
# one character to one, so the whole text can be folded in one ``translate``
# with every word where it was; text with any other letter goes word by word.


@functools.cache
def _fold_table() -> tuple[dict[int, str], re.Pattern]:
    """(folded form of each Latin letter or digit that folds to one word
    character, a pattern finding every other character).

    Folding a word character by character gives the word's fold: NFD works
    per character, and lower case is context-free outside Greek."""
    table: dict[int, str] = {}
    others = "[^\\x00-\\u024f\\u1e00-\\u1eff]"
    for code in [*range(0x250), *range(0x1E00, 0x1F00)]:
        char = chr(code)
        if WORD.fullmatch(char):
            folded = fold_word(char.lower())
            if len(folded) == 1 and WORD.fullmatch(folded):
                table[code] = folded
            else:
                others += "|" + re.escape(char)
    return table, re.compile(others)


def fold_in_place(text: str) -> str | None:
    """``text`` with each word folded and every character where it was (so a
    word's offsets in it are its offsets in ``text``), or None when ``text``
    holds a letter that does not fold one to one."""
    table, others = _fold_table()
    for match in others.finditer(text):     # punctuation, mostly
        if WORD.match(match.group()):
            return None
    return text.translate(table)
