"""Parties the recall3 work recognises: a body described in lower case up to its country, a company's legal form
spelled out, and a titled mention that a headline's bare "Ông X" no longer makes a guess. Sentences from the baomoi
2017 corpus (articles outside every gold file), found with bench/missed_articles.py."""
from transforms.meetings import candidate_meetings
from transforms.meetings.mentions import _scan
from transforms.meetings.parties import _Article, find_parties


def _foreign_bodies(sentence: str) -> list[str]:
    return [p.partner.name for p in find_parties(_scan(sentence), _Article())
            if p.side == "foreign" and p.kind == "body" and p.partner is not None]


# baomoi 22721264: a forum co-organised by a Dutch federation, named in lower case up to "Hà Lan".
FORUM = ("Tiếp tục chuyến thăm chính thức làm việc tại Hà Lan, chiều 10-7 (giờ địa phương), Thủ tướng Nguyễn Xuân Phúc "
         "đã tham dự Diễn đàn doanh nghiệp Việt Nam-Hà Lan do Phòng Thương mại và Công nghiệp Việt Nam cùng Liên đoàn "
         "công nghiệp và giới chủ Hà Lan phối hợp tổ chức tại thành phố La Haye.")


def test_a_body_described_in_lower_case_up_to_its_country_is_that_country_s():
    assert _foreign_bodies(FORUM) == ["Liên đoàn công nghiệp và giới chủ Hà Lan"]
    assert _foreign_bodies("Bộ trưởng Nguyễn Văn A làm việc với Cơ quan hợp tác quốc tế Nhật Bản (JICA) tại Hà Nội.") \
        == ["Cơ quan Hợp tác Quốc tế Nhật Bản"]
    # Described up to Việt Nam, or to no country at all, it is no foreign body.
    assert _foreign_bodies("Ông A, Chủ tịch Hiệp hội doanh nghiệp nhỏ và vừa Việt Nam, cho biết.") == []
    assert _foreign_bodies("Đoàn làm việc với Hội đồng quản trị của công ty.") == []


def test_the_forum_with_a_lower_case_foreign_organiser_is_a_meeting_with_it():
    found = candidate_meetings("Thủ tướng Nguyễn Xuân Phúc dự Diễn đàn doanh nghiệp Việt Nam-Hà Lan", [FORUM])
    assert {(m.partner.name, m.vn_person) for m in found} == {
        ("Liên đoàn công nghiệp và giới chủ Hà Lan", "Nguyễn Xuân Phúc")}


def test_a_company_s_legal_form_spelled_out_is_part_of_its_name():
    # baomoi 22341564: "Công ty TNHH" written in full.
    sentence = ("Ngày 22/5, Công ty trách nhiệm hữu hạn Hand & Hand (Hàn Quốc) có buổi làm việc với Ủy ban Nhân dân "
                "tỉnh Hậu Giang nhằm tìm kiếm cơ hội đầu tư trong lĩnh vực nông nghiệp.")
    assert _foreign_bodies(sentence) == ["Công ty trách nhiệm hữu hạn Hand & Hand"]
    found = candidate_meetings("Doanh nghiệp Hàn Quốc tìm cơ hội đầu tư nông nghiệp ở Hậu Giang", [sentence])
    assert [(m.partner.name, m.vn_locality) for m in found] == [("Công ty trách nhiệm hữu hạn Hand & Hand",
                                                                  "Hậu Giang")]


def test_a_headline_s_bare_name_does_not_make_the_titled_mention_a_guess():
    # baomoi 22363274: the headline names "Ông Phạm Bình Minh" without a title; the body's "Phó Thủ tướng, Bộ trưởng
    # Phạm Bình Minh" is a titled Vietnamese official, so his meeting is read.
    title = "Ông Phạm Bình Minh chủ trì Diễn đàn kinh tế Việt Nam – Tây Ban Nha"
    body = ["Trước đó, trong sáng ngày 24/5/2017, Phó Thủ tướng, Bộ trưởng Phạm Bình Minh đã có cuộc gặp với Bộ "
            "trưởng, Quốc vụ khanh phụ trách thương mại của Tây Ban Nha Maria Luisa Poncela."]
    found = candidate_meetings(title, body)
    assert [(m.partner.name, m.vn_person, m.foreign_person) for m in found] == [
        ("Tây Ban Nha", "Phạm Bình Minh", "Maria Luisa Poncela")]
    # A bare name alone stays a guess: no meeting from "ông Phạm Bình Minh gặp ông Poncela" by itself.
    assert candidate_meetings("Tin vắn", ["Ông Phạm Bình Minh gặp ông Poncela."]) == []


def _parties(sentence: str) -> list[tuple[str | None, str, str]]:
    return [(p.side, p.kind, sentence[p.start:p.end]) for p in find_parties(_scan(sentence), _Article())]


def test_the_army_s_commands_are_vietnamese_bodies_not_titles():
    # baomoi 22521247: a coast guard ship's programme in Đà Nẵng; "Tư lệnh" inside "Bộ Tư lệnh" is no title.
    assert ("vn", "body", "Bộ Tư lệnh Cảnh sát biển Việt Nam") in _parties(
        "Đoàn chào xã giao Bộ Tư lệnh Cảnh sát biển Việt Nam.")
    found = candidate_meetings("Biên phòng", ["Ngày 5/6, Bộ Tư lệnh Bộ đội Biên phòng tiếp đoàn Bộ Chỉ huy quân sự "
                                              "tỉnh Hủa Phăn (Lào)."])
    assert [(m.partner.country_code, m.vn_locality) for m in found] == [("LA", None)]
    # The commander himself keeps his title, and a foreign command stays foreign.
    assert ("vn", "person", "Thiếu tướng Hoàng Xuân Chiến, Tư lệnh Bộ đội Biên phòng") in _parties(
        "Thiếu tướng Hoàng Xuân Chiến, Tư lệnh Bộ đội Biên phòng tiếp Đại sứ Lào.")
    assert all(side == "foreign" for side, _, _ in _parties("Bộ Tư lệnh Hải quân Hoa Kỳ cho biết."))


def test_a_title_word_inside_a_described_body_is_part_of_the_body():
    # ../shared/corpus/dev2/22272127.txt: "nghị sĩ" inside a league of parliamentarians of a Japanese prefecture.
    parties = _parties("Đoàn sẽ tiếp lãnh đạo tỉnh Fukuoka, Liên minh nghị sĩ hữu nghị Fukuoka - Việt Nam.")
    assert ("foreign", "body", "Liên minh nghị sĩ hữu nghị Fukuoka") in parties
    assert not any(kind == "bare" for _, kind, _ in parties)


def test_an_attorney_general_is_a_title():
    parties = _parties("Phó Thủ tướng Trương Hòa Bình tiếp Chánh án Tòa liên bang Raus bin Sharif, Tổng Chưởng lý "
                       "Malaysia Mohamed Apandi bin Ali.")
    assert ("foreign", "person", "Tổng Chưởng lý Malaysia Mohamed Apandi bin Ali") in parties
