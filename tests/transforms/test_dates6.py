"""dates6: a schedule's quarter that only supports, background days that do not date a meeting, and a day written
in a reporting cue's own noun phrase. Sentences of real articles (baomoi-2017 corpus, ../shared/corpus/dev2; file
names in the comments)."""
from __future__ import annotations

from transforms.dates import explain_year, find_dates, period_votes
from transforms.meetings import find_meetings

# ---------------------------------------------------------------------------------------------- quarters of a schedule

# baomoi-2017 22255850.txt: the talks of "chiều 11/5" (2017) and a railway schedule running into 2018.
_SCHEDULE = ("Từ tháng 10/2017 sẽ chạy thử từ 3 đến 6 tháng trước khi đưa vào khai thác thương mại vào quý 2/2018.")
_TALKS = "Chiều 11/5, Chủ tịch nước Trần Đại Quang và Chủ tịch nước Trung Quốc Tập Cận Bình đã chứng kiến lễ ký kết."


def test_a_quarter_of_a_schedule_spanning_years_only_supports() -> None:
    meeting = find_dates(_TALKS)[0]
    body = f"{_TALKS} {_SCHEDULE}"
    assert [(v.year, v.rule) for v in period_votes("", body, meeting)] == [(2018, "quarter_support")]
    assert explain_year("", body, meeting) == (None, "none")
    # baomoi-2017 22721690.txt: "bắt đầu từ quý III-2018 và hoàn thành vào quý III-2021" (July): two stages, no year.
    meeting = find_dates("Bộ trưởng làm việc với TP.HCM ngày 10-7.")[0]
    body = ("Bộ trưởng làm việc với TP.HCM ngày 10-7. Tiến độ dự kiến triển khai thi công bắt đầu từ quý III-2018 và "
            "hoàn thành vào quý III-2021.")
    assert explain_year("", body, meeting)[0] is None


def test_a_target_for_the_current_quarter_still_argues_its_year() -> None:
    # The rule the schedule case narrows: a lone target for the quarter the meeting is in (or about to enter) votes.
    meeting = find_dates(_TALKS)[0]
    body = f"{_TALKS} Dự án sẽ đi vào hoạt động trong quý 2/2017."
    assert explain_year("", body, meeting) == (2017, "period")
    # baomoi-2017 22572046.txt: a whole year beside the quarter is a report's period, not a stage of a schedule.
    meeting = find_dates("Chiều 20/6, tại buổi giao ban báo chí, ông Khánh đã thông tin về hội nghị.")[0]
    body = ("Chiều 20/6, tại buổi giao ban báo chí, ông Khánh đã thông tin về hội nghị. Hội nghị sẽ thông tin về kết "
            "quả phát triển kinh tế xã hội của Thủ đô năm 2016 và quý 2/2017.")
    assert explain_year("", body, meeting) == (2017, "period")


# ---------------------------------------------------------------------------------------------- background days

# baomoi-2017 22671521.txt: a planned visit (5-8/7/2017), then the background of the relations.
_VISIT = ("Nhận lời mời của Thủ tướng Cộng hòa Liên bang Đức Angela Merkel, Thủ tướng Chính phủ nước Cộng hòa xã hội "
          "chủ nghĩa Việt Nam Nguyễn Xuân Phúc và Phu nhân sẽ thăm Cộng hòa Liên bang Đức và tham dự Hội nghị Thượng "
          "đỉnh G20 tại thành phố Hamburg từ ngày 5 -8/7/2017.")
_TRIP = ("Chuyến đi của Thủ tướng Chính phủ Nguyễn Xuân Phúc và Phu nhân thăm chính thức Cộng hòa Liên bang Đức, "
         "tham dự Hội nghị Thượng đỉnh G20 nhằm tiếp tục triển khai đường lối đối ngoại độc lập tự chủ, củng cố và "
         "tăng cường "
         "quan hệ Đối tác chiến lược với Đức.")
_TITLE = "Thủ tướng Nguyễn Xuân Phúc thăm CHLB Đức và dự Hội nghị Thượng đỉnh G20"


def _days(title: str, body: str) -> list[tuple[str, str | None]]:
    return [(m.partner.name, m.date.text if m.date else None) for m in find_meetings(title, body) if m.is_primary]


