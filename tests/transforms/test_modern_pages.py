"""Whole pages as provincial and national outlets of 2019-2026 print them (datelines before or after the lead, an
outlet's tag opening the lead, "Sáng nay"/"Chiều nay" dated by the page, a related-stories box), read end to end
through decode, staging, triage and extraction (bench.web_pages.warehouse_rows)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bench.web_pages import Rows, warehouse_rows

# The pages, as saved text: written for these tests in the layouts of Báo Quảng Ninh, VOV, Chinhphu.vn, Báo Đà
# Nẵng, TTXVN and Nhân Dân (dateline, outlet tag, caption with credit, byline, related box).
PAGES = Path(__file__).parent / "modern_pages"
P = {f.name: f.read_text(encoding="utf-8") for f in sorted(PAGES.glob("*.txt"))}


@pytest.fixture(scope="module")
def rows() -> dict[str, Rows]:
    return warehouse_rows(P)


# date, vn_locality, vn_person, partner_name, partner_kind, foreign_person of each page's one meeting row.
EXPECTED = {
    "qn.txt": (dt.date(2024, 3, 12), "Quảng Ninh", "Vũ Đại Thắng", "Tổng Lãnh sự quán Trung Quốc tại Hải Phòng",
               "embassy", "Dương Thanh Đông"),
    "vov.txt": (dt.date(2023, 11, 15), None, "Vương Đình Huệ", "Campuchia", "country", "Hun Sen"),
    "tt.txt": (dt.date(2023, 11, 20), None, "Phạm Minh Chính", "Tập đoàn Samsung", "organization", "Roh Tae-moon"),
    "dn.txt": (dt.date(2024, 6, 5), "Đà Nẵng", "Trần Chí Cường", "Đại sứ quán Australia", "embassy", "Gillian Bird"),
    "ttxvn.txt": (dt.date(2023, 9, 10), None, "Võ Văn Thưởng", "Hoa Kỳ", "country", "Joe Biden"),
    "nd.txt": (dt.date(2023, 9, 28), None, "Phạm Minh Chính", "Hoa Kỳ", "country", "Gina Raimondo"),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_modern_page_gives_its_meeting_with_the_pages_year(rows: dict[str, Rows], name: str) -> None:
    page = rows[name]
    assert page.rejected is None
    assert len(page.meetings) == 1, page.meetings
    m = page.meetings[0]
    # columns: meeting_date, month, day, vn_locality, vn_person, vn_title, partner_name, kind, code, foreign_person...
    assert (m[0], m[3], m[4], m[6], m[7], m[9]) == EXPECTED[name]


def test_the_figures_of_the_article_and_none_of_its_related_box(rows: dict[str, Rows]) -> None:
    assert sorted(rows["tt.txt"].statistics) == [(22_400_000_000.0, "USD", "about"), (65_000_000_000.0, "USD", "exact")]
