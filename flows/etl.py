"""The main Prefect flow: ingest -> clean -> extract -> load, every step validated, batch by batch."""
from __future__ import annotations

import contextvars
import dataclasses
import datetime as dt
import hashlib
import os
import time
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl
from prefect import flow, get_run_logger, task
from prefect.cache_policies import NONE
from prefect.context import FlowRunContext
from prefect.events import emit_event
from prefect.futures import PrefectFuture
from prefect.runtime import flow_run
from prefect.task_runners import ProcessPoolTaskRunner

from flows import files
from flows.config import Settings
from flows.faults import crash_point
from flows.monitor import RunMonitor, announce_failure
from transforms import extract, gazetteer, staging, tables, triage
from warehouse.db import LoadBatch, Warehouse
from warehouse.lock import run_lock
from warehouse.publish import PublishedWarehouse

# Where the time of a batch goes. ingest, stage (quarantine and rows to load), validate, load and wait
# (for clean and extract results) are the flow's main thread; clean and triage run in a dispatcher
# thread of the flow's process, extract where the task runner runs it, both overlapping the main thread.
STEPS = ("ingest", "stage", "validate", "load", "wait", "clean", "triage", "extract")

# The dispatcher's clean overlaps the main thread's ingest, validate and load. This is safe because no code
# of either thread runs Python functions inside Polars plans (map_batches, map_elements): such a function runs
# on Polars' thread pool and needs the GIL, and a call that holds the GIL while it waits for that pool
# (to_pandas for Great Expectations, a frame handed to DuckDB as Arrow or pickled for a worker) then waits for
# ever (pola-rs/polars#26821; a full-corpus run once hung so in validate's to_pandas while the dispatcher
# cleaned the next batch). transforms/clean.py and the clean suite run their Python steps on collected
# columns between plans; tests/flows/test_etl.py checks that clean, triage and validation build no such plan.


@dataclass
class BatchReport:
    """What happened to one batch; the flow adds these up into the run summary."""

    batch_no: int
    files: int = 0
    skipped: int = 0
    loaded: int = 0
    duplicates: int = 0
    quarantined: list[dict[str, str]] = field(default_factory=list)
    candidates: int = 0
    meeting_articles: int = 0
    meetings: int = 0
    statistics: int = 0
    checks: int = 0
    failed_checks: list[str] = field(default_factory=list)
    rejected: bool = False
    batch_id: str | None = None  # set once the batch is staged: its dq_results rows carry it
    seconds: dict[str, float] = field(default_factory=dict)  # wall time per step

    @contextmanager
    def timed(self, step: str) -> Iterator[None]:
        started = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[step] = self.seconds.get(step, 0.0) + time.perf_counter() - started


@dataclass
class Staged:
    """A batch after ingest and clean: rows per table so far, plus the new articles to extract from."""

    batch_id: str
    now: dt.datetime
    load: LoadBatch
    articles: pl.DataFrame  # stg rows of new articles: article_id, content_sha256, decode_note, title, body
    checked: dict[str, pl.DataFrame]  # the frames the raw and clean suites validate


def _batch_id(decoded: pl.DataFrame) -> str:
    """Content hash of the batch: the same files give the same id, so reruns add no dq rows."""
    keys = "\n".join(sorted(decoded["source_path"] + ":" + decoded["content_sha256"]))
    return hashlib.sha256(keys.encode("utf-8")).hexdigest()[:20]


def _quarantine_rows(
    rejected: pl.DataFrame, step: str, settings: Settings, raw_by_path: dict[str, bytes | None], batch_id: str,
    now: dt.datetime,
) -> pl.DataFrame:
    rows = []
    for row in rejected.iter_rows(named=True):
        # raw_by_path holds every file that failed at ingest (bytes, or None when it was not read: refused,
        # too large, unreadable); a file quarantined after cleaning is copied from disk.
        kept = files.keep_copy(
            settings.quarantine_dir, row["source_path"], row["content_sha256"], raw_by_path.get(row["source_path"]),
            from_disk=row["source_path"] not in raw_by_path,
        )
        rows.append({
            "source_path": row["source_path"], "content_sha256": row["content_sha256"], "reason": row["reason"],
            "step": step, "quarantined_path": kept, "batch_id": batch_id, "quarantined_at": now,
        })
    return pl.DataFrame(rows, schema={
        "source_path": pl.String, "content_sha256": pl.String, "reason": pl.String, "step": pl.String,
        "quarantined_path": pl.String, "batch_id": pl.String, "quarantined_at": pl.Datetime("us"),
    })


