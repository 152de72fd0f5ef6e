"""Strip page furniture from decoded article text: navigation, related links, captions, side stories."""
from __future__ import annotations

import re
import unicodedata

import polars as pl

from transforms.lexicon import load_tsv

# A credit inside a paragraph ("... Tập Cận Bình. Ảnh: Kyodo/TTXVN Tổng Bí thư ...") goes; the caption
# sentence before it stays, since wire copy often says who met whom only there.
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
    return rf"(?i)^\s*(?:{words})\s*:?\s*$"


def _inline_end() -> str:
    words = "|".join(re.escape(m) for m in sorted(_markers("inline_end"), key=len, reverse=True))
    # ">>> Đọc thêm: ..." arrows may stand in for the sentence end.
    before = rf"(?:{_SENTENCE_OR_STAMP}\s*(?:>+\s*)?|\s+>+\s*)"
    return rf"(?s){before}(?:{words})\s*:?\s+[\"“'‘]?[\p{{Lu}}\d].*$"


def _contains(kind: str) -> str:
    words = "|".join(re.escape(m) for m in sorted(_markers(kind), key=len, reverse=True))
    return rf"(?i)(?:{words})"


def clean_articles(frame: pl.LazyFrame) -> pl.LazyFrame:
    """[article_id, text] -> [article_id, title, body, lead].

    Works line by line as columns: every rule below is a Polars expression over the exploded lines
    of all articles at once, never a Python loop over articles.
    """
    line, n, words = pl.col("line"), pl.col("n"), pl.col("words")
    lines = (
        frame.select("article_id", pl.col("text").str.split("\n").alias("line"))
        .explode("line", empty_as_null=True)
        .with_columns(line.str.strip_chars())
        .filter(line.str.len_chars() > 0)
        .with_columns(
            pl.int_range(pl.len()).over("article_id").alias("n"),
            line.str.count_matches(r"\S+").alias("words"),
            # Neighbouring and title lines are compared by hash: windows over integers, not strings.
            line.hash().alias("hash"),
            line.str.contains(r"^(?:Ảnh|Nguồn)\s*:").alias("starts_credit"),
            line.str.contains(r"^!\[|^\|?\s*!\[").alias("is_image"),
            line.str.contains(r"(?:-|–)\s*Ảnh\s*\d+\.?$").alias("photo_tag"),
            line.str.contains(_contains("caption")).alias("has_caption"),
        )
    )
    title_no = pl.coalesce(n.filter(words >= 4).first(), pl.lit(0)).over("article_id")
    half = (line.str.len_chars() - 1) // 2
    doubled = (words >= 8) & (line.str.slice(0, half) == line.str.slice(half + 1))
    credit = r"\b(?:Ảnh|Nguồn)\s*:"
    is_credit = line.str.contains(r"^\(?" + credit[2:]) | ((words <= 10) & line.str.contains(credit))
    unterminated = ~line.str.contains(r"[.!?…:;\"”)]\s*\|?$")
    next_is_credit = pl.col("starts_credit").shift(-1).over("article_id").fill_null(False)
    after_image = pl.col("is_image").shift(1).over("article_id").fill_null(False)
    after_photo_tag = pl.col("photo_tag").shift(1).over("article_id").fill_null(False)
    same_as_next = (pl.col("hash") == pl.col("hash").shift(-1).over("article_id")).fill_null(False)
    same_as_title = pl.col("hash") == pl.col("hash").filter(n == title_no).first().over("article_id")
    end_marker = line.str.contains(_exact_line("end")) | (doubled & (n > title_no))
    related_pair = same_as_next & ~pl.col("has_caption") & (n > title_no + 2)
    inline_end = (n > title_no) & line.str.contains(_inline_end())
    cut = pl.min_horizontal(
        n.filter(end_marker | related_pair).min(), (n + 1).filter(inline_end).min()
    ).over("article_id")
    drop = (
        pl.col("is_image")
        | is_credit
        | pl.col("photo_tag")
        | after_image
        | next_is_credit
        | (after_photo_tag & unterminated)
        | ((words <= 40) & pl.col("has_caption"))  # a long line is a paragraph with a credit
        | line.str.contains(_exact_line("drop"))
        | line.str.contains(r"^\|")  # table cells of page templates: link boxes and captions
        | line.str.contains(r"^\[[^\]]+\]$")  # embedded link to another article
        | line.str.contains(r"^Theo dõi .{1,40} trên$")
        | same_as_title
        | ((n <= title_no + 2) & (words <= 5) & unterminated)  # section label or by-line
    )
    kept = (
        lines.with_columns(title_no.alias("title_no"), cut.alias("cut"))
        .with_columns(
            pl.when(pl.col("n") == pl.col("title_no")).then(line).alias("title_line"),
            ((pl.col("n") > pl.col("title_no")) & (pl.col("cut").is_null() | (pl.col("n") < pl.col("cut"))) & ~drop)
            .alias("keep"),
        )
        .with_columns(
            line.str.replace(_inline_end(), "$1").str.replace(_BYLINE_STAMP, "$1")
            .str.replace(r"\s*\|$", "").str.replace_all(_PAREN_CREDIT, "").str.replace_all(_INLINE_CREDIT, "")
        )
    )
    return kept.group_by("article_id", maintain_order=True).agg(
        pl.col("title_line").drop_nulls().first().alias("title"),
        pl.col("line").filter(pl.col("keep")).str.join("\n").alias("body"),
    ).with_columns(pl.col("title", "body").map_batches(_nfc, return_dtype=pl.String))


def _nfc(texts: pl.Series) -> pl.Series:
    """NFC again: a removed span can bring a letter and a combining mark together. Unicode's quick
    check (C, microseconds) finds the rare text that needs it; Polars' normalize would rewrite all."""
    return pl.Series([
        t if t is None or unicodedata.is_normalized("NFC", t) else unicodedata.normalize("NFC", t) for t in texts
    ], dtype=pl.String)
