"""Whole pages as provincial and national outlets of 2019-2026 print them (datelines before or after the lead, an
outlet's tag opening the lead, "Sáng nay"/"Chiều nay" dated by the page, a related-stories box), read end to end
through decode, staging, triage and extraction (bench.web_pages.warehouse_rows)."""
from __future__ import annotations

import datetime as dt

import pytest

from bench.web_pages import Rows, warehouse_rows

P: dict[str, str] = {}
P['qn.txt'] = """Lãnh đạo tỉnh tiếp Tổng Lãnh sự Trung Quốc tại Hải Phòng
Thứ Ba, 12/03/2024 16:45
Trang chủ > Thời sự > Chính trị
(Baoquangninh.vn) - Chiều 12/3, tại trụ sở Tỉnh ủy, đồng chí Vũ Đại Thắng, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy đã tiếp xã giao ông Dương Thanh Đông, Tổng Lãnh sự Trung Quốc tại Hải Phòng, nhân dịp ông đến chào nhận nhiệm kỳ.
Đồng chí Vũ Đại Thắng, Bí thư Tỉnh ủy, tiếp ông Dương Thanh Đông, Tổng Lãnh sự Trung Quốc tại Hải Phòng. Ảnh: Thu Chung
Bí thư Tỉnh ủy chúc mừng ông Dương Thanh Đông nhận nhiệm vụ mới, mong muốn Tổng Lãnh sự quán tiếp tục là cầu nối thúc đẩy hợp tác giữa Quảng Ninh và các địa phương Trung Quốc, đặc biệt là Quảng Tây.
Thu Chung
"""
P['vov.txt'] = """VOV.VN - Sáng nay (15/11), tại Hà Nội, Chủ tịch Quốc hội Vương Đình Huệ hội kiến Chủ tịch Thượng viện Campuchia Hun Sen đang thăm chính thức Việt Nam.
Chủ tịch Quốc hội Vương Đình Huệ hội kiến Chủ tịch Thượng viện Campuchia Hun Sen
Thứ Tư, 15/11/2023 | 11:20
Chủ tịch Quốc hội khẳng định Việt Nam luôn coi trọng quan hệ láng giềng tốt đẹp với Campuchia.
"""
P['tt.txt'] = """Thủ tướng Phạm Minh Chính tiếp Tổng Giám đốc Tập đoàn Samsung
Cập nhật: 20/11/2023 16:45
(Chinhphu.vn) - Chiều 20/11, tại trụ sở Chính phủ, Thủ tướng Phạm Minh Chính tiếp ông Roh Tae-moon, Tổng giám đốc, Chủ tịch Khối kinh doanh Thiết bị di động và Trải nghiệm thuộc Tập đoàn Samsung.
Samsung hiện có tổng vốn đầu tư tại Việt Nam khoảng 22,4 tỷ USD, xuất khẩu năm 2022 đạt 65 tỷ USD.
TIN LIÊN QUAN
Thủ tướng tiếp Đại sứ Hàn Quốc (18/10/2023)
"""
P['dn.txt'] = """Lãnh đạo thành phố tiếp Đại sứ Australia
Thứ tư, 05/06/2024, 18:30 (GMT+7)
Chiều 5-6, Phó Chủ tịch UBND thành phố Trần Chí Cường tiếp bà Gillian Bird, Đại sứ Australia tại Việt Nam.
Hai bên trao đổi về hợp tác giáo dục, đào tạo; hiện có hơn 1.000 sinh viên Đà Nẵng đang theo học tại Australia.
"""
P['ttxvn.txt'] = """Hà Nội, 10/9 (TTXVN) - Chiều nay, tại Phủ Chủ tịch, Chủ tịch nước Võ Văn Thưởng đã tiếp Tổng thống Hoa Kỳ Joe Biden đang thăm cấp Nhà nước tới Việt Nam.
Hai bên nhất trí nâng cấp quan hệ lên Đối tác Chiến lược Toàn diện.
10/09/2023 20:15
"""
P['nd.txt'] = """Thủ tướng tiếp Bộ trưởng Thương mại Mỹ
Thứ Năm, 28-09-2023, 14:12
Sáng 28/9, tại trụ sở Chính phủ, Thủ tướng Phạm Minh Chính đã tiếp Bộ trưởng Thương mại Hoa Kỳ Gina Raimondo.
"""


@pytest.fixture(scope="module")
def rows() -> dict[str, Rows]:
    return warehouse_rows(P)


# date, vn_locality, vn_person, partner_name, partner_kind, foreign_person of each page's one meeting row.
EXPECTED = {
    "qn.txt": (dt.date(2024, 3, 12), "Quảng Ninh", "Vũ Đại Thắng", "Tổng Lãnh sự quán Trung Quốc tại Hải Phòng",
               "embassy", "Dương Thanh Đông"),
    "vov.txt": (dt.date(2023, 11, 15), None, "Vương Đình Huệ", "Campuchia", "country", "Hun Sen"),
    "tt.txt": (dt.date(2023, 11, 20), None, "Phạm Minh Chính", "Tập đoàn Samsung", "organization", "Roh Tae-moon"),
    "dn.txt": (dt.date(2024, 6, 5), "Đà Nẵng", "Trần Chí Cường", "Đại sứ quán Australia", "embassy", "Gillian Bird"),
    "ttxvn.txt": (dt.date(2023, 9, 10), None, "Võ Văn Thưởng", "Hoa Kỳ", "country", "Joe Biden"),
    "nd.txt": (dt.date(2023, 9, 28), None, "Phạm Minh Chính", "Hoa Kỳ", "country", "Gina Raimondo"),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_modern_page_gives_its_meeting_with_the_pages_year(rows: dict[str, Rows], name: str) -> None:
    page = rows[name]
    assert page.rejected is None
    assert len(page.meetings) == 1, page.meetings
    m = page.meetings[0]
    # columns: meeting_date, month, day, vn_locality, vn_person, vn_title, partner_name, kind, code, foreign_person...
    assert (m[0], m[3], m[4], m[6], m[7], m[9]) == EXPECTED[name]


def test_the_figures_of_the_article_and_none_of_its_related_box(rows: dict[str, Rows]) -> None:
    assert sorted(rows["tt.txt"].statistics) == [(22_400_000_000.0, "USD", "about"), (65_000_000_000.0, "USD", "exact")]
