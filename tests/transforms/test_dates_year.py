"""The year of a meeting argued across the article (GUIDELINES §3), on sentences of real articles of
../shared/corpus/dev2 (file names in the comments) and the baomoi-2017 corpus."""
from __future__ import annotations

from transforms.dates import explain_year, find_dates, infer_year, period_votes
from transforms.records import DateMention


def _meeting(sentence: str) -> DateMention:
    return find_dates(sentence)[0]


def test_the_year_just_ended_dates_the_meeting_in_the_next() -> None:
    # 22421677.txt: "Năm 2016 vừa qua" in a report of the Prime Minister's visit of 30/5 -> 2017.
    meeting = _meeting("Thủ tướng Nguyễn Xuân Phúc phát biểu tại bữa tối ngày 30/5 tại thủ đô Washington.")
    body = ("Thủ tướng Nguyễn Xuân Phúc phát biểu tại bữa tối ngày 30/5 tại thủ đô Washington. "
            "Năm 2016 vừa qua, Mỹ nhập siêu từ Việt Nam tới 30,9 tỷ USD, nhưng câu chuyện không đơn giản như vậy.")
    assert explain_year("", body, meeting) == (2017, "period")
    # "vừa qua đời" is "has just died", not "just past".
    body = ("Chủ trâu đã qua đời tối 1/7. Nạn nhân trong vụ húc tung chủ nhân trên sân chọi trâu Đồ Sơn năm 2017 "
            "vừa qua đời.")
    assert infer_year("", body, _meeting("Chủ trâu đã qua đời tối 1/7.")) is None
    # In December "năm 2017 vừa qua" may be the year that is ending: no argument.
    body = "Chiều 28/12, hai bên hội đàm. Năm 2017 vừa qua, kim ngạch đạt 5 tỷ USD."
    assert infer_year("", body, _meeting("Chiều 28/12, hai bên hội đàm.")) is None


def test_the_start_of_a_year_or_an_event_of_the_year_is_no_year_just_ended() -> None:
    meeting = _meeting("Chiều 8/6, Thủ tướng tiếp Đại sứ.")
    # baomoi-2017 22500944.txt: "Đầu năm 2017 vừa qua" is early this year; 22643419.txt: an exam of the year.
    for sentence in ("Đầu năm 2017 vừa qua, cô nàng còn gây chú ý với series phim mới.",
                     "Đề thi môn Lịch sử của kỳ thi THPT Quốc gia năm 2017 vừa qua có nhiều câu hỏi vận dụng."):
        assert infer_year("", "Chiều 8/6, Thủ tướng tiếp Đại sứ. " + sentence, meeting) is None


def test_support_only_strengthens_a_year_an_argument_names() -> None:
    # 22411492.txt: the far quarters of a schedule ("quý I/2020", "quý IV/2020") only support; they no longer tie
    # with the year the article argues ("năm 2016 vừa qua" -> 2017, 22421677.txt).
    meeting = _meeting("Ngày 30/5, tại Thủ đô Viêng Chăn, Chủ tịch Quốc hội Lào Pany Yathotou tiếp Thứ trưởng.")
    body = ("Ngày 30/5, tại Thủ đô Viêng Chăn, Chủ tịch Quốc hội Lào Pany Yathotou tiếp Thứ trưởng. Năm 2016 vừa qua, "
            "buôn bán hai chiều đạt 1 tỷ USD. Dự kiến công trình sẽ đi vào vận hành thử trong quý I/2020 và dự kiến sẽ "
            "được bàn giao chính thức cho phía Lào vào quý IV/2020.")
    rules = sorted((v.rule, v.year) for v in period_votes("", body, meeting))
    assert rules == [("past_year", 2017), ("quarter_support", 2020), ("quarter_support", 2020)]
    assert explain_year("", body, meeting) == (2017, "period")
    # Support alone still argues nothing.
    assert infer_year("", body.replace("Năm 2016 vừa qua, b", "B"), meeting) is None


