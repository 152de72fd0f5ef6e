"""Consuls as provincial pages report them: a consul (general) is met as the consulate, as an ambassador is met as
the embassy (GUIDELINES §3, the most specific body that meets), and the Vietnamese city where the consulate sits
("Tổng Lãnh sự Campuchia tại TP. Hồ Chí Minh") is not the locality of the province that receives him."""
from __future__ import annotations

import pytest

from tests.transforms.meetings import only_meeting as _only
from transforms import gazetteer


@pytest.mark.parametrize(("sentence", "place", "posted"), [
    # Sentences of the 2017 corpus (baomoi 22494475, 22488697): the city after "tại" is the consul's post.
    ("Ông Park Noh Wan, Tổng lãnh sự Hàn Quốc tại Thành phố Hồ Chí Minh cho rằng Việt Nam có nhiều tiềm năng.",
     "Thành phố Hồ Chí Minh", True),
    ("Ông Popov Alekey Vladimirovich, Tổng lãnh sự Nga tại Thành phố Hồ Chí Minh, bày tỏ niềm vui.",
     "Thành phố Hồ Chí Minh", True),
    ("Văn phòng đại diện JETRO tại Đà Nẵng phối hợp tổ chức hội nghị.", "Đà Nẵng", True),
    # A host's own city, or a venue, is not a post.
    ("Phó Chủ tịch UBND TP.HCM Võ Văn Hoan đã tiếp bà Susan Burns.", "TP.HCM", False),
    ("Hội nghị diễn ra tại Đà Nẵng với sự tham dự của Đại sứ Nhật Bản.", "Đà Nẵng", False),
])
def test_a_place_after_a_missions_tai_is_its_post(sentence: str, place: str, posted: bool) -> None:
    mention = next(m for m in gazetteer.find_localities(sentence) if sentence[m.start:m.end] == place)
    assert gazetteer.is_mission_post(sentence, mention.start) is posted


def test_a_consul_general_is_met_as_the_consulate_general_of_his_post() -> None:
    m = _only("Lãnh đạo tỉnh Quảng Ninh tiếp Tổng Lãnh sự Trung Quốc",
              "Chiều 12/3, tại trụ sở Tỉnh ủy, đồng chí Vũ Đại Thắng, Bí thư Tỉnh ủy Quảng Ninh đã tiếp ông Dương "
              "Thanh Đông, Tổng Lãnh sự Trung Quốc tại Hải Phòng, nhân dịp ông đến chào nhận nhiệm kỳ.")
    assert (m.partner.name, m.partner.kind, m.partner.country_code) == (
        "Tổng Lãnh sự quán Trung Quốc tại Hải Phòng", "embassy", "CN")
    assert (m.vn_locality, m.foreign_person) == ("Quảng Ninh", "Dương Thanh Đông")


def test_the_consuls_post_is_not_the_receiving_provinces_locality() -> None:
    m = _only("Gia Lai: lãnh đạo tỉnh tiếp Tổng Lãnh sự Campuchia",
              "Chiều 17/5, tại Hội trường UBND tỉnh, Phó Chủ tịch UBND tỉnh Nguyễn Hữu Quế đã tiếp ông Keo Vy, "
              "Tổng Lãnh sự Campuchia tại TP. Hồ Chí Minh.")
    assert m.vn_locality == "Gia Lai"
    assert m.partner.name == "Tổng Lãnh sự quán Campuchia tại TP. Hồ Chí Minh"


def test_a_consulate_named_as_a_body_keeps_its_written_name() -> None:
    m = _only("Lãnh đạo tỉnh tiếp Tổng Lãnh sự Campuchia",
              "Chiều 17/5, Phó Chủ tịch UBND tỉnh Nguyễn Hữu Quế đã tiếp và làm việc với đoàn công tác Tổng Lãnh sự "
              "quán Vương quốc Campuchia do ông Keo Vy - Tổng Lãnh sự làm trưởng đoàn.")
    assert m.partner.name == "Tổng Lãnh sự quán Vương quốc Campuchia"
    assert m.foreign_person == "Keo Vy"


def test_an_honorary_consul_of_vietnam_is_not_a_consulate() -> None:
    # "Lãnh sự danh dự Việt Nam tại Nepal" (dev2 22677080) is met as a Nepali, not as a mission.
    assert not gazetteer.is_mission_post("Lãnh sự danh dự Việt Nam tại ", 0)
    m = _only("Tiếp Lãnh sự danh dự", "Sáng 4/7, Phó Thủ tướng Phạm Bình Minh đã tiếp ông Rajendra Khetan, Lãnh sự "
              "danh dự Việt Nam tại Nepal.")
    assert m.partner.kind == "country"
