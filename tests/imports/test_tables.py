"""The run-together tables: channels, dossier documents, legal basis."""
import datetime as dt

from hypothesis import given, settings, strategies as st

from portal.catalogue.models import ChannelKind
from portal.imports.tables import parse_channels, parse_documents, parse_legal_basis

from .records import CHANNEL_HEADER as CH, DOC_HEADER as DH, LEGAL_HEADER as LH


def test_channels_three_rows_with_time_fee_and_description():
    text = (CH + "Trực tiếp20 Ngày làm việc2,000,000 Việt Nam Đồng(Phí thẩm định: "
            "2.000.000 đồng/hồ sơ (lần đầu))Nộp tại Bộ phận một cửa."
            "Trực tuyến15 NgàyMiễn phí"
            "Dịch vụ bưu chínhKhông có thông tinKhông có thông tinGửi qua bưu điện")
    rows = parse_channels(text)
    assert [r.kind for r in rows] == [ChannelKind.IN_PERSON, ChannelKind.ONLINE, ChannelKind.POST]
    first = rows[0]
    assert first.time_limit_text == "20 Ngày làm việc" and first.working_days == 20
    assert first.fee_text.startswith("2,000,000 Việt Nam Đồng(Phí thẩm định")
    assert first.fee_text.endswith("(lần đầu))") and first.fee_amount == 2_000_000
    assert first.description == "Nộp tại Bộ phận một cửa."
    # Calendar days stay calendar days (issue 12): no working-day figure.
    assert (rows[1].time_limit_value, rows[1].time_limit_unit, rows[1].working_days) == (
        15, "day", None)
    assert rows[1].fee_amount == 0 and rows[1].description == ""
    assert rows[2].time_limit_text == "" and rows[2].working_days is None
    assert rows[2].fee_amount is None and rows[2].description == "Gửi qua bưu điện"


def test_channel_bare_day_count_run_into_an_amount():
    rows = parse_channels(CH + "Trực tuyến120 VNĐ(20.000 vnđ /tờ khai)Trực tiếp1Miễn phí")
    # "20 VNĐ" beside "20.000 vnđ": the cell and its note disagree, no figure is shown.
    assert [(r.time_limit_text, r.fee_text.split("(")[0], r.fee_amount, r.fee_disputed)
            for r in rows] == [("1", "20 VNĐ", None, True), ("1", "Miễn phí", 0, False)]
    rows = parse_channels(CH + "Trực tuyến120,000 VNĐTrực tiếp15Miễn phí")
    assert [(r.time_limit_value, r.time_limit_unit, r.fee_amount) for r in rows] == [
        (1, None, 20_000), (15, None, 0)]


def test_channel_time_in_words_and_hours_and_usd():
    text = (CH + "Trực tuyếnKhông phải trả kết quả cho người nộp thuếMiễn phíQua Cổng"
            " dịch vụ công quốc giaTrực tiếp8 Giờ10 USD(10 USD/lần)")
    rows = parse_channels(text)
    assert rows[0].time_limit_text == "Không phải trả kết quả cho người nộp thuế"
    assert rows[0].working_days is None and rows[0].description.startswith("Qua Cổng")
    assert (rows[1].time_limit_value, rows[1].time_limit_unit) == (8, "hour")
    assert rows[1].working_days is None and rows[1].fee_amount is None
    assert rows[1].fee_text == "10 USD(10 USD/lần)"


def test_channel_prose_mentioning_a_channel_is_not_a_row():
    text = CH + "Trực tiếp5 NgàyMiễn phíNộp trực tuyến qua Cổng, Trực tuyến: nộp hồ sơ"
    rows = parse_channels(text)
    assert len(rows) == 1 and "Trực tuyến: nộp hồ sơ" in rows[0].description


def test_channels_empty():
    assert parse_channels(CH) == [] and parse_channels("") == []


def test_documents_default_case_forms_and_counts():
    text = ("--" + DH + "Đơn đề nghị theo Mẫu số 01;Mau01.docx1 bản chính"
            "Bản sao giấy phép0 bản chính,1 bản sao"
            "Ảnh chụp hiện trạng2 bản sao")
    docs = parse_documents(text)
    assert [(d.case, d.name, d.form, d.originals, d.copies) for d in docs] == [
        ("", "Đơn đề nghị theo Mẫu số 01;", "Mau01.docx", 1, 0),
        ("", "Bản sao giấy phép", "", 0, 1),
        ("", "Ảnh chụp hiện trạng", "", 0, 2)]


