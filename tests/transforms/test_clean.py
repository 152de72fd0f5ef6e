"""Decoding and boilerplate removal on the real seed pages and dev corpus files."""
from __future__ import annotations

import datetime as dt
import unicodedata

import polars as pl
import pytest

from tests.conftest import DEV_CORPUS, SEEDS, seed_text
from transforms.clean import clean_articles
from transforms.decode import DecodeError, decode_article

FURNITURE = ("Tin liên quan", "Tin bài liên quan", "Đọc thêm", "Xem nhiều", "Bài viết cùng chủ đề", "Ảnh:", "![")


def _clean(text: str) -> dict[str, str]:
    frame = clean_articles(pl.LazyFrame({"article_id": ["a"], "text": [text]})).collect()
    return frame.row(0, named=True)


@pytest.mark.parametrize(
    ("prefix", "title", "first", "last"),
    [
        ("000", "Nhiều cơ hội hợp tác giữa thành phố Hồ Chí Minh và bang Kansas (Hoa Kỳ)",
         "Phát biểu tại buổi tiếp, ông Võ Văn Hoan thông tin", "TP San Francisco và TP New York."),
        ("001", "Cần Thơ mong muốn tăng cường hợp tác với các đối tác Hoa Kỳ trên nhiều lĩnh vực",
         "Thành phố Cần Thơ mong muốn tăng cường hợp tác với doanh nghiệp",
         "huyện Vĩnh Thạnh, thành phố Cần Thơ)./."),
        ("002", "Tăng cường hợp tác giữa các địa phương của Việt Nam và Hoa Kỳ",
         "Chiều 1/8 tại trụ sở Chính phủ", "tổ chức các cuộc gặp gỡ doanh nghiệp tại các địa phương này."),
        ("003", "Lãnh đạo TP HCM tiếp đoàn công tác TP Daejeon - Hàn Quốc",
         "Đoàn Hội đồng TP Daejeon - Hàn Quốc đã đến chào xã giao", "của cả 2 thành phố trong thời gian tới."),
        ("004", "TP Hồ Chí Minh và Quảng Châu thúc đẩy hợp tác nhiều lĩnh vực",
         "Ngày 26/9, Phó Chủ tịch UBND TP Hồ Chí Minh Bùi Xuân Cường",
         "đóng góp vào sự phát triển chung của hai địa phương."),
    ],
)
def test_seed_pages_keep_the_article_and_lose_the_furniture(prefix: str, title: str, first: str, last: str) -> None:
    cleaned = _clean(seed_text(prefix))
    assert cleaned["title"] == title
    body = cleaned["body"]
    assert first in body
    assert body.rstrip().endswith(last)
    for marker in FURNITURE:
        assert marker not in body, marker


def test_side_stories_and_related_links_do_not_survive() -> None:
    assert "Janet Yellen" not in _clean(seed_text("002"))["body"]  # related-article block without a header
    assert "Guanajuato" not in _clean(seed_text("001"))["body"]  # side story after "Tin liên quan"
    assert "Hàn Quốc về định hướng phát triển metro" not in _clean(seed_text("004"))["body"]  # link box
    body = _clean(seed_text("003"))["body"]
    assert "Ảnh 3" not in body and "Cùng dự buổi tiếp có đại diện" not in body  # photo captions
    assert "Xuân Huy" not in body  # by-line


def test_old_style_tone_marks_are_normalised() -> None:
    text = (
        "Tiêu đề bài viết về hợp tác\nHai bên cam kết duy trì hoà bình và phát triển bền vững, "
        "tự động hoá sản xuất, khoẻ mạnh và tuỳ theo nhu cầu hợp tác lâu dài."
    )
    body = _clean(decode_article(text.encode()).text)["body"]
    assert "hòa bình" in body and "tự động hóa" in body and "khỏe" in body and "tùy" in body


