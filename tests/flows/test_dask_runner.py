"""The extract step on a Dask local cluster (HOPTAC_TASK_RUNNER=dask) gives the warehouse of the default run."""
from __future__ import annotations

import shutil
from pathlib import Path

import polars as pl
import pytest

from tests.conftest import DEV_CORPUS, SEEDS
from warehouse.db import USER_TABLES, Warehouse

# Load timestamps differ between two runs by nature; everything else must be equal.
RUN_DEPENDENT_COLUMNS = {"articles": ["ingested_at"]}


@pytest.fixture(scope="module")
def inbox(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The five seeds and the 26 articles of the dev gold: meetings, look-alikes and ordinary news."""
    folder = tmp_path_factory.mktemp("inbox")
    for article in [*SEEDS.glob("*.txt"), *DEV_CORPUS.glob("*.txt")]:
        shutil.copy(article, folder / article.name)
    return folder


def _run(inbox: Path, warehouse: Path, runner: str) -> tuple[object, dict]:
    from flows.etl import etl
    from flows.runners import with_configured_runner

    with pytest.MonkeyPatch.context() as env:
        env.setenv("HOPTAC_TASK_RUNNER", runner)
        env.setenv("HOPTAC_WORKERS", "2")
        env.delenv("HOPTAC_DASK_ADDRESS", raising=False)
        # Small batches, every one sent to the runner, in two extract parts spread over both workers; later
        # batches must see the partners the first one loaded.
        env.setenv("HOPTAC_EXTRACT_PARTS", "2")
        env.setenv("HOPTAC_INLINE_ARTICLES", "0")
        flow = with_configured_runner(etl)
        summary = flow(source_dir=str(inbox), warehouse=str(warehouse), batch_size=16)
    return flow, summary


@pytest.fixture(scope="module")
def runs(prefect_server: None, inbox: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple]:
    out = {}
    for runner in ("thread", "dask"):
        warehouse = tmp_path_factory.mktemp(f"wh_{runner}") / "hoptac.duckdb"
        flow, summary = _run(inbox, warehouse, runner)
        out[runner] = (warehouse, flow, summary)
    return out


def _contents(warehouse: Path) -> dict[str, list[tuple]]:
    with Warehouse(warehouse, read_only=True) as wh:
        return {
            table: wh.table(table).drop(RUN_DEPENDENT_COLUMNS.get(table, [])).sort(pl.all()).rows()
            for table in USER_TABLES
        }


def test_the_dask_run_uses_a_dask_task_runner(runs: dict[str, tuple]) -> None:
    from prefect.task_runners import ThreadPoolTaskRunner
    from prefect_dask import DaskTaskRunner

    assert isinstance(runs["dask"][1].task_runner, DaskTaskRunner)
    assert isinstance(runs["thread"][1].task_runner, ThreadPoolTaskRunner)


def test_dask_and_default_runs_give_identical_tables(runs: dict[str, tuple]) -> None:
    default, dask = _contents(runs["thread"][0]), _contents(runs["dask"][0])
    # The comparison means something only if the corpus yields rows in every table.
    assert default["articles"] and default["meetings"] and default["partners"] and default["statistics"]
    for table in USER_TABLES:
        assert dask[table] == default[table], f"{table} differs between the Dask and the default run"


def test_dask_and_default_runs_report_the_same_work(runs: dict[str, tuple]) -> None:
    default, dask = runs["thread"][2], runs["dask"][2]
    for key in ("files_seen", "articles_loaded", "quarantined", "candidates", "meeting_articles", "tables"):
        assert dask[key] == default[key], key
    assert dask["rejected_batches"] == default["rejected_batches"] == 0
