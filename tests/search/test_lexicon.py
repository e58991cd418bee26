"""The citizens' lexicon: sound as data, and harmless to the catalogue's own names."""
import contextlib
import gzip
import importlib.util
import json
from pathlib import Path

import pytest
from flask_migrate import downgrade, upgrade
from sqlalchemy import delete, select

from portal.extensions import db
from portal.search.analysis import folded_key
from portal.search.lexicon import (
    LEXICON, LEXICON_ROUND_EIGHT, LEXICON_ROUND_FIVE, LEXICON_ROUND_FOUR, LEXICON_ROUND_NINE,
    LEXICON_ROUND_ONE, LEXICON_ROUND_SEVEN, LEXICON_ROUND_SIX, LEXICON_ROUND_THREE,
    LEXICON_ROUND_TWO,
)
from portal.search.models import SynonymGroup
from portal.search.synonym_seed import SEED_GROUPS
from portal.search.synonyms import lexicon_groups, seed_synonym_groups

from portal import create_app

from ..conftest import NATIONAL_JSONL, is_postgres, shared_data, temporary_database
from .conftest import codes, find

pytestmark = [pytest.mark.needs_shared_data]


def _catalogue_texts() -> tuple[str, str]:
    """The folded names, and the folded names with every text, of the national file."""
    names, texts = [], []
    with gzip.open(shared_data(NATIONAL_JSONL.name), "rt", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            names.append(f" {folded_key(record['ten_thu_tuc'])} ")
            texts.append(f" {folded_key(record.get('raw_text') or '')} ")
    return "|".join(names), "|".join(names + texts)


def test_every_group_names_its_source_and_its_official_words_exist_as_written():
    _, everything = _catalogue_texts()
    assert len(LEXICON) >= 2300 and len(LEXICON_ROUND_TWO) >= 200 \
        and len(LEXICON_ROUND_THREE) >= 90 and len(LEXICON_ROUND_FOUR) >= 200 \
        and len(LEXICON_ROUND_FIVE) >= 150 and len(LEXICON_ROUND_SIX) >= 200 \
        and len(LEXICON_ROUND_SEVEN) >= 400 and len(LEXICON_ROUND_EIGHT) >= 400 \
        and len(LEXICON_ROUND_NINE) >= 60
    missing = []
    for source, phrases in LEXICON:
        # a tuple of phrases: a lone string would be read letter by letter
        assert isinstance(phrases, tuple) and len(phrases) >= 2, source
        assert source.split(":")[0] in {"usage", "law", "abbr", "catalogue",
                                        "catalogue/law", "catalogue/usage", "law/usage",
                                        "abbr/usage", "usage/loan word", "catalogue abbr",
                                        "catalogue/abbr"}, source
        # the first phrase is the official wording the others stand for
        if f" {folded_key(phrases[0])} " not in everything:
            missing.append(phrases[0])
    assert missing == []
    assert all(len(phrases) >= 2 for _, phrases in lexicon_groups())


def test_the_lexicon_is_seeded_with_its_sources_and_reseeding_adds_nothing(backend):
    added = seed_synonym_groups()
    db.session.commit()
    assert added == len(SEED_GROUPS) + len(lexicon_groups())
    notes = {g.note for g in db.session.query(SynonymGroup)}
    assert "lexicon: law: Luật Cư trú 2020 abolished the household book; people still say it" \
        in notes
    assert seed_synonym_groups() == 0


@pytest.mark.slow
@pytest.mark.skipif(is_postgres(), reason="Whoosh searches only, the same on either database:"
                    " run on the SQLite pass (3,900 searches, a minute of CI each time)")
def test_no_group_changes_the_top_result_of_an_official_name(national):
    # Every name of the national catalogue, searched as written, finds the same
    # first procedure with the lexicon as without it (seed groups in both runs),
    # or, with it, the procedure of that very name.
    # On the run's one national import (tests/conftest.py); its groups are put back.
    assert national.report.created > 2600
    with national.app.app_context():
        found = [(g.terms, g.note) for g in db.session.query(SynonymGroup).order_by(
            SynonymGroup.id)]
        try:
            _compare_with_and_without_the_lexicon()
        finally:
            db.session.rollback()
            db.session.execute(delete(SynonymGroup))
            db.session.add_all(SynonymGroup(terms=terms, note=note) for terms, note in found)
            db.session.commit()


def _compare_with_and_without_the_lexicon() -> None:
    # A name holding no phrase of the lexicon is analysed into the same units
    # with or without it: only the others can change.
    phrases = {folded_key(p) for _, group in LEXICON for p in group}
    folded = {p.name: f" {folded_key(p.name)} " for p in _procedures()}
    names = sorted(name for name, key in folded.items()
                   if any(f" {phrase} " in key for phrase in phrases))
    assert len(names) > 1000
    db.session.execute(delete(SynonymGroup))
    db.session.add_all(SynonymGroup(terms="\n".join(g), note="") for g in SEED_GROUPS)
    db.session.commit()
    before = {name: codes(find(name, per_page=1)) for name in names}
    seed_synonym_groups()
    db.session.commit()
    after = {name: codes(find(name, per_page=1)) for name in names}
    named = {p.code: p.name for p in _procedures()}
    # a change is harmful unless the lexicon brings first the very procedure
    # whose name was typed (one a longer variant's name had pushed down)
    changed = [(name, before[name], after[name]) for name in names
               if after[name] != before[name] and [named.get(c) for c in after[name]] != [name]]
    assert changed == []


def _procedures():
    from portal.catalogue.models import Procedure
    return db.session.query(Procedure).all()


def test_a_colloquial_word_reaches_the_official_name(backend):
    from tests.factories import make_procedure
    make_procedure("Xác nhận thông tin về cư trú", "1.000001")
    make_procedure("Đăng ký tạm trú", "1.000002")
    seed_synonym_groups()
    db.session.commit()
    assert codes(find("xin giấy xác nhận cư trú CT07"))[:1] == ["1.000001"]
    assert codes(find("đăng ký KT3"))[:1] == ["1.000002"]


VERSIONS = Path(__file__).resolve().parents[2] / "migrations/versions"


def _migration(name: str):
    """A migration's module, read from its file (its constants, its parent)."""
    spec = importlib.util.spec_from_file_location(name, VERSIONS / name)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _parent(migration: str) -> str:
    """The revision a round's migration follows (0014 follows 0013, 0016 0015)."""
    return _migration(migration).down_revision


@contextlib.contextmanager
def _empty_database(tmp_path):
    """An app on a database of its own that the test migrates, in its context."""
    with temporary_database(tmp_path) as url:
        other = create_app({"PORTAL_ENV": "testing", "TESTING": True, "SECRET_KEY": "x",
                            "DATABASE_URL": url, "PORTAL_INDEX_DIR": str(tmp_path / "index")})
        with other.app_context():
            try:
                yield
            finally:
                db.session.remove()
                db.engine.dispose()


@pytest.mark.parametrize("migration, this_round, earlier", [
    ("0014_seed_lexicon_round_two.py", LEXICON_ROUND_TWO, LEXICON_ROUND_ONE),
    ("0016_seed_lexicon_round_three.py", LEXICON_ROUND_THREE,
     LEXICON_ROUND_ONE + LEXICON_ROUND_TWO),
    ("0018_seed_lexicon_rounds_four_to_six.py",
     LEXICON_ROUND_FOUR + LEXICON_ROUND_FIVE + LEXICON_ROUND_SIX,
     LEXICON_ROUND_ONE + LEXICON_ROUND_TWO + LEXICON_ROUND_THREE),
    ("0019_seed_lexicon_rounds_seven_to_nine.py",
     LEXICON_ROUND_SEVEN + LEXICON_ROUND_EIGHT + LEXICON_ROUND_NINE,
     LEXICON_ROUND_ONE + LEXICON_ROUND_TWO + LEXICON_ROUND_THREE + LEXICON_ROUND_FOUR
     + LEXICON_ROUND_FIVE + LEXICON_ROUND_SIX),
])
def test_a_round_migration_adds_only_what_is_missing_and_removes_only_what_it_seeded(
        tmp_path, migration, this_round, earlier):
    # Needs no shared data, but lives beside the lexicon it seeds.
    new = {"\n".join(g) for _, g in lexicon_groups(this_round)}
    old = {"\n".join(g) for _, g in lexicon_groups(earlier)}
    assert not new & old
    with _empty_database(tmp_path):
        upgrade(revision=_parent(migration))
        # A database migrated before this round was written: 0011 (which
        # reads the lexicon as the code holds it) seeded the earlier rounds only.
        db.session.execute(delete(SynonymGroup).where(SynonymGroup.terms.in_(new)))
        db.session.commit()
        terms = set(db.session.scalars(select(SynonymGroup.terms)))
        assert old <= terms and not new & terms
        # Staff already wrote one of this round's groups by hand (their own note).
        first = lexicon_groups(this_round)[0][1]
        db.session.add(SynonymGroup(terms="\n".join(first), note="staff"))
        db.session.commit()
        upgrade()
        rows = db.session.execute(select(SynonymGroup.terms, SynonymGroup.note)).all()
        assert {t for t, _ in rows} >= new
        assert [n for t, n in rows if t == "\n".join(first)] == ["staff"]
        # Staff then edit another seeded group: the downgrade keeps it.
        second = db.session.scalars(select(SynonymGroup).where(
            SynonymGroup.terms == "\n".join(lexicon_groups(this_round)[1][1])
        )).one()
        edited = second.terms + "\nmột cách nói khác"
        second.terms = edited
        db.session.commit()
        downgrade(revision=_parent(migration))
        left = set(db.session.scalars(select(SynonymGroup.terms)))
        assert old <= left
        assert left & new == {"\n".join(first)}
        assert edited in left


def test_the_group_stored_letter_by_letter_is_dropped_unless_staff_edited_it(tmp_path):
    m0017 = _migration("0017_drop_a_lexicon_group_stored_letter_by_letter.py")
    with _empty_database(tmp_path):
        upgrade(revision="0016")
        # as 0016 stored it from the old code, and a copy staff have edited
        db.session.add(SynonymGroup(terms=m0017.LETTERS, note=m0017.NOTE))
        db.session.add(SynonymGroup(terms=m0017.LETTERS, note="staff"))
        db.session.commit()
        before = db.session.query(SynonymGroup).count()
        upgrade(revision="0017")
        left = db.session.execute(select(SynonymGroup.terms, SynonymGroup.note)).all()
        assert len(left) == before - 1
        assert [n for t, n in left if t == m0017.LETTERS] == ["staff"]


def test_the_badge_leaves_the_licence_group_unless_staff_edited_it(tmp_path):
    # "phù hiệu xe" stood with the transport business licence until 0019
    m0019 = _migration("0019_seed_lexicon_rounds_seven_to_nine.py")
    with _empty_database(tmp_path):
        upgrade(revision="0018")
        # as 0011 stored it from the old code, and a copy staff have edited
        db.session.execute(delete(SynonymGroup).where(
            SynonymGroup.terms == m0019.LICENCE))
        db.session.add(SynonymGroup(terms=m0019.LICENCE_WITH_BADGE,
                                    note=m0019.LICENCE_NOTE))
        db.session.add(SynonymGroup(terms=m0019.LICENCE_WITH_BADGE, note="staff"))
        db.session.commit()
        upgrade(revision="0019")
        rows = db.session.execute(select(SynonymGroup.terms, SynonymGroup.note)).all()
        assert (m0019.LICENCE, m0019.LICENCE_NOTE) in rows
        assert [n for t, n in rows if t == m0019.LICENCE_WITH_BADGE] == ["staff"]
        # the code's round one holds the corrected group
        assert ("lexicon: usage: road transport business licence",
                m0019.LICENCE.split("\n")) in lexicon_groups(LEXICON_ROUND_ONE)
        # a downgrade keeps the correction
        downgrade(revision="0018")
        rows = db.session.execute(select(SynonymGroup.terms, SynonymGroup.note)).all()
        assert (m0019.LICENCE, m0019.LICENCE_NOTE) in rows
