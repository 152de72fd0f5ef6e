"""Decoding and boilerplate removal on the real seed pages and dev corpus files."""
from __future__ import annotations

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


def test_inline_photo_credits_go_and_their_caption_sentence_stays() -> None:
    text = decode_article((DEV_CORPUS / "22244997.txt").read_bytes()).text
    assert "Tập Cận Bình. Ảnh: Kyodo/TTXVN Tổng Bí thư" in text
    body = _clean(text)["body"]
    assert "Ảnh:" not in body and "Kyodo/TTXVN" not in body
    assert "hội đàm với Tổng Bí thư, Chủ tịch Trung Quốc Tập Cận Bình. Tổng Bí thư, Chủ tịch Trung Quốc" in body


def test_a_paragraph_that_starts_with_a_captioned_photo_is_kept() -> None:
    # Wire copy on one line: caption, "(Ảnh: ...)", then the whole report.
    body = _clean(decode_article((DEV_CORPUS / "22405054.txt").read_bytes()).text)["body"]
    assert "Chiều 29/5, tại Trụ sở Quốc hội, Chủ tịch Quốc hội Nguyễn Thị Kim Ngân đã thân mật tiếp Đoàn." in body
    assert "(Ảnh:" not in body


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
