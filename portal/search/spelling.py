"""Spelling corrections for the typo fallback and "did you mean".

Hỏi/ngã confusions (chử/chữ) vanish after folding. The others citizens
make are spelling pairs that sound alike in some dialects — tr/ch, s/x,
d/gi/r, l/n at the start of a syllable, n/ng and c/t at its end — plus
one-letter slips on syllables of at least four letters (shorter ones are
too noisy: ``sinh`` is one edit from dinh, hinh, kinh, linh, minh, tinh).
"""
from __future__ import annotations

from .analysis import Word

INITIAL_PAIRS = (("tr", "ch"), ("ch", "tr"), ("s", "x"), ("x", "s"), ("d", "gi"),
                 ("gi", "d"), ("r", "d"), ("d", "r"), ("r", "gi"), ("l", "n"), ("n", "l"))
FINAL_PAIRS = (("ng", "n"), ("n", "ng"), ("c", "t"), ("t", "c"), ("nh", "n"))
FUZZY_MIN_LETTERS = 4
PER_WORD = 3
MAX_CANDIDATES = 8


def sound_alikes(word: str) -> set[str]:
    """Spellings of a folded syllable that sound alike in some dialect."""
    out: set[str] = set()
    for old, new in INITIAL_PAIRS:
        if word.startswith(old) and not (old == "n" and word.startswith("ng")) \
                and not (old == "n" and word.startswith("nh")):
            out.add(new + word[len(old):])
    for old, new in FINAL_PAIRS:
        if word.endswith(old) and len(word) > len(old):
            if old == "n" and word.endswith(("ng", "nh")):
                continue
            out.add(word[:-len(old)] + new)
    out.discard(word)
    return out


def _title_df(reader, word: str) -> int:
    try:
        return reader.doc_frequency("t_fold", word)
    except Exception:
        return 0


def corrections(searcher, ws: list[Word]) -> list[list[Word]]:
    """Queries with one word corrected to a name syllable, most likely first."""
    reader = searcher.reader()
    order = sorted(range(len(ws)), key=lambda i: _title_df(reader, ws[i].folded))
    out: list[list[Word]] = []
    for i in order:
        word = ws[i].folded
        if not word.isalpha():
            continue
        options = sound_alikes(word)
        if len(word) >= FUZZY_MIN_LETTERS:
            options.update(reader.terms_within("t_fold", word, 1, prefix=1))
        options.discard(word)
        ranked = sorted((o for o in options if _title_df(reader, o) > 0),
                        key=lambda o: (o not in sound_alikes(word), -_title_df(reader, o)))
        for option in ranked[:PER_WORD]:
            out.append(ws[:i] + [Word(option, option)] + ws[i + 1:])
    return out[:MAX_CANDIDATES]


def display_form(searcher, word: Word) -> str:
    """The word as a citizen would read it: typed form, or the name's commonest spelling."""
    if word.exact != word.folded:
        return word.exact
    forms = _display_map(searcher).get(word.folded)
    return forms or word.exact


def _display_map(searcher) -> dict[str, str]:
    # folded -> most frequent marked spelling in names; cached per (per-thread) searcher
    cached = getattr(searcher, "_portal_display", None)
    if cached is None:
        from .analysis import fold_word
        reader = searcher.reader()
        best: dict[str, tuple[int, str]] = {}
        for term, info in reader.iter_field("t_exact"):
            text = term.decode("utf-8") if isinstance(term, bytes) else term
            folded = fold_word(text)
            freq = info.doc_frequency()
            if folded not in best or freq > best[folded][0]:
                best[folded] = (freq, text)
        cached = {k: v for k, (_, v) in best.items()}
        searcher._portal_display = cached
    return cached
