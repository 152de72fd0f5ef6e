"""Visits the recall6 work reads: a Vietnamese leader's official visit to a state named with its style ("Cộng hòa
Belarus", "Vương quốc Campuchia", "CHLB Đức"), and no row for a visit of an earlier year recalled as background
("Năm 2014, ..."; GUIDELINES §1: earlier meetings recalled are secondary and never required). Sentences from the
baomoi 2017 corpus (articles outside every gold file) and modern lead sentences of the same constructions."""
import datetime

import pytest

from transforms import extract
from transforms.meetings import candidate_meetings


def _rows(title: str, sentences: list[str]) -> set[tuple[str | None, str, str | None]]:
    return {(m.vn_person, m.partner.name, m.foreign_person) for m in candidate_meetings(title, sentences, loose=False)}


def _kept(title: str, body: str) -> set[tuple[str | None, str]]:
    ex = extract.extract_article(title, body, [], datetime.date(2024, 6, 1))
    return {(m.vn_person or m.vn_locality, m.partner.name) for m in ex.meetings}


# A state's style between the visit verb and the gazetteer's short name of the country.
STYLED = [
    ("Chủ tịch nước Trần Đại Quang và Phu nhân sẽ thăm chính thức Cộng hòa Belarus từ ngày 26 đến 28/6.",
     ("Trần Đại Quang", "Belarus")),
    ("Thủ tướng Phạm Minh Chính sẽ thăm chính thức Vương quốc Campuchia theo lời mời của Thủ tướng Hun Manet.",
     ("Phạm Minh Chính", "Campuchia")),
    ("Tối 4/7, Thủ tướng Nguyễn Xuân Phúc và Phu nhân rời Hà Nội, lên đường thăm chính thức CHLB Đức.",
     ("Nguyễn Xuân Phúc", "Đức")),
]


@pytest.mark.parametrize(("sentence", "row"), STYLED)
def test_an_official_visit_to_a_state_named_with_its_style_is_a_meeting_with_the_state(sentence, row):
    rows = {(vn, partner) for vn, partner, _ in _rows("Chuyến thăm chính thức", [sentence])}
    assert any(vn == row[0] and row[1] in partner for vn, partner in rows), rows


# baomoi 22572807 (not in any gold file) and a modern lead: a year-opened sentence recalls an earlier visit.
RECALLED = [
    "Năm 2014, Tổng Bí thư Nguyễn Phú Trọng đã thăm chính thức Nga.",
    "Tháng 11/2023, Chủ tịch nước Võ Văn Thưởng đã thăm chính thức Nhật Bản.",
    "Vào năm 2019, Thủ tướng Nguyễn Xuân Phúc đã thăm chính thức Cộng hòa Séc.",
]


@pytest.mark.parametrize("sentence", RECALLED)
def test_a_visit_recalled_with_its_earlier_year_gives_no_row(sentence):
    assert _rows("Quan hệ hữu nghị truyền thống", [sentence]) == set()


def test_the_same_visit_told_as_the_news_of_the_day_is_still_read():
    rows = _kept("Tổng Bí thư lên đường thăm chính thức Nga",
                 "Sáng 5/9, Tổng Bí thư Nguyễn Phú Trọng lên đường thăm chính thức Nga.")
    assert ("Nguyễn Phú Trọng", "Nga") in {(vn, p) for vn, p in rows} or any(
        vn == "Nguyễn Phú Trọng" and "Nga" in p for vn, p in rows), rows


# Setting off for a visit ("lên đường (bắt đầu) thăm ..."): the official trip even with a bare "thăm" (baomoi
# 22677773 and the headline of 22448341-like articles); a bare "thăm" alone stays no visit of a state.
SET_OFF = [
    ("Đêm 4/7, Thủ tướng Nguyễn Xuân Phúc và Phu nhân dẫn đầu Đoàn đại biểu cấp cao Việt Nam rời Hà Nội, lên đường "
     "bắt đầu thăm CHLB Đức và tham dự Hội nghị Thượng đỉnh G20.", ("Nguyễn Xuân Phúc", "Đức")),
    ("Sáng 20/9, Thủ tướng Phạm Minh Chính rời Hà Nội, lên đường thăm Brazil.", ("Phạm Minh Chính", "Brazil")),
]


@pytest.mark.parametrize(("sentence", "row"), SET_OFF)
def test_setting_off_for_a_visit_of_a_state_is_a_meeting_with_the_state(sentence, row):
    rows = {(vn, partner) for vn, partner, _ in _rows("Lên đường", [sentence])}
    assert any(vn == row[0] and row[1] in partner for vn, partner in rows), rows


def test_a_bare_visit_without_setting_off_is_no_visit_of_the_state():
    assert _rows("Thủ tướng thăm Nhật Bản", ["Thủ tướng Nguyễn Xuân Phúc thăm Nhật Bản."]) == set()
