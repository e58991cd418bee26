"""Search: corrections and additions to the seed synonym groups (data only).

Existing databases got the seed groups from 0002; this brings the groups that
staff have NOT edited (terms still exactly as seeded) to the corrected form,
removes the misleading "ngân hàng" group when untouched, and adds the new
groups whose first phrase is not there yet. Edited groups are left alone.

Revision ID: 0007
Revises: 0006 (level spans)
Create Date: 2026-12-02 08:00:00
"""
import datetime as dt

from alembic import op
import sqlalchemy as sa


revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

# old terms -> new terms (one phrase per line, as stored)
CHANGED = [
    (["khai tử", "giấy báo tử", "báo tử", "chứng tử", "giấy chứng tử"],
     ["khai tử", "giấy báo tử", "báo tử", "chứng tử", "giấy chứng tử", "người chết",
      "người mất", "qua đời"]),
    # names say "vận tải bằng xe ô tô" (by car): "bằng xe" is not a licence
    (["giấy phép lái xe", "GPLX", "bằng lái", "bằng lái xe", "bằng xe", "giấy phép lái"],
     ["giấy phép lái xe", "GPLX", "bằng lái", "bằng lái xe", "giấy phép lái"]),
    # a bank account is an account ("lĩnh bằng tài khoản cá nhân")
    (["tài khoản", "tài khoản cá nhân", "thẻ ATM"],
     ["tài khoản", "tài khoản cá nhân", "tài khoản ngân hàng", "thẻ ATM"]),
    # a pension is the monthly benefit of "chế độ bảo hiểm xã hội", as names say
    (["lương hưu", "hưu trí", "về hưu", "nghỉ hưu", "lĩnh lương hưu"],
     ["lương hưu", "hưu trí", "về hưu", "nghỉ hưu", "lĩnh lương hưu",
      "chế độ bảo hiểm xã hội"]),
]
REMOVED = [["ngân hàng", "tài khoản ngân hàng"]]
ADDED = [
    ["đăng ký thường trú", "nhập hộ khẩu", "nhập khẩu vào hộ", "đăng ký hộ khẩu", "nhập hộ"],
    ["tách hộ", "tách hộ khẩu", "tách khẩu", "tách sổ hộ khẩu"],
    ["thay đổi chủ xe", "sang tên xe", "sang tên xe máy", "sang tên ô tô", "sang tên xe ô tô",
     "mua bán xe", "mua xe cũ", "bán xe"],
    ["chuyển nhượng quyền sử dụng đất", "sang tên sổ đỏ", "sang tên sổ hồng", "sang tên đất",
     "sang tên nhà đất", "mua bán đất", "bán đất", "chuyển nhượng đất"],
    ["thành lập", "mở"],
]

synonym_group = sa.table(
    "synonym_group", sa.column("id", sa.Integer), sa.column("terms", sa.Text),
    sa.column("note", sa.String), sa.column("updated_at", sa.DateTime(timezone=True)))


def _apply(changed, removed, added):
    bind = op.get_bind()
    now = dt.datetime.now(dt.timezone.utc)
    rows = list(bind.execute(sa.select(synonym_group.c.id, synonym_group.c.terms)))
    for old, new in changed:
        for row in rows:
            if row.terms == "\n".join(old):
                bind.execute(synonym_group.update().where(synonym_group.c.id == row.id)
                             .values(terms="\n".join(new), updated_at=now))
    for old in removed:
        bind.execute(synonym_group.delete().where(synonym_group.c.terms == "\n".join(old)))
    firsts = {(row.terms.split("\n") or [""])[0] for row in rows}
    for group in added:
        if group[0] not in firsts:
            bind.execute(synonym_group.insert().values(
                terms="\n".join(group), note="seed", updated_at=now))


def upgrade():
    _apply(CHANGED, [], ADDED)
    _apply([], REMOVED, [])


def downgrade():
    _apply([(new, old) for old, new in CHANGED], [], [])
    bind = op.get_bind()
    for group in ADDED:
        bind.execute(synonym_group.delete().where(synonym_group.c.terms == "\n".join(group)))
    now = dt.datetime.now(dt.timezone.utc)
    for group in REMOVED:
        bind.execute(synonym_group.insert().values(terms="\n".join(group), note="seed",
                                                   updated_at=now))
