"""Leads as provincial and national pages of 2019-2026 write them: phone and video talks in the headline, a global
company named without its country, world regions next to names, organ names with ordinary lower-case nouns."""
from __future__ import annotations

import polars as pl

from tests.transforms.meetings import only_meeting as _only
from transforms.meetings import find_meetings
from transforms.meetings.mentions import _scan
from transforms.meetings.parties import _Article, find_parties
from transforms.triage import mark_candidates


def test_a_headline_title_ends_before_the_verb_of_a_phone_call() -> None:
    m = _only("Thủ tướng điện đàm với Thủ tướng Australia",
              "(Chinhphu.vn) - Tối 12/4, Thủ tướng Phạm Minh Chính đã điện đàm với Thủ tướng Australia Anthony "
              "Albanese.")
    assert (m.vn_person, m.vn_title) == ("Phạm Minh Chính", "Thủ tướng")
    assert (m.partner.name, m.foreign_person) == ("Australia", "Anthony Albanese")


def test_a_region_written_like_a_name_is_never_a_person() -> None:
    # "châu Á - Thái Bình Dương" once made a Vietnamese person "Thái Bình Dương" (Thái Bình is a province).
    m = _only("Khánh Hòa tiếp Chủ tịch Tập đoàn Marriott",
              "Chiều 2/8, ông Nguyễn Tấn Tuân - Chủ tịch UBND tỉnh Khánh Hòa đã tiếp ông Rajeev Menon - Chủ tịch "
              "Tập đoàn Marriott International khu vực châu Á - Thái Bình Dương.")
    assert (m.vn_locality, m.vn_person, m.foreign_person) == ("Khánh Hòa", "Nguyễn Tấn Tuân", "Rajeev Menon")
    # A widely known company is foreign by its own country even when the article names none.
    assert (m.partner.kind, m.partner.country_code) == ("organization", "US")
    assert m.partner.name.startswith("Tập đoàn Marriott International")


def test_an_ordinary_noun_of_an_organ_name_does_not_end_the_bodys_name() -> None:
    scan = _scan("Giám đốc Tập đoàn điện lực Kansai tọa đàm với lãnh đạo tỉnh")
    titles = [p.title for p in find_parties(scan, _Article())]
    assert "Giám đốc Tập đoàn điện lực Kansai" in titles


def test_a_family_name_that_opens_no_other_name_is_read_after_an_honorific() -> None:
    # "Đồng" opens "Đồng chí" and is no name at a sentence's start, but "ông Đồng Văn Thanh" is a person.
    m = _only("Đoàn đại biểu tỉnh Hậu Giang thăm Nhật Bản",
              "Ngày 25/10, đoàn công tác tỉnh Hậu Giang do ông Đồng Văn Thanh, Chủ tịch UBND tỉnh làm trưởng đoàn đã "
              "đến thăm và làm việc với chính quyền tỉnh Kumamoto. Tiếp đoàn có ông Kabashima Ikuo, Thống đốc tỉnh "
              "Kumamoto.")
    assert (m.vn_locality, m.vn_person, m.vn_title) == ("Hậu Giang", "Đồng Văn Thanh", "Chủ tịch UBND tỉnh")
    assert (m.partner.name, m.foreign_person) == ("Kumamoto", "Kabashima Ikuo")


def test_the_captain_of_a_visiting_navys_ship_is_the_navys_person_not_another_row() -> None:
    # One welcome, one row: the person after "do" heads the body just named (GUIDELINES §2), not the country.
    m = _only("Cần Thơ đón tàu Hải quân Ấn Độ",
              "Sáng 12/6, tại cảng Cái Cui, Phó Chủ tịch UBND TP Cần Thơ Nguyễn Thực Hiện đã chủ trì lễ đón tàu INS "
              "Kiltan của Hải quân Ấn Độ do Trung tá Mayank Srivastava làm thuyền trưởng, thăm hữu nghị thành phố.")
    assert (m.partner.name, m.partner.country_code) == ("Hải quân Ấn Độ", "IN")
    assert (m.vn_locality, m.vn_person, m.foreign_person) == ("Cần Thơ", "Nguyễn Thực Hiện", "Mayank Srivastava")


