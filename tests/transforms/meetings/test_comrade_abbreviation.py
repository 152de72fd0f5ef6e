"""'Đ/c' (đồng chí) before a Vietnamese official's name, as provincial Party and government portals write it."""
from __future__ import annotations

import datetime as dt

from bench.web_pages import warehouse_rows

PAGE = ("Lãnh đạo tỉnh tiếp đoàn công tác tỉnh Gyeonggi\n12/03/2025 10:30\n"
        "Sáng 12/3, Đ/c Trần Thị Hương, Phó Chủ tịch UBND tỉnh Bắc Ninh tiếp đoàn công tác của tỉnh Gyeonggi (Hàn "
        "Quốc) do ông Kim Dong-yeon, Tỉnh trưởng tỉnh Gyeonggi làm trưởng đoàn.\n"
        "Hai bên trao đổi về hợp tác trong lĩnh vực công nghiệp bán dẫn và đào tạo nhân lực.")


def test_the_abbreviated_comrade_introduces_the_vietnamese_official() -> None:
    rows = warehouse_rows({"page": PAGE})["page"]
    assert rows.rejected is None
    [m] = rows.meetings
    # meeting_date, month, day, vn_locality, vn_person, vn_title, partner_name, kind, code, foreign_person
    assert m[:10] == (dt.date(2025, 3, 12), 3, 12, "Bắc Ninh", "Trần Thị Hương", "Phó Chủ tịch UBND tỉnh Bắc Ninh",
                      "Gyeonggi", "province", "KR", "Kim Dong-yeon")


def test_a_count_of_comrades_names_no_one() -> None:
    page = ("Trao Huy hiệu Đảng cho đảng viên\n05/02/2025 08:00\n"
            "Sáng 5/2, Đảng bộ phường trao Huy hiệu Đảng cho 21 đồng chí (trong đó có 2 đ/c được tặng Huy hiệu 60 "
            "năm tuổi Đảng). Ông Lê Văn Nam, Bí thư Đảng ủy phường chúc mừng các đảng viên.")
    assert warehouse_rows({"page": page})["page"].meetings == []
