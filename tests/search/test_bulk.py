"""Fast index builds (portal/search/bulk.py) write what Whoosh's own writer writes."""
from __future__ import annotations

import pickle

import pytest
from whoosh import index as whoosh_index

from portal.catalogue.models import Status, Step
from portal.search import bulk
from portal.search.index import make_schema, write_checkpoint
from tests.factories import make_procedure

from .conftest import codes, commit, find

BODY = ("Bước 1: Người yêu cầu đăng ký khai sinh nộp tờ khai theo mẫu.\n"
        "Bước 2: Công chức tư pháp - hộ tịch kiểm tra; đăng ký ngay trong ngày.")


def documents() -> list[dict]:
    """Documents like a procedure's, with repeated names and bodies (a province's copy
    repeats the national text), one written in NFD and empty fields."""
    names = ["Đăng ký khai sinh", "Cấp lại giấy phép lái xe", "Đăng ký khai sinh",
             "Thủ tục đăng ký kết hôn có yếu tố nước ngoài", "Đăng ký khai sinh lưu động",
             "Cấp đổi thẻ Căn cước công dân", "Đăng ký thường trú thường trú"]
    out = []
    for n in range(40):
        name = names[n % len(names)] + ("" if n < 7 else f" tại tỉnh số {n % 5}")
        out.append({
            "id": str(n + 1), "kind": "p", "code": f"1.{n:06d}", "code_base": f"1.{n:06d}",
            "name": name, "summary": BODY[:50], "level": str(1 + n % 4),
            "field": str(n % 3) if n % 6 else "", "agency": ",".join(str(a) for a in range(n % 3)),
            "tier": "province,commune" if n % 2 else "commune",
            "applicant": "citizen", "t_exact": name, "t_fold": name, "t_bi": name,
            "t_key": name.lower(), "t_head": "dang ky,dang ky khai",
            "m_fold": f"Hộ tịch\nSở Tư pháp tỉnh số {n % 4}" + " (hộ tịch)" * (n % 3),
            "b_fold": BODY if n % 3 else BODY.replace("ký", "ky\u0301") + " hồ sơ " * (n % 4),
        })
    return out


def contents(path, blocks: bool = True) -> dict:
    """Every posting (id, weight, value), field length, stored field and column value."""
    ix = whoosh_index.open_dir(str(path))
    with ix.searcher() as searcher:
        reader = searcher.reader()
        postings = {(f, t): walk(reader.postings(f, t), blocks) for f, t in reader.all_terms()}
        count = reader.doc_count_all() - 1      # not the checkpoint, which comes last
        lengths = {f: [reader.doc_field_length(d, f) for d in range(count)]
                   for f in ix.schema.scorable_names()}
        columns = {f: list(reader.column_reader(f))[:count]
                   for f in ix.schema.names() if ix.schema[f].column_type}
        return {"postings": postings, "lengths": lengths,
                "columns": columns, "stored": list(reader.all_stored_fields()),
                "totals": {f: reader.field_length(f) for f in ix.schema.scorable_names()}}


def walk(matcher, blocks: bool) -> list[tuple]:
    """A term's postings, with their blocks' length and weight bounds if ``blocks``."""
    out = []
    while matcher.is_active():
        out.append((matcher.id(), matcher.weight(), matcher.value()) + (
            (matcher.block_min_length(), matcher.block_max_length(), matcher.block_max_weight())
            if blocks else ()))
        matcher.next()
    return out


def new_index(tmp_path, name):
    folder = tmp_path / name
    folder.mkdir()
    whoosh_index.create_in(str(folder), make_schema())
    return folder


def checkpoint(writer):
    write_checkpoint(writer, 7, "sig")


def test_a_fresh_segment_holds_what_whooshs_own_writer_writes(tmp_path):
    docs = documents()
    plain = new_index(tmp_path, "whoosh")
    writer = whoosh_index.open_dir(str(plain)).writer()
    for doc in docs:
        writer.add_document(**doc)
    checkpoint(writer)
    writer.commit()
    fast = new_index(tmp_path, "fast")
    assert bulk.build(fast, finish=checkpoint, docs=lambda: docs) == len(docs)
    assert contents(fast) == contents(plain)


def test_parts_built_in_other_processes_keep_the_document_order(tmp_path):
    docs = documents()
    one = new_index(tmp_path, "one")
    bulk.build(one, finish=checkpoint, docs=lambda: docs)
    many = new_index(tmp_path, "many")
    parts = bulk.write_parts(docs, tmp_path, procs=2, max_docs=15)
    assert len(parts) == 3
    assert bulk.build(many, finish=checkpoint, parts=parts, procs=2) == len(docs)
    with whoosh_index.open_dir(str(many)).searcher() as searcher:
        assert len(searcher.reader().leaf_readers()) == 4     # three parts, the checkpoint
    # (blocks are per segment)
    got, want = contents(many, blocks=False), contents(one, blocks=False)
    # a segment without text (the checkpoint's) answers 0 for a length, not None
    assert {k: v for k, v in got.items() if k != "stored"} == \
        {k: v for k, v in want.items() if k != "stored"}
    assert got["stored"][:-1] == want["stored"][:-1]


def test_a_failed_part_commits_nothing_and_frees_the_index(tmp_path):
    folder = new_index(tmp_path, "ix")
    good = tmp_path / "good.pickle"
    good.write_bytes(pickle.dumps(documents()[0]))
    with pytest.raises(FileNotFoundError):
        bulk.build(folder, finish=checkpoint, procs=2,
                   parts=[("docs", str(good)), ("docs", str(tmp_path / "missing"))])
    ix = whoosh_index.open_dir(str(folder))
    assert ix.doc_count_all() == 0
    ix.writer(timeout=0).cancel()      # the lock was released


def test_a_large_catalogue_is_rebuilt_in_parts_that_rank_as_one(backend, monkeypatch):
    for n in range(12):
        proc = make_procedure(f"Đăng ký khai sinh cho trẻ em số {n}" if n % 2
                              else "Đăng ký khai sinh")
        proc.steps.append(Step(position=1, text=f"Nộp tờ khai khai sinh, hồ sơ {n}"))
    make_procedure("Đăng ký khai sinh", status=Status.DRAFT)
    commit()
    backend.sync.rebuild()
    one = codes(find("khai sinh", per_page=20))
    monkeypatch.setattr(bulk, "CHILD_MIN", 10)
    assert backend.sync.rebuild() == 12         # one worker process, one part (below PARALLEL_MIN)
    leaves = backend.store.searcher().reader().leaf_readers()
    assert [r.doc_count_all() for r, _ in leaves][:2] == [12, 1]
    assert codes(find("khai sinh", per_page=20)) == one
    monkeypatch.setattr(bulk, "PARALLEL_MIN", 10)
    monkeypatch.setattr(bulk, "SEGMENT_DOCS", 5)
    backend.sync.build_procs = 2
    assert backend.sync.rebuild() == 12
    leaves = backend.store.searcher().reader().leaf_readers()
    # three parts, then the checkpoint (PostgreSQL: the catch-up after the build may
    # store a newer one in a segment of its own)
    assert [r.doc_count_all() for r, _ in leaves][:4] == [4, 4, 4, 1]
    ids = [int(f["id"]) for f in backend.store.searcher().all_stored_fields() if f["id"].isdigit()]
    assert ids == sorted(ids)           # document numbers follow procedure ids, as in one part
    assert codes(find("khai sinh", per_page=20)) == one
    assert not list(backend.store.root.glob("build-*"))
