"""Dates of modern pages (issue 8): a weekday named without its date ("sáng thứ Hai", "chủ nhật vừa qua", "thứ Sáu
tuần trước") is a day relative to the page's own dateline, like "sáng nay" and "hôm qua"; without a dateline it
dates nothing. Sentences from seed 001 and seed 003 with their dates written the way a page of the next days does."""
from __future__ import annotations

import datetime

import pytest

from transforms.dates import dated_by, explain_year, find_dates
from transforms.extract import extract_article

TUESDAY = datetime.date(2024, 11, 26)  # a page dated Tuesday 26/11/2024


@pytest.mark.parametrize(("sentence", "day"), [
    ("Sáng thứ Hai, Bí thư Thành ủy Cần Thơ Nguyễn Văn Hiếu tiếp Đại sứ Marc Knapper.", (25, 11)),
    ("Chiều thứ Ba, ông Nguyễn Văn Thọ đã chủ trì buổi tiếp xã giao.", (26, 11)),  # the page's own day
    ("Vào chủ nhật vừa qua, đoàn công tác đã đến thành phố.", (24, 11)),
    ("Chiều thứ 6 tuần trước, Đại sứ Marc Knapper đã đến Cần Thơ.", (22, 11)),
    ("Tối thứ 7, hai bên dự tiệc chiêu đãi.", (23, 11)),
    ("Vào thứ Năm tới, hai bên sẽ ký biên bản ghi nhớ.", (28, 11)),
    ("Sáng thứ Sáu tuần tới, đoàn sẽ thăm Hợp tác xã Tiến Thuận.", (6, 12)),
])
def test_a_weekday_is_a_day_of_the_pages_week(sentence: str, day: tuple[int, int]) -> None:
    [mention] = find_dates(sentence, TUESDAY)
    assert (mention.day, mention.month, mention.year) == (*day, None)


@pytest.mark.parametrize("sentence", [
    "Thứ hai, hai bên nhất trí tăng cường hợp tác.",  # "second", not Monday
    "Trong ngày thứ 2 của chuyến thăm, đoàn đến Cần Thơ.",  # the second day
    "Đây là lần thứ hai Đại sứ đến thăm thành phố.",
])
def test_an_ordinal_is_no_weekday(sentence: str) -> None:
    assert find_dates(sentence, TUESDAY) == []


def test_a_weekday_with_its_date_is_one_mention_and_without_a_dateline_none() -> None:
    [mention] = find_dates("Sáng thứ Hai (25/11), Thủ tướng tiếp Đại sứ.", TUESDAY)
    assert (mention.text, mention.day, mention.month) == ("Sáng thứ Hai (25/11)", 25, 11)
    assert find_dates("Sáng thứ Hai, Thủ tướng tiếp Đại sứ.") == []
    with dated_by(TUESDAY):
        assert [(m.day, m.month) for m in find_dates("Sáng thứ Hai, Thủ tướng tiếp Đại sứ.")] == [(25, 11)]


LEAD = ("Phát biểu tại buổi tiếp và làm việc với Đoàn công tác Đại sứ quán Hoa Kỳ tại Việt Nam do Đại sứ Marc Knapper "
        "làm Trưởng đoàn {when}, Bí thư Thành ủy Cần Thơ Nguyễn Văn Hiếu cho biết, thành phố mong muốn tăng cường hợp "
        "tác với doanh nghiệp, địa phương của Hoa Kỳ trên các lĩnh vực kinh tế, giáo dục, y tế.")


@pytest.mark.parametrize(("when", "page"), [
    ("sáng 21/11", datetime.date(2024, 11, 21)), ("sáng nay", datetime.date(2024, 11, 21)),
    ("sáng qua", datetime.date(2024, 11, 22)), ("sáng thứ Năm", datetime.date(2024, 11, 23)),
    ("sáng thứ Năm vừa qua", datetime.date(2024, 11, 25)), ("sáng hôm qua (21/11)", datetime.date(2024, 11, 22)),
])
def test_seed_001s_meeting_is_dated_by_its_page(when: str, page: datetime.date) -> None:
    """Seed 001's lead as pages of the following days write it: the meeting is 21/11/2024 every time."""
    title = "Cần Thơ mong muốn tăng cường hợp tác với các đối tác Hoa Kỳ trên nhiều lĩnh vực"
    result = extract_article(title, LEAD.format(when=when), published=page)
    primary = [m for m in result.meetings if m.is_primary]
    assert primary, result.meetings
    for m in primary:
        assert m.date is not None and (m.date.day, m.date.month, m.meeting_year) == (21, 11, 2024), m


def test_a_day_month_without_year_takes_the_year_of_the_dateline_or_the_one_before() -> None:
    body = "Chiều 28/12, Chủ tịch UBND tỉnh tiếp Đại sứ Nhật Bản tại Việt Nam."
    assert explain_year("Lãnh đạo tỉnh tiếp Đại sứ Nhật Bản", body, find_dates(body)[0],
                        datetime.date(2026, 1, 3)) == (2025, "dateline")
    assert explain_year("Lãnh đạo tỉnh tiếp Đại sứ Nhật Bản", body, find_dates(body)[0],
                        datetime.date(2025, 12, 29)) == (2025, "dateline")
