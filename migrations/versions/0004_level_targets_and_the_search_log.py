"""Level targets and the search log

level_target: progress targets (province or one agency) for the dashboard.
search_log: anonymous searches (normalised text, result count, opened code);
search_weekly: the same counted per week once entries pass the retention period.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25 09:30:51.466666
"""
from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('search_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('query', sa.String(length=200), nullable=False),
    sa.Column('result_count', sa.Integer(), nullable=False),
    sa.Column('opened_code', sa.String(length=64), nullable=True),
    sa.Column('searched_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('opened_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_search_log'))
    )
    with op.batch_alter_table('search_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_search_log_query'), ['query'], unique=False)
        batch_op.create_index(batch_op.f('ix_search_log_searched_at'), ['searched_at'], unique=False)

    op.create_table('search_weekly',
    sa.Column('week_start', sa.Date(), nullable=False),
    sa.Column('query', sa.String(length=200), nullable=False),
    sa.Column('searches', sa.Integer(), nullable=False),
    sa.Column('with_results', sa.Integer(), nullable=False),
    sa.Column('opened', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('week_start', 'query', name=op.f('pk_search_weekly'))
    )
    op.create_table('level_target',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('label', sa.String(length=300), nullable=False),
    sa.Column('agency_id', sa.Integer(), nullable=True),
    sa.Column('measure', sa.Enum('level4', 'level3_up', 'fully_online', name='target_measure', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('value', sa.Numeric(precision=5, scale=2, asdecimal=False), nullable=False),
    sa.Column('deadline', sa.Date(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('value > 0 AND value <= 100', name=op.f('ck_level_target_value_range')),
    sa.ForeignKeyConstraint(['agency_id'], ['agency.id'], name=op.f('fk_level_target_agency_id_agency'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_level_target'))
    )
    with op.batch_alter_table('level_target', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_level_target_agency_id'), ['agency_id'], unique=False)



def downgrade():
    with op.batch_alter_table('level_target', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_level_target_agency_id'))

    op.drop_table('level_target')
    op.drop_table('search_weekly')
    with op.batch_alter_table('search_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_search_log_searched_at'))
        batch_op.drop_index(batch_op.f('ix_search_log_query'))

    op.drop_table('search_log')
