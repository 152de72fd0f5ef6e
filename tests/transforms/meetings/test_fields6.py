"""Fields of found meetings (issue 8), on sentences of the 2017 corpus outside the gold articles: a continent after
"châu" is the place's word, not a name's; two bodies the gazetteer names apart stay two partners; an office after a
comma that opens a later name is that name's; a ship's command ("Chỉ huy tàu") is an office."""
from __future__ import annotations

import pytest

from transforms.meetings import article_sentences, candidate_meetings
from transforms.meetings.mentions import _scan
from transforms.meetings.parties import _Article, find_parties


def people(sentence: str) -> dict[str, str | None]:
    """Person -> title of every named person of one sentence, read with no earlier knowledge."""
    return {p.person: p.title for p in find_parties(_scan(sentence), _Article())
            if p.kind in ("person", "delegation") and p.person}


@pytest.mark.parametrize(("sentence", "person", "title"), [
    # corpus 22637933, 22373291: "Âu Mario Draghi", "Âu Donald Tusk" had been read as names.
    ("Phát biểu của Chủ tịch Ngân hàng Trung ương châu Âu Mario Draghi về chính sách tiền tệ được chú ý.",
     "Mario Draghi", "Chủ tịch Ngân hàng Trung ương châu Âu"),
    ("Chủ tịch Hội đồng châu Âu Donald Tusk cho biết như vậy sau cuộc họp.", "Donald Tusk",
     "Chủ tịch Hội đồng châu Âu"),
    ("Bộ trưởng Ngoại giao Pháp Jean-Yves Le Drian và Cao ủy châu Âu Federica Mogherini đã gặp nhau.",
     "Federica Mogherini", "Cao ủy châu Âu"),
])
def test_a_continent_after_chau_is_no_word_of_a_name(sentence: str, person: str, title: str) -> None:
    found = people(sentence)
    assert found[person] == title
    assert not any(name.startswith("Âu ") for name in found)


def test_two_bodies_named_apart_are_two_partners() -> None:
    # corpus 22708669: Tusk's row had been merged away, Juncker's given the European Council.
    sentence = ("Cùng ngày, Thủ tướng Nguyễn Xuân Phúc còn có các cuộc gặp với Thủ tướng Ấn Độ Narendra Modi, Chủ tịch "
                "Hội đồng châu Âu Donald Tusk và Chủ tịch Ủy ban châu Âu Jean-Claude Juncker.")
    rows = {m.foreign_person: m.partner.name for m in candidate_meetings("Thủ tướng dự Hội nghị G20",
                                                                         article_sentences(sentence))}
    assert rows["Donald Tusk"] == "Hội đồng châu Âu"
    assert rows["Jean-Claude Juncker"] == "Ủy ban châu Âu"


def test_an_office_opening_a_later_name_is_that_names() -> None:
    # A list of Malaysian officials: "phụ trách" is outside the title lexicon, so the minister's office had run into
    # the attorney general's title and the minister was lost.
    found = people("Phó Thủ tướng Trương Hòa Bình tiếp Chánh án Tòa liên bang Raus bin Sharif, Tổng Chưởng lý Mohamed "
                   "Apandi bin Ali, Bộ trưởng phụ trách Hội đồng An ninh Quốc gia Shahidan Bin Kassim.")
    assert found["Mohamed Apandi bin Ali"] == "Tổng Chưởng lý"
    assert found["Shahidan Bin Kassim"] == "Bộ trưởng phụ trách Hội đồng An ninh Quốc gia"


def test_a_body_name_after_an_office_is_no_later_person() -> None:
    # corpus 22436224: "Hilton Worldwide" after "của" is the company, the office stays Nassetta's.
    found = people("Ông Christopher J. Nassetta, Chủ tịch kiêm Tổng Giám đốc điều hành của Hilton Worldwide đã tiếp "
                   "kiến Thủ tướng Nguyễn Xuân Phúc.")
    assert found["Christopher J. Nassetta"] == "Chủ tịch kiêm Tổng Giám đốc điều hành của Hilton Worldwide"


def test_a_commander_reads_his_ship_office() -> None:
    # dev2 22452923: "Trung tá David Landon chỉ huy tàu": the ship's command is his office.
    found = people("HMAS Ballarat là tàu khu trục lớp ANZAC. Trung tá David Landon chỉ huy tàu, cho biết hệ thống tên "
                   "lửa có khả năng đối không.")
    assert found["David Landon"] == "Trung tá, chỉ huy tàu"


def test_a_bare_title_followed_by_a_verb_is_no_apposition() -> None:
    # dev2 22514299: "Cảm ơn Phó Thủ tướng đã dành thời gian tiếp đón, ông X": the Vietnamese host's title is not
    # the guest's; a title with its organ and post before the comma still is.
    found = people("Cảm ơn Phó Thủ tướng đã dành thời gian tiếp đón, ông Enda Stankard (Quỹ đầu tư Moelis) cho biết, "
                   "đoàn đã có các buổi gặp gỡ.")
    assert found["Enda Stankard"] is None
    assert people("Đại sứ Nhật Bản tại Việt Nam, ông Umeda Kunio cho biết sẽ thúc đẩy hợp tác.") == {
        "Umeda Kunio": "Đại sứ Nhật Bản tại Việt Nam"}
