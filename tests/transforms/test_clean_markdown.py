"""Pages saved as Markdown: "# <headline>", "## Tin liên quan", bold sapo, italic captions."""
from __future__ import annotations

import polars as pl

from bench import web_pages
from transforms.clean import clean_articles


def _clean(text: str) -> dict[str, object]:
    return clean_articles(pl.DataFrame({"article_id": ["a"], "text": [text]}).lazy()).collect().row(0, named=True)


def test_a_markdown_heading_is_the_headline_without_its_marks() -> None:
    text = ("# Chủ tịch UBND tỉnh tiếp Đại sứ Nhật Bản\n\n*Thứ Hai, 12/03/2025 10:30*\n\n"
            "**Chiều 12/3, Chủ tịch UBND tỉnh Quảng Ninh Cao Tường Huy đã tiếp ông Ito Naoki, Đại sứ Nhật Bản.**\n\n"
            "Hai bên trao đổi về hợp tác đầu tư.\n\n## Tin liên quan\n\n- [Một tin khác](https://x.vn/1)")
    row = _clean(text)
    assert row["title"] == "Chủ tịch UBND tỉnh tiếp Đại sứ Nhật Bản"
    assert str(row["body"]).startswith("Chiều 12/3, Chủ tịch UBND tỉnh Quảng Ninh")
    assert "Tin liên quan" not in str(row["body"]) and "Một tin khác" not in str(row["body"])
    assert str(row["published_date"]) == "2025-03-12"


def test_the_gold_articles_of_seeds_and_dev_saved_as_markdown_give_their_rows() -> None:
    articles = web_pages.gold_articles(("seeds", "dev"))
    total, diffs = web_pages.check(articles, seed=7, names=["markdown_page"])
    assert total == len(articles) >= 20
    assert not diffs, "\n".join(f"{d.article}\n{d.describe()}" for d in diffs)


def test_a_hash_tag_stays() -> None:
    title = _clean("Phong trào #MeToo lan rộng\nPhong trào #MeToo lan rộng ra nhiều nước châu Á.")["title"]
    assert title == "Phong trào #MeToo lan rộng"
