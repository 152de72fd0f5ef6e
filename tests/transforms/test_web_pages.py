"""Real articles dressed as modern news sites print them (bench/web_pages.py) keep their warehouse rows."""
from __future__ import annotations

import datetime as dt
import random

import polars as pl
import pytest

from bench import web_pages
from transforms.staging import stage_articles

# The strict variants: the same article, only furniture around it. (The LOSSY ones, "no_headline" and
# "excerpt_no_headline", lose the headline, which carries information; the REREAD ones read the article as a photo
# report: they are checked apart.)
STRICT = [name for name in web_pages.variants() if name not in web_pages.LOSSY + web_pages.REREAD]


@pytest.fixture(scope="module")
def articles() -> list[web_pages.Article]:
    every = web_pages.gold_articles(("seeds", "dev", "dev2"))
    seeds = [a for a in every if a.name.startswith("seeds/")]
    others = [a for a in every if not a.name.startswith("seeds/")]
    return seeds + random.Random(11).sample(others, 25)


def test_every_dressed_page_gives_the_rows_of_the_clean_article(articles: list[web_pages.Article]) -> None:
    pool = web_pages.gold_articles(("seeds", "dev", "dev2"))
    total, diffs = web_pages.check(articles, seed=7, names=STRICT, pool=pool)
    assert total == len(articles) * len(STRICT)
    shown = "\n".join(f"{d.article} [{d.variant}]\n{d.describe()}" for d in diffs[:10])
    # Meetings must be exactly the clean article's. The figure model reads the layout (a figure in the last
    # sentence, in a short paragraph): photos inserted between paragraphs may tip a minor count, rarely.
    assert not [d for d in diffs if d.meetings_differ()], shown
    assert len(diffs) <= 2, shown


def test_the_references_are_real_meeting_pages(articles: list[web_pages.Article]) -> None:
    """The check is not vacuous: the clean articles load, with meetings and figures, dated by their dateline."""
    rows = web_pages.warehouse_rows({a.name: web_pages.reference(a) for a in articles})
    assert all(r.rejected is None for r in rows.values())
    assert sum(bool(r.meetings) for r in rows.values()) >= len(articles) - 3
    assert sum(bool(r.statistics) for r in rows.values()) >= len(articles) // 2
    assert all(rows[a.name].published == a.day for a in articles)


def test_a_page_without_headline_keeps_its_primary_meeting() -> None:
    seeds = web_pages.gold_articles(("seeds",))
    pages = {a.name: web_pages.variants()["no_headline"](a, random.Random(1), []) for a in seeds}
    clean = web_pages.warehouse_rows({a.name: web_pages.reference(a) for a in seeds})
    dressed = web_pages.warehouse_rows(pages)
    for art in seeds:
        want = {m[6] for m in clean[art.name].meetings if m[-1]}
        got = {m[6] for m in dressed[art.name].meetings if m[-1]}
        assert dressed[art.name].rejected is None and want <= got, art.name


@pytest.mark.parametrize("variant", web_pages.REREAD)
def test_a_photo_report_of_the_article_keeps_its_primary_meetings(variant: str) -> None:
    """The REREAD variants (every paragraph a photo's caption) are read as photo reports: each seed page loads and
    its primary meetings' partners and persons are those of the clean article."""
    seeds = web_pages.gold_articles(("seeds",))
    pages = {a.name: web_pages.variants()[variant](a, random.Random(a.name), []) for a in seeds}
    clean = web_pages.warehouse_rows({a.name: web_pages.reference(a) for a in seeds})
    dressed = web_pages.warehouse_rows(pages)
    for art in seeds:
        want = {(m[4], m[6], m[9]) for m in clean[art.name].meetings if m[-1]}
        got = {(m[4], m[6], m[9]) for m in dressed[art.name].meetings if m[-1]}
        assert dressed[art.name].rejected is None and want and want <= got, art.name


