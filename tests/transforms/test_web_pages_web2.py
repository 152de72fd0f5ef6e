"""Modern page furniture (issue 8, bench/web_pages.modern_variants) on the real seed pages: related boxes inside the
body, bold sapos with an outlet's tag, counters, portal templates, a headline under its <title> copy, photo galleries
in text and HTML; no dressed page is quarantined."""
from __future__ import annotations

import datetime as dt
import random

import polars as pl
import pytest

from bench import web_pages
from transforms.decode import decode_article
from transforms.staging import stage_articles


def _staged(text: str) -> dict[str, object]:
    staged, rejected = stage_articles(pl.DataFrame({"article_id": ["a"], "content_sha256": ["0"], "text": [text],
                                                    "decode_note": [None]}))
    assert rejected.height == 0, rejected
    return staged.row(0, named=True)


@pytest.fixture(scope="module")
def seeds() -> dict[str, web_pages.Article]:
    return {a.name[6:9]: a for a in web_pages.gold_articles(("seeds",))}


def _reference(art: web_pages.Article) -> dict[str, object]:
    return _staged(web_pages.reference(art))


@pytest.mark.parametrize("seed", ["000", "001", "003", "004"])
@pytest.mark.parametrize("heading", ["Tin liên quan", "Xem thêm", "ĐỌC THÊM"])
def test_a_related_box_inside_the_body_leaves_the_rest_of_the_article(seeds: dict, seed: str, heading: str) -> None:
    art = seeds[seed]
    mid = web_pages.box_position(art.body)
    box = [heading, "Thủ tướng tiếp Đại sứ Hàn Quốc", "Chủ tịch nước hội đàm với Tổng thống Pháp Emmanuel Macron"]
    page = "\n".join([art.title, f"{art.day:%d/%m/%Y}", *art.body[:mid], *box, *art.body[mid:]])
    row, want = _staged(page), _reference(art)
    assert row["body"] == want["body"]
    assert "Macron" not in str(row["body"]) + str(row["captions"])


def test_the_related_block_closing_seed_001_still_ends_it() -> None:
    """Seed 001 ends with "Tin liên quan", one headline and its lead, then more side stories: not a box to skip."""
    text = decode_article(web_pages.GOLD_SETS["seeds"][0].joinpath("001_534535b08af76e57.txt").read_bytes()).text
    body = str(_staged(text)["body"])
    assert "Quảng bá tiềm năng" not in body and "Mexico" not in body
    assert body.startswith("Thành phố Cần Thơ mong muốn")


@pytest.mark.parametrize("sapo", ["**(Chinhphu.vn) - {lead}**", "(Baohaiduong.vn)-{lead}", "**(BĐT) -** {lead}",
                                  "Baotintuc.vn - {lead}", "VietnamPlus - {lead}", "__(ĐCSVN) – {lead}__"])
def test_a_bold_sapo_with_an_outlets_tag_reads_as_the_lead(seeds: dict, sapo: str) -> None:
    art = seeds["001"]
    page = "\n".join([art.title, f"{art.day:%d/%m/%Y}", sapo.format(lead=art.body[0]), *art.body[1:]])
    assert _staged(page)["body"] == _reference(art)["body"]


def test_counters_likes_and_a_portals_template_are_furniture(seeds: dict) -> None:
    art = seeds["000"]
    d = art.day
    page = "\n".join([*web_pages.PORTAL_MENU, "Trang chủ » Tin tức - Sự kiện » Hoạt động đối ngoại", art.title,
                      f"Ngày đăng: {d:%d/%m/%Y} | Lượt xem: 321", "Chia sẻ:", "Thích 12 | Chia sẻ 5", *art.body,
                      "(0) Bình luận", "0 Bình luận | 1.245 Lượt xem", "In bài | Gửi email | Về đầu trang",
                      "Các tin khác", "Thủ tướng tiếp Đại sứ Hàn Quốc (02/05/2024)", *web_pages.PORTAL_FOOTER])
    row, want = _staged(page), _reference(art)
    assert (row["title"], row["body"], row["published_date"]) == (want["title"], want["body"], d)


@pytest.mark.parametrize("suffix", [" - Báo Đắk Lắk điện tử", " | Báo Chính phủ", " - VnExpress"])
def test_the_headline_under_its_title_tag_copy(seeds: dict, suffix: str) -> None:
    art = seeds["003"]
    page = "\n".join([art.title + suffix, "Trang chủ > Thời sự", art.title, f"{art.day:%d/%m/%Y}", *art.body])
    row = _staged(page)
    assert row["title"] == art.title and row["body"] == _reference(art)["body"]


