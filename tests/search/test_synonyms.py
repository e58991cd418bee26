"""Synonym groups: the services staff will use, and their effect on search."""
import pytest

from portal.errors import NotFound, ValidationError
from portal.extensions import db
from portal.search.models import SynonymGroup
from portal.search.synonyms import (
    SynonymCache, add_synonym_group, list_synonym_groups, seed_synonym_groups,
    update_synonym_group,
)
from portal.search.lexicon import LEXICON
from portal.search.synonym_seed import SEED_GROUPS
from tests.factories import make_procedure

from .conftest import codes, commit, find


def test_a_group_needs_two_different_phrases(backend):
    with pytest.raises(ValidationError) as err:
        add_synonym_group(["CCCD", "cccd", "  "])
    assert err.value.field == "terms"
    with pytest.raises(NotFound):
        update_synonym_group(999_999, ["a", "b"])


def test_a_one_letter_phrase_is_refused_and_a_stored_one_stands_for_nothing(backend):
    # "ở" folds to "o": a group holding the letters of a phrase, one per line
    # (round three stored one so), made "ở bệnh viện" ask for "a", "b", "c" ...
    with pytest.raises(ValidationError) as err:
        add_synonym_group(["đổi biển số", "ở", "b"])
    assert err.value.field == "terms"
    db.session.add(SynonymGroup(terms="đ\nổ\ni\nc\nh", note="stored before 0017"))
    db.session.add(SynonymGroup(terms="căn cước\nCCCD", note=""))
    commit()
    index = SynonymCache().current()
    assert index.match(["o"], 0) == (0, ())
    assert index.match(["cccd"], 0) == (1, (("cccd",), ("can", "cuoc")))


def test_phrases_are_cleaned_and_kept_in_order(backend):
    group = add_synonym_group(["  căn cước  công dân ", "CCCD", "cccd"])
    assert group.phrases == ["căn cước công dân", "CCCD"]


def test_an_edited_group_changes_results_at_once(backend):
    make_procedure("Cấp đổi thẻ căn cước", "1.014063")
    commit()
    group = add_synonym_group(["thẻ căn cước", "chứng minh thư"])
    commit()
    assert codes(find("cấp đổi chứng minh thư")) == ["1.014063"]
    update_synonym_group(group.id, ["thẻ căn cước", "CCCD"])
    commit()
    assert codes(find("cấp đổi CCCD")) == ["1.014063"]


def test_seeding_adds_only_missing_groups(backend):
    assert seed_synonym_groups() == len(SEED_GROUPS) + len(LEXICON)
    commit()
    assert seed_synonym_groups() == 0
    assert len(list_synonym_groups()) == len(SEED_GROUPS) + len(LEXICON)
