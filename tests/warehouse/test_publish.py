"""Publishing: the run writes a working copy; PATH is replaced whole after each batch, readers never wait."""
from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import duckdb
import polars as pl
import pytest

from warehouse import publish
from warehouse.db import LoadBatch, Warehouse
from warehouse.publish import PublishedWarehouse, writer_path

NOW = dt.datetime(2026, 12, 1, 20, 0, 0)


def _batch(n: int) -> LoadBatch:
    """n raw files and one partner per call; distinct per n."""
    batch = LoadBatch()
    batch.add("raw_files", pl.DataFrame({
        "source_path": [f"inbox/{n}-{i}.txt" for i in range(n)],
        "content_sha256": [f"{n:02d}{i:062d}" for i in range(n)],
        "size_bytes": [100] * n, "status": ["loaded"] * n, "article_id": [f"a{n}-{i}" for i in range(n)],
        "batch_id": [f"b{n}"] * n, "ingested_at": [NOW] * n,
    }))
    return batch


def _count_in_other_process(path: Path) -> int:
    """What a fresh client sees: another process, plain duckdb, read-only."""
    code = ("import duckdb, sys; con = duckdb.connect(sys.argv[1], read_only=True); "
            "print(con.execute('SELECT count(*) FROM raw_files').fetchone()[0])")
    done = subprocess.run([sys.executable, "-c", code, str(path)], check=True, capture_output=True, text=True)
    return int(done.stdout)


def test_readers_open_the_file_while_the_run_writes_and_see_whole_batches(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(publish, "PUBLISH_EVERY", 0.0)  # every batch
    path = tmp_path / "hoptac.duckdb"
    with PublishedWarehouse(path) as wh:
        assert path.exists() and writer_path(path).exists()
        assert _count_in_other_process(path) == 0
        # A notebook's connection, held open across publications: it neither fails nor blocks the writer.
        notebook = duckdb.connect(str(path), read_only=True)
        wh.load(_batch(3))
        assert _count_in_other_process(path) == 3
        wh.load(_batch(4))
        assert _count_in_other_process(path) == 7
        assert notebook.execute("SELECT count(*) FROM raw_files").fetchone()[0] == 0  # its snapshot
        notebook.close()
        assert wh.publications >= 3 and wh.publish_seconds > 0
    assert _count_in_other_process(path) == 7
    assert not list(tmp_path.glob(".*.publishing"))


def test_an_existing_warehouse_is_adopted_and_the_copy_reused(tmp_path: Path) -> None:
    path = tmp_path / "hoptac.duckdb"
    with Warehouse(path) as legacy:  # written in place, as before publishing
        legacy.load(_batch(2))
    with PublishedWarehouse(path) as wh:
        assert wh.counts()["raw_files"] == 2
        wh.load(_batch(3))
    inode = writer_path(path).stat().st_ino
    with PublishedWarehouse(path) as wh:
        assert wh.counts()["raw_files"] == 5
        assert wh.publications == 0  # nothing changed: no copy at open
    assert writer_path(path).stat().st_ino == inode
    assert _count_in_other_process(path) == 5


def test_a_replaced_or_deleted_file_wins_over_the_working_copy(tmp_path: Path) -> None:
    path = tmp_path / "hoptac.duckdb"
    with PublishedWarehouse(path) as wh:
        wh.load(_batch(3))
    other = tmp_path / "other.duckdb"
    with Warehouse(other) as wh:
        wh.load(_batch(6))
    other.replace(path)
    with PublishedWarehouse(path) as wh:
        assert wh.counts()["raw_files"] == 6
    path.unlink()
    with PublishedWarehouse(path) as wh:
        assert wh.counts()["raw_files"] == 0
    assert _count_in_other_process(path) == 0


def test_a_batch_committed_but_not_published_is_published_at_the_next_open(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "hoptac.duckdb"
    with PublishedWarehouse(path) as wh:
        wh.load(_batch(2))

    def crash(self: PublishedWarehouse) -> float:
        raise KeyboardInterrupt("killed between commit and publish")

    monkeypatch.setattr(PublishedWarehouse, "publish", crash)
    with pytest.raises(KeyboardInterrupt), PublishedWarehouse(path) as wh:
        wh.load(_batch(3))
    monkeypatch.undo()
    assert _count_in_other_process(path) == 2
    with PublishedWarehouse(path) as wh:
        assert wh.publications == 1
    assert _count_in_other_process(path) == 5


def test_batches_loaded_faster_than_publishing_pays_are_published_together_at_close(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "hoptac.duckdb"
    monkeypatch.setattr(publish, "PUBLISH_EVERY", 1e9)  # publishing "costs" more than any run takes
    with PublishedWarehouse(path) as wh:
        wh.load(_batch(2))
        wh.load(_batch(3))
        assert wh.unpublished == 2 and _count_in_other_process(path) == 0  # the state before the run
    assert _count_in_other_process(path) == 5


def _wide_batch(n: int, tag: str) -> LoadBatch:
    """n raw files with 1,000-character paths: about n kB of log."""
    batch = LoadBatch()
    batch.add("raw_files", pl.DataFrame({
        "source_path": [f"inbox/{tag}{i:06d}" + "x" * 1000 for i in range(n)],
        "content_sha256": [f"{i:064d}" for i in range(n)], "size_bytes": [100] * n, "status": ["loaded"] * n,
        "article_id": [f"a{tag}{i}" for i in range(n)], "batch_id": [f"b{tag}"] * n, "ingested_at": [NOW] * n,
    }))
    return batch


def test_unpublished_batches_wait_in_the_write_ahead_log_and_survive_a_killed_writer(tmp_path: Path) -> None:
    """Between publications committed batches are not checkpointed one by one (each checkpoint cost as much
    as the inserts): they stay in the working copy's log, past DuckDB's default 16 MB, and a writer killed
    with SIGKILL leaves them there for the next open to replay and publish."""
    path = tmp_path / "hoptac.duckdb"
    code = (
        "import os, sys; sys.path.insert(0, sys.argv[2]); from tests.warehouse.test_publish import _wide_batch; "
        "from warehouse import publish; publish.PUBLISH_EVERY = 1e9; "
        "wh = publish.PublishedWarehouse(sys.argv[1]); wh.load(_wide_batch(12_000, 'a')); "
        "wh.load(_wide_batch(12_000, 'b')); "
        "print(os.path.getsize(str(publish.writer_path(publish.Path(sys.argv[1]))) + '.wal'), flush=True); "
        "os.kill(os.getpid(), 9)"
    )
    done = subprocess.run([sys.executable, "-c", code, str(path), str(Path(__file__).resolve().parents[2])],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == -9, done.stderr[-2000:]
    assert int(done.stdout.split()[-1]) > 16 * 1024 * 1024  # both batches in the log, not checkpointed into the file
    assert _count_in_other_process(path) == 0  # never published
    with PublishedWarehouse(path) as wh:
        assert wh.con.execute("SELECT count(*) FROM raw_files").fetchone()[0] == 24_000
    assert _count_in_other_process(path) == 24_000
