"""A named foreign or international body right before a Vietnamese place ("JICA Việt Nam", "JETRO Hà Nội", "UNDP
Việt Nam") is its office there: the body is the partner and its representative the foreign person."""
from __future__ import annotations

import pytest

from bench.web_pages import warehouse_rows

HEAD = "Lãnh đạo tỉnh tiếp khách nước ngoài\n15/08/2024 10:30\n"
LEAD = "Sáng 15/8, Chủ tịch UBND tỉnh Quảng Ninh Cao Tường Huy tiếp "
TAIL = "\nHai bên trao đổi về các dự án hợp tác phát triển hạ tầng và đào tạo nhân lực."
CASES = {
    "bà Shinobu Yamaguchi, Trưởng Đại diện JICA Việt Nam.": ("Cơ quan Hợp tác Quốc tế Nhật Bản", "JP",
                                                                "Shinobu Yamaguchi"),
    "ông Hiroshi Nakajima, Trưởng đại diện JETRO Hà Nội.": ("Tổ chức Xúc tiến Thương mại Nhật Bản", "JP",
                                                           "Hiroshi Nakajima"),
    "bà Ramla Khalidi, Trưởng đại diện UNDP Việt Nam.": ("Chương trình Phát triển Liên hợp quốc", None,
                                                        "Ramla Khalidi"),
}


@pytest.fixture(scope="module")
def rows() -> dict[str, list[tuple[object, ...]]]:
    return {s: r.meetings for s, r in warehouse_rows({s: HEAD + LEAD + s + TAIL for s in CASES}).items()}


@pytest.mark.parametrize("guest", list(CASES))
def test_the_office_is_the_body(rows: dict[str, list[tuple[object, ...]]], guest: str) -> None:
    [meeting] = rows[guest]
    # columns: meeting_date, month, day, vn_locality, vn_person, vn_title, partner_name, kind, code, foreign_person
    assert meeting[4] == "Cao Tường Huy"
    assert (meeting[6], meeting[8], meeting[9]) == CASES[guest]


@pytest.mark.parametrize("guest, company", [
    ("ông Roh Tae-moon, Chủ tịch Samsung Electronics.", "Samsung Electronics"),
    ("ông Roh Tae-moon, Chủ tịch Samsung Group.", "Samsung Group"),
])
def test_a_known_company_with_a_suffix_after_a_title_is_the_body_not_a_person(guest: str, company: str) -> None:
    [meeting] = warehouse_rows({"p": HEAD + LEAD.replace("Quảng Ninh", "Bắc Ninh") + guest + TAIL})["p"].meetings
    assert (meeting[6], meeting[7], meeting[8], meeting[9]) == (company, "organization", "KR", "Roh Tae-moon")


def test_a_company_met_through_its_subsidiarys_head_has_him_as_its_person() -> None:
    """GUIDELINES §1: a foreign company's subsidiary in Vietnam is the company; its head is the company's person."""
    sentence = ("Sáng 15/8, ông Trần Anh Tuấn, Phó Chủ tịch UBND tỉnh Bình Dương tiếp và làm việc với Tập đoàn LEGO "
                "(Đan Mạch) do ông Preben Elnef, Giám đốc điều hành LEGO Việt Nam dẫn đầu.")
    [meeting] = warehouse_rows({"p": HEAD + sentence + TAIL})["p"].meetings
    assert (meeting[4], meeting[6], meeting[8], meeting[9]) == ("Trần Anh Tuấn", "Tập đoàn LEGO", "DK", "Preben Elnef")


@pytest.mark.parametrize("title", ["Phó Chủ tịch Ngân hàng Thế giới khu vực Đông Á - Thái Bình Dương",
                                   "Chủ tịch khu vực châu Á– Thái Bình Dương của Tập đoàn Boeing"])
def test_a_region_written_with_a_dash_stays_in_the_title(title: str) -> None:
    sentence = f"Sáng 15/8, Phó Thủ tướng Trần Hồng Hà tiếp ông Bob Smith, {title}."
    [meeting] = warehouse_rows({"p": HEAD + sentence + TAIL})["p"].meetings
    assert (meeting[9], meeting[10]) == ("Bob Smith", title)


@pytest.mark.parametrize("guest, partner, code", [
    ("ông Roh Tae-moon, Chủ tịch Samsung Electronics (Hàn Quốc).", "Samsung Electronics", "KR"),
    ("ông Bob Smith, Phó Chủ tịch Boeing (Hoa Kỳ).", "Boeing", "US"),
])
def test_a_known_company_with_its_country_in_brackets_is_the_body(guest: str, partner: str, code: str) -> None:
    [meeting] = warehouse_rows({"p": HEAD + LEAD + guest + TAIL})["p"].meetings
    assert (meeting[6], meeting[7], meeting[8]) == (partner, "organization", code)
