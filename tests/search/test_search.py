"""What a citizen gets back: ranking, codes, odd input, facets, pages, highlights."""
import re

import pytest
from sqlalchemy import select

from portal.catalogue.models import Applicant, Procedure, ProcedureApplicant, ProcedureTier, Tier
from portal.extensions import db
from portal.search import service
from portal.search.base import MAX_QUERY_CHARS
from portal.search.synonyms import add_synonym_group
from tests.factories import make_agency, make_field, make_procedure

from .conftest import codes, commit, find

ODD_INPUTS = ['"', "(", ")", "AND", "NOT", "OR", "title:x", "name:khai", "*", "**", "k*",
              "~", "khai~2", "^", "khai^abc", "[a TO", "{", "\\", "'", "-", ":", ";", ".",
              "đăng ký AND", "khai sinh NOT", "🙂", "🙂 khai sinh", "\x00", "khai\x00sinh",
              "\x07\x1b[31m", "\u200b", "   ", "", "%", "%%", "<script>alert(1)</script>",
              "NEAR(a b)", "1.", "1.00119", "x" * 10_000, "khai sinh " * 2_000]


@pytest.fixture()
def catalogue(backend):
    civil = make_field("Hộ tịch")
    make_procedure("Thủ tục đăng ký khai sinh", "1.001193", field=civil)
    make_procedure("Đăng ký khai sinh có yếu tố nước ngoài", "1.001195", field=civil)
    make_procedure("Khai báo tạm trú cho sinh viên nước ngoài", "1.000001")
    make_procedure("Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ", "1.013225")
    make_procedure("Cấp giấy phép lái xe", "1.000002")
    make_procedure("Cấp phép hoạt động trong lĩnh vực xây dựng đường thủy", "1.000003")
    make_procedure("Thẩm định dự án đường bộ", "1.000004")
    make_procedure("Cấp giấy chứng nhận vùng nuôi dương liễu", "1.000005")
    make_procedure("Gia hạn tạm trú", "1.002755")
    commit()


def test_khai_sinh_finds_birth_registration_before_students(catalogue):
    result = find("khai sinh")
    assert codes(result)[:2] == ["1.001193", "1.001195"]
    assert "1.000001" not in codes(result)[:2]


def test_diacritics_typed_rank_the_exact_word_first(catalogue):
    assert codes(find("đường"))[0] in {"1.000004", "1.000003"}
    assert codes(find("dương"))[0] == "1.000005"


def test_building_permit_is_not_a_driving_licence(catalogue):
    result = find("giay phep xay dung")
    assert codes(result)[0] == "1.013225"
    assert "1.000002" not in codes(result)


def test_whole_name_without_its_thu_tuc_opening_comes_first(catalogue):
    assert codes(find("dang ky khai sinh"))[0] == "1.001193"


def test_a_code_goes_straight_to_its_procedure(catalogue):
    result = find("1.001193")
    assert result.exact_code == "1.001193"
    assert codes(result) == ["1.001193"]
    with_suffix = find("1.001193.000.00.00.H01")
    assert with_suffix.exact_code == "1.001193"


@pytest.mark.parametrize("text", ["mã 1.001193", "TTHC 1.001193", "thủ tục 1.001193",
                                  "ma thu tuc 1.001193", "1,001193", "1001193",
                                  "mã số 1001193", "1.001193 khai sinh", "1. 001193"])
def test_a_code_typed_among_words_or_without_its_dot_is_still_the_code(catalogue, text):
    # copied from a paper: words around it, a comma for the dot, a space after
    # it (a phone keyboard adds one), or the dot left out
    result = find(text)
    assert result.exact_code == "1.001193"
    assert codes(result) == ["1.001193"]


def test_six_digits_alone_are_the_number_of_a_code(catalogue):
    # lists print and people say the number without its first digit
    result = find("001193")
    assert result.exact_code == "1.001193" and codes(result) == ["1.001193"]
    assert codes(find("mã 001193")) == ["1.001193"]
    make_procedure("Thủ tục liên thông khai sinh", "2.001193")
    commit()
    both = find("001193")
    assert both.exact_code is None and sorted(codes(both)) == ["1.001193", "2.001193"]
    # beside other words, or a number no code has, they are words
    assert find("001193 khai sinh").exact_code is None
    assert find("999999").exact_code is None


@pytest.mark.parametrize("text", ["phí 1.000.000 đồng", "1.001193 1.001195",
                                  "số 1001193 khai sinh", "9.999999"])
def test_numbers_that_are_not_one_known_code_are_searched_as_words(catalogue, text):
    assert find(text).exact_code is None


def test_typo_of_known_words_shows_what_was_meant(catalogue):
    make_procedure("Thay đổi chủ hộ", "1.000006")      # "chu" is a known word
    commit()
    result = find("gia hạn tạm chú")
    assert codes(result)[0] == "1.002755"
    assert result.suggestion == "gia hạn tạm trú"


