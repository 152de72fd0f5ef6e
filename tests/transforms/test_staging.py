"""Which cleaned articles are staged and which are rejected, with the reason."""
from __future__ import annotations

import polars as pl

from transforms.staging import MAX_TITLE_CHARS, stage_articles

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


def test_a_file_that_starts_with_a_paragraph_is_rejected_with_its_reason() -> None:
    assert len(PARAGRAPH) > MAX_TITLE_CHARS
    staged, rejected = _stage([PARAGRAPH + "\n" + BODY, "Công an đưa người thanh niên tật nguyền về quê\n" + BODY])
    assert staged["article_id"].to_list() == ["a1"]
    assert rejected["article_id"].to_list() == ["a0"]
    assert rejected["reason"][0].startswith(f"no headline: the first line is {len(PARAGRAPH)} characters long")


def test_too_little_text_is_rejected_with_its_reason() -> None:
    staged, rejected = _stage(["Tiêu đề của một bài rất ngắn\nMột câu."])
    assert staged.height == 0
    assert rejected["reason"][0].startswith("no article text after removing page furniture")