def test_truncated_utf8_tail_is_dropped_with_a_note() -> None:
    # Files of the baomoi corpus end like this: the crawler cut the last multi-byte character.
    whole = (DEV_CORPUS / "22321999.txt").read_bytes().rstrip()
    raw = whole + "ờ".encode()[:2]
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    decoded = decode_article(raw)
    assert decoded.note == "dropped a truncated UTF-8 character at the end"
    assert decoded.text.startswith("Tháng 5, đến Tràm Chim ngắm hoa lạ")


def test_windows_1258_text_is_recovered() -> None:
    text = "Thủ tướng tiếp Đại sứ. Hai bên trao đổi về hợp tác của các địa phương và những dự án được triển khai."
    raw = b"".join(_cp1258(ch) for ch in text)
    decoded = decode_article(raw)
    assert "Windows-1258" in (decoded.note or "")
    assert "hợp tác" in decoded.text


def _cp1258(ch: str) -> bytes:
    """Windows-1258 has precomposed ơ, ư, â... but writes the five tone marks as combining characters."""
    import unicodedata

    try:
        return ch.encode("cp1258")
    except UnicodeEncodeError:
        parts = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in parts if c in "\u0300\u0301\u0303\u0309\u0323")
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
        return base.encode("cp1258") + tones.encode("cp1258")


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"", "empty file"),
        (b"   \n\n", "file holds only white space"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary file: 5 NUL bytes in 18 bytes"),
        (bytes(range(128, 256)) * 4, "not UTF-8 (invalid UTF-8 at byte 0) and no Vietnamese legacy encoding fits "
                                     "(tried Windows-1258, TCVN3, VNI; none reads as Vietnamese)"),
        (b"12345 67890 !!! ???", "no letters in the file: not an article"),
    ],
)
def test_bad_input_gets_a_specific_reason(raw: bytes, reason: str) -> None:
    with pytest.raises(DecodeError) as err:
        decode_article(raw)
    assert str(err.value) == reason


def test_every_seed_decodes_to_nfc() -> None:
    import unicodedata

    for path in SEEDS.glob("*.txt"):
        text = decode_article(path.read_bytes()).text
        assert unicodedata.is_normalized("NFC", text)


def test_inline_photo_credits_go_and_their_caption_sentence_moves_to_captions() -> None:
    text = decode_article((DEV_CORPUS / "22244997.txt").read_bytes()).text
    assert "Tập Cận Bình. Ảnh: Kyodo/TTXVN Tổng Bí thư" in text
    cleaned = _clean(text)
    body = cleaned["body"]
    assert "Ảnh:" not in body and "Kyodo/TTXVN" not in body and "TTXVN Tổng" not in body
    assert "Bắc Kinh, Chủ tịch nước Trần Đại Quang đã hội đàm" in body  # the lead stays
    assert ("Chủ tịch nước Trần Đại Quang hội đàm với Tổng Bí thư, Chủ tịch Trung Quốc Tập Cận Bình."
            in cleaned["captions"].split("\n"))
    assert "Tổng Bí thư, Chủ tịch Trung Quốc Tập Cận Bình nhiệt liệt chào mừng" in body