def test_side_stories_with_their_own_years_never_date_the_meeting() -> None:
    """Seed 002 argues no year of its own: related blocks full of 2019-2024 dates must not give it one."""
    [seed] = [a for a in web_pages.gold_articles(("seeds",)) if a.name.startswith("seeds/002")]
    rng = random.Random(3)
    stories = web_pages.side_stories(web_pages.gold_articles(("dev",)), rng, 6)
    block = web_pages._related_block(rng, stories, "Tin liên quan", with_dates=True)
    page = "\n".join([seed.title, *seed.body, *block])
    [rows] = web_pages.warehouse_rows({"p": page}).values()
    primary = [m for m in rows.meetings if m[-1]]
    assert primary and all(m[0] is None for m in primary)
    assert rows.published is None


def _staged(text: str) -> dict[str, object]:
    staged, rejected = stage_articles(pl.DataFrame({"article_id": ["a"], "content_sha256": ["0"], "text": [text],
                                                    "decode_note": [None]}))
    assert rejected.height == 0
    return staged.row(0, named=True)


LEAD = ("Chiều 21/11, Bí thư Thành ủy Cần Thơ Nguyễn Văn Hiếu tiếp Đại sứ Hoa Kỳ Marc Knapper đang thăm và làm "
        "việc tại thành phố.")
MORE = "Hai bên trao đổi về hợp tác giáo dục, y tế và phát triển bền vững của Đồng bằng sông Cửu Long."


def test_a_footer_ends_the_article_and_its_licence_date_is_no_publication_date() -> None:
    row = _staged("\n".join(["Cần Thơ tiếp Đại sứ Hoa Kỳ", LEAD, MORE, "© Bản quyền thuộc về Báo Cần Thơ",
                             "Giấy phép số 123/GP-BTTTT cấp ngày 05/03/2021", "Tổng biên tập: Nguyễn Văn A",
                             "Ghi rõ nguồn khi phát hành lại thông tin từ website này."]))
    assert row["body"] == f"{LEAD}\n{MORE}"
    assert row["published_date"] is None


def test_tag_lists_links_and_author_lines_leave_the_body() -> None:
    row = _staged("\n".join([
        "Cần Thơ tiếp Đại sứ Hoa Kỳ", "Thu Hằng (Báo Cần Thơ)", "Thứ Năm, 21/11/2024 10:30 (GMT+7)",
        "Theo dõi trên Google News", LEAD, ">> Xem thêm: Thủ tướng tiếp Bộ trưởng Tài chính Hoa Kỳ Janet Yellen",
        "#hợp_tác #Hoa_Kỳ", MORE, "Minh Đức", "Tags: Hoa Kỳ, Cần Thơ, hợp tác",
        "Thủ tướng hội đàm với Thủ tướng Nhật Bản",
    ]))
    assert row["title"] == "Cần Thơ tiếp Đại sứ Hoa Kỳ"
    assert row["body"] == f"{LEAD}\n{MORE}"
    assert row["published_date"] == dt.date(2024, 11, 21)


def test_a_short_capitalised_line_inside_the_article_stays() -> None:
    """Only a by-line next to the headline or closing the article goes: a sub-heading in the middle stays."""
    row = _staged("\n".join(["Cần Thơ tiếp Đại sứ Hoa Kỳ", LEAD, MORE, "Hợp Tác Giáo Dục", MORE + " Thêm.", LEAD]))
    assert "Hợp Tác Giáo Dục" in str(row["body"])


@pytest.mark.parametrize("line", [
    "21 tháng 11 năm 2024", "Thứ năm, 21 Tháng 11, 2024", "Thứ năm 21/11/2024 - Lượt xem: 321",
    "21/11/2024 - 10:30 | Lượt xem: 1.234", "Thứ Năm, 21/11/2024 10:30 (GMT+7) 0 bình luận",
    "Thứ Năm, 10:30, 21/11/2024", "21/11/2024 10:30 SA", "Bài & ảnh: Minh Đức | 21/11/2024 10:30",
    # Month names of page templates in Vietnamese, and the short "thg".
    "21 Tháng Mười Một, 2024", "Tháng Mười Một 21, 2024 10:30", "Thứ Năm, 21 thg 11, 2024",
])
def test_datelines_of_modern_outlets(line: str) -> None:
    from transforms.dates import parse_dateline

    assert parse_dateline(line) == dt.date(2024, 11, 21)


