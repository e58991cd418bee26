"""The SQL search backend: the permanent fallback when the Whoosh index is unavailable.

It reads a compact snapshot of the published catalogue (names and facet
memberships) from SQL and answers in Python: folded syllable matching over
names, exact-diacritic matches ranked first, filters, facet counts, pagination,
escaped highlights and a simple "did you mean". The snapshot is rebuilt when a
cheap fingerprint query shows that the catalogue changed, so no schema change
(no folded column, no database extension) is needed on SQLite or PostgreSQL.
"""
from __future__ import annotations

import bisect
import difflib
import re
import threading
from dataclasses import dataclass, field

from markupsafe import Markup, escape
from sqlalchemy import func, select

from ..catalogue.models import (
    Agency, AgencyRole, Field, Procedure, ProcedureAgency, ProcedureApplicant, ProcedureTier,
    Status,
)
from ..collation import vi_key
from ..extensions import db
from ..vntext import clean_line, fold, has_diacritics, nfc
from .codes import code_in_query, codes_of_number
from .base import FACETS, MAX_PER_PAGE, MAX_QUERY_CHARS, FacetValue, SearchHit, SearchQuery, \
    SearchResult

_WORD = re.compile(r"\w+")


@dataclass
class _Doc:
    code: str
    name: str
    level: int
    lower: str                       # NFC lower case, for exact-diacritic matches
    folded: str                      # fold(name), same length as name
    words: frozenset[str]            # folded syllables
    exact_words: frozenset[str]      # NFC lower syllables
    facets: dict[str, tuple[str, ...]] = field(default_factory=dict)
    index: int = 0                   # position in the snapshot (name order)


@dataclass
class _Snapshot:
    docs: list[_Doc]
    by_code: dict[str, _Doc]
    labels: dict[str, dict[str, str]]
    vocabulary: list[str]
    # facet -> value -> indexes of the documents that carry it
    postings: dict[str, dict[str, frozenset[int]]] = field(default_factory=dict)
    # folded syllable -> indexes of the documents whose name has it
    words: dict[str, frozenset[int]] = field(default_factory=dict)


_cache: dict[str, tuple[tuple, _Snapshot]] = {}
_lock = threading.Lock()


def _fingerprint() -> tuple:
    """Cheap figures that change whenever anything the snapshot holds changes."""
    counts = [select(func.count()).select_from(model).scalar_subquery()
              for model in (ProcedureAgency, ProcedureTier, ProcedureApplicant, Agency, Field)]
    row = db.session.execute(
        select(func.count(), func.max(Procedure.updated_at), func.sum(Procedure.version),
               func.max(Procedure.id)).select_from(Procedure).add_columns(*counts)).one()
    return tuple(str(v) for v in row)


def _memberships(model, column, key: str, into: dict[int, dict[str, list[str]]],
                 where=None) -> None:
    stmt = select(model.procedure_id, column)
    if where is not None:
        stmt = stmt.where(where)
    for pid, value in db.session.execute(stmt):
        if pid in into:
            into[pid].setdefault(key, []).append(getattr(value, "value", str(value)))


def _load_snapshot() -> _Snapshot:
    rows = db.session.execute(
        select(Procedure.id, Procedure.code, Procedure.name, Procedure.level, Procedure.field_id)
        .where(Procedure.status == Status.PUBLISHED).order_by(Procedure.name)).all()
    members: dict[int, dict[str, list[str]]] = {r.id: {} for r in rows}
    _memberships(ProcedureAgency, ProcedureAgency.agency_id, "agency", members,
                 ProcedureAgency.role == AgencyRole.EXECUTING)
    _memberships(ProcedureTier, ProcedureTier.tier, "tier", members)
    _memberships(ProcedureApplicant, ProcedureApplicant.applicant, "applicant", members)
    docs, vocab = [], set()
    for r in rows:
        name = nfc(r.name)
        folded = _fold_aligned(name)
        words = frozenset(_WORD.findall(folded))
        vocab |= words
        facets = {k: tuple(dict.fromkeys(v)) for k, v in members[r.id].items()}
        facets["level"] = (str(r.level),)
        if r.field_id is not None:
            facets["field"] = (str(r.field_id),)
        docs.append(_Doc(r.code, name, r.level, name.lower(), folded, words,
                         frozenset(_WORD.findall(name.lower())), facets, len(docs)))
    labels = {
        "agency": {str(i): n for i, n in db.session.execute(select(Agency.id, Agency.name))},
        "field": {str(i): n for i, n in db.session.execute(select(Field.id, Field.name))},
    }
    postings = {facet: _postings((doc.index, doc.facets.get(facet, ())) for doc in docs)
                for facet in FACETS}
    return _Snapshot(docs, {d.code.lower(): d for d in docs}, labels, sorted(vocab), postings,
                     _postings((doc.index, doc.words) for doc in docs))


