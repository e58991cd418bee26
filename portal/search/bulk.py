"""Building a fresh index fast: postings kept per term, parts built in parallel.

Profiled at 20,000 documents (bench/search_speed.py --synthetic, cProfile on
the CPU clock), Whoosh's own writer spent about 60% of a build after the
documents were analysed: each of ~260 postings per document was pickled to a
sorted run file, read back through a heap merge, and then had its field
length looked up in the segment's length column (a file seek and a ``stat``
per posting). For a fresh segment none of that is needed:

* ``TermPool`` keeps each term's postings in arrays, in document order (a
  document is added whole, so they arrive sorted) and hands them back sorted
  by field and term: the order Whoosh's run files produced, with no files.
* ``FreshSegmentWriter`` reads each field's length column once per segment.

The segment written is the same as Whoosh's writer writes (tests/search/
test_bulk.py compares every posting, length and stored field).

``build`` splits a large catalogue into contiguous ranges of procedure ids,
one per process, each written as its own segment; the segments are listed in
id order, so document numbers (which break ranking ties) are the same as in a
one-process build. There is no final merge: merging re-writes every posting,
the cost the split saves, and searches over a few segments cost about the same
(20,000 synthetic procedures, public queries, CPU clock: p95 12.8 ms in one
segment, 13.2 ms in three). Workers are started with ``spawn``: the caller is
a thread of a web worker (the follower), which must not be forked; they exit
when the build ends, so the worker does not keep the build's memory.
"""
from __future__ import annotations

import math
import os
import pickle
from array import array
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.writing import SegmentWriter

PARALLEL_MIN = 20_000   # below this a second process costs more than it saves
CHILD_MIN = 1_000       # from here even a one-process build runs in a process of its own:
                        # the caller (the follower, in a web worker) keeps none of its memory
SEGMENT_DOCS = 80_000   # the most documents a part (a segment, built in memory) holds
ANALYSED_VALUES = 4096  # field values whose analysis a writer keeps, per field
ANALYSED_MIN_CHARS = 40  # shorter values are analysed again (cheap, rarely repeated)


class TermPool:
    """Postings of a fresh segment, per field and term, in memory.

    Replaces Whoosh's ``PostingPool`` (its ``iter_postings``): about 20 bytes
    a posting instead of a Python tuple each, no run files."""

    def __init__(self):
        self.fieldnames: set[str] = set()
        self._fields: dict[str, dict[bytes, tuple]] = {}
        self._values: dict[bytes, bytes] = {}
        self._doc = -1

    def add_terms(self, fieldname: str, docnum: int, items) -> None:
        """One field of one document: (term bytes, frequency, weight, value) items."""
        if docnum < self._doc:
            raise ValueError("TermPool takes documents in document order")
        self._doc = docnum
        terms = self._fields.get(fieldname)
        if terms is None:
            terms = self._fields[fieldname] = {}
            self.fieldnames.add(fieldname)
        values = self._values
        for tbytes, _, weight, vbytes in items:
            post = terms.get(tbytes)
            if post is None:
                post = terms[tbytes] = (array("q"), array("d"), [])
            post[0].append(docnum)
            post[1].append(weight)
            post[2].append(values.setdefault(vbytes, vbytes))

    def iter_postings(self):
        """(field, term, docnum, weight, value), sorted as Whoosh's pool sorts them."""
        for fieldname in sorted(self._fields):
            terms = self._fields[fieldname]
            for tbytes in sorted(terms):
                docs, weights, values = terms[tbytes]
                for i, docnum in enumerate(docs):
                    yield fieldname, tbytes, docnum, weights[i], values[i]

    def cleanup(self) -> None:
        self._fields, self._values = {}, {}


class _Lengths:
    """Field lengths of a segment read once per field (Whoosh reads the column
    file for every posting)."""

    def __init__(self, pdr, fieldnames: Iterable[str]):
        count = pdr.doc_count_all()
        zeros = [0] * count
        self._table = {}
        for name in fieldnames:
            if pdr.has_column(f"_{name}_len"):
                self._table[name] = [pdr.doc_field_length(d, name) for d in range(count)]
            else:
                self._table[name] = zeros   # what Whoosh answers without a column

    def doc_field_length(self, docnum: int, fieldname: str, default: int = 0):
        return self._table[fieldname][docnum]


