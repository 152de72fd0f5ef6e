"""Two runs on one warehouse: the second waits for the first (or leaves with one line); readers never see a
half-loaded batch, even when the writer is killed inside a load."""
from __future__ import annotations

import os
import signal
import threading
import time
from pathlib import Path

import duckdb
import pytest

from tests.faults.conftest import contents, hoptac, make_inbox, start_hoptac
from warehouse.db import Warehouse
from warehouse.lock import run_lock

pytestmark = pytest.mark.faults


@pytest.fixture(scope="module")
def inbox(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_inbox(tmp_path_factory.mktemp("concurrent") / "inbox", dev_files=4)


def test_a_second_run_with_no_wait_exits_2_with_one_line(api_env: dict[str, str], inbox: Path, tmp_path: Path) -> None:
    warehouse = tmp_path / "w.duckdb"
    with run_lock(warehouse):  # a run in progress
        busy = hoptac(["run", str(inbox), "--warehouse", str(warehouse), "--no-wait"], api_env, timeout=120)
    assert busy.returncode == 2
    lines = [line for line in busy.stderr.splitlines() if line.startswith("hoptac:")]
    assert lines == [f"hoptac: another hoptac run (pid {os.getpid()}) is writing to {warehouse}; "
                     "not started (--no-wait)"]
    assert "Traceback" not in busy.stderr and not warehouse.exists()


def test_two_runs_started_at_once_give_the_tables_of_one_run(
    prefect_server: None, api_env: dict[str, str], inbox: Path, tmp_path: Path
) -> None:
    from flows.etl import etl

    warehouse = tmp_path / "w.duckdb"
    args = ["run", str(inbox), "--warehouse", str(warehouse)]
    runs = [start_hoptac(args, api_env), start_hoptac(args, api_env)]
    outputs = [run.communicate(timeout=300) for run in runs]
    for run, (_, err) in zip(runs, outputs, strict=True):
        assert run.returncode == 0, err[-3000:]
        assert "Traceback" not in err and "IOException" not in err
    assert sum("waiting for it to finish" in err for _, err in outputs) >= 1
    new_articles = sorted(int(out.split("new articles")[1].split()[0]) for out, _ in outputs)
    assert new_articles[0] == 0  # the second run found everything loaded by the first

    once = tmp_path / "once.duckdb"
    etl(source_dir=str(inbox), warehouse=str(once))
    assert contents(warehouse) == contents(once)


def _read_consistently(warehouse: Path, stop: threading.Event, seen: list[tuple[int, int, int]]) -> None:
    """Poll the warehouse as a reader would (read-only, the file at --warehouse, which the run publishes
    after whole batches: warehouse/publish.py); a batch shows in raw_files only with its dq_results."""
    while not stop.is_set():
        try:
            with Warehouse(warehouse, read_only=True) as wh:
                row = wh.query(
                    "SELECT (SELECT count(DISTINCT batch_id) FROM raw_files) AS raw, "
                    "(SELECT count(DISTINCT batch_id) FROM dq_results) AS dq, "
                    "(SELECT count(*) FROM articles) AS articles"
                ).row(0)
            seen.append(row)
        except duckdb.Error as exc:  # not there yet (before the first publication); never locked
            if "lock" in str(exc).lower():
                seen.append((-1, -1, -1))
        time.sleep(0.05)


def test_a_kill_during_a_load_with_a_reader_open_leaves_the_clean_tables(
    prefect_server: None, api_env: dict[str, str], inbox: Path, tmp_path: Path
) -> None:
    from flows.etl import etl

    clean = tmp_path / "clean.duckdb"
    etl(source_dir=str(inbox), warehouse=str(clean), batch_size=4)
    warehouse = tmp_path / "w.duckdb"
    seen: list[tuple[int, int, int]] = []
    stop = threading.Event()
    reader = threading.Thread(target=_read_consistently, args=(warehouse, stop, seen), daemon=True)
    reader.start()
    try:
        killed = hoptac(["run", str(inbox), "--warehouse", str(warehouse), "--batch-size", "4"],
                        {**api_env, "HOPTAC_FAULT_POINT": "load:2"})
        time.sleep(0.5)  # the reader reads the file the killed writer left
    finally:
        stop.set()
        reader.join()
    assert killed.returncode == -signal.SIGKILL
    assert seen, "the reader never read the warehouse"
    assert (-1, -1, -1) not in seen, "a reader was locked out by the writer"
    for raw, dq, _ in seen:
        assert raw == dq, f"a reader saw {raw} batches in raw_files but {dq} with their results: half a batch"
    assert {articles for _, _, articles in seen} <= {0, 4}  # nothing, or the first batch's 4 articles

    etl(source_dir=str(inbox), warehouse=str(warehouse), batch_size=4)
    assert contents(warehouse) == contents(clean)
