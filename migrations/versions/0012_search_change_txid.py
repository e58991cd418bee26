"""Search: the writing transaction's id on every change-log row (issue 16).

A follower must not move past a change that may still commit: on PostgreSQL
it compares the row's transaction id with the oldest transaction still running
(``pg_snapshot_xmin(pg_current_snapshot())``). Rows written before this
revision keep NULL and are followed by id, as before.

Revision ID: 0012
Revises: 0011b (search opens, visits and proposals)
Create Date: 2026-12-07 05:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = "0012"
down_revision = "0011b"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("search_change", schema=None) as batch_op:
        batch_op.add_column(sa.Column("txid", sa.BigInteger(), nullable=True))
        batch_op.create_index(batch_op.f("ix_search_change_txid"), ["txid"], unique=False)


def downgrade():
    with op.batch_alter_table("search_change", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_search_change_txid"))
        batch_op.drop_column("txid")
