"""Matching document sets computed with Python sets over cached postings.

Whoosh's matchers walk every posting of every alternative in pure Python; for
deciding WHICH documents match (plans, typo checks, facets) set operations on
cached posting sets are an order of magnitude faster. Scoring still uses
Whoosh, on the few documents that are shown.
"""
from __future__ import annotations

from whoosh.query import And, AndMaybe, ConstantScoreQuery, DisjunctionMax, NullQuery, Or, Term

from .segments import leaves

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
        live: set[int] = set()
        for reader, offset, _ in leaves(searcher):
            live.update(range(offset, offset + reader.doc_count_all()))
            if reader.has_deletions():
                live.difference_update(d + offset for d in reader.deleted_docs_set)
        cache["__live__"] = frozenset(live)
    return cache["__live__"]


def term_docs(searcher, field: str, text: str) -> frozenset[int]:
    """Documents holding ``text`` in ``field`` (deleted ones excluded)."""
    cache = _cache(searcher)
    key = (field, text)
    docs = cache.get(key)
    if docs is None:
        parts = [_segment_docs(reader, offset, seg_cache, key)
                 for reader, offset, seg_cache in leaves(searcher)]
        parts = [p for p in parts if p]
        docs = parts[0] if len(parts) == 1 else frozenset().union(*parts)
        if docs and searcher.reader().has_deletions():
            docs &= live_docs(searcher)
        if len(cache) > MAX_CACHED_TERMS:
            cache.clear()
        cache[key] = docs
    return docs


def _segment_docs(reader, offset: int, cache: dict, key: tuple[str, str]) -> frozenset[int]:
    """A segment's postings for ``key`` (deleted ones included), shifted by ``offset``;
    cached with the segment, which never changes."""
    docs = cache.get(key)
    if docs is None:
        docs = frozenset(reader.postings(*key).all_ids()) if key in reader else frozenset()
        if len(cache) > MAX_CACHED_TERMS:
            cache.clear()   # the segment's facet columns are read again: cheap
        cache[key] = docs
    return frozenset(d + offset for d in docs) if offset and docs else docs


def matching(searcher, q) -> set[int] | frozenset[int]:
    """Documents matching a query made of Term/And/Or/DisjunctionMax/AndMaybe."""
    if isinstance(q, Term):
        return term_docs(searcher, q.fieldname, q.text)
    if isinstance(q, And):
        result = None
        for sub in sorted(q.subqueries, key=lambda s: isinstance(s, Term)
                          and -1 or 0):
            docs = matching(searcher, sub)
            # no copy of the first set (a common word's can be most of the catalogue)
            result = docs if result is None else result & docs
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