@pytest.mark.parametrize(
    ("line", "body", "caption"),
    [
        # Corpus 22515397: the photographer's given name and the agency must not stay behind ("Sáng/TTXVN").
        ("Hai bên nhất trí. Chủ tịch nước Trần Đại Quang tiếp đồng chí Esteban Lazo Hernandes. Ảnh: Nhan Sáng/TTXVN "
         "Chủ tịch nước nhắc lại những kỷ niệm.", "Hai bên nhất trí. Chủ tịch nước nhắc lại những kỷ niệm.",
         "Chủ tịch nước Trần Đại Quang tiếp đồng chí Esteban Lazo Hernandes."),
        # Corpus 22472138: a dash before the credit and no full stop after it ("- Kiên").
        ("Ông nói. Thủ tướng Shinzo Abe (phải) và Thủ tướng Nguyễn Xuân Phúc họp báo chung - Ảnh: Lê Kiên Hai thủ "
         "tướng khẳng định cuộc hội đàm tốt đẹp.", "Ông nói. Hai thủ tướng khẳng định cuộc hội đàm tốt đẹp.",
         "Thủ tướng Shinzo Abe (phải) và Thủ tướng Nguyễn Xuân Phúc họp báo chung"),
        # Corpus 22643509: two photographers and the agency.
        ("Hai bên nhất trí. Phó Chủ tịch Quốc hội Uông Chu Lưu hội đàm với Phó Chủ tịch Quốc hội Hàn Quốc Park "
         "Ju-seon. Ảnh: Vũ Toàn, Hữu Tuyên - TTXVN  Theo phóng viên TTXVN tại Seoul, hai bên hội đàm.",
         "Hai bên nhất trí. Theo phóng viên TTXVN tại Seoul, hai bên hội đàm.",
         "Phó Chủ tịch Quốc hội Uông Chu Lưu hội đàm với Phó Chủ tịch Quốc hội Hàn Quốc Park Ju-seon."),
        # Corpus 22406298: "Nguyễn." left over.
        ("Thế giới. Thủ tướng Nguyễn Xuân Phúc tiếp Phó chủ tịch tập đoàn NASDAQ Bob McCooey. Ảnh: Anh Nguyễn.  Tại "
         "buổi tiếp, ông McCooey đánh giá cao.", "Thế giới. Tại buổi tiếp, ông McCooey đánh giá cao.",
         "Thủ tướng Nguyễn Xuân Phúc tiếp Phó chủ tịch tập đoàn NASDAQ Bob McCooey."),
        # dev2 21471956: a caption marked by a position, no credit.
        ("Đại sứ khẳng định quan hệ tốt đẹp.  Đại sứ Việt Nam tại Mỹ Phạm Quang Vinh (thứ 2 từ phải sang) và Phó "
         "Thống đốc bang Maryland. Đại sứ cho rằng hai bên có nhiều lợi thế.",
         "Đại sứ khẳng định quan hệ tốt đẹp. Đại sứ cho rằng hai bên có nhiều lợi thế.",
         "Đại sứ Việt Nam tại Mỹ Phạm Quang Vinh (thứ 2 từ phải sang) và Phó Thống đốc bang Maryland."),
        # Corpus 22486061: a bracketed related link inside a paragraph goes, the text around it stays.
        ("Hội sẽ tổ chức sự kiện tại Osaka.  [Báo chí Nhật đưa đậm về hội đàm giữa Thủ tướng Việt Nam-Nhật Bản]  Tiếp "
         "lãnh đạo Hội Hữu nghị, Thủ tướng nói.", "Hội sẽ tổ chức sự kiện tại Osaka. Tiếp lãnh đạo Hội Hữu nghị, Thủ "
         "tướng nói.", None),
        # Corpus 22499625: a nested bracketed link, "[[Infographics] title]".
        ("Quan hệ không ngừng được củng cố.  [[Infographics] Mối quan hệ đoàn kết đặc biệt Việt Nam-Cuba] Năm 1973, "
         "Fidel Castro thăm Việt Nam.", "Quan hệ không ngừng được củng cố. Năm 1973, Fidel Castro thăm Việt Nam.",
         None),
    ],
)
def test_credits_captions_and_links_inside_flattened_paragraphs(line: str, body: str, caption: str | None) -> None:
    cleaned = _clean("Tiêu đề của bài báo về cuộc gặp\n" + line)
    assert cleaned["body"] == body
    assert cleaned["captions"] == (caption or "")


