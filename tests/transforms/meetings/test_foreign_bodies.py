"""Foreign counterparts that are bodies: companies, funds, councils, subsidiaries in Vietnam, lists of companies.

Phrases from the dev2 articles of ../shared/corpus (2017 press), shortened to the sentence that reports the meeting.
"""
from transforms import gazetteer
from transforms.meetings import article_sentences, candidate_meetings, find_meetings


def partners(body: str, title: str = "Tin") -> list[tuple[str, str, str | None, str | None]]:
    """(partner name, kind, country, foreign person) of every strict candidate meeting of the article (the loose
    readings' rows, "extra", are the decision model's to weigh)."""
    return [(m.partner.name, m.partner.kind, m.partner.country_code, m.foreign_person)
            for m in candidate_meetings(title, article_sentences(body)) if not m.signals.get("extra")]


def test_a_subsidiary_in_vietnam_is_the_foreign_company_not_a_vietnamese_body():
    body = ("Chiều 16/5, tại Trụ sở Chính phủ, Thủ tướng Nguyễn Xuân Phúc tiếp Tổng Giám đốc Tổ hợp Samsung Việt Nam "
            "Han Myoung-Sup.")
    [(name, kind, code, person)] = partners(body)
    assert (name, kind, code, person) == ("Tổ hợp Samsung Việt Nam", "organization", "KR", "Han Myoung-Sup")


def test_a_vietnamese_firm_named_with_vietnam_stays_vietnamese():
    body = "Sáng 3/7, Thủ tướng Nguyễn Xuân Phúc tiếp Tổng Giám đốc Tập đoàn Dầu khí Việt Nam Nguyễn Vũ Trường Sơn."
    assert partners(body) == []


def test_a_company_head_word_is_no_person_name():
    body = "Thủ tướng Nguyễn Xuân Phúc tiếp ông Han Myoung – sup, Tổng giám đốc Tổ hợp Samsung Việt Nam."
    assert all(person != "Samsung" for _, _, _, person in partners(body))


def test_a_fund_named_after_sector_words_and_its_acronym():
    body = ("Chủ tịch quỹ đầu tư KKR Global David Petraeus đã gặp Thủ tướng Nguyễn Xuân Phúc ở New York ngày "
            "30/5, cho biết KKR muốn đầu tư vào Việt Nam.")
    found = partners(body)
    assert ("quỹ đầu tư KKR Global", "organization", "US", "David Petraeus") in found


def test_a_board_inside_a_title_is_not_the_partner():
    body = ("Ngày 18-6, tại Hà Nội, Thủ tướng Nguyễn Xuân Phúc đã tiếp ông Charoen Sirivadhanabhakdi, Chủ tịch Hội "
            "đồng quản trị Tập đoàn TCC (Thái Lan) đang có chuyến thăm làm việc tại Việt Nam.")
    [(name, kind, code, _)] = partners(body)
    assert (name, kind, code) == ("Tập đoàn TCC", "organization", "TH")


def test_a_council_with_a_name_of_its_own_is_an_organisation():
    body = ("Chiều 10/5, tại Trụ sở Chính phủ, Thủ tướng Nguyễn Xuân Phúc tiếp Đoàn doanh nghiệp Hong Kong, Trung "
            "Quốc do ông La Khanh Thụy, Chủ tịch Hội đồng Phát triển thương mại Hong Kong dẫn đầu.")
    [(name, kind, code, person)] = partners(body)
    assert (name, kind, code, person) == ("Hội đồng Phát triển thương mại Hong Kong", "organization", "HK",
                                          "La Khanh Thụy")


def test_the_short_name_in_brackets_is_not_the_person():
    body = ("Chiều 6/7, tại Phủ Chủ tịch, Chủ tịch nước Trần Đại Quang đã có buổi tiếp Tổng Thư ký Tổ chức Cảnh sát "
            "hình sự quốc tế (Interpol) Jurgen Stock đang có chuyến thăm và làm việc tại Việt Nam.")
    [(name, kind, code, person)] = partners(body)
    assert (name, kind, code, person) == ("Tổ chức Cảnh sát Hình sự Quốc tế", "organization", None, "Jurgen Stock")


