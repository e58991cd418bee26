"""Legal basis rows split where the text allows one reading, never a made-up number
(issue 12). Fixtures written by the team in the shapes of the national file."""
import datetime as dt

from portal.imports.legal import parse_legal_basis

from .records import LEGAL_HEADER as LH


def _pairs(text):
    return [(r.title, r.number, r.unparsed) for r in parse_legal_basis(LH + text)]


def test_title_ending_with_its_own_number_keeps_both_whole():
    assert _pairs("Luật 51/2019/QH1451/2019/QH14Thông tư 57/2020/TT-BCA57/2020/TT-BCA") == [
        ("Luật 51/2019/QH14", "51/2019/QH14", False),
        ("Thông tư 57/2020/TT-BCA", "57/2020/TT-BCA", False)]


def test_decimal_resolution_numbers_keep_their_head():
    assert _pairs("Nghị quyết 66.7/2025/NQ-CP66.7/2025/NQ-CP") == [
        ("Nghị quyết 66.7/2025/NQ-CP", "66.7/2025/NQ-CP", False)]


def test_issuer_run_into_an_all_capitals_title_gives_its_letters_back():
    rows = _pairs("Thông tư hướng dẫn thử56/2021/TT-BCASỬA ĐỔI QUY TRÌNH THỬ12/2022/TT-BCA"
                  "Nghị định mẫu136/2025/NĐ-CPQUY ĐỊNH VỀ MẪU54/2024/NĐ-CP")
    assert [(t, n) for t, n, _ in rows] == [
        ("Thông tư hướng dẫn thử", "56/2021/TT-BCA"),
        ("SỬA ĐỔI QUY TRÌNH THỬ", "12/2022/TT-BCA"),
        ("Nghị định mẫu", "136/2025/NĐ-CP"), ("QUY ĐỊNH VỀ MẪU", "54/2024/NĐ-CP")]


def test_a_year_run_into_the_number_is_given_back_and_dates_are_kept():
    rows = parse_legal_basis(LH + "Luật Thử nghiệm năm 201102/2011/QH13"
                             "Nghị định số 40/2026/NĐ-CP ngày 25/01/202640/2026/NĐ-CP"
                             "Luật Mẫu sửa đổi 202323/2023/QH15")
    assert [(r.title, r.number) for r in rows] == [
        ("Luật Thử nghiệm năm 2011", "02/2011/QH13"),
        ("Nghị định số 40/2026/NĐ-CP ngày 25/01/2026", "40/2026/NĐ-CP"),
        ("Luật Mẫu sửa đổi 2023", "23/2023/QH15")]
    assert rows[1].issued_on == dt.date(2026, 1, 25)
    assert not any(r.unparsed for r in rows)


def test_committee_term_digits_then_the_next_number():
    assert _pairs("Pháp lệnh thử04/2012/UBTVQH1326/2005/PL-UBTVQH11 - Ưu đãi thử"
                  "26/2005/PL-UBTVQH11")[:2] == [
        ("Pháp lệnh thử", "04/2012/UBTVQH13", False),
        ("26/2005/PL-UBTVQH11 - Ưu đãi thử", "26/2005/PL-UBTVQH11", False)]


def test_no_consistent_reading_keeps_the_text_whole_and_marks_it():
    # Digits glued before the number that no year explains: 1451 or 51?
    rows = _pairs("Quy định thử nghiệm 771451/2019/QH14Luật Mẫu99/2020/QH14")
    assert rows[0] == ("Quy định thử nghiệm 771451/2019/QH14", "", True)
    assert rows[1] == ("Luật Mẫu", "99/2020/QH14", False)
    # An unknown issuer run into capitals: where does it end?
    assert _pairs("Thông tư mẫu12/2020/TT-XYZÂN ĐỊNH") == [
        ("Thông tư mẫu12/2020/TT-XYZ", "", True), ("ÂN ĐỊNH", "", False)]


def test_no_row_ever_carries_a_number_the_text_does_not_print():
    text = ("Luật 51/2019/QH1451/2019/QH14Nghị định 05/2012/NĐ-CP05/2012/NĐ-CPLuật năm 2011"
            "02/2011/QH13Quy định thử11/2015/TT-BCA. Nghị định 84/2019/NĐ-CP..")
    for row in parse_legal_basis(LH + text):
        assert row.number in text and (row.number == "" or row.number + row.number in text
                                       or row.number not in row.title)


def test_a_number_cell_printed_before_its_title_is_one_row():
    # The number cell first, then a title that is only the type and the same number.
    assert _pairs("Luật Đất đai31/2024/QH1512/2021/TT-BXDThông tư 12/2021/TT-BXD"
                  "Nghị định 15/2022/NĐ-CP15/2022/NĐ-CP") == [
        ("Luật Đất đai", "31/2024/QH15", False),
        ("Thông tư 12/2021/TT-BXD", "12/2021/TT-BXD", False),
        ("Nghị định 15/2022/NĐ-CP", "15/2022/NĐ-CP", False)]


