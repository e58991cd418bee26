"""Level changes that mean what they say: dated by their source, no silent no-ops (issue 14 §5)."""
from __future__ import annotations

import datetime as dt
import io

import pytest

from portal.workflows import services
from portal.errors import ValidationError
from portal.extensions import db
from portal.forms.models import FormFile
from portal.imports.levels import LevelPlan, apply_levels
from portal.levels.models import LevelChange, LevelSource

from .conftest import client_for
from .test_upkeep import PDF, _upload

TODAY = dt.date(2026, 12, 7)


def _history(proc) -> list[tuple]:
    rows = db.session.query(LevelChange).filter_by(procedure_id=proc.id).order_by(
        LevelChange.effective_date, LevelChange.recorded_at, LevelChange.id).all()
    return [(r.effective_date, r.from_level, r.to_level) for r in rows]


def test_an_inferred_level_is_dated_by_its_publication_decision(world):
    proc = world["theirs"]
    proc.decision_date = dt.date(2025, 3, 4)
    apply_levels([LevelPlan(proc, proc.level, created=True)], [proc.code], demo_history=False,
                 today=TODAY)
    assert _history(proc) == [(dt.date(2025, 3, 4), None, 1)]


def test_without_a_decision_date_the_inferred_level_is_dated_by_the_import(world):
    proc = world["theirs"]
    apply_levels([LevelPlan(proc, proc.level, created=True)], [proc.code], demo_history=False,
                 today=TODAY)
    assert _history(proc) == [(TODAY, None, 1)]


def test_a_staff_change_dated_after_the_decision_but_before_the_import_day_takes_effect(world):
    # The case: imported today, staff record a change dated a week ago.
    proc, editor = world["ours"], world["editor"]
    proc.decision_date, proc.online_url = dt.date(2025, 3, 4), "https://dichvucong.gov.vn/p/1"
    proc.level = 1
    apply_levels([LevelPlan(proc, 1, created=True)], [proc.code], demo_history=False,
                 today=TODAY)
    services.change_level(proc, proc.version, editor, level=3,
                          effective_date=TODAY - dt.timedelta(days=7), decision_ref="9/QĐ",
                          today=TODAY)
    assert proc.level == 3
    assert _history(proc) == [(dt.date(2025, 3, 4), None, 1),
                              (TODAY - dt.timedelta(days=7), 1, 3)]


def test_a_back_dated_change_is_placed_in_history_and_later_changes_follow_it(world):
    proc, editor = world["ours"], world["editor"]   # level 2
    proc.online_url = "https://dichvucong.gov.vn/p/1"
    services.change_level(proc, proc.version, editor, level=1, effective_date=dt.date(2020, 1, 1),
                          decision_ref="1/QĐ", reason="Chưa đủ điều kiện")
    services.change_level(proc, proc.version, editor, level=4, effective_date=dt.date(2024, 1, 1),
                          decision_ref="2/QĐ")
    services.change_level(proc, proc.version, editor, level=3, effective_date=dt.date(2022, 1, 1),
                          decision_ref="3/QĐ")
    assert proc.level == 4
    # The 2024 change now reads "from 3 to 4", not the stale "from 1 to 4".
    assert _history(proc) == [(dt.date(2020, 1, 1), None, 1), (dt.date(2022, 1, 1), 1, 3),
                              (dt.date(2024, 1, 1), 3, 4)]


def test_a_back_dated_change_says_that_the_current_level_stays(app, world):
    proc = world["ours"]
    proc.online_url = "https://dichvucong.gov.vn/p/1"
    editor = world["editor"]
    services.change_level(proc, proc.version, editor, level=4, effective_date=dt.date(2024, 1, 1),
                          decision_ref="2/QĐ")
    db.session.commit()
    client = client_for(app, "editor@tp.gov.vn")
    resp = client.post(f"/can-bo/thu-tuc/{proc.id}/muc-do", data={
        "version": proc.version, "level": "3", "effective_date": "2023-05-01",
        "decision_ref": "5/QĐ-UBND", "reason": "Sửa sai sót", "online_url": proc.online_url},
        follow_redirects=True)
    html = resp.get_data(as_text=True)
    assert resp.status_code == 200, html
    assert "Đã ghi nhận mức độ mới." not in html
    assert "Mức độ hiện tại vẫn là 4" in html and "1 tháng 1, 2024" in html


def test_a_change_to_the_same_level_is_refused(world):
    proc, editor = world["ours"], world["editor"]   # level 2
    with pytest.raises(ValidationError) as err:
        services.change_level(proc, proc.version, editor, level=2,
                              effective_date=dt.date(2024, 1, 1), decision_ref="9/QĐ")
    assert err.value.field == "level"
    assert db.session.query(LevelChange).filter_by(procedure_id=proc.id).count() == 0


def test_a_move_down_needs_a_reason(world):
    proc, editor = world["ours"], world["editor"]   # level 2
    with pytest.raises(ValidationError) as err:
        services.change_level(proc, proc.version, editor, level=1,
                              effective_date=dt.date(2024, 1, 1), decision_ref="9/QĐ")
    assert err.value.field == "reason"
    services.change_level(proc, proc.version, editor, level=1, effective_date=dt.date(2024, 1, 1),
                          decision_ref="9/QĐ", reason="Hệ thống trực tuyến ngừng hoạt động")
    assert proc.level == 1


def test_the_same_form_uploaded_twice_is_recognised(app, world):
    proc = world["ours"]
    editor = client_for(app, "editor@tp.gov.vn")
    assert _upload(editor, proc, PDF, "Tờ khai.pdf").status_code == 302
    again = _upload(editor, proc, PDF, "Tờ khai (bản sao).pdf")
    assert again.status_code == 422
    assert "đã được tải lên với tên “Tờ khai.pdf”" in again.get_data(as_text=True)
    assert db.session.query(FormFile).filter_by(procedure_id=proc.id).count() == 1
