"""Caches kept per index segment, so that a new searcher starts warm.

A Whoosh segment never changes once written (deletions are recorded beside
it), while a searcher is replaced whenever the index changes: after every
staff edit, every process's next search used to read all facet columns and
every posting list it needed again. Derived data cached per segment survives
that; only a new (small) segment is read. Deleted documents are filtered by
the caller with the searcher's live documents.

When a searcher is opened, the caches of that index's segments that it no
longer holds (merged away) are dropped, so memory follows the live index.
"""
from __future__ import annotations

import threading
from collections import OrderedDict

MAX_INDEXES = 8     # index directories remembered per process (tests open many)

_lock = threading.Lock()
_indexes: OrderedDict[object, dict[tuple, dict]] = OrderedDict()


def leaves(searcher) -> list[tuple[object, int, dict]]:
    """(segment reader, document number offset, that segment's cache) for a searcher."""
    cached = getattr(searcher, "_portal_leaves", None)
    if cached is None:
        pairs = list(searcher.reader().leaf_readers())
        keys = [_key(reader) for reader, _ in pairs]
        caches = _caches(_index_key(searcher), keys)
        cached = [(reader, offset, caches[key]) for (reader, offset), key in zip(pairs, keys)]
        searcher._portal_leaves = cached
    return cached


def _key(reader) -> tuple:
    segment = reader.segment()
    if segment is None:
        return ("reader", id(reader))
    return (segment.segment_id(), segment.doc_count_all())


def _index_key(searcher) -> object:
    ix = getattr(searcher, "_ix", None)
    folder = getattr(getattr(ix, "storage", None), "folder", None)
    return folder or id(searcher)


def _caches(index_key, keys: list[tuple]) -> dict[tuple, dict]:
    """This searcher's segment caches; the index's other segments are forgotten."""
    with _lock:
        old = _indexes.pop(index_key, {})
        current = {key: old.get(key) or {} for key in keys}
        _indexes[index_key] = current
        while len(_indexes) > MAX_INDEXES:
            _indexes.popitem(last=False)
        return current