def test_a_day_of_history_does_not_date_the_meetings_told_after_it() -> None:
    history = ("Từ ngày 1/7/2015, Việt Nam đã thí điểm miễn thị thực cho công dân Đức đi du lịch Việt Nam trong thời "
               "gian 15 ngày.")
    assert _days(_TITLE, "\n".join([_VISIT, history, _TRIP])) == [("Đức", None)]
    # A day of the article's own time still dates them (the narration is at that day).
    today = "Sáng 6/7, Thủ tướng đã tới Berlin và gặp gỡ cộng đồng người Việt tại Đức."
    assert _days(_TITLE, "\n".join([_VISIT, today, _TRIP])) == [("Đức", "Sáng 6/7")]


def test_an_as_of_day_leaves_the_narration_where_it_was() -> None:
    # "Tính đến ngày 20/4/2017, Đức có 285 dự án" (22671521.txt) is the day a figure stands at.
    today = "Sáng 6/7, Thủ tướng đã tới Berlin và gặp gỡ cộng đồng người Việt tại Đức."
    figure = "Tính đến ngày 20/4/2017, Đức có 285 dự án còn hiệu lực với tổng vốn đầu tư đăng ký là 1,41 tỷ USD."
    assert _days(_TITLE, "\n".join([_VISIT, today, figure, _TRIP])) == [("Đức", "Sáng 6/7")]


# ------------------------------------------------------------------------------------------ a day in the cue's phrase


def test_a_day_inside_the_reporting_cue_phrase_dates_the_meeting() -> None:
    # dev2 22404869.txt: "tại cuộc gặp chính thức ở Nhà Trắng ngày 31-5".
    body = ("Thủ tướng Nguyễn Xuân Phúc sắp đặt chân xuống sân bay John F. Kennedy tại thành phố New York, bắt đầu "
            "chuyến thăm chính thức Hoa Kỳ.\nVà món quà Thủ tướng Nguyễn Xuân Phúc mang theo để tặng Tổng thống Trump "
            "tại cuộc gặp chính thức ở Nhà Trắng ngày 31-5 cũng chứa đựng nhiều ý nghĩa: Một chiếc “đèn Hoa Kỳ”.")
    assert _days("Thủ tướng Nguyễn Xuân Phúc tặng Tổng thống Trump món quà gì?", body) == [("Hoa Kỳ", "ngày 31-5")]
    # dev2 22529628.txt: "trong cuộc hội đàm với ... diễn ra ngày 14/6 tại Hà Nội".
    body = ("Tổng Giám đốc Thông tấn xã Việt Nam (TTXVN) Nguyễn Đức Lợi đã khẳng định như vậy trong cuộc hội đàm với "
            "Tổng Giám đốc Hãng thông tấn Algeria (APS) Abdelhamid Kacha diễn ra ngày 14/6 tại Hà Nội.")
    assert _days("TTXVN và APS tăng cường hợp tác", body) == [("Hãng thông tấn Algeria", "ngày 14/6")]


def test_a_day_after_the_reporting_clause_is_another_event() -> None:
    # "Tại buổi tiếp, ... cuộc bầu cử ... ngày 15/3": a day in the reported speech, past a clause break, is not the
    # meeting's.
    body = ("Chiều 10/3, Chủ tịch UBND tỉnh Nguyễn Văn A tiếp Đại sứ Lào Sengphet Houngboungnuang.\n"
            "Tại buổi tiếp, Đại sứ Lào Sengphet Houngboungnuang cho biết, cuộc bầu cử diễn ra ngày 15/3.")
    assert [d for _, d in _days("Lãnh đạo tỉnh tiếp Đại sứ Lào", body)] == ["Chiều 10/3"]


# ------------------------------------------------------------------------------------------ a plan for a day soon after

_WORKS = "Ngày 30/5, tại Thủ đô Viêng Chăn, Chủ tịch Quốc hội Lào Pany Yathotou tiếp Thứ trưởng."


