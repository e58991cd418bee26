"""Staff write rules at the service level: validation, scope, workflow, levels, audit."""
import datetime as dt

import pytest

from portal.audit.models import AuditEntry
from portal.audit.queries import history
from portal.workflows import services
from portal.catalogue.models import Procedure, Status
from portal.errors import Conflict, Forbidden, ValidationError
from portal.extensions import db
from portal.levels.models import LevelChange, LevelSource


def record(world, **over):
    data = {"code": "1.001193", "name": "Đăng ký kết hôn",
            "agencies": {"executing": [world["justice"].id]},
            "steps": [{"text": "Nộp hồ sơ"}, {"text": "Nhận kết quả"}],
            "channels": [{"kind": "truc_tiep", "working_days": 5, "fee_amount": 0}],
            "documents": [{"name": "Tờ khai", "originals": 1, "copies": 0}],
            "legal_bases": [{"number": "123/2015/NĐ-CP", "url": "https://vbpl.vn/x"}]}
    data.update(over)
    return data


def test_create_makes_a_draft_with_every_row_and_an_audit_entry(world):
    proc = services.create_procedure(record(world), world["editor"])
    assert proc.status == Status.DRAFT
    assert [s.text for s in proc.steps] == ["Nộp hồ sơ", "Nhận kết quả"]
    assert proc.channels[0].working_days == 5 and proc.legal_bases[0].url == "https://vbpl.vn/x"
    (entry,) = history("procedure", proc.id)
    assert entry.action == "create" and entry.user_id == world["editor"].id
    assert entry.changes["name"] == [None, "Đăng ký kết hôn"]
    assert entry.changes["agencies_executing"] == [None, ["Sở Tư pháp"]]


@pytest.mark.parametrize("over, field", [
    ({"code": "1001193"}, "code"),
    ({"code": "1.0011"}, "code"),
    ({"name": "   "}, "name"),
    ({"source_url": "javascript:alert(1)"}, "source_url"),
    ({"online_url": "ftp://x.vn/a"}, "online_url"),
    ({"time_limit_days": 0}, "time_limit_days"),
    ({"channels": [{"kind": "truc_tiep", "working_days": -2}]}, "channels-0-working_days"),
    ({"channels": [{"kind": "truc_tiep", "fee_amount": -1}]}, "channels-0-fee_amount"),
    ({"legal_bases": [{"number": "1", "url": "www.x.vn"}]}, "legal_bases-0-url"),
    ({"documents": [{"case": "Trường hợp 1"}]}, "documents-0-name"),
])
def test_invalid_fields_are_refused_by_name(world, over, field):
    with pytest.raises(ValidationError) as err:
        services.create_procedure(record(world, **over), world["editor"])
    assert err.value.field == field


def test_code_with_local_suffix_is_accepted_and_codes_are_unique(world):
    services.create_procedure(record(world, code="1.001612.000.00.00.H01"), world["editor"])
    with pytest.raises(ValidationError) as err:
        services.create_procedure(record(world, code=world["ours"].code), world["editor"])
    assert err.value.field == "code"


def test_text_is_stored_in_nfc_with_canonical_tone_marks(world):
    nfd = "Đăng ky\u0301 khai sinh cho tre\u0309 em, hoà giải"
    proc = services.create_procedure(record(world, name=nfd), world["editor"])
    assert proc.name == "Đăng ký khai sinh cho trẻ em, hòa giải"


def test_update_adds_removes_and_reorders_rows_and_bumps_version(world):
    proc = services.create_procedure(record(world), world["editor"])
    db.session.commit()
    v = proc.version
    data = services.snapshot(proc)
    data["steps"] = [{"text": "Nhận kết quả"}, {"text": "Nộp hồ sơ"}, {"text": "Nộp phí"}]
    data["documents"] = []
    services.update_procedure(proc, data, v, world["editor"])
    db.session.commit()
    assert [s.text for s in proc.steps] == ["Nhận kết quả", "Nộp hồ sơ", "Nộp phí"]
    assert proc.documents == [] and proc.version == v + 1
    entry = history("procedure", proc.id)[0]
    assert entry.action == "update"
    assert entry.changes["documents"][1] == []
    assert set(entry.changes) == {"steps", "documents"}