def test_each_company_of_a_list_is_a_partner():
    body = ("Chiều 30/5, Thủ tướng Nguyễn Xuân Phúc đã tiếp lãnh đạo Tập đoàn Coca Cola, Exxon Mobile và Nike tại "
            "New York.")
    names = {name for name, _, _, _ in partners(body)}
    assert names == {"Tập đoàn Coca Cola", "Tập đoàn Exxon Mobile", "Tập đoàn Nike"}
    body = "Chiều 30/5, Thủ tướng Nguyễn Xuân Phúc đã tiếp lãnh đạo Tập đoàn Samsung và LG."
    assert {(n, c) for n, _, c, _ in partners(body)} == {("Tập đoàn Samsung", "KR"), ("Tập đoàn LG", "KR")}


def test_a_ministry_joined_by_and_stays_one_body():
    body = "Chiều 12/7, Bộ trưởng Trần Tuấn Anh tiếp Đoàn Bộ Thương mại và Công nghiệp Nhật Bản."
    names = [name for name, _, _, _ in partners(body)]
    assert not any(name.endswith("Công nghiệp") for name in names)


def test_a_title_after_a_company_name_starts_the_next_party():
    body = ("Thủ tướng tiếp Chủ tịch Quỹ Harbinger Thủ tướng tiếp lãnh đạo Tập đoàn Coca Cola Thủ tướng tiếp lãnh đạo "
            "tập đoàn Exxon Mobile Thủ tướng Nguyễn Xuân Phúc tại New York, Hoa Kỳ.")
    names = {name for name, _, _, _ in partners(body)}
    assert {"Quỹ Harbinger", "Tập đoàn Coca Cola", "tập đoàn Exxon Mobile"} <= names


def test_company_country_is_read_from_the_name_as_whole_words():
    assert gazetteer.company_country("Công ty Samsung Display Việt Nam (SDV)") == "KR"
    assert gazetteer.company_country("tập đoàn Exxon Mobile") == "US"
    assert gazetteer.company_country("Tập đoàn Viettel") is None
    assert gazetteer.company_country("Công ty Totalis") is None  # "Total" only as a whole word


def test_find_meetings_keeps_a_subsidiary_meeting():
    body = ("Sáng 2/6, Chủ tịch UBND TP Hồ Chí Minh Nguyễn Thành Phong đã tiếp ông Han Myoung-Sup, Tổng Giám đốc "
            "Tổ hợp Samsung Việt Nam.")
    [m] = find_meetings("Tin", body)
    assert (m.partner.name, m.partner.country_code, m.vn_locality) == ("Tổ hợp Samsung Việt Nam", "KR", "Hồ Chí Minh")


def test_an_object_list_runs_over_semicolons_and_bracketed_short_names():
    body = ("Chiều 6/6, Thủ tướng Chính phủ Nguyễn Xuân Phúc cũng đã tiếp ông Shinichi Kitaoka, Chủ tịch Cơ quan hợp "
            "tác quốc tế Nhật Bản (JICA); Ngài Ryu Shionoya, Chủ tịch Liên minh nghị sỹ Mê Công Nhật Bản và ông "
            "Mitarai Fijio, Chủ tịch Tập đoàn Canon.")
    found = {(name, person) for name, _, _, person in partners(body)}
    assert found == {("Cơ quan Hợp tác Quốc tế Nhật Bản", "Shinichi Kitaoka"),
                     ("Liên minh nghị sỹ Mê Công Nhật Bản", "Ryu Shionoya"), ("Tập đoàn Canon", "Mitarai Fijio")}


