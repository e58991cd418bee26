"""``flask catalogue import`` through the CLI runner."""
from sqlalchemy import func, select

from portal.catalogue.models import Procedure
from portal.extensions import db

from .records import record, write_jsonl, write_xlsx


def test_import_summary_and_second_run_unchanged(runner, tmp_path):
    path = write_jsonl(tmp_path / "a.jsonl", [record("1.000001"), "{oops", record("1.000002")])
    result = runner.invoke(args=["catalogue", "import", str(path)])
    assert result.exit_code == 0, result.output
    assert "Created: 2, updated: 0, unchanged: 0, rejected: 1" in result.output
    assert "a.jsonl line 2: broken JSON" in result.output
    result = runner.invoke(args=["catalogue", "import", str(path)])
    assert "Created: 0, updated: 0, unchanged: 2, rejected: 1" in result.output
    assert db.session.scalar(select(func.count()).select_from(Procedure)) == 2


def test_several_paths_of_both_kinds(runner, tmp_path):
    jsonl = write_jsonl(tmp_path / "a.jsonl", [record("1.000001")])
    xlsx = write_xlsx(tmp_path / "b.xlsx", [("1.000009", "Chỉ trong Excel", "Bộ", "Sở", "Lĩnh vực")])
    result = runner.invoke(args=["catalogue", "import", str(jsonl), str(xlsx)])
    assert result.exit_code == 0, result.output
    assert "Created: 2" in result.output


def test_mismatch_listed_in_summary(runner, tmp_path):
    rec = record("1.000101", "Trang", raw_text="TrangMã thủ tục1.000900Số quyết định")
    result = runner.invoke(args=["catalogue", "import", str(write_jsonl(tmp_path / "a.jsonl", [rec]))])
    assert "listed 1.000101, page says 1.000900" in result.output


def test_nothing_readable_exits_non_zero(runner, tmp_path):
    result = runner.invoke(args=["catalogue", "import", str(tmp_path / "missing.jsonl")])
    assert result.exit_code != 0 and "no such file" in result.output
    bad = tmp_path / "bad.xlsx"
    bad.write_text("not a workbook")
    result = runner.invoke(args=["catalogue", "import", str(bad)])
    assert result.exit_code != 0 and "not a readable Excel workbook" in result.output
    other = tmp_path / "list.csv"
    other.write_text("x")
    result = runner.invoke(args=["catalogue", "import", str(other)])
    assert result.exit_code != 0 and "unknown file type" in result.output


def test_some_files_unreadable_still_succeeds(runner, tmp_path):
    good = write_jsonl(tmp_path / "a.jsonl", [record("1.000001")])
    result = runner.invoke(args=["catalogue", "import", str(tmp_path / "nope.jsonl"), str(good)])
    assert result.exit_code == 0 and "Created: 1" in result.output


def test_counts_per_file_and_in_total_count_each_procedure_once(runner, tmp_path):
    jsonl = write_jsonl(tmp_path / "a.jsonl", [record("1.000001"), record("1.000002")])
    xlsx = write_xlsx(tmp_path / "b.xlsx", [("1.000001", "Tên khác trong Excel", "Bộ", "Sở X",
                                             "Lĩnh vực Y")])
    result = runner.invoke(args=["catalogue", "import", str(jsonl), str(xlsx)])
    assert result.exit_code == 0, result.output
    assert "a.jsonl: created 2, updated 0, unchanged 0, rejected 0" in result.output
    assert "b.xlsx: created 0, updated 1, unchanged 0, rejected 0" in result.output
    # On a fresh database the total is 2 created, not "2 created and 1 updated".
    assert "Created: 2, updated: 0, unchanged: 0, rejected: 0" in result.output


def test_progress_lines_appear_when_output_is_not_a_terminal(runner, tmp_path, monkeypatch):
    from portal.imports import cli
    monkeypatch.setattr(cli, "PROGRESS_EVERY", 0.0)     # every record, instead of every 5 s
    path = write_jsonl(tmp_path / "a.jsonl", [record(f"1.00000{i}") for i in range(1, 4)])
    result = runner.invoke(args=["catalogue", "import", str(path)])   # CliRunner: not a tty
    assert "a.jsonl: 3/3 records read" in result.output


def test_import_into_a_new_database_creates_the_schema_first(tmp_path):
    from portal import create_app
    app = create_app({"PORTAL_ENV": "testing", "SECRET_KEY": "x",
                      "DATABASE_URL": f"sqlite:///{tmp_path / 'new.db'}",
                      "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'new.db'}",
                      "PORTAL_INDEX_DIR": str(tmp_path / "index")})
    path = write_jsonl(tmp_path / "a.jsonl", [record("1.000001")])
    result = app.test_cli_runner().invoke(args=["catalogue", "import", str(path)])
    assert result.exit_code == 0, result.output
    assert "upgrading to" in result.output and "Created: 1" in result.output
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Procedure)) == 1
        db.session.remove()
        db.engine.dispose()