def test_a_rows_kind_and_import_marks_stay_with_it_when_rows_move_or_go(world):
    # Rows are stored by position; deleting the row above a note must not turn the
    # paper below into a note, nor hand a legal row's "could not read" mark on.
    proc = services.create_procedure(record(world, documents=[
        {"kind": "heading", "name": "Người yêu cầu nộp các giấy tờ sau:"},
        {"kind": "note", "name": "Lưu ý: bản sao phải có chứng thực"},
        {"name": "Tờ khai", "originals": 1, "copies": 0}], legal_bases=[
        {"title": "Luật Hộ tịch 60/2014/QH13"}, {"number": "123/2015/NĐ-CP"}]),
        world["editor"])
    proc.legal_bases[0].unparsed = True
    proc.documents[2].unparsed = True
    db.session.commit()
    data = services.snapshot(proc)
    assert [d["kind"] for d in data["documents"]] == ["heading", "note", "document"]
    data["documents"] = data["documents"][2:] + [dict(data["documents"][1], kind=None)]
    data["legal_bases"] = data["legal_bases"][::-1]
    services.update_procedure(proc, data, proc.version, world["editor"])
    db.session.commit()
    docs = [(d.name, d.kind, d.is_note, d.unparsed) for d in proc.documents]
    assert docs == [("Tờ khai", "document", False, True),   # moved up: still a paper, still marked
                    ("Lưu ý: bản sao phải có chứng thực", "note", True, False)]  # kind not sent
    assert [(b.number, b.unparsed) for b in proc.legal_bases] == [
        ("123/2015/NĐ-CP", False), ("", True)]
    # An editor who rewrites a row has read it: the importer's mark ends there.
    data = services.snapshot(proc)
    data["legal_bases"][1]["number"] = "60/2014/QH13"
    data["documents"][0]["kind"] = "note"
    services.update_procedure(proc, data, proc.version, world["editor"])
    db.session.commit()
    assert [(b.number, b.unparsed) for b in proc.legal_bases][1] == ("60/2014/QH13", False)
    assert proc.documents[0].kind == "note" and proc.documents[0].is_note


def test_a_dossier_rows_kind_must_be_one_of_three(world):
    with pytest.raises(ValidationError) as caught:
        services.create_procedure(record(world, documents=[{"name": "x", "kind": "paper"}]),
                                  world["editor"])
    assert "documents-0-kind" in [field for field, _message in caught.value.errors]


def test_stale_version_is_a_conflict_and_changes_nothing(world):
    proc = world["ours"]
    data = services.snapshot(proc)
    data["name"] = "Tên mới"
    name, version = proc.name, proc.version
    with pytest.raises(Conflict):
        services.update_procedure(proc, data, version - 1, world["editor"])
    db.session.rollback()
    db.session.expire_all()
    stored = db.session.get(Procedure, proc.id)
    assert (stored.name, stored.version) == (name, version) and name != "Tên mới"
    assert [e.action for e in history("procedure", proc.id)] == []   # no audit entry either


def test_editor_cannot_touch_another_agencys_procedure(world):
    theirs = world["theirs"]
    data = services.snapshot(theirs)
    data["name"] = "Chiếm quyền"
    with pytest.raises(Forbidden):
        services.update_procedure(theirs, data, theirs.version, world["editor"])
    with pytest.raises(Forbidden):
        services.change_level(theirs, theirs.version, world["editor"], level=2,
                              effective_date=dt.date(2024, 1, 1), decision_ref="1/QĐ")
    with pytest.raises(Forbidden):  # nor move their own procedure out of their scope
        services.create_procedure(record(world, agencies={"executing": [world["health"].id]}),
                                  world["editor"])
    # The administrator may.
    services.update_procedure(theirs, data, theirs.version, world["admin"])
    assert theirs.name == "Chiếm quyền"


