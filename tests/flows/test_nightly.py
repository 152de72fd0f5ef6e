"""The nightly run: sweeps the inbox like any run, then re-validates the whole warehouse."""
from __future__ import annotations

import datetime as dt
import shutil
import threading
import time
from pathlib import Path

import duckdb

from flows.watch import settle
from tests.conftest import SEEDS


def test_the_nightly_run_loads_the_inbox_and_revalidates_every_table(prefect_server: None, tmp_path: Path) -> None:
    from flows.etl import etl

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for seed in SEEDS.glob("*.txt"):
        shutil.copy(seed, inbox / seed.name)
    warehouse = tmp_path / "wh" / "hoptac.duckdb"
    summary = etl(source_dir=str(inbox), warehouse=str(warehouse), revalidate=True)
    assert summary["articles_loaded"] == 5
    con = duckdb.connect(str(warehouse), read_only=True)
    rows = con.execute("SELECT suite, success FROM dq_results WHERE batch_id = $b",
                       {"b": f"revalidate-{dt.date.today():%Y%m%d}"}).fetchall()
    con.close()
    assert {suite for suite, _ in rows} == {"extracted", "warehouse"}
    assert all(success for _, success in rows)


def test_settle_waits_until_a_file_being_written_is_complete(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    chunks = [b"x" * 1000] * 8

    def write_slowly() -> None:
        with open(path, "wb") as out:
            for chunk in chunks:
                out.write(chunk)
                out.flush()
                time.sleep(0.25)

    writer = threading.Thread(target=write_slowly)
    writer.start()
    time.sleep(0.1)
    assert settle([str(path)], quiet=0.5, poll=0.1) == [str(path)]
    assert path.stat().st_size == 8000  # not announced half-written
    writer.join()
    assert settle([str(tmp_path / "gone.txt")], quiet=0.5) == []
