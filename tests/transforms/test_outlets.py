"""The province of a provincial outlet places a Vietnamese side the page does not: "Phó Chủ tịch UBND tỉnh Trần
Phước Hiền" on Báo Quảng Ngãi's page is Quảng Ngãi's (vn_locality is part of what identifies a meeting)."""
from __future__ import annotations

from pathlib import Path

import polars as pl

from transforms.decode import decode_article
from transforms.extract import extract_article
from transforms.outlets import outlet_locality
from transforms.staging import stage_articles

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"

PAGE = """Lãnh đạo tỉnh tiếp đoàn công tác Tập đoàn Toyota Tsusho
Thứ Bảy, 15/03/2025 - 17:20
Thời sự > Chính trị
(Baoquangngai.vn)- Chiều 15/3, Phó Chủ tịch UBND tỉnh Trần Phước Hiền đã tiếp và làm việc với Đoàn công tác của \
Tập đoàn Toyota Tsusho (Nhật Bản) do ông Takahashi Kenji, Phó Tổng Giám đốc làm Trưởng đoàn.
Tại buổi làm việc, Phó Chủ tịch UBND tỉnh Trần Phước Hiền giới thiệu tiềm năng, lợi thế của tỉnh về công nghiệp, \
cảng biển và mong muốn tập đoàn nghiên cứu đầu tư vào Khu kinh tế Dung Quất.
Tin, ảnh: Thanh Nhị
Báo Quảng Ngãi điện tử - Cơ quan của Đảng bộ, chính quyền và nhân dân tỉnh"""


def _meetings(text: str) -> list[tuple[str | None, str | None, str]]:
    staged, rejected = stage_articles(pl.DataFrame({"article_id": ["a"], "content_sha256": ["0"], "text": [text],
                                                    "decode_note": [None]}))
    assert rejected.height == 0
    row = staged.row(0, named=True)
    result = extract_article(row["title"], row["body"], row["captions"].split("\n"), row["published_date"],
                             row["outlet_locality"])
    return [(m.vn_locality, m.vn_person, m.partner.name) for m in result.meetings]


def test_a_provincial_papers_unnamed_province_is_the_papers_own() -> None:
    assert _meetings(PAGE) == [("Quảng Ngãi", "Trần Phước Hiền", "Tập đoàn Toyota Tsusho")]


def test_without_an_outlet_the_unnamed_province_stays_unknown() -> None:
    national = PAGE.replace("(Baoquangngai.vn)- ", "").replace("Báo Quảng Ngãi điện tử", "Báo Điện tử Chính phủ")
    assert _meetings(national) == [(None, "Trần Phước Hiền", "Tập đoàn Toyota Tsusho")]


def test_a_province_the_article_names_beats_the_outlets() -> None:
    # A paper reporting another province's meeting: the province written in the text is the side's.
    other = PAGE.replace("UBND tỉnh Trần Phước Hiền đã", "UBND tỉnh Kon Tum Trần Phước Hiền đã")
    assert _meetings(other)[0][0] == "Kon Tum"


def test_outlets_are_read_from_tags_domains_and_footers_and_national_pages_have_none() -> None:
    pages = ["(Baohaiduong.vn)-Sáng 2/4, ...", "Nguồn: www.baobariavungtau.com.vn", "Cổng TTĐT tỉnh Đắk Lắk",
             "© hanoimoi.com.vn", "Theo dõi Baoquocte.vn trên", "Báo Nhân Dân điện tử", "Tin: Báo Thanh Niên"]
    pages += [decode_article(p.read_bytes()).text for p in sorted(SEEDS.glob("*.txt"))]  # national outlets
    found = pl.DataFrame({"text": pages}).select(outlet_locality(pl.col("text")))["text"].to_list()
    assert found == ["Hải Dương", "Bà Rịa - Vũng Tàu", "Đắk Lắk", "Hà Nội", None, None, None] + [None] * 5


def test_an_outlet_name_broken_over_lines_or_spaced_twice_is_still_found() -> None:
    pages = ["Báo Quảng\nNgãi điện tử - Cơ quan của Đảng bộ", "Cổng  thông tin điện tử tỉnh\tĐắk Lắk",
             "Đài Phát thanh và Truyền hình Kon\r\nTum"]
    found = pl.DataFrame({"text": pages}).select(outlet_locality(pl.col("text")))["text"].to_list()
    assert found == ["Quảng Ngãi", "Đắk Lắk", "Kon Tum"]