def test_documents_grouped_by_case():
    text = ("* Giấy tờ phải nộp:" + DH + "Tờ khai1 bản chính"
            "* Giấy tờ phải xuất trình:" + DH + "Căn cước1 bản chính"
            "Trường hợp ủy quyền:" + DH + "- Văn bản ủy quyền1 bản chính")
    docs = parse_documents(text)
    assert [(d.case, d.name) for d in docs] == [
        ("* Giấy tờ phải nộp:", "Tờ khai"), ("* Giấy tờ phải xuất trình:", "Căn cước"),
        ("Trường hợp ủy quyền:", "- Văn bản ủy quyền")]


def test_documents_zero_count_rules_and_remarks_are_notes_not_papers():
    # The civil-status layout gives every remark its own "0 bản chính" cell: a
    # row that says what papers must be, or when/who does something, is a note;
    # a named paper with a 0 cell stays a document.
    text = ("Giấy tờ phải xuất trình:" + DH + "- Thẻ căn cước còn hạn1 bản chính"
            "- Giấy tờ do nước ngoài cấp phải được hợp pháp hóa lãnh sự, trừ khi được miễn.0 bản chính"
            "+ Khi đến nhận kết quả, người yêu cầu mang theo bản chính để đối chiếu.0 bản chính"
            "Cơ quan tiếp nhận từ chối hồ sơ có giấy tờ bị tẩy xóa.0 bản chính"
            "- Giấy xác nhận nơi ở hiện tại0 bản chính")
    docs = parse_documents(text)
    assert [(d.name[:22], d.is_note) for d in docs] == [
        ("- Thẻ căn cước còn hạn", False), ("- Giấy tờ do nước ngoà", True),
        ("+ Khi đến nhận kết quả", True), ("Cơ quan tiếp nhận từ c", True),
        ("- Giấy xác nhận nơi ở ", False)]


def test_documents_a_row_giving_the_number_of_sets_is_a_note():
    # "How many sets to hand in" names no paper, even with a quantity cell of its own.
    text = (DH + "Đơn xin cấp phép1 bản chính"
            "* Số lượng hồ sơ: 02 (hai) bộ.1 bản chính,1 bản sao"
            "Số lượng hồ sơ: 01 bộ0 bản chính"
            "Bản đồ vị trí khu đất1 bản sao")
    docs = parse_documents(text)
    assert [(d.name, d.is_note) for d in docs] == [
        ("Đơn xin cấp phép", False), ("* Số lượng hồ sơ: 02 (hai) bộ.", True),
        ("Số lượng hồ sơ: 01 bộ", True), ("Bản đồ vị trí khu đất", False)]


def test_documents_a_list_label_after_a_quantity_starts_the_next_row():
    # "1 bản chínhc) Bản sao …": the letter is the next row's label, not the
    # document's own lower-case words ("01 bản sao có chứng thực …").
    text = (DH + "b) Đơn đề nghị1 bản chính,1 bản saoa) Bản sao có chứng thực hợp đồng thuê"
            "1 bản saoc) Giấy nộp 01 bản sao có chứng thực nếu có1 bản chính")
    docs = parse_documents(text)
    assert [(d.name, d.originals, d.copies) for d in docs] == [
        ("b) Đơn đề nghị", 1, 1), ("a) Bản sao có chứng thực hợp đồng thuê", 0, 1),
        ("c) Giấy nộp 01 bản sao có chứng thực nếu có", 1, 0)]


def test_documents_a_name_opening_with_its_own_quantity_after_a_cell():
    # "…1 bản sao01 bản chính Biên bản …": the next document's name says "01 bản
    # chính" itself; no name fits between the two, so it is not a cell.
    text = (DH + "Đơn đề nghị cấp lại1 bản chính,1 bản sao"
            "01 bản chính Biên bản xác nhận giấy phép bị mất1 bản chính")
    docs = parse_documents(text)
    assert [(d.name, d.originals, d.copies) for d in docs] == [
        ("Đơn đề nghị cấp lại", 1, 1),
        ("01 bản chính Biên bản xác nhận giấy phép bị mất", 1, 0)]


def test_documents_form_run_into_name_and_several_forms():
    text = ("--" + DH + "Đơn theo mẫu tại Nghị định số 258/2025/NĐ-CPMẫu số 01.docx1 bản chính"
            "Bản khai theo mẫuMauBankhaichung.docxMauDanhsach.doc1 bản chính")
    docs = parse_documents(text)
    assert (docs[0].name, docs[0].form) == (
        "Đơn theo mẫu tại Nghị định số 258/2025/NĐ-CP", "Mẫu số 01.docx")
    assert docs[1].form == "MauBankhaichung.docx\nMauDanhsach.doc"


