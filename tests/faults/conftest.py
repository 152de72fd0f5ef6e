"""Helpers of the fault suite: `hoptac run` in a subprocess against the session's Prefect server, and
warehouse contents compared without what differs between two runs by nature (time stamps, folders)."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import polars as pl
import pytest

from tests.conftest import DEV_CORPUS, SEEDS
from warehouse.db import ALL_TABLES, Warehouse

# When a row was written, and where a warehouse keeps its quarantine copies, differ between two runs.
RUN_DEPENDENT = {"ingested_at", "checked_at", "quarantined_at", "quarantined_path"}


@pytest.fixture(scope="session")
def api_env(prefect_server: None) -> dict[str, str]:
    """Environment for a subprocess run that reports to the session's test server (no server of its own)."""
    from prefect.settings import PREFECT_API_URL

    env = {k: v for k, v in os.environ.items() if not k.startswith("HOPTAC_")}
    return {**env, "PREFECT_API_URL": str(PREFECT_API_URL.value()), "HOPTAC_TASK_RUNNER": "thread"}


def hoptac(args: list[str], env: dict[str, str], timeout: float = 240, **kwargs: object) -> subprocess.CompletedProcess:
    return subprocess.run(  # type: ignore[call-overload]
        [sys.executable, "-m", "flows.cli", *args], env=env, capture_output=True, text=True, timeout=timeout,
        **kwargs,
    )


def start_hoptac(args: list[str], env: dict[str, str]) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "flows.cli", *args], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def make_inbox(folder: Path, dev_files: int = 10, bad: bool = True) -> Path:
    """The five seeds, the first dev_files articles of the dev corpus, and (bad) two files to quarantine."""
    folder.mkdir(parents=True, exist_ok=True)
    for article in [*sorted(SEEDS.glob("*.txt")), *sorted(DEV_CORPUS.glob("*.txt"))[:dev_files]]:
        shutil.copy(article, folder / article.name)
    if bad:
        (folder / "empty.txt").write_bytes(b"")
        (folder / "picture.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00")
    return folder


def contents(warehouse: Path, tables: tuple[str, ...] = ALL_TABLES) -> dict[str, list[tuple]]:
    """Every row of every table (with duplicates, if any), without run-dependent columns, sorted."""
    with Warehouse(warehouse, read_only=True) as wh:
        out = {}
        for table in tables:
            frame = wh.table(table)
            out[table] = frame.drop([c for c in frame.columns if c in RUN_DEPENDENT]).sort(pl.all()).rows()
        return out


def relative_paths(rows: dict[str, list[tuple]], *folders: Path) -> dict[str, list[tuple]]:
    """The same contents with the inbox folders' prefixes removed (two runs on two copies of one inbox)."""
    def strip(value: object) -> object:
        if isinstance(value, str):
            for folder in folders:
                value = value.replace(f"{folder}/", "")  # type: ignore[union-attr]
        return value
    return {t: sorted(tuple(strip(v) for v in row) for row in r) for t, r in rows.items()}
