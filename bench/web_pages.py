"""Real articles dressed as modern news sites print them, and the check that their warehouse rows do not change.

Modern pages (national and provincial outlets, 2019–2026) wrap the article in furniture: a dateline or
metadata line, a breadcrumb, an author or source line, share and follow buttons, photo captions with their
credits, tag lists, "Tin liên quan" / "Xem thêm" blocks of side stories with their own dates, meetings and
figures, comment boxes, copyright footers; saved as HTML with menus; with CRLF, a BOM, decomposed or
old-style tone marks. A clean article (a seed or a gold corpus article) rendered in each of these ways must
give the same meeting rows (every field) and the same figures as the same article with only its dateline.

    python bench/web_pages.py                 # every seed, dev and dev2 gold article, every variant
    python bench/web_pages.py --limit 40 -v   # the first 40 articles, print each difference

Nothing here reads dev2-check.
"""
from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from transforms import extract, staging, tables, triage  # noqa: E402
from transforms.clean import _exact_line  # noqa: E402
from transforms.decode import decode_article  # noqa: E402

_END = _exact_line("end")

SHARED = REPO.parent / "shared"
GOLD_SETS = {"seeds": (REPO / "seeds", SHARED / "gold" / "seeds.jsonl"),
             "dev": (SHARED / "corpus" / "dev", SHARED / "gold" / "dev.jsonl"),
             "dev2": (SHARED / "corpus" / "dev2", SHARED / "gold" / "dev2.jsonl")}


@dataclass(frozen=True)
class Article:
    name: str
    title: str
    body: list[str]  # paragraphs, one a line
    day: dt.date  # the page's publication date (the primary meeting's day when gold dates it)


@dataclass
class Rows:
    """What the warehouse keeps of one page: quarantine reason, or its meeting rows and figures."""

    rejected: str | None = None
    title: str | None = None
    published: dt.date | None = None
    meetings: list[tuple[object, ...]] = field(default_factory=list)
    statistics: list[tuple[object, ...]] = field(default_factory=list)

    def comparable(self) -> tuple[object, ...]:
        return self.rejected, sorted(map(str, self.meetings)), sorted(map(str, self.statistics))


_MEETING_COLUMNS = ("meeting_date", "meeting_month", "meeting_day", "vn_locality", "vn_person", "vn_title",
                    "partner_name", "partner_kind", "country_code", "foreign_person", "foreign_title", "is_primary")


def warehouse_rows(pages: dict[str, str | bytes]) -> dict[str, Rows]:
    """name -> page text or raw bytes, through decode, staging, triage and extraction as the flow does them."""
    raw = [(name, str(i), text if isinstance(text, bytes) else text.encode("utf-8"), None)
           for i, (name, text) in enumerate(pages.items())]
    decoded = staging.decode_files(raw)  # type: ignore[arg-type]
    out: dict[str, Rows] = {}
    for row in decoded.filter(pl.col("error").is_not_null()).iter_rows(named=True):
        out[row["source_path"]] = Rows(rejected=row["error"])
    ok = decoded.filter(pl.col("error").is_null()).with_columns(pl.col("source_path").alias("article_id"))
    staged, rejected = staging.stage_articles(ok.select("article_id", "content_sha256", "text", "decode_note"))
    for row in rejected.iter_rows(named=True):
        out[row["article_id"]] = Rows(rejected=row["reason"])
    staged = triage.mark_candidates(staged.lazy()).collect()
    for row in staged.iter_rows(named=True):
        rows = Rows(title=row["title"], published=row["published_date"])
        out[row["article_id"]] = rows
        if not row["is_candidate"]:
            continue
        result = extract.extract_article(row["title"], row["body"], (row["captions"] or "").split("\n"),
                                         row["published_date"])
        frames = tables.to_frames({row["article_id"]: result})
        rows.meetings = [tuple(m[c] for c in _MEETING_COLUMNS) for m in frames.meetings.iter_rows(named=True)]
        rows.statistics = [(s["value"], s["unit"], s["qualifier"]) for s in frames.statistics.iter_rows(named=True)]
    return out


# ---------------------------------------------------------------------------------------------- the articles


def gold_articles(sets: Iterable[str] = ("seeds", "dev", "dev2"), meeting_only: bool = True) -> list[Article]:
    out = []
    for name in sets:
        folder, gold_path = GOLD_SETS[name]
        for line in gold_path.read_text("utf-8").splitlines():
            if not line.strip():
                continue
            gold = json.loads(line)
            if meeting_only and not gold["meeting_article"]:
                continue
            path = folder / gold["file"]
            if not path.exists():
                continue
            text = decode_article(path.read_bytes()).text
            lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
            # The headline is the first line of a headline's length: a section label above it ("Thời sự", seed 003)
            # is the page's furniture, not the article's title.
            lines = lines[next((i for i, ln in enumerate(lines) if len(ln.split()) >= 4), 0):]
            # A seed page's own related links are not the article: they begin at a related-links heading or at a
            # side story's headline printed twice on one line (its image's alt text and its link).
            end = next((i for i, ln in enumerate(lines) if i and (re.match(_END, ln) or _doubled(ln))), len(lines))
            lines = lines[:end]
            dates = [m["date"] for m in gold.get("meetings", []) if m.get("required") and m.get("date")]
            day = dt.date.fromisoformat(dates[0]) if dates else dt.date(2017 if name != "seeds" else 2024, 6, 15)
            out.append(Article(f"{name}/{gold['file']}", lines[0], lines[1:], day))
    return out


def _doubled(line: str) -> bool:
    half = (len(line) - 1) // 2
    return len(line.split()) >= 8 and line[:half] == line[half + 1:]


