"""Spelling corrections for the typo fallback and "did you mean".

Hỏi/ngã confusions (chử/chữ) vanish after folding. The others citizens
make are spelling pairs that sound alike in some dialects — tr/ch, s/x,
d/gi/r, l/n at the start of a syllable, n/ng and c/t at its end — plus
one-letter slips on syllables of at least four letters (shorter ones are
too noisy: ``sinh`` is one edit from dinh, hinh, kinh, linh, minh, tinh).

A slip often yields another real syllable ("thường chú", "tạm vắn", "kết
hông"), so a word being in the vocabulary proves little. What does tell is
its neighbours: names are full of fixed syllable pairs ("thường trú", "tạm
vắng"), and the index holds them (``t_bi``). ``fix_typos`` replaces a word
only when a spelling variant forms such a pair with a neighbour and the word
as typed forms none; with that evidence even three-letter slips are safe.
"""
from __future__ import annotations

from .analysis import Word

INITIAL_PAIRS = (("tr", "ch"), ("ch", "tr"), ("s", "x"), ("x", "s"), ("d", "gi"),
                 ("gi", "d"), ("r", "d"), ("d", "r"), ("r", "gi"), ("l", "n"), ("n", "l"))
FINAL_PAIRS = (("ng", "n"), ("n", "ng"), ("c", "t"), ("t", "c"), ("nh", "n"), ("i", "y"),
               ("y", "i"))
FUZZY_MIN_LETTERS = 4
PAIRED_MIN_LETTERS = 3      # an edit backed by a known pair may touch shorter words
MAX_FIXES = 2


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


_DF_CACHE_MAX = 50_000


def doc_frequency(reader, field: str, term: str) -> int:
    # cached with the reader (one per searcher): a lookup walks every segment
    cache = getattr(reader, "_portal_df", None)
    if cache is None or len(cache) > _DF_CACHE_MAX:
        cache = reader._portal_df = {}
    key = (field, term)
    if key not in cache:
        try:
            cache[key] = reader.doc_frequency(field, term)
        except Exception:
            cache[key] = 0
    return cache[key]


def _within_one(reader, word: str) -> list[str]:
    cache = getattr(reader, "_portal_within", None)
    if cache is None or len(cache) > _DF_CACHE_MAX:
        cache = reader._portal_within = {}
    if word not in cache:
        cache[word] = list(reader.terms_within("t_fold", word, 1, prefix=1))
    return cache[word]


def known(reader, word: str) -> bool:
    """The folded word occurs in some name, field/agency or body text."""
    return any(doc_frequency(reader, f, word) for f in ("t_fold", "m_fold", "b_fold"))


def _pairs(reader, words: list[str | None], i: int, word: str) -> int:
    """How many of ``word``'s neighbours in ``words`` it forms a name pair with."""
    left = words[i - 1] if i > 0 else None
    right = words[i + 1] if i + 1 < len(words) else None
    return (bool(left) and doc_frequency(reader, "t_bi", f"{left} {word}") > 0) + \
        (bool(right) and doc_frequency(reader, "t_bi", f"{word} {right}") > 0)


def _variants(reader, word: str, paired: bool) -> set[str]:
    """Name syllables the citizen may have meant by ``word``."""
    options = sound_alikes(word)
    if len(word) >= (PAIRED_MIN_LETTERS if paired else FUZZY_MIN_LETTERS):
        options.update(_within_one(reader, word))
    options.discard(word)
    return {o for o in options if doc_frequency(reader, "t_fold", o) > 0}


def fix_typos(searcher, ws: list[Word], protected: set[int] = frozenset()) -> list[Word] | None:
    """The query with its likely slips corrected, or None.

    A word is replaced when a variant of it (a sound-alike spelling or one
    edit away) forms a known name pair with a neighbour while the word as
    typed forms none; a word that no record holds at all is replaced by its
    best variant even without a pair, or split in two when it is a name pair
    typed without its space ("khaisinh"). Words at ``protected`` positions
    (synonym phrases, filler) are left alone and are not neighbours.
    """
    reader = searcher.reader()
    out: list[Word] = []
    usable: list[bool] = []
    done: list[bool] = []       # already fixed: not touched again
    fixed = 0
    for i, w in enumerate(ws):
        ok = i not in protected and w.folded.isalpha()
        pair = _split(reader, w.folded) if ok and not known(reader, w.folded) else None
        if pair:
            out += [Word(pair[0], pair[0]), Word(pair[1], pair[1])]
            usable += [True, True]
            done += [True, True]
            fixed += 1
        else:
            out.append(w)
            usable.append(ok)
            done.append(False)
    changes = 0
    while changes < MAX_FIXES:
        words = [w.folded if usable[i] else None for i, w in enumerate(out)]
        has_neighbour = [any(0 <= j < len(words) and words[j] for j in (i - 1, i + 1))
                         for i in range(len(words))]
        best = None     # (gain, sound-alike, df, -i, variant)
        for i, word in enumerate(words):
            if not word or done[i]:
                continue
            is_known = known(reader, word)
            now = _pairs(reader, words, i, word) if has_neighbour[i] else 0
            if is_known and (now or not has_neighbour[i]):
                continue
            alike = sound_alikes(word)
            for option in _variants(reader, word, paired=has_neighbour[i]):
                gain = _pairs(reader, words, i, option) - now if has_neighbour[i] else 0
                if is_known and gain <= 0:
                    continue
                if not is_known and not has_neighbour[i] and len(word) < FUZZY_MIN_LETTERS \
                        and option not in alike:
                    continue
                rank = (gain, option in alike, doc_frequency(reader, "t_fold", option), -i, option)
                if best is None or rank > best:
                    best = rank
        if best is None:
            break
        *_, i, option = best
        out[-i], done[-i] = Word(option, option), True
        changes += 1
    return out if fixed + changes else None


def _split(reader, word: str) -> tuple[str, str] | None:
    """Two name syllables that ``word`` is, typed without the space between them."""
    best = None
    for k in range(1, len(word)):
        a, b = word[:k], word[k:]
        df = doc_frequency(reader, "t_bi", f"{a} {b}")
        if df and (best is None or df > best[0]):
            best = (df, a, b)
    return best[1:] if best else None


def display_form(searcher, word: Word, names: list[str] = (), guess: bool = True) -> str:
    """The word as a citizen would read it: typed form; else its spelling in the
    first of ``names`` (the names found) that has it, else (``guess``) the
    names' commonest, else as typed."""
    if word.exact != word.folded:
        return word.exact
    from .analysis import words as name_words
    for name in names:
        for w in name_words(name):
            if w.folded == word.folded:
                return w.exact
    if not guess:
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
