"""Per-segment caches: the same answers as the index, and memory that follows it."""
from portal.search import segments
from portal.search.docsets import live_docs, term_docs
from portal.search.facets import facet_arrays
from tests.factories import make_procedure

from .conftest import commit, find


def test_segment_caches_give_the_index_answers_and_drop_merged_segments(backend):
    for n in range(15):     # each commit writes a segment; Whoosh merges small ones
        proc = make_procedure(f"Đăng ký việc số {n}", level=1 + n % 4)
        commit()
        assert find(f"viec so {n}").hits[0].code == proc.code
        if n % 3 == 0:
            proc.name = f"Khai báo việc số {n}"
            commit()
    assert find("khai bao viec so 9").hits[0].name == "Khai báo việc số 9"
    searcher = backend.store.searcher()
    reader = searcher.reader()
    assert live_docs(searcher) == frozenset(reader.all_doc_ids())
    for text in ("dang", "viec", "khai", "9"):
        expected = frozenset(reader.postings("t_fold", text).all_ids()) & live_docs(searcher)
        assert term_docs(searcher, "t_fold", text) == expected
    assert facet_arrays(searcher)["level"] == [
        (v,) if v else () for v in reader.column_reader("level")]
    cached = segments._indexes[segments._index_key(searcher)]
    assert set(cached) == {segments._key(r) for r, _ in reader.leaf_readers()}