def test_unknown_word_shows_the_correction_and_says_so(catalogue):
    # nothing holds "sinhh": answering for "khai sinh" loses nothing, and the
    # page names the correction
    result = find("khai sinhh")
    assert codes(result)[0] == "1.001193"
    assert result.suggestion == "khai sinh"


@pytest.mark.parametrize("typed, meant, code", [
    ("đăng ký khai xinh", "đăng ký khai sinh", "1.001193"),       # s/x
    ("gia hạn tạm chú", "gia hạn tạm trú", "1.002755"),           # tr/ch
    ("đăng kí khai sinh", "đăng ký khai sinh", "1.001193"),       # i/y
    ("giay phep xay dun", "giấy phép xây dựng", "1.013225"),      # final ng/n
])
def test_a_real_word_typed_by_mistake_is_fixed_by_its_neighbours(catalogue, typed, meant,
                                                                 code):
    make_procedure("Thay đổi chủ hộ", "1.000006")      # "chu", "xin", "dun"... are words
    make_procedure("Xin cấp phép dun nấu", "1.000007")
    commit()
    result = find(typed)
    assert codes(result)[0] == code
    assert result.suggestion == meant


def test_the_suggestion_changes_only_the_corrected_word(catalogue):
    # "qua" was typed bare on purpose among marked words: the suggestion must not
    # give it the marks of some name that holds "quả"
    make_procedure("Trả kết quả gia hạn tạm trú cho người nước ngoài", "1.000008")
    commit()
    result = find("trả kết quả gia hạn tạm chú qua mạng")
    assert result.suggestion == "trả kết quả gia hạn tạm trú qua mạng"


def test_a_pair_typed_without_its_space_is_split(catalogue):
    result = find("dangky khaisinh")
    assert codes(result)[0] == "1.001193"
    assert result.suggestion == "đăng ký khai sinh"


def test_words_that_are_not_neighbours_in_any_name_are_not_corrected(catalogue):
    # "khai" and "nuoc" never stand side by side, but both are right: no guess
    result = find("khai sinh nuoc ngoai")
    assert result.suggestion is None
    assert codes(result)[0] == "1.001195"


def test_synonym_group_bridges_colloquial_words(catalogue):
    add_synonym_group(["giấy phép lái xe", "bằng lái"])
    commit()
    assert codes(find("bằng lái"))[0] == "1.000002"


def test_synonym_edits_take_effect_without_a_rebuild(catalogue, backend):
    assert codes(find("KT9")) == []
    group = add_synonym_group(["KT9", "gia hạn tạm trú"])
    commit()
    generation = backend.store.index().latest_generation()
    assert codes(find("KT9"))[0] == "1.002755"
    from portal.search.synonyms import delete_synonym_group
    delete_synonym_group(group.id)
    commit()
    assert codes(find("KT9")) == []
    assert backend.store.index().latest_generation() == generation


@pytest.mark.parametrize("text", ODD_INPUTS)
def test_odd_input_never_raises(catalogue, text):
    """Odd input is answered, with the catalogue's own records only; the words that make
    sense in it still find their procedure."""
    procs = db.session.scalars(select(Procedure)).all()
    result = find(text)
    assert set(codes(result)) <= {p.code for p in procs}
    assert result.total >= len(codes(result))
    if "khai sinh" in text and "NOT" not in text:
        assert "1.001193" in codes(result)
    assert set(service.suggest(text)) <= {p.name for p in procs}


def test_long_input_is_truncated_and_says_so(catalogue):
    result = find("khai sinh " * 100)
    assert result.truncated
    assert not find("khai sinh").truncated
    assert len("khai sinh " * 100) > MAX_QUERY_CHARS


def test_names_are_escaped_and_marked(backend):
    make_procedure("Cấp <b>phép</b> & khai sinh", "1.000009")
    commit()
    hit = find("khai sinh").hits[0]
    assert hit.name_html == "Cấp &lt;b&gt;phép&lt;/b&gt; &amp; <mark>khai</mark> <mark>sinh</mark>"


