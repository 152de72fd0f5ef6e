"""Merge stage: one row per encounter (GUIDELINES §2)."""
from transforms.meetings import candidate_meetings

TITLE = "Thủ tướng tiếp các nghị sỹ Hoa Kỳ"


def test_the_same_encounter_told_twice_is_one_row():
    lead = "Chiều 1/8, Thủ tướng Phạm Minh Chính tiếp bà Sheng Thao, Thị trưởng thành phố Oakland, bang California."
    again = "Tại buổi tiếp, Thủ tướng Phạm Minh Chính hoan nghênh Thị trưởng Sheng Thao."
    rows = candidate_meetings("Thủ tướng tiếp Thị trưởng Oakland", [lead, again])
    oakland = [m for m in rows if m.partner.name == "Oakland"]
    assert len(oakland) == 1 and oakland[0].date is not None and oakland[0].signals["readings"] == 2


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
