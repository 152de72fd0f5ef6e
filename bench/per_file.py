"""The one-task-per-file pattern of the Prefect tutorials, for comparison with the batched flow.

The same transforms, expectations and warehouse as flows/etl.py, cut the way tutorials cut a
pipeline: one `process_file` task per file, mapped over the folder on the default thread-pool task
runner, then one `load_file` task (one DuckDB transaction) per file. To compare granularity and not
amount of work, the Great Expectations suites run once over the whole folder at the end (per file
they would cost far more). Simplifications, which only make this flow cheaper: no duplicate-text
detection across files and no quarantine copies.

    python bench/per_file.py FOLDER WAREHOUSE      # prints the summary
"""
from __future__ import annotations

import datetime as dt
import sys
from dataclasses import dataclass
from pathlib import Path

import polars as pl
from prefect import flow, task
from prefect.cache_policies import NONE

from expectations import runner, suites
from flows import files
from transforms import extract, gazetteer, staging, tables, triage
from warehouse.db import LoadBatch, Warehouse


@dataclass
class FileResult:
    """One file through ingest, clean, triage and extract."""

    decoded: pl.DataFrame  # one row: source_path, content_sha256, size_bytes, article_id, text, error, status
    staged: pl.DataFrame  # zero or one row of stg_articles, with is_candidate
    extracted: tables.ExtractedFrames


@task(name="process-file", task_run_name="process {path}", cache_policy=NONE)
def process_file(path: str) -> FileResult:
    """Read, hash, decode, clean, triage and extract one file."""
    raw = next(files.read([path]))
    decoded = staging.decode_files([(raw.source_path, raw.content_sha256, raw.raw, raw.error, raw.size_bytes)])
    decoded = staging.assign_status(decoded, set())
    new = decoded.filter(pl.col("status") == "loaded")
    staged, too_thin = staging.stage_articles(new.select("article_id", "content_sha256", "text", "decode_note"))
    if too_thin.height:
        decoded = decoded.with_columns(
            pl.lit("quarantined").alias("status"), pl.lit(too_thin["reason"][0]).alias("error")
        )
    staged = triage.mark_candidates(staged.lazy()).collect()
    results = {
        row["article_id"]: extract.extract_article(
            row["title"], row["body"], (row["captions"] or "").split("\n"), row["published_date"]
        )
        for row in staged.filter(pl.col("is_candidate")).iter_rows(named=True)
    }
    extracted = tables.to_frames(results)
    extracted.articles = staged.select("article_id").join(extracted.articles, on="article_id", how="left").with_columns(
        pl.col("is_meeting_article").fill_null(False)
    )
    return FileResult(decoded, staged, extracted)


@task(name="load-file", task_run_name="load {path}", cache_policy=NONE)
def load_file(path: str, result: FileResult, warehouse: Warehouse, batch_id: str, now: dt.datetime) -> None:
    """One transaction per file, as a tutorial's load task would do."""
    batch = LoadBatch()
    decoded = result.decoded
    batch.add("raw_files", decoded.select(
        "source_path", "content_sha256", "size_bytes", "status",
        pl.when(pl.col("status") != "quarantined").then(pl.col("article_id")).alias("article_id"),
        pl.lit(batch_id).alias("batch_id"), pl.lit(now).alias("ingested_at"),
    ))
    loaded = decoded.filter(pl.col("status") == "loaded")
    batch.add("article_sources", loaded.select("article_id", "source_path"))
    if result.staged.height:
        batch.add("stg_articles", result.staged.select(
            "article_id", "content_sha256", "decode_note", "title", "body", "captions", "published_date",
            "headline_note", "is_candidate", pl.lit(batch_id).alias("batch_id"),
        ))
        batch.add("articles", result.staged.join(loaded.select("article_id", "source_path"), on="article_id").join(
            result.extracted.articles, on="article_id", how="left", suffix="_of_meeting"
        ).select(
            "article_id", "source_path", "content_sha256", "title", "body", "captions",
            pl.col("is_meeting_article").fill_null(False),
            pl.coalesce("published_date", "published_date_of_meeting").alias("published_date"),
            pl.lit(now).alias("ingested_at"),
        ))
    batch.add("partners", result.extracted.partners)
    batch.add("meeting_evidence", tables.evidence_frame(result.extracted))  # merged into meetings by the load
    batch.add("statistics", result.extracted.statistics)
    warehouse.load(batch)


@task(name="validate-all", cache_policy=NONE)
def validate_all(results: list[FileResult], warehouse: Warehouse, batch_id: str, now: dt.datetime) -> pl.DataFrame:
    """The four suites of the batched flow, once over every file of the folder."""
    decoded = pl.concat([r.decoded for r in results], how="diagonal_relaxed")
    accepted = decoded.filter(pl.col("status") != "quarantined").with_columns(
        pl.col("text").is_not_null().alias("decoded")
    )
    staged = pl.concat([r.staged for r in results if r.staged.height], how="diagonal_relaxed")
    merged = {
        name: pl.concat([getattr(r.extracted, name) for r in results], how="vertical_relaxed")
        for name in tables.ExtractedFrames.__dataclass_fields__
    }
    merged["partners"] = merged["partners"].unique("partner_id", keep="first", maintain_order=True)
    merged["meetings"] = merged["meetings"].unique("meeting_id", keep="first", maintain_order=True)
    checked = {"raw_files": accepted, "stg_articles": staged}
    quality = pl.concat([
        runner.validate(suites.raw_suite(), checked),
        runner.validate(suites.clean_suite(), checked),
        runner.validate(suites.extracted_suite(f.code for f in gazetteer.fields()), merged),
        runner.validate(
            suites.warehouse_suite(
                partner_ids=warehouse.partner_ids() | set(merged["partners"]["partner_id"]),
                meeting_ids=set(merged["meetings"]["meeting_id"]),
                sourced_meeting_ids=set(merged["meeting_sources"]["meeting_id"]),
                article_ids=set(staged["article_id"]),
            ),
            merged,
        ),
    ])
    results_frame = runner.stamp(quality, batch_id, now)
    warehouse.record_quality(results_frame)
    return results_frame


@flow(name="hoptac-per-file")
def per_file_etl(source_dir: str, warehouse: str, batch_size: int | None = None) -> dict[str, object]:
    """Every file of source_dir as its own task, loaded one by one; batch_size is ignored."""
    paths = files.discover(Path(source_dir))
    now = dt.datetime.now().replace(microsecond=0)
    batch_id = f"per-file-{now:%Y%m%d%H%M%S}"
    futures = process_file.map(paths)
    results = []
    with Warehouse(warehouse) as wh:
        for path, future in zip(paths, futures, strict=True):
            result = future.result()
            load_file(path, result, wh, batch_id, now)
            results.append(result)
        quality = validate_all(results, wh, batch_id, now)
        counts = wh.counts()
    return {
        "files_seen": len(paths), "files_skipped_known": 0,
        "articles_loaded": sum(r.staged.height for r in results),
        "candidates": sum(int(r.staged["is_candidate"].sum()) for r in results if r.staged.height),
        "meeting_articles": sum(int(r.extracted.articles["is_meeting_article"].sum()) for r in results),
        "checks_run": quality.height, "checks_failed": int((~quality["success"]).sum()),
        "tables": counts,
    }


if __name__ == "__main__":
    print(per_file_etl(source_dir=sys.argv[1], warehouse=sys.argv[2]))