def test_facets_filters_and_pages(backend):
    justice, land = make_field("Hộ tịch"), make_field("Đất đai")
    agency = make_agency("Sở Tư pháp")
    for n in range(12):
        proc = make_procedure(f"Đăng ký việc số {n}", field=justice if n < 8 else land,
                              level=4 if n % 2 else 2)
        proc.tier_links.append(ProcedureTier(tier=Tier.COMMUNE if n < 3 else Tier.PROVINCE))
        proc.applicant_links.append(ProcedureApplicant(applicant=Applicant.CITIZEN))
    from portal.catalogue.models import AgencyRole, ProcedureAgency
    proc.agency_links.append(ProcedureAgency(agency=agency, role=AgencyRole.EXECUTING))
    commit()
    result = find("đăng ký", per_page=5, page=3)
    assert result.total == 12 and len(result.hits) == 2
    fields = {f.label: f.count for f in result.facets["field"]}
    assert fields == {"Hộ tịch": 8, "Đất đai": 4}
    assert {f.value: f.count for f in result.facets["tier"]} == {"xa": 3, "tinh": 9}
    assert result.facets["agency"][0].label == "Sở Tư pháp"
    filtered = find("đăng ký", filters={"field": (str(land.id),), "level": ("4",)})
    assert filtered.total == 2
    assert all(h.level == 4 for h in filtered.hits)
    # the field facet still counts the other field, under the level filter
    assert {f.label: f.count for f in filtered.facets["field"]} == {"Hộ tịch": 4, "Đất đai": 2}


def test_suggest_completes_folded_names_starting_with_the_text_first(catalogue):
    names = service.suggest("dang ky kh")
    assert names[:2] == ["Thủ tục đăng ký khai sinh", "Đăng ký khai sinh có yếu tố nước ngoài"]
    assert service.suggest("giay phep x")[0] == "Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ"
    assert service.suggest("k") == []


def test_a_request_said_with_synonyms_can_be_a_whole_name(backend):
    make_procedure("Đổi giấy phép lái xe quân sự do Bộ Quốc phòng cấp", "3.000349")
    make_procedure("Đổi giấy phép lái xe", "3.000347")
    add_synonym_group(["cấp đổi", "đổi"])
    add_synonym_group(["giấy phép lái xe", "bằng lái"])
    commit()
    assert codes(find("cap doi bang lai"))[0] == "3.000347"


def test_renamed_agencies_and_fields_show_their_new_names_in_facets(backend):
    justice, agency = make_field("Hộ tịch"), make_agency("Sở Tư pháp")
    from portal.catalogue.models import AgencyRole, ProcedureAgency
    proc = make_procedure("Đăng ký khai sinh", field=justice)
    proc.agency_links.append(ProcedureAgency(agency=agency, role=AgencyRole.EXECUTING))
    commit()
    result = find("khai sinh")      # the names are now cached with this searcher
    assert [f.label for f in result.facets["agency"]] == ["Sở Tư pháp"]
    assert [f.label for f in result.facets["field"]] == ["Hộ tịch"]
    agency.name, justice.name = "Sở Tư pháp tỉnh", "Hộ tịch - Chứng thực"
    commit()
    result = find("khai sinh")
    assert [f.label for f in result.facets["agency"]] == ["Sở Tư pháp tỉnh"]
    assert [f.label for f in result.facets["field"]] == ["Hộ tịch - Chứng thực"]


def test_numbers_match_with_or_without_a_leading_zero(backend):
    make_procedure("Cấp tài khoản định danh điện tử mức độ 02 cho công dân", "1.000010")
    make_procedure("Cấp giấy phép cho trung tâm sát hạch lái xe loại 1", "1.000011")
    make_procedure("Cấp tài khoản định danh điện tử mức độ 01 cho công dân", "1.000012")
    commit()
    assert codes(find("tài khoản định danh điện tử mức độ 2"))[:1] == ["1.000010"]
    assert codes(find("định danh điện tử mức độ 1"))[:1] == ["1.000012"]
    assert codes(find("trung tâm sát hạch loại 01"))[:1] == ["1.000011"]


def _marked(html: str) -> list[str]:
    return [m.lower() for m in re.findall(r"<mark>(.*?)</mark>", html)]


def test_highlights_mark_only_what_the_query_matched(catalogue):
    # "làm", "cho", "con" are words the query drops; the name holds them all the
    # same, but they are not what was found
    make_procedure("Đăng ký khai sinh cho con nuôi làm tại nhà", "1.000010")
    commit()
    hit = next(h for h in find("làm khai sinh cho con").hits if h.code == "1.000010")
    assert _marked(hit.name_html) == ["khai", "sinh"]


def test_highlights_mark_a_synonym_only_where_its_whole_phrase_stands(catalogue):
    add_synonym_group(["giấy phép lái xe", "bằng lái"])
    make_procedure("Cấp giấy phép lái xe cho người học lái, giấy tờ kèm theo", "1.000011")
    commit()
    hit = next(h for h in find("bằng lái").hits if h.code == "1.000011")
    # the phrase is marked; a lone "giấy" or "lái" elsewhere in the name is not
    assert _marked(hit.name_html) == ["giấy", "phép", "lái", "xe"]


def test_highlights_follow_the_typo_repair_only_when_it_is_used(catalogue):
    hit = find("khai sinhh").hits[0]
    # the corrected word is what found the name: it is marked
    assert _marked(hit.name_html) == ["khai", "sinh"]
