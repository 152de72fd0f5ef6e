"""Candidates the recall4 work reads: a foreign visitor's programme told clause by clause, items of a bulleted
programme as sentences of their own, two offices joined by "kiêm" before one name, and a caption that pictures a
Vietnamese and a foreign person together. Sentences from the baomoi 2017 corpus (articles outside every gold file)."""
from transforms.meetings import article_sentences, candidate_meetings
from transforms.meetings.mentions import _scan
from transforms.meetings.parties import _Article, find_parties


def _rows(title: str, sentences: list[str]) -> set[tuple[str | None, str | None, str, str | None]]:
    return {(m.vn_person, m.vn_locality, m.partner.name, m.foreign_person)
            for m in candidate_meetings(title, sentences, loose=False)}


# baomoi 22521247: the ship's programme; its crew (foreign) calls on two Vietnamese hosts, one clause each.
SHIP = ("Theo đó, từ ngày 13 - 19/6, 85 sĩ quan và thủy thủ của tàu lực lượng bảo vệ bờ biển Nhật Bản - ECHIGO do "
        "Đại tá Toyota Chikara, Chỉ huy tàu dẫn đầu thăm thành phố Đà Nẵng; chào xã giao Bộ Tư lệnh Cảnh sát biển "
        "Việt Nam; thăm Trung tâm phối hợp tìm kiếm, cứu nạn Hàng hải khu vực II; chào xã giao lãnh đạo UBND thành "
        "phố Đà Nẵng; tham quan các danh lam thắng cảnh tại thành phố Đà Nẵng, Hội An, Huế...")


def test_a_foreign_visitor_s_programme_calls_on_the_vietnamese_object_of_each_clause():
    rows = _rows("Tàu lực lượng bảo vệ bờ biển Nhật Bản cập cảng Tiên Sa thăm Đà Nẵng", [SHIP])
    # The command (a national body) and the city; "thăm Trung tâm ..." (a site visit) is no call.
    assert rows == {(None, None, "lực lượng bảo vệ bờ biển Nhật Bản", None),
                    (None, "Đà Nẵng", "lực lượng bảo vệ bờ biển Nhật Bản", None)}
    # Without the clause programme (a foreign subject, a Vietnamese object only after the first clause) nothing is
    # read: the same Vietnamese objects with a Vietnamese subject are that subject's calls, not the foreigner's.
    domestic = ("Đoàn công tác của Bộ Quốc phòng thăm thành phố Đà Nẵng; chào xã giao lãnh đạo UBND thành phố Đà "
                "Nẵng.")
    assert _rows("Tin vắn", [domestic]) == set()


# baomoi 22517194: one paragraph holds the day's programme as "+ " items, the last of them a foreign delegation's two
# calls ("sẽ hội kiến A; chào xã giao B").
PROGRAMME = ("+ Ngay sau Hội đàm, Chủ tịch Quốc hội Cuba Esteban Lazo Hernández đã có bài phát biểu quan trọng tại "
             "Hội trường Diên Hồng- Nhà Quốc hội trong Phiên họp toàn thể, Kỳ họp thứ 3, Quốc hội khóa XIV và tham "
             "quan Nhà Quốc hội. + Chiều cùng ngày, Đoàn đại biểu cấp cao Quốc hội của Chính quyền Nhân dân nước "
             "Cộng hòa Cuba do Ủy viên Bộ Chính trị Đảng Cộng sản Cuba, Chủ tịch Quốc hội Esteban Lazo Hernández "
             "dẫn đầu sẽ hội kiến Thủ tướng Nguyễn Xuân Phúc; chào xã giao Chủ tịch nước Trần Đại Quang.")


def test_a_bullet_after_a_full_stop_opens_a_sentence_and_both_calls_of_the_item_are_read():
    sentences = article_sentences(PROGRAMME)
    assert len(sentences) == 2 and sentences[1].startswith("Chiều cùng ngày, Đoàn đại biểu")
    rows = _rows("Chủ tịch Quốc hội Nguyễn Thị Kim Ngân đón, hội đàm với Chủ tịch Quốc hội Cuba", sentences)
    assert {(vn, partner, person) for vn, _, partner, person in rows} >= {
        ("Nguyễn Xuân Phúc", "Cuba", "Esteban Lazo Hernández"), ("Trần Đại Quang", "Cuba", "Esteban Lazo Hernández")}


def _people(sentence: str) -> list[tuple[str, str | None, str | None]]:
    return [(p.side, p.person, p.title) for p in find_parties(_scan(sentence), _Article())]