def test_seed_captions_are_kept_in_their_own_column() -> None:
    captions = _clean(seed_text("004"))["captions"].split("\n")
    assert "Phó Thị trưởng TP Quảng Châu Lại Chí Hồng phát biểu trong buổi làm việc tại UBND TP Hồ Chí Minh" in captions
    captions = _clean(seed_text("000"))["captions"].split("\n")
    assert ("Phó Chủ tịch UBND TP.HCM Võ Văn Hoan (bên phải) và ông David Toland, Phó Thống đốc Kansas, Hoa Kỳ tại "
            "buổi tiếp.") in captions  # "(Ảnh: thanhuytphcm.vn)" gone
    seed_002 = _clean(seed_text("002"))["captions"].split("\n")
    told_twice = "Thủ tướng Phạm Minh Chính tiếp bà Sheng Thao, Thị trưởng thành phố Oakland, bang California, Hoa Kỳ."
    assert seed_002.count(told_twice) == 1  # told twice on the page, once here
    captions_003 = _clean(seed_text("003"))["captions"]
    assert "Cùng dự buổi tiếp có đại diện lãnh đạo các sở, ngành của hai địa phương" in captions_003.split("\n")
    assert "Ảnh 3" not in captions_003
    assert _clean(seed_text("001"))["captions"].split("\n")[0] == (
        "Bí thư Thành ủy Cần Thơ Nguyễn Văn Hiếu tiếp Đại sứ Marc Knapper.")


@pytest.mark.parametrize(
    ("header", "published"),
    [
        ("Thứ Năm, 28/09/2023 14:05", dt.date(2023, 9, 28)),
        ("28/09/2023 14:05", dt.date(2023, 9, 28)),
        ("Cập nhật: 10:20 ngày 21/11/2024", dt.date(2024, 11, 21)),
        ("21-11-2024 - 10:20", dt.date(2024, 11, 21)),
        ("Chủ nhật, 3/8/2025, 07:00 (GMT+7)", dt.date(2025, 8, 3)),
        ("November 21, 2024", dt.date(2024, 11, 21)),
        ("Thời sự | Thứ Sáu, ngày 21 tháng 11 năm 2024", dt.date(2024, 11, 21)),
    ],
)
def test_a_dateline_before_the_headline_is_the_published_date_not_the_title(header: str, published: dt.date) -> None:
    cleaned = _clean(f"{header}\nTrang chủ > Thời sự > Đối ngoại\nLãnh đạo TP HCM tiếp đoàn công tác TP Daejeon - Hàn "
                     "Quốc\nChiều 10-3, ông Nguyễn Văn Thọ đã chủ trì buổi tiếp xã giao đoàn công tác Hội đồng TP "
                     "Daejeon.")
    assert cleaned["title"] == "Lãnh đạo TP HCM tiếp đoàn công tác TP Daejeon - Hàn Quốc"
    assert cleaned["published_date"] == published
    assert cleaned["body"].startswith("Chiều 10-3") and "Trang chủ" not in cleaned["body"]


def test_a_date_line_under_the_title_as_html_pages_become_text_is_read_and_dropped() -> None:
    cleaned = _clean("TP Hồ Chí Minh và Quảng Châu thúc đẩy hợp tác nhiều lĩnh vực\n26/09/2025\nNgày 26/9, Phó Chủ "
                     "tịch UBND TP Hồ Chí Minh Bùi Xuân Cường đã tiếp ông Lại Chí Hồng, Phó Thị trưởng TP Quảng Châu.")
    assert cleaned["published_date"] == dt.date(2025, 9, 26) and cleaned["body"].startswith("Ngày 26/9")


def test_a_flattened_by_line_time_stamp_dates_the_page() -> None:
    assert _clean(FLATTENED)["published_date"] == dt.date(2017, 2, 6)


def test_a_body_sentence_with_a_date_is_no_dateline() -> None:
    cleaned = _clean("Thủ tướng tiếp Đại sứ Hoa Kỳ\nNgày 21/11/2024, Thủ tướng tiếp Đại sứ.\nHai bên trao đổi về hợp "
                     "tác kinh tế.\nHà Nội công bố Lễ ký kết 21/11/2024\nHai bên trao đổi về hợp tác thương mại.")
    assert cleaned["published_date"] is None
    assert cleaned["body"].startswith("Ngày 21/11/2024, Thủ tướng tiếp Đại sứ.")
    assert "\nHà Nội công bố Lễ ký kết 21/11/2024\n" in cleaned["body"]


