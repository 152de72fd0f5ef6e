"""Candidates the recall5 work reads: a signing witnessed together by a Vietnamese and a foreign leader, and a
Vietnamese leader's official visit to a country with no counterpart named. Sentences from the baomoi 2017 corpus
(articles outside every gold file) and modern lead sentences (2019-2026 style) of the same constructions."""
import datetime

import pytest

from transforms import extract
from transforms.meetings import candidate_meetings


def _rows(title: str, sentences: list[str]) -> set[tuple[str | None, str | None, str, str | None]]:
    return {(m.vn_person, m.vn_locality, m.partner.name, m.foreign_person)
            for m in candidate_meetings(title, sentences, loose=False)}


def _kept(title: str, body: str) -> set[tuple[str | None, str, str | None]]:
    """The rows the decision model keeps for a one-paragraph article."""
    ex = extract.extract_article(title, body, [], datetime.date(2024, 6, 1))
    return {(m.vn_person or m.vn_locality, m.partner.name, m.foreign_person) for m in ex.meetings}


# ----------------------------------------------------------------------------- a signing witnessed together

# baomoi 22252048 (its only meeting sentence) and 21494840.
WITNESSED_2017 = [
    ("Trong khuôn khổ chuyến thăm cấp Nhà nước tới Trung Quốc, chiều 11/5, Chủ tịch nước Trần Đại Quang và Tổng Bí "
     "thư, Chủ tịch Trung Quốc Tập Cận Bình đã chứng kiến lễ ký kết 5 văn kiện hợp tác.",
     ("Trần Đại Quang", None, "Trung Quốc", "Tập Cận Bình")),
    ("Ngay sau cuộc họp, Thủ tướng Chính phủ Nguyễn Xuân Phúc và Thủ tướng Lào Thongloun Sisoulith đã chứng kiến lễ "
     "ký kết 4 văn kiện hợp tác giữa hai nước.",
     ("Nguyễn Xuân Phúc", None, "Lào", "Thongloun Sisoulith")),
]


@pytest.mark.parametrize(("sentence", "row"), WITNESSED_2017)
def test_two_leaders_witnessing_a_signing_together_are_the_two_sides(sentence, row):
    assert row in _rows("Ký kết văn kiện hợp tác", [sentence])


# Modern leads (2019-2026 style): either order, "cùng", "lễ trao (đổi)", "buổi lễ", "việc ký kết", a province.
WITNESSED_MODERN = [
    ("Sau hội đàm, Tổng Bí thư Tô Lâm và Tổng thống Indonesia Prabowo Subianto cùng chứng kiến lễ ký kết các văn "
     "kiện hợp tác giữa hai nước.", ("Tô Lâm", "Indonesia", "Prabowo Subianto")),
    ("Thủ tướng Lào Sonexay Siphandone và Thủ tướng Phạm Minh Chính đã cùng chứng kiến lễ ký 14 văn kiện hợp tác.",
     ("Phạm Minh Chính", "Lào", "Sonexay Siphandone")),
    ("Chiều 12/3, Chủ tịch UBND tỉnh Bắc Ninh Vương Quốc Tuấn và Đại sứ Hàn Quốc tại Việt Nam Choi Young Sam đã chứng "
     "kiến lễ trao giấy chứng nhận đầu tư cho Tập đoàn Hana Micron.",
     ("Vương Quốc Tuấn", "Đại sứ quán Hàn Quốc", "Choi Young Sam")),
    ("Tối 10/9, Chủ tịch nước Võ Văn Thưởng và Tổng thống Mỹ Joe Biden đã chứng kiến việc ký kết Bản ghi nhớ về hợp "
     "tác bán dẫn.", ("Võ Văn Thưởng", "Hoa Kỳ", "Joe Biden")),
    ("Ngày 18/10, Chủ tịch UBND TP Hà Nội Trần Sỹ Thanh và Thị trưởng Seoul Oh Se-hoon đã chứng kiến buổi lễ ký kết "
     "hợp tác giữa các doanh nghiệp hai thành phố.", ("Trần Sỹ Thanh", "Seoul", "Oh Se-hoon")),
]


@pytest.mark.parametrize(("sentence", "row"), WITNESSED_MODERN)
def test_modern_leads_of_a_signing_witnessed_together_are_kept(sentence, row):
    assert row in _kept("Chứng kiến lễ ký kết hợp tác", sentence)


