"""Vietnamese numerals as the press writes them: decimal comma, thousands dot, number and scale words."""
from __future__ import annotations

import pytest

from transforms.numbers import ordinal_value, parse_number, parse_words, scale_of


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1,6", 1.6),  # "xấp xỉ 1,6 tỷ USD"
        ("80.000", 80_000),  # "hơn 80.000 công dân Hàn Quốc"
        ("106,29", 106.29),  # "106,29 triệu USD"
        ("2.330", 2330),  # "2.330 tỷ đồng/năm"
        ("3100", 3100),  # "trọng tải 3100 tấn"
        ("1.600", 1600),  # "1.600 đại biểu, doanh nghiệp"
        ("6,16", 6.16),
        ("04", 4),  # "04 tỉnh biên giới"
        ("1.234.567,8", 1_234_567.8),
        ("3.507,5", 3507.5),  # "3.507,5m3"
        ("82,56", 82.56),  # "hỗ trợ 82,56 tỷ đồng"
        ("104,5", 104.5),  # "chiều dài 104,5 m"
        ("1,234.5", 1234.5),  # English order: the last mark is the decimal one
        ("1,234,567", 1_234_567),
        ("5.2", 5.2),  # "động cơ 5.2 lít": a single dot without three digits after is a decimal point
        ("-35", -35),  # "cao trình -35 m"
    ],
)
def test_digits_follow_the_vietnamese_convention(text: str, value: float) -> None:
    assert parse_number(text) == pytest.approx(value)


def test_a_single_comma_is_decimal_unless_the_source_is_english() -> None:
    # "1,600" in Vietnamese copy would be 1.6; after "$"/"US$" the English grouping applies.
    assert parse_number("1,600") == pytest.approx(1.6)
    assert parse_number("1,600", english=True) == 1600
    assert parse_number("2,160") == pytest.approx(2.16)  # "tương đương 2,160 tỷ USD" (47.520 tỷ đồng)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("hai", 2),
        ("mười", 10),
        ("sáu", 6),  # "thỏa thuận đạt được giữa Tehran và sáu nước"
        ("bảy", 7),  # "bảy thành viên gồm các tiến sĩ"
        ("mười lăm", 15),
        ("hai mươi mốt", 21),
        ("năm mươi", 50),
        ("một trăm", 100),
        ("một trăm linh năm", 105),
        ("hai trăm rưỡi", 250),
        ("năm triệu", 5_000_000),  # "phạt tiền từ năm triệu đồng đến năm mươi triệu đồng"
        ("hai triệu ba trăm nghìn", 2_300_000),
        ("một nghìn tỷ", 1e12),
    ],
)
def test_number_words(text: str, value: float) -> None:
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["hai mươi năm", "mười năm", "trăm", "triệu", "hai ba", "linh", "1.2.3", "", "USD"])
def test_what_is_not_a_numeral(text: str) -> None:
    # "hai mươi năm" is twenty years (twenty-five is "hai mươi lăm"); a bare "trăm" or "triệu" is vague.
    assert parse_number(text) is None


def test_digits_with_scale_words() -> None:
    assert parse_number("1,6 tỷ") == pytest.approx(1.6e9)
    assert parse_number("2.330 tỷ") == pytest.approx(2.33e12)
    assert parse_number("97,4 nghìn tỷ") == pytest.approx(97.4e12)
    assert parse_number("55 triệu") == pytest.approx(55e6)
    assert parse_number("35 vạn") == pytest.approx(350_000)
    assert parse_number("5 USD") is None


@pytest.mark.parametrize(
    ("word", "scale"),
    [("nghìn", 1e3), ("ngàn", 1e3), ("triệu", 1e6), ("tỷ", 1e9), ("tỉ", 1e9), ("vạn", 1e4), ("nghìn tỷ", 1e12),
     ("ngàn tỉ", 1e12), ("Tỷ", 1e9), ("trăm nghìn", 1e5)],
)
def test_scale_of(word: str, scale: float) -> None:
    assert scale_of(word) == scale


def test_scale_of_other_words() -> None:
    assert scale_of("USD") is None
    assert scale_of("") is None
    assert scale_of("hai") is None


def test_parse_words_is_strict_about_five_after_tens() -> None:
    assert parse_words(["hai", "mươi", "lăm"]) == 25
    assert parse_words(["hai", "mươi", "năm"]) is None
    assert parse_words(["hai", "mươi"]) == 20


def test_ordinals() -> None:
    assert ordinal_value("hai") == 2  # "lớn thứ hai"
    assert ordinal_value("nhì") == 2  # "đội xếp thứ nhì"
    assert ordinal_value("nhất") == 1
    assert ordinal_value("tư") == 4
    assert ordinal_value("9") == 9
    assert ordinal_value("tự") is None  # "xếp thứ tự ưu tiên"
