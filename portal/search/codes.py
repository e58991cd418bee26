"""A procedure code typed inside a request.

Citizens copy a code from a paper or a list and type it with words around it
(``mã 1.001193``, ``TTHC 1.001193``, ``thủ tục 1.013076``), with a comma for the
dot (``1,001193``), with a space after the dot (``1. 001193``), or without the
dot (``1001193``). The national code shape is the catalogue's one rule
(``catalogue.rules.CODE_PATTERN``: a digit, a dot, six digits, optional dotted
parts such as ``1.001193.000.00.00.H12``); the backends look the code up and
show that procedure, as they do for a code typed alone. A number that is not a
code of the catalogue is searched as words, as before.
"""
from __future__ import annotations

import re

from ..catalogue.rules import CODE_SUFFIX_PART
from ..vntext import fold

# a code among other words: not glued to a letter, a digit or another dot/comma
# (the rule's shape, with a comma accepted for its first dot)
# (and a space after the dot, as a phone keyboard adds one: ``1. 001193``)
_IN_TEXT = re.compile(rf"(?<![\w.,])(\d)[.,] ?(\d{{6}})((?:\.{CODE_SUFFIX_PART})*)(?![\w,]|\.\w)")
# seven digits alone (the dot left out): ``1001193``
_BARE = re.compile(r"(?<![\w.,])([1-9])(\d{6})(?![\w.,])")
# six digits alone: the code's number without its first digit, as people copy
# it from a list or say it (``004873``)
_SIX = re.compile(r"(?<![\w.,])(\d{6})(?![\w.,])")
# words that only say "this is a code" (folded); with them, a bare number is a code too
_LEAD = frozenset({"ma", "so", "ma so", "thu tuc", "ma thu tuc", "tthc", "ma tthc", "code",
                   "tim", "tra cuu", "ma ho so"})


def code_in_query(text: str) -> str | None:
    """The one procedure code ``text`` holds, normalised (``1.001193``), or None.

    A dotted code counts wherever it stands; seven bare digits count only when
    nothing but words like "mã", "thủ tục", "TTHC" stand beside them. Two
    different codes in one request are not a lookup: None.
    """
    found = {f"{a}.{b}{rest}" for a, b, rest in _IN_TEXT.findall(text or "")}
    if len(found) == 1:
        return found.pop()
    if found:
        return None
    bare = _BARE.findall(text or "")
    if len(bare) == 1 and _only_lead_words(_BARE.sub(" ", text)):
        return f"{bare[0][0]}.{bare[0][1]}"
    return None


def codes_of_number(text: str) -> list[str]:
    """The codes six digits typed alone may be (``004873`` -> ``1.004873`` …
    ``9.004873``), to look up when ``code_in_query`` found none; else []."""
    six = _SIX.findall(text or "")
    if len(six) != 1 or not _only_lead_words(_SIX.sub(" ", text)):
        return []
    return [f"{first}.{six[0]}" for first in "123456789"]


def _only_lead_words(rest: str) -> bool:
    rest = re.sub(r"[^\w ]", " ", " ".join(fold(rest.lower()).split()))
    rest = " ".join(rest.split())
    return not rest or rest in _LEAD