def test_publish_then_rescind_keeps_the_record(world):
    proc = services.create_procedure(record(world), world["editor"])
    services.publish_procedure(proc, proc.version, world["editor"])
    assert proc.status == Status.PUBLISHED
    with pytest.raises(ValidationError):
        services.rescind_procedure(proc, proc.version, world["editor"], reason="",
                                   decision_ref="5/QĐ")
    services.rescind_procedure(proc, proc.version, world["editor"], reason="Bãi bỏ theo luật mới",
                               decision_ref="5/QĐ-UBND")
    db.session.commit()
    assert db.session.get(type(proc), proc.id).status == Status.RESCINDED
    entry = history("procedure", proc.id)[0]
    assert (entry.action, entry.decision_ref) == ("rescind", "5/QĐ-UBND")
    with pytest.raises(ValidationError):
        services.publish_procedure(proc, proc.version, world["editor"])


def test_level_rules(world):
    proc, editor = world["ours"], world["editor"]  # level 2, no online link
    with pytest.raises(ValidationError) as err:
        services.change_level(proc, proc.version, editor, level=3,
                              effective_date=dt.date(2024, 5, 1), decision_ref="9/QĐ")
    assert err.value.field == "online_url"
    services.change_level(proc, proc.version, editor, level=3, effective_date=dt.date(2024, 5, 1),
                          decision_ref="9/QĐ", online_url="https://dichvucong.gov.vn/p/1")
    assert proc.level == 3
    with pytest.raises(ValidationError) as err:  # moving down needs a reason
        services.change_level(proc, proc.version, editor, level=1,
                              effective_date=dt.date(2024, 6, 1), decision_ref="10/QĐ")
    assert err.value.field == "reason"
    # Back-dated: lands in the past, the latest change still rules.
    services.change_level(proc, proc.version, editor, level=1, effective_date=dt.date(2020, 1, 1),
                          decision_ref="1/QĐ", reason="Sai sót trước đây")
    assert proc.level == 3
    change = db.session.query(LevelChange).filter_by(decision_ref="9/QĐ").one()
    assert change.source == LevelSource.STAFF and change.recorded_by_id == editor.id
    # No history reaches back to 2020: the move is judged against the current level.
    assert history("procedure", proc.id)[0].changes["level_recorded"] == [3, 1]


def test_audit_entries_cannot_be_changed_or_deleted(world):
    proc = services.create_procedure(record(world), world["editor"])
    db.session.commit()
    entry = db.session.query(AuditEntry).filter_by(entity_id=proc.id).first()
    entry.reason = "rewritten"
    with pytest.raises(Forbidden):
        db.session.flush()
    db.session.rollback()
    db.session.delete(db.session.get(AuditEntry, entry.id))
    with pytest.raises(Forbidden):
        db.session.flush()
    db.session.rollback()


def test_level_two_and_above_needs_a_form_or_the_no_form_mark(world):
    proc, editor = world["ours"], world["editor"]
    proc.no_form_required = False
    proc.online_url = "https://dichvucong.gov.vn/nop"
    with pytest.raises(ValidationError) as err:
        services.change_level(proc, proc.version, editor, level=3,
                              effective_date=dt.date(2024, 5, 1), decision_ref="1/QĐ")
    assert err.value.field == "level"
    assert db.session.query(LevelChange).filter_by(procedure_id=proc.id).count() == 0


def test_a_record_breaking_several_rules_hears_of_them_all_at_once(world):
    bad = record(world, code="1.0011", name="  ", source_url="javascript:alert(1)",
                 channels=[{"kind": "truc_tiep", "working_days": -2, "fee_amount": -1}],
                 documents=[{"case": "Trường hợp 1"}])
    with pytest.raises(ValidationError) as err:
        services.update_procedure(world["ours"], bad, world["ours"].version, world["editor"])
    fields = [field for field, _ in err.value.errors]
    assert fields == ["code", "name", "source_url", "channels-0-working_days",
                      "channels-0-fee_amount", "documents-0-name"]
    assert err.value.field == "code"        # the first, for callers that show only one
    assert all(message for _, message in err.value.errors)


def test_rules_needing_the_database_join_the_field_rules(world):
    # a code in use, an agency the editor may not add and a broken link: three at once
    bad = record(world, code=world["theirs"].code, source_url="ftp://x.vn/a",
                 agencies={"executing": [world["justice"].id],
                           "competent": [world["health"].id]})
    with pytest.raises(ValidationError) as err:
        services.update_procedure(world["ours"], bad, world["ours"].version, world["editor"])
    assert sorted(field for field, _ in err.value.errors) == [
        "agencies_competent", "code", "source_url"]
