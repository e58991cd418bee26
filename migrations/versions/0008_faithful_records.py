"""Faithful records (issue 12): units, unknowns, flags and review marks.

procedure_channel: time_limit_value/time_limit_unit (the unit as stated, never
converted), fee_disputed, unparsed; dossier_document: is_note, unparsed;
legal_basis: unparsed; procedure: steps_preamble, steps_labelled, and result /
conditions nullable (NULL: the source does not say; existing "" become NULL,
which is what an empty value meant). New table review_mark. Existing channels
keep their old figures (working days are carried over as such) until the
national file is imported again: the parser version changed, so every record
is re-parsed, except those staff have edited, which are left alone and listed.

Revision ID: 0008
Revises: 0007
"""
from alembic import op
import sqlalchemy as sa


revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "review_mark",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("procedure_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["procedure_id"], ["procedure.id"],
                                name=op.f("fk_review_mark_procedure_id_procedure"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_mark")),
    )
    with op.batch_alter_table("review_mark", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_review_mark_procedure_id"), ["procedure_id"])
        batch_op.create_index(batch_op.f("ix_review_mark_kind"), ["kind"])
    with op.batch_alter_table("procedure_channel", schema=None) as batch_op:
        batch_op.add_column(sa.Column("time_limit_value",
                                      sa.Numeric(precision=12, scale=2, asdecimal=False)))
        batch_op.add_column(sa.Column("time_limit_unit", sa.String(length=16)))
        batch_op.add_column(sa.Column("fee_disputed", sa.Boolean(), nullable=False,
                                      server_default=sa.false()))
        batch_op.add_column(sa.Column("unparsed", sa.Boolean(), nullable=False,
                                      server_default=sa.false()))
    with op.batch_alter_table("dossier_document", schema=None) as batch_op:
        batch_op.add_column(sa.Column("is_note", sa.Boolean(), nullable=False,
                                      server_default=sa.false()))
        batch_op.add_column(sa.Column("unparsed", sa.Boolean(), nullable=False,
                                      server_default=sa.false()))
    with op.batch_alter_table("legal_basis", schema=None) as batch_op:
        batch_op.add_column(sa.Column("unparsed", sa.Boolean(), nullable=False,
                                      server_default=sa.false()))
    with op.batch_alter_table("procedure", schema=None) as batch_op:
        batch_op.add_column(sa.Column("steps_preamble", sa.Text(), nullable=False,
                                      server_default=""))
        batch_op.add_column(sa.Column("steps_labelled", sa.Boolean(), nullable=False,
                                      server_default=sa.false()))
        batch_op.alter_column("result", existing_type=sa.Text(), nullable=True)
        batch_op.alter_column("conditions", existing_type=sa.Text(), nullable=True)
    # Working days were the only unit: the old figure is the value in working days.
    op.execute("UPDATE procedure_channel SET time_limit_value = working_days, "
               "time_limit_unit = 'working_day' WHERE working_days IS NOT NULL "
               "AND time_limit_text LIKE '%làm việc%'")
    op.execute("UPDATE procedure SET result = NULL WHERE result = ''")
    op.execute("UPDATE procedure SET conditions = NULL WHERE conditions = ''")


def downgrade():
    op.execute("UPDATE procedure SET result = '' WHERE result IS NULL")
    op.execute("UPDATE procedure SET conditions = '' WHERE conditions IS NULL")
    with op.batch_alter_table("procedure", schema=None) as batch_op:
        batch_op.alter_column("conditions", existing_type=sa.Text(), nullable=False)
        batch_op.alter_column("result", existing_type=sa.Text(), nullable=False)
        batch_op.drop_column("steps_labelled")
        batch_op.drop_column("steps_preamble")
    with op.batch_alter_table("legal_basis", schema=None) as batch_op:
        batch_op.drop_column("unparsed")
    with op.batch_alter_table("dossier_document", schema=None) as batch_op:
        batch_op.drop_column("unparsed")
        batch_op.drop_column("is_note")
    with op.batch_alter_table("procedure_channel", schema=None) as batch_op:
        batch_op.drop_column("unparsed")
        batch_op.drop_column("fee_disputed")
        batch_op.drop_column("time_limit_unit")
        batch_op.drop_column("time_limit_value")
    with op.batch_alter_table("review_mark", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_review_mark_kind"))
        batch_op.drop_index(batch_op.f("ix_review_mark_procedure_id"))
    op.drop_table("review_mark")
