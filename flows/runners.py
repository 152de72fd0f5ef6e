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

        return flow.with_options(task_runner=ProcessPoolTaskRunner(max_workers=settings.workers))
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
