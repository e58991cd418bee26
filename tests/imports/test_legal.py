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
