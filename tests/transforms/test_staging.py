"""Which cleaned articles are staged and which are rejected, with the reason."""
from __future__ import annotations

import datetime as dt

import polars as pl

from transforms.clean import MAX_TITLE_CHARS
from transforms.staging import stage_articles

# Corpus file 21488614.txt has no headline: its first line is the lead paragraph.
PARAGRAPH = (
    "20 giờ 30 ngày 6-2 (nhằm mồng Mười tháng Giêng, năm Đinh Dậu 2017), Trực ban CAP Hòa Thọ Đông (Q. Cẩm Lệ, "
    "TP Đà Nẵng) tiếp nhận người thanh niên tật nguyền do người dân chở bằng xe máy đến. Qua thăm hỏi, Đại úy Phan "
    "Xuân Phúc- Phó trưởng CAP Hòa Thọ Đông biết được hoàn cảnh rất đáng thương của người này. Anh tên là Nguyễn "
    "Viết Trung (1987, trú thôn 4, xã Suối Trầu, H. Long Thành, tỉnh Đồng Nai), bị liệt một nửa người bên trái. Theo "
    "lời Trung, gia đình anh có 5 người, mẹ tên là Phan Thị Quỳnh Như, 2 chị gái và em trai."
)
BODY = "Sau khi được trình báo, công an phường đã liên hệ với gia đình để đón anh Trung về quê an toàn."


def _stage(texts: list[str]) -> tuple[pl.DataFrame, pl.DataFrame]:
    frame = pl.DataFrame({
        "article_id": [f"a{i}" for i in range(len(texts))], "content_sha256": ["0" * 64] * len(texts),
        "text": texts, "decode_note": [None] * len(texts),
    })
    return stage_articles(frame)


def test_a_file_that_starts_with_a_paragraph_is_an_article_headlined_by_its_lead() -> None:
    assert len(PARAGRAPH) > MAX_TITLE_CHARS
    staged, rejected = _stage([PARAGRAPH + "\n" + BODY, "Công an đưa người thanh niên tật nguyền về quê\n" + BODY])
    assert rejected.height == 0
    lead = staged.filter(pl.col("article_id") == "a0").row(0, named=True)
    assert lead["title"].startswith("20 giờ 30 ngày 6-2 (nhằm mồng Mười tháng Giêng, năm Đinh Dậu 2017)")
    assert len(lead["title"]) <= MAX_TITLE_CHARS
    assert lead["body"].startswith(PARAGRAPH) and lead["body"].endswith(BODY)  # the lead stays body text
    assert lead["headline_note"].startswith("no separate headline: the first line is a paragraph")
    plain = staged.filter(pl.col("article_id") == "a1").row(0, named=True)
    assert plain["headline_note"] is None and plain["body"] == BODY


def test_a_page_that_starts_with_a_dateline_and_a_section_is_an_article_with_its_date() -> None:
    page = ("Thứ Năm, 28/09/2023 14:05\nThời sự\nĐà Nẵng tăng cường hợp tác với tỉnh Gyeonggi (Hàn Quốc)\n"
            "(Baodanang.vn) - Sáng nay, Chủ tịch UBND thành phố Lê Trung Chinh tiếp ông Kim Dong-yeon, Tỉnh trưởng "
            "tỉnh Gyeonggi, Hàn Quốc.\nChủ tịch UBND thành phố Lê Trung Chinh tiếp Tỉnh trưởng Kim Dong-yeon. Ảnh: "
            "Ngọc Hà\nTại buổi tiếp, hai bên trao đổi nhiều nội dung hợp tác về kinh tế, du lịch và giáo dục.\nChia sẻ")
    staged, rejected = _stage([page])
    row = staged.row(0, named=True)
    assert rejected.height == 0
    assert row["title"] == "Đà Nẵng tăng cường hợp tác với tỉnh Gyeonggi (Hàn Quốc)"
    assert row["published_date"] == dt.date(2023, 9, 28)
    assert row["body"].startswith("Sáng nay, Chủ tịch UBND thành phố Lê Trung Chinh")  # outlet tag gone
    assert "Chia sẻ" not in row["body"] and "Ảnh:" not in row["body"] and "Tiếp Tỉnh trưởng" not in row["body"]
    assert row["captions"] == "Chủ tịch UBND thành phố Lê Trung Chinh tiếp Tỉnh trưởng Kim Dong-yeon."
    assert "'Thứ Năm, 28/09/2023 14:05'" in row["headline_note"] and "'Thời sự'" in row["headline_note"]


def test_a_one_sentence_brief_is_an_article() -> None:
    staged, rejected = _stage(["Quảng Ninh tiếp Đại sứ Nhật Bản\nSáng 5/3, Chủ tịch UBND tỉnh tiếp Đại sứ Nhật Bản."])
    assert rejected.height == 0
    assert staged.row(0, named=True)["body"] == "Sáng 5/3, Chủ tịch UBND tỉnh tiếp Đại sứ Nhật Bản."


def test_too_little_text_is_rejected_with_its_reason() -> None:
    staged, rejected = _stage(["Tiêu đề của một bài rất ngắn\nMột câu."])
    assert staged.height == 0
    assert rejected["reason"][0].startswith("no article text after removing page furniture")


def test_a_photo_gallery_keeps_its_captions_as_body() -> None:
    # Corpus file 21491287.txt: a cartoon gallery, every line of text is a caption with its credit.
    gallery = ("Biếm họa 24h: Real 'còng lưng' trước lịch thi đấu dày đặc\nHLV Antonio Conte - \"sát thủ\" khét tiếng "
               "giải Ngoại hạng Anh. (Ảnh: Football Cartoons) Có Gabriel Jesus, Man City bỏ rơi Aguero trên băng ghế "
               "dự bị. (Ảnh: Zezo) Thầy trò Zidane \"còng lưng\" trước lịch thi đấu dày đặc. (Ảnh: Bein)")
    staged, rejected = _stage([gallery])
    assert rejected.height == 0
    row = staged.row(0, named=True)
    assert "Man City bỏ rơi Aguero trên băng ghế dự bị." in row["body"] and "Ảnh:" not in row["body"]
    assert row["captions"] == ""