def test_a_named_body_is_found_in_lower_case_too():
    [org] = gazetteer.find_orgs("Chủ tịch Cơ quan hợp tác quốc tế Nhật Bản (JICA)")[:1]
    assert org.entry.name == "Cơ quan Hợp tác Quốc tế Nhật Bản"
    assert [o.text for o in gazetteer.find_orgs("người dân ở đây")] == []


def test_a_navy_in_lower_case_before_its_country_is_a_body():
    body = "Sáng 13/6, lãnh đạo TP. Đà Nẵng chào đón hải quân Nhật Bản tại cảng Tiên Sa."
    assert ("hải quân Nhật Bản", "organization", "JP", None) in partners(body)


def test_an_official_below_a_vice_minister_meets_as_the_ministry():
    body = ("Ngày 5/7, Thứ trưởng Bộ Quốc phòng Hàn Mạnh Thắng đã tiếp ông Mom Sophat, Cục trưởng Cục pháp chế Bộ "
            "Quốc phòng Campuchia.")
    assert [(n, k) for n, k, _, _ in partners(body)] == [("Bộ Quốc phòng Campuchia", "organization")]
    body = "Ngày 5/7, Phó Thủ tướng Phạm Bình Minh đã tiếp ông Igor Morgulov, Thứ trưởng Bộ Ngoại giao Liên bang Nga."
    assert [(k, c) for _, k, c, _ in partners(body)] == [("country", "RU")]


def test_a_ministers_delegation_meets_as_the_country():
    body = ("Ngày 21/6, tại Hà Nội, Phó Thủ tướng Trịnh Đình Dũng đã tiếp Đoàn cán bộ cao cấp của Bộ Bưu chính và "
            "Viễn thông Lào do Bộ trưởng Thansamay Kommasith dẫn đầu sang thăm và làm việc tại Việt Nam.")
    assert partners(body) == [("Lào", "country", "LA", "Thansamay Kommasith")]


def test_a_reporters_agency_is_no_party():
    body = ("Phóng viên TTXVN tại Canada cho biết trong ngày 7/2, bà Freeland có các cuộc gặp với Chủ tịch Hạ viện Mỹ "
            "Paul Ryan.")
    assert partners(body) == []


def test_officials_of_one_state_welcoming_together_are_one_meeting():
    body = ("Đón Chủ tịch nước Trần Đại Quang tại sân bay có Phó Thủ tướng Chính phủ Belarus Semashko, Thứ trưởng Bộ "
            "Ngoại giao Belarus Rybakov, Đại sứ Belarus tại Việt Nam Vladimir Goshin.")
    assert partners(body) == [("Belarus", "country", "BY", "Semashko")]


def test_a_party_named_with_its_country_alone():
    body = ("Chiều 24/5, tại Trụ sở Trung ương Đảng, Tổng Bí thư Nguyễn Phú Trọng đã tiếp đồng chí Jose Ramon Balaguer "
            "Cabrera, Bí thư Trung ương Đảng Cuba.")
    assert partners(body) == [("Đảng Cuba", "organization", "CU", "Jose Ramon Balaguer Cabrera")]


def test_a_news_agency_reporting_a_meeting_is_no_party():
    body = ("Ngày 29/6, Hãng thông tấn TASS đã đưa tin trang trọng về cuộc hội đàm giữa Chủ tịch nước Trần Đại Quang "
            "và Tổng thống Nga Vladimir Putin.")
    assert [(n, p) for n, _, _, p in partners(body)] == [("Nga", "Vladimir Putin")]


def test_a_parliament_committee_chair_meets_as_the_state():
    body = ("Ngày 31/5, tại Washington, Hoa Kỳ, Thủ tướng Nguyễn Xuân Phúc đã điện đàm với Chủ tịch Ủy ban Tài chính "
            "Thượng viện, Thượng nghị sỹ Orrin Hatch.")
    assert [(n, k, p) for n, k, _, p in partners(body)] == [("Hoa Kỳ", "country", "Orrin Hatch")]