def test_a_paragraph_that_starts_with_a_captioned_photo_is_kept() -> None:
    # Wire copy on one line: caption, "(Ảnh: ...)", then the whole report.
    body = _clean(decode_article((DEV_CORPUS / "22405054.txt").read_bytes()).text)["body"]
    assert "Chiều 29/5, tại Trụ sở Quốc hội, Chủ tịch Quốc hội Nguyễn Thị Kim Ngân đã thân mật tiếp Đoàn." in body
    assert "(Ảnh:" not in body and "Trọng Đức/TTXVN" not in body


# A baomoi page flattened to one line per block (corpus file 21472335.txt): by-line, time stamp and the
# related-links heading run on inside the last paragraph.
FLATTENED = (
    "HLV Frank Bernhardt: 'Malaysia đủ mạnh để đối đầu với U23 Việt Nam'\n"
    "Gặp khó khăn về lực lượng trận giao hữu U23 Việt Nam, nhưng HLV chủ nhà SEA Games 2017 vẫn mạnh mẽ tuyên "
    "chiến với U23 Việt Nam trên sân Thống Nhất.\n"
    "Về mặt thành tích ở trận đấy ngày mai tôi hoàn toàn không chịu áp lực, điều tôi hướng đến là tìm những miếng "
    "ghép, sự kết dính của các cầu thủ thi đấu trên sân ở trận đấu ngay mai.” Đình Viên - Thể thao Việt Nam | "
    "11:20 06/02/2017 Tin liên quan Ghi chép U23 Việt Nam: Tìm sự sống từ bóng chết Ca chấn thương đầu tiên của "
    "U23 Việt Nam U23 Việt Nam: Quang Hải lập siêu phẩm, Công Phượng được thầy khen\n"
    "Điểm tin bóng đá Việt Nam tối 7/2: Công Phượng tỏa sáng\n"
)


def test_a_related_links_heading_inside_a_flattened_line_ends_the_article() -> None:
    cleaned = _clean(FLATTENED)
    assert cleaned["body"].endswith("thi đấu trên sân ở trận đấu ngay mai.”")
    for gone in ("Tin liên quan", "Ghi chép U23", "Điểm tin bóng đá", "11:20 06/02/2017", "Đình Viên"):
        assert gone not in cleaned["body"]


def test_related_words_in_prose_do_not_cut_the_article() -> None:
    text = ("Bắt giữ nghi phạm\nCông an Q.2, TP.HCM đã xác định được 1 số thông tin liên quan đến vụ việc. Tin liên "
            "quan đến vụ việc được gửi tới cơ quan điều tra.\nTheo đó, 2 nạn nhân là 2 cụ ông và là 2 anh em ruột.")
    assert _clean(text)["body"].endswith("2 anh em ruột.")


def test_parenthesised_photo_sources_go_in_either_case() -> None:
    # A long paragraph (a short line with a credit is a caption and goes whole).
    text = ("Tiêu đề bài báo về trại giam\nNhà tù có thư viện, phòng tập thể dục, xưởng mộc và khu vườn rộng để tù "
            "nhân trồng rau. Còn đây là căn phòng cầu nguyện dành cho tù nhân (Nguồn ảnh: Business Insider). Nhóm "
            "lớp mầm non tạm đóng cửa trong ngày 6/2 (ảnh: Mỹ Hà) theo thông báo của phường.")
    body = _clean(text)["body"]
    assert "Business Insider" not in body and "Mỹ Hà" not in body and body.endswith("theo thông báo của phường.")