def test_a_given_name_that_is_also_a_foreign_city_opens_the_persons_name() -> None:
    m = _only("Đắk Lắk: Tiếp xã giao Đại sứ Cuba",
              "Chiều nay (22/5), tại Hội trường Tỉnh ủy, đồng chí Nguyễn Đình Trung – Ủy viên Trung ương Đảng, Bí thư "
              "Tỉnh ủy Đắk Lắk đã tiếp xã giao Đại sứ đặc mệnh toàn quyền nước Cộng hòa Cuba tại Việt Nam Orlando "
              "Nicolás Hernández Guillén.")
    assert (m.partner.name, m.partner.country_code) == ("Đại sứ quán Cuba", "CU")
    assert m.foreign_person == "Orlando Nicolás Hernández Guillén"


def test_a_foreign_companys_regional_arm_in_vietnam_is_the_foreign_company() -> None:
    m = _only("Tỉnh Bắc Giang tiếp Tập đoàn Foxconn",
              "Ngày 10/8, Bí thư Tỉnh ủy Dương Văn Thái tiếp và làm việc với ông Brand Cheng, Tổng Giám đốc Tập đoàn "
              "Foxconn khu vực Việt Nam.")
    assert (m.partner.kind, m.partner.country_code) == ("organization", "TW")
    assert (m.vn_locality, m.foreign_person) == ("Bắc Giang", "Brand Cheng")


def test_the_presidential_palace_is_a_place_not_a_title() -> None:
    meetings = find_meetings("Phó Chủ tịch nước tiếp đoàn tỉnh Saitama",
                             "Chiều 6/9, tại Phủ Chủ tịch, Phó Chủ tịch nước Võ Thị Ánh Xuân đã tiếp Thống đốc tỉnh "
                             "Saitama Ono Motohiro.")
    assert [(m.vn_person, m.vn_title) for m in meetings] == [("Võ Thị Ánh Xuân", "Phó Chủ tịch nước")]


def test_a_korean_name_with_vietnamese_looking_syllables_is_foreign_and_heads_the_body_named_before() -> None:
    # "Hyun" has no Vietnamese vowel nucleus; "Phó Chủ tịch Tập đoàn" is the vice-chairman of the group just named.
    m = _only("Đoàn công tác tỉnh Bình Phước làm việc với Tập đoàn Lotte",
              "Trong chuyến công tác tại Hàn Quốc, chiều 14/10, đoàn công tác của tỉnh Bình Phước do đồng chí Trần Tuệ "
              "Hiền, Chủ tịch UBND tỉnh dẫn đầu đã có buổi làm việc với Tập đoàn Lotte. Tiếp đoàn có ông Kim Sang "
              "Hyun, Phó Chủ tịch Tập đoàn.")
    assert (m.partner.name, m.vn_locality, m.vn_person) == ("Tập đoàn Lotte", "Bình Phước", "Trần Tuệ Hiền")
    assert (m.foreign_person, m.foreign_title) == ("Kim Sang Hyun", "Phó Chủ tịch Tập đoàn")


def test_a_spaced_friendship_pair_does_not_cut_the_bodys_name() -> None:
    scan = _scan("Phó Chủ tịch nước tiếp đoàn Hội Hữu nghị Nhật - Việt tỉnh Saitama.")
    names = [p.partner.name for p in find_parties(scan, _Article()) if p.partner is not None]
    assert "Hội Hữu nghị Nhật - Việt tỉnh Saitama" in names


def test_a_titled_name_then_a_title_with_no_comma_is_the_next_clause_not_an_apposition() -> None:
    # Captions glued together by the page: "... với Thủ tướng Nguyễn Xuân Phúc Ngoại trưởng Hoa Kỳ bắt tay ...".
    scan = _scan("Ngoại trưởng Hoa Kỳ chủ trì tiệc trưa làm việc với Thủ tướng Nguyễn Xuân Phúc Ngoại trưởng Hoa Kỳ "
                 "bắt tay Phó Thủ tướng Phạm Bình Minh.")
    people = {p.person: (p.side, p.title) for p in find_parties(scan, _Article()) if p.person}
    assert people["Nguyễn Xuân Phúc"] == ("vn", "Thủ tướng")


