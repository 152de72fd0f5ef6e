"""Decoding and boilerplate removal on the real seed pages and dev corpus files."""
from __future__ import annotations

import polars as pl
import pytest

from tests.conftest import DEV_CORPUS, SEEDS, seed_text
from transforms.clean import DecodeError, clean_articles, decode_article

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
        (bytes(range(128, 256)) * 4, "not UTF-8 (invalid UTF-8 at byte 0) and no Vietnamese legacy encoding fits"),
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
