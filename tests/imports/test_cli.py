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
