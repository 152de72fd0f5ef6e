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


@pytest.mark.parametrize(("sentence", "person", "title"), [
    # An initial glued to a foreign name is part of it (corpus 21511502, 22652339, 22448983).
    ("Sáng 10-2, tại Trụ sở Chính phủ, Phó Thủ tướng Trịnh Đình Dũng tiếp ông M.Dô-y-rơ, Phó Thủ tướng, Bộ trưởng Nông "
     "nghiệp và nguồn nước Cộng hòa U-dơ-bê-ki-xtan.",
     "M.Dô-y-rơ", "Phó Thủ tướng, Bộ trưởng Nông nghiệp"),
    ("Tại cuộc gặp sáng qua, Chủ tịch Duma quốc gia Nga V.Volodin và Chủ tịch nước Trần Đại Quang cùng nhấn mạnh nhiệm "
     "vụ ưu tiên hiện nay.", "V.Volodin", "Chủ tịch Duma quốc gia Nga"),
    ("Nhận lời mời của Thủ tướng Nhật Bản S.A-bê, Thủ tướng Nguyễn Xuân Phúc và Phu nhân thăm chính thức Nhật Bản.",
     "S.A-bê", "Thủ tướng Nhật Bản"),
])
def test_a_glued_initial_stays_with_its_name(sentence: str, person: str, title: str) -> None:
    assert titles(sentence).get(person) == title


def test_an_abbreviation_or_a_district_is_no_initial() -> None:
    # "Ủy viên T.Ư" is "Trung ương", not an initial of the Vietnamese name after it; "Q.Bình Thạnh" is a district.
    found = titles("Chủ tịch nước Trần Đại Quang tiếp đồng chí Vưu Quyền, Ủy viên T.Ư Đảng Cộng sản Trung Quốc, Bí thư "
                   "Tỉnh ủy tỉnh Phúc Kiến.")
    assert not any(person.startswith("T.") for person in found), found
    assert not any(person.startswith("Q.") for person in titles("Ông Nguyễn Văn A, Chủ tịch UBND Q.Bình Thạnh, đã tiếp "
                                                                   "Đại sứ Nhật Bản."))


def test_one_encounter_keeps_the_name_with_its_initials_spelt_out() -> None:
    # "V. Semashko" of the lead and "Vladimir Semashko" of the body are one person of one meeting (GUIDELINES §2), named
    # in full; a name written with a glued and with a spaced initial is one person too.
    from transforms.meetings import find_meetings
    meetings = find_meetings(
        "Chủ tịch nước tiếp Phó Thủ tướng Belarus",
        "Chiều 26/6, Chủ tịch nước Trần Đại Quang đã tiếp Phó Thủ tướng Cộng hòa Belarus V. Semashko. Chủ tịch nước "
        "Trần Đại Quang đánh giá cao vai trò của Phó Thủ tướng Belarus Vladimir Semashko.")
    assert [m.foreign_person for m in meetings] == ["Vladimir Semashko"]
    from transforms.meetings.merge import same_person
    assert same_person("v.volodin", "v. volodin") and same_person("volodin", "v.volodin")


def test_a_headline_glued_to_the_first_sentence_does_not_lengthen_the_name() -> None:
    # Corpus 22434931: the headline lost its line break before the lead ("... Donald Trump Trong khuôn khổ ...").
    found = titles("Thủ tướng Nguyễn Xuân Phúc hội đàm với Tổng thống Mỹ Donald Trump Trong khuôn khổ chuyến thăm "
                   "chính thức Mỹ từ 29 - 31.5.2017, chiều 31.5 theo giờ địa phương.")
    assert found.get("Donald Trump") == "Tổng thống Mỹ", found


@pytest.mark.parametrize(("title", "clean"), [
    ("Chủ tịch Viện Đại biểu (Hạ viện) Quốc hội Belarus Ngài", "Chủ tịch Viện Đại biểu (Hạ viện) Quốc hội Belarus"),
    ("Chủ tịch Đảng Công Minh - Ngài", "Chủ tịch Đảng Công Minh"),
    ("Thủ tướng còn", "Thủ tướng"),
    ("Tổng thống Belarus -", "Tổng thống Belarus"),
    ("Chủ tịch kiêm Giám đốc điều hành Tập đoàn Vamed của", "Chủ tịch kiêm Giám đốc điều hành Tập đoàn Vamed"),
    ("Đại sứ Việt Nam tại Mỹ", "Đại sứ Việt Nam tại Mỹ"),
    ("Chủ tịch Hội Hữu nghị Việt - Nhật", "Chủ tịch Hội Hữu nghị Việt - Nhật"),
])
def test_a_title_loses_the_residue_after_it(title: str, clean: str) -> None:
    # Corpus rows of 22628395, 22627813, 22708669, 22714001: the next name's honorific, a dash, the clause going on.
    from transforms.meetings.merge import _clean_title
    assert _clean_title(title) == clean
