"""Catalogue, level history and users: the foundation schema.

Revision ID: 0001
Revises: 
Create Date: 2026-11-25 09:22:31.592823
"""
from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('agency',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=500), nullable=False),
    sa.Column('key', sa.String(length=500), nullable=False),
    sa.Column('code', sa.String(length=64), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agency')),
    sa.UniqueConstraint('code', name=op.f('uq_agency_code')),
    sa.UniqueConstraint('key', name=op.f('uq_agency_key'))
    )
    op.create_table('field',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=500), nullable=False),
    sa.Column('key', sa.String(length=500), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_field')),
    sa.UniqueConstraint('key', name=op.f('uq_field_key'))
    )
    op.create_table('user',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('email', sa.String(length=320), nullable=False),
    sa.Column('password_hash', sa.String(length=500), nullable=False),
    sa.Column('role', sa.Enum('admin', 'editor', name='role', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_user')),
    sa.UniqueConstraint('email', name=op.f('uq_user_email'))
    )
    op.create_table('procedure',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=64), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('field_id', sa.Integer(), nullable=True),
    sa.Column('procedure_type', sa.Text(), nullable=False),
    sa.Column('receiving_address', sa.Text(), nullable=False),
    sa.Column('result', sa.Text(), nullable=False),
    sa.Column('conditions', sa.Text(), nullable=False),
    sa.Column('time_limit_text', sa.Text(), nullable=False),
    sa.Column('time_limit_days', sa.Numeric(precision=8, scale=2, asdecimal=False), nullable=True),
    sa.Column('fee_text', sa.Text(), nullable=False),
    sa.Column('decision_number', sa.String(length=200), nullable=False),
    sa.Column('decision_date', sa.Date(), nullable=True),
    sa.Column('source_url', sa.String(length=1000), nullable=False),
    sa.Column('source_group', sa.String(length=100), nullable=False),
    sa.Column('online_url', sa.String(length=1000), nullable=False),
    sa.Column('status', sa.Enum('draft', 'published', 'rescinded', name='status', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('level', sa.SmallInteger(), nullable=False),
    sa.Column('is_demo', sa.Boolean(), nullable=False),
    sa.Column('source_record', sa.JSON(), nullable=True),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint('level BETWEEN 1 AND 4', name=op.f('ck_procedure_level_range')),
    sa.ForeignKeyConstraint(['field_id'], ['field.id'], name=op.f('fk_procedure_field_id_field')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_procedure')),
    sa.UniqueConstraint('code', name=op.f('uq_procedure_code'))
    )
    with op.batch_alter_table('procedure', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_procedure_field_id'), ['field_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_procedure_level'), ['level'], unique=False)
        batch_op.create_index(batch_op.f('ix_procedure_status'), ['status'], unique=False)

    op.create_table('dossier_document',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('procedure_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.SmallInteger(), nullable=False),
    sa.Column('case', sa.Text(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('form', sa.Text(), nullable=False),
    sa.Column('originals', sa.SmallInteger(), nullable=True),
    sa.Column('copies', sa.SmallInteger(), nullable=True),
    sa.ForeignKeyConstraint(['procedure_id'], ['procedure.id'], name=op.f('fk_dossier_document_procedure_id_procedure'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dossier_document'))
    )
    with op.batch_alter_table('dossier_document', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_dossier_document_procedure_id'), ['procedure_id'], unique=False)

    op.create_table('legal_basis',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('procedure_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.SmallInteger(), nullable=False),
    sa.Column('number', sa.String(length=200), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('issued_on', sa.Date(), nullable=True),
    sa.Column('url', sa.String(length=1000), nullable=False),
    sa.ForeignKeyConstraint(['procedure_id'], ['procedure.id'], name=op.f('fk_legal_basis_procedure_id_procedure'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_legal_basis'))
    )
    with op.batch_alter_table('legal_basis', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_legal_basis_procedure_id'), ['procedure_id'], unique=False)

    op.create_table('level_change',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('procedure_id', sa.Integer(), nullable=False),
    sa.Column('from_level', sa.SmallInteger(), nullable=True),
    sa.Column('to_level', sa.SmallInteger(), nullable=False),
    sa.Column('effective_date', sa.Date(), nullable=False),
    sa.Column('decision_ref', sa.String(length=200), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('recorded_by_id', sa.Integer(), nullable=True),
    sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('source', sa.Enum('import', 'staff', 'demo', name='level_source', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.CheckConstraint('from_level IS NULL OR from_level BETWEEN 1 AND 4', name=op.f('ck_level_change_from_level_range')),
    sa.CheckConstraint('to_level BETWEEN 1 AND 4', name=op.f('ck_level_change_to_level_range')),
    sa.ForeignKeyConstraint(['procedure_id'], ['procedure.id'], name=op.f('fk_level_change_procedure_id_procedure'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['recorded_by_id'], ['user.id'], name=op.f('fk_level_change_recorded_by_id_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_level_change'))
    )
    with op.batch_alter_table('level_change', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_level_change_effective_date'), ['effective_date'], unique=False)
        batch_op.create_index('ix_level_change_procedure_effective', ['procedure_id', 'effective_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_level_change_source'), ['source'], unique=False)

    op.create_table('procedure_agency',
    sa.Column('procedure_id', sa.Integer(), nullable=False),
    sa.Column('agency_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.Enum('executing', 'competent', 'delegated', 'coordinating', name='agency_role', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('position', sa.SmallInteger(), nullable=False),
    sa.ForeignKeyConstraint(['agency_id'], ['agency.id'], name=op.f('fk_procedure_agency_agency_id_agency')),
    sa.ForeignKeyConstraint(['procedure_id'], ['procedure.id'], name=op.f('fk_procedure_agency_procedure_id_procedure'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('procedure_id', 'agency_id', 'role', name=op.f('pk_procedure_agency'))
    )
    with op.batch_alter_table('procedure_agency', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_procedure_agency_agency_id'), ['agency_id'], unique=False)

    op.create_table('procedure_applicant',
    sa.Column('procedure_id', sa.Integer(), nullable=False),
    sa.Column('applicant', sa.Enum('cong_dan', 'nguoi_nuoc_ngoai', 'doanh_nghiep', 'to_chuc', 'khac', name='applicant', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.ForeignKeyConstraint(['procedure_id'], ['procedure.id'], name=op.f('fk_procedure_applicant_procedure_id_procedure'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('procedure_id', 'applicant', name=op.f('pk_procedure_applicant'))
    )
    op.create_table('procedure_channel',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('procedure_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.SmallInteger(), nullable=False),
    sa.Column('kind', sa.Enum('truc_tiep', 'truc_tuyen', 'buu_chinh', 'khac', name='channel_kind', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('kind_text', sa.String(length=200), nullable=False),
    sa.Column('time_limit_text', sa.Text(), nullable=False),
    sa.Column('working_days', sa.Numeric(precision=8, scale=2, asdecimal=False), nullable=True),
    sa.Column('fee_text', sa.Text(), nullable=False),
    sa.Column('fee_amount', sa.BigInteger(), nullable=True),
    sa.Column('description', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['procedure_id'], ['procedure.id'], name=op.f('fk_procedure_channel_procedure_id_procedure'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_procedure_channel'))
    )
    with op.batch_alter_table('procedure_channel', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_procedure_channel_procedure_id'), ['procedure_id'], unique=False)

    op.create_table('procedure_step',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('procedure_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.SmallInteger(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['procedure_id'], ['procedure.id'], name=op.f('fk_procedure_step_procedure_id_procedure'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_procedure_step'))
    )
    with op.batch_alter_table('procedure_step', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_procedure_step_procedure_id'), ['procedure_id'], unique=False)

    op.create_table('procedure_tier',
    sa.Column('procedure_id', sa.Integer(), nullable=False),
    sa.Column('tier', sa.Enum('bo', 'tinh', 'huyen', 'xa', 'khac', name='tier', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.ForeignKeyConstraint(['procedure_id'], ['procedure.id'], name=op.f('fk_procedure_tier_procedure_id_procedure'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('procedure_id', 'tier', name=op.f('pk_procedure_tier'))
    )


def downgrade():
    op.drop_table('procedure_tier')
    with op.batch_alter_table('procedure_step', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_procedure_step_procedure_id'))

    op.drop_table('procedure_step')
    with op.batch_alter_table('procedure_channel', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_procedure_channel_procedure_id'))

    op.drop_table('procedure_channel')
    op.drop_table('procedure_applicant')
    with op.batch_alter_table('procedure_agency', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_procedure_agency_agency_id'))

    op.drop_table('procedure_agency')
    with op.batch_alter_table('level_change', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_level_change_source'))
        batch_op.drop_index('ix_level_change_procedure_effective')
        batch_op.drop_index(batch_op.f('ix_level_change_effective_date'))

    op.drop_table('level_change')
    with op.batch_alter_table('legal_basis', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_legal_basis_procedure_id'))

    op.drop_table('legal_basis')
    with op.batch_alter_table('dossier_document', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_dossier_document_procedure_id'))

    op.drop_table('dossier_document')
    with op.batch_alter_table('procedure', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_procedure_status'))
        batch_op.drop_index(batch_op.f('ix_procedure_level'))
        batch_op.drop_index(batch_op.f('ix_procedure_field_id'))

    op.drop_table('procedure')
    op.drop_table('user')
    op.drop_table('field')
    op.drop_table('agency')
