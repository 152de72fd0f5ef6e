"""A lead opened by a news agency's dateline ("HÀ NỘI (TTXVN) - ", "Washington, 12/3 (VNA) – "): the dateline
leaves the lead, the place in capitals is no party of the meeting."""
from __future__ import annotations

import polars as pl
import pytest

from bench import web_pages
from transforms.clean import clean_articles


def _body(text: str) -> str:
    frame = pl.DataFrame({"article_id": ["a"], "text": [text]}).lazy()
    return str(clean_articles(frame).collect().row(0, named=True)["body"])


LEAD = "Ngày 14/6, Bí thư Tỉnh ủy Sơn La Hoàng Văn Chất đã tiếp Đại sứ Cuba tại Việt Nam Herminio López Díaz."


@pytest.mark.parametrize("tag", ["HÀ NỘI (TTXVN) - ", "Hà Nội, 14/6 (TTXVN) – ", "Washington (VNA) - ",
                                 "TP.HCM (Chinhphu.vn) - ", "Sơn La (TG&VN) - "])
def test_the_agency_dateline_leaves_the_lead(tag: str) -> None:
    body = _body(f"Sơn La tiếp Đại sứ Cuba\n14/06/2024\n{tag}{LEAD}\nHai bên trao đổi về hợp tác nông nghiệp.")
    assert body.split("\n")[0] == LEAD


@pytest.mark.parametrize("line", [
    "Roberto Bautista Agut (17) - Rafael Nadal (4), khoảng 18h, 4/6 vòng 4 đơn nam Trận đấu sẽ diễn ra tại sân chính.",
    "Thủ tướng Phạm Minh Chính (phải) - Đại sứ Nhật Bản Ito Naoki tại buổi tiếp ở trụ sở Chính phủ chiều 14/6.",
])
def test_a_name_with_a_bracket_and_a_dash_is_no_dateline(line: str) -> None:
    body = _body(f"Một tin thể thao hay đối ngoại\n14/06/2024\n{line}\nBài viết còn tiếp với nhiều chi tiết khác nữa.")
    assert body.split("\n")[0] == line


def test_the_gold_articles_of_seeds_and_dev_with_an_agency_dateline_give_their_rows() -> None:
    articles = web_pages.gold_articles(("seeds", "dev"))
    total, diffs = web_pages.check(articles, seed=7, names=["agency_dateline_lead"])
    assert total == len(articles) >= 20
    assert not diffs, "\n".join(f"{d.article}\n{d.describe()}" for d in diffs)
