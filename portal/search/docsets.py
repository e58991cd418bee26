"""Matching document sets computed with Python sets over cached postings.

Whoosh's matchers walk every posting of every alternative in pure Python; for
deciding WHICH documents match (plans, typo checks, facets) set operations on
cached posting sets are an order of magnitude faster. Scoring still uses
Whoosh, on the few documents that are shown.
"""
from __future__ import annotations

from whoosh.query import And, AndMaybe, ConstantScoreQuery, DisjunctionMax, NullQuery, Or, Term

MAX_CACHED_TERMS = 4096


def _cache(searcher) -> dict:
    cache = getattr(searcher, "_portal_postings", None)
    if cache is None:
        cache = searcher._portal_postings = {}
    return cache


def live_docs(searcher) -> frozenset[int]:
    """Every document that is not deleted."""
    cache = _cache(searcher)
    if "__live__" not in cache:
        cache["__live__"] = frozenset(searcher.reader().all_doc_ids())
    return cache["__live__"]


def term_docs(searcher, field: str, text: str) -> frozenset[int]:
    """Documents holding ``text`` in ``field`` (deleted ones excluded)."""
    cache = _cache(searcher)
    key = (field, text)
    docs = cache.get(key)
    if docs is None:
        reader = searcher.reader()
        if (field, text) in reader:
            docs = frozenset(reader.postings(field, text).all_ids())
            if reader.has_deletions():
                docs &= live_docs(searcher)
        else:
            docs = frozenset()
        if len(cache) > MAX_CACHED_TERMS:
            cache.clear()
        cache[key] = docs
    return docs


def matching(searcher, q) -> set[int] | frozenset[int]:
    """Documents matching a query made of Term/And/Or/DisjunctionMax/AndMaybe."""
    if isinstance(q, Term):
        return term_docs(searcher, q.fieldname, q.text)
    if isinstance(q, And):
        result = None
        for sub in sorted(q.subqueries, key=lambda s: isinstance(s, Term)
                          and -1 or 0):
            docs = matching(searcher, sub)
            result = set(docs) if result is None else result & docs
            if not result:
                return set()
        return result or set()
    if isinstance(q, (Or, DisjunctionMax)):
        out: set[int] = set()
        for sub in q.subqueries:
            out |= matching(searcher, sub)
        return out
    if isinstance(q, AndMaybe):
        return matching(searcher, q.a)
    if isinstance(q, ConstantScoreQuery):
        return matching(searcher, q.child)
    if q is NullQuery:
        return set()
    return set(searcher.docs_for_query(q))
