"""The index follows the database: change log, after-commit, catch-up, rebuild."""
import threading

import pytest

from sqlalchemy import func, select
from whoosh.query import Term

from portal.catalogue.models import Status, Step
from portal.extensions import db
from portal.levels.models import LevelSource
from portal.levels.services import record_level_change
from portal.search.base import SearchQuery
from portal.search.index import IndexStore
from portal.search.models import SearchChange
from portal.search.whoosh_backend import WhooshSearchBackend
from tests.factories import make_procedure

from .conftest import codes, commit, find


def change_count() -> int:
    return db.session.scalar(select(func.count()).select_from(SearchChange))


def test_change_rows_are_written_in_the_same_transaction(backend):
    before = change_count()
    make_procedure("Đăng ký tạm vắng")
    db.session.rollback()
    assert change_count() == before
    proc = make_procedure("Đăng ký tạm vắng")
    rows = db.session.scalars(select(SearchChange).where(
        SearchChange.procedure_id == proc.id)).all()
    assert rows, "the change row is flushed with the procedure, before the commit"
    commit()
    assert change_count() == before + 1


def test_edits_are_searchable_right_after_commit(backend):
    find("")   # start-up done: from here on only after-commit applies changes
    proc = make_procedure("Đăng ký tạm vắng", "1.000010")
    commit()
    backend.sync.ensure_current = lambda: None     # prove the after-commit hook did it
    assert codes(find("tam vang")) == ["1.000010"]
    proc.name = "Khai báo tạm vắng"
    commit()
    assert find("khai bao tam vang").hits[0].name == "Khai báo tạm vắng"
    proc.steps.append(Step(position=1, text="Nộp tờ khai tại công an xã"))
    commit()
    assert codes(find("cong an xa tam vang")) == ["1.000010"]
    record_level_change(proc, 3, proc.created_at.date(), source=LevelSource.STAFF)
    commit()
    assert find("tam vang").hits[0].level == 3
    proc.status = Status.RESCINDED
    commit()
    assert codes(find("tam vang")) == []


def test_a_new_process_catches_up_after_a_crash_between_commit_and_indexing(backend):
    find("")
    backend.sync.apply_after_commit = False        # the process "dies" after COMMIT
    make_procedure("Đăng ký giám hộ", "1.000020")
    commit()
    assert backend.store.searcher().document(code="1.000020") is None
    restarted = WhooshSearchBackend(str(backend.store.root))
    assert [h.code for h in restarted.search(_q("giam ho")).hits] == ["1.000020"]


def _q(text):
    return SearchQuery(text=text)


def test_missing_or_broken_index_is_rebuilt_on_first_use(backend):
    make_procedure("Đăng ký giám hộ", "1.000020")
    commit()
    assert codes(find("giam ho")) == ["1.000020"]
    live = backend.store.root / backend.store.live_name()
    for toc in live.glob("_MAIN_*.toc"):
        toc.unlink()        # (garbage in a TOC makes Whoosh leak a file handle)
    restarted = WhooshSearchBackend(str(backend.store.root))
    assert [h.code for h in restarted.search(_q("giam ho")).hits] == ["1.000020"]


@pytest.mark.parametrize("how", ["in process", "flask search rebuild"])
def test_rebuild_swaps_while_searches_keep_answering(backend, app_ctx, runner, how):
    for n in range(30):
        make_procedure(f"Đăng ký khai sinh số {n}")
    make_procedure("Đăng ký giám hộ", "1.000020")
    commit()
    assert codes(find("giam ho")) == ["1.000020"]
    answers, errors = [], []
    stop = threading.Event()

    def keep_searching():
        with app_ctx.app_context():
            while not stop.is_set():
                try:
                    answers.append([h.code for h in backend.search(_q("giam ho")).hits])
                except Exception as exc:   # noqa: BLE001 - the test reports it
                    errors.append(exc)
            db.session.remove()

    def rebuild():
        if how == "in process":
            backend.sync.rebuild()
        else:
            result = runner.invoke(args=["search", "rebuild"])
            assert result.exit_code == 0, result.output

    threads = [threading.Thread(target=keep_searching) for _ in range(2)]
    for thread in threads:
        thread.start()
    old = backend.store.live_name()
    try:
        for _ in range(2):
            rebuild()
    finally:
        stop.set()
        for thread in threads:
            thread.join()
    assert backend.store.live_name() != old
    assert not errors
    assert len(answers) > 2 and all(a == ["1.000020"] for a in answers)