@pytest.mark.parametrize("line", [
    "Ngày 21 tháng 11 năm 2024, Thủ tướng tiếp Đại sứ Nhật Bản.", "Lễ ký kết 21 tháng 11 năm 2024 tại Hà Nội",
    "Giấy phép số 123/GP-BTTTT cấp ngày 21/11/2024 của Bộ Thông tin và Truyền thông",
])
def test_a_sentence_with_a_date_is_no_dateline(line: str) -> None:
    from transforms.dates import parse_dateline

    assert parse_dateline(line) is None


def test_characters_a_browser_hides_are_gone_after_decoding() -> None:
    from transforms.decode import decode_article

    raw = "Thủ tướng tiếp&nbsp;Đại sứ &quot;Hoa Kỳ&quot;\u202fở\u00adHà Nội, R&D và AT&T\u200d.".encode()
    assert decode_article(raw).text == 'Thủ tướng tiếp Đại sứ "Hoa Kỳ" ởHà Nội, R&D và AT&T.'


def test_post_merger_special_zones_belong_to_their_province() -> None:
    from transforms.extract import extract_article

    body = ("Sáng 5/8, Chủ tịch UBND đặc khu Phú Quốc Trần Minh Khoa đã tiếp đoàn công tác thành phố Busan (Hàn "
            "Quốc) do ông Park Hyung-joon, Thị trưởng thành phố Busan dẫn đầu.")
    [meeting] = extract_article("Phú Quốc tiếp đoàn Busan", body, published=dt.date(2025, 8, 5)).meetings
    assert (meeting.vn_locality, meeting.vn_person, meeting.meeting_year) == ("An Giang", "Trần Minh Khoa", 2025)


def test_markdown_images_and_links_inside_a_paragraph() -> None:
    row = _staged("\n".join(["Cần Thơ tiếp Đại sứ Hoa Kỳ", LEAD + " ![ảnh](https://a.vn/1.jpg) Hai bên bàn về "
                             "[giáo dục](https://a.vn/gd) và y tế.", MORE]))
    assert row["body"] == f"{LEAD} Hai bên bàn về giáo dục và y tế.\n{MORE}"


def test_a_one_sentence_brief_passes_the_clean_suite() -> None:
    """Staging keeps a brief of one sentence; the clean suite must not quarantine what staging kept."""
    from expectations import runner, suites

    row = _staged("Cần Thơ tiếp Đại sứ Hoa Kỳ\nSáng 5/3, Chủ tịch UBND tỉnh tiếp Đại sứ Nhật Bản.")
    frame = pl.DataFrame([row]).select("article_id", "title", "body")
    report = runner.validate(suites.clean_suite(), {"stg_articles": frame})
    assert report.filter(pl.col("success").not_()).height == 0, report


def test_an_html_page_keeps_its_sapo_and_an_old_table_layout_page_its_paragraphs() -> None:
    from transforms.html import html_to_text

    body = "".join(f"<p>{MORE} {i}</p>" for i in range(2))
    menu = "<nav><ul>" + "".join(f"<li><a href='/{i}'>Mục {i}</a></li>" for i in range(12)) + "</ul></nav>"
    related = ("<aside class='related'><div class='sapo'>Chiều 20/7, Thủ tướng tiếp Bộ trưởng Tài chính Hoa Kỳ Janet "
               "Yellen tại trụ sở Chính phủ.</div></aside>")
    sapo = (f"<html><head><title>T</title></head><body>{menu}{related}<div class='detail'><h1>Cần Thơ tiếp Đại sứ "
            f"Hoa Kỳ</h1><div class='sapo'><strong>{LEAD}</strong></div><div class='detail-content'>{body}</div>"
            "</div></body></html>")
    text = html_to_text(sapo)
    assert text is not None and LEAD in text and "Yellen" not in text
    table = (f"<html><head><title>Cần Thơ tiếp Đại sứ Hoa Kỳ</title></head><body><table><tr><td>{menu}</td></tr>"
             f"<tr><td><h1>Cần Thơ tiếp Đại sứ Hoa Kỳ</h1><p><b>{LEAD}</b></p>{body}</td></tr></table></body></html>")
    text = html_to_text(table)
    assert text is not None and text.split("\n")[:2] == ["Cần Thơ tiếp Đại sứ Hoa Kỳ", LEAD]
    assert html_to_text(f"<html><body>{menu}<p>Trang chủ</p></body></html>") is None
