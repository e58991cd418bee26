"""Synonym groups: services to edit them, and the in-process cache queries use.

Queries are expanded at search time, so an edit takes effect without a
rebuild. Each process keeps the groups in memory and reloads them when the
table's version (row count, newest ``updated_at``, highest id) changes.
"""
from __future__ import annotations

import functools
import threading

from flask import g, has_request_context
from flask_babel import gettext as _
from sqlalchemy import func, select

from ..errors import NotFound, ValidationError
from ..extensions import db
from ..vntext import clean_line
from .analysis import Word, folded_key, words
from .models import SynonymGroup
from .lexicon import LEXICON
from .synonym_seed import SEED_GROUPS

MAX_PHRASE_CHARS = 100
MAX_PHRASES = 30


class SynonymIndex:
    """Folded phrase -> the folded phrases it stands for."""

    def __init__(self, groups: list[list[str]]):
        self.by_phrase: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
        # folded phrase -> the ways its groups write it ("đẻ", "sổ đỏ"): folded,
        # one form stands for several ("để", "sơ do")
        self.spelt: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
        for group in groups:
            # a stored one-letter phrase (written before 0017) stands for nothing
            phrases = {tuple(key.split()) for key in map(folded_key, group) if len(key) > 1}
            for phrase in phrases:
                self.by_phrase.setdefault(phrase, set()).update(phrases)
            for written in group:
                typed = words(written)
                self.spelt.setdefault(tuple(w.folded for w in typed), set()).add(
                    tuple(w.exact for w in typed))
        self.longest = max((len(p) for p in self.by_phrase), default=0)

    def written_as_typed(self, typed: tuple[Word, ...], marked: bool) -> bool:
        """Whether the phrase matched (folded) at ``typed`` is the words typed.
        One word must be typed without marks, or as some group writes it (or
        a group writes it unmarked): "lớn" is not "lợn", "để" not "đẻ". In a
        request typed with its marks (``marked``), several words must not all
        be written otherwise by every group holding them: "thô sơ do" is not
        "sổ đỏ", while "làm sổ do" still is."""
        written = self.spelt.get(tuple(w.folded for w in typed), ())
        if len(typed) == 1:
            word = typed[0]
            return not word.marked or any(form[0] in (word.exact, word.folded)
                                          for form in written)
        return not marked or not written or any(w.exact == form[j] for form in written
                                                for j, w in enumerate(typed))

    def match(self, folded: list[str], start: int) -> tuple[int, tuple[tuple[str, ...], ...]]:
        """Longest phrase at ``folded[start:]``: (its length, every equivalent phrase)."""
        for length in self.lengths(folded, start):
            return length, self.phrases(folded, start, length)
        return 0, ()

    def lengths(self, folded: list[str], start: int) -> list[int]:
        """The lengths of every phrase at ``folded[start:]``, longest first."""
        return [length for length in range(min(self.longest, len(folded) - start), 0, -1)
                if tuple(folded[start:start + length]) in self.by_phrase]

    def phrases(self, folded: list[str], start: int, length: int
                ) -> tuple[tuple[str, ...], ...]:
        return tuple(sorted(self.by_phrase[tuple(folded[start:start + length])],
                            key=lambda p: (len(p), p)))

    def segment(self, folded: list[str]) -> "Segmented":
        """The phrases of a request chosen together: the most words inside
        phrases, then the fewest phrases. Longest-first from the left splits
        "sổ bảo hiểm | xã | hội" and "thi bằng lái xe | máy" where
        "sổ | bảo hiểm xã hội" and "thi bằng lái | xe máy" say it all."""
        n = len(folded)
        # best[i] = (words covered, -phrases) of folded[i:], and the length chosen at i
        best: list[tuple[int, int]] = [(0, 0)] * (n + 1)
        choice = [0] * (n + 1)
        for i in range(n - 1, -1, -1):
            best[i], choice[i] = best[i + 1], 0
            for length in self.lengths(folded, i):
                covered, count = best[i + length]
                option = (covered + length, count - 1)
                if option > best[i]:
                    best[i], choice[i] = option, length
        return Segmented(self, folded, choice)


class Segmented:
    """``SynonymIndex.match`` over one request, as ``SynonymIndex.segment`` chose:
    at a position it did not choose to start a phrase, no phrase."""

    def __init__(self, index: SynonymIndex, folded: list[str], choice: list[int]):
        self.index, self.folded, self.choice = index, folded, choice

    def match(self, folded: list[str], start: int) -> tuple[int, tuple[tuple[str, ...], ...]]:
        if folded is not self.folded:
            return self.index.match(folded, start)
        length = self.choice[start] if start < len(self.choice) else 0
        return (length, self.index.phrases(folded, start, length)) if length else (0, ())


EMPTY = SynonymIndex([])


