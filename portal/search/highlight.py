"""Escaped HTML with ``<mark>`` around the words that matched (compared folded).

What is marked is a set of *phrases* (tuples of folded words): the words the
query required and the synonym phrases they stand for. A phrase is marked only
where all its words stand side by side, so "bằng lái" ~ "giấy phép lái xe" marks
that phrase and not every lone "giấy" of the name; words the query only used to
rank (filler such as "làm", "cho con") are not phrases and stay unmarked.
"""
from __future__ import annotations

import functools
import re
from bisect import bisect_left
from typing import Iterable

from markupsafe import escape

from .analysis import WORD, fold_in_place, normalise, word_spans

SNIPPET_CHARS = 180

Phrases = frozenset[tuple[str, ...]]


def phrases_of(units: Iterable) -> Phrases:
    """The phrases to mark for query units: every alternative of a required unit."""
    return frozenset(alt for u in units if not u.optional for alt in u.alternatives if alt)


def _spans(text: str, phrases: Phrases) -> list[tuple[int, int]]:
    """(start, end) of each word of ``text`` that is part of a whole phrase."""
    folded = fold_in_place(text) if phrases else None
    if folded is None:
        return _spans_by_word(text, phrases)
    # one pass of the regular expression engine over the folded text instead of
    # a Python step per word (every shown name and snippet is marked)
    marked: set[tuple[int, int]] = set()
    for match in _phrase_pattern(phrases).finditer(folded):
        start, end = match.span(1)
        marked.update(word.span() for word in WORD.finditer(folded, start, end))
    return sorted(marked)


@functools.lru_cache(maxsize=64)
def _phrase_pattern(phrases: Phrases) -> re.Pattern:
    """Where any phrase starts, as whole words in a row (whatever stands between
    them): the phrase found is group 1. A lookahead, so that phrases that overlap
    are all found; the longest first, so that one that holds another covers it."""
    alternatives = sorted(phrases, key=len, reverse=True)
    body = "|".join(r"[\W_]+".join(map(re.escape, phrase)) for phrase in alternatives)
    return re.compile(r"(?<![^\W_])(?=(" + body + r")(?![^\W_]))")


def _spans_by_word(text: str, phrases: Phrases) -> list[tuple[int, int]]:
    """``_spans`` word by word (for text whose letters do not all fold in place)."""
    spans = word_spans(text)
    folded = [f for _, _, f in spans]
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        by_first.setdefault(phrase[0], []).append(phrase)
    marked = [False] * len(spans)
    for i, word in enumerate(folded):
        for phrase in by_first.get(word, ()):
            if tuple(folded[i:i + len(phrase)]) == phrase:
                marked[i:i + len(phrase)] = [True] * len(phrase)
    return [(s, e) for (s, e, _), m in zip(spans, marked) if m]


def _mark(text: str, spans: list[tuple[int, int]]) -> str:
    out: list[str] = []
    last = 0
    for start, end in spans:
        out.append(str(escape(text[last:start])))
        out.append(f"<mark>{escape(text[start:end])}</mark>")   # as Markup's % would
        last = end
    out.append(str(escape(text[last:])))
    return "".join(out)


def mark_words(text: str, phrases: Phrases) -> str:
    """``text`` escaped, each whole occurrence of a phrase marked."""
    text = normalise(text)
    return _mark(text, _spans(text, phrases))


def snippet(text: str, phrases: Phrases, chars: int = SNIPPET_CHARS) -> str:
    """The window of ``text`` with the most matched words, escaped and marked ('' if none)."""
    text = normalise(text).replace("\n", " · ")
    spans = _spans(text, phrases)
    if not spans:
        return ""
    starts = [s for s, _ in spans]
    best_start, best_count = spans[0][0], 0
    for i, start in enumerate(starts):
        # the spans from this one that begin within the window (starts ascend)
        count = bisect_left(starts, start + chars, i) - i
        if count > best_count:
            best_start, best_count = start, count
    begin = max(0, best_start - 40)
    while begin > 0 and not text[begin - 1].isspace():
        begin -= 1
    end = min(len(text), begin + chars)
    while end < len(text) and not text[end].isspace() and end - begin < chars + 20:
        end += 1
    fragment = mark_words(text[begin:end], phrases)
    return ("…" if begin else "") + fragment + ("…" if end < len(text) else "")