def _postings(pairs) -> dict[str, frozenset[int]]:
    """value -> indexes of the documents carrying it, from (index, values) pairs."""
    out: dict[str, set[int]] = {}
    for index, values in pairs:
        for value in values:
            out.setdefault(value, set()).add(index)
    return {value: frozenset(ix) for value, ix in out.items()}


def _fold_aligned(text: str) -> str:
    """fold() character by character, so offsets in the result match ``text``."""
    out = []
    for ch in text:
        f = fold(ch)
        out.append(f if len(f) == 1 else ch.lower()[:1] or " ")
    return "".join(out)


def _snapshot() -> _Snapshot:
    key = str(db.engine.url)
    fp = _fingerprint()
    with _lock:
        cached = _cache.get(key)
        if cached and cached[0] == fp:
            return cached[1]
    snap = _load_snapshot()
    with _lock:
        _cache[key] = (fp, snap)
    return snap


def _terms(text: str) -> tuple[list[str], list[str]]:
    """Folded syllables, and the exact ones when the query carries diacritics (else none:
    a query typed without marks is folded throughout)."""
    lowered = nfc(text).lower()
    exact = _WORD.findall(lowered) if has_diacritics(lowered) else []
    return _WORD.findall(fold(lowered)), exact


def _candidates(snap: _Snapshot, folded_terms: list[str]) -> set[int]:
    """Documents having every term as a syllable, the last term possibly as a prefix."""
    *whole, last = folded_terms
    start = bisect.bisect_left(snap.vocabulary, last)
    prefixed: set[int] = set()
    for word in snap.vocabulary[start:]:
        if not word.startswith(last):
            break
        prefixed |= snap.words[word]
    for term in whole:
        prefixed &= snap.words.get(term, frozenset())
    return prefixed


def _score(doc: _Doc, folded_terms: list[str], exact_terms: list[str], phrase: str) -> float:
    """Relevance: every folded term must be a syllable of the name (the last may be a prefix)."""
    score = 0.0
    for i, term in enumerate(folded_terms):
        if term in doc.words:
            score += 1.0
        elif i == len(folded_terms) - 1 and any(w.startswith(term) for w in doc.words):
            score += 0.5
        else:
            return 0.0
    score += 0.5 * sum(1 for t in exact_terms if t in doc.exact_words)
    if phrase and phrase in doc.folded:
        score += 2.0 + (1.0 if doc.folded.startswith(phrase) else 0.0)
    return score - len(doc.name) / 1000.0


def _highlight(doc: _Doc, folded_terms: list[str]) -> Markup:
    """The escaped name with <mark> around every syllable that matched a term."""
    marks = []
    for m in _WORD.finditer(doc.folded):
        word = m.group()
        if any(word == t or word.startswith(t) and t == folded_terms[-1] for t in folded_terms):
            marks.append((m.start(), m.end()))
    out, pos = [], 0
    for start, end in marks:
        out.append(escape(doc.name[pos:start]))
        out.append(Markup("<mark>") + escape(doc.name[start:end]) + Markup("</mark>"))
        pos = end
    out.append(escape(doc.name[pos:]))
    return Markup("").join(out)


def _allowed(snap: _Snapshot, filters: dict[str, tuple[str, ...]], base: set[int] | None,
             skip: str | None = None) -> set[int] | None:
    """Indexes of the documents in ``base`` passing every filter but ``skip`` (None: all)."""
    result = base
    for name, values in filters.items():
        if name == skip:
            continue
        postings = snap.postings.get(name, {})
        union = set().union(*(postings.get(v, ()) for v in values))
        result = union if result is None else result & union
    return result