@dataclass
class Ingested:
    """A batch after ingest: every new file decoded (or not) with its status."""

    batch_id: str
    now: dt.datetime
    decoded: pl.DataFrame
    raw_by_path: dict[str, bytes | None]


@task(name="ingest", task_run_name="ingest batch {batch_no} ({paths_count} files)", cache_policy=NONE)
def ingest(
    paths: list[str], paths_count: int, batch_no: int, warehouse: Warehouse, report: BatchReport,
    in_flight: frozenset[str] = frozenset(), source_dir: Path | None = None, max_bytes: int | None = None,
) -> Ingested | None:
    """Read and hash every file, skip the (path, bytes) pairs already registered, decode the rest.

    in_flight: article ids of the batch still being extracted, not yet in the warehouse; the same
    text here is a duplicate of it.
    """
    logger = get_run_logger()
    raw_files = list(files.read(paths, source_dir, max_bytes))
    incoming = pl.DataFrame(
        [(f.source_path, f.content_sha256) for f in raw_files], schema=["source_path", "content_sha256"], orient="row"
    )
    known = warehouse.known_files(incoming)
    known_keys = set(zip(known["source_path"], known["content_sha256"], strict=True))
    fresh = [f for f in raw_files if (f.source_path, f.content_sha256) not in known_keys]
    report.files, report.skipped = len(raw_files), len(raw_files) - len(fresh)
    if not fresh:
        logger.info("batch %s: all %s files already in the warehouse, nothing to do", batch_no, len(raw_files))
        return None
    decoded = staging.decode_files([(f.source_path, f.content_sha256, f.raw, f.error, f.size_bytes) for f in fresh])
    ids = decoded["article_id"].drop_nulls().to_list()
    decoded = staging.assign_status(decoded, warehouse.existing_articles(ids) | (in_flight & set(ids)))
    # Only the bytes of files that failed are kept for their quarantine copy; a file quarantined later
    # (no article left after cleaning) is copied from disk, so a batch in flight holds no raw bytes.
    failed = set(decoded.filter(pl.col("error").is_not_null())["source_path"])
    crash_point("ingest", batch_no)
    return Ingested(_batch_id(decoded), dt.datetime.now().replace(microsecond=0), decoded,
                    {f.source_path: f.raw for f in fresh if f.source_path in failed})


@dataclass
class Cleaned:
    """A batch's new articles after cleaning and triage, made wherever the task runner put the work."""

    articles: pl.DataFrame  # stg rows with is_candidate: article_id, content_sha256, decode_note, title, body
    too_thin: pl.DataFrame  # article_id, reason: nothing of an article left after cleaning
    seconds: dict[str, float]  # clean, triage


@task(name="clean", task_run_name="clean batch {batch_no} ({articles_count} articles)", cache_policy=NONE)
def clean(new_articles: pl.DataFrame, batch_no: int, articles_count: int) -> Cleaned:
    """Strip page furniture, split headline and body, mark the triage candidates (runs on any task runner)."""
    started = time.perf_counter()
    stg, too_thin = staging.stage_articles(new_articles)
    cleaned_at = time.perf_counter()
    stg = triage.mark_candidates(stg.lazy()).collect()
    crash_point("clean", batch_no)
    return Cleaned(stg, too_thin, {"clean": cleaned_at - started, "triage": time.perf_counter() - cleaned_at})


