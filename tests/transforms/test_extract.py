"""extract_article: meetings with their argued year and fields, and figures only for meeting articles."""
import datetime
import json

import polars as pl

from tests.conftest import DEV_CORPUS, SEEDS, SHARED
from transforms.dates import meeting_date
from transforms.decode import decode_article
from transforms.extract import extract_article
from transforms.staging import stage_articles

JOINT_STATEMENT = (
    "Toàn văn Tuyên bố chung về tăng cường Đối tác toàn diện giữa nước Cộng hòa xã hội chủ nghĩa Việt Nam và Hợp "
    "chúng quốc Hoa Kỳ.\n"
    "Ngày 31/5/2017, tại Nhà Trắng, Thủ tướng Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam Nguyễn Xuân Phúc đã có "
    "cuộc hội đàm với Tổng thống Hợp chúng quốc Hoa Kỳ Donald J. Trump để đề ra lộ trình cho quan hệ Việt Nam - Hoa "
    "Kỳ về kinh tế, thương mại. Hai bên hoan nghênh việc công bố các thỏa thuận thương mại mới với tổng trị giá hơn 8 "
    "tỉ USD."
)


def test_a_meeting_article_has_its_meeting_year_fields_and_figures():
    result = extract_article("Tuyên bố chung về tăng cường Đối tác toàn diện Việt Nam - Hoa Kỳ", JOINT_STATEMENT)
    assert result.is_meeting_article
    [meeting] = result.meetings
    assert (meeting.vn_person, meeting.partner.name, meeting.foreign_person) == (
        "Nguyễn Xuân Phúc", "Hoa Kỳ", "Donald J. Trump")
    assert meeting.date is not None and (meeting.date.day, meeting.date.month) == (31, 5)
    assert meeting.meeting_year == 2017 and result.published_year == 2017
    assert "trade" in meeting.fields
    money = [(f.value, f.unit, f.qualifier) for f, _ in result.figures if f.unit == "USD"]
    assert money == [(8e9, "USD", "more_than")]
    evidence = next(sentence for f, sentence in result.figures if f.unit == "USD")
    assert evidence.startswith("Hai bên hoan nghênh")


def test_an_undated_meeting_has_no_year():
    body = ("Chiều cùng ngày, Thủ tướng Nguyễn Xuân Phúc cũng đã tiếp Hạ nghị sĩ Tsuyoshi Yaguchi, Chủ tịch Ủy ban An "
            "ninh Hạ viện Nhật Bản.")
    [meeting] = extract_article("Thủ tướng tiếp nghị sĩ Nhật Bản", body).meetings
    assert meeting.date is None and meeting.meeting_year is None


def test_an_article_without_a_meeting_has_no_figures():
    body = ("Ngày 2/7, Tổng thống Thổ Nhĩ Kỳ Recep Tayyip Erdogan đã có cuộc hội đàm với Bộ trưởng Quốc phòng Nga "
            "Sergei Shoigu tại thành phố Istanbul. Hai bên bàn về 1.000 binh sĩ.")
    result = extract_article("Tổng thống Thổ Nhĩ Kỳ tiếp Bộ trưởng Quốc phòng Nga", body)
    assert not result.is_meeting_article
    assert result.meetings == [] and result.figures == [] and result.published_year is None


def test_a_figure_repeated_later_in_the_article_is_kept_once():
    body = ("Sáng 12/6, Chủ tịch UBND tỉnh Lạng Sơn Nguyễn Văn Hải đã tiếp ông Lý Minh, Phó Chủ tịch Khu tự trị "
            "dân tộc Choang Quảng Tây (Trung Quốc). Hai bên bàn về hợp tác của 4 tỉnh biên giới. Ông Nguyễn Văn Hải "
            "đề nghị 04 tỉnh biên giới tăng cường trao đổi đoàn, 2 bên ký 3 văn bản.")
    result = extract_article("Lạng Sơn tiếp đoàn Quảng Tây", body)
    assert result.is_meeting_article
    pairs = [(f.value, f.unit) for f, _ in result.figures]
    assert pairs.count((4.0, "province")) == 1
    first = next(sentence for f, sentence in result.figures if f.unit == "province")
    assert first.startswith("Hai bên bàn về")


PAGE_TITLE = "Đà Nẵng tăng cường hợp tác với tỉnh Gyeonggi (Hàn Quốc)"
PAGE_LEAD = ("Sáng nay, Chủ tịch UBND thành phố Đà Nẵng Lê Trung Chinh đã tiếp ông Kim Dong-yeon, Tỉnh trưởng tỉnh "
             "Gyeonggi, Hàn Quốc.\nTại buổi tiếp, hai bên trao đổi nhiều nội dung hợp tác về kinh tế, du lịch và "
             "giáo dục.")


def test_the_page_dateline_dates_sang_nay_and_gives_the_published_year() -> None:
    undated = extract_article(PAGE_TITLE, PAGE_LEAD)
    assert undated.meetings and undated.meetings[0].date is None
    dated = extract_article(PAGE_TITLE, PAGE_LEAD, published=datetime.date(2023, 9, 28))
    meeting = dated.meetings[0]
    assert meeting_date(meeting.date, meeting.meeting_year) == datetime.date(2023, 9, 28)
    assert dated.published_year == 2023


