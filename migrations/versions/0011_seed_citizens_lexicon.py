"""Search: seed the citizens' lexicon (everyday words, old names, abbreviations).

Adds every group of ``portal.search.lexicon`` that the table does not hold yet
(same phrases, in the same order), with its source of knowledge as the note.
Existing groups, seeded or edited by staff, are left as they are: this only
adds. Downgrade removes the lexicon groups that are still exactly as seeded.

Revision ID: 0011
Revises: 0009 (sessions and sign-in throttle)
Create Date: 2026-12-07 05:00:00
"""
import datetime as dt

from alembic import op
import sqlalchemy as sa


revision = "0011"
down_revision = "0009"
branch_labels = None
depends_on = None

synonym_group = sa.table(
    "synonym_group", sa.column("id", sa.Integer), sa.column("terms", sa.Text),
    sa.column("note", sa.String), sa.column("updated_at", sa.DateTime(timezone=True)))


def _lexicon_rows() -> list[tuple[str, str]]:
    # (terms as stored, note); the same cleaning as the synonyms service
    from portal.search.synonyms import lexicon_groups
    return [("\n".join(phrases), note) for note, phrases in lexicon_groups()]


def upgrade():
    bind = op.get_bind()
    have = {row.terms for row in bind.execute(sa.select(synonym_group.c.terms))}
    now = dt.datetime.now(dt.timezone.utc)
    rows = [{"terms": terms, "note": note, "updated_at": now}
            for terms, note in _lexicon_rows() if terms not in have]
    if rows:
        op.bulk_insert(synonym_group, rows)


def downgrade():
    bind = op.get_bind()
    for terms, note in _lexicon_rows():
        bind.execute(synonym_group.delete().where(
            (synonym_group.c.terms == terms) & (synonym_group.c.note == note)))
