"""Readers never wait for the writer: the flow writes a private working copy and publishes it.

DuckDB lets one process open a file read-write or many open it read-only, never both. So the file
at `--warehouse PATH` is only ever replaced, never written in place:

- the run writes PATH's folder/.hoptac/NAME.writer.duckdb (its working copy, adopted from PATH when
  there is none or PATH was changed by someone else);
- after a committed batch it CHECKPOINTs the copy, copies it to a temporary file beside PATH and
  renames that onto PATH (os.replace: atomic on one file system). A copy costs about 1 s per 600 MB
  here, so a batch is published when the last publication is at least PUBLISH_EVERY times its cost
  ago (publishing takes at most about a tenth of a long run; a small warehouse publishes every
  batch), and the run always publishes its last batches when it closes the warehouse.

Any client (`hoptac sql`, the duckdb CLI, a notebook, ../shared/eval/score.py) opens PATH read-only
at any time: it sees the state after some whole batch, never half of one, and a connection kept open
for hours keeps reading the file it opened (its inode) while the writer goes on publishing new ones.
"""
from __future__ import annotations

import contextlib
import json
import os
import shutil
import time
from pathlib import Path
from typing import Any

import duckdb

from warehouse.db import Warehouse

PUBLISH_EVERY = 10.0  # a publication at most once per this many times its own cost
# Committed batches stay in the working copy's write-ahead log until the next publication CHECKPOINTs them
# (DuckDB's default checkpoints once the log passes 16 MB, i.e. at every batch's COMMIT: each rewrote the
# tables' string blocks and indexes, which cost as much as the inserts). The log is durable at every COMMIT
# and replayed when the copy is opened after a crash; it never grows past 1 GB (wal_autocheckpoint below).

_SCHEMA_FINGERPRINT = (
    "SELECT md5(coalesce(string_agg(sql, ';' ORDER BY sql), '')) FROM ("
    " SELECT sql FROM duckdb_tables() WHERE NOT internal"
    " UNION ALL SELECT sql FROM duckdb_views() WHERE NOT internal)"
)


def working_folder(published: Path) -> Path:
    return published.parent / ".hoptac"


def writer_path(published: Path) -> Path:
    """The run's private working copy of the warehouse at `published`."""
    return working_folder(published) / f"{published.stem}.writer.duckdb"


def state_path(published: Path) -> Path:
    return working_folder(published) / f"{published.stem}.published.json"


def _identity(path: Path) -> dict[str, int] | None:
    try:
        st = path.stat()
    except FileNotFoundError:
        return None
    return {"dev": st.st_dev, "ino": st.st_ino, "size": st.st_size, "mtime_ns": st.st_mtime_ns}


def _read_state(published: Path) -> dict[str, Any]:
    try:
        return dict(json.loads(state_path(published).read_text(encoding="utf-8")))
    except (FileNotFoundError, ValueError):
        return {}


def _write_state(published: Path, state: dict[str, Any]) -> None:
    path = state_path(published)
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(state), encoding="utf-8")
    os.replace(tmp, path)


def _remove_database(path: Path) -> None:
    path.unlink(missing_ok=True)
    Path(f"{path}.wal").unlink(missing_ok=True)


def adopt(published: Path) -> bool:
    """Make the working copy match PATH unless it already descends from PATH's current file.

    True when the copy was (re)made from PATH or from nothing. PATH is the truth: a PATH that someone
    replaced or deleted since the last publication wins over the working copy.
    """
    writer = writer_path(published)
    state = _read_state(published)
    if writer.exists() and state.get("published") == _identity(published) and state.get("published"):
        return False
    writer.parent.mkdir(parents=True, exist_ok=True)
    _remove_database(writer)
    if published.exists():
        if Path(f"{published}.wal").exists():
            # A warehouse written in place (before publishing existed, or by another tool): fold its WAL
            # in first. This needs the file to itself, like any write to it.
            duckdb.connect(str(published)).close()
        shutil.copyfile(published, writer)
    _write_state(published, {"published": None, "dirty": True})
    return True


class PublishedWarehouse(Warehouse):
    """The warehouse at `path` as a run writes it: every load goes to the working copy and is then
    published onto `path`. Only the run holding the warehouse's run lock may open one."""

    def __init__(self, path: str | Path, memory_limit: str | None = None) -> None:
        published = Path(path)
        published.parent.mkdir(parents=True, exist_ok=True)
        adopt(published)
        super().__init__(writer_path(published), memory_limit=memory_limit)
        self.con.execute("SET wal_autocheckpoint = '1GB'")
        self.path = published  # what users open, and what events and summaries name
        self.writer = writer_path(published)
        self.publications = 0
        self.publish_seconds = 0.0
        self.unpublished = 0  # batches committed since the last publication
        self._last_cost, self._last_at = 0.0, 0.0
        state = _read_state(published)
        if state.get("dirty", True) or state.get("schema") != self._schema() or not published.exists():
            self.publish()

    def _schema(self) -> str:
        row = self.con.execute(_SCHEMA_FINGERPRINT).fetchone()
        return str(row[0]) if row else ""

    def load(self, *args: Any, **kwargs: Any) -> dict[str, int]:
        """Load a batch into the working copy (one transaction), then publish it."""
        state = _read_state(self.path)
        _write_state(self.path, {**state, "dirty": True})  # a crash before publishing republishes at next open
        counts = super().load(*args, **kwargs)
        self.unpublished += 1
        if time.perf_counter() - self._last_at >= PUBLISH_EVERY * self._last_cost:
            self.publish()
        return counts

    def close(self) -> None:
        """Publish what is committed and not yet published, then close the working copy."""
        try:
            if self.unpublished:
                self.publish()
        finally:
            super().close()

    def publish(self) -> float:
        """CHECKPOINT the working copy and atomically replace PATH by a copy of it; returns seconds."""
        started = time.perf_counter()
        self.con.execute("CHECKPOINT")
        tmp = self.path.parent / f".{self.path.name}.{os.getpid()}.publishing"
        try:
            shutil.copyfile(self.writer, tmp)
            with open(tmp, "rb+") as copy:
                os.fsync(copy.fileno())
            os.replace(tmp, self.path)
        finally:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
        _write_state(self.path, {"published": _identity(self.path), "dirty": False, "schema": self._schema()})
        self._last_at = time.perf_counter()
        seconds = self._last_at - started
        self.publications += 1
        self.publish_seconds += seconds
        self._last_cost, self.unpublished = seconds, 0
        return seconds