def _stage(ingested: Ingested, cleaned: Cleaned, settings: Settings, report: BatchReport) -> Staged:
    """Quarantine what cannot be read or leaves no article (with a kept copy); the rows to load so far."""
    logger = get_run_logger()
    decoded, batch_id, now = ingested.decoded, ingested.batch_id, ingested.now
    stg, too_thin = cleaned.articles, cleaned.too_thin
    if too_thin.height:
        thin_ids = too_thin["article_id"]
        decoded = decoded.join(too_thin, on="article_id", how="left").with_columns(
            pl.when(pl.col("article_id").is_in(thin_ids) & (pl.col("status") != "quarantined"))
            .then(pl.lit("quarantined")).otherwise(pl.col("status")).alias("status"),
            pl.coalesce("error", "reason").alias("error"),
        ).drop("reason")
    quarantined = decoded.filter(pl.col("status") == "quarantined").select(
        "source_path", "content_sha256", pl.col("error").alias("reason")
    )
    for row in quarantined.iter_rows(named=True):
        logger.warning("quarantined %s: %s", row["source_path"], row["reason"])
        report.quarantined.append({"file": row["source_path"], "reason": row["reason"]})
    accepted = decoded.filter(pl.col("status") != "quarantined").with_columns(
        pl.col("text").is_not_null().alias("decoded")
    )
    load = LoadBatch()
    load.add("raw_files", decoded.select(
        "source_path", "content_sha256", "size_bytes", "status",
        pl.when(pl.col("status") != "quarantined").then(pl.col("article_id")).alias("article_id"),
        pl.lit(batch_id).alias("batch_id"), pl.lit(now).alias("ingested_at"),
    ))
    load.add("quarantine", _quarantine_rows(quarantined, "clean", settings, ingested.raw_by_path, batch_id, now))
    load.add("article_sources", accepted.select("article_id", "source_path"))
    report.loaded = stg.height
    report.candidates = int(stg["is_candidate"].sum())
    report.duplicates = accepted.filter(pl.col("status") == "duplicate").height
    return Staged(batch_id, now, load, stg, {"raw_files": accepted, "stg_articles": stg})


@dataclass
class Extracted:
    frames: tables.ExtractedFrames
    seconds: float


@task(name="extract", task_run_name="extract batch {batch_no} part {part} ({articles_count} articles)",
      cache_policy=NONE)
def extract_part(candidates: pl.DataFrame, batch_no: int, part: int, articles_count: int) -> Extracted:
    """Sentence-level extraction of triage candidates of a batch (runs on any task runner)."""
    started = time.perf_counter()
    results = {
        row["article_id"]: extract.extract_article(
            row["title"], row["body"], (row.get("captions") or "").split("\n"), row.get("published_date"),
            row.get("outlet_locality"),
        )
        for row in candidates.iter_rows(named=True)
    }
    crash_point("extract", batch_no)
    return Extracted(tables.to_frames(results), time.perf_counter() - started)


def _concat(parts: list[tables.ExtractedFrames]) -> tables.ExtractedFrames:
    merged = {
        name: pl.concat([getattr(p, name) for p in parts], how="vertical_relaxed")
        for name in tables.ExtractedFrames.__dataclass_fields__
    }
    merged["partners"] = merged["partners"].unique("partner_id", keep="first", maintain_order=True)
    merged["meetings"] = merged["meetings"].unique("meeting_id", keep="first", maintain_order=True)
    merged["meeting_sources"] = merged["meeting_sources"].unique(maintain_order=True)
    merged["meeting_fields"] = merged["meeting_fields"].unique(maintain_order=True)
    return tables.ExtractedFrames(**merged)


def _run_suites(staged: Staged, extracted: tables.ExtractedFrames, warehouse: Warehouse) -> pl.DataFrame:
    # Great Expectations takes seconds to import: only a run with something to validate pays for it.
    from expectations import runner, suites

    frames = extracted.as_dict()
    quality = [
        runner.validate(suites.raw_suite(), staged.checked),
        runner.validate(suites.clean_suite(), staged.checked),
        runner.validate(suites.extracted_suite(f.code for f in gazetteer.fields()), frames),
        runner.validate(
            suites.warehouse_suite(
                partner_ids=warehouse.partner_ids() | set(extracted.partners["partner_id"]),
                meeting_ids=set(extracted.meetings["meeting_id"]),
                sourced_meeting_ids=set(extracted.meeting_sources["meeting_id"]),
                article_ids=set(staged.articles["article_id"]),
            ),
            frames,
        ),
    ]
    return pl.concat(quality)


