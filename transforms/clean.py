"""Strip page furniture from decoded article text: navigation, related links, captions, side stories."""
from __future__ import annotations

import re
import unicodedata
from functools import cache

import polars as pl

from transforms.dates import parse_dateline
from transforms.lexicon import load_tsv

# A credit inside a paragraph ("... Tập Cận Bình. Ảnh: Kyodo/TTXVN Tổng Bí thư ...") goes, whole (see
# _credit_length); the caption sentence before it moves to the captions column, since wire copy often says
# who met whom only there.
_PAREN_CREDIT = r"\s*\((?:[Nn]guồn\s+)?(?:[Ảả]nh|Nguồn|Video|Clip)(?:\s+minh\s+họa|\s+minh\s+hoạ)?\s*:[^)]*\)"
# The end of a flattened page: a sentence or the by-line's time stamp, then a related-links heading
# followed by a capitalised headline. Group 1 keeps the sentence's closing mark.
_SENTENCE_OR_STAMP = r"([.!?…\"”»)]|\d{1,2}/\d{1,2}/\d{4})"
_BYLINE_STAMP = r"([.!?…\"”»)])\s*[^.!?|\n\"”»]{2,80}\s\|\s*\d{1,2}:\d{2}\s+\d{1,2}/\d{1,2}/\d{4}\s*$"
_INLINE_CREDIT = (
    r"[ \t]?(?:Ảnh|Nguồn)\s*:\s*(?:[\p{L}\d.\-]+/(?:\p{Lu}{2,}\b|\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)"
    r"|\p{Lu}[\p{L}\d.\-]*)"
    r"(?:\s+(?:phát|chụp|minh họa|tư liệu|Internet))?\.?"
)


def _markers(kind: str) -> list[str]:
    return [row["text"] for row in load_tsv("boilerplate.tsv") if row["kind"] == kind]


def _exact_line(kind: str) -> str:
    """Regex for a whole line equal (case-insensitively) to one of the markers of this kind."""
    words = "|".join(re.escape(m) for m in sorted(_markers(kind), key=len, reverse=True))
    return rf"(?i)^\s*(?:{words})\s*(?:\(\d+\))?\s*:?\s*$"  # "Tin liên quan (5)", "Bình luận (0)"


def _inline_end() -> str:
    words = "|".join(re.escape(m) for m in sorted(_markers("inline_end"), key=len, reverse=True))
    # ">>> Đọc thêm: ..." arrows may stand in for the sentence end.
    before = rf"(?:{_SENTENCE_OR_STAMP}\s*(?:>+\s*)?|\s+>+\s*)"
    return rf"(?s){before}(?:{words})\s*:?\s+[\"“'‘]?[\p{{Lu}}\d].*$"


_INLINE_LINK = r"\s*(?:>+\s*)?(?:Xem thêm|Đọc thêm)\s*:\s*(?:>+\s*)?\S+(?: \S+){1,40}\s{2,}((?:[^\s>]+\s+){20})"


def _starts(kind: str) -> str:
    """Regex for a line that starts (case-insensitively) with one of the markers of this kind."""
    words = "|".join(re.escape(m) for m in sorted(_markers(kind), key=len, reverse=True))
    return rf"(?i)^(?:{words})"


def _link_line() -> str:
    """A whole line that is one link to another article: "Xem thêm: <headline>", ">> Đọc thêm: …"."""
    words = "|".join(re.escape(m) for m in sorted(_markers("link"), key=len, reverse=True))
    return rf"(?i)^(?:[>»›►▶•*+-]+\s*)?(?:{words})\s*(?::|>+|»)\s*\S"


def _contains(kind: str) -> str:
    words = "|".join(re.escape(m) for m in sorted(_markers(kind), key=len, reverse=True))
    return rf"(?i)(?:{words})"


_CREDIT_LINE_WORDS = 20  # a line that starts with a photo credit and runs longer is a paragraph after the credit
_DOUBLED_HEADLINE_WORDS = 60  # a line printed twice that is longer than two headlines is a paragraph printed twice
MAX_TITLE_CHARS = 200  # a longer first line is a paragraph: the page has no separate headline
_LEAD_TITLE_CHARS = 120  # a first line this long that ends a sentence (".") is a lead, not a headline
_CAPTION_MAX_WORDS = 50  # a longer "sentence" before a credit is a paragraph: only the credit goes
# Page furniture that is never a headline: outlet tags ("(NLĐO) -", "TTO -"), breadcrumbs ("Trang chủ > Thời sự").
_OUTLET_TAG = (
    r"^(?:\((?:[^()\n]{2,30})\)\s*[-–—]+\s*"
    # A news agency's dateline: "HÀ NỘI (TTXVN) - ", "Hà Nội, 12/3 (TTXVN) – ", "Washington (VNA) - ".
    r"|\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,3}(?:,\s*(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}(?:[/.-]\d{4})?)?\s*"
    r"\((?:\p{Lu}[\p{Lu}\d&]{1,11}|[\p{L}\d.]{2,25}\.(?:vn|com|net))\)\s*[-–—]+\s*"
    r"|(?:[\p{Lu}\d]{2,10}\.[Vv][Nn]|\p{Lu}[\p{L}\d-]{2,25}\.(?:vn|com\.vn|net|org\.vn)|TTO|PLO|VOV|VTV|TTXVN|NLĐO|HNM"
    r"|SGGP|CAND|QĐND|VNA|GDVN|ANTĐ|TBTCO|NDĐT|KTĐT|ĐBND|VTC|ICTnews|VietNamNet|Dân trí|Zing|VietnamPlus|Vietnam\+"
    r"|VnExpress|VnEconomy)\s*[-–—]+\s*)"
)
_SEPARATORS = r"[\s|/>»›•·,:\-–—]"
# A page's counters: "Lượt xem: 1.234", "0 bình luận", "Bình luận (3)".
# Several on one line ("Thích 12 | Chia sẻ 5", "0 Bình luận | 1.245 Lượt xem", "(0) Bình luận"), a portal's visitor
# counters ("Đang truy cập: 125", "Tổng lượt truy cập: 12.345.678"), a counter's number alone on its line ("0").
_COUNTER_WORDS = (r"(?:số |tổng )?(?:lượt xem|lượt đọc|lượt thích|lượt chia sẻ|lượt truy cập|lượt bình luận"
                  r"|bình luận|thích|chia sẻ|views?|likes?|shares?|comments?|đang truy cập|đang online|truy cập"
                  r"|hôm nay|hôm qua|tuần này|tháng này|tất cả)")