def test_documents_free_text_and_empty():
    assert parse_documents("") == [] and parse_documents("--") == []
    docs = parse_documents("Người lao động lập hồ sơ theo mục 4.3 và nộp cho cơ quan BHXH.")
    assert len(docs) == 1 and docs[0].originals is None and docs[0].copies is None


def test_legal_basis_rows():
    text = (LH + "Hướng dẫn xử lý khiếu nại trong công an nhân dân68/2013/TT-BCA"
            "Luật Khiếu nại  năm 201102/2011/QH13"
            "Thông tư 80/2021/TT-BTC80/2021/TT-BTC"
            "Nghị định số 64/2020/NĐ-CP ngày 10/6/2020 của Chính phủ.64/2020/NĐ-CP"
            "Quyết định của Thủ tướng123/QĐ-TTg"
            "Nghị định 52/2024/NĐ-CP52/2024/NĐ-CPNghị định quy định chi tiết15/2021/NĐ-CP")
    rows = parse_legal_basis(text)
    assert [(r.number, r.title) for r in rows] == [
        ("68/2013/TT-BCA", "Hướng dẫn xử lý khiếu nại trong công an nhân dân"),
        ("02/2011/QH13", "Luật Khiếu nại năm 2011"),
        ("80/2021/TT-BTC", "Thông tư 80/2021/TT-BTC"),
        ("64/2020/NĐ-CP", "Nghị định số 64/2020/NĐ-CP ngày 10/6/2020 của Chính phủ."),
        ("123/QĐ-TTg", "Quyết định của Thủ tướng"),
        ("52/2024/NĐ-CP", "Nghị định 52/2024/NĐ-CP"),
        ("15/2021/NĐ-CP", "Nghị định quy định chi tiết")]
    assert rows[3].issued_on == dt.date(2020, 6, 10)


def test_legal_basis_empty_and_numberless():
    assert parse_legal_basis("Không có thông tin") == []
    rows = parse_legal_basis(LH + "Văn bản không số")
    assert [(r.number, r.title) for r in rows] == [("", "Văn bản không số")]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("Trực tiếpuyến0123456789 ,.()VNĐMiễn phíbản chínhsao"
                                              "-/QĐCP")) | st.characters(), max_size=300))
def test_tables_never_raise(text):
    for parse in (parse_channels, parse_documents, parse_legal_basis):
        parse(text)
        parse(CH + text)
        parse("--" + DH + text)


def test_provincial_fee_form_with_a_label_parses_to_the_amount():
    rows = parse_channels(CH + "Trực tiếp60 NgàyPhí : 5.700.000 Đồng (Phí thẩm định)"
                          "Trực tuyến60 NgàyPhí : 5.700.000 Đồng (Phí thẩm định)")
    assert [(r.kind, r.time_limit_value, r.time_limit_unit, r.fee_amount, r.description)
            for r in rows] == [
        (ChannelKind.IN_PERSON, 60, "day", 5_700_000, ""),
        (ChannelKind.ONLINE, 60, "day", 5_700_000, "")]
    assert rows[0].fee_text == "Phí : 5.700.000 Đồng (Phí thẩm định)"


def test_a_channel_table_in_an_unknown_form_is_kept_whole_and_flagged():
    text = CH + "Nộp tại quầy; thời gian: ba tuần; lệ phí theo biểu giá của tỉnh"
    rows = parse_channels(text)
    assert len(rows) == 1 and rows[0].unparsed and rows[0].kind == ChannelKind.OTHER
    assert rows[0].description == "Nộp tại quầy; thời gian: ba tuần; lệ phí theo biểu giá của tỉnh"
    # Words before the first row the pattern knows are kept too, not dropped.
    rows = parse_channels(CH + "Ghi chú chung của tỉnhTrực tiếp5 Ngày làm việcMiễn phí")
    assert [(r.unparsed, r.description) for r in rows] == [
        (True, "Ghi chú chung của tỉnh"), (False, "")]


