"""Chooses the task runner of the extract step from the configuration: threads here, Dask for a cluster."""
from __future__ import annotations

from typing import Any

from flows.config import Settings


def with_configured_runner(flow: Any, files: int | None = None) -> Any:
    """The flow with the task runner HOPTAC_TASK_RUNNER names ("auto" default, "thread", "process", "dask").

    "auto" picks "process" when `files` (the size of the folder to load) is more than one batch:
    then the pool's start-up is paid back, and batches overlap on every core.
    "process" is a pool of HOPTAC_WORKERS processes on this machine. With "dask",
    HOPTAC_DASK_ADDRESS points at a running scheduler (tcp://host:8786); without it a local cluster
    of HOPTAC_WORKERS processes is started for the run. Only extract tasks are
    submitted to the runner: ingest, validate and load run in the flow's own process, so the
    DuckDB file keeps a single writer.
    """
    settings = Settings()
    kind = settings.task_runner
    if kind == "auto":
        kind = "process" if files is not None and files > settings.batch_size else "thread"
    if kind == "thread":
        return flow
    if kind == "process":
        from prefect.task_runners import ProcessPoolTaskRunner

        return flow.with_options(task_runner=ProcessPoolTaskRunner(max_workers=settings.workers,
                                                                   initializer=warm_up_worker))
    if kind != "dask":
        raise ValueError(f"unknown task runner {kind!r}: use 'auto', 'thread', 'process' or 'dask'")
    from prefect_dask import DaskTaskRunner

    if settings.dask_address:
        runner = DaskTaskRunner(address=settings.dask_address)
    else:
        runner = DaskTaskRunner(cluster_kwargs={
            "n_workers": settings.workers, "threads_per_worker": 1, "processes": True,
            "dashboard_address": None,
        })
    return flow.with_options(task_runner=runner)


# One short article of the kind the flow extracts from: a reception with a date, both sides' titles and a figure.
_WARM_UP_TITLE = "Chủ tịch UBND tỉnh Quảng Ninh tiếp Đại sứ Nhật Bản"
_WARM_UP_BODY = (
    "Chiều 5/6/2017, tại Hạ Long, ông Nguyễn Văn Đọc, Chủ tịch UBND tỉnh Quảng Ninh đã tiếp ông Umeda Kunio, "
    "Đại sứ Nhật Bản tại Việt Nam. Hai bên trao đổi về hợp tác đầu tư, du lịch và giáo dục. "
    "Năm 2016, kim ngạch thương mại giữa tỉnh và Nhật Bản đạt 300 triệu USD, tăng 12%."
)


def warm_up_worker() -> None:
    """Run once in each worker process as it starts: import the flow's modules and extract one short article, so
    that the imports and the regular expressions the extract step compiles on first use are paid before the
    first batch arrives (the flow starts them at the first batch that has work for them, while it cleans that
    batch). Results are not kept; a failure here is left for the real task to report."""
    try:
        import polars as pl

        import flows.etl  # noqa: F401  (Prefect, Polars and the transforms the tasks need)
        from transforms import extract, staging, triage

        page = pl.DataFrame({"article_id": ["warm-up"], "content_sha256": [""], "decode_note": [None],
                             "text": [f"{_WARM_UP_TITLE}\n{_WARM_UP_BODY}"]},
                            schema_overrides={"decode_note": pl.String})
        triage.mark_candidates(staging.stage_articles(page)[0].lazy()).collect()
        extract.extract_article(_WARM_UP_TITLE, _WARM_UP_BODY, ("Quang cảnh buổi tiếp.",))
    except Exception:  # noqa: BLE001, S110  (the worker must start anyway)
        pass
