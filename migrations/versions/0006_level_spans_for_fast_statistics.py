"""Level spans and daily level moves, derived from the level history (issue 6 §6).

New tables level_span (when each change was in force; open spans have
valid_to NULL) and level_span_day (net moves per day and level over the
procedures published today), filled here from level_change with the rule of
portal.levels.spans (history order: effective_date, recorded_at, id; a change
superseded on its own day never was in force). The SQL is plain window-function
SQL, the same on SQLite and PostgreSQL; it does not import the app's code, so
the migration stays what it is when the code moves on.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 08:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = "0005"
branch_labels = None
depends_on = None

BACKFILL_SPANS = """
INSERT INTO level_span (procedure_id, valid_from, valid_to, level, prev_level)
SELECT procedure_id, day, nxt, level,
       LAG(level) OVER (PARTITION BY procedure_id ORDER BY day)
FROM (SELECT procedure_id, effective_date AS day, to_level AS level,
             LEAD(effective_date) OVER (PARTITION BY procedure_id
                                        ORDER BY effective_date, recorded_at, id) AS nxt
      FROM level_change) AS c
WHERE nxt IS NULL OR nxt > day
"""

BACKFILL_DAYS = """
INSERT INTO level_span_day (day, level, delta)
SELECT day, level, SUM(n)
FROM (SELECT valid_from AS day, level, 1 AS n FROM level_span
      WHERE procedure_id IN (SELECT id FROM procedure WHERE status = 'published')
      UNION ALL
      SELECT valid_from, prev_level, -1 FROM level_span
      WHERE prev_level IS NOT NULL
        AND procedure_id IN (SELECT id FROM procedure WHERE status = 'published')) AS m
GROUP BY day, level
HAVING SUM(n) <> 0
"""


def upgrade():
    op.create_table('level_span',
    sa.Column('procedure_id', sa.Integer(), nullable=False),
    sa.Column('valid_from', sa.Date(), nullable=False),
    sa.Column('valid_to', sa.Date(), nullable=True),
    sa.Column('level', sa.SmallInteger(), nullable=False),
    sa.Column('prev_level', sa.SmallInteger(), nullable=True),
    sa.ForeignKeyConstraint(['procedure_id'], ['procedure.id'], name=op.f('fk_level_span_procedure_id_procedure'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('procedure_id', 'valid_from', name=op.f('pk_level_span'))
    )
    with op.batch_alter_table('level_span', schema=None) as batch_op:
        batch_op.create_index('ix_level_span_open', ['procedure_id', 'valid_from', 'level'], unique=False, postgresql_where=sa.text('valid_to IS NULL'), sqlite_where=sa.text('valid_to IS NULL'))
        batch_op.create_index('ix_level_span_valid_to', ['valid_to'], unique=False)
        batch_op.create_index('ix_level_span_moves', ['procedure_id', 'valid_from', 'level', 'prev_level'], unique=False)
    op.create_index('ix_procedure_status_id', 'procedure', ['status', 'id'], unique=False)

    op.create_table('level_span_day',
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('level', sa.SmallInteger(), nullable=False),
    sa.Column('delta', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('day', 'level', name=op.f('pk_level_span_day'))
    )
    op.execute(BACKFILL_SPANS)
    op.execute(BACKFILL_DAYS)


def downgrade():
    op.drop_index('ix_procedure_status_id', table_name='procedure')
    op.drop_table('level_span_day')
    with op.batch_alter_table('level_span', schema=None) as batch_op:
        batch_op.drop_index('ix_level_span_moves')
        batch_op.drop_index('ix_level_span_valid_to')
        batch_op.drop_index('ix_level_span_open')

    op.drop_table('level_span')
