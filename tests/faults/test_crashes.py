"""A run SIGKILLed at each step of a batch, then run again, gives the warehouse of one clean run."""
from __future__ import annotations

import signal
from pathlib import Path

import pytest

from flows.faults import POINTS
from tests.faults.conftest import contents, hoptac, make_inbox
from warehouse.db import Warehouse

pytestmark = pytest.mark.faults
BATCH = "6"  # 17 files: three batches
# Batches overlap: batch n+1 is read, cleaned and extracted before batch n is validated and loaded. These
# points all come after the first batch is loaded and before the second is.
KILL_IN_BATCH = {"ingest": 3, "clean": 3, "extract": 3, "validate": 2, "load": 2}


@pytest.fixture(scope="module")
def inbox(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_inbox(tmp_path_factory.mktemp("crash") / "inbox")


@pytest.fixture(scope="module")
def clean_run(prefect_server: None, inbox: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, list]:
    from flows.etl import etl

    warehouse = tmp_path_factory.mktemp("clean") / "w.duckdb"
    etl(source_dir=str(inbox), warehouse=str(warehouse), batch_size=int(BATCH))
    rows = contents(warehouse)
    assert rows["articles"] and rows["meetings"] and rows["statistics"] and rows["quarantine"]
    return rows


@pytest.mark.parametrize("point", POINTS)
def test_kill_at_a_step_then_rerun_gives_the_clean_tables(
    point: str, inbox: Path, clean_run: dict[str, list], api_env: dict[str, str], tmp_path: Path,
) -> None:
    from flows.etl import etl

    warehouse = tmp_path / "w.duckdb"
    killed = hoptac(["run", str(inbox), "--warehouse", str(warehouse), "--batch-size", BATCH],
                    {**api_env, "HOPTAC_FAULT_POINT": f"{point}:{KILL_IN_BATCH[point]}"})
    assert killed.returncode == -signal.SIGKILL, killed.stderr[-2000:]
    # The first batch is in, the second is not, whatever step it died in (the load's transaction too).
    with Warehouse(warehouse, read_only=True) as wh:
        batches = wh.query("SELECT count(DISTINCT batch_id) AS n FROM raw_files")["n"][0]
        half = wh.query("SELECT count(*) AS n FROM articles")["n"][0]
    assert batches == 1, f"after a kill in {point}, raw_files holds {batches} batches"
    assert 0 < half < len(clean_run["articles"])
    if point == "load":  # killed inside the transaction, after the second batch's articles were inserted
        assert half == 6 - 0, "the first batch's six articles only"

    etl(source_dir=str(inbox), warehouse=str(warehouse), batch_size=int(BATCH))
    after = contents(warehouse)
    for table, rows in clean_run.items():
        assert after[table] == rows, f"{table} after a kill in {point} and a rerun differs from a clean run"
    files = {str(p) for p in inbox.iterdir()}
    assert {r[0] for r in after["raw_files"]} == files  # no raw file lost