def test_an_event_set_for_a_day_soon_after_the_meeting_dates_it() -> None:
    # dev2 22411492.txt: the ground-breaking agreed at the meeting of 30/5 is set for 18/7/2017.
    meeting = find_dates(_WORKS)[0]
    body = (f"{_WORKS} Hai bên đã nhất trí lễ động thổ sẽ được tiến hành vào ngày 18/7/2017, đúng vào ngày kỷ niệm 40 "
            "năm ngày hai nước ký Hiệp ước hữu nghị và hợp tác.")
    assert explain_year("", body, meeting) == (2017, "period")
    # A plan in January for a meeting in December is of the next year: the meeting is of the year before.
    meeting = find_dates("Chiều 20/12, Bộ trưởng tiếp Đại sứ Nhật Bản.")[0]
    body = "Chiều 20/12, Bộ trưởng tiếp Đại sứ Nhật Bản. Hội nghị sẽ được tổ chức vào ngày 11/1/2018 tại Hà Nội."
    assert explain_year("", body, meeting) == (2017, "period")


def test_a_term_or_a_far_plan_does_not_date_the_meeting() -> None:
    meeting = find_dates(_WORKS)[0]
    # baomoi-2017 22298009.txt: a ban until a day of next year; 22572992.txt: a law in force from next July.
    for plan in ("Như vậy bà T sẽ bị cấm bay trên toàn lãnh thổ Việt Nam cho đến hết ngày 21-5-2018.",
                 "Luật Cảnh vệ sẽ có hiệu lực thi hành từ ngày 01/07/2018.",
                 "Hai bên sẽ tổ chức lễ khởi công vào ngày 18/11/2017."):  # more than two months after
        assert explain_year("", f"{_WORKS} {plan}", meeting) == (None, "none"), plan


# ---------------------------------------------------------------------------------------------- told apart from the day

def test_a_sentence_placed_in_another_month_takes_no_day_of_the_narration() -> None:
    # dev2 22359620.txt: Phạm Bình Minh's April trip, told in a report of the meeting of 31/5.
    body = ("Nhà Trắng cho biết Tổng thống Donald Trump sẽ tiếp Thủ tướng Nguyễn Xuân Phúc vào ngày 31/5.\n"
            "Hồi tháng 4 năm nay, Tổng thống Mỹ Donald Trump đã gửi thư mời Thủ tướng Nguyễn Xuân Phúc thăm Mỹ khi Phó "
            "thủ tướng, Bộ trưởng Ngoại giao Phạm Bình Minh có chuyến thăm Mỹ.")
    days = {m.vn_person: m.date.text if m.date else None
            for m in find_meetings("Tổng thống Trump sẽ tiếp Thủ tướng Nguyễn Xuân Phúc", body)}
    assert days == {"Nguyễn Xuân Phúc": "ngày 31/5", "Phạm Bình Minh": None}


_ARRIVAL = "Chiều 13/7, Phó Thủ tướng Thường trực Trương Hòa Bình đã đến Singapore, bắt đầu chuyến thăm chính thức."
_CALLS = ("Phó Thủ tướng Thường trực Trương Hòa Bình đã chào xã giao Tổng thống Tony Tan Keng Yam và Thủ tướng Lý Hiển "
          "Long; gặp làm việc và dự chiêu đãi trưa của Chánh án Tòa án Tối cao Sundaresh Menon.")


def test_the_wrap_up_of_a_visit_lists_meetings_without_a_day() -> None:
    # dev2 22753901.txt: "Trong khuôn khổ chuyến thăm 3 ngày tại Singapore, ... ; ... ; ..." (GUIDELINES: a visit's
    # meetings only listed have no day of their own).
    body = f"{_ARRIVAL}\nTrong khuôn khổ chuyến thăm 3 ngày tại Singapore, {_CALLS}"
    meetings = find_meetings("Việt Nam - Singapore tăng cường hợp tác", body)
    assert {m.foreign_person for m in meetings} >= {"Tony Tan Keng Yam", "Sundaresh Menon"}
    assert all(m.date is None for m in meetings)
    # Told as the narration goes on, the same calls are of the day it is at.
    meetings = find_meetings("Việt Nam - Singapore tăng cường hợp tác", f"{_ARRIVAL}\nSau đó, {_CALLS}")
    assert meetings and all(m.date is not None and m.date.text == "Chiều 13/7" for m in meetings)
