"""Chooses the task runner of the extract step from the configuration: threads here, Dask for a cluster."""
from __future__ import annotations

from typing import Any

from flows.config import Settings


def with_configured_runner(flow: Any) -> Any:
    """The flow with the task runner HOPTAC_TASK_RUNNER names ("thread" default, or "dask").

    With "dask", HOPTAC_DASK_ADDRESS points at a running scheduler (tcp://host:8786); without it a
    local cluster of HOPTAC_DASK_WORKERS processes is started for the run. Only extract tasks are
    submitted to the runner: ingest, validate and load run in the flow's own process, so the
    DuckDB file keeps a single writer.
    """
    settings = Settings()
    if settings.task_runner == "thread":
        return flow
    if settings.task_runner != "dask":
        raise ValueError(f"unknown task runner {settings.task_runner!r}: use 'thread' or 'dask'")
    from prefect_dask import DaskTaskRunner

    if settings.dask_address:
        runner = DaskTaskRunner(address=settings.dask_address)
    else:
        runner = DaskTaskRunner(cluster_kwargs={
            "n_workers": settings.dask_workers, "threads_per_worker": 1, "processes": True,
            "dashboard_address": None,
        })
    return flow.with_options(task_runner=runner)
