"""Vietnamese text helpers shared by the importer, the models and search.

Normalisation rules (DESIGN.md §3): NFC everywhere; old and new tone-mark
placement (``hoà``/``hòa``) made equal; ``đ`` folded to ``d`` explicitly,
because it has no Unicode decomposition.
"""
from __future__ import annotations

import re
import unicodedata

_WS = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

# Tone marks as combining characters (NFD): grave, acute, hook, tilde, dot below.
_TONES = "\u0300\u0301\u0309\u0303\u0323"
# In open "oa", "oe", "uy" syllables both placements are in official use: on the
# second vowel (hoà, khoẻ, thuỷ) and on the first (hòa, khỏe, thủy).  The
# national data mixes them; we canonicalise to the first, as in "Ủy ban".
# "qu" is a consonant cluster (quý, quả): its vowel keeps the mark.
_SECOND_VOWEL_TONE = re.compile(
    r"(?<![qQ])([oOuU])([aAeEyY])([" + _TONES + r"])(?![a-zA-Z\u0300-\u036f])"
)


def nfc(text: str) -> str:
    """Return ``text`` in NFC with old-style tone placement canonicalised."""
    decomposed = unicodedata.normalize("NFD", text)
    if any(ch in _TONES for ch in decomposed):
        decomposed = _SECOND_VOWEL_TONE.sub(r"\1\3\2", decomposed)
    return unicodedata.normalize("NFC", decomposed)


def nfc_only(text: str) -> str:
    """``text`` in NFC and nothing else: the official record's own spelling.

    The importer keeps the source's tone placement (``hoá`` stays ``hoá``,
    issue 12); search folds both placements through :func:`nfc` and :func:`fold`.
    """
    return unicodedata.normalize("NFC", text)


def clean(text: str | None, normalise=nfc) -> str:
    """NFC, control characters dropped, runs of spaces collapsed, lines trimmed."""
    if not text:
        return ""
    text = normalise(_CONTROL.sub("", text)).replace("\r\n", "\n").replace("\r", "\n")
    lines = [_WS.sub(" ", line).strip() for line in text.split("\n")]
    out = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", out).strip()


def clean_line(text: str | None, normalise=nfc) -> str:
    """Like :func:`clean` but on one line (names, titles)."""
    return _WS.sub(" ", clean(text, normalise).replace("\n", " ")).strip()


def clean_source(text: str | None) -> str:
    """:func:`clean` keeping the source's spelling (NFC only): imported text."""
    return clean(text, nfc_only)


def clean_source_line(text: str | None) -> str:
    """:func:`clean_line` keeping the source's spelling (NFC only)."""
    return clean_line(text, nfc_only)


def fold(text: str) -> str:
    """Lower case, strip every diacritic, map đ to d."""
    text = unicodedata.normalize("NFD", nfc(text).lower().replace("đ", "d"))
    return "".join(ch for ch in text if unicodedata.category(ch) != "Mn")


def has_diacritics(text: str) -> bool:
    """True when ``text`` carries any Vietnamese mark (or đ)."""
    return fold(text) != nfc(text).lower()


def merge_key(text: str) -> str:
    """The key under which agencies and fields that differ only in case,
    spacing or Unicode form are merged."""
    return clean_line(text).casefold()
