"""Mine the national catalogue's own texts for the short forms it defines.

    .venv/bin/python bench/mine_abbreviations.py [--all] [--min N]

Two patterns, as the official texts write them:

* ``… (sau đây gọi là X)`` / ``(sau đây gọi tắt là X)`` / ``(gọi tắt là X)``
* a long name followed by a parenthesised short form in capitals:
  ``Ủy ban nhân dân (UBND)``; the long form is the run of words before the
  parenthesis whose initials spell the short form (``Đ`` counts as ``D``).

Prints each (short form, long form, how many records define it), and whether
the synonym seed or the lexicon already holds the pair (``--all`` prints the
covered ones too). A helper for writing the lexicon by hand, not part of the app:
a definition is only a candidate until a person reads it.
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
CATALOGUE = ROOT.parent / "shared" / "data" / "dvcqg-catalogue-2026-07.jsonl.gz"

CALLED = re.compile(r"\(\s*(?:sau đây|dưới đây)?\s*(?:được\s+)?gọi\s+(?:tắt\s+)?là\s*:?\s*"
                    r"[“\"']?([^()“”\"']{2,60}?)[”\"']?\s*\)", re.IGNORECASE)
SHORT = re.compile(r"\(([A-ZĐ][A-ZĐa-z0-9&\-]{1,11})\)")
WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def initial(word: str) -> str:
    """The folded capital initial of a word (Đ is D)."""
    ch = unicodedata.normalize("NFD", word[0])[0].upper()
    return "D" if ch == "Đ" else ch


def long_form(before: str, short: str) -> str | None:
    """The words just before the parenthesis whose initials spell ``short``."""
    letters = [initial(c) for c in short if c.isalpha()]
    letters = [c for c in letters if c.isupper()]
    words = WORD.findall(before)[-(len(letters) + 3):]
    for start in range(len(words)):
        cand = words[start:]
        if len(cand) == len(letters) and [initial(w) for w in cand] == letters:
            return " ".join(cand)
    return None


def mine() -> tuple[Counter, dict]:
    """(short, long) -> number of records defining it; and an example record code per pair."""
    counts: Counter = Counter()
    example: dict = {}
    with gzip.open(CATALOGUE, "rt", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            text = unicodedata.normalize("NFC", record.get("raw_text") or "")
            seen = set()
            for match in CALLED.finditer(text):
                before = text[max(0, match.start() - 120):match.start()]
                pair = (match.group(1).strip(), before.split("\n")[-1].strip()[-80:])
                seen.add(("called",) + pair)
            for match in SHORT.finditer(text):
                short = match.group(1)
                full = long_form(text[max(0, match.start() - 200):match.start()], short)
                if full:
                    seen.add(("short", short, full))
            for key in seen:
                counts[key] += 1
                example.setdefault(key, record["ma_thu_tuc"])
    return counts, example


def covered() -> set[str]:
    """Folded phrases already in the seed groups or the lexicon."""
    from portal.search.analysis import folded_key
    from portal.search.lexicon import LEXICON
    from portal.search.synonym_seed import SEED_GROUPS
    phrases = [p for g in SEED_GROUPS for p in g] + [p for _, g in LEXICON for p in g]
    return {folded_key(p) for p in phrases}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--all", action="store_true", help="also the pairs already covered")
    parser.add_argument("--min", type=int, default=2, help="defined in at least N records")
    args = parser.parse_args()
    from portal.search.analysis import folded_key
    have = covered()
    counts, example = mine()
    by_kind = defaultdict(list)
    for key, n in counts.most_common():
        if n < args.min:
            continue
        kind, short, full = key
        done = folded_key(short) in have and (kind == "called" or folded_key(full) in have)
        if done and not args.all:
            continue
        by_kind[kind].append((n, short, full, example[key], done))
    for kind, title in (("short", "Parenthesised short forms"),
                        ("called", "Defined with 'sau đây gọi là'")):
        print(f"\n{title} ({len(by_kind[kind])})")
        for n, short, full, code, done in by_kind[kind]:
            print(f"  {n:>4}  {short:<14} {full[:70]:<70} {code}{'  (covered)' if done else ''}")


if __name__ == "__main__":
    main()
