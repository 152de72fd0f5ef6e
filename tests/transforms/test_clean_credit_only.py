"""A photo whose caption is only its credit ("Ảnh: Minh Anh" on a line of its own) after a paragraph: the paragraph
stays the article's text; a short line above a credit is still the photo's caption."""
from __future__ import annotations

import polars as pl

from tests.conftest import SEEDS
from transforms.clean import clean_articles


def _clean(text: str) -> dict[str, object]:
    return clean_articles(pl.DataFrame({"article_id": ["a"], "text": [text]}).lazy()).collect().row(0, named=True)


def test_a_long_paragraph_above_a_credit_line_stays_in_the_body() -> None:
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        body = str(_clean(text)["body"]).split("\n")
        long = next(p for p in body if len(p.split()) > 60)
        dressed = text.replace(long, long + "\nẢnh: Minh Anh", 1)
        assert dressed != text, path.name
        cleaned = _clean(dressed)
        assert long in str(cleaned["body"]).split("\n"), path.name
        assert long not in str(cleaned["captions"]), path.name


def test_a_short_line_above_a_credit_line_is_a_caption() -> None:
    text = ("Chủ tịch UBND tỉnh tiếp Đại sứ Nhật Bản\n12/03/2025\n"
            "Chiều 12/3, Chủ tịch UBND tỉnh Quảng Ninh Cao Tường Huy đã tiếp ông Ito Naoki, Đại sứ đặc mệnh toàn "
            "quyền Nhật Bản tại Việt Nam, đang có chuyến thăm và làm việc tại tỉnh.\n"
            "Quang cảnh buổi tiếp.\nẢnh: Minh Anh\n"
            "Hai bên trao đổi về hợp tác đầu tư, du lịch và đào tạo nhân lực trong thời gian tới.")
    cleaned = _clean(text)
    assert "Quang cảnh buổi tiếp." in str(cleaned["captions"])
    assert "Quang cảnh" not in str(cleaned["body"])