class SynonymCache:
    """The groups of one database, reloaded when the table changes."""

    def __init__(self):
        self._lock = threading.Lock()
        self._version: tuple | None = None
        self._index = EMPTY

    def current(self) -> SynonymIndex:
        """The up-to-date synonym index (one small query per request to check the version)."""
        # A search with spelling candidates asks several times: once per request is enough.
        if has_request_context() and g.get("_portal_synonyms_of") is self:
            return self._index
        version = tuple(db.session.execute(select(
            func.count(SynonymGroup.id), func.max(SynonymGroup.id),
            func.max(SynonymGroup.updated_at))).one())
        if version != self._version:
            groups = [g.phrases for g in db.session.scalars(select(SynonymGroup))]
            with self._lock:
                self._index, self._version = SynonymIndex(groups), version
        if has_request_context():
            g._portal_synonyms_of = self
        return self._index


def _clean_phrases(phrases: list[str]) -> list[str]:
    out: list[str] = []
    keys: set[str] = set()
    for phrase in phrases:
        phrase = clean_line(phrase)
        key = folded_key(phrase)
        if not key:
            continue
        if len(phrase) > MAX_PHRASE_CHARS:
            raise ValidationError(_("Mỗi cụm từ dài tối đa 100 ký tự."), "terms")
        if len(key) < 2:
            # one letter would stand for every word spelled with it ("ở" is "o")
            raise ValidationError(_("Mỗi cụm từ cần ít nhất hai ký tự."), "terms")
        if key not in keys:
            keys.add(key)
            out.append(phrase)
    if len(out) < 2:
        raise ValidationError(_("Một nhóm từ đồng nghĩa cần ít nhất hai cụm từ khác nhau."), "terms")
    if len(out) > MAX_PHRASES:
        raise ValidationError(_("Một nhóm có tối đa 30 cụm từ."), "terms")
    return out


def list_synonym_groups() -> list[SynonymGroup]:
    """Every group, in id order."""
    return list(db.session.scalars(select(SynonymGroup).order_by(SynonymGroup.id)))


def find_synonym_groups(text: str = "") -> list[SynonymGroup]:
    """The groups, newest first (a group just added or accepted leads); with
    ``text``, those holding it in a phrase or the note, folded ("so do" finds
    "sổ đỏ")."""
    groups = list(db.session.scalars(select(SynonymGroup).order_by(SynonymGroup.id.desc())))
    wanted = folded_key(text)
    if not wanted:
        return groups
    return [g for g in groups
            if any(f" {wanted} " in f" {folded_key(t)} " for t in (*g.phrases, g.note))]


def add_synonym_group(phrases: list[str], note: str = "") -> SynonymGroup:
    """Create a group from its phrases (the first is the preferred form)."""
    group = SynonymGroup(terms="\n".join(_clean_phrases(phrases)), note=clean_line(note)[:500])
    db.session.add(group)
    db.session.flush()
    return group


def update_synonym_group(group_id: int, phrases: list[str], note: str | None = None
                         ) -> SynonymGroup:
    """Replace a group's phrases (and note)."""
    group = db.session.get(SynonymGroup, group_id)
    if group is None:
        raise NotFound(_("Không tìm thấy nhóm từ đồng nghĩa."))
    group.terms = "\n".join(_clean_phrases(phrases))
    if note is not None:
        group.note = clean_line(note)[:500]
    db.session.flush()
    return group


def delete_synonym_group(group_id: int) -> None:
    """Remove a group."""
    group = db.session.get(SynonymGroup, group_id)
    if group is None:
        raise NotFound(_("Không tìm thấy nhóm từ đồng nghĩa."))
    db.session.delete(group)
    db.session.flush()


def lexicon_groups(groups: list[tuple[str, tuple[str, ...]]] | None = None
                   ) -> list[tuple[str, list[str]]]:
    """The citizens' lexicon (or one round of it) as stored: (note naming its
    source, cleaned phrases)."""
    return [(f"lexicon: {source}"[:500], _clean_phrases(list(phrases)))
            for source, phrases in (LEXICON if groups is None else groups)]


def seed_synonym_groups() -> int:
    """Add the seed groups and the lexicon groups that are not in the table yet
    (seed groups by first phrase, lexicon groups by their phrases); returns how
    many were added."""
    groups = list_synonym_groups()
    existing = {folded_key(g.phrases[0]) for g in groups if g.phrases}
    terms = {g.terms for g in groups}
    seeds, lexicon = _seed_rows()
    new: list[SynonymGroup] = []
    for first, group_terms in seeds:
        if first not in existing:
            new.append(SynonymGroup(terms=group_terms, note=""))
            existing.add(first)
    for group_terms, note in lexicon:
        if group_terms not in terms:
            # one flush for all: every test's clean-up seeds the table again
            new.append(SynonymGroup(terms=group_terms, note=note))
            terms.add(group_terms)
    db.session.add_all(new)
    db.session.flush()
    return len(new)


@functools.cache
def _seed_rows() -> tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]:
    """The seed groups as (folded first phrase, terms) and the lexicon's as (terms,
    note): constant data, cleaned once a process (each test's clean-up seeds again)."""
    seeds = tuple((folded_key(group[0]), "\n".join(_clean_phrases(list(group))))
                  for group in SEED_GROUPS)
    lexicon = tuple(("\n".join(phrases), note) for note, phrases in lexicon_groups())
    return seeds, lexicon
