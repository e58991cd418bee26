"""The SQL search backend behind the search contract."""
from portal.search.base import SearchQuery
from portal.search.sqlbackend import SqlSearchBackend


def search(text="", **kw):
    return SqlSearchBackend().search(SearchQuery(text=text, **kw))


def test_folded_query_finds_names_with_diacritics(catalogue):
    result = search("dang ky khai sinh")
    assert [h.code for h in result.hits][:1] == ["1.001193"]
    assert "1.009999" not in [h.code for h in result.hits]


def test_nfd_and_old_tone_placement_match(catalogue):
    import unicodedata
    result = search(unicodedata.normalize("NFD", "Đăng ký kết hôn"))
    assert [h.code for h in result.hits] == ["1.000894"]


def test_drafts_and_rescinded_are_not_search_results(catalogue):
    codes = {h.code for h in search("").hits}
    assert "9.999999" not in codes and "1.004884" not in codes
    assert search("").total == 4


def test_exact_code_is_reported(catalogue):
    result = search("1.002804")
    assert result.exact_code == "1.002804"
    assert [h.code for h in result.hits] == ["1.002804"]
    # as a citizen copies it: with words around it, a comma, or without its dot
    for typed in ("mã 1.002804", "TTHC 1,002804", "1002804", "002804", "mã 002804"):
        assert search(typed).exact_code == "1.002804", typed
    # a draft's code is not an answer
    assert search("mã 9.999999").exact_code is None


def test_filters_and_facet_counts(catalogue):
    result = search("", filters={"field": (str(catalogue.civil.id),)})
    assert result.total == 3
    levels = {f.value: f.count for f in result.facets["level"]}
    assert levels == {"3": 1, "4": 2}
    # A facet's own filter does not hide its other values: fields can be combined.
    fields = {f.value: f.count for f in result.facets["field"]}
    assert fields == {str(catalogue.civil.id): 3, str(catalogue.roads.id): 1}
    both = search("", filters={"field": (str(catalogue.civil.id), str(catalogue.roads.id)),
                               "level": ("2",)})
    assert [h.code for h in both.hits] == ["1.002804"]


def test_pagination(catalogue):
    first = search("", per_page=3, page=1)
    second = search("", per_page=3, page=2)
    assert first.total == second.total == 4
    assert len(first.hits) == 3 and len(second.hits) == 1
    assert not {h.code for h in first.hits} & {h.code for h in second.hits}


def test_highlights_are_escaped(catalogue):
    hit = search("thu tuc").hits[0]
    assert "<script>" not in hit.name_html
    assert "&lt;script&gt;" in hit.name_html
    assert "<mark>Thủ</mark> <mark>tục</mark>" in hit.name_html


def test_did_you_mean(catalogue):
    result = search("dang ky khai sinhh")
    assert result.total == 0
    assert result.suggestion == "dang ky khai sinh"


def test_long_query_is_cut_and_reported(catalogue):
    result = search("khai " * 1000)
    assert result.truncated


def test_suggest_prefers_names_starting_with_the_prefix(catalogue):
    names = SqlSearchBackend().suggest("dang ky k")
    assert names[:2] == ["Đăng ký kết hôn", "Đăng ký khai sinh"]
    assert SqlSearchBackend().suggest("") == []


def test_snapshot_follows_changes(catalogue):
    from portal.extensions import db
    assert search("giay phep lai xe").total == 1
    catalogue.licence.name = "Cấp mới bằng lái"
    db.session.commit()
    assert search("giay phep lai xe").total == 0
    assert search("bang lai").total == 1


def test_exact_diacritics_rank_above_folded_matches(app_ctx):
    from portal.extensions import db
    from ..factories import make_procedure
    make_procedure("Cấp giấy phép đường thủy", "2.000001")
    make_procedure("Cấp giấy phép dương tính", "2.000002")
    db.session.commit()
    assert search("đường").hits[0].code == "2.000001"
    assert search("dương").hits[0].code == "2.000002"
    assert {h.code for h in search("duong").hits} == {"2.000001", "2.000002"}
