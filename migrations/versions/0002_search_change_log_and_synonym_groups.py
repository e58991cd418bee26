"""Search: the change log the index follows, and synonym groups (with the seed list).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 09:37:36.182348
"""
import datetime as dt

from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('search_change',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('procedure_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_search_change'))
    )
    with op.batch_alter_table('search_change', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_search_change_procedure_id'), ['procedure_id'], unique=False)

    synonym_group = op.create_table('synonym_group',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('terms', sa.Text(), nullable=False),
    sa.Column('note', sa.String(length=500), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_synonym_group'))
    )
    # Data: the seed groups (a snapshot of portal.search.synonym_seed, which
    # `flask search seed-synonyms` also loads into an existing database).
    from portal.search.synonym_seed import SEED_GROUPS
    now = dt.datetime.now(dt.timezone.utc)
    op.bulk_insert(synonym_group, [
        {"terms": "\n".join(group), "note": "seed", "updated_at": now}
        for group in SEED_GROUPS])


def downgrade():
    op.drop_table('synonym_group')
    with op.batch_alter_table('search_change', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_search_change_procedure_id'))
    op.drop_table('search_change')
