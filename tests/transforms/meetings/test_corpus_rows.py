"""Rows of the 2017 corpus outside the gold files, read by hand from a sample of the full-corpus warehouse: each test
is a class of error found there, on the article's own sentences."""
from __future__ import annotations

from tests.transforms.meetings import only_meeting


def test_a_title_after_doan_names_the_delegations_members_not_the_next_persons_office() -> None:
    # 2017 corpus 22729206: "những nội dung đoàn Nghị sĩ Hạ viện Nhật Bản quan tâm, Thứ trưởng Lê Quang Hùng" made
    # the Vietnamese vice-minister a Japanese member of parliament, and the meeting lost its Vietnamese host.
    m = only_meeting(
        "Thứ trưởng Lê Quang Hùng tiếp đoàn Nghị sĩ Hạ viện Nhật Bản",
        "Ngày 10/7, tại trụ sở Bộ Xây dựng, Thứ trưởng Lê Quang Hùng có buổi làm việc với đoàn Nghị sĩ Hạ viện Nhật "
        "Bản do Nghị sĩ Tabata Hiroaki làm Trưởng đoàn. Thứ trưởng Lê Quang Hùng bày tỏ sự vui mừng đón tiếp đoàn Nghị "
        "sĩ Hạ viện Nhật Bản đến thăm và làm việc với Bộ Xây dựng. Chia sẻ về những nội dung đoàn Nghị sĩ Hạ viện Nhật "
        "Bản quan tâm, Thứ trưởng Lê Quang Hùng điểm qua những thông tin cơ bản về thị trường BĐS.")
    assert (m.vn_person, m.vn_title) == ("Lê Quang Hùng", "Thứ trưởng")
    assert (m.foreign_person, m.partner.country_code) == ("Tabata Hiroaki", "JP")


def test_an_honorific_between_a_title_and_the_name_is_neither_title_nor_partner() -> None:
    # 2017 corpus 22472805: the partner was "Đảng Công Minh - Ngài" and the title "Chủ tịch Đảng Công Minh - Ngài".
    m = only_meeting("Thủ tướng Nguyễn Xuân Phúc tiếp Chủ tịch Đảng Công Minh",
                     "Chiều 6/6, tại Tokyo, Thủ tướng Nguyễn Xuân Phúc tiếp Chủ tịch Đảng Công Minh - Ngài Natsuo "
                     "Yamaguchi.")
    assert (m.foreign_person, m.foreign_title, m.partner.name) == (
        "Natsuo Yamaguchi", "Chủ tịch Đảng Công Minh", "Đảng Công Minh")


def test_a_foreign_name_ends_before_a_vietnamese_word_that_opens_the_next_clause() -> None:
    # 2017 corpus 22685281: a photo caption glued to the next sentence gave the guest "Norbert Kartmann Tại".
    m = only_meeting("Thủ tướng gặp Chủ tịch Quốc hội bang Hessen",
                     "Chiều 9/7, Thủ tướng Nguyễn Xuân Phúc gặp Chủ tịch Quốc hội bang Hessen - Norbert Kartmann Tại "
                     "cuộc gặp, Thủ tướng đánh giá cao sự ủng hộ của các Nghị sỹ bang Hessen.")
    assert (m.foreign_person, m.partner.name) == ("Norbert Kartmann", "Hessen")
    # A Vietnamese name keeps a syllable that elsewhere opens a clause or names a country: "Vũ Đức Đam".
    m = only_meeting("Việt Nam - Lào tăng cường hợp tác y tế",
                     "Chiều 26/6, tại trụ sở Chính phủ, Phó Thủ tướng Vũ Đức Đam đã tiếp Bộ trưởng Bộ Y tế Lào "
                     "Bounkong Syhavong.")
    assert m.vn_person == "Vũ Đức Đam"