def test_language_switches_and_a_site_name_are_never_the_headline(seeds: dict) -> None:
    art = seeds["001"]
    for top in (["Phiên bản tiếng Anh"], ["Tiếng Việt | English"], ["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐẮK LẮK"],
                ["Báo Đắk Lắk điện tử"], ["HOẠT ĐỘNG CỦA LÃNH ĐẠO TỈNH"], ["VN | EN", "中文", "Français"]):
        assert _staged("\n".join([*top, art.title, f"{art.day:%d/%m/%Y}", *art.body]))["title"] == art.title, top


def test_a_gallery_of_numbered_captions_is_the_body_in_the_pages_order() -> None:
    page = "\n".join([
        "Chùm ảnh: Lãnh đạo tỉnh tiếp Đại sứ Nhật Bản", "Thứ Ba, 02/12/2025 - 09:15",
        "Ảnh 1: Phó Chủ tịch UBND tỉnh Nguyễn Thiên Văn tiếp Đại sứ Nhật Bản Ito Naoki chiều 1/12.",
        "Ảnh 2: Hai bên trao đổi về hợp tác nông nghiệp công nghệ cao và du lịch.",
        "Ảnh 3: Các đại biểu chụp ảnh lưu niệm."])
    row = _staged(page)
    assert row["body"] == ("Phó Chủ tịch UBND tỉnh Nguyễn Thiên Văn tiếp Đại sứ Nhật Bản Ito Naoki chiều 1/12.\n"
                           "Hai bên trao đổi về hợp tác nông nghiệp công nghệ cao và du lịch.\n"
                           "Các đại biểu chụp ảnh lưu niệm.")
    assert row["published_date"] == dt.date(2025, 12, 2)
    [rows] = web_pages.warehouse_rows({"p": page}).values()
    assert [(m[0], m[4], m[9]) for m in rows.meetings] == [(dt.date(2025, 12, 1), "Nguyễn Thiên Văn", "Ito Naoki")]


def test_an_html_photo_gallery_is_an_article() -> None:
    """trafilatura leaves figcaptions out: a page whose text is its captions was quarantined as empty."""
    figures = "".join(f"<figure><img src='/{i}.jpg'><figcaption>{c}</figcaption></figure>" for i, c in enumerate([
        "Phó Chủ tịch UBND tỉnh Nguyễn Thiên Văn tiếp Đại sứ Nhật Bản Ito Naoki tại trụ sở UBND tỉnh chiều 1/12.",
        "Hai bên trao đổi về hợp tác nông nghiệp công nghệ cao, du lịch và đào tạo nguồn nhân lực.",
        "Các đại biểu chụp ảnh lưu niệm sau buổi tiếp tại trụ sở UBND tỉnh."]))
    page = (f"<!DOCTYPE html><html><head><title>Lãnh đạo tỉnh tiếp Đại sứ Nhật Bản</title></head><body><nav>"
            f"<a href='/'>Trang chủ</a></nav><article><h1>Lãnh đạo tỉnh tiếp Đại sứ Nhật Bản</h1>"
            f"<div class='date'>02/12/2025 09:15</div>{figures}</article><aside class='related'><figure>"
            "<figcaption>Thủ tướng hội đàm với Thủ tướng Hà Lan Mark Rutte tại Hà Nội.</figcaption></figure></aside>"
            "</body></html>")
    [rows] = web_pages.warehouse_rows({"p": page}).values()
    assert rows.rejected is None
    assert [(m[0], m[4], m[9]) for m in rows.meetings] == [(dt.date(2025, 12, 1), "Nguyễn Thiên Văn", "Ito Naoki")]


def test_no_dressed_seed_page_is_quarantined(seeds: dict) -> None:
    """Every furniture of bench/web_pages, lossy ones included, on the five seeds: each page is an article."""
    pool = web_pages.gold_articles(("seeds", "dev"))
    pages = {}
    for key, art in seeds.items():
        stories = web_pages.side_stories([a for a in pool if a.name != art.name], random.Random(key), 6)
        for name, render in web_pages.variants().items():
            pages[f"{key}|{name}"] = render(art, random.Random(f"{key}:{name}"), stories)
    rows = web_pages.warehouse_rows(pages)
    assert {k: r.rejected for k, r in rows.items() if r.rejected} == {}
    assert all(r.meetings for r in rows.values())