def test_reopened_searcher_has_no_duplicates_or_stale_documents(backend):
    # Guard for whoosh-reloaded 2.7.5: Searcher.refresh() after an optimize
    # returns every document twice and keeps old versions visible.
    for n in range(20):
        make_procedure(f"Đăng ký khai sinh số {n}")
    commit()
    store: IndexStore = backend.store
    find("khai sinh")
    before = store.searcher()
    ix = store.index()
    for n in range(3):
        writer = store.writer()
        writer.add_document(id=f"extra{n}", kind="p", code=f"x{n}", name="x",
                            t_fold="khai sinh", t_key=f"x{n}")
        writer.commit()
    writer = store.writer()
    writer.update_document(id="extra0", kind="p", code="x0", name="y", t_fold="khai sinh",
                           t_key="y")
    writer.commit()
    ix.optimize()
    after = store.searcher()
    assert after is not before
    assert after.doc_count() == 20 + 3 + 1          # + the checkpoint document
    names = [hit["name"] for hit in after.search(Term("t_fold", "khai"), limit=None)]
    assert len(names) == 23
    assert names.count("y") == 1 and names.count("x") == 2


def test_cli_rebuild_and_status(backend, runner):
    make_procedure("Đăng ký giám hộ", "1.000020")
    make_procedure("Bản nháp", status=Status.DRAFT)
    commit()
    result = runner.invoke(args=["search", "rebuild"])
    assert result.exit_code == 0, result.output
    assert "Indexed 1 published procedures" in result.output
    status = runner.invoke(args=["search", "status"])
    assert "documents in index: 1" in status.output
    assert "published procedures: 1" in status.output
    assert "changes not yet applied: 0" in status.output


def test_a_search_answers_while_another_writer_holds_the_lock(backend):
    make_procedure("Đăng ký tạm vắng", "1.000010")
    commit()
    assert codes(find("tam vang")) == ["1.000010"]
    backend.sync.apply_after_commit = False
    make_procedure("Đăng ký giám hộ", "1.000020")
    commit()
    holder = backend.store.index().writer()     # "another process" is writing
    try:
        result = find("tam vang")               # behind, cannot write: answers anyway
        assert codes(result) == ["1.000010"]
    finally:
        holder.cancel()
    assert codes(find("giam ho")) == ["1.000020"]   # caught up once the lock is free


def test_imported_procedures_are_searchable_right_after_the_import_commits(backend, tmp_path):
    from portal.imports.files import import_file
    from tests.imports.records import record, write_jsonl

    find("")
    backend.sync.ensure_current = lambda **kw: None     # only the after-commit hook may index
    import_file(write_jsonl(tmp_path / "batch.jsonl", [
        record("1.000010", "Đăng ký tạm vắng"),
        record("1.000011", "Cấp giấy phép khai thác cát sỏi lòng sông")]))
    commit()
    assert codes(find("tam vang")) == ["1.000010"]
    assert codes(find("khai thac cat soi"))[0] == "1.000011"


def test_a_search_trusts_a_recent_look_at_the_change_log(backend, monkeypatch):
    clock = [1000.0]
    monkeypatch.setattr(backend.sync, "clock", lambda: clock[0])   # this index's clock only
    backend.catch_up_seconds = 1.0
    make_procedure("Đăng ký tạm vắng", "1.000010")
    commit()
    assert codes(find("tam vang")) == ["1.000010"]     # looked at the log just now
    backend.sync.apply_after_commit = False            # committed, never indexed here
    make_procedure("Đăng ký giám hộ", "1.000020")
    commit()
    clock[0] += 0.5
    assert codes(find("giam ho")) == []                 # within the second: no query
    clock[0] += 0.6
    assert codes(find("giam ho")) == ["1.000020"]       # looked again, caught up
