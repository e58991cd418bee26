"""Learning from use: the position a result was opened at, the visit a search
belongs to (a random token, no personal data), weekly pairs (query -> opened
procedure, query -> reformulation) and administrators' answers to proposals.

Revision ID: 0011b
Revises: 0011 (citizens' lexicon)
Create Date: 2026-12-07 05:10:00
"""
from alembic import op
import sqlalchemy as sa


revision = "0011b"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("search_log", schema=None) as batch_op:
        batch_op.add_column(sa.Column("opened_position", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("visit", sa.String(length=32), nullable=True))
        batch_op.create_index(batch_op.f("ix_search_log_visit"), ["visit"], unique=False)
    op.create_table(
        "search_weekly_pair",
        sa.Column("week_start", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("query", sa.String(length=200), nullable=False),
        sa.Column("target", sa.String(length=200), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("positions", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("week_start", "kind", "query", "target",
                                name=op.f("pk_search_weekly_pair")))
    op.create_table(
        "synonym_proposal_decision",
        sa.Column("key", sa.String(length=450), nullable=False),
        sa.Column("accepted", sa.Boolean(), nullable=False),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_synonym_proposal_decision")))


def downgrade():
    op.drop_table("synonym_proposal_decision")
    op.drop_table("search_weekly_pair")
    with op.batch_alter_table("search_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_search_log_visit"))
        batch_op.drop_column("visit")
        batch_op.drop_column("opened_position")
