"""The person and title fields of a meeting row as the article writes them (GUIDELINES §3), on sentences of the 2017
corpus (none of them from a gold article): a list of titled people keeps each office with its own holder, an initial
glued to a name stays with it, a rank before a name opens its title, residue after a title is cut."""
from __future__ import annotations

import pytest

from transforms.meetings.mentions import _scan
from transforms.meetings.parties import _Article, find_parties


def titles(sentence: str) -> dict[str, str | None]:
    """Person -> title of every named person of one sentence, read with no earlier knowledge."""
    return {p.person: p.title for p in find_parties(_scan(sentence), _Article()) if p.kind in ("person", "delegation")
            and p.person}


@pytest.mark.parametrize(("sentence", "expected"), [
    # The next office of a list has its holder named right after its country, body or bracketed acronym: it is not
    # part of the title of the name before (corpus 22743968, 22417541, 22255640, 22483056, 22642503).
    ("Sáng 13/7, tại Phủ Chủ tịch, Đại sứ Vương quốc Tây Ban Nha Jesus Figo Lopez Palop, Đại sứ Cộng hòa Yemen Adel "
     "Mohamed Ali Ba Hamid đã trình Quốc thư lên Chủ tịch nước Trần Đại Quang.",
     {"Jesus Figo Lopez Palop": "Đại sứ Vương quốc Tây Ban Nha", "Adel Mohamed Ali Ba Hamid": "Đại sứ Cộng hòa Yemen"}),
    ("Thủ tướng Nguyễn Xuân Phúc đã tham dự lễ kỉ niệm trước sự chứng kiến của Tổng thư ký Liên Hợp Quốc Antonio "
     "Guterres, Chủ tịch Đại hội đồng Liên Hợp Quốc Peter Thompson, các quan chức cấp cao của Liên Hợp Quốc.",
     {"Antonio Guterres": "Tổng thư ký Liên Hợp Quốc", "Peter Thompson": "Chủ tịch Đại hội đồng Liên Hợp Quốc"}),
    ("Thủ tướng đã tiếp Giám đốc điều hành WEF Philipp Roesler, Chủ tịch Ngân hàng Đầu tư Cơ sở hạ tầng Châu Á (AIIB) "
     "Kim Lập Quần, Giám đốc toàn cầu Tập đoàn Citi.",
     {"Philipp Roesler": "Giám đốc điều hành WEF",
      "Kim Lập Quần": "Chủ tịch Ngân hàng Đầu tư Cơ sở hạ tầng Châu Á (AIIB), Giám đốc toàn cầu Tập đoàn Citi"}),
    ("Nhận lời mời của Chủ tịch nước CHXHCN Việt Nam Trần Đại Quang, Tổng thống Cộng hòa Czech Milos Zeman và phu "
     "nhân thăm cấp Nhà nước tới Việt Nam từ ngày 6 - 8/6.",
     {"Trần Đại Quang": "Chủ tịch nước CHXHCN Việt Nam", "Milos Zeman": "Tổng thống Cộng hòa Czech"}),
    ("Theo đặc phái viên TTXVN, Chủ tịch Phòng Thương mại công nghiệp Nhật Bản (JCCI) Akio Mimura, Thứ trưởng Ngoại "
     "giao Kiyoshi Odawara, cùng khoảng 300 lãnh đạo doanh nghiệp đã tham dự cuộc gặp này.",
     {"Akio Mimura": "Chủ tịch Phòng Thương mại công nghiệp Nhật Bản (JCCI)",
      "Kiyoshi Odawara": "Thứ trưởng Ngoại giao"}),
])
def test_each_office_keeps_its_holder(sentence: str, expected: dict[str, str]) -> None:
    found = titles(sentence)
    for person, title in expected.items():
        assert found.get(person) == title, found


def test_a_body_named_after_of_stays_in_the_title() -> None:
    # "của Hilton Worldwide": after "của" the owner body is named, not the next office holder (corpus 22436224).
    found = titles("Thủ tướng tiếp ông Christopher J. Nassetta, Chủ tịch kiêm Tổng Giám đốc điều hành của Hilton "
                   "Worldwide.")
    assert found["Christopher J. Nassetta"] == "Chủ tịch kiêm Tổng Giám đốc điều hành của Hilton Worldwide"