def test_a_jubilee_whose_start_year_another_sentence_writes() -> None:
    # 22677080.txt: "kỷ niệm 45 năm quan hệ ngoại giao" and "thiết lập quan hệ ngoại giao cấp Đại sứ năm 1972".
    meeting = _meeting("Chiều 4/7, tại thủ đô New Delhi, Phó Thủ tướng Phạm Bình Minh đã hội đàm với Bộ trưởng.")
    body = ("Chiều 4/7, tại thủ đô New Delhi, Phó Thủ tướng Phạm Bình Minh đã hội đàm với Bộ trưởng Ngoại giao Ấn Độ. "
            "Hai bên bày tỏ vui mừng chứng kiến những bước phát triển vững chắc của quan hệ, kể từ khi chính thức "
            "thiết lập quan hệ ngoại giao cấp Đại sứ năm 1972. Việc thiết lập quan hệ Đối tác Chiến lược năm 2007 là "
            "minh chứng cho sự tin cậy. Phó Tổng thống hoan nghênh chuyến thăm vào dịp hai nước đang kỷ niệm 45 năm "
            "quan hệ ngoại giao và 10 năm thiết lập Đối tác Chiến lược.")
    assert explain_year("", body, meeting) == (2017, "period")
    # 22471681.txt: the founding inside the jubilee phrase itself ("... năm 2018") is no start year.
    body = ("Chiều 6/6, Thủ tướng tiếp Thống đốc. Hai bên tăng cường giao lưu văn hóa, nhất là dịp kỷ niệm 45 năm "
            "thiết lập quan hệ ngoại giao giữa hai nước năm 2018.")
    assert infer_year("", body, _meeting("Chiều 6/6, Thủ tướng tiếp Thống đốc.")) is None


def test_a_full_date_opening_a_sentence_dates_the_meeting_day() -> None:
    # 22290012.txt: the caption "Ngày 16/5/2017, tại Trụ sở Chính phủ, ..." gives the year of the lead's "Ngày 16/5".
    meeting = _meeting("Ngày 16/5, phát biểu tại buổi tiếp ông Yoon Jong Keun, Phó Thủ tướng đánh giá cao.")
    body = ("Ngày 16/5, phát biểu tại buổi tiếp ông Yoon Jong Keun, Phó Thủ tướng Trịnh Đình Dũng đánh giá cao kinh "
            "nghiệm của KOSPO. Ngày 16/5/2017, tại Trụ sở Chính phủ, Phó Thủ tướng Trịnh Đình Dũng tiếp ông Yoon "
            "Jong-keun, Chủ tịch, Tổng giám đốc Công ty điện lực Nam Hàn Quốc.")
    assert explain_year("", body, meeting) == (2017, "opening_date")
    # baomoi-2017 22533416.txt: a jubilee's day opens its sentence too; the anniversary decides first.
    meeting = _meeting("Tối 14.6, tại Quảng trường Hồ Chí Minh, tỉnh Nghệ An tổ chức Lễ kỷ niệm.")
    body = ("Tối 14.6, tại Quảng trường Hồ Chí Minh, tỉnh Nghệ An đã tổ chức Lễ kỷ niệm 60 năm Ngày Bác Hồ về thăm quê "
            "lần thứ nhất (14.6.1957 - 14.6.2017). Ngày 14.6.1957, Bác Hồ về thăm quê hương Nghệ An.")
    assert explain_year("", body, meeting) == (2017, "anniversary")
    # A date in the middle of a sentence is another event ("Theo Quyết định ngày 16/5/2009, ...").
    body = "Ngày 16/5, Phó Thủ tướng tiếp ông Yoon. Dự án được phê duyệt theo Quyết định ngày 16/5/2009, của Bộ."
    assert infer_year("", body, _meeting("Ngày 16/5, Phó Thủ tướng tiếp ông Yoon.")) is None
