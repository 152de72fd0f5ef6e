"""Who each side is, on sentences of the 2017 corpus (none of them from a gold article): a bare company or country name
after a title is the title's organ, not a person; a headline glued to the lead does not swallow its last word into a
name; a rank alone titles its holder; foreign offices below a minister are titles; a Vietnamese official titled
before his name holds no foreign office after it."""
from __future__ import annotations

import pytest

from transforms import gazetteer
from transforms.meetings.mentions import _scan
from transforms.meetings.parties import _Article, find_parties


def people(sentence: str) -> dict[str, tuple[str, str | None, str | None]]:
    """Person -> (side, title, partner name) of every named person of one sentence, read with no earlier knowledge."""
    return {p.person: (p.side, p.title, p.partner.name if p.partner else None)
            for p in find_parties(_scan(sentence), _Article()) if p.kind in ("person", "delegation") and p.person}


def test_a_company_named_after_a_title_is_the_organ_not_a_person() -> None:
    # corpus 22407167: "Nasdaq" was a foreign person met as the United States, Bob McCoey untitled.
    found = people("Thủ tướng Nguyễn Xuân Phúc tiếp ông Bob McCoey, Phó Chủ tịch Nasdaq.")
    assert "Nasdaq" not in found
    assert found["Bob McCoey"] == ("foreign", "Phó Chủ tịch Nasdaq", "Nasdaq")


def test_a_country_before_a_glued_headline_stays_a_country() -> None:
    # corpus 21488157: the headline runs into the lead; "Cuba | Ngày 7/2" is the country, then the date.
    sentence = ("Thứ trưởng Lê Quang Hùng tiếp Thứ trưởng thứ nhất Bộ Xây dựng Cuba Ngày 7/2, tại trụ sở Bộ Xây dựng, "
                "Thứ trưởng Lê Quang Hùng có buổi làm việc với Thứ trưởng thứ nhất Bộ Xây dựng Cuba Angel Vilaragut "
                "Montes de Oca.")
    found = people(sentence)
    assert "Cuba" not in found
    assert found["Angel Vilaragut Montes de Oca"] == ("foreign", "Thứ trưởng thứ nhất Bộ Xây dựng Cuba", "Cuba")
    bare = [p for p in find_parties(_scan(sentence), _Article()) if p.kind == "bare"]
    assert all("Ngày" not in (p.title or "") for p in bare)


@pytest.mark.parametrize(("text", "country"), [
    ("Chủ tịch Cuba Rául Castro tiếp Đại tướng Ngô Xuân Lịch", "Cuba"),  # corpus 22475271: "Rául" is no syllable
    ("Thứ trưởng thứ nhất Bộ Xây dựng Cuba Ngày 7/2, tại trụ sở", "Cuba"),
])
def test_a_country_before_a_foreign_name_or_a_clause_is_read(text: str, country: str) -> None:
    assert [g.text for g in gazetteer.find_geo(text) if g.kind == "country"] == [country]


@pytest.mark.parametrize("text", ["bổ sung thêm 2 tay đập chủ công là Phạm Thúy Nga của đội Giấy Bãi Bằng",
                                  "bà Nguyễn Thị Nga Linh"])
def test_a_country_inside_a_vietnamese_name_is_still_no_country(text: str) -> None:
    assert not [g for g in gazetteer.find_geo(text) if g.kind == "country"]


def test_a_rank_alone_titles_its_holder() -> None:
    # corpus 22676913: the Thai general had no title in this sentence.
    found = people("Cùng ngày, Đại tướng Chaichan Changmongkol đã hội đàm với Thượng tướng Nguyễn Chí Vịnh, Thứ trưởng "
                   "Bộ Quốc phòng; hai bên đánh giá kết quả hợp tác giữa quân đội hai nước trong thời gian qua.")
    assert found["Chaichan Changmongkol"][1] == "Đại tướng"
    assert found["Nguyễn Chí Vịnh"][:2] == ("vn", "Thượng tướng, Thứ trưởng Bộ Quốc phòng")


