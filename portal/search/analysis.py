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


def normalise(text: str) -> str:
    """NFC with canonical tone placement, control characters replaced by spaces."""
    return nfc(_CONTROL.sub(" ", text or ""))


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
    return [(m.start(), m.end(), fold_word(m.group().lower())) for m in WORD.finditer(text)]