_COUNTER_ITEM = rf"(?:{_COUNTER_WORDS}\s*:?\s*\(?[\d.,]+\)?|\(?[\d.,]+\)?\s*{_COUNTER_WORDS})"
_COUNTER_LINE = rf"(?i)^(?:{_COUNTER_ITEM}(?:\s*[|•·,/-]?\s*{_COUNTER_ITEM})*|\d{{1,6}})$"
_PHOTO_LABEL = r"^(?:Ảnh|Hình|Photo)\s*\d{1,2}\s*[:.\-–]\s*\S|\s\((?:Ảnh|Hình)\s*\d{1,2}\)\.?$"
# The site's own name on its own line (header or footer): "CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐẮK LẮK", "Báo Đắk Lắk điện
# tử", "Cổng Thông tin điện tử Chính phủ". Never the headline.
_SITE_NAME = (
    r"^(?i:cổng thông tin điện tử|cổng thông tin|trang thông tin điện tử|trang tin điện tử|báo điện tử|tạp chí điện tử)"
    r"(?:\s+(?i:của\s+)?(?i:tỉnh|thành phố|tp\.?|huyện|thị xã|quận|xã|phường|bộ|sở|ubnd|ủy ban nhân dân|đảng bộ))?"
    r"(?:\s+(?:[\p{Lu}\d][\p{L}\d.-]*|phủ|và|của)){0,8}$"
    r"|^(?i:báo)\s+(?:\p{Lu}[\p{L}.-]*\s+){1,4}(?i:điện tử|online)$"
)
_DATED_LEAD = (
    r"(?i)^(?:(?:rạng |sáng |chiều |tối |trưa |đêm )?(?:hôm )?nay|(?:sáng|chiều|tối|trưa|đêm) qua|hôm qua"
    r"|(?:sáng|chiều|tối|trưa|đêm|ngày|hôm)\s+\d{1,2}\s*[/.-]\s*\d{1,2}(?:[/.-]\d{4})?)\s*(?:\([^)]{1,20}\))?\s*,.{30,}[^.]\.[\"”]?$"
)
# An author or source line under the headline: "Thu Hằng (Báo Đà Nẵng)", "Minh Đức - Thu Trang", "Theo TTXVN",
# "Bài và ảnh: Ngọc Anh", "Văn Điệp/TTXVN", "Hải Yến | Báo Quảng Ninh": capitalised names, a source in brackets,
# after a bar or a slash; no sentence.
_NAME_WORDS = r"(?:\p{Lu}[\p{L}.]*(?:\s+|$)){1,4}"
_BYLINE = (
    r"^(?:(?:Bài|Ảnh|Tin|Bài và ảnh|Bài, ảnh|Bài & ảnh|Bài - ảnh|Tin và ảnh|Tin, ảnh|Tin & ảnh|Tác giả|Theo|Nguồn"
    r"|Phóng viên|Nhóm phóng viên|Nhóm PV|Thực hiện|Người viết)\s*:?\s*)?"
    + _NAME_WORDS + r"(?:[-–,&]\s*" + _NAME_WORDS + r"){0,3}"
    r"(?:/\s*[\p{Lu}\d][\w.+]*\s*)?(?:\((?:[^()\n]{2,40})\)\s*)?(?:[|•·]\s*[^|•·\n]{2,40})?$"
)
# A by-line with its agency closing the report: "... toàn diện./. Vũ Dũng/VOV", "Hà Thắng-Việt Cường/VOV.VN",
# "Nguyễn Hồng Điệp (TTXVN)".
_NAMES = r"(?:\p{Lu}\p{Ll}*\s*){1,4}(?:[-–]\s*(?:\p{Lu}\p{Ll}*\s*){1,4})?"
_AGENCY_BYLINE = (
    r"(?:" + _NAMES + r"(?:/\s*(?:TTXVN|VNA|VOV|VGP|Vietnam\+|PV|BNEWS)[\w.+]*(?:\s*[-–]\s*\p{Lu}[\p{L} ]{0,30})?"
    r"|\((?:TTXVN|VNA|VOV|PV|Vietnam\+)\))\s*){1,3}$"
)


@cache
def _dateline_words(kind: str) -> str:
    words = [row["text"] for row in load_tsv("datelines.tsv") if row["kind"] == kind]
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _only(kind: str) -> str:
    """Regex for a line made only of dateline-lexicon words of this kind and separators."""
    return rf"(?i)^{_SEPARATORS}*(?:(?:{_dateline_words(kind)}){_SEPARATORS}*)+$"