def _without_articles(
    staged: Staged, extracted: tables.ExtractedFrames, reasons: pl.DataFrame, settings: Settings, report: BatchReport,
) -> tuple[Staged, tables.ExtractedFrames]:
    """The batch with these articles' files quarantined ([article_id, reason]) and their rows left out."""
    logger = get_run_logger()
    bad = reasons["article_id"]
    frames = dict(staged.load.frames)
    raw = frames["raw_files"]
    files_out = raw.filter(pl.col("article_id").is_in(bad)).join(reasons, on="article_id")
    for row in files_out.iter_rows(named=True):
        logger.warning("quarantined %s: %s", row["source_path"], row["reason"])
        report.quarantined.append({"file": row["source_path"], "reason": row["reason"]})
    frames["raw_files"] = raw.with_columns(
        pl.when(pl.col("article_id").is_in(bad)).then(pl.lit("quarantined")).otherwise(pl.col("status"))
        .alias("status"),
        pl.when(pl.col("article_id").is_in(bad)).then(None).otherwise(pl.col("article_id")).alias("article_id"),
    )
    if "article_sources" in frames:
        frames["article_sources"] = frames["article_sources"].filter(~pl.col("article_id").is_in(bad))
    load = LoadBatch()
    for name, frame in frames.items():
        load.add(name, frame)
    load.add("quarantine", _quarantine_rows(files_out, "validate", settings, {}, staged.batch_id, staged.now))
    articles = staged.articles.filter(~pl.col("article_id").is_in(bad))
    report.loaded = articles.height
    report.candidates = int(articles["is_candidate"].sum())
    checked = {
        "raw_files": staged.checked["raw_files"].filter(~pl.col("article_id").is_in(bad)),
        "stg_articles": articles,
    }
    return (dataclasses.replace(staged, load=load, articles=articles, checked=checked),
            tables.without_articles(extracted, bad.to_list()))


@task(name="validate", task_run_name="validate batch {batch_no}", cache_policy=NONE)
def validate(
    staged: Staged, extracted: tables.ExtractedFrames, batch_no: int, warehouse: Warehouse, report: BatchReport,
    settings: Settings,
) -> tuple[pl.DataFrame, Staged, tables.ExtractedFrames]:
    """Run the raw, clean, extracted and warehouse suites on the batch; returns dq_results rows and the batch.

    A row-level failure (one article's body too long, furniture left in it, a value outside its
    vocabulary) quarantines the files of the articles it names, with the expectation as reason; the
    rest of the batch is validated again and loads. Any other critical failure keeps the batch out.
    """
    from expectations import runner

    logger = get_run_logger()
    results = _run_suites(staged, extracted, warehouse)
    failed_rows = runner.row_failures(results)
    if failed_rows.height:
        located = pl.concat([
            tables.articles_of(extracted, column, group["key"]).join(group, on="key")
            for (column,), group in failed_rows.group_by("key_column", maintain_order=True)
        ])
        reasons = located.sort("suite", "expectation", "column_name").group_by("article_id", maintain_order=True).agg(
            pl.format("failed expectation {}.{}({})", "suite", "expectation", "column_name").first().alias("reason")
        ).sort("article_id")
        handled = results.join(failed_rows.select("suite", "expectation", "column_name").unique(),
                               on=["suite", "expectation", "column_name"], how="semi")
        staged, extracted = _without_articles(staged, extracted, reasons, settings, report)
        results = runner.handled_by_quarantine(
            _run_suites(staged, extracted, warehouse), handled, f"quarantined {reasons.height} article(s)"
        )
    results = runner.stamp(results, staged.batch_id, staged.now)
    crash_point("validate", batch_no)
    failures = runner.critical_failures(results)
    report.checks = results.height
    report.failed_checks = [
        f"{r['suite']}: {r['expectation']}({r['column_name']})" for r in failures.iter_rows(named=True)
    ]
    if failures.height:
        logger.error("batch %s fails %s critical expectation(s): %s", batch_no, failures.height,
                     "; ".join(report.failed_checks))
        emit_event(
            event="hoptac.expectations.failed",
            resource={"prefect.resource.id": f"hoptac.warehouse.{warehouse.path}"},
            payload={"batch_id": staged.batch_id, "failures": report.failed_checks},
        )
    return results, staged, extracted


