"""Form files, link checks, feedback, procedure verification (issue 8).

New tables form_file (history kept: replaced_by_id / removed_at), link_check
(current state of each external URL) and feedback (no personal data); on
procedure: no_form_required (existing rows: false), verified_at, verified_by_id.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25 09:34:24.407631
"""
from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('link_check',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('url', sa.String(length=1000), nullable=False),
    sa.Column('kind', sa.Enum('online', 'legal', 'source', name='link_kind', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('status_code', sa.Integer(), nullable=True),
    sa.Column('ok', sa.Boolean(), nullable=False),
    sa.Column('redirected', sa.Boolean(), nullable=False),
    sa.Column('final_url', sa.String(length=1000), nullable=False),
    sa.Column('error', sa.String(length=500), nullable=False),
    sa.Column('checked_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_link_check')),
    sa.UniqueConstraint('url', name=op.f('uq_link_check_url'))
    )
    with op.batch_alter_table('link_check', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_link_check_ok'), ['ok'], unique=False)

    op.create_table('feedback',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('procedure_id', sa.Integer(), nullable=False),
    sa.Column('useful', sa.Boolean(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('resolved_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('resolved_by_id', sa.Integer(), nullable=True),
    sa.Column('resolution_note', sa.Text(), nullable=False),
    sa.CheckConstraint('length(text) <= 1000', name=op.f('ck_feedback_text_length')),
    sa.ForeignKeyConstraint(['procedure_id'], ['procedure.id'], name=op.f('fk_feedback_procedure_id_procedure'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['resolved_by_id'], ['user.id'], name=op.f('fk_feedback_resolved_by_id_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_feedback'))
    )
    with op.batch_alter_table('feedback', schema=None) as batch_op:
        batch_op.create_index('ix_feedback_procedure_resolved', ['procedure_id', 'resolved_at'], unique=False)

    op.create_table('form_file',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('procedure_id', sa.Integer(), nullable=False),
    sa.Column('dossier_document_id', sa.Integer(), nullable=True),
    sa.Column('display_name', sa.String(length=255), nullable=False),
    sa.Column('kind', sa.String(length=8), nullable=False),
    sa.Column('content_type', sa.String(length=100), nullable=False),
    sa.Column('size', sa.BigInteger(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('stored_name', sa.String(length=80), nullable=False),
    sa.Column('uploaded_by_id', sa.Integer(), nullable=True),
    sa.Column('uploaded_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('replaced_by_id', sa.Integer(), nullable=True),
    sa.Column('removed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('removed_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['dossier_document_id'], ['dossier_document.id'], name=op.f('fk_form_file_dossier_document_id_dossier_document'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['procedure_id'], ['procedure.id'], name=op.f('fk_form_file_procedure_id_procedure'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['removed_by_id'], ['user.id'], name=op.f('fk_form_file_removed_by_id_user')),
    sa.ForeignKeyConstraint(['replaced_by_id'], ['form_file.id'], name=op.f('fk_form_file_replaced_by_id_form_file')),
    sa.ForeignKeyConstraint(['uploaded_by_id'], ['user.id'], name=op.f('fk_form_file_uploaded_by_id_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_form_file'))
    )
    with op.batch_alter_table('form_file', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_form_file_dossier_document_id'), ['dossier_document_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_form_file_procedure_id'), ['procedure_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_form_file_sha256'), ['sha256'], unique=False)

    with op.batch_alter_table('procedure', schema=None) as batch_op:
        batch_op.add_column(sa.Column('no_form_required', sa.Boolean(), server_default=sa.false(), nullable=False))
        batch_op.add_column(sa.Column('verified_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('verified_by_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_procedure_verified_by_id_user'), 'user', ['verified_by_id'], ['id'])



def downgrade():
    with op.batch_alter_table('procedure', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_procedure_verified_by_id_user'), type_='foreignkey')
        batch_op.drop_column('verified_by_id')
        batch_op.drop_column('verified_at')
        batch_op.drop_column('no_form_required')

    with op.batch_alter_table('form_file', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_form_file_sha256'))
        batch_op.drop_index(batch_op.f('ix_form_file_procedure_id'))
        batch_op.drop_index(batch_op.f('ix_form_file_dossier_document_id'))

    op.drop_table('form_file')
    with op.batch_alter_table('feedback', schema=None) as batch_op:
        batch_op.drop_index('ix_feedback_procedure_resolved')

    op.drop_table('feedback')
    with op.batch_alter_table('link_check', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_link_check_ok'))

    op.drop_table('link_check')
