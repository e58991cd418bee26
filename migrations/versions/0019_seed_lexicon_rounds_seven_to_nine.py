"""Search: seed the citizens' lexicon, rounds seven to nine (issue 13).

Adds every group of ``portal.search.lexicon.LEXICON_ROUND_SEVEN`` (life
events, everyday names of papers and actions, a business's own words, sector
licences), ``LEXICON_ROUND_EIGHT`` (procedure by procedure, one ministry at a
time) and ``LEXICON_ROUND_NINE`` (coverage of the most used procedures) that
the table does not hold yet (same phrases, in the same order),
with its source of knowledge as the note, as 0011, 0014, 0016 and 0018 did
for earlier rounds. Existing groups, seeded or edited by staff, are left as
they are: this only adds. Downgrade removes the groups of these rounds that
are still exactly as seeded (same phrases and note); a group staff have
edited stays.

It also corrects one round-one group: "phù hiệu xe" (a vehicle's transport
badge, its own procedure) stood with the transport business licence and put
the licence first for "phù hiệu xe". The phrase is taken out of that group
where it is still stored exactly as seeded (same phrases and note); a
downgrade leaves the correction (it was wrong in every version, and the code's
round one no longer has it).

0011 reads the lexicon as the code holds it, so a database created from scratch
already has these rounds after 0011 and this adds nothing there; it is the path
for databases migrated past 0011 before these rounds were written.

Revision ID: 0019
Revises: 0018 (lexicon rounds four to six)
Create Date: 2026-12-08 01:30:00
"""
import datetime as dt

from alembic import op
import sqlalchemy as sa


revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None

synonym_group = sa.table(
    "synonym_group", sa.column("id", sa.Integer), sa.column("terms", sa.Text),
    sa.column("note", sa.String), sa.column("updated_at", sa.DateTime(timezone=True)))


def _round_rows() -> list[tuple[str, str]]:
    # (terms as stored, note); the same cleaning as the synonyms service
    from portal.search.lexicon import (
        LEXICON_ROUND_EIGHT, LEXICON_ROUND_NINE, LEXICON_ROUND_SEVEN,
    )
    from portal.search.synonyms import lexicon_groups
    rounds = LEXICON_ROUND_SEVEN + LEXICON_ROUND_EIGHT + LEXICON_ROUND_NINE
    return [("\n".join(phrases), note) for note, phrases in lexicon_groups(rounds)]


LICENCE_NOTE = "lexicon: usage: road transport business licence"
LICENCE = ("giấy phép kinh doanh vận tải bằng xe ô tô\ngiấy phép vận tải\nkinh doanh vận tải\n"
           "chạy xe dịch vụ\nxe hợp đồng\nxe taxi")
LICENCE_WITH_BADGE = LICENCE + "\nphù hiệu xe"


def upgrade():
    bind = op.get_bind()
    bind.execute(synonym_group.update().where(
        (synonym_group.c.terms == LICENCE_WITH_BADGE) & (synonym_group.c.note == LICENCE_NOTE)
    ).values(terms=LICENCE, updated_at=dt.datetime.now(dt.timezone.utc)))
    have = {row.terms for row in bind.execute(sa.select(synonym_group.c.terms))}
    now = dt.datetime.now(dt.timezone.utc)
    rows = []
    for terms, note in _round_rows():
        if terms not in have:
            rows.append({"terms": terms, "note": note, "updated_at": now})
            have.add(terms)
    if rows:
        op.bulk_insert(synonym_group, rows)


def downgrade():
    bind = op.get_bind()
    for terms, note in _round_rows():
        bind.execute(synonym_group.delete().where(
            (synonym_group.c.terms == terms) & (synonym_group.c.note == note)))