@task(name="load", task_run_name="load batch {batch_no}", cache_policy=NONE)
def load(
    staged: Staged, extracted: tables.ExtractedFrames, results: pl.DataFrame, batch_no: int, warehouse: Warehouse,
    report: BatchReport,
) -> dict[str, int]:
    """One transaction for the whole batch; a batch with a failed critical expectation is kept out."""
    from expectations import runner

    logger = get_run_logger()
    if runner.critical_failures(results).height:
        # Bad data stays out of the tables users query; dq_results say why, and the files stay
        # unregistered so that the next run tries them again.
        report.rejected = True
        warehouse.record_quality(results)
        logger.error("batch %s not loaded: see dq_results batch_id %s", batch_no, staged.batch_id)
        return warehouse.counts()
    batch = staged.load
    batch.add("stg_articles", staged.articles.select(
        "article_id", "content_sha256", "decode_note", "title", "body", "captions", "published_date",
        "headline_note", "is_candidate", pl.lit(staged.batch_id).alias("batch_id"),
    ))
    no_sources = pl.DataFrame(schema={"article_id": pl.String, "source_path": pl.String})
    sources = batch.frames.get("article_sources", no_sources)
    first_path = sources.sort("source_path").group_by("article_id").agg(pl.col("source_path").first())
    batch.add("articles", staged.articles.join(first_path, on="article_id").join(
        extracted.articles, on="article_id", how="left", suffix="_of_meeting"
    ).select(
        "article_id", "source_path", "content_sha256", "title", "body", "captions",
        pl.col("is_meeting_article").fill_null(False),
        # The page's own dateline, else the day of its primary meeting.
        pl.coalesce("published_date", "published_date_of_meeting").alias("published_date"),
        pl.lit(staged.now).alias("ingested_at"),
    ))
    batch.add("partners", extracted.partners)
    # The articles' own readings of meetings: the load merges them into meetings, meeting_sources, meeting_fields.
    batch.add("meeting_evidence", tables.evidence_frame(extracted))
    batch.add("statistics", extracted.statistics)
    batch.add("dq_results", results)
    # The load's crash point is inside its transaction, once the articles are in: a half-loaded batch.
    counts = warehouse.load(batch, after_insert=lambda table: crash_point("load", batch_no) if table == "articles"
                            else None)
    report.meeting_articles = int(extracted.articles["is_meeting_article"].sum())
    report.meetings, report.statistics = extracted.meetings.height, extracted.statistics.height
    emit_event(
        event="hoptac.batch.loaded",
        resource={"prefect.resource.id": f"hoptac.warehouse.{warehouse.path}"},
        payload={"batch_id": staged.batch_id, "articles": report.loaded, "meetings": report.meetings,
                 "quarantined": len(report.quarantined)},
    )
    logger.info("batch %s loaded: %s new articles, %s meetings, %s statistics", batch_no, report.loaded,
                report.meetings, report.statistics)
    return counts


@dataclass
class InFlight:
    """A batch on its way: a dispatcher thread of the flow's process cleans it (Polars, which leaves
    the GIL) and sends its triage candidates to the task runner (other processes or machines), while
    the flow reads the next batch and validates and loads the previous one."""

    report: BatchReport
    ingested: Ingested
    dispatched: Future[None] | None = None  # the dispatcher's work for this batch
    cleaned: Cleaned | None = None
    parts: list[PrefectFuture[Extracted] | Extracted] = field(default_factory=list)

    @property
    def article_ids(self) -> frozenset[str]:
        """Texts this batch will load: a later batch's copy of one is a duplicate."""
        decoded = self.ingested.decoded
        return frozenset(decoded.filter(pl.col("status") == "loaded")["article_id"])