def clean_articles(frame: pl.LazyFrame) -> pl.LazyFrame:
    """[article_id, text] -> [article_id, title, body, captions, published_date, headline_note].

    Works line by line as columns: every rule below is a Polars expression over the exploded lines
    of all articles at once, never a Python loop over articles (the Python steps — datelines, credits
    inside flattened paragraphs, a headline cut from a lead — see only the few lines that need them).
    The Python steps run between Polars plans, on collected columns, never inside a plan: a Python
    function on Polars' thread pool needs the GIL, and a thread of the flow that holds the GIL while it
    waits for that pool (to_pandas, Arrow for DuckDB) would then wait for ever (pola-rs/polars#26821).

    - title: the first line of four words or more that is no dateline, section label, share bar,
      breadcrumb, by-line, image or link box; when that line is a paragraph (longer than
      MAX_TITLE_CHARS, or a sentence of _LEAD_TITLE_CHARS ending in "."), the page has no separate
      headline: the title is the lead's first sentence, the line stays in the body and headline_note
      says so. headline_note also names the lines skipped before the headline.
    - published_date: the page's own dateline ("Thứ Năm, 28/09/2023 14:05", "26/09/2019" under the
      title) or a by-line's time stamp ("Đình Viên - Thể thao Việt Nam | 11:20 06/02/2017").
    - captions: photo captions, one a line, without their credits; they are evidence of who met whom
      but not body text.
    """
    line, n, words = pl.col("line"), pl.col("n"), pl.col("words")
    line_words = line.str.count_matches(r"\S+")  # `words` before that column exists
    found = (
        frame.select("article_id", pl.col("text").str.split("\n").alias("line"))
        .explode("line", empty_as_null=True)
        # Markdown emphasis of a scraped page: a bold sapo "**(Chinhphu.vn) - …**", an italic caption "*…*"; a
        # heading's marks ("# <headline>", "## Tin liên quan").
        .with_columns(line.str.strip_chars().str.replace(r"^#{1,6}\s+(\S)", "$1")
                      # A link to another story inside a flattened paragraph, its headline ended by two spaces,
                      # with the paragraph going on after it (20 words or more): only the link goes.
                      .str.replace_all(_INLINE_LINK, " $1")
                      .str.replace_all(r"\*\*([^*\s](?:[^*\n]{0,400}?[^*\s])?)\*\*", "$1")
                      .str.replace_all(r"__([^_\s](?:[^_\n]{0,400}?[^_\s])?)__", "$1")
                      .str.replace(r"^[*_]([^*_\s](?:.*[^*_\s])?)[*_]$", "$1").str.strip_chars())
        .filter(line.str.len_chars() > 0)
        .with_columns(
            pl.int_range(pl.len()).over("article_id").alias("n"),
            line_words.alias("words"),
            # Neighbouring and title lines are compared by hash: windows over integers, not strings.
            line.hash().alias("hash"),
            # A credit line ("Ảnh: TTXVN"). A flattened page may run the next paragraph on after a photo's credit
            # ("Ảnh: Sputnik Thứ trưởng Quốc phòng Nga Yuri Borisov tuyên bố: ..."): that line is the article's
            # text, its credit taken off where captions are split (split_captions), not a credit to drop.
            (line.str.contains(r"^(?:Ảnh|Nguồn)\s*:") & (line_words <= _CREDIT_LINE_WORDS))
            .alias("starts_credit"),
            (line.str.contains(r"^\(?(?:Ảnh|Nguồn)\s*:") & (line_words > _CREDIT_LINE_WORDS))
            .alias("credit_led"),
            # A line printed twice over ("<sapo> <sapo>", a flattened page's image alt text and link): see `doubled`.
            ((line_words >= 8)
             & (line.str.slice(0, (line.str.len_chars() - 1) // 2) == line.str.slice((line.str.len_chars() + 1) // 2)))
            .alias("doubled"),
            line.str.contains(r"^!\[|^\|?\s*!\[").alias("is_image"),
            line.str.contains(r"(?:-|–)\s*Ảnh\s*\d+\.?$").alias("photo_tag"),
            # A gallery's numbered caption: "Ảnh 1: Quang cảnh buổi tiếp.", "Ảnh 2 - …", "… (Ảnh 3)".
            line.str.contains(_PHOTO_LABEL).alias("photo_label"),
            (line.str.contains(r"\p{L}") & (line == line.str.to_uppercase()) & (line_words >= 3))
            .alias("caps"),
            line.str.contains(_contains("caption")).alias("has_caption"),
            pl.when((line.str.len_chars() <= _DATELINE_CHARS) & line.str.contains(_YEARISH))
            .then(line).alias("dateline"),
            (
                line.str.contains(_only("section")) | line.str.contains(_only("share"))
                | line.str.contains(r"^Theo dõi(?: .{1,60})? trên(?:\s+\S+(?:\s+News)?)?$")
                | line.str.contains(_OUTLET_TAG + r"$")
                | line.str.contains(_COUNTER_LINE)
                | line.str.contains(_SITE_NAME)
                # "Xem thêm: <another story>", a ticker's "Tin nóng: …": one link, never the headline.
                | (line.str.contains(_link_line()) & (line_words <= 40))
                | (line.str.contains(r"\s[>»›]\s") & (line_words <= 14)
                   & ~line.str.contains(r"[.!?…]$"))
            ).alias("is_meta"),
        )
        .collect()
    )
    # The short lines that write a year may be datelines: parsed in Python, the others stay null.
    lines = found.with_columns(_datelines(found["dateline"]).alias("dateline")).lazy()
    once = pl.col("doubled") & ((words > _DOUBLED_HEADLINE_WORDS) | (n == 0))
    lines = lines.with_columns(
        pl.when(once).then(line.str.slice(0, (line.str.len_chars() - 1) // 2)).otherwise(line).alias("line"),
        pl.when(once).then(words // 2).otherwise(words).alias("words"),
        pl.when(once).then(line.str.slice(0, (line.str.len_chars() - 1) // 2).hash()).otherwise(pl.col("hash"))
        .alias("hash"),
        (pl.col("doubled") & ~once).alias("doubled"),
    )
    credit = r"\b(?:Ảnh|Nguồn)\s*:"
    is_credit = ((line.str.contains(r"^\(?" + credit[2:]) & ~pl.col("credit_led"))
                 | ((words <= 10) & line.str.contains(credit)))
    headline_like = (
        (words >= 4) & ~pl.col("is_meta") & pl.col("dateline").is_null() & ~pl.col("is_image") & (~is_credit | (n == 0))
        & ~line.str.contains(r"^\|") & ~line.str.contains(r"^\[[^\]]+\]$") & ~line.str.contains(_exact_line("end"))
    )
    # A line in capitals above a shorter headline is the site's or section's name ("HOẠT ĐỘNG CỦA LÃNH ĐẠO TỈNH"):
    # only a headline when no other comes before the first paragraph.
    first_paragraph = n.filter((words >= 25) | (line.str.len_chars() > MAX_TITLE_CHARS)).min().over("article_id")
    plain_head = n.filter(headline_like & ~pl.col("caps") & (n < first_paragraph.fill_null(n.max() + 1))).first()
    headline_like = headline_like & ~(pl.col("caps") & (n < plain_head.over("article_id").fill_null(-1)))
    first_head = n.filter(headline_like).first().over("article_id")
    # "<headline> - Báo Đắk Lắk điện tử" (the page's <title>) above the headline itself: the headline is the second.
    stem_hash = line.str.replace(r"\s+[-|–—]\s+[^-|–—]{2,80}$", "").hash()
    first_stem = stem_hash.filter(n == first_head).first().over("article_id")
    repeat_no = n.filter((n > first_head) & (n <= first_head + 4) & (pl.col("hash") == first_stem)
                         & (first_stem != pl.col("hash").filter(n == first_head).first())).first().over("article_id")
    # Materialised once: every rule below reads the headline's line number (and the related boxes' lengths).
    lines = lines.with_columns(pl.coalesce(repeat_no, first_head, pl.lit(0)).alias("title_no"))
    title_no = pl.col("title_no")
    # A side story's headline printed twice on one line ends the article. A longer line printed twice is a
    # paragraph (the lead, a whole body) or the headline itself: it was kept once (found, above).
    doubled = pl.col("doubled") & (words <= _DOUBLED_HEADLINE_WORDS)
    unterminated = ~line.str.contains(r"[.!?…:;\"”)]\s*\|?$")
    next_is_credit = pl.col("starts_credit").shift(-1).over("article_id").fill_null(False)
    after_image = pl.col("is_image").shift(1).over("article_id").fill_null(False)
    after_photo_tag = pl.col("photo_tag").shift(1).over("article_id").fill_null(False)
    same_as_next = (pl.col("hash") == pl.col("hash").shift(-1).over("article_id")).fill_null(False)
    same_as_title = pl.col("hash") == pl.col("hash").filter(n == title_no).first().over("article_id")
    # A copyright footer, the publisher's licence or a tag list ends the article too.
    footer = line.str.contains(_starts("end_prefix")) & (words <= 40) & (n > title_no)
    # A heading above the lead ("Bình luận" of a share bar, "Tin liên quan (0)") ends nothing: the article has not
    # begun; it is dropped as furniture.
    lead_no = n.filter((n > title_no) & (words >= 12)).min().over("article_id").fill_null(title_no)
    # A "Tin liên quan" / "Xem thêm" box inside the article: its heading, one to four headlines, then the article
    # goes on with two paragraphs of prose. A related block at the end lists headline, lead, headline, lead (or
    # time stamps): it has no two paragraphs in a row after its first headlines, so it still ends the article.
    lines = _with_box_length(lines.with_columns(
        (line.str.contains(_exact_line("end")) & (n > lead_no)).alias("heading")))
    heading, box_len = pl.col("heading"), pl.col("box_len")
    in_box = n <= pl.when(box_len.is_not_null()).then(n + box_len).forward_fill().over("article_id").fill_null(-1)
    end_marker = (heading & box_len.is_null()) | (doubled & (n > title_no)) | footer
    # A side story's headline printed twice (image alt text and link); two photos in a row are no such pair.
    related_pair = same_as_next & ~pl.col("has_caption") & (n > title_no + 2) & (words >= 4) & ~pl.col("is_image")
    inline_end = (n > title_no) & line.str.contains(_inline_end())
    cut = pl.min_horizontal(
        n.filter(end_marker | related_pair).min(), (n + 1).filter(inline_end).min()
    ).over("article_id")
    is_lead = (
        (line.str.len_chars() > MAX_TITLE_CHARS)
        | ((line.str.len_chars() > _LEAD_TITLE_CHARS) & line.str.contains(r"[^.]\.[\"”)]?$"))
        | line.str.contains(r"^\((?:[^()\n]{2,30})\)\s*[-–—]+\s*\p{Lu}")
        # "Chiều 21/11, Thủ tướng ... ." opens a report, not a headline (and a headline's date dates nothing).
        | line.str.contains(_DATED_LEAD)
    )
    caption_line = (
        # A caption is a few lines' worth: a long paragraph after a photo (or with a photo's number) is text.
        (after_image & (words <= _CAPTION_MAX_WORDS))
        # A paragraph above a photo whose caption is only its credit ("Ảnh: Minh Anh") stays text.
        | (next_is_credit & (words <= _CAPTION_MAX_WORDS))
        | (after_photo_tag & unterminated)
        | ((words <= 40) & pl.col("has_caption"))  # a long line is a paragraph with a credit
        | (is_credit & ~line.str.contains(r"^\(?(?:Ảnh|Nguồn)\s*:"))  # "Caption. Ảnh: X"
        | (pl.col("is_image") & line.str.contains(r"!\[[^\]]{12,}\]"))  # an image's alt text
        | (pl.col("photo_label") & (words <= _CAPTION_MAX_WORDS))
    ) & ~same_as_title & ~pl.col("is_meta")  # a link or share line above a photo is no caption
    drop = (
        in_box
        | pl.col("is_image")
        | is_credit
        | pl.col("photo_tag")
        | caption_line
        | line.str.contains(_exact_line("drop")) | line.str.contains(_exact_line("end"))
        # Table cells of page templates: link boxes and captions (an article laid out in a table keeps its prose).
        | (line.str.contains(r"^\|") & ~((words >= 30) & line.str.contains(r"[.!?…][\"”»)]?\s*\|?$")))
        | line.str.contains(r"^\[[^\]]+\]$")  # embedded link to another article
        | line.str.contains("^" + _AGENCY_BYLINE)
        | pl.col("is_meta")
        | pl.col("dateline").is_not_null()
        | same_as_title
        | ((n <= title_no + 2) & (words <= 5) & unterminated)  # section label or by-line
        # An author line sits between the headline and the second paragraph (under the lead on some sites).
        | ((n <= title_no + 4) & (n != title_no) & (words <= 12) & line.str.contains(_BYLINE)
           & (n < n.filter((n > title_no) & (words >= 12)).slice(1, 1).first().over("article_id").fill_null(n + 1)))
        | line.str.contains(r"^#[\p{L}\d_]+(?:[\s,]+#[\p{L}\d_]+)*$")  # a hashtag list
        # The author or source closing the article ("Minh Đức", "Theo TTXVN", "(Theo VOV)").
        | ((n == n.filter((pl.col("cut").is_null() | (n < pl.col("cut"))) & ~pl.col("is_meta")
                          & pl.col("dateline").is_null()).max().over("article_id")) & (n > title_no + 1)
           & (words <= 8) & line.str.contains(_BYLINE + r"|^\((?:Theo|Nguồn)\s[^()]{2,40}\)$"))
    )
    in_article = pl.col("cut").is_null() | (n < pl.col("cut"))
    title_is_lead = pl.col("title_is_lead")
    marked = (
        lines.with_columns(title_no.alias("title_no"), cut.alias("cut"))
        .with_columns(pl.when(n == pl.col("title_no")).then(is_lead).otherwise(None)
                      .max().over("article_id").fill_null(False).alias("title_is_lead"))
        .with_columns(
            pl.when(n == pl.col("title_no")).then(line).alias("title_line"),
            ((n > pl.col("title_no")) & in_article & ~drop
             | ((n == pl.col("title_no")) & title_is_lead)).alias("keep"),
            ((n > pl.col("title_no")) & in_article & caption_line).alias("caption"),
            pl.when(n < pl.col("title_no")).then(line).alias("skipped"),
            pl.coalesce(
                pl.col("dateline").filter(n <= pl.col("title_no") + 4).first(),
                # Side stories below the article carry their own time stamps: never the page's date.
                pl.col("dateline").filter(in_article).drop_nulls().first(),
                line.filter(n > pl.col("title_no")).str.extract(_STAMP_DATE)
                .str.to_date("%d/%m/%Y", strict=False).drop_nulls().first(),
            ).over("article_id").alias("published_date"),
        )
        .with_columns(
            line.str.replace(_inline_end(), "$1").str.replace(_BYLINE_STAMP, "$1")
            .str.replace(r"([.!?…\"”)])\s+" + _AGENCY_BYLINE, "$1")
            .str.replace(r"\s*\|$", "").str.replace(r"^\|\s*", "")
            # Markdown of a scraped page inside a paragraph: an image goes, a link keeps its text.
            .str.replace_all(r"\s*!\[[^\]\n]{0,300}\]\([^)\s]*\)", "")
            .str.replace_all(r"\[([^\[\]\n]{1,300})\]\((?:https?://|/)[^)\s]*\)", "$1")
            # bracketed links to other articles, nested ones ("[[Infographics] Mối quan hệ …]") from the inside out
            .str.replace_all(r"\s*\[[^\[\]\n]{3,300}\]\s*", " ").str.replace_all(r"\s*\[[^\[\]\n]{3,300}\]\s*", " ")
            .str.replace(_OUTLET_TAG + r"(\p{Lu})", "$1")
            .str.replace(r"^(?:Ảnh|Hình|Photo)\s*\d{1,2}\s*[:.\-–]\s*", "")
            .str.replace(r"\s*\((?:Ảnh|Hình)\s*\d{1,2}\)\.?$", "")
            .str.strip_chars()
        )
        .filter(pl.col("keep") | pl.col("caption") | pl.col("title_line").is_not_null()
                | pl.col("skipped").is_not_null())
        # Python sees only the lines whose cue (found here, in Polars) says they may hold a credit or caption.
        .with_columns(pl.when(line.str.contains(_CUE.pattern)).then(line).alias("split"))
        .collect()
    )
    kept = (
        marked.with_columns(_split_captions(marked["split"]).str.split(_UNIT).alias("split")).lazy()
        .with_columns(
            pl.coalesce(pl.col("split").list.first(), line).alias("body_line"),
            pl.col("split").list.slice(1).fill_null(pl.lit([], dtype=pl.List(pl.String))).alias("inline"),
        )
        .with_columns(
            pl.when(pl.col("caption")).then(pl.concat_list(pl.col("body_line"), pl.col("inline")))
            .when(pl.col("keep")).then(pl.col("inline"))
            .alias("line_captions"),
        )
    )
    grouped = kept.group_by("article_id", maintain_order=True).agg(
        pl.col("title_line").drop_nulls().first().alias("title"),
        pl.col("body_line").filter(pl.col("keep") & (pl.col("body_line").str.len_chars() > 0))
        .str.join("\n").alias("body"),
        pl.col("line_captions").filter(pl.col("keep") | pl.col("caption"))
        .list.explode(keep_nulls=False, empty_as_null=False).alias("captions"),
        # The body and captions in the page's order: the text of a photo gallery, whose captions tell the story.
        pl.when(pl.col("caption")).then(pl.col("line_captions").list.eval(pl.lit(_CAPTION_MARK) + pl.element()))
        .when(pl.col("keep") & (pl.col("body_line").str.len_chars() > 0))
        .then(pl.concat_list(pl.col("body_line"),
                             pl.col("line_captions").list.eval(pl.lit(_CAPTION_MARK) + pl.element())))
        .when(pl.col("keep")).then(pl.col("line_captions").list.eval(pl.lit(_CAPTION_MARK) + pl.element()))
        .list.explode(keep_nulls=False, empty_as_null=False).alias("in_order"),
        pl.col("published_date").first(),
        pl.col("title_is_lead").first(),
        pl.col("skipped").drop_nulls().alias("skipped"),
    ).collect()
    headline = _headlines(grouped.select(pl.struct("title", "title_is_lead", "skipped", "body")).to_series())
    return pl.DataFrame({
        "article_id": grouped["article_id"],
        "title": _nfc(headline.struct.field("title")),
        "body": _nfc(grouped["body"]),
        "captions": _nfc(_caption_column(grouped["captions"])),
        "in_order": _nfc(_in_order_column(grouped["in_order"])),
        "published_date": grouped["published_date"],
        "headline_note": headline.struct.field("note"),
    }).lazy()


_BOX_ITEMS = 4  # headlines in a related box inside the article


def _with_box_length(lines: pl.LazyFrame) -> pl.LazyFrame:
    """Adds `box_len`: for a related-links heading inside the article (column `heading`), the number of headlines of
    its box (1 to _BOX_ITEMS) when two paragraphs of prose follow them; null for any other line (and for a heading
    that ends the article). Built column by column: each step reads the columns of the one before."""
    line, words = pl.col("line"), pl.col("words")
    item = ((words >= 3) & (words <= 30) & ~line.str.contains(r"[.!?…]$") & pl.col("dateline").is_null()
            & ~pl.col("is_image") & ~line.str.contains(_exact_line("end")))
    prose = ((words >= 15) & line.str.contains(r"[.!?…][\"”»)]?\s*\|?$")
             | (words >= 40) & line.str.contains(r"[.!?…]\s+\p{Lu}")) & pl.col("dateline").is_null()
    # A photo, or a section label or share bar (page furniture), may stand between the box and the next paragraph.
    filler = (pl.col("is_image") | pl.col("is_meta") | line.str.contains(r"^\|") | pl.col("starts_credit")
              | pl.col("photo_tag")
              | (pl.col("has_caption") & (words <= 40))
              | pl.col("starts_credit").shift(-1).over("article_id").fill_null(False))
    out = lines.with_columns(item.alias("_item"), prose.alias("_prose"), filler.alias("_filler"))
    out = out.with_columns((pl.col("_prose") & ~pl.col("_filler")).alias("_prose"))
    # Lines of more than a headline's few words from here to the end of the page.
    out = out.with_columns(((words > 8) & ~pl.col("_filler")).cast(pl.Int32).reverse().cum_sum().reverse()
                           .over("article_id").alias("_longer"))
    span = _BOX_ITEMS + 6
    out = out.with_columns(
        *(pl.col(c).shift(-j).over("article_id").fill_null(False).alias(f"{c}{j}")
          for c in ("_item", "_prose", "_filler") for j in range(1, span)),
        *(pl.col("_longer").shift(-j).over("article_id").fill_null(0).alias(f"_longer{j}") for j in range(1, span)),
    )
    temp = [f"{c}{j}" for c in ("_item", "_prose", "_filler", "_longer") for j in range(1, span)]
    for k in range(1, _BOX_ITEMS + 1):
        # Two paragraphs of prose follow the k headlines (photos between them skipped), before any other line.
        out = out.with_columns(pl.lit(0).alias(f"_count{k}"), pl.lit(False).alias(f"_broken{k}"))
        count, broken = pl.col(f"_count{k}"), pl.col(f"_broken{k}")
        for j in range(k + 1, k + 6):
            is_prose, is_filler = pl.col(f"_prose{j}"), pl.col(f"_filler{j}")
            out = out.with_columns((broken | ((count < 2) & ~is_prose & ~is_filler)).alias(f"_broken{k}"))
            out = out.with_columns((count + pl.when(~broken & is_prose).then(1).otherwise(0)).alias(f"_count{k}"))
        # One paragraph is enough when the page ends with it (a by-line may follow).
        last = (count == 1) & (pl.col(f"_longer{k + 1}") == 1)
        items = pl.all_horizontal([pl.col(f"_item{j}") for j in range(1, k + 1)])
        resumes = ((count >= 2) | last) & ~(pl.col(f"_item{k + 1}") & ~pl.col(f"_prose{k + 1}"))
        out = out.with_columns((pl.col("heading") & items & resumes).alias(f"_box{k}"))
        temp += [f"_count{k}", f"_broken{k}", f"_box{k}"]
    length = pl.lit(None, dtype=pl.Int32)
    for k in range(_BOX_ITEMS, 0, -1):
        length = pl.when(pl.col(f"_box{k}")).then(pl.lit(k, dtype=pl.Int32)).otherwise(length)
    return out.with_columns(length.alias("box_len")).drop(*temp, "_item", "_prose", "_filler", "_longer")


# The by-line's time stamp of a flattened page ("... | 11:20 06/02/2017" at the end of a paragraph).
_STAMP_DATE = r"\|\s*\d{1,2}:\d{2}\s+(\d{1,2}/\d{1,2}/\d{4})\s*(?:$|Tin liên quan|Tin bài liên quan|Bài liên quan)"
_YEARISH = r"(?:19|20)\d{2}"  # a dateline writes its year
_DATELINE_CHARS = 140
_HEADLINE = pl.Struct({"title": pl.String, "note": pl.String})


def _datelines(lines: pl.Series) -> pl.Series:
    """parse_dateline of each non-null line (the short lines that write a year: the others cannot be one)."""
    return pl.Series([parse_dateline(text) if text else None for text in lines.to_list()], dtype=pl.Date)


def _headlines(rows: pl.Series) -> pl.Series:
    out = []
    for row in rows.to_list():
        title, is_lead, skipped = row["title"], row["title_is_lead"], row["skipped"] or []
        note = None
        if title is not None and is_lead:
            note = f"no separate headline: the first line is a paragraph of {len(title)} characters; headline " \
                   "taken from its first sentence"
            title = lead_headline(title)
        if title is not None and in_capitals(title):
            title = restore_case(title, row["body"] or "")
            capitals_note = "headline written in capitals: its words are cased as the article's text writes them"
            note = f"{note}; {capitals_note}" if note else capitals_note
        if skipped:
            shown = "; ".join(f"'{s[:60]}'" for s in skipped[:3])
            skipped_note = f"{len(skipped)} line(s) before the headline are page furniture: {shown}"
            note = f"{note}; {skipped_note}" if note else skipped_note
        out.append({"title": title, "note": note})
    return pl.Series(out, dtype=_HEADLINE)


_WORD = re.compile(r"[\w][\w.\-–'’]*[\w]|[\w]")
_CLAUSE_END = ".!?:…\"“”"  # after one of these a word starts a sentence, and is capitalised whatever it is


def in_capitals(headline: str) -> bool:
    """A headline of two words or more written in capitals ("THỦ TƯỚNG TIẾP ĐẠI SỨ NHẬT BẢN"), as some
    outlets' templates and provincial portals print them."""
    letters = [c for c in headline if c.isalpha()]
    return len(headline.split()) >= 2 and len(letters) >= 8 and sum(c.isupper() for c in letters) >= 0.9 * len(letters)


def restore_case(headline: str, text: str) -> str:
    """A headline written in capitals, in the case the article's text writes its words inside a sentence:
    a name keeps its capitals, "TP.HCM" and "ASEAN" theirs, an ordinary word goes lower case. The longest run
    of the headline's words that the text also writes (up to eight words) takes the text's case together, so
    that "Hội" of "Hội đồng" and "hội" of "hội kiến" each come out as written; capitals win only where the
    text writes them twice as often as lower case; a word the text never writes inside a sentence is lower
    case, or capitals if it has no vowel (an abbreviation: "PTT", "HĐND"); the first word is capitalised.
    Names and titles are recognised by their capitals, which a headline in capitals gives to every word."""
    headline, text = unicodedata.normalize("NFC", headline), unicodedata.normalize("NFC", text)
    # A run of words inside a sentence (one to _CASE_RUN words), in lower case -> its forms as written, counted.
    runs: dict[tuple[str, ...], dict[tuple[str, ...], int]] = {}
    for line in text.split("\n"):
        tokens = [(m.group(), _inside_sentence(line, m.start())) for m in _WORD.finditer(line)]
        for i, (_, inside) in enumerate(tokens):
            if not inside:
                continue
            for n in range(1, min(_CASE_RUN, len(tokens) - i) + 1):
                if not tokens[i + n - 1][1]:  # a run ends with its sentence
                    break
                run = tuple(w for w, _ in tokens[i:i + n])
                forms = runs.setdefault(tuple(w.lower() for w in run), {})
                forms[run] = forms.get(run, 0) + 1

    def commonest(forms: dict[tuple[str, ...], int]) -> list[str]:
        # Lower case wins unless the capitals are twice as common: a common word capitalised as an event's name
        # ("Tại Hội đàm") stays a common word; a name is written in capitals every time.
        def weight(item: tuple[tuple[str, ...], int]) -> tuple[int, bool]:
            lower = all(w == w.lower() for w in item[0])
            return item[1] * (2 if lower else 1), lower
        return list(max(forms.items(), key=weight)[0])

    spans = [m.span() for m in _WORD.finditer(headline)]
    cased = [headline[a:b].lower() for a, b in spans]
    i = 0
    while i < len(spans):
        for n in range(min(_CASE_RUN, len(spans) - i), 0, -1):
            found = runs.get(tuple(cased[i:i + n]))
            if found:
                cased[i:i + n] = commonest(found)
                i += n
                break
        else:
            if not _VOWELS.search(unicodedata.normalize("NFD", cased[i])):  # no syllable: "PTT", "TP", "HĐND"
                cased[i] = cased[i].upper()
            i += 1
    out, end = [], 0
    for (a, b), word in zip(spans, cased, strict=True):
        out += [headline[end:a], word]
        end = b
    result = "".join(out) + headline[end:]
    first = _WORD.search(result)
    if first is None:
        return result
    return result[:first.start()] + result[first.start()].upper() + result[first.start() + 1:]


_CASE_RUN = 8
_VOWELS = re.compile(r"[aeiouy]", re.IGNORECASE)  # on the base letters: the word is decomposed first


def _inside_sentence(line: str, start: int) -> bool:
    before = line[max(0, start - 3):start].rstrip()
    return bool(before) and before[-1] not in _CLAUSE_END


_LEAD_SENTENCE_END = re.compile(r"(?<=[^A-ZĐ.][.!?…])[\"”’)]*\s+(?=[\"“‘(]?[A-ZĐÀ-Ỹ0-9])")


def lead_headline(lead: str) -> str:
    """A headline for a page that has none: the lead's first sentence, without an outlet tag, cut at a word
    boundary near MAX_TITLE_CHARS (with "…") when the sentence runs on."""
    text = re.sub(r"^\([^()\n]{2,30}\)\s*[-–—]+\s*", "", lead.strip())
    end = next((m.start() for m in _LEAD_SENTENCE_END.finditer(text) if m.start() >= 20), len(text))
    sentence = text[:end].strip()
    if len(sentence) <= MAX_TITLE_CHARS:
        return sentence
    cut = sentence.rfind(" ", 0, MAX_TITLE_CHARS)
    return sentence[: cut if cut > 40 else MAX_TITLE_CHARS].rstrip(" ,;:-–") + "…"


def _caption_column(captions: pl.Series) -> pl.Series:
    """Each article's captions, cleaned, de-duplicated, one a line ("" when it has none)."""
    out = []
    for items in captions.to_list():
        seen: dict[str, None] = {}
        for item in items or []:
            if item is None:
                continue
            text = _clean_caption(item)
            if len(text.split()) >= 3:
                seen.setdefault(text, None)
        out.append("\n".join(seen))
    return pl.Series(out, dtype=pl.String)


_CAPTION_MARK = "\x1e"  # marks a caption among the body lines of in_order


def _in_order_column(items: pl.Series) -> pl.Series:
    """Each article's body lines and cleaned captions in the page's order, one a line."""
    out = []
    for article in items.to_list():
        seen: set[str] = set()
        lines = []
        for item in article or []:
            if item is None:
                continue
            if item.startswith(_CAPTION_MARK):
                item = _clean_caption(item[1:])
                if len(item.split()) < 3 or item in seen:
                    continue
                seen.add(item)
            if item.strip():
                lines.append(item)
        out.append("\n".join(lines))
    return pl.Series(out, dtype=pl.String)


def _clean_caption(text: str) -> str:
    text = text.strip().strip("|").strip()
    text = re.sub(r"^!\[([^\]]*)\]\([^)]*\)\s*", r"\1 ", text)
    text = re.sub(r"(?i)\s*\((?:nguồn\s+)?(?:ảnh|nguồn|video|clip)(?:\s+minh\s+h(?:ọa|oạ))?\s*(?::[^)]*)?\)", "", text)
    text = re.sub(r"(?i)\s*\(?ảnh minh h(?:ọa|oạ)\)?\.?", "", text)
    start = _CREDIT_START.search(text)
    if start is not None:
        text = text[: start.start()]
    text = re.sub(r"\s*[-–]\s*Ảnh\s*\d+\.?$", "", text.strip())
    text = re.sub(r"([.!?…])\s*\.$", r"\1", text.strip())
    return re.sub(r"\s{2,}", " ", text).strip(" -–|")


# ------------------------------------------------------------------ captions inside flattened paragraphs

_CREDIT_START = re.compile(
    r"(?:(\()\s*(?:[Nn]guồn\s+)?(?:[Ảả]nh|[Nn]guồn|[Vv]ideo|[Cc]lip)|(?<!\w)(?:Ảnh|Nguồn|Video|Clip))"
    r"(?:\s+minh\s+h(?:ọa|oạ))?\s*:\s*")
_AGENCY_WORDS = re.compile(r"^\(?(?:TTXVN|VNA|VOV|VGP|AFP|AP|Reuters|Kyodo|Xinhua|EPA|Internet|Yonhap|Sputnik|TASS|"
                           r"Bernama|Antara|PV|Getty|Vietnam\+|Vietnamplus|Chinhphu\.vn)\)?[.,)]?$")
# A photo in the middle of a report: "(phải)", "(thứ 2 từ phải sang)", "(ngồi giữa)" mark its caption.
_POSITION = re.compile(
    r"\((?:bên |ngồi |đứng |người |thứ (?:\d|hai|ba|tư|năm) |hàng (?:đầu|trước|giữa)[^)]{0,20}|từ )?"
    r"(?:phải|trái|giữa)(?: sang(?: phải| trái)?| qua| ảnh)?\)"
    r"|\((?:thứ|người thứ) (?:\d|hai|ba|tư|năm) từ (?:phải|trái)(?: sang)?\)", re.IGNORECASE)
# A sentence boundary, not an initial or an abbreviation ("V. Putin", "TP. Hồ Chí Minh").
_BOUNDARY = re.compile(
    r"(?<=[.!?…])(?<!\s[A-ZĐ]\.)(?<!\s(?:TP|Tp|TS|GS|St|Mr|Ms|Dr)\.)(?<!\sPGS\.)[\"”’)]*\s+(?=[\"“‘(]?[A-ZĐÀ-Ỹ0-9])"
    r"|\s{2,}")
_CUE = re.compile(r"(?i)(?:Ảnh|Nguồn|Video|Clip)(?:\s+minh\s+h(?:ọa|oạ))?\s*:|\((?:nguồn\s+)?ảnh\s*:"
                  r"|\((?:[^()]{0,25})(?:phải|trái|giữa)[^()]{0,10}\)")


_TOKEN = re.compile(r"\S+")


@cache
def _sentence_starts() -> frozenset[str]:
    return frozenset(_markers("sentence_start"))


def _credit_length(rest: str, parenthesised: bool) -> int:
    """How much of `rest` (the text after "Ảnh:") is the credit: the photographer and agency, up to the next
    sentence. "Nhan Sáng/TTXVN Chủ tịch nước ..." -> "Nhan Sáng/TTXVN"; "Lê Kiên Hai thủ tướng ..." ->
    "Lê Kiên" (a capitalised word followed by a lower-case one starts the next sentence); "Anh Nguyễn. Theo"
    -> "Anh Nguyễn."."""
    if parenthesised:
        close = rest.find(")")
        return close + 1 if 0 <= close <= 80 else 0
    tokens = list(_TOKEN.finditer(rest, 0, 160))  # a credit is a few words
    taken: list[re.Match[str]] = []
    names = 0  # capitalised name words since the last "/" or "-"
    for tok in tokens[:9]:
        word = tok.group()
        if word in ("-", "–", "/"):
            taken.append(tok)
            names = 0
            continue
        first = word.lstrip("(\"“")[:1]
        site = re.fullmatch(r"\(?[\w\-]+(?:\.[\w\-]+)*\.[a-z]{2,4}\)?[.,]?", word) is not None  # "granma.cu"
        if not first or not (first.isupper() or first.isdigit()) and "/" not in word and not site:
            break
        if names >= 3 and "/" not in word and not _AGENCY_WORDS.match(word):
            break
        if names >= 1 and word.strip("\"“,") in _sentence_starts():
            return taken[-1].end()  # "Ảnh: Zing Theo Ban quản lý": the next sentence begins
        taken.append(tok)
        if "." in word.rstrip(".") and not word.startswith("TP."):
            return tok.end()  # a site: "Aavh.org", "zing.vn"
        if _AGENCY_WORDS.match(word) or re.search(r"/\(?[A-ZĐ\d+]{2,}\)?[.,)]?$", word):
            return tok.end()  # "TTXVN", "Kyodo/TTXVN": the agency ends the credit
        names = 0 if "/" in word or word.endswith(",") else names + 1  # "Vũ Toàn, Hữu Tuyên - TTXVN"
        if word.endswith((".", ")")) and not re.fullmatch(r"[A-ZĐ]\.|TP\.", word):
            return tok.end()
    if not taken:
        return 0
    nxt = tokens[len(taken)] if len(taken) < len(tokens) else None
    last = taken[-1].group()
    if nxt is not None and nxt.group()[:1].islower() and len(taken) >= 2 and "/" not in last \
            and not _AGENCY_WORDS.match(last) and last not in ("-", "–"):
        taken.pop()  # the first word of the next sentence
    while taken and taken[-1].group() in ("-", "–", "/"):
        taken.pop()
    return taken[-1].end() if taken else 0


def split_captions(line: str) -> tuple[str, list[str]]:
    """A body line without its photo credits and inline captions, and those captions.

    In a flattened page a caption sits between two paragraphs' sentences, with its credit after it
    ("... Hoa Kỳ. Chủ tịch nước tiếp ông X. Ảnh: Nhan Sáng/TTXVN Chủ tịch nước nhắc lại ..."): the sentence
    before a credit, and a sentence with a position mark ("(phải)", "(thứ 2 từ trái sang)"), are captions
    when they are caption-sized (at most _CAPTION_MAX_WORDS words); the credit always goes."""
    if not _CUE.search(line):
        return line, []
    captions: list[str] = []
    pieces: list[str] = []
    pos = 0
    for m in _CREDIT_START.finditer(line):
        if m.start() < pos:
            continue
        length = _credit_length(line[m.end():], bool(m.group(1)))
        if length == 0 and not m.group(1) and not line[m.end():m.end() + 1].isupper():
            continue
        before = line[pos:m.start()].rstrip(" \t-–")  # "... họp báo chung - Ảnh: Lê Kiên"
        window = max(0, len(before) - 12 * _CAPTION_MAX_WORDS)  # a caption is at most that long
        cut = max((b.end() for b in _BOUNDARY.finditer(before, window)), default=0)
        caption = before[cut:].strip()
        after = line[m.end() + length:].lstrip(" ")
        # "(ảnh: Mỹ Hà) theo thông báo ...": a credit inside a sentence goes alone.
        inside = bool(m.group(1)) and after[:1].islower()
        # "... ở Mỹ. Nguồn: Youtube": the source of a report or a video, not a photo's caption.
        source_only = not m.group(1) and line[m.start():m.end()].startswith(("Nguồn", "Video", "Clip"))
        if inside or source_only:
            pieces.append(before.rstrip() + ("\x00" if inside else ""))
        elif caption and len(caption.split()) <= _CAPTION_MAX_WORDS:
            captions.append(caption)
            pieces.append(before[:cut])
        else:
            pieces.append(before)
        pos = m.end() + length
        rest = line[pos:]
        pos += len(rest) - len(rest.lstrip(" .,;"))
    pieces.append(line[pos:])
    text = ""
    for piece in pieces:
        piece = piece.strip(" ")
        if not piece.strip():
            continue
        if text.endswith("\x00"):
            text = f"{text[:-1]} {piece.strip()}"
            continue
        glue = " " if not text or re.search(r"[.!?…\"”)]$", text) else "\n"
        text = f"{text}{glue}{piece.strip()}" if text else piece.strip()
    text = text.replace("\x00", "")
    if _POSITION.search(text):
        kept: list[str] = []
        for para in text.split("\n"):
            bounds = [0, *(b.end() for b in _BOUNDARY.finditer(para)), len(para)]
            sentences = [para[a:b].strip() for a, b in zip(bounds, bounds[1:], strict=False)]
            out = []
            for sentence in sentences:
                if _POSITION.search(sentence) and len(sentence.split()) <= _CAPTION_MAX_WORDS and len(sentences) > 1:
                    captions.append(sentence)
                else:
                    out.append(sentence)
            kept.append(" ".join(s for s in out if s))
        text = "\n".join(k for k in kept if k)
    return text, captions


_UNIT = "\x1f"  # packs a line's text and its captions into one string: building a struct column costs more


def _split_captions(lines: pl.Series) -> pl.Series:
    """split_captions of each non-null line, as "text<US>caption<US>caption"."""
    out: list[str | None] = []
    for text in lines.to_list():
        if text is None:
            out.append(None)
            continue
        body, captions = split_captions(text)
        out.append(_UNIT.join([body, *captions]))
    return pl.Series(out, dtype=pl.String)


def _nfc(texts: pl.Series) -> pl.Series:
    """NFC again: a removed span can bring a letter and a combining mark together. Unicode's quick
    check (C, microseconds) finds the rare text that needs it; Polars' normalize would rewrite all."""
    return pl.Series([
        t if t is None or unicodedata.is_normalized("NFC", t) else unicodedata.normalize("NFC", t) for t in texts
    ], dtype=pl.String)
