"""A foreign given name that is also a place's name ("ông Jordan Smith", "bà Florence Parly", "ông Takeo Nakajima"):
right after "ông", "bà" or "ngài", and with a foreign family name after it, it is the person's name."""
from __future__ import annotations

import pytest

from bench.web_pages import warehouse_rows

HEAD = "Lãnh đạo tiếp khách nước ngoài\n15/08/2024 10:30\n"
TAIL = "\nHai bên trao đổi về hợp tác đầu tư, thương mại và đào tạo nhân lực."

CASES = {
    "Sáng 15/8, Chủ tịch UBND tỉnh Quảng Ninh Cao Tường Huy tiếp ông Jordan Smith, Tổng Giám đốc Tập đoàn Boeing "
    "tại Việt Nam.": ("Cao Tường Huy", "Tập đoàn Boeing", "Jordan Smith"),
    "Sáng 15/8, Bí thư Thành ủy Hải Phòng Lê Tiến Châu tiếp bà Florence Parly, Bộ trưởng Quân đội Pháp.":
        ("Lê Tiến Châu", "Pháp", "Florence Parly"),
    "Sáng 15/8, Chủ tịch UBND tỉnh Quảng Ninh Cao Tường Huy tiếp ông Takeo Nakajima, Trưởng đại diện JETRO tại Hà "
    "Nội.": ("Cao Tường Huy", "Tổ chức Xúc tiến Thương mại Nhật Bản", "Takeo Nakajima"),
    # A Vietnamese name that opens with a place's word stays as it is read.
    "Sáng 15/8, ông Thái Văn Hùng, Phó Chủ tịch UBND tỉnh Nghệ An tiếp ông Jordan Smith, Tổng Giám đốc Tập đoàn "
    "Boeing tại Việt Nam.": ("Thái Văn Hùng", "Tập đoàn Boeing", "Jordan Smith"),
}


@pytest.fixture(scope="module")
def rows() -> dict[str, list[tuple[object, ...]]]:
    pages = warehouse_rows({s: HEAD + s + TAIL for s in CASES})
    return {s: r.meetings for s, r in pages.items()}


@pytest.mark.parametrize("sentence", list(CASES))
def test_the_given_name_is_the_persons(rows: dict[str, list[tuple[object, ...]]], sentence: str) -> None:
    [meeting] = rows[sentence]
    # columns: meeting_date, month, day, vn_locality, vn_person, vn_title, partner_name, kind, code, foreign_person
    assert (meeting[4], meeting[6], meeting[9]) == CASES[sentence]
