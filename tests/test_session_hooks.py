"""Session hooks (the search change log, the daily level totals) belong to the app that
installed them: a second app in the same process neither doubles them nor needs them."""
from __future__ import annotations

import pytest
from sqlalchemy import func, select

from portal import create_app
from portal.catalogue.models import Procedure, Status
from portal.extensions import db
from portal.levels.models import LevelSpanDay
from portal.levels.spans import HOOKS_KEY as SPAN_HOOKS, rebuild_spans
from portal.search import changelog
from portal.search.models import SearchChange

from .factories import make_procedure
from .stats.helpers import D, history


@pytest.fixture()
def other_app(app, app_ctx, tmp_path):  # noqa: ARG001  (app_ctx: the suite's tables emptied after)
    """A second app on the suite's database, created after the suite's own."""
    other = create_app({"PORTAL_ENV": "testing", "TESTING": True, "SECRET_KEY": "x",
                        "DATABASE_URL": app.config["SQLALCHEMY_DATABASE_URI"],
                        "PORTAL_INDEX_DIR": str(tmp_path / "index")})
    yield other
    with other.app_context():
        db.session.remove()
        db.engine.dispose()


def changes_of(procedure_id: int) -> int:
    return db.session.scalar(select(func.count()).select_from(SearchChange)
                             .where(SearchChange.procedure_id == procedure_id))


def day_totals() -> list[tuple]:
    return [tuple(r) for r in db.session.execute(
        select(LevelSpanDay.day, LevelSpanDay.level, LevelSpanDay.delta)
        .order_by(LevelSpanDay.day, LevelSpanDay.level))]


def test_each_change_is_logged_once_whichever_app_writes_it(app, other_app):
    proc = make_procedure("Cấp giấy phép xây dựng")
    db.session.commit()
    assert changes_of(proc.id) == 1
    with other_app.app_context():
        db.session.get(Procedure, proc.id).name = "Cấp giấy phép xây dựng nhà ở"
        db.session.commit()
        assert changes_of(proc.id) == 2
    db.session.refresh(proc)
    proc.name = "Cấp phép xây dựng"
    db.session.commit()
    assert changes_of(proc.id) == 3


def test_an_app_without_the_hook_does_not_log_and_the_other_still_does(app, other_app):
    proc = make_procedure("Đăng ký kết hôn")
    db.session.commit()
    other_app.extensions[changelog.HOOKS_KEY] = False
    with other_app.app_context():
        db.session.get(Procedure, proc.id).name = "Đăng ký kết hôn lại"
        db.session.commit()
        assert changes_of(proc.id) == 1
    db.session.refresh(proc)
    proc.name = "Đăng ký kết hôn (sửa)"
    db.session.commit()
    assert changes_of(proc.id) == 2


def test_a_status_change_moves_the_daily_totals_once(app, other_app):
    proc = history([(2, D(2015, 1, 1)), (4, D(2021, 1, 1))])
    db.session.commit()
    with other_app.app_context():
        assert other_app.extensions[SPAN_HOOKS]
        db.session.get(Procedure, proc.id).status = Status.RESCINDED
        db.session.commit()
        rescinded = day_totals()
    assert rescinded == []     # its moves left the totals exactly once
    db.session.refresh(proc)
    proc.status = Status.PUBLISHED
    db.session.commit()
    incremental = day_totals()
    assert incremental == [(D(2015, 1, 1), 2, 1), (D(2021, 1, 1), 2, -1),
                           (D(2021, 1, 1), 4, 1)]
    rebuild_spans()
    db.session.commit()
    assert day_totals() == incremental
