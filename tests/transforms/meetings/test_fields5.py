"""Fields of found meetings (issue 8), on sentences of the 2017 corpus (none from a gold article): a parliament named
by its own one-word name ("Duma") after a title is the organ, not a person; an apposition that runs over the next
named person ends at the comma before that person's office."""
from __future__ import annotations

import pytest

from transforms.meetings.mentions import _scan
from transforms.meetings.parties import _Article, find_parties


def people(sentence: str) -> dict[str, tuple[str, str | None, str | None]]:
    """Person -> (side, title, partner name) of every named person of one sentence, read with no earlier knowledge."""
    return {p.person: (p.side, p.title, p.partner.name if p.partner else None)
            for p in find_parties(_scan(sentence), _Article()) if p.kind in ("person", "delegation") and p.person}


@pytest.mark.parametrize(("sentence", "person", "title"), [
    # corpus 22650172, 22652339: "Duma" was a foreign person titled "Chủ tịch".
    ("Chủ tịch nước Trần Đại Quang hội kiến với Chủ tịch Duma Quốc gia Liên bang Nga V. Vô-lô-din.", "V. Vô-lô-din",
     "Chủ tịch Duma Quốc gia Liên bang Nga"),
    ("Chủ tịch Quốc hội Nguyễn Thị Kim Ngân hội đàm với Chủ tịch Duma quốc gia Nga Vyacheslav Volodin.",
     "Vyacheslav Volodin", "Chủ tịch Duma quốc gia Nga"),
])
def test_a_parliament_named_by_its_own_word_is_no_person(sentence: str, person: str, title: str) -> None:
    found = people(sentence)
    assert "Duma" not in found
    assert found[person] == ("foreign", title, "Nga")


def test_a_parliament_word_alone_after_a_title_is_a_bare_title_of_the_country() -> None:
    sentence = "Chủ tịch Duma Quốc gia Nga bày tỏ vui mừng trước kết quả chuyến thăm."
    parties = find_parties(_scan(sentence), _Article())
    assert not [p for p in parties if p.person == "Duma"]
    assert [(p.kind, p.side, p.partner.name if p.partner else None) for p in parties] == [("bare", "foreign", "Nga")]


def test_an_apposition_ends_before_the_next_named_person() -> None:
    # corpus 22255640, 22247662: the AIIB president's title ran over the Cisco director's name and office.
    found = people("Cùng ngày, Thủ tướng đã tiếp Chủ tịch Ngân hàng Đầu tư Cơ sở hạ tầng Châu Á (AIIB) Kim Lập Quần, "
                   "Giám đốc toàn cầu Tập đoàn Cisco Goh Seow Hiong.")
    assert found["Kim Lập Quần"][1] == "Chủ tịch Ngân hàng Đầu tư Cơ sở hạ tầng Châu Á (AIIB)"
    assert found["Goh Seow Hiong"][1:] == ("Giám đốc toàn cầu Tập đoàn Cisco", "Tập đoàn Cisco")


def test_a_title_without_another_name_keeps_its_commas() -> None:
    found = people("Thủ tướng tiếp ông Thongloun Sisoulith, Ủy viên Bộ Chính trị, Thủ tướng Lào.")
    assert found["Thongloun Sisoulith"][1] == "Ủy viên Bộ Chính trị, Thủ tướng Lào"