def _facet_counts(snap: _Snapshot, filters, base: set[int] | None) -> dict[str, list[FacetValue]]:
    """Counts per facet value; a facet's own filter is left out so values can be combined."""
    out: dict[str, list[FacetValue]] = {}
    for facet in FACETS:
        allowed = _allowed(snap, filters, base, skip=facet)
        names = snap.labels.get(facet, {})
        values = []
        for value, posting in snap.postings.get(facet, {}).items():
            n = len(posting) if allowed is None else len(allowed.intersection(posting))
            if n:
                values.append(FacetValue(value, names.get(value, value), n))
        values.sort(key=lambda fv: (fv.value if facet == "level" else "", -fv.count,
                                    vi_key(str(fv.label))))
        out[facet] = values
    return out


class SqlSearchBackend:
    """Search over a snapshot of the published catalogue read from SQL."""

    def search(self, query: SearchQuery) -> SearchResult:
        """Matching published procedures, ranked, filtered, counted and paginated."""
        text = clean_line(query.text)
        truncated = len(text) > MAX_QUERY_CHARS
        text = text[:MAX_QUERY_CHARS]
        page, per_page = max(1, query.page), max(1, min(query.per_page, MAX_PER_PAGE))
        snap = _snapshot()
        code = code_in_query(text)
        by_code = [snap.by_code[c.lower()] for c in ([code] if code else codes_of_number(text))
                   if c.lower() in snap.by_code]
        exact = by_code[0] if len(by_code) == 1 else None
        if by_code:
            text = ""
        folded_terms, exact_terms = _terms(text)
        matched = self._match(snap, folded_terms, exact_terms)
        if by_code:
            matched = [(1.0, doc) for doc in by_code]
        suggestion = None
        if folded_terms and not matched:
            suggestion = self._did_you_mean(snap, folded_terms)
        filters = {k: tuple(v) for k, v in query.filters.items() if v}
        base = {d.index for _, d in matched} if (folded_terms or by_code) else None
        facets = _facet_counts(snap, filters, base)
        allowed = _allowed(snap, filters, None)
        hits = matched if allowed is None else [sd for sd in matched if sd[1].index in allowed]
        start = (page - 1) * per_page
        page_hits = [
            SearchHit(d.code, d.name, d.level, str(_highlight(d, folded_terms))
                      if folded_terms else str(escape(d.name)), "", round(s, 4))
            for s, d in hits[start:start + per_page]]
        return SearchResult(page_hits, len(hits), page, per_page, facets, suggestion,
                            truncated, exact.code if exact is not None else None)

    @staticmethod
    def _match(snap: _Snapshot, folded_terms, exact_terms) -> list[tuple[float, _Doc]]:
        if not folded_terms:
            return [(0.0, d) for d in snap.docs]  # browsing: the snapshot is in name order
        phrase = " ".join(folded_terms)
        scored = [(_score(snap.docs[i], folded_terms, exact_terms, phrase), snap.docs[i])
                  for i in _candidates(snap, folded_terms)]
        scored = [(s, d) for s, d in scored if s > 0]
        scored.sort(key=lambda sd: (-sd[0], sd[1].name))
        return scored

    def _did_you_mean(self, snap: _Snapshot, folded_terms: list[str]) -> str | None:
        """Replace unknown syllables with the closest known ones, if that finds something."""
        fixed = []
        for term in folded_terms:
            if term in snap.words or len(term) < 3:
                fixed.append(term)
                continue
            close = difflib.get_close_matches(term, snap.vocabulary, n=1, cutoff=0.75)
            fixed.append(close[0] if close else term)
        if fixed == folded_terms or not self._match(snap, fixed, []):
            return None
        return " ".join(fixed)

    def suggest(self, prefix: str, limit: int = 8) -> list[str]:
        """Published names whose folded form contains the folded prefix, phrase starts first."""
        folded_terms, _ = _terms(clean_line(prefix)[:MAX_QUERY_CHARS])
        if not folded_terms:
            return []
        snap = _snapshot()
        phrase = " ".join(folded_terms)
        scored = self._match(snap, folded_terms, [])
        starts = [d.name for _, d in scored if d.folded.startswith(phrase)]
        rest = [d.name for _, d in scored if not d.folded.startswith(phrase)]
        return list(dict.fromkeys(starts + rest))[:max(0, limit)]
