"""Decode raw article bytes and strip page furniture: navigation, related links, captions, side stories."""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

import polars as pl

from transforms.lexicon import load_tsv
from transforms.text import normalize_text

# A legacy file decoded as cp1258 must read as Vietnamese: these very common words carry the test.
_VIETNAMESE_WORDS = re.compile(r"\b(của|và|các|những|được|trong|với|cho|người|năm|đã|là|có)\b")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class DecodeError(ValueError):
    """Raw bytes that cannot become article text; the message is the quarantine reason."""


@dataclass(frozen=True)
class Decoded:
    text: str
    note: str | None  # e.g. "dropped a truncated UTF-8 character at the end"


def decode_article(raw: bytes) -> Decoded:
    """Bytes -> normalised text, or DecodeError with a specific, human-readable reason."""
    if not raw.strip():
        raise DecodeError("empty file" if not raw else "file holds only white space")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return _checked(raw.decode("utf-16"), "decoded as UTF-16 (byte-order mark)")
        except UnicodeDecodeError as exc:
            raise DecodeError(f"UTF-16 byte-order mark but invalid UTF-16 at byte {exc.start}") from exc
    if b"\x00" in raw:
        nuls = raw.count(0)
        raise DecodeError(f"binary file: {nuls} NUL bytes in {len(raw)} bytes")
    try:
        return _checked(raw.decode("utf-8-sig"), None)
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data" and exc.start >= len(raw) - 3:
            return _checked(raw[: exc.start].decode("utf-8-sig"), "dropped a truncated UTF-8 character at the end")
        utf8_error = f"invalid UTF-8 at byte {exc.start}"
    try:
        legacy = raw.decode("cp1258")
    except UnicodeDecodeError:
        legacy = ""
    if legacy and len(_VIETNAMESE_WORDS.findall(normalize_text(legacy).lower())) >= 3:
        return _checked(legacy, f"{utf8_error}; decoded as Windows-1258 (legacy Vietnamese)")
    raise DecodeError(f"not UTF-8 ({utf8_error}) and no Vietnamese legacy encoding fits")


def _checked(text: str, note: str | None) -> Decoded:
    text = normalize_text(text)
    controls = len(_CONTROL.findall(text))
    if controls > max(3, len(text) // 100):
        raise DecodeError(f"binary file: {controls} control characters in {len(text)} characters of text")
    if not any(ch.isalpha() for ch in text):
        raise DecodeError("no letters in the file: not an article")
    return Decoded(_CONTROL.sub("", text), note)


def text_hash(text: str) -> str:
    """Stable article id from the normalised text (same article in two encodings -> one id)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]


# A credit inside a paragraph ("... Tập Cận Bình. Ảnh: Kyodo/TTXVN Tổng Bí thư ...") goes; the caption
# sentence before it stays, since wire copy often says who met whom only there.
_PAREN_CREDIT = r"\s*\((?:Ảnh|Nguồn|Video)\s*:[^)]*\)"
_INLINE_CREDIT = (
    r"\s*\b(?:Ảnh|Nguồn)\s*:\s*(?:[\p{L}\d.\-]+/(?:\p{Lu}{2,}\b|\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)"
    r"|\p{Lu}[\p{L}\d.\-]*)"
    r"(?:\s+(?:phát|chụp|minh họa|tư liệu|Internet))?\.?"
)


def _markers(kind: str) -> list[str]:
    return [row["text"] for row in load_tsv("boilerplate.tsv") if row["kind"] == kind]


def _exact_line(kind: str) -> str:
    """Regex for a whole line equal (case-insensitively) to one of the markers of this kind."""
    words = "|".join(re.escape(m) for m in sorted(_markers(kind), key=len, reverse=True))
    return rf"(?i)^\s*(?:{words})\s*:?\s*$"


def _contains(kind: str) -> str:
    words = "|".join(re.escape(m) for m in sorted(_markers(kind), key=len, reverse=True))
    return rf"(?i)(?:{words})"


def clean_articles(frame: pl.LazyFrame) -> pl.LazyFrame:
    """[article_id, text] -> [article_id, title, body, lead].

    Works line by line as columns: every rule below is a Polars expression over the exploded lines
    of all articles at once, never a Python loop over articles.
    """
    line = pl.col("line")
    words = line.str.count_matches(r"\S+")
    lines = (
        frame.select("article_id", pl.col("text").str.split("\n").alias("line"))
        .explode("line", empty_as_null=True)
        .with_columns(line.str.strip_chars())
        .filter(line.str.len_chars() > 0)
        .with_columns(pl.int_range(pl.len()).over("article_id").alias("n"))
    )
    title_no = pl.coalesce(pl.col("n").filter(words >= 4).first(), pl.lit(0)).over("article_id")
    half = (line.str.len_chars() - 1) // 2
    doubled = (words >= 8) & (line.str.slice(0, half) == line.str.slice(half + 1))
    is_image = line.str.contains(r"^!\[|^\|?\s*!\[")
    credit = r"\b(?:Ảnh|Nguồn)\s*:"
    is_credit = line.str.contains(r"^\(?" + credit[2:]) | ((words <= 10) & line.str.contains(credit))
    photo_tag = line.str.contains(r"(?:-|–)\s*Ảnh\s*\d+\.?$")
    unterminated = ~line.str.contains(r"[.!?…:;\"”)]\s*\|?$")
    nxt, prev = line.shift(-1).over("article_id"), line.shift(1).over("article_id")
    next_is_credit = nxt.str.contains(r"^(?:Ảnh|Nguồn)\s*:").fill_null(False)
    after_image = prev.str.contains(r"^!\[|^\|?\s*!\[").fill_null(False)
    after_photo_tag = prev.str.contains(r"(?:-|–)\s*Ảnh\s*\d+\.?$").fill_null(False)
    end_marker = line.str.contains(_exact_line("end")) | (doubled & (pl.col("n") > title_no))
    related_pair = (line == nxt) & ~line.str.contains(_contains("caption")) & (pl.col("n") > title_no + 2)
    cut = pl.col("n").filter(end_marker | related_pair).min().over("article_id")
    drop = (
        is_image
        | is_credit
        | photo_tag
        | after_image
        | next_is_credit
        | (after_photo_tag & unterminated)
        | ((words <= 40) & line.str.contains(_contains("caption")))  # a long line is a paragraph with a credit
        | line.str.contains(_exact_line("drop"))
        | line.str.contains(r"^\|")  # table cells of page templates: link boxes and captions
        | line.str.contains(r"^\[[^\]]+\]$")  # embedded link to another article
        | line.str.contains(r"^Theo dõi .{1,40} trên$")
        | (line == pl.col("line").filter(pl.col("n") == title_no).first().over("article_id"))
        | ((pl.col("n") <= title_no + 2) & (words <= 5) & unterminated)  # section label or by-line
    )
    kept = (
        lines.with_columns(title_no.alias("title_no"), cut.alias("cut"))
        .with_columns(
            pl.when(pl.col("n") == pl.col("title_no")).then(line).alias("title_line"),
            ((pl.col("n") > pl.col("title_no")) & (pl.col("cut").is_null() | (pl.col("n") < pl.col("cut"))) & ~drop)
            .alias("keep"),
        )
        .with_columns(
            line.str.replace(r"\s*\|$", "").str.replace_all(_PAREN_CREDIT, "").str.replace_all(_INLINE_CREDIT, "")
        )
    )
    return kept.group_by("article_id", maintain_order=True).agg(
        pl.col("title_line").drop_nulls().first().alias("title"),
        pl.col("line").filter(pl.col("keep")).str.join("\n").alias("body"),
    )
