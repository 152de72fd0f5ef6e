"""Decides, per dropped file, whether it becomes a new article, a duplicate of one, or quarantine."""
from __future__ import annotations

import polars as pl

from transforms.clean import clean_articles
from transforms.decode import DecodeError, decode_article, text_hash

MIN_BODY_CHARS = 80
MAX_TITLE_CHARS = 500  # a longer first line is a paragraph: the file has no headline
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

    An article whose cleaning leaves no headline, a paragraph for a headline or too little text is
    rejected with its reason, not loaded.
    """
    cleaned = clean_articles(new_articles.lazy().select("article_id", "text")).collect()
    staged = new_articles.drop("text").join(cleaned, on="article_id", how="left").with_columns(
        pl.col("body").fill_null("").str.len_chars().alias("body_chars"),
    )
    title_chars = pl.col("title").str.len_chars()
    no_headline = title_chars > MAX_TITLE_CHARS
    too_short = pl.col("title").is_null() | (pl.col("body_chars") < MIN_BODY_CHARS)
    rejected = staged.filter(too_short | no_headline).select(
        "article_id",
        pl.when(too_short).then(pl.format(
            "no article text after removing page furniture ({} characters of body left, {} needed)",
            pl.col("body_chars"), pl.lit(MIN_BODY_CHARS),
        )).otherwise(pl.format(
            "no headline: the first line is {} characters long (at most {} for a title), the file starts "
            "with a paragraph", title_chars, pl.lit(MAX_TITLE_CHARS),
        )).alias("reason"),
    )
    return staged.filter(~(too_short | no_headline)).drop("body_chars"), rejected
