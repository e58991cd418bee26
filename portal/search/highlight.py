"""Escaped HTML with ``<mark>`` around the words that matched (compared folded)."""
from __future__ import annotations

from markupsafe import Markup, escape

from .analysis import normalise, word_spans

SNIPPET_CHARS = 180


def mark_words(text: str, folded_terms: set[str]) -> str:
    """``text`` escaped, each word whose folded form is in ``folded_terms`` marked."""
    text = normalise(text)
    out: list[str] = []
    last = 0
    for start, end, folded in word_spans(text):
        if folded in folded_terms:
            out.append(str(escape(text[last:start])))
            out.append(str(Markup("<mark>%s</mark>") % text[start:end]))
            last = end
    out.append(str(escape(text[last:])))
    return "".join(out)


def snippet(text: str, folded_terms: set[str], chars: int = SNIPPET_CHARS) -> str:
    """The window of ``text`` with the most matched words, escaped and marked ('' if none)."""
    text = normalise(text).replace("\n", " · ")
    spans = [(s, e) for s, e, f in word_spans(text) if f in folded_terms]
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
    fragment = mark_words(text[begin:end], folded_terms)
    return ("…" if begin else "") + fragment + ("…" if end < len(text) else "")