def side_stories(articles: list[Article], rng: random.Random, k: int) -> list[tuple[str, str]]:
    """(headline, lead sentence) of other articles, with dates of another year: what related blocks show."""
    picked = rng.sample(articles, min(k, len(articles)))
    out = []
    for art in picked:
        lead = next((p for p in art.body if len(p) > 60), art.title)
        sentence = re.split(r"(?<=[.!?])\s+(?=[A-ZĐÀ-Ỹ])", lead)[0][:400]
        out.append((art.title, sentence))
    return out


# ---------------------------------------------------------------------------------------------- furniture

def datelines(day: dt.date) -> list[str]:
    d, m, y = day.day, day.month, day.year
    wd = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"][day.weekday()]
    short = ["T2", "T3", "T4", "T5", "T6", "T7", "CN"][day.weekday()]
    return [
        f"{wd}, {d:02d}/{m:02d}/{y} 10:30 (GMT+7)",
        f"{d:02d}/{m:02d}/{y} - 10:30",
        f"Cập nhật: 10:30 ngày {d}/{m}/{y}",
        f"10:30 | {d:02d}/{m:02d}/{y}",
        f"{wd.lower().capitalize()}, {d}/{m}/{y}, 10:30 (GMT+7)",
        f"{d:02d}/{m:02d}/{y} 10:30 GMT+7",
        f"{wd}, ngày {d:02d}/{m:02d}/{y} - 10:30",
        f"Thứ {day.weekday() + 2 if day.weekday() < 6 else 'CN'}, {d:02d}-{m:02d}-{y} | 10:30",
        f"{short}, {d:02d}/{m:02d}/{y} | 10:30",
        f"Đăng lúc: 10:30 - {d:02d}/{m:02d}/{y}",
        f"{d:02d}/{m:02d}/{y} 10:30:15",
        f"Ngày đăng: {d:02d}/{m:02d}/{y}",
        f"{y}-{m:02d}-{d:02d} 10:30",
        f"10:30, {d:02d}/{m:02d}/{y}",
        f"{d:02d}.{m:02d}.{y} | 10:30",
        f"{wd} {d:02d}/{m:02d}/{y} 10:30 AM",
        f"Cập nhật lúc 10:30, {wd.lower()}, {d:02d}/{m:02d}/{y}",
        f"{wd}, {d:02d}/{m:02d}/{y}, 10:30 (GMT+07:00)",
    ]


BYLINES = ["Thanh Hà", "Minh Đức - Thu Trang", "PV", "Theo TTXVN", "Nguồn: Báo Chính phủ", "Thu Hằng (Báo Đà Nẵng)",
           "Bài và ảnh: Ngọc Anh", "Tác giả: Hoàng Minh", "Nhóm PV", "Văn Điệp/TTXVN", "Hải Yến | Báo Quảng Ninh"]
BREADCRUMBS = ["Thời sự > Chính trị", "Trang chủ / Tin tức / Đối ngoại", "Chính trị » Đối ngoại",
               "Thời sự | Đối ngoại", "Trang chủ › Thời sự", "Tin tức - Sự kiện > Hoạt động lãnh đạo",
               "Trang chủ > Kinh tế > Đầu tư"]
SHARE_BLOCKS = [["Chia sẻ", "Zalo", "Facebook"], ["Bình luận", "Chia sẻ", "Lưu"],
                ["Tin liên quan (3)", "Bình luận (12)"], ["Theo dõi Báo Đà Nẵng trên"], ["Theo dõi trên Google News"],
                ["Nghe bài viết", "0:00 / 0:00", "Giọng nữ", "Tốc độ đọc", "1x"], ["Copy link", "Lưu", "In bài"],
                ["Cỡ chữ", "A-", "A+"], ["Bình luận (0)", "Chia sẻ"], ["Facebook Zalo Twitter Email"]]
GENERIC_CAPTIONS = ["Quang cảnh buổi tiếp.", "Các đại biểu chụp ảnh lưu niệm.", "Toàn cảnh buổi làm việc.",
                    "Hai bên trao quà lưu niệm.", "Quang cảnh buổi hội đàm"]
CREDITS = ["(Ảnh: Minh Đức)", "Ảnh: TTXVN", "- Ảnh 1.", "(Nguồn: TTXVN)", "Ảnh: Văn Điệp/TTXVN", "(Ảnh: VGP/Nhật Bắc)",
           "Ảnh: Thanh Hà", "| Ảnh: BQN"]
RELATED_HEADINGS = ["Tin liên quan", "Bài liên quan", "Xem thêm", "Đọc thêm", "Tin cùng chuyên mục",
                    "Có thể bạn quan tâm", "Tin bài liên quan", "Tin khác", "TIN LIÊN QUAN", "Tin mới nhất",
                    "Cùng chuyên mục", "Tin đọc nhiều"]
TAGS = ["Tags: hợp tác quốc tế, đối ngoại, đầu tư", "Từ khóa: Hợp tác, Đối ngoại, Địa phương",
        "#hợp tác quốc tế #đối ngoại #đầu tư", "Thẻ: đối ngoại địa phương, hợp tác"]
COMMENTS = ["Bình luận (0)", "Gửi bình luận", "Ý kiến của bạn", "Họ tên", "Email",
            "Bình luận của bạn sẽ được biên tập trước khi đăng."]
FOOTERS = ["© Bản quyền thuộc về Báo Điện tử Đà Nẵng", "Cơ quan chủ quản: UBND tỉnh Quảng Ninh",
           "Giấy phép số 123/GP-BTTTT cấp ngày 05/03/2021", "Tổng Biên tập: Nguyễn Văn Hải",
           "Địa chỉ: 15 Lê Duẩn, Hải Châu, Đà Nẵng. Điện thoại: 0236.3822.000",
           "Ghi rõ nguồn khi phát hành lại thông tin từ website này."]