def test_a_governor_of_a_city_keeps_the_city_in_his_title() -> None:
    # "Thống đốc" is also the title of Việt Nam's central bank governor, but right before a foreign place followed by
    # a Latin name it is the place's governor: Bangkok is the partner, not the first word of his name.
    m = _only("Hà Nội: Tiếp Thống đốc Bangkok",
              "HNP - Chiều 26/10, tại trụ sở UBND thành phố, Chủ tịch UBND thành phố Hà Nội Trần Sỹ Thanh đã tiếp "
              "Thống đốc Bangkok Chadchart Sittipunt.")
    assert (m.foreign_person, m.foreign_title) == ("Chadchart Sittipunt", "Thống đốc Bangkok")
    assert (m.partner.kind, m.partner.country_code, m.partner.name_en) == ("city", "TH", "Bangkok")


def test_an_association_keeps_its_head_word_in_a_title() -> None:
    # "hội" ends a title before "hội đàm"; inside "Hiệp hội" it is part of the organ's name.
    m = _only("Tây Ninh làm việc với KoCham",
              "Sáng 3/4/2025, Chủ tịch UBND tỉnh Tây Ninh Nguyễn Thanh Ngọc làm việc với đoàn Hiệp hội Doanh nghiệp "
              "Hàn Quốc tại Việt Nam (KoCham) do ông Park Jong Kyung, Chủ tịch Hiệp hội dẫn đầu.")
    assert (m.foreign_person, m.foreign_title) == ("Park Jong Kyung", "Chủ tịch Hiệp hội")
    assert (m.partner.country_code, m.partner.name) == ("KR", "Hiệp hội Doanh nghiệp Hàn Quốc")


def test_a_title_then_an_honorific_then_the_name_is_one_person() -> None:
    # "Đại sứ Nhật Bản ông Umeda Kunio" gave two rows: the embassy with nobody, and Japan with an untitled guest.
    m = _only("Bắc Ninh tiếp Tổng Lãnh sự Hoa Kỳ",
              "Chiều 6/6, Chủ tịch UBND tỉnh Bắc Ninh ông Nguyễn Tử Quỳnh tiếp Tổng Lãnh sự Hoa Kỳ tại TP.HCM bà Susan "
              "Burns.")
    assert (m.vn_person, m.vn_title) == ("Nguyễn Tử Quỳnh", "Chủ tịch UBND tỉnh Bắc Ninh")
    assert (m.foreign_person, m.foreign_title) == ("Susan Burns", "Tổng Lãnh sự Hoa Kỳ tại TP.HCM")
    assert m.partner.kind == "embassy"
    # A verb between the title and the honorific still ends the title: "Đại sứ cảm ơn ông X" is two people.
    parties = find_parties(_scan("Đại sứ Nhật Bản cảm ơn ông Nguyễn Văn An đã tiếp đoàn."), _Article())
    assert [(p.person, p.title) for p in parties if p.person] == [("Nguyễn Văn An", None)]


def test_the_dot_of_an_abbreviation_does_not_end_a_delegations_clause() -> None:
    # "tại TP. Hồ Chí Minh do ông Ono Masuo - Tổng Lãnh sự làm Trưởng đoàn": the head was lost at "TP.".
    m = _only("Hậu Giang: Tiếp xã giao Đoàn công tác Tổng Lãnh sự quán Nhật Bản",
              "Sáng 14/6, tại trụ sở UBND tỉnh, đồng chí Trương Cảnh Tuyên - Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh "
              "tiếp xã giao Đoàn công tác Tổng Lãnh sự quán Nhật Bản tại TP. Hồ Chí Minh do ông Ono Masuo - Tổng Lãnh "
              "sự làm Trưởng đoàn.")
    assert (m.foreign_person, m.foreign_title, m.partner.kind) == ("Ono Masuo", "Tổng Lãnh sự", "embassy")