def test_two_offices_joined_by_kiem_before_one_name_are_that_person_s_title():
    # baomoi 22549441: the country after the first office, then "kiêm" and the second office.
    sentence = ("Theo Phó Thủ tướng Nga kiêm Chủ tịch RFU Vitaly Mutko, đội tuyển Nga đã được xây dựng lại toàn bộ, "
                "chỉ giữ lại 9 cầu thủ trong đội hình.")
    assert _people(sentence) == [("foreign", "Vitaly Mutko", "Phó Thủ tướng Nga kiêm Chủ tịch RFU")]
    # A portfolio (capitalised, yet no name) before "kiêm": one minister, met once (not a Vietnamese bare title).
    meeting = ("Cũng trong ngày 4/7, Phó Thủ tướng, Bộ trưởng Ngoại giao Phạm Bình Minh đã tiếp Bộ trưởng Quốc phòng "
               "Ấn Độ kiêm Bộ trưởng Tài chính Arun Jaitley.")
    assert [p for p in _people(meeting) if p[0] == "foreign"] == [
        ("foreign", "Arun Jaitley", "Bộ trưởng Quốc phòng Ấn Độ kiêm Bộ trưởng Tài chính")]
    assert _rows("Phó Thủ tướng Phạm Bình Minh thăm Ấn Độ", [meeting]) == {
        ("Phạm Bình Minh", None, "Ấn Độ", "Arun Jaitley")}


def test_a_caption_of_a_vietnamese_and_a_foreign_person_pictures_their_meeting():
    # baomoi 22448614, 22477235: captions of meeting articles naming the two sides and nothing else.
    title = "Thủ tướng Nguyễn Xuân Phúc tiếp Phó Thủ tướng Slovakia"
    caption = "Thủ tướng Nguyễn Xuân Phúc và Phó Thủ tướng, Bộ trưởng Bộ Nội vụ Slovakia Robert Kalinak."
    assert _rows(title, [caption]) == {("Nguyễn Xuân Phúc", None, "Slovakia", "Robert Kalinak")}
    assert _rows("Hội đàm Việt Nam - Nhật Bản", [
        "Thủ tướng Nguyễn Xuân Phúc và Thủ tướng Nhật Bản Shinzo Abe tại buổi họp báo."]) == {
        ("Nguyễn Xuân Phúc", None, "Nhật Bản", "Shinzo Abe")}
    # Two foreigners, or a caption that says what they do, picture no meeting of the two sides.
    assert _rows("Thủ tướng Nguyễn Xuân Phúc gặp lãnh đạo các nước bên lề G20", [
        "Chủ tịch Trung Quốc Tập Cận Bình (trái) và Tổng thống Philippines Rodrigo Durtete."]) == set()
    assert _rows("Thủ tướng Nguyễn Xuân Phúc gặp lãnh đạo các nước bên lề G20", [
        "Thủ tướng Nguyễn Xuân Phúc và Thủ tướng Nhật Bản Shinzo Abe phát biểu tại phiên khai mạc hội nghị "
        "thượng đỉnh."]) == set()  # (a signing witnessed together is a meeting: test_recall5)


def test_both_sides_as_a_joint_subject_of_co_buoi_lam_viec_meet():
    # baomoi 22416678: no "với", the two sides named before the verb, the level of the talks after it.
    sentence = ("Chiều 30/5, theo giờ địa phương, trong khuôn khổ chuyến thăm chính thức Hoa Kỳ của Thủ tướng Chính "
                "phủ Nguyễn Xuân Phúc, Bộ trưởng Bộ Công Thương Trần Tuấn Anh và Trưởng Đại diện thương mại Hoa Kỳ "
                "Robert Lighthizer đã có buổi làm việc cấp chủ tịch Hội đồng Thương mại và Đầu tư Việt Nam – Hoa Kỳ "
                "(Hội đồng TIFA).")
    assert _rows("Việt Nam - Hoa Kỳ thúc đẩy hợp tác thương mại", [sentence]) == {
        ("Trần Tuấn Anh", None, "Hoa Kỳ", "Robert Lighthizer")}
    # Two Vietnamese sides as the joint subject meet no one.
    assert _rows("Tin vắn", ["Bộ trưởng Bộ Công Thương Trần Tuấn Anh và Chủ tịch UBND tỉnh Long An Trần Văn Cần đã "
                             "có buổi làm việc tại Hà Nội."]) == set()


def test_a_title_word_does_not_start_inside_a_country_s_name():
    # baomoi 22246468: "Trung Quốc Vương Gia Thụy" is China and a name, not the title "Quốc Vương" (king).
    sentence = ("Cũng trong khuôn khổ chuyến thăm, Chủ tịch nước Trần Đại Quang chiều 11-5 đã tiếp Phó Chủ tịch Hội "
                "nghị Hiệp thương chính trị nhân dân toàn quốc (Chính hiệp) Trung Quốc Vương Gia Thụy.")
    titles = [t.text for t in _scan(sentence).titles]
    assert "Quốc Vương" not in titles and "Chủ tịch nước" in titles
    assert ("Trần Đại Quang", None, "Trung Quốc") in {r[:3] for r in _rows("Chủ tịch nước thăm Trung Quốc", [sentence])}
