"""Escaped HTML with ``<mark>`` around the words that matched (compared folded).

What is marked is a set of *phrases* (tuples of folded words): the words the
query required and the synonym phrases they stand for. A phrase is marked only
where all its words stand side by side, so "bằng lái" ~ "giấy phép lái xe" marks
that phrase and not every lone "giấy" of the name; words the query only used to
rank (filler such as "làm", "cho con") are not phrases and stay unmarked.
"""
from __future__ import annotations

from typing import Iterable

from markupsafe import Markup, escape

from .analysis import normalise, word_spans

SNIPPET_CHARS = 180

Phrases = frozenset[tuple[str, ...]]


def phrases_of(units: Iterable) -> Phrases:
    """The phrases to mark for query units: every alternative of a required unit."""
    return frozenset(alt for u in units if not u.optional for alt in u.alternatives if alt)


def _spans(text: str, phrases: Phrases) -> list[tuple[int, int]]:
    """(start, end) of each word of ``text`` that is part of a whole phrase."""
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
        out.append(str(Markup("<mark>%s</mark>") % text[start:end]))
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
    best_start, best_count = spans[0][0], 0
    for i, (start, _) in enumerate(spans):
        count = sum(1 for s, _ in spans[i:] if s < start + chars)
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