def test_a_mayor_received_by_title_is_a_meeting_not_marketing() -> None:
    # "tiếp thị" is marketing, but "tiếp Thị trưởng thành phố X" receives a mayor: modern leads put the title
    # first ("tiếp Thị trưởng thành phố Seoul (Hàn Quốc) Oh Se-hoon"), 2017 ones mostly "tiếp ông X, Thị trưởng".
    m = _only("Chủ tịch UBND TP Hà Nội tiếp Thị trưởng thành phố Seoul",
              "Chiều 25/10, tại trụ sở UBND thành phố, Chủ tịch UBND thành phố Hà Nội Trần Sỹ Thanh đã tiếp Thị "
              "trưởng thành phố Seoul (Hàn Quốc) Oh Se-hoon đang có chuyến thăm và làm việc tại Hà Nội.")
    assert (m.vn_locality, m.vn_person) == ("Hà Nội", "Trần Sỹ Thanh")
    assert (m.partner.name, m.partner.kind, m.partner.country_code) == ("Seoul", "city", "KR")
    assert (m.foreign_person, m.date and (m.date.day, m.date.month)) == ("Oh Se-hoon", (25, 10))
    frame = pl.LazyFrame({"title": ["Hà Nội tiếp Thị trưởng Seoul", "Hà Nội tiếp thị nông sản tại Hàn Quốc"],
                          "body": ["Chủ tịch UBND thành phố Hà Nội Trần Sỹ Thanh đã tiếp Thị trưởng Oh Se-hoon.",
                                   "Chủ tịch UBND thành phố cho biết Hà Nội sẽ tiếp thị nông sản tại Hàn Quốc."]})
    assert mark_candidates(frame).collect()["is_candidate"].to_list() == [True, False]
    assert find_meetings("Doanh nghiệp đẩy mạnh tiếp thị", "Công ty tăng cường tiếp thị sản phẩm tại Nhật Bản, ông "
                         "Nguyễn Văn An cho biết.") == []


def test_a_company_named_without_its_country_is_the_partner_of_a_foreign_named_head() -> None:
    # No country anywhere: the head's name says the side, the company he leads is the partner (its country unknown).
    m = _only("Phó Thủ tướng tiếp Chủ tịch Công ty Acecook",
              "Chiều 10/4, tại Trụ sở Chính phủ, Phó Thủ tướng Lê Thành Long đã tiếp ông Kazuo Ishida, Chủ tịch "
              "Công ty Acecook.")
    assert (m.partner.name, m.partner.kind, m.foreign_person) == ("Công ty Acecook", "organization", "Kazuo Ishida")
    # A Vietnamese head of a company is no foreign side.
    assert find_meetings("Phó Thủ tướng tiếp doanh nghiệp", "Chiều 10/4, Phó Thủ tướng Lê Thành Long đã tiếp ông "
                         "Nguyễn Văn An, Chủ tịch Công ty Hòa Bình.") == []


def test_an_ampersand_joins_one_bodys_name_and_makes_no_person() -> None:
    m = _only("Phó Thủ tướng tiếp lãnh đạo một quỹ từ thiện",
              "Chiều 10/4, Phó Thủ tướng Lê Thành Long đã tiếp ông Mark Suzman, Giám đốc điều hành Quỹ Bill & Melinda "
              "Gates (Hoa Kỳ).")
    assert (m.partner.name, m.partner.country_code) == ("Quỹ Bill & Melinda Gates", "US")
    assert m.foreign_person == "Mark Suzman"
    assert m.foreign_title == "Giám đốc điều hành Quỹ Bill & Melinda Gates (Hoa Kỳ)"


def test_a_known_companys_vietnamese_subsidiary_without_a_head_word_is_the_company() -> None:
    m = _only("Bắc Ninh tiếp lãnh đạo doanh nghiệp FDI",
              "Sáng 10/10, Chủ tịch UBND tỉnh Bắc Ninh Nguyễn Hương Giang tiếp ông Choi Joo Ho, Tổng Giám đốc Samsung "
              "Việt Nam.")
    assert (m.partner.name, m.partner.country_code, m.foreign_person) == ("Samsung Việt Nam", "KR", "Choi Joo Ho")
    assert m.vn_locality == "Bắc Ninh"


def test_the_head_named_in_the_next_sentence_heads_the_companys_delegation() -> None:
    # "Đoàn do ông X, Tổng Giám đốc Foxconn Việt Nam dẫn đầu": the subsidiary's head leads the group's delegation.
    m = _only("Hưng Yên làm việc với Tập đoàn Foxconn",
              "Ngày 21/5, ông Trần Quốc Văn, Chủ tịch UBND tỉnh Hưng Yên đã tiếp và làm việc với đoàn công tác Tập "
              "đoàn Foxconn (Đài Loan, Trung Quốc). Đoàn do ông Brand Cheng, Tổng Giám đốc Foxconn Việt Nam dẫn đầu.")
    assert (m.partner.name, m.partner.country_code) == ("Tập đoàn Foxconn", "TW")
    assert (m.foreign_person, m.foreign_title) == ("Brand Cheng", "Tổng Giám đốc Foxconn Việt Nam")