def test_documents_a_case_opening_row_ending_with_a_colon_is_a_heading():
    # "Đối với trường hợp …:" introduces that case's papers and names none; a
    # paper whose own items follow ("Phương án kinh doanh:") is still a paper,
    # and a remark that introduces more remarks ("Đối với giấy tờ nộp …:") a note.
    text = ("(b) Cấp lại giấy chứng nhận:" + DH
            + "Đối với trường hợp giấy chứng nhận bị mất hoặc bị hư hỏng:0 bản chính"
            "++ Đơn đề nghị cấp lại theo mẫu.0 bản chính,1 bản sao"
            "(ii) Đối với trường hợp doanh nghiệp đổi tên (theo Nghị định 10/2020/NĐ-CP):"
            "0 bản chính"
            "++ Phương án kinh doanh dịch vụ:0 bản chính"
            "- Đối với giấy tờ nộp, xuất trình nếu nộp hồ sơ trực tiếp:0 bản chính"
            "Đối với trường hợp ủy quyền. Người được ủy quyền nộp thêm văn bản sau:0 bản chính")
    docs = parse_documents(text)
    assert [(d.name[:22], d.is_note, d.is_heading) for d in docs] == [
        ("Đối với trường hợp giấ", True, True), ("++ Đơn đề nghị cấp lại", False, False),
        ("(ii) Đối với trường hợ", True, True), ("++ Phương án kinh doan", False, False),
        ("- Đối với giấy tờ nộp,", True, False),
        # Two sentences: a remark that says something, not a case's heading.
        ("Đối với trường hợp ủy ", True, False)]
    # The quantity cell of a heading is kept as the source prints it.
    assert (docs[0].originals, docs[0].copies) == (0, 0)


def test_documents_a_quantity_with_a_leading_zero_after_a_colon_is_the_names_own_words():
    # The customs layout writes the count in the name ("…: 01 bản chính;") and the
    # cell after it ("0 bản chính"): one row, not a row named "…: 0" and another.
    text = (DH + "Giấy phép nhập khẩu đối với hàng hóa phải có giấy phép: 01 bản chính; "
            "Trường hợp áp dụng một cửa quốc gia thì không phải nộp.0 bản chính"
            "- Đối với dự án mở rộng: 01 bản sao Báo cáo nghiên cứu khả thi0 bản chính,1 bản sao"
            "- 01 bản chính Văn bản đề nghị cấp giấy phép1 bản chính")
    docs = parse_documents(text)
    assert [(d.name[:40], d.originals, d.copies, d.is_note) for d in docs] == [
        # "đối với hàng hóa phải có giấy phép" says what the paper is for: a paper.
        ("Giấy phép nhập khẩu đối với hàng hóa phả", 0, 0, False),
        ("- Đối với dự án mở rộng: 01 bản sao Báo ", 0, 1, False),
        ("- 01 bản chính Văn bản đề nghị cấp giấy ", 1, 0, False)]
    # A cell is never written with a leading zero, but digits of the name run into
    # it ("Mẫu số 05" + "1 bản chính") are still split as before.
    glued = parse_documents(DH + "Tờ khai Mẫu số 051 bản chính")
    assert [(d.name, d.originals) for d in glued] == [("Tờ khai Mẫu số 05", 1)]


def test_documents_a_remark_with_a_quantity_stays_a_document_and_is_marked():
    from portal.imports.records import review_marks

    text = (DH + "- Đơn đề nghị1 bản chính"
            "- Trường hợp văn bằng đã có trong cơ sở dữ liệu thì không cần nộp bản sao.1 bản chính"
            "- Trường hợp ủy quyền thì phải nộp văn bản ủy quyền1 bản chính"
            "Hồ sơ của trẻ em: 03 bộ hồ sơ nộp cho Sở Tư pháp3 bản chính")
    docs = parse_documents(text)
    assert [d.is_note for d in docs] == [False, False, False, False]
    payload = {"channels": [], "legal_bases": [], "conditions": "x", "result": "x",
               "documents": [vars(d) for d in docs]}
    marked = [detail for kind, detail in review_marks(payload) if kind == "remark_with_quantity"]
    # The remark and the row counting sets are listed; the paper the applicant
    # must hand in ("thì phải nộp văn bản ủy quyền") is not.
    assert marked == ["thanh_phan_ho_so: - Trường hợp văn bằng đã có trong cơ sở dữ liệu thì "
                      "không cần nộp bản sao.",
                      "thanh_phan_ho_so: Hồ sơ của trẻ em: 03 bộ hồ sơ nộp cho Sở Tư pháp"]


def test_legal_a_number_cell_without_its_issuer_is_kept_as_written_and_left_for_a_human():
    rows = parse_legal_basis(LH + "Về bảo hiểm hưu trí bổ sungNghị định số 85/2026")
    assert [(r.number, r.title, r.unparsed) for r in rows] == [
        ("85/2026", "Về bảo hiểm hưu trí bổ sungNghị định số 85/2026", True)]
    # Never completed with a guessed issuer; a row with no number keeps none.
    assert [(r.number, r.unparsed) for r in parse_legal_basis(LH + "Về bảo hiểm xã hội")] == [
        ("", False)]
