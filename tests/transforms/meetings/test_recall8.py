"""Meetings the recall8 work reads: a welcome told with "tiếp đón" (the cue was lost to the blocker "tiếp đó",
matched as a prefix), and the heads of two organs of one state met together, each an audience of its own
(GUIDELINES §2). Sentences from the baomoi 2017 corpus (articles outside every gold file) and modern leads of the
same constructions; the negatives keep what must stay one row or no row."""
import pytest

from tests.transforms.meetings.test_recall6 import _rows as _strict
from transforms.meetings import meetings_in


def _decided(title: str, sentences: list[str]) -> set[tuple[str | None, str, str | None]]:
    return {(m.vn_person, m.partner.name, m.foreign_person) for m in meetings_in(title, sentences)}


# "tiếp đón" is a host verb of meeting_verbs.tsv: baomoi 22415919 (announced), a modern lead.
WELCOMED = [
    ("Thủ tướng Nguyễn Xuân Phúc tới Washington DC",
     "Tổng thống Mỹ Donald Trump sẽ tiếp đón Thủ tướng Nguyễn Xuân Phúc tại Nhà Trắng vào ngày 31/5.",
     ("Nguyễn Xuân Phúc", "Hoa Kỳ", "Donald Trump")),
    ("Thủ tướng tiếp đón Thái tử Saudi Arabia",
     "Chiều 5/3, tại Trụ sở Chính phủ, Thủ tướng Phạm Minh Chính đã tiếp đón Thái tử Saudi Arabia Mohammed bin Salman.",
     ("Phạm Minh Chính", "Ả Rập Xê-út", "Mohammed bin Salman")),
]


@pytest.mark.parametrize(("title", "sentence", "row"), WELCOMED)
def test_a_welcome_told_with_tiep_don_is_a_meeting(title, sentence, row):
    assert row in _strict(title, [sentence])


@pytest.mark.parametrize("sentence", [
    "Tiếp đó, Thủ tướng Phạm Minh Chính đã dự lễ khai mạc cùng Thái tử Saudi Arabia Mohammed bin Salman.",
    "Tiếp đó, Chủ tịch nước Trần Đại Quang và Tổng thống Belarus Alexander Lukashenko dự lễ khai mạc diễn đàn.",
])
def test_tiep_do_next_is_still_no_cue(sentence):
    assert _strict("Các hoạt động", [sentence]) == set()


# Two heads of different organs of one state in one object list: baomoi 22256163 (the Premier and the NPC
# chairman), dev2 22730166's construction (the presidents of the Senate and of the House) in a modern lead.
AUDIENCES = [
    ("Chủ tịch nước Trần Đại Quang hội kiến lãnh đạo Trung Quốc",
     "Cùng ngày, tại Đại lễ đường Nhân dân, Bắc Kinh, Chủ tịch nước Trần Đại Quang đã hội kiến với Thủ tướng Quốc Vụ "
     "viện Trung Quốc Lý Khắc Cường, Ủy viên trưởng Ủy ban Thường vụ Đại hội Đại biểu nhân dân toàn quốc Trung Quốc "
     "Trương Đức Giang.",
     {"Lý Khắc Cường", "Trương Đức Giang"}),
    ("Thủ tướng hội kiến lãnh đạo Quốc hội Hà Lan",
     "Chiều 11/7, tại La Haye, Thủ tướng Phạm Minh Chính đã hội kiến với Chủ tịch Thượng viện Quốc hội Hà Lan Jan "
     "Anthonie Bruijn và Chủ tịch Hạ viện Quốc hội Hà Lan Martin Bosma.",
     {"Jan Anthonie Bruijn", "Martin Bosma"}),
]


@pytest.mark.parametrize(("title", "sentence", "people"), AUDIENCES)
def test_heads_of_two_organs_of_one_state_are_two_audiences(title, sentence, people):
    rows = _decided(title, [sentence])
    assert people <= {foreign for _, _, foreign in rows}, rows