@pytest.mark.parametrize(("sentence", "person", "title", "partner"), [
    # corpus 22676913, 22255764, 22415919, 22340953
    ("Đại tướng Ngô Xuân Lịch, Bộ trưởng Bộ Quốc phòng tiếp Đại tướng Chaichan Changmongkol, Thư ký Thường trực Bộ "
     "Quốc phòng Thái Lan.", "Chaichan Changmongkol", "Đại tướng, Thư ký Thường trực Bộ Quốc phòng Thái Lan", None),
    ("Hội trưởng Hội Hữu nghị đối ngoại nhân dân Trung Quốc Lý Tiểu Lâm báo cáo Chủ tịch nước về những hoạt động "
     "phong phú của Hội.", "Lý Tiểu Lâm", "Hội trưởng Hội Hữu nghị đối ngoại nhân dân Trung Quốc",
     "Hội Hữu nghị đối ngoại nhân dân Trung Quốc"),
    ("Trong chiều 30/5, theo lịch trình thủ tướng sẽ tiếp Đại diện Thương mại Mỹ Robert Lighthizer và Bộ trưởng Nông "
     "nghiệp Sonny Perdue.", "Robert Lighthizer", "Đại diện Thương mại Mỹ", None),
    ("Thứ trưởng Bộ TT&TT Nguyễn Minh Hồng tiếp bà Barbara Weisel, trợ lý Đại diện thương mại Hoa Kỳ phụ trách khu "
     "vực châu Á-TBD.", "Barbara Weisel", "trợ lý Đại diện thương mại Hoa Kỳ phụ trách khu vực châu Á-TBD", None),
])
def test_foreign_offices_below_a_minister_are_titles(sentence: str, person: str, title: str,
                                                    partner: str | None) -> None:
    side, got_title, got_partner = people(sentence)[person]
    assert (side, got_title) == ("foreign", title)
    if partner is not None:
        assert got_partner == partner


def test_a_vietnamese_official_holds_no_foreign_office_after_his_name() -> None:
    # corpus 22340953: the next clause's subject ("Trợ lý ... Hoa Kỳ nêu ...") is not his apposition.
    found = people("Với Thứ trưởng Nguyễn Minh Hồng, Trợ lý Đại diện thương mại Hoa Kỳ nêu 3 vấn đề.")
    assert found["Nguyễn Minh Hồng"][:2] == ("vn", "Thứ trưởng")


def bodies(sentence: str) -> list[tuple[str | None, str | None]]:
    """(partner name, title) of every foreign party of one sentence."""
    return [(p.partner.name if p.partner else None, p.title)
            for p in find_parties(_scan(sentence), _Article()) if p.side == "foreign"]


def test_the_leaders_of_a_body_are_not_part_of_its_name() -> None:
    # corpus 22714001: "Ban lãnh đạo" was read as a unit of the chamber; "và" joined it to the league before.
    sentence = ("Trong khuôn khổ chuyến thăm chính thức và làm việc tại Hà Lan, chiều 9-7 (giờ địa phương), Thủ tướng "
                "Nguyễn Xuân Phúc đã có các cuộc tiếp Chủ tịch kiêm Giám đốc điều hành Tập đoàn Vamed của Áo Ơn "
                "Oát-xlơ (Ernst Wastler), lãnh đạo Liên minh Doanh nghiệp châu Âu-ASEAN (EABA) và Ban lãnh đạo Phòng "
                "Thương mại Hà Lan-Việt Nam.")
    found = bodies(sentence)
    assert ("Phòng Thương mại Hà Lan-Việt Nam", "Ban lãnh đạo Phòng Thương mại Hà Lan-Việt Nam") in found
    assert not any("Ban lãnh đạo" in (name or "") for name, _ in found)
    # "của Áo" names the company's country; the person is "Ơn Oát-xlơ", not "Áo Ơn Oát-xlơ".
    assert "Ơn Oát-xlơ" in people(sentence)


def test_a_name_after_a_bodys_country_or_bracket_is_its_holder() -> None:
    # corpus 22255099, 22257009: the person's name was glued to the body's ("Tập đoàn P&G Magesvaran Surajan").
    found = bodies("Cùng ngày, Thủ tướng Nguyễn Xuân Phúc đã có các cuộc gặp Chủ tịch phụ trách khu vực châu Á-Thái "
                   "Bình Dương của Tập đoàn P&G (Mỹ) Magesvaran Surajan.")
    assert found and found[0][0] == "Tập đoàn P&G"
    sentence = ("Chiều cùng ngày, Chủ tịch nước Trần Đại Quang cũng hội kiến Ủy viên trưởng Ủy ban Thường vụ Đại hội "
                "Đại biểu nhân dân toàn quốc (Nhân đại) Trung Quốc Trương Đức Giang và Chủ tịch Hội nghị Hiệp thương "
                "chính trị nhân dân toàn quốc (Chính hiệp) Trung Quốc Du Chính Thanh.")
    found_people = people(sentence)
    # The head of China's parliament is met as the country (GUIDELINES §3), as a speaker is.
    assert found_people["Trương Đức Giang"] == (
        "foreign", "Ủy viên trưởng Ủy ban Thường vụ Đại hội Đại biểu nhân dân toàn quốc (Nhân đại) Trung Quốc",
        "Trung Quốc")
    assert found_people["Du Chính Thanh"][2] == "Trung Quốc"
