"""Decides, per dropped file, whether it becomes a new article, a duplicate of one, or quarantine."""
from __future__ import annotations

import polars as pl

from transforms.clean import clean_articles
from transforms.decode import DecodeError, decode_article, text_hash
from transforms.outlets import outlet_locality as _outlet_locality

# A one-sentence brief ("Sáng 5/3, Chủ tịch UBND tỉnh tiếp Đại sứ Nhật Bản.") is an article: only a page with
# less than a short sentence of text left after its furniture is rejected.
MIN_BODY_CHARS = 40
DECODED_SCHEMA = {
    "source_path": pl.String, "content_sha256": pl.String, "size_bytes": pl.Int64, "article_id": pl.String,
    "text": pl.String, "decode_note": pl.String, "error": pl.String,
}


RawRow = tuple[str, str, bytes | None, str | None] | tuple[str, str, bytes | None, str | None, int | None]


def decode_files(files: list[RawRow]) -> pl.DataFrame:
    """(source_path, content_sha256, raw bytes or None, read error[, size on disk]) -> one row per file.

    Decoding is the one per-file Python step here: codecs work on bytes, not on columns.
    """
    rows = []
    for source_path, sha, raw, read_error, *on_disk in files:
        size = on_disk[0] if on_disk else None
        row: dict[str, object] = {
            "source_path": source_path, "content_sha256": sha, "size_bytes": len(raw) if raw is not None else size or 0,
            "article_id": None, "text": None, "decode_note": None, "error": read_error,
        }
        if raw is not None and read_error is None:
            try:
                decoded = decode_article(raw)
                row.update(article_id=text_hash(decoded.text), text=decoded.text, decode_note=decoded.note)
            except DecodeError as exc:
                row["error"] = str(exc)
        rows.append(row)
    return pl.DataFrame(rows, schema=DECODED_SCHEMA)


def assign_status(decoded: pl.DataFrame, existing_article_ids: set[str]) -> pl.DataFrame:
    """Adds `status`: quarantined (error), duplicate (text already loaded, here or before), loaded.

    Within the batch the first path in sort order is the one loaded; the others are duplicates.
    """
    first_seen = pl.col("source_path") == pl.col("source_path").min().over("article_id")
    return decoded.sort("source_path").with_columns(
        pl.when(pl.col("error").is_not_null()).then(pl.lit("quarantined"))
        .when(pl.col("article_id").is_in(list(existing_article_ids)) | ~first_seen).then(pl.lit("duplicate"))
        .otherwise(pl.lit("loaded"))
        .alias("status")
    )


def stage_articles(new_articles: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """[article_id, content_sha256, text, decode_note] -> (staged articles, rejected with reason).

    Staged rows carry title, body, captions (newline-joined, "" when none), published_date (the page's
    own dateline, or null) and headline_note (why the headline is not the first line, or null). A page
    whose first line is a dateline, a metadata line or a paragraph is an article: the cleaner takes its
    headline from the first real headline line or from the lead. Only an article with too little text
    left after cleaning is rejected, with its reason; a photo gallery or photo report, whose text is mostly
    captions, keeps them as its body.
    """
    cleaned = clean_articles(new_articles.lazy().select("article_id", "text")).collect()
    body, captions = pl.col("body").fill_null(""), pl.col("captions").fill_null("")
    # A photo gallery's or photo report's captions are its text: when they are all there is, or more than the
    # rest, the body is the page's text with its captions where they stand (clean's in_order).
    gallery = (captions.str.len_chars() > 0) & (
        (body.str.len_chars() < MIN_BODY_CHARS) | (captions.str.len_chars() > body.str.len_chars())
    )
    # The page's outlet, read from the text as scraped: the cleaner drops outlet tags and footers.
    outlet = new_articles.select("article_id", _outlet_locality(pl.col("text")).alias("outlet_locality"))
    staged = new_articles.drop("text").join(cleaned, on="article_id", how="left").join(
        outlet, on="article_id", how="left").with_columns(
        pl.when(gallery).then(pl.col("in_order").fill_null("").str.strip_chars()).otherwise(body).alias("body"),
        pl.when(gallery).then(pl.lit("")).otherwise(captions).alias("captions"),
    ).drop("in_order").with_columns(
        pl.col("body").str.len_chars().alias("body_chars"),
    )
    too_short = pl.col("title").is_null() | (pl.col("body_chars") < MIN_BODY_CHARS)
    rejected = staged.filter(too_short).select(
        "article_id",
        pl.format(
            "no article text after removing page furniture ({} characters of body left, {} needed)",
            pl.col("body_chars"), pl.lit(MIN_BODY_CHARS),
        ).alias("reason"),
    )
    return staged.filter(~too_short).drop("body_chars"), rejected
