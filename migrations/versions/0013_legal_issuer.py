"""Legal basis: who issued each document, as its text states (issue 12).

``legal_basis.issuer`` holds "Chính phủ", "Quốc hội", "Bộ trưởng Bộ Công an" …
where the row's title names its own issuer after its number and date; NULL
when the text does not say (never guessed). Rows imported before this revision
keep NULL until the national file is imported again (the parser version moved,
so a re-import rewrites every record that staff have not edited).

Revision ID: 0013
Revises: 0012 (search change txid)
Create Date: 2026-12-07 14:10:00
"""
from alembic import op
import sqlalchemy as sa


revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("legal_basis", schema=None) as batch_op:
        batch_op.add_column(sa.Column("issuer", sa.String(length=300), nullable=True))


def downgrade():
    with op.batch_alter_table("legal_basis", schema=None) as batch_op:
        batch_op.drop_column("issuer")