def _related_block(rng: random.Random, stories: list[tuple[str, str]], heading: str, with_dates: bool) -> list[str]:
    out = [heading]
    for title, lead in stories:
        out.append(title)
        if with_dates:
            side = dt.date(rng.choice([2019, 2021, 2024]), rng.randint(1, 12), rng.randint(1, 28))
            out.append(f"{side:%d/%m/%Y} 08:{rng.randint(10, 59)}")
        if rng.random() < 0.7:
            out.append(lead)
    return out


def _with_captions(body: list[str], rng: random.Random, restate: bool) -> list[str]:
    out = []
    for i, para in enumerate(body):
        out.append(para)
        if i in (0, len(body) // 2) and _between_paragraphs(body, i):
            if restate:
                first = re.split(r"(?<=[.!?])\s+(?=[A-ZĐÀ-Ỹ])", body[0])[0]
                caption = re.sub(r"^(?:(?:Sáng|Chiều|Tối|Trưa|Ngày)\s+(?:nay|qua|\d{1,2}[/-]\d{1,2}(?:[/-]\d{4})?),?\s*"
                                 r"(?:tại [^,]{3,60},\s*)?)", "", first).rstrip(".")
                caption = caption[:1].upper() + caption[1:]
            else:
                caption = rng.choice(GENERIC_CAPTIONS)
            credit = rng.choice(CREDITS)
            if credit.startswith("(") or credit.startswith("- "):
                out.append(f"{caption} {credit}")
            elif credit.startswith("|"):
                out.extend(["![]() |", f"| {caption} {credit} |"])
            else:
                out.extend([caption, credit])
    return out


def _between_paragraphs(body: list[str], i: int) -> bool:
    """A photo goes between two paragraphs of prose, not inside the page's own caption furniture."""
    return i < len(body) - 1 and all(len(p.split()) >= 20 for p in body[i:i + 2])


Variant = Callable[[Article, random.Random, list[tuple[str, str]]], str]


def variants(day_lines: Callable[[dt.date], list[str]] = datelines) -> dict[str, Variant]:
    def dateline(art: Article, rng: random.Random, stories: list[tuple[str, str]]) -> str:
        return "\n".join([rng.choice(day_lines(art.day)), art.title, *art.body])

    def dateline_under_title(art: Article, rng: random.Random, stories: list[tuple[str, str]]) -> str:
        return "\n".join([art.title, rng.choice(day_lines(art.day)), *art.body])

    def meta_block(art: Article, rng: random.Random, stories: list[tuple[str, str]]) -> str:
        head = [rng.choice(BREADCRUMBS), art.title, rng.choice(BYLINES), rng.choice(day_lines(art.day)),
                *rng.choice(SHARE_BLOCKS)]
        return "\n".join([*head, *art.body])

    def byline_and_stamp(art: Article, rng: random.Random, stories: list[tuple[str, str]]) -> str:
        stamp = f"{rng.choice(BYLINES[:3])} | {art.day:%d/%m/%Y} 10:30"
        return "\n".join([art.title, stamp, *art.body])

    def follow_after_lead(art: Article, rng: random.Random, stories: list[tuple[str, str]]) -> str:
        body = [*art.body[:1], *rng.choice([b for b in SHARE_BLOCKS if not any("Bình luận" in w or "liên quan" in w
                                                                             for w in b)]), *art.body[1:]]
        return "\n".join([art.title, f"{art.day:%d/%m/%Y}", *body])

    def generic_captions(art: Article, rng: random.Random, stories: list[tuple[str, str]]) -> str:
        return "\n".join([art.title, f"{art.day:%d/%m/%Y}", *_with_captions(art.body, rng, restate=False)])

    def restating_captions(art: Article, rng: random.Random, stories: list[tuple[str, str]]) -> str:
        return "\n".join([art.title, f"{art.day:%d/%m/%Y}", *_with_captions(art.body, rng, restate=True)])

    def related_after(art: Article, rng: random.Random, stories: list[tuple[str, str]]) -> str:
        block = _related_block(rng, stories, rng.choice(RELATED_HEADINGS), with_dates=True)
        return "\n".join([art.title, f"{art.day:%d/%m/%Y}", *art.body, *block])

    def tags_related_comments_footer(art: Article, rng: random.Random, stories: list[tuple[str, str]]) -> str:
        tail = [rng.choice(TAGS), *_related_block(rng, stories[:3], rng.choice(RELATED_HEADINGS), True),
                *COMMENTS, *_related_block(rng, stories[3:], "Tin mới nhất", False), *FOOTERS]
        return "\n".join([art.title, f"{art.day:%d/%m/%Y}", *art.body, *tail])

    def source_then_footer(art: Article, rng: random.Random, stories: list[tuple[str, str]]) -> str:
        tail = [rng.choice(["Theo TTXVN", "(Theo VOV)", "Nguồn: Báo Chính phủ", "Minh Đức", "PV"]), *FOOTERS]
        return "\n".join([art.title, f"{art.day:%d/%m/%Y}", *art.body, *tail])

    def inline_see_also(art: Article, rng: random.Random, stories: list[tuple[str, str]]) -> str:
        title, _ = stories[0]
        mid = max(1, len(art.body) // 2)
        body = [*art.body[:mid], f"{rng.choice(['>> Xem thêm', 'Xem thêm', 'Đọc thêm', '>>> Đọc thêm'])}: {title}",
                *art.body[mid:]]
        return "\n".join([art.title, f"{art.day:%d/%m/%Y}", *body])

    def no_headline(art: Article, rng: random.Random, stories: list[tuple[str, str]]) -> str:
        return "\n".join([rng.choice(day_lines(art.day)), *art.body])

    def crlf_bom(art: Article, rng: random.Random, stories: list[tuple[str, str]]) -> str:
        return "\ufeff" + "\r\n".join([art.title, f"{art.day:%d/%m/%Y}", *art.body]) + "\r\n"

    def decomposed(art: Article, rng: random.Random, stories: list[tuple[str, str]]) -> str:
        text = "\n".join([art.title, f"{art.day:%d/%m/%Y}", *art.body])
        return unicodedata.normalize("NFD", _old_tones(text))

    def caption_pipes(art: Article, rng: random.Random, stories: list[tuple[str, str]]) -> str:
        """Seed 000's template: an image cell "![]() |", then the caption cell "| … (Ảnh: …) |"."""
        body = []
        for i, para in enumerate(art.body):
            body.append(para + (" |" if i == len(art.body) - 1 else ""))
            if i % 2 == 0 and _between_paragraphs(art.body, i):
                body += ["![]() |", f"{rng.choice(GENERIC_CAPTIONS)} (Ảnh: {rng.choice(BYLINES[:2])}) |"]
        return "\n".join([art.title, f"{art.day:%d/%m/%Y}", *body])

    def photo_tags(art: Article, rng: random.Random, stories: list[tuple[str, str]]) -> str:
        """Seed 003's template: "<headline> - Ảnh N." under each photo, the caption on the next line."""
        body = []
        for i, para in enumerate(art.body):
            body.append(para)
            if _between_paragraphs(art.body, i):
                body += [f"{art.title} - Ảnh {i + 1}.", rng.choice(GENERIC_CAPTIONS).rstrip(".")]
        return "\n".join([art.title, f"{art.day:%d/%m/%Y}", *body])

    def menu_and_ticker_first(art: Article, rng: random.Random, stories: list[tuple[str, str]]) -> str:
        """A scraped page that starts with the site's menu, a "hot news" ticker and the section."""
        menu = ["Trang chủ", "Thời sự", "Chính trị", "Kinh tế", "Xã hội", "Thế giới", "Văn hóa", "Thể thao",
                f"Mới nhất: {stories[0][0]}", "Thời sự"]
        return "\n".join([*menu, art.title, rng.choice(day_lines(art.day)), *art.body])

    def outlet_tag_lead(art: Article, rng: random.Random, stories: list[tuple[str, str]]) -> str:
        tag = rng.choice(["(Dân trí) - ", "TTO - ", "VOV.VN - ", "(Chinhphu.vn) - ", "(PLVN) - ", "ĐNO - ",
                          "(Baoquocte.vn) - ", "HNMO - ", "SGGPO - ", "QNO - ", "(NLĐO) - ", "VTV.vn - "])
        return "\n".join([art.title, f"{art.day:%d/%m/%Y}", tag + art.body[0], *art.body[1:]])

    def title_repeated_with_sapo(art: Article, rng: random.Random, stories: list[tuple[str, str]]) -> str:
        return "\n".join([art.title, f"{art.day:%d/%m/%Y}", art.title, *art.body])

    def web_characters(art: Article, rng: random.Random, stories: list[tuple[str, str]]) -> str:
        """NBSP, zero-width and soft hyphen characters, entities of a page saved as text, counters."""
        def mangle(text: str) -> str:
            return text.replace(" ", "\u00a0", 3).replace(", ", ",\u200b ", 2).replace('"', "&quot;")
        return "\n".join([mangle(art.title), f"{art.day:%d/%m/%Y} 10:30 | Lượt xem: 1.234", "Bình luận (0)",
                          *map(mangle, art.body), "0 bình luận"])

    def html_page(art: Article, rng: random.Random, stories: list[tuple[str, str]]) -> str:
        return render_html(art, rng, stories)

    def html_sapo_outside_content(art: Article, rng: random.Random, stories: list[tuple[str, str]]) -> str:
        """A template whose lead ("sapo") has its own element before the content block; related summaries aside."""
        e = html.escape
        related = "".join(f'<li><a href="/r{i}">{e(t)}</a><div class="sapo">{e(lead)}</div></li>'
                          for i, (t, lead) in enumerate(stories[:3]))
        body = "".join(f"<p>{e(p)}</p>" for p in art.body[1:]) or "<p></p>"
        return (f'<!DOCTYPE html><html><head><title>{e(art.title)}</title>'
                f'<meta property="article:published_time" content="{art.day:%Y-%m-%d}T10:30:00+07:00"></head><body>'
                f'<nav><ul>{"".join(f"<li><a href=/{i}>Mục {i}</a></li>" for i in range(10))}</ul></nav>'
                f'<div class="detail"><h1 class="title">{e(art.title)}</h1><div class="date">{art.day:%d/%m/%Y}</div>'
                f'<div class="sapo"><strong>{e(art.body[0])}</strong></div><div class="detail-content">{body}</div>'
                f'</div><aside class="box-related"><ul>{related}</ul></aside></body></html>')

    def html_table_layout(art: Article, rng: random.Random, stories: list[tuple[str, str]]) -> str:
        """An old provincial site: the page is a table, the article one cell of it."""
        e = html.escape
        menu = "".join(f"<a href=/{i}>Mục {i}</a> | " for i in range(10))
        paras = "".join(f"<p>{e(p)}</p>" for p in art.body)
        return (f"<html><head><title>{e(art.title)}</title></head><body><table><tr><td>{menu}</td></tr><tr><td>"
                f"<h1>{e(art.title)}</h1><p>{art.day:%d/%m/%Y}</p>{paras}</td></tr></table></body></html>")

    found = {name: fn for name, fn in locals().items() if callable(fn) and name != "day_lines"}
    return {**found, **modern_variants(day_lines)}


# ------------------------------------------------------------------ furniture of 2019-2026 outlets and portals
# How national outlets (baochinhphu.vn, nhandan.vn, vietnamplus.vn, qdnd.vn, tuoitre.vn, vnexpress.net, dantri.com.vn)
# provincial newspapers and the provinces' "Cổng thông tin điện tử" portals print an article once it is scraped to
# text: written from their page templates, never from held-out pages.


def modern_datelines(day: dt.date) -> list[str]:
    d, m, y = day.day, day.month, day.year
    wd = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"][day.weekday()]
    return [
        f"{wd}, {d:02d}/{m:02d}/{y} - 09:15", f"{d:02d}/{m:02d}/{y} 09:15 GMT+7", f"09:15 - {d:02d}/{m:02d}/{y}",
        f"{wd.lower().capitalize()}, {d}/{m}/{y} | 09:15", f"Ngày đăng: {d:02d}/{m:02d}/{y} | Lượt xem: 321",
        f"{d:02d}/{m:02d}/{y} | 09:15 GMT+7", f"Cập nhật 09:15 {d:02d}/{m:02d}/{y}",
        f"Hà Nội, {d:02d}/{m:02d}/{y} 09:15",
        f"{wd}, ngày {d:02d}/{m:02d}/{y}", f"09:15 {wd} {d:02d}/{m:02d}/{y}", f"Đăng ngày {d:02d}-{m:02d}-{y} 09:15",
        f"Ngày {d:02d}/{m:02d}/{y} lúc 09:15", f"{wd}, {d:02d}/{m:02d}/{y} 09:15 (GMT+7) | Chính trị",
        f"Thời sự - {wd}, {d:02d}/{m:02d}/{y} - 09:15", f"{d:02d}/{m:02d}/{y} 09:15 | Đối ngoại",
    ]


PORTAL_CRUMBS = ["Trang chủ » Tin tức - Sự kiện » Hoạt động đối ngoại", "Trang chủ / Thời sự / Đối ngoại",
                 "Tin tức - Sự kiện > Tin hoạt động", "Trang chủ > Chính trị > Đối ngoại", "Thời sự › Chính trị",
                 "Chính trị - Xã hội / Đối ngoại"]
CATEGORY_LINES = [["Thời sự"], ["Chính trị"], ["Đối ngoại"], ["Thời sự", "Chính trị"], ["Địa phương"],
                  ["Tin hoạt động"], ["Kinh tế", "Đầu tư"], ["Chính trị", "Đối ngoại"]]
TOP_BYLINES = ["Nguyễn Văn An - Báo Đắk Lắk", "PV", "Theo TTXVN", "Minh Anh (TTXVN)", "Thu Hà - Đức Anh/VOV.VN",
               "Nguồn: baodaklak.vn", "Bài, ảnh: Hoàng Gia", "Lê Minh | Báo Hải Dương", "Hồng Nhung - Quốc Tuấn",
               "Ngọc Hà/Báo Tin tức", "Nhóm PV", "Thanh Tùng (Báo Quảng Ngãi)"]
END_BYLINES = ["PV", "Theo TTXVN", "Nguyễn Văn An - Báo Đắk Lắk", "Tin, ảnh: Minh Anh", "(Theo Báo Đắk Lắk)",
               "Nguồn: Sở Ngoại vụ tỉnh Đắk Lắk", "Hải Yến/VOV.VN", "Thu Hằng", "BTV", "Theo Báo Chính phủ"]
SAPO_TAGS = ["(Chinhphu.vn) - ", "(Baohaiduong.vn)-", "(ĐCSVN) – ", "(BĐT) - ", "Baotintuc.vn - ", "(Baodaknong.vn) - ",
             "(VTC News) - ", "(HNM) – ", "(NDO) - ", "(QĐND) - ", "(Baoquangninh.vn) - ", "VietnamPlus - "]
COUNTERS = [["Lượt xem: 1.234 | Bình luận: 0"], ["Thích 12 | Chia sẻ 5"], ["12 lượt thích", "0 bình luận"],
            ["Like", "Share", "0"], ["0 Bình luận | 1.245 Lượt xem"], ["Chia sẻ 0", "Thích 0", "Bình luận 0"],
            ["Lượt xem: 345"], ["(0) Bình luận"]]
TAG_BLOCKS = [["Tags", "hợp tác quốc tế", "đối ngoại", "đầu tư"], ["Từ khóa:", "Hợp tác", "Đối ngoại địa phương"],
              ["Chủ đề: Đối ngoại địa phương"], ["Tag: đối ngoại, hợp tác, địa phương"],
              ["TAGS", "#doingoai", "#hoptac"],
              ["Từ khóa", "đối ngoại | hợp tác | đầu tư"]]
LANGUAGE_TOGGLES = [["Tiếng Việt | English"], ["VN | EN"], ["English"], ["Tiếng Việt", "English", "中文", "Français"],
                    ["EN"], ["Phiên bản tiếng Anh"], ["Vietnamese - English"], ["VIE | ENG"]]
PRINT_LINES = [["In bài | Gửi email | Về đầu trang"], ["Bản in", "Gửi cho bạn bè"], ["Lên đầu trang"],
               ["Quay lại | In trang"], ["In bài viết", "Đầu trang"], ["Gửi email", "In"]]
PORTAL_FOOTER = ["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐẮK LẮK", "Cơ quan chủ quản: Ủy ban nhân dân tỉnh Đắk Lắk",
                 "Trưởng Ban biên tập: Nguyễn Văn Bình", "Địa chỉ: 9 Lê Duẩn, phường Buôn Ma Thuột, tỉnh Đắk Lắk",
                 "Điện thoại: 0262.3852.125 - Email: banbientap@daklak.gov.vn", "Thống kê truy cập",
                 "Đang truy cập: 125", "Tổng lượt truy cập: 12.345.678"]
PORTAL_MENU = ["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐẮK LẮK", "Giới thiệu", "Tin tức - Sự kiện", "Chính quyền", "Công dân",
               "Doanh nghiệp", "Du khách", "Văn bản", "Dịch vụ công"]


def _photo_gallery(body: list[str], rng: random.Random, numbered: bool) -> list[str]:
    """A photo report: the lead, then every paragraph as the caption of its photo."""
    out = body[:1]
    for i, para in enumerate(body[1:], start=1):
        if numbered:
            out.append(f"Ảnh {i}: {para}")
        else:
            credit = rng.choice(["Ảnh: TTXVN", "Ảnh: Thanh Hà", "Ảnh: Văn Điệp/TTXVN"])
            out += [f"![](https://baodiaphuong.vn/uploads/2025/anh-{i}.jpg)", para, credit]
    return out


_DATED_MENTION = re.compile(r"(?<![\w/])(sáng|chiều|tối|trưa|ngày|hôm)\s+(\d{1,2})\s*[/-]\s*(\d{1,2})(?![/.\-]?\d)",
                            re.IGNORECASE)


def _relative_lead(art: Article, rng: random.Random) -> tuple[list[str], dt.date] | None:
    """The body with its first mention of the meeting's day ("Chiều 21/11") written as a page writes it on the day
    or the days after: "Chiều nay", "chiều qua (21/11)", "chiều thứ Năm (21/11)", "chiều thứ Năm" or "hôm qua",
    with the page's date those words need."""
    found = next(((i, m) for i, para in enumerate(art.body) for m in _DATED_MENTION.finditer(para)
                  if (int(m.group(2)), int(m.group(3))) == (art.day.day, art.day.month)), None)
    if found is None:
        return None
    i, m = found
    para = art.body[i]
    word = m.group(1)
    tod = {"ngày": "hôm", "Ngày": "Hôm"}.get(word, word)
    wd = ["Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Chủ nhật"][art.day.weekday()]
    weekday = ("chủ nhật" if wd == "Chủ nhật" else f"thứ {wd}")
    dm = f"{art.day.day}/{art.day.month}"
    day_after = art.day + dt.timedelta(days=1)
    choices = [
        (f"{tod} nay", art.day), (f"{tod} nay ({dm})", art.day), (f"{tod} qua", day_after),
        (f"{tod} qua ({dm})", day_after),
        (f"{word} {weekday} ({dm})", art.day + dt.timedelta(days=rng.randint(0, 2))),
        (f"{word if tod.lower() != 'hôm' else ('Vào' if word[0].isupper() else 'vào')} {weekday}",
         art.day + dt.timedelta(days=rng.randint(1, 3))),
    ]
    written, page_day = rng.choice(choices)
    body = list(art.body)
    body[i] = para[:m.start()] + written + para[m.end():]
    return body, page_day


def box_position(body: list[str]) -> int:
    """Where a related box goes inside the body: between two paragraphs of prose near the middle (never between a
    caption and its credit)."""
    mid = max(1, len(body) // 2)
    order = sorted(range(1, len(body)), key=lambda i: (abs(i - mid), i))
    return next((i for i in order if _between_paragraphs(body, i - 1)), mid)


def modern_variants(day_lines: Callable[[dt.date], list[str]] = datelines) -> dict[str, Variant]:
    def pick(rng: random.Random, day: dt.date) -> str:
        return rng.choice(modern_datelines(day) + day_lines(day)[:4])

    def portal_breadcrumb_category(art: Article, rng: random.Random, stories: list[tuple[str, str]]) -> str:
        head = [rng.choice(PORTAL_CRUMBS), *rng.choice(CATEGORY_LINES), art.title, pick(rng, art.day)]
        return "\n".join([*head, *art.body])

    def dateline_after_sapo(art: Article, rng: random.Random, stories: list[tuple[str, str]]) -> str:
        return "\n".join([art.title, *art.body[:1], pick(rng, art.day), *art.body[1:]])

    def dateline_at_end(art: Article, rng: random.Random, stories: list[tuple[str, str]]) -> str:
        tail = [pick(rng, art.day)] + ([rng.choice(END_BYLINES)] if rng.random() < 0.5 else [])
        return "\n".join([art.title, *art.body, *tail])

    def author_source_top(art: Article, rng: random.Random, stories: list[tuple[str, str]]) -> str:
        head = [art.title, rng.choice(TOP_BYLINES), pick(rng, art.day)]
        if rng.random() < 0.5:
            head[1], head[2] = head[2], head[1]
        return "\n".join([*head, *art.body])

    def author_source_bottom(art: Article, rng: random.Random, stories: list[tuple[str, str]]) -> str:
        return "\n".join([art.title, pick(rng, art.day), *art.body, rng.choice(END_BYLINES)])

    def bold_sapo_tag(art: Article, rng: random.Random, stories: list[tuple[str, str]]) -> str:
        tag = rng.choice(SAPO_TAGS)
        lead = tag + art.body[0]
        lead = rng.choice([f"**{lead}**", f"__{lead}__", f"**{tag.strip()}** {art.body[0]}", lead])
        return "\n".join([art.title, pick(rng, art.day), lead, *art.body[1:]])

    def gallery_numbered(art: Article, rng: random.Random, stories: list[tuple[str, str]]) -> str:
        return "\n".join([art.title, pick(rng, art.day), *_photo_gallery(art.body, rng, numbered=True)])

    def gallery_images_credits(art: Article, rng: random.Random, stories: list[tuple[str, str]]) -> str:
        return "\n".join([art.title, pick(rng, art.day), *_photo_gallery(art.body, rng, numbered=False)])

    def related_inside_body(art: Article, rng: random.Random, stories: list[tuple[str, str]]) -> str:
        mid = box_position(art.body)
        heading = rng.choice(["Tin liên quan", "TIN LIÊN QUAN", "Xem thêm", "Đọc thêm", "Tin liên quan:",
                              "Bài liên quan"])
        box = [heading, *(t for t, _ in stories[:rng.randint(1, 3)])]
        return "\n".join([art.title, pick(rng, art.day), *art.body[:mid], *box, *art.body[mid:]])

    def counters_and_likes(art: Article, rng: random.Random, stories: list[tuple[str, str]]) -> str:
        return "\n".join([art.title, pick(rng, art.day), *rng.choice(COUNTERS), *art.body, *rng.choice(COUNTERS)])

    def tag_lines_block(art: Article, rng: random.Random, stories: list[tuple[str, str]]) -> str:
        return "\n".join([art.title, pick(rng, art.day), *art.body, *rng.choice(TAG_BLOCKS),
                          *_related_block(rng, stories[:2], rng.choice(RELATED_HEADINGS), True)])

    def language_toggle(art: Article, rng: random.Random, stories: list[tuple[str, str]]) -> str:
        return "\n".join([*rng.choice(LANGUAGE_TOGGLES), art.title, pick(rng, art.day), *art.body])

    def print_and_portal_footer(art: Article, rng: random.Random, stories: list[tuple[str, str]]) -> str:
        return "\n".join([art.title, pick(rng, art.day), *art.body, *rng.choice(PRINT_LINES), *PORTAL_FOOTER])

    def portal_page(art: Article, rng: random.Random, stories: list[tuple[str, str]]) -> str:
        """A province's "Cổng thông tin điện tử": its menu, breadcrumb, "Ngày đăng", the source, "Các tin khác"."""
        d = art.day
        others = ["Các tin khác",
                  *(f"{t} ({rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2024)" for t, _ in stories[:4])]
        return "\n".join([*PORTAL_MENU, rng.choice(PORTAL_CRUMBS), art.title,
                          f"Ngày đăng: {d:%d/%m/%Y} | Lượt xem: {rng.randint(10, 999)}", "Chia sẻ:", *art.body,
                          rng.choice(["Người viết: Thu Hà", "Tác giả: Minh Đức", "Nguồn tin: Sở Ngoại vụ"]),
                          *others, *PORTAL_FOOTER])

    def excerpt_no_headline(art: Article, rng: random.Random, stories: list[tuple[str, str]]) -> str:
        """An excerpt: no headline, no dateline line; the lead (often with an outlet's tag) comes first."""
        tag = rng.choice(["", "", *SAPO_TAGS[:4]])
        return "\n".join([tag + art.body[0], *art.body[1:], pick(rng, art.day)])

    def headline_repeated_top(art: Article, rng: random.Random, stories: list[tuple[str, str]]) -> str:
        outlet = rng.choice([" - Báo Đắk Lắk điện tử", " | Báo Chính phủ", " - Nhân Dân", " - VnExpress",
                             " | Cổng thông tin điện tử tỉnh Quảng Ninh", ""])
        return "\n".join([art.title + outlet, rng.choice(PORTAL_CRUMBS), art.title, pick(rng, art.day), *art.body])

    def headline_in_capitals(art: Article, rng: random.Random, stories: list[tuple[str, str]]) -> str:
        """The headline in capitals, as some templates and provincial portals print it: names and titles must be
        read as the article's text writes them, not every word as a name."""
        return "\n".join([rng.choice(["", *PORTAL_CRUMBS]), art.title.upper(), pick(rng, art.day), *art.body]).lstrip()

    def agency_dateline_lead(art: Article, rng: random.Random, stories: list[tuple[str, str]]) -> str:
        """The lead opened by a news agency's dateline: "HÀ NỘI (TTXVN) - ", "Washington, 12/3 (TTXVN) – "."""
        place = rng.choice(["HÀ NỘI", "Hà Nội", "TP.HCM", "Washington", "Viêng Chăn", "ĐÀ NẴNG", "Bắc Kinh"])
        day = rng.choice(["", f", {art.day.day}/{art.day.month}"])
        agency = rng.choice(["TTXVN", "VNA", "Chinhphu.vn", "TG&VN", "QĐND"])
        lead = f"{place}{day} ({agency}) {rng.choice(['-', '–'])} {art.body[0]}"
        return "\n".join([art.title, pick(rng, art.day), lead, *art.body[1:]])

    def markdown_page(art: Article, rng: random.Random, stories: list[tuple[str, str]]) -> str:
        """A page saved as Markdown: "# <headline>", an italic dateline, a bold sapo, an image with an italic
        caption, a "## Tin liên quan" list of links."""
        body = [f"**{art.body[0]}**", *art.body[1:]]
        if len(body) > 2:
            body[2:2] = ["![Ảnh minh họa](https://baodiaphuong.vn/a.jpg)", "*Quang cảnh buổi làm việc. Ảnh: Minh Anh*"]
        related = [f"- [{title}](https://baodiaphuong.vn/{i})" for i, (title, _) in enumerate(stories[:3])]
        return "\n\n".join(["# " + art.title, f"*{pick(rng, art.day)}*", *body, "## Tin liên quan", "\n".join(related)])

    def relative_day_lead(art: Article, rng: random.Random, stories: list[tuple[str, str]]) -> str:
        """The lead dated as the page writes it ("Sáng nay", "Chiều qua (20/11)", "sáng thứ Hai"): the page's
        own dateline anchors it."""
        rewritten = _relative_lead(art, rng)
        if rewritten is None:
            return "\n".join([art.title, pick(rng, art.day), *art.body])
        body, page_day = rewritten
        return "\n".join([art.title, pick(rng, page_day), *body])

    return {name: fn for name, fn in locals().items() if callable(fn) and name not in ("day_lines", "pick")}


# Variants that take something from the article (its headline): checked apart from the strict ones.
LOSSY = ("no_headline", "excerpt_no_headline")
# Variants that turn the article's own paragraphs into photo captions: the page is read as a photo report (its
# captions are its body, in page order), so the meeting stage reads the same words in another layout and may date a
# caption's meeting from the paragraph beside it. Checked apart: the page loads, its primary meetings' partners stay.
REREAD = ("gallery_numbered", "gallery_images_credits")


def reference(art: Article) -> str:
    """The clean article with its publication date: what every variant must read as."""
    return "\n".join([art.title, f"{art.day:%d/%m/%Y}", *art.body])


# Old-style tone placement ("hoà", "thuý") that older sites and editors still write.
_OLD_TONES = {"òa": "oà", "óa": "oá", "ỏa": "oả", "õa": "oã", "ọa": "oạ", "òe": "oè", "óe": "oé", "ỏe": "oẻ",
              "õe": "oẽ", "ọe": "oẹ", "ùy": "uỳ", "úy": "uý", "ủy": "uỷ", "ũy": "uỹ", "ụy": "uỵ"}


def _old_tones(text: str) -> str:
    return re.sub("|".join(_OLD_TONES), lambda m: _OLD_TONES[m.group()], text)


def render_html(art: Article, rng: random.Random, stories: list[tuple[str, str]]) -> str:
    e = html.escape
    menu = "".join(f'<li><a href="/{i}">{e(s)}</a></li>' for i, s in enumerate(
        ["Thời sự", "Chính trị", "Kinh tế", "Xã hội", "Thế giới", "Văn hóa", "Thể thao"]))
    paras = []
    for i, p in enumerate(art.body):
        paras.append(f"<p>{e(p)}</p>")
        if i == 0:
            paras.append('<figure><img src="/a.jpg" alt="anh"><figcaption>Quang cảnh buổi tiếp. (Ảnh: Minh Đức)'
                         '</figcaption></figure>')
    related = "".join(f'<li><a href="/r{i}"><h3>{e(t)}</h3></a><p>{e(lead)}</p></li>'
                      for i, (t, lead) in enumerate(stories[:4]))
    iso = f"{art.day:%Y-%m-%d}T10:30:00+07:00"
    return (
        f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{e(art.title)} | Báo Địa Phương</title>'
        f'<meta property="og:title" content="{e(art.title)}">'
        f'<meta property="article:published_time" content="{iso}"></head><body>'
        f'<header><nav><ul class="menu">{menu}</ul></nav><div class="breadcrumb"><a href="/">Trang chủ</a> &gt; '
        f'<a href="/ts">Thời sự</a></div></header>'
        f'<main><article><h1>{e(art.title)}</h1><div class="meta"><span class="author">Thanh Hà</span> '
        f'<time datetime="{iso}">{art.day:%d/%m/%Y} 10:30</time></div>'
        f'<div class="share"><a href="#">Chia sẻ</a><a href="#">Zalo</a><a href="#">Facebook</a></div>'
        f'<div class="content">{"".join(paras)}</div>'
        f'<div class="tags">Tags: <a href="/t1">hợp tác</a>, <a href="/t2">đối ngoại</a></div></article>'
        f'<aside class="related"><h2>Tin liên quan</h2><ul>{related}</ul></aside></main>'
        f'<section class="comments"><h2>Bình luận</h2><form><textarea></textarea><button>Gửi</button></form></section>'
        f'<footer><p>© Bản quyền thuộc về Báo Địa Phương. Giấy phép số 123/GP-BTTTT.</p></footer></body></html>'
    )


# ---------------------------------------------------------------------------------------------- the check


@dataclass
class Difference:
    article: str
    variant: str
    want: Rows
    got: Rows

    def meetings_differ(self) -> bool:
        return self.got.rejected != self.want.rejected or sorted(map(str, self.got.meetings)) != sorted(
            map(str, self.want.meetings))

    def describe(self) -> str:
        if self.got.rejected != self.want.rejected:
            return f"rejected: {self.got.rejected!r} (reference: {self.want.rejected!r})"
        parts = []
        want_m, got_m = set(map(str, self.want.meetings)), set(map(str, self.got.meetings))
        parts += [f"  - meeting {m}" for m in sorted(want_m - got_m)]
        parts += [f"  + meeting {m}" for m in sorted(got_m - want_m)]
        want_s, got_s = Counter(map(str, self.want.statistics)), Counter(map(str, self.got.statistics))
        parts += [f"  - figure {s}" for s in sorted((want_s - got_s).elements())]
        parts += [f"  + figure {s}" for s in sorted((got_s - want_s).elements())]
        return "\n".join(parts)


def check(articles: list[Article], seed: int = 7, names: Iterable[str] | None = None,
          pool: list[Article] | None = None) -> tuple[int, list[Difference]]:
    """Every variant of every article against its reference; returns (pages compared, differences)."""
    chosen = {k: v for k, v in variants().items() if names is None or k in set(names)}
    pool = pool or articles
    pages: dict[str, str | bytes] = {}
    keys: list[tuple[Article, str]] = []
    for i, art in enumerate(articles):
        rng = random.Random(f"{seed}:{art.name}")
        others = [a for a in pool if a.name != art.name]
        stories = side_stories(others, rng, 6)
        pages[f"{i}|reference"] = reference(art)
        for name, render in chosen.items():  # each variant draws its own furniture: reproducible one by one
            pages[f"{i}|{name}"] = render(art, random.Random(f"{seed}:{art.name}:{name}"), stories)
            keys.append((art, name))
    rows = warehouse_rows(pages)
    index = {art.name: i for i, art in enumerate(articles)}
    diffs = []
    for art, name in keys:
        want, got = rows[f"{index[art.name]}|reference"], rows[f"{index[art.name]}|{name}"]
        if want.comparable() != got.comparable():
            diffs.append(Difference(art.name, name, want, got))
    return len(keys), diffs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sets", default="seeds,dev,dev2")
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--variant", action="append")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    articles = gold_articles(args.sets.split(","))
    if args.limit:
        articles = articles[: args.limit]
    total, diffs = check(articles, args.seed, args.variant)
    per_variant = Counter(d.variant for d in diffs)
    print(f"{len(articles)} articles, {total} pages, {len(diffs)} differ from their reference")
    for name in variants():
        if args.variant and name not in args.variant:
            continue
        print(f"  {name:32s} {per_variant.get(name, 0):4d} of {len(articles)} differ")
    if args.verbose:
        for d in diffs:
            print(f"\n{d.article} [{d.variant}]\n{d.describe()}")
    return 0 if not diffs else 1


if __name__ == "__main__":
    sys.exit(main())
