"""Dossier: a third kind of row, the heading (issue 12).

``dossier_document.is_heading`` marks a row that introduces the rows after it
("Người có yêu cầu … các giấy tờ sau:", "a.1.1) Hồ sơ … bao gồm :", "Đối với
trường hợp …:"): neither a paper nor a remark. A heading keeps ``is_note`` set,
as such rows were stored before, so a reader that knows only documents and
notes still reads it as no paper. Existing rows get false: the parser version
moved (7), so importing the national file again rewrites every record that
staff have not edited and sets the headings; staff-edited records are left
alone and listed by the import, as for 0008 and 0013.

Revision ID: 0015
Revises: 0014 (lexicon round two)
Create Date: 2026-12-07 18:10:00
"""
from alembic import op
import sqlalchemy as sa


revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("dossier_document", schema=None) as batch_op:
        batch_op.add_column(sa.Column("is_heading", sa.Boolean(), nullable=False,
                                      server_default=sa.false()))


def downgrade():
    with op.batch_alter_table("dossier_document", schema=None) as batch_op:
        batch_op.drop_column("is_heading")
