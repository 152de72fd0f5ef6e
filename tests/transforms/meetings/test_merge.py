"""Merge stage: one row per encounter (GUIDELINES §2)."""
from transforms.meetings import candidate_meetings

TITLE = "Thủ tướng tiếp các nghị sỹ Hoa Kỳ"


def test_the_same_encounter_told_twice_is_one_row():
    lead = "Chiều 1/8, Thủ tướng Phạm Minh Chính tiếp bà Sheng Thao, Thị trưởng thành phố Oakland, bang California."
    again = "Tại buổi tiếp, Thủ tướng Phạm Minh Chính hoan nghênh Thị trưởng Sheng Thao."
    rows = candidate_meetings("Thủ tướng tiếp Thị trưởng Oakland", [lead, again])
    oakland = [m for m in rows if m.partner.name == "Oakland"]
    # Told three times: by the headline ("tiếp Thị trưởng Oakland"), the lead and the "Tại buổi tiếp" sentence.
    assert len(oakland) == 1 and oakland[0].date is not None and oakland[0].signals["readings"] == 3


def test_two_people_of_one_country_are_two_audiences():
    first = ("Chiều 31/5, Thủ tướng Nguyễn Xuân Phúc tiếp Thượng nghị sỹ John McCain, Chủ tịch Ủy ban Quân vụ "
             "Thượng viện Hoa Kỳ.")
    second = "Tiếp đó, Thủ tướng Nguyễn Xuân Phúc tiếp Bộ trưởng Thương mại Hoa Kỳ Wilbur Ross."
    rows = candidate_meetings(TITLE, [first, second])
    assert {m.foreign_person for m in rows if m.partner.country_code == "US"} == {"John McCain", "Wilbur Ross"}


def test_the_same_partner_on_two_days_is_two_meetings():
    first = "Sáng 3/5, Chủ tịch UBND tỉnh Quảng Ninh Nguyễn Đức Long tiếp Đại sứ Nhật Bản Umeda Kunio."
    second = "Chiều 9/5, Chủ tịch UBND tỉnh Quảng Ninh Nguyễn Đức Long tiếp Đại sứ Nhật Bản Umeda Kunio tại Hạ Long."
    rows = candidate_meetings("Quảng Ninh tiếp Đại sứ Nhật Bản", [first, second])
    days = sorted((m.date.day, m.date.month) for m in rows if m.date is not None and m.foreign_person == "Umeda Kunio")
    assert days == [(3, 5), (9, 5)]


def test_one_person_spelled_two_ways_is_one_audience():
    # ../shared/corpus/dev2/22430817.txt and 22334525.txt: the caption spells the guest otherwise than the body.
    body = "Sáng 1/6, Chủ tịch Quốc hội Nguyễn Thị Kim Ngân tiếp Thượng nghị sỹ John Mc Cain (Giôn Mắc-Kên)."
    caption = "Chủ tịch Quốc hội Nguyễn Thị Kim Ngân tiếp Thượng Nghị sĩ John McCain."
    rows = candidate_meetings("Chủ tịch Quốc hội tiếp Thượng nghị sỹ Hoa Kỳ", [body, caption])
    assert len([m for m in rows if m.partner.country_code == "US"]) == 1
    lead = ("Chiều 21/5, Chủ tịch nước Trần Đại Quang đã có buổi tiếp Bộ trưởng Phát triển Kinh tế Liên bang Nga "
            "Maxim Oreshkin.")
    again = "Chủ tịch nước Trần Đại Quang tiếp Bộ trưởng Bộ Phát triển Kinh tế Liên bang Nga Maksim Oreshkin."
    rows = candidate_meetings("Chủ tịch nước tiếp Bộ trưởng Nga", [lead, again])
    assert len([m for m in rows if m.partner.country_code == "RU"]) == 1


def test_one_office_named_by_two_spellings_is_one_person():
    # ../shared/corpus/dev/22243008.txt: the caption transliterates the name, the office is the same.
    body = ("Ngày 11/5, ông Nguyễn Thiện Nhân, Bí thư Thành ủy TP Hồ Chí Minh đã tiếp ông Mahn Win Khaing Than, "
            "Chủ tịch Thượng viện kiêm Chủ tịch Quốc hội Cộng hòa Liên bang Myanmar.")
    caption = ("Bí thư Thành ủy TP Hồ Chí Minh Nguyễn Thiện Nhân tiếp Chủ tịch Quốc hội Cộng hòa Liên bang Myanmar "
               "Man Uyn Khai Than.")
    rows = candidate_meetings("TP Hồ Chí Minh tiếp Chủ tịch Thượng viện Myanmar", [body, caption])
    assert [m.foreign_person for m in rows if m.partner.country_code == "MM"] == ["Mahn Win Khaing Than"]


def test_two_senators_are_not_one_person_for_their_common_title():
    first = "Chiều 31/5, Thủ tướng Nguyễn Xuân Phúc tiếp Thượng nghị sỹ Orrin Hatch."
    second = "Cùng ngày, Thủ tướng Nguyễn Xuân Phúc tiếp Thượng nghị sỹ Bob Corker."
    rows = candidate_meetings(TITLE, [first, second])
    assert {m.foreign_person for m in rows if m.partner.country_code == "US"} == {"Orrin Hatch", "Bob Corker"}


def test_two_audiences_of_one_day_stay_two_rows_of_the_article():
    # The article's readings become evidence rows: another person of the same partner on the same day is another
    # row, not a repeat of the first (GUIDELINES §2).
    from transforms import extract, tables

    body = ("Sáng 29/6, Chủ tịch nước Trần Đại Quang hội kiến Thủ tướng Liên bang Nga Dmitry Medvedev.\n"
            "Chiều cùng ngày, Chủ tịch nước Trần Đại Quang hội đàm với Tổng thống Liên bang Nga Vladimir Putin.")
    result = extract.extract_article("Chủ tịch nước hội đàm với Tổng thống Nga", body)
    frames = tables.to_frames({"a1": result})
    assert set(frames.meetings["foreign_person"].to_list()) >= {"Dmitry Medvedev", "Vladimir Putin"}