def test_a_signing_witnessed_by_one_side_only_or_by_two_of_one_side_makes_no_meeting():
    # One Vietnamese witness of a deal between others: the signatories are no counterparts of his.
    assert _kept("Ký kết hợp tác năng lượng", "Sáng 5/4, Phó Thủ tướng Trần Hồng Hà chứng kiến lễ ký kết giữa Tập "
                 "đoàn Điện lực Việt Nam và Tập đoàn GE (Mỹ).") == set()
    # Two foreign leaders; two Vietnamese.
    assert _rows("Nga - Trung ký hiệp định", ["Tổng thống Nga Vladimir Putin và Chủ tịch Trung Quốc Tập Cận Bình đã "
                                             "chứng kiến lễ ký một loạt hiệp định hợp tác."]) == set()
    assert _rows("Quảng Ninh ký kết", ["Sáng 2/3, Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên và Chủ tịch UBND tỉnh "
                                      "Quảng Ninh Cao Tường Huy chứng kiến lễ ký kết thỏa thuận hợp tác."]) == set()


# ----------------------------------------------------------------------------- an official visit to a country

# baomoi 22353697, 22450119, 22573012: visits announced or begun, no counterpart named as met.
VISITS_2017 = [
    ("Nhận lời mời của Tổng thống Donald Trump, Thủ tướng Chính phủ Nguyễn Xuân Phúc sẽ thăm chính thức Hợp chúng "
     "quốc Hoa Kỳ từ ngày 29-31/5.", {("Nguyễn Xuân Phúc", "Hoa Kỳ")}),
    ("Nhận lời mời của Thủ tướng Nhật Bản Shinzo Abe, sáng 4/6, Thủ tướng Chính phủ Nguyễn Xuân Phúc và Phu nhân đã "
     "rời Hà Nội, lên đường thăm chính thức Nhật Bản và tham dự Hội nghị Tương lai châu Á lần thứ 23 tại Tokyo.",
     {("Nguyễn Xuân Phúc", "Nhật Bản")}),
    ("Bộ Ngoại giao ra thông cáo cho biết Chủ tịch nước Trần Đại Quang và phu nhân sẽ thăm chính thức Liên bang Nga và "
     "Cộng hòa Belarus từ ngày 26/6-1/7.", {("Trần Đại Quang", "Nga")}),  # the second country is not read
]


@pytest.mark.parametrize(("sentence", "rows"), VISITS_2017)
def test_a_vietnamese_leader_s_official_visit_meets_the_country(sentence, rows):
    got = {(vn, partner) for vn, _, partner, _ in _rows("Chuyến thăm chính thức", [sentence])}
    assert rows <= got


VISITS_MODERN = [
    ("Nhận lời mời của Tổng thống Pháp Emmanuel Macron, Tổng Bí thư Tô Lâm và Phu nhân sẽ thăm chính thức Cộng hòa "
     "Pháp từ ngày 6-7/10.", ("Tô Lâm", "Pháp")),
    ("Sáng 25/6, Thủ tướng Phạm Minh Chính và Phu nhân cùng đoàn đại biểu cấp cao Việt Nam đã rời Hà Nội, lên đường "
     "thăm chính thức Trung Quốc.", ("Phạm Minh Chính", "Trung Quốc")),
    ("Chủ tịch nước Lương Cường sẽ thăm cấp Nhà nước Chile từ ngày 10-12/11.", ("Lương Cường", "Chile")),
]


@pytest.mark.parametrize(("sentence", "row"), VISITS_MODERN)
def test_modern_announcements_of_an_official_visit_are_kept(sentence, row):
    assert row in {(vn, partner) for vn, partner, _ in _kept("Chuyến thăm chính thức", sentence)}


def test_a_visit_that_is_no_official_call_on_a_country_makes_no_meeting():
    # A tour ("thăm Nhật Bản" without "chính thức"), a foreign leader's visit to Việt Nam, a province's visit abroad
    # (its host is a foreign province, not read here), and the visit named as a noun ("chuyến thăm chính thức").
    for sentence in (
            "Ca sĩ Mỹ Tâm sẽ thăm Nhật Bản vào tháng tới.",
            "Thủ tướng Nguyễn Xuân Phúc thăm Nhật Bản và dự hội nghị.",
            "Tổng thống Pháp Emmanuel Macron sẽ thăm chính thức Việt Nam từ ngày 26-28/5.",
            "Đây là chuyến thăm chính thức Liên bang Nga đầu tiên của Chủ tịch nước Trần Đại Quang.",
            # baomoi 22723419: the visit is the occasion of the embassy's exhibition, not the article's meeting.
            "Ngày 10/7/2017, nhân dịp Thủ tướng Chính phủ Nguyễn Xuân Phúc cùng Phu nhân và Đoàn đại biểu cấp cao Việt "
            "Nam thăm chính thức Hà Lan, Đại sứ quán Việt Nam tại Hà Lan đã chủ trì tổ chức Triển lãm tranh."):
        rows = _rows("Tin vắn", [sentence])
        assert not any(partner in ("Nhật Bản", "Nga", "Hà Lan") and person in ("Nguyễn Xuân Phúc", "Trần Đại Quang")
                       for person, _, partner, _ in rows), sentence
        assert not any(partner == "Việt Nam" for _, _, partner, _ in rows)
