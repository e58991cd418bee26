"""Backup round trip: export, restore into an empty database, export again: identical."""
from __future__ import annotations

import datetime as dt
import gzip

from flask_migrate import upgrade
from sqlalchemy import select

from portal import create_app
from portal.accounts.models import Role
from portal.accounts.services import create_user
from portal.workflows import services
from portal.catalogue.models import Procedure, Status
from portal.demo import ensure_demo_catalogue
from portal.extensions import db
from portal.levels.models import LevelChange, LevelSource
from tests.conftest import temporary_database


def _edit_demo_catalogue() -> Procedure:
    ensure_demo_catalogue(echo=lambda text: None)
    admin = create_user("quantri@example.vn", "Một-mật-khẩu-dài-2026", Role.ADMIN, via="cli")
    proc = db.session.scalars(select(Procedure).where(
        Procedure.status == Status.PUBLISHED, Procedure.level >= 2).order_by(Procedure.code)).first()
    data = services.snapshot(proc)
    data["name"] = proc.name + " (sửa đổi)"
    services.update_procedure(proc, data, proc.version, admin)
    services.change_level(proc, proc.version, admin, level=1, effective_date=dt.date(2026, 3, 1),
                          decision_ref="15/QĐ-UBND", reason="Cổng nộp hồ sơ tạm ngừng")
    db.session.commit()
    return proc


def _restore_elsewhere(tmp_path, url: str, backup, again):
    other = create_app({"PORTAL_ENV": "testing", "TESTING": True, "SECRET_KEY": "other",
                        "DATABASE_URL": url, "PORTAL_INDEX_DIR": str(tmp_path / "index2"),
                        "PORTAL_UPLOAD_DIR": str(tmp_path / "uploads2")})
    with other.app_context():
        try:
            upgrade()
            runner = other.test_cli_runner()
            restored = runner.invoke(args=["catalogue", "restore", str(backup)])
            assert restored.exit_code == 0, restored.output
            refused = runner.invoke(args=["catalogue", "restore", str(backup)])
            assert refused.exit_code != 0 and "not empty" in refused.output
            history = db.session.scalars(select(LevelChange).where(
                LevelChange.source == LevelSource.STAFF)).all()
            assert [(h.to_level, h.effective_date, h.decision_ref) for h in history] == \
                [(1, dt.date(2026, 3, 1), "15/QĐ-UBND")]
            exported = runner.invoke(args=["catalogue", "export", str(again)])
            assert exported.exit_code == 0, exported.output
        finally:
            db.session.remove()
            db.engine.dispose()


def test_a_restored_backup_exports_identically(runner, tmp_path):
    proc = _edit_demo_catalogue()
    first, second = tmp_path / "first.jsonl.gz", tmp_path / "second.jsonl.gz"
    result = runner.invoke(args=["catalogue", "export", str(first)])
    assert result.exit_code == 0, result.output
    text = gzip.open(first, "rt", encoding="utf-8").read()
    assert proc.name in text and "quantri@example.vn" in text
    assert "scrypt" not in text and "password" not in text, "never a password hash"
    with temporary_database(tmp_path) as url:
        _restore_elsewhere(tmp_path, url, first, second)
    assert gzip.open(second, "rt", encoding="utf-8").read() == text