def test_issuer_spaced_round_its_hyphen_party_and_joint_numbers_are_numbers():
    # Shapes the national file prints: a known issuer after " - ", a Party
    # document (number-kind/body), a joint circular with a slash after TTLT.
    assert _pairs("Quyết định số 12/QĐ-TTg Về chế độ thử12/QĐ - TTg"
                  "Kết luận của Ban Bí thư về việc thử7-KL/TW"
                  "Thông tư liên tịch mẫu03/2010/TTLT/BTC-BLĐTBXH") == [
        ("Quyết định số 12/QĐ-TTg Về chế độ thử", "12/QĐ - TTg", False),
        ("Kết luận của Ban Bí thư về việc thử", "7-KL/TW", False),
        ("Thông tư liên tịch mẫu", "03/2010/TTLT/BTC-BLĐTBXH", False)]
    # A title after a dash is not an issuer: the number ends before it.
    assert _pairs("Nghị định 30/2020/NĐ-CP - Quy định thử30/2020/NĐ-CP")[0][1] == "30/2020/NĐ-CP"


def test_a_number_right_after_a_full_stop_or_after_a_plain_word_ends_its_row():
    # The title's sentence ends, the number cell follows with no space, then the
    # next title (capitalised or not).
    assert _pairs("Nghị quyết số 9/2026/NQ-CP về cắt giảm thủ tục.9/2026/NQ-CP Luật Mẫu07/2020/QH14"
                  "Nghị định về mẫu thử.11/2026/NĐ-CP quy định về sổ mẫu12/2021/NĐ-CP") == [
        ("Nghị quyết số 9/2026/NQ-CP về cắt giảm thủ tục.", "9/2026/NQ-CP", False),
        ("Luật Mẫu", "07/2020/QH14", False),
        ("Nghị định về mẫu thử.", "11/2026/NĐ-CP", False),
        ("quy định về sổ mẫu", "12/2021/NĐ-CP", False)]
    # Spaced on both sides after a plain word, a new title after it: a cell.
    assert _pairs("sửa đổi một số luật về đất và nước 88/2025/QH15 Sửa đổi nghị định mẫu"
                  "41/2026/NĐ-CP") == [
        ("sửa đổi một số luật về đất và nước", "88/2025/QH15", False),
        ("Sửa đổi nghị định mẫu", "41/2026/NĐ-CP", False)]
    # After a word that cites a document it stays inside the title.
    assert _pairs("Nghị định sửa đổi Luật số 88/2025/QH15 Về đất mẫu41/2026/NĐ-CP") == [
        ("Nghị định sửa đổi Luật số 88/2025/QH15 Về đất mẫu", "41/2026/NĐ-CP", False)]


def test_a_number_cell_before_a_title_that_quotes_other_numbers_is_read_once():
    # The number cell first, then a title quoting another number, then the cell again.
    assert _pairs("Thông tư mẫu5/2013/TT-BTC502/BHXH-CSXH Hướng dẫn Quyết định số 12/QĐ-TTg của"
                  " Thủ tướng Chính phủ502/BHXH-CSXHLuật Thử08/2021/QH14") == [
        ("Thông tư mẫu", "5/2013/TT-BTC", False),
        ("Hướng dẫn Quyết định số 12/QĐ-TTg của Thủ tướng Chính phủ502/BHXH-CSXH",
         "502/BHXH-CSXH", False),
        ("Luật Thử", "08/2021/QH14", False)]


def test_issuer_and_date_are_the_rows_own_and_only_as_the_title_states_them():
    rows = parse_legal_basis(
        LH + "Thông tư số 08/2025/TT-BTP ngày 12/6/2025 của Bộ trưởng Bộ Tư pháp quy định mẫu"
        "08/2025/TT-BTP"
        "Luật Mẫu ngày 20 tháng 6 năm 2025 của Quốc hội77/2025/QH15"
        "Nghị quyết số 66.9/2026/NQ-CP của Chính phủ ngày 07/04/2026 về thử66.9/2026/NQ-CP"
        # The date and issuer of another document the title quotes are not this row's.
        "Nghị định sửa đổi Nghị định số 13/2020/NĐ-CP ngày 21 tháng 01 năm 2020 của Chính phủ"
        "46/2022/NĐ-CP"
        "Luật Thử nghiệm31/2024/QH15")
    assert [(r.number, r.issued_on, r.issuer) for r in rows] == [
        ("08/2025/TT-BTP", dt.date(2025, 6, 12), "Bộ trưởng Bộ Tư pháp"),
        ("77/2025/QH15", dt.date(2025, 6, 20), "Quốc hội"),
        ("66.9/2026/NQ-CP", dt.date(2026, 4, 7), "Chính phủ"),
        ("46/2022/NĐ-CP", None, None),
        ("31/2024/QH15", None, None)]