class FreshSegmentWriter(SegmentWriter):
    """A ``SegmentWriter`` for a new segment of documents only (no merges, no
    deletions, no boosts, vectors or spelling fields): postings in a
    ``TermPool``, lengths read once, analysis of a repeated value reused."""

    def __init__(self, ix, **kwargs):
        super().__init__(ix, **kwargs)
        if any(field.separate_spelling() or field.vector for _, field in self.schema.items()):
            raise ValueError("FreshSegmentWriter writes no spelling fields or vectors")
        self.pool = TermPool()
        self._analysed: dict[str, dict[str, tuple]] = {}

    def add_document(self, **fields) -> None:
        """Whoosh's ``add_document`` for what this writer supports, field values'
        analysis cached: a province's copy of a national procedure repeats its
        body text word for word."""
        self._check_state()
        names = sorted(fields)
        self._check_fields(self.schema, names)
        if any(name.startswith("_") for name in names):
            raise ValueError("FreshSegmentWriter takes no boosts or custom stored values")
        pdw, docnum = self.perdocwriter, self.docnum
        pdw.start_doc(docnum)
        try:
            for name in names:
                value = fields[name]
                if value is None:
                    continue
                field = self.schema[name]
                length = 0
                if field.indexed:
                    items, freqs = self._analyse(name, field, value)
                    self.pool.add_terms(name, docnum, items)
                    if field.scorable:
                        length = freqs
                pdw.add_field(name, field, value if field.stored else None, length)
                if field.column_type:
                    pdw.add_column_value(name, field.column_type, field.to_column_value(value))
        except Exception:
            pdw.cancel_doc()
            raise
        pdw.finish_doc()
        self._added = True
        self.docnum += 1

    def _analyse(self, name: str, field, value) -> tuple[list, int]:
        cache = self._analysed.setdefault(name, {})
        hit = cache.get(value) if isinstance(value, str) else None
        if hit is None:
            items = list(field.index(value))
            hit = (items, sum(item[1] for item in items))
            if isinstance(value, str) and len(value) >= ANALYSED_MIN_CHARS:
                if len(cache) >= ANALYSED_VALUES:
                    cache.clear()
                cache[value] = hit
        return hit

    def _flush_segment(self):
        self.perdocwriter.close()
        pdr = self.per_document_reader() if self.codec.length_stats else None
        lengths = _Lengths(pdr, self.pool.fieldnames) if pdr else None
        try:
            self.fieldwriter.add_postings(self.schema, lengths, self.pool.iter_postings())
            self.fieldwriter.close()
        finally:
            if pdr:
                pdr.close()

    def commit_with(self, segments: list) -> None:
        """Commit this writer's own documents after ``segments`` written by others."""
        final = list(segments)
        if self._added:
            final.append(self._finalize_segment())
        else:
            self._close_segment()
        self._commit_toc(final)
        self._finish()


def build(path: str | os.PathLike, *, finish: Callable,
          docs: Callable[[], Iterable[dict]] | None = None,
          parts: list | None = None, procs: int = 1) -> int:
    """Fill the empty index at ``path``; returns the number of documents added.

    Either ``docs()`` yields every document (in this process), or ``parts`` lists
    picklable part sources for ``read_part`` (``("docs", file)`` or ``("db",
    url, after_id, last_id)``), each built in one of ``procs`` worker processes
    as a segment of its own, in order. ``finish(writer)``
    adds what goes last (the checkpoint)."""
    ix = whoosh_index.open_dir(str(path))
    writer = FreshSegmentWriter(ix, limitmb=256)
    try:
        if parts is None:
            added = 0
            for doc in docs():
                writer.add_document(**doc)
                added += 1
            segments = []
        else:
            with ProcessPoolExecutor(max(1, procs), mp_context=get_context("spawn")) as pool:
                results = list(pool.map(build_part, [str(path)] * len(parts), parts))
            segments = [seg for seg, _ in results]
            added = sum(n for _, n in results)
        finish(writer)
        writer.commit_with(segments)
    except BaseException:
        writer.cancel()
        raise
    return added


def build_part(path: str, source) -> tuple[object, int]:
    """In a worker process: one segment of the index at ``path`` from ``source``."""
    ix = whoosh_index.open_dir(path)
    writer = FreshSegmentWriter(ix, _lk=False, limitmb=256)
    added = 0
    for doc in read_part(source):
        writer.add_document(**doc)
        added += 1
    return writer._finalize_segment(), added


def read_part(source) -> Iterable[dict]:
    """The documents of one part, in procedure-id order."""
    kind = source[0]
    if kind == "docs":
        with open(source[1], "rb") as handle:
            while True:
                try:
                    yield pickle.load(handle)
                except EOFError:
                    return
    elif kind == "db":
        from sqlalchemy import create_engine
        from sqlalchemy.orm import Session

        from .documents import iter_published, procedure_document
        _, url, after, last = source
        engine = create_engine(url)
        try:
            with Session(engine) as session:
                for proc in iter_published(session, after=after, last=last):
                    yield procedure_document(proc)
        finally:
            engine.dispose()
    else:
        raise ValueError(f"unknown part source {kind!r}")


def split(ids: list[int], procs: int, max_docs: int) -> list[tuple[int, int]]:
    """Contiguous (after_id, last_id] ranges of the sorted ``ids``: at least one per
    process, none above ``max_docs`` documents."""
    if not ids:
        return []
    n = max(procs, math.ceil(len(ids) / max_docs))
    size = math.ceil(len(ids) / n)
    out, after = [], ids[0] - 1
    for start in range(0, len(ids), size):
        last = ids[min(start + size, len(ids)) - 1]
        out.append((after, last))
        after = last
    return out


def write_parts(docs: list[dict], folder: Path, procs: int,
                max_docs: int) -> list[tuple[str, str]]:
    """Documents already in memory (benchmarks) as part files for ``build``."""
    n = max(procs, math.ceil(len(docs) / max_docs))
    size = math.ceil(len(docs) / n)
    parts = []
    for k, start in enumerate(range(0, len(docs), size)):
        name = folder / f"part-{k:03d}.pickle"
        with open(name, "wb") as handle:
            for doc in docs[start:start + size]:
                pickle.dump(doc, handle, pickle.HIGHEST_PROTOCOL)
        parts.append(("docs", str(name)))
    return parts