def test_a_stray_combining_mark_is_composed() -> None:
    # Corpus file 21487963.txt writes "Thụỵ" with a combining dot below after the y.
    decoded = decode_article("Lễ hội làng Thụy\nNgười dân làng Thụ\u0079\u0323 Lôi mở hội.".encode())
    assert unicodedata.is_normalized("NFC", decoded.text) and "Thụỵ Lôi" in decoded.text


def test_an_agency_by_line_closing_the_report_goes() -> None:
    # Corpus VOV reports end "./. Vũ Dũng/VOV"; TTXVN ones with the reporter and "(TTXVN)" on a line.
    text = ("Tiêu đề bài báo về hợp tác\nHai bên nhất trí tăng cường hợp tác, chúc Quảng Tây phát triển toàn diện./. "
            "Vũ Dũng/VOV\nNguyễn Hồng Điệp (TTXVN)")
    assert _clean(text)["body"] == "Hai bên nhất trí tăng cường hợp tác, chúc Quảng Tây phát triển toàn diện./."


def test_a_by_line_told_twice_and_a_site_credit_go() -> None:
    # Corpus VOV reports repeat the by-line ("./. Vũ Dũng/VOV Vũ Dũng/VOV"); granma.cu credits a photo.
    text = ("Tiêu đề bài báo về hợp tác\nĐại tướng thăm Cuba từ ngày 1- 7/6. Chủ tịch Cuba Raul Castro tiếp Đại tướng "
            "Ngô Xuân Lịch. Ảnh: granma.cu Chuyến thăm được tiến hành theo lời mời.\nHai bên nhất trí tăng cường hợp "
            "tác./. Bùi Hùng-Việt Dũng/VOV-Tokyo Bùi Hùng-Việt Dũng/VOV-Tokyo")
    cleaned = _clean(text)
    assert cleaned["body"] == ("Đại tướng thăm Cuba từ ngày 1- 7/6. Chuyến thăm được tiến hành theo lời mời.\nHai bên "
                               "nhất trí tăng cường hợp tác./.")
    assert cleaned["captions"] == "Chủ tịch Cuba Raul Castro tiếp Đại tướng Ngô Xuân Lịch."


def test_an_excerpt_that_opens_with_a_dated_lead_sentence_keeps_it_in_the_body() -> None:
    text = ("Chiều 21/11, Bí thư Tỉnh ủy tiếp Đại sứ Nhật Bản Ito Naoki.\nHai bên trao đổi về hợp tác đầu tư, phát "
            "triển nguồn nhân lực và giao lưu nhân dân giữa tỉnh và các địa phương Nhật Bản.")
    cleaned = _clean(text)
    assert cleaned["title"] == "Chiều 21/11, Bí thư Tỉnh ủy tiếp Đại sứ Nhật Bản Ito Naoki."
    assert cleaned["body"].startswith("Chiều 21/11, Bí thư Tỉnh ủy tiếp Đại sứ Nhật Bản Ito Naoki.\nHai bên")
    assert cleaned["headline_note"].startswith("no separate headline")


def test_an_initial_inside_a_caption_does_not_cut_it() -> None:
    # dev2 22644126: "V. Putin" is no sentence end; the whole caption leaves the body.
    text = ("Tiêu đề bài báo về hợp tác\nHai bên ký thỏa thuận hợp tác giữa hai hãng thông tấn. Chủ tịch nước Trần Đại "
            "Quang và Tổng thống Liên bang Nga V. Putin chứng kiến Lễ ký. Ảnh: TTXVN Theo phóng viên TTXVN, lễ ký diễn "
            "ra sau hội đàm.")
    cleaned = _clean(text)
    assert cleaned["captions"] == "Chủ tịch nước Trần Đại Quang và Tổng thống Liên bang Nga V. Putin chứng kiến Lễ ký."
    assert cleaned["body"] == ("Hai bên ký thỏa thuận hợp tác giữa hai hãng thông tấn. Theo phóng viên TTXVN, lễ ký "
                               "diễn ra sau hội đàm.")