# A minister with his deputy, and a receiving line, stay one encounter with the state (its senior official).
ONE_ROW = [
    ("Thủ tướng tiếp Bộ trưởng Ngoại giao Nhật Bản",
     "Chiều 5/6, Thủ tướng Nguyễn Xuân Phúc đã tiếp Bộ trưởng Ngoại giao Nhật Bản Fumio Kishida và Thứ trưởng Ngoại "
     "giao Nhật Bản Kiyoshi Odawara.", "Fumio Kishida"),
    ("Chủ tịch nước tới Minsk",
     "Chiều 26/6, Chủ tịch nước Trần Đại Quang đã tới Minsk. Ra đón Chủ tịch nước Trần Đại Quang và Phu nhân tại sân "
     "bay quốc tế Minsk có Phó Thủ tướng Belarus Vladimir Semashko, Thứ trưởng Bộ Ngoại giao Valentin Rybakov, Đại sứ "
     "Belarus tại Việt Nam Vladimir Goshin.", "Vladimir Semashko"),
]


@pytest.mark.parametrize(("title", "text", "person"), ONE_ROW)
def test_a_minister_with_his_deputy_or_a_receiving_line_stays_one_row(title, text, person):
    sentences = [s.strip() + "." for s in text.rstrip(".").split(". ")]
    rows = [r for r in _decided(title, sentences) if r[1] in ("Nhật Bản", "Belarus")]
    assert [r[2] for r in rows] == [person], rows


# A company head named with an office the titles do not know between his name and his company's title (modern
# leads: "Người sáng lập", "nhà sáng lập kiêm CEO"): the company is the partner, he its person.
DESCRIBED = [
    "Chiều 5/3, tại Trụ sở Chính phủ, Thủ tướng Phạm Minh Chính tiếp ông Jensen Huang, Người sáng lập, Chủ tịch kiêm "
    "Tổng Giám đốc Tập đoàn Nvidia.",
    "Chiều 5/3, Thủ tướng Phạm Minh Chính tiếp ông Jensen Huang, nhà sáng lập kiêm CEO Tập đoàn Nvidia.",
]


@pytest.mark.parametrize("sentence", DESCRIBED)
def test_a_head_described_before_his_company_title_meets_as_the_company(sentence):
    rows = _strict("Thủ tướng tiếp lãnh đạo Nvidia", [sentence])
    assert ("Phạm Minh Chính", "Tập đoàn Nvidia", "Jensen Huang") in rows


# Co-chairing told with "chủ trì" (GUIDELINES §1): the chairs after "dưới/với sự (đồng) chủ trì của" (baomoi 21494686,
# 22643736's construction) or as the joint subject of "chủ trì" (baomoi 22483056).
CO_CHAIRED = [
    ("Kỳ họp lần thứ 39 Ủy ban liên Chính phủ Việt-Lào diễn ra từ ngày 7 tới 8/2 tại Hà Nội dưới sự chủ trì của Thủ "
     "tướng Nguyễn Xuân Phúc và Thủ tướng Lào Thongloun Sisoulith.",
     ("Nguyễn Xuân Phúc", "Lào", "Thongloun Sisoulith")),
    ("Chiều 10/7, Diễn đàn doanh nghiệp Việt Nam – Hà Lan đã diễn ra tại La Haye với sự đồng chủ trì của Thủ tướng "
     "Phạm Minh Chính và Phó Thủ tướng Hà Lan Lodewijck Asscher.", ("Phạm Minh Chính", "Hà Lan", "Lodewijck Asscher")),
    ("Ngày 6/6, Tổng thống Cộng hòa Czech Milos Zeman và Phó Thủ tướng Vương Đình Huệ đã đến dự và chủ trì Diễn đàn "
     "Doanh nghiệp Việt Nam - Czech.", ("Vương Đình Huệ", "Séc", "Milos Zeman")),
]


@pytest.mark.parametrize(("sentence", "row"), CO_CHAIRED)
def test_two_chairs_of_both_sides_are_a_meeting(sentence, row):
    assert row in _strict("Đồng chủ trì", [sentence])


@pytest.mark.parametrize("sentence", [
    "Chiều 5/3, Thủ tướng Nguyễn Xuân Phúc chủ trì Hội nghị phát triển ngành tôm với sự tham dự của Đại sứ Nhật Bản.",
    "Chiều 5/3, Thủ tướng Nguyễn Xuân Phúc và Phó Thủ tướng Trịnh Đình Dũng đã chủ trì Hội nghị phát triển ngành tôm.",
    "Hội nghị diễn ra dưới sự chủ trì của Ngoại trưởng Mỹ Rex Tillerson và Ngoại trưởng Nhật Bản Fumio Kishida.",
])
def test_one_chair_or_two_of_one_side_is_no_co_chairing(sentence):
    assert _strict("Hội nghị", [sentence]) == set()
