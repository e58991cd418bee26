"""Search: drop the round-three group that was stored letter by letter.

Round three (0016, from ``portal.search.lexicon``) held one group written as a
lone string instead of a tuple of phrases, "đổi chứng nhận đăng ký xe, biển số
xe", so the seed stored its letters as fifteen one-letter phrases. A one-letter
phrase stands for every word spelled with that letter: "ở" (folded "o") asked
for "a", "b", "c" …, and "đăng ký khai sinh … ở bệnh viện" found nothing right.
The code no longer holds the group (its phrase is the first of another group)
and the synonyms service now refuses one-letter phrases.

Removes the group only if it is still exactly as seeded (same terms and note);
a group staff have edited is theirs. Downgrade adds nothing back: the group
never meant anything.

Revision ID: 0017
Revises: 0016 (lexicon round three)
Create Date: 2026-12-07 21:30:00
"""
from alembic import op
import sqlalchemy as sa


revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

synonym_group = sa.table(
    "synonym_group", sa.column("id", sa.Integer), sa.column("terms", sa.Text),
    sa.column("note", sa.String))

# as 0016 stored it: the phrase's distinct letters in order (spaces, the comma
# and repeated letters were dropped by the cleaning)
LETTERS = "\n".join("đổichứngậkýxebs")
NOTE = "lexicon: usage: a worn registration paper or plate exchanged (biển vàng)"


def upgrade():
    op.get_bind().execute(synonym_group.delete().where(
        (synonym_group.c.terms == LETTERS) & (synonym_group.c.note == NOTE)))


def downgrade():
    pass