def _clean_and_submit(batch: InFlight, settings: Settings, inline: bool) -> None:
    """Clean the batch's new articles, then extract its candidates: here (inline) or on the task runner."""
    batch_no = batch.report.batch_no
    new = batch.ingested.decoded.filter(pl.col("status") == "loaded").select(
        "article_id", "content_sha256", "text", "decode_note"
    )
    batch.cleaned = clean(new, batch_no, new.height)
    candidates = batch.cleaned.articles.filter(pl.col("is_candidate"))
    if inline:
        batch.parts = [extract_part(candidates, batch_no, 1, candidates.height)]
        return
    size = -(-candidates.height // settings.extract_parts) or 1
    batch.parts = [
        extract_part.submit(part, batch_no, n, part.height)
        for n, part in enumerate((candidates.slice(i, size) for i in range(0, max(candidates.height, 1), size)),
                                 start=1)
    ]


def _dispatched(batch: InFlight, settings: Settings) -> None:
    _clean_and_submit(batch, settings, inline=False)


def _dispatch(ingested: Ingested, settings: Settings, report: BatchReport, dispatcher: ThreadPoolExecutor) -> InFlight:
    """Hand the batch to the dispatcher thread; returns without waiting.

    A small batch (a few files dropped in) is cleaned and extracted here and now: cheaper than
    shipping it to a worker.
    """
    batch = InFlight(report, ingested)
    if not _for_workers(ingested, settings):
        _clean_and_submit(batch, settings, inline=True)
    else:
        # The thread carries the flow run's context, so its clean and extract task runs belong to this run.
        batch.dispatched = dispatcher.submit(contextvars.copy_context().run, _dispatched, batch, settings)
    return batch


def _for_workers(ingested: Ingested, settings: Settings) -> bool:
    """Does the batch go to the task runner? A small one is cleaned and extracted in the flow's process."""
    return ingested.decoded.filter(pl.col("status") == "loaded").height > settings.inline_articles


def _finish(batch: InFlight, settings: Settings, wh: Warehouse) -> dict[str, int]:
    """Wait for a batch's clean and extract results, validate them and load the batch."""
    report = batch.report
    with report.timed("wait"):
        # Great Expectations takes seconds to import: imported here, while the dispatcher and the workers finish
        # the batch, the first validation does not wait for it (a no-op once imported).
        from expectations import runner  # noqa: F401

        if batch.dispatched is not None:
            batch.dispatched.result()
        parts = [p.result() if isinstance(p, PrefectFuture) else p for p in batch.parts]
    cleaned = batch.cleaned
    assert cleaned is not None  # set by _clean_and_submit, which has returned
    return _validate_and_load(batch, cleaned, parts, settings, wh)


def _validate_and_load(batch: InFlight, cleaned: Cleaned, parts: list[Extracted], settings: Settings,
                       wh: Warehouse) -> dict[str, int]:
    report = batch.report
    for step, seconds in cleaned.seconds.items():
        report.seconds[step] = report.seconds.get(step, 0.0) + seconds
    report.seconds["extract"] = report.seconds.get("extract", 0.0) + sum(p.seconds for p in parts)
    with report.timed("stage"):
        staged = _stage(batch.ingested, cleaned, settings, report)
    report.batch_id = staged.batch_id
    extracted = _concat([p.frames for p in parts])
    # Articles that were not candidates are non-meeting articles: give them their flag row.
    extracted.articles = staged.articles.select("article_id").join(
        extracted.articles, on="article_id", how="left"
    ).with_columns(pl.col("is_meeting_article").fill_null(False))
    with report.timed("validate"):
        results, staged, extracted = validate(staged, extracted, report.batch_no, wh, report, settings)
    with report.timed("load"):
        return load(staged, extracted, results, report.batch_no, wh, report)


def _chunks(items: list[str], size: int) -> list[list[str]]:
    return [items[i:i + size] for i in range(0, len(items), size)]


def _share_api_with_worker_processes() -> None:
    """Worker processes of a process pool report to this flow's API, not to servers of their own.

    They inherit the environment at their start; an ephemeral server's address is not in it.
    """
    context = FlowRunContext.get()
    if context and isinstance(context.task_runner, ProcessPoolTaskRunner) and "PREFECT_API_URL" not in os.environ:
        os.environ["PREFECT_API_URL"] = str(context.client.api_url)


def _start_worker_processes() -> None:
    """Start a process pool's workers now, not at the first batch's extract: each warms up as it starts
    (flows.runners.warm_up_worker) while the dispatcher cleans the first batch.

    The pool starts a process when work is submitted and no worker is idle: one no-op per worker starts them all.
    """
    context = FlowRunContext.get()
    runner = context.task_runner if context else None
    executor = getattr(runner, "_executor", None)  # the pool of a ProcessPoolTaskRunner that has started
    if isinstance(runner, ProcessPoolTaskRunner) and executor is not None:
        for _ in range(getattr(runner, "_max_workers", 1)):
            executor.submit(int)


def _run_name() -> str:
    from prefect.runtime import deployment

    if deployment.id:  # on arrival or nightly: say which, and how many files it takes
        from flows.service import deployment_run_name

        return deployment_run_name(dict(flow_run.parameters))
    source = Path(str(flow_run.parameters.get("source_dir", "?"))).name or "?"
    return f"etl {source} {dt.datetime.now():%Y-%m-%d %H:%M:%S}"


@flow(name="hoptac-etl", flow_run_name=_run_name, on_failure=[announce_failure], on_crashed=[announce_failure])
def etl(
    source_dir: str, warehouse: str | None = None, batch_size: int | None = None, settle_seconds: float = 0.0,
    revalidate: bool = False,
) -> dict[str, object]:
    """Load every article file under source_dir into the warehouse; returns the run summary.

    settle_seconds: skip files modified more recently (an inbox being copied into); revalidate: then
    run the extracted and foreign-key suites over the whole warehouse (the nightly run).
    """
    logger = get_run_logger()
    _share_api_with_worker_processes()
    settings = Settings()
    if warehouse:
        settings = dataclasses.replace(settings, warehouse=Path(warehouse))
    paths = files.discover(Path(source_dir), settled_for=settle_seconds)
    logger.info("%s files under %s, batches of %s", len(paths), source_dir, batch_size or settings.batch_size)
    reports: list[BatchReport] = []
    # One writer per warehouse: a run started by a deployment waits here for any other run on the file
    # (`hoptac run` already holds the lock; taking it again in the same process is free). The run writes a
    # working copy and publishes it onto the warehouse file after every batch, so that readers never wait
    # for it (warehouse/publish.py).
    with run_lock(settings.warehouse, on_wait=logger.warning), \
            PublishedWarehouse(settings.warehouse, memory_limit=settings.duckdb_memory) as wh:
        counts = wh.counts()
        batches = _chunks(paths, batch_size or settings.batch_size)
        monitor = RunMonitor.start(settings.warehouse, counts, len(batches))
        # Batches overlap: while the task runner extracts batch n (other processes or machines), a
        # dispatcher thread cleans batch n+1 and queues its extraction, and the flow reads batch n+1
        # and then validates and loads batch n. Loads stay in this process and in batch order: the
        # warehouse has one writer.
        in_flight: InFlight | None = None
        workers_started = False
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="hoptac-dispatch") as dispatcher:
            for batch_no, batch in enumerate(batches, start=1):
                report = BatchReport(batch_no)
                reports.append(report)
                pending = in_flight.article_ids if in_flight else frozenset()
                with report.timed("ingest"):
                    ingested = ingest(batch, len(batch), batch_no, wh, report, pending, Path(source_dir),
                                      settings.max_article_bytes)
                if ingested is None:
                    monitor.batch_done()
                    continue
                if not workers_started and _for_workers(ingested, settings):
                    # Only a run with work for them starts the workers (a rerun with nothing new never does),
                    # as soon as it knows: they warm up while the dispatcher cleans this batch.
                    _start_worker_processes()
                    workers_started = True
                submitted = _dispatch(ingested, settings, report, dispatcher)
                if in_flight:
                    counts = _finish(in_flight, settings, wh)
                    monitor.batch_done(in_flight.report)
                in_flight = submitted
            if in_flight:
                counts = _finish(in_flight, settings, wh)
                monitor.batch_done(in_flight.report)
        if revalidate:
            from flows.nightly import revalidate_warehouse

            revalidate_warehouse(wh)
            counts = wh.counts()
        summary = monitor.finish(_summarise(reports, counts, wh, settings), reports, wh)
    if summary["rejected_batches"]:
        raise RuntimeError(
            f"{summary['rejected_batches']} batch(es) failed critical expectations and were not loaded; "
            "see the dq_results table and the run's data-quality artifact"
        )
    return summary


def _summarise(
    reports: list[BatchReport], counts: dict[str, int], wh: Warehouse, settings: Settings
) -> dict[str, object]:
    return {
        "warehouse": str(settings.warehouse),
        "files_seen": sum(r.files for r in reports),
        "files_skipped_known": sum(r.skipped for r in reports),
        "articles_loaded": sum(r.loaded for r in reports),
        "duplicates": sum(r.duplicates for r in reports),
        "quarantined": sum(len(r.quarantined) for r in reports),
        "candidates": sum(r.candidates for r in reports),
        "meeting_articles": sum(r.meeting_articles for r in reports),
        "checks_run": sum(r.checks for r in reports),
        "checks_failed": sum(len(r.failed_checks) for r in reports),
        "rejected_batches": sum(r.rejected for r in reports),
        "step_seconds": {
            step: round(sum(r.seconds.get(step, 0.0) for r in reports), 3)
            for step in STEPS
        },
        "tables": counts,
        "quality": wh.quality_summary().to_dicts(),
    }
