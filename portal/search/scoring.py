"""BM25F scores for the candidate documents only, computed with set operations.

Whoosh's matchers score by walking every posting of every clause in pure
Python (``xe``, ``cấp``, ``giấy`` are in thousands of names at national
scale). The candidates are already known (``docsets``), so each clause is
scored over ``candidates ∩ postings`` instead: the intersection runs in C and
Python only touches documents that can be shown.

Names and body text are indexed with each word once (tf = 1), so BM25F
reduces to idf x field-length norm x boost.
"""
from __future__ import annotations

import heapq
from array import array
import re

from whoosh.query import And, AndMaybe, ConstantScoreQuery, DisjunctionMax, NullQuery, Or, Term

from .docsets import matching, term_docs

K1 = 1.2
# How much of a name the request covers, for the best few: among names that
# all hold the request, the one that says little else is the general
# procedure ("Đăng ký việc nuôi con nuôi trong nước" before "Đăng ký lại
# việc …"). Remarks in brackets ("(thực hiện tại cấp tỉnh)", "(áp dụng cho
# cả trường hợp …)") do not make a name less about its subject.
W_COVER = 80.0
RERANK_DEPTH = 30
_REMARK = re.compile(r"\([^()]*\)")
FIELD_B = {"t_fold": 0.1, "t_exact": 0.1, "t_bi": 0.1, "m_fold": 0.75, "b_fold": 0.75}


class Scorer:
    """Scores query trees over a fixed candidate set."""

    def __init__(self, searcher, candidates: set[int]):
        self.searcher = searcher
        self.candidates = candidates
        self.reader = searcher.reader()

    def top(self, q, n: int) -> list[tuple[float, int]]:
        """The ``n`` best (score, docnum), best first (ties: lower docnum first)."""
        scores = self.scores(q)
        for doc in self.candidates:
            scores.setdefault(doc, 0.0)
        return heapq.nsmallest(n, ((-s, d) for d, s in scores.items()))

    def scores(self, q) -> dict[int, float]:
        if isinstance(q, Term):
            return self._term(q)
        if isinstance(q, And):
            parts = [self.scores(sub) for sub in q.subqueries]
            keys = set(parts[0]).intersection(*parts[1:]) if parts else set()
            return {d: q.boost * sum(p[d] for p in parts) for d in keys}
        if isinstance(q, (Or, DisjunctionMax)):
            combine = max if isinstance(q, DisjunctionMax) else _add
            out: dict[int, float] = {}
            for sub in q.subqueries:
                for d, s in self.scores(sub).items():
                    out[d] = combine(out[d], s) if d in out else s
            return _scaled(out, q.boost)
        if isinstance(q, AndMaybe):
            base = self.scores(q.a)
            extra = self.scores(q.b)
            return _scaled({d: s + extra.get(d, 0.0) for d, s in base.items()},
                           getattr(q, "boost", 1.0))
        if isinstance(q, ConstantScoreQuery):
            return {d: q.score for d in self.candidates.intersection(
                matching(self.searcher, q.child))}
        if q is NullQuery:
            return {}
        raise TypeError(f"cannot score {q!r}")

    def _term(self, q: Term) -> dict[int, float]:
        docs = self.candidates.intersection(term_docs(self.searcher, q.fieldname, q.text))
        if not docs:
            return {}
        weight = q.boost * self.searcher.idf(q.fieldname, q.text)
        b = FIELD_B.get(q.fieldname)
        if b is None:            # ID/keyword fields: presence only
            return dict.fromkeys(docs, weight)
        norms = _norms(self.searcher, q.fieldname, b)
        out = {}
        for d in docs:
            factor = norms[d]
            if factor < 0:
                factor = norms[d] = _norm(self.searcher, q.fieldname, b, d)
            out[d] = weight * factor
        return out


def _norms(searcher, field: str, b: float) -> array:
    """Per-document BM25 length factors of ``field``, filled as documents are
    scored and kept with the searcher (asking Whoosh for a field length costs
    ~10 µs; a broad query scores tens of thousands)."""
    cache = getattr(searcher, "_portal_norms", None)
    if cache is None:
        cache = searcher._portal_norms = {}
    norms = cache.get(field)
    if norms is None:
        norms = cache[field] = array("d", [-1.0]) * searcher.reader().doc_count_all()
    return norms


def _norm(searcher, field: str, b: float, doc: int) -> float:
    # tf is 1 (each word indexed once), so BM25: (K1 + 1) / (1 + K1 * norm)
    avg = searcher.avg_field_length(field) or 1.0
    length = searcher.reader().doc_field_length(doc, field, 1)
    return (K1 + 1) / (1 + K1 * (1 - b + b * length / avg))


def _add(a: float, b: float) -> float:
    return a + b


def _scaled(scores: dict[int, float], boost: float) -> dict[int, float]:
    return scores if boost == 1.0 else {d: s * boost for d, s in scores.items()}


def name_core(name: str) -> set[str]:
    """The distinct folded words of a name outside brackets, without its "Thủ tục" opening."""
    from .documents import name_key
    core = _REMARK.sub(" ", name)
    return set(name_key(core).split()) or set(name_key(name).split())


def rerank_by_coverage(searcher, ranked: list[tuple[float, int]], terms: set[str]
                       ) -> list[tuple[float, int]]:
    """``ranked`` (-score, doc) re-ordered after adding W_COVER x the share of each
    name's core words that the request's words (``terms``, folded) cover."""
    out = []
    for neg, doc in ranked:
        core = name_core(searcher.stored_fields(doc).get("name") or "")
        cover = len(core & terms) / len(core) if core else 0.0
        out.append((neg - W_COVER * cover, doc))
    out.sort()
    return out
