"""Caches kept per index segment, so that a new searcher starts warm.

A Whoosh segment never changes once written (deletions are recorded beside
it), while a searcher is replaced whenever the index changes: after every
staff edit, every process's next search used to read all facet columns and
every posting list it needed again. Derived data cached per segment survives
that; only a new (small) segment is read. Deleted documents are filtered by
the caller with the searcher's live documents.

Segment ids are random names, unique across indexes; the least recently used
segments are dropped beyond MAX_SEGMENTS (merged-away segments age out).
"""
from __future__ import annotations

import threading
from collections import OrderedDict

MAX_SEGMENTS = 64

_lock = threading.Lock()
_segments: OrderedDict[tuple, dict] = OrderedDict()


def leaves(searcher) -> list[tuple[object, int, dict]]:
    """(segment reader, document number offset, that segment's cache) for a searcher."""
    cached = getattr(searcher, "_portal_leaves", None)
    if cached is None:
        cached = []
        for reader, offset in searcher.reader().leaf_readers():
            segment = reader.segment()
            key = (segment.segment_id(), segment.doc_count_all()) if segment is not None \
                else (id(reader), reader.doc_count_all())
            cached.append((reader, offset, _cache(key)))
        searcher._portal_leaves = cached
    return cached


def _cache(key: tuple) -> dict:
    with _lock:
        cache = _segments.get(key)
        if cache is None:
            cache = _segments[key] = {}
            while len(_segments) > MAX_SEGMENTS:
                _segments.popitem(last=False)
        else:
            _segments.move_to_end(key)
        return cache


def clear() -> None:
    """Forget every segment (tests, or to measure cold searches)."""
    with _lock:
        _segments.clear()