def test_a_caption_is_read_as_a_sentence_after_the_body() -> None:
    body = "Hai bên trao đổi nhiều nội dung hợp tác về kinh tế, du lịch và giáo dục trong thời gian tới."
    caption = ("Chủ tịch UBND thành phố Đà Nẵng Lê Trung Chinh tiếp ông Kim Dong-yeon, Tỉnh trưởng tỉnh Gyeonggi, "
               "Hàn Quốc.")
    assert not extract_article("Hợp tác kinh tế được thúc đẩy", body).is_meeting_article
    result = extract_article("Hợp tác kinh tế được thúc đẩy", body, captions=[caption])
    assert [(m.vn_person, m.foreign_person) for m in result.meetings] == [("Lê Trung Chinh", "Kim Dong-yeon")]
    assert result.figures == []  # figures come from the body only


def test_a_meeting_only_a_caption_tells_is_dated_by_the_lead_not_the_last_body_date() -> None:
    # dev 22549024: the airport welcome is named only by a caption; the body ends on a birth date ("13/1/2017").
    text = decode_article((DEV_CORPUS / "22549024.txt").read_bytes()).text
    staged, _ = stage_articles(pl.DataFrame({"article_id": ["a"], "content_sha256": ["0"], "text": [text],
                                             "decode_note": [None]}))
    row = staged.row(0, named=True)
    assert "Sân bay Quốc tế Nội Bài" in row["captions"] and "Sân bay Quốc tế Nội Bài" not in row["body"]
    result = extract_article(row["title"], row["body"], row["captions"].split("\n"), row["published_date"])
    haiti = [m for m in result.meetings if m.partner.country_code == "HT"]
    assert haiti and meeting_date(haiti[0].date, haiti[0].meeting_year) == datetime.date(2017, 6, 17)


def _dressed(text: str, day: datetime.date) -> dict[str, str]:
    """A seed page as other outlets print it: a dateline, section and breadcrumb lines first, the date line of
    an HTML page turned into text, or no headline at all."""
    title, rest = text.split("\n", 1)
    return {
        "dateline first": f"Thứ Năm, {day:%d/%m/%Y} 14:05\n{text}",
        "section and stamp": f"Thời sự\nCập nhật: 10:20 ngày {day.day}/{day.month}/{day.year}\n{text}",
        "html as text": f"{title}\n{day:%d/%m/%Y}\n{rest}",
        "breadcrumb and GMT": f"Trang chủ > Thời sự > Đối ngoại\nChủ nhật, {day.day}/{day.month}/{day.year}, "
                              f"07:00 (GMT+7)\n{text}",
        "no headline": rest.lstrip("\n"),
    }


def test_seed_pages_dressed_as_other_outlets_print_them_keep_their_meeting_and_date() -> None:
    gold = {json.loads(line)["file"]: json.loads(line) for line in
            (SHARED / "gold" / "seeds.jsonl").read_text("utf-8").splitlines() if line.strip()}
    for path in sorted(SEEDS.glob("*.txt")):
        want = gold[path.name]["meetings"][0]
        day = datetime.date.fromisoformat(want["date"]) if want["date"] else datetime.date(2024, 5, 5)
        for variant, text in _dressed(decode_article(path.read_bytes()).text, day).items():
            staged, rejected = stage_articles(pl.DataFrame({"article_id": ["a"], "content_sha256": ["0"],
                                                            "text": [text], "decode_note": [None]}))
            assert rejected.height == 0, (path.name, variant)
            row = staged.row(0, named=True)
            result = extract_article(row["title"], row["body"], row["captions"].split("\n"), row["published_date"])
            primary = next(m for m in result.meetings if m.is_primary)
            assert primary.partner.name == want["partner"], (path.name, variant)
            got = meeting_date(primary.date, primary.meeting_year)
            if variant != "no headline":  # with a dateline, even seed 002 (no year in its own text) is dated
                assert row["published_date"] == day, (path.name, variant)
                assert str(got) == str(want["date"]) if want["date"] else got is None, (path.name, variant)


def test_a_headline_cut_with_an_ellipsis_ends_before_it() -> None:
    """A headline taken from a page's lead is cut with "…" (clean.lead_headline): no title runs into the mark."""
    body = "Chiều 29/6, Chủ tịch nước Trần Đại Quang đã hội kiến Thủ tướng Dmitry Medvedev.\nHai bên trao đổi."
    headline = "Chủ tịch nước Trần Đại Quang hội kiến Thủ tướng Nga"
    for title in (headline + "…", headline + "...", headline):
        [meeting] = extract_article(title, body, [], datetime.date(2017, 6, 30)).meetings
        assert (meeting.foreign_person, meeting.foreign_title) == ("Dmitry Medvedev", "Thủ tướng Nga")
