"""The DuckDB access layer: schema layers, idempotent batch loads, all-or-nothing transactions."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import polars as pl
import pytest

from warehouse.db import ALL_TABLES, LoadBatch, Warehouse, WarehouseMemoryError

NOW = dt.datetime(2026, 11, 23, 9, 0, 0)


def _batch() -> LoadBatch:
    batch = LoadBatch()
    batch.add("raw_files", pl.DataFrame({
        "source_path": ["inbox/a.txt"], "content_sha256": ["a" * 64], "size_bytes": [120], "status": ["loaded"],
        "article_id": ["art1"], "batch_id": ["b1"], "ingested_at": [NOW],
    }))
    batch.add("partners", pl.DataFrame({
        "partner_id": ["p_kansas"], "name": ["Kansas"], "name_en": [None], "kind": ["state"],
        "country_code": ["US"], "parent_partner_id": [None],
    }, schema_overrides={"name_en": pl.String, "parent_partner_id": pl.String}))
    return batch


def test_schema_has_every_layer(tmp_path: Path) -> None:
    with Warehouse(tmp_path / "w.duckdb") as wh:
        assert set(wh.counts()) == set(ALL_TABLES)
        assert wh.query("SELECT count(*) AS n FROM meeting_overview")["n"][0] == 0


def test_loading_the_same_batch_twice_changes_nothing(tmp_path: Path) -> None:
    with Warehouse(tmp_path / "w.duckdb") as wh:
        first = wh.load(_batch())
        second = wh.load(_batch())
        assert first == second
        assert first["raw_files"] == 1 and first["partners"] == 1


def test_a_later_batch_fills_in_a_missing_english_name(tmp_path: Path) -> None:
    with Warehouse(tmp_path / "w.duckdb") as wh:
        wh.load(_batch())
        later = LoadBatch()
        later.add("partners", _batch().frames["partners"].with_columns(pl.lit("Kansas").alias("name_en")))
        wh.load(later)
        assert wh.query("SELECT name_en FROM partners")["name_en"][0] == "Kansas"


def test_a_failing_statement_rolls_the_whole_batch_back(tmp_path: Path) -> None:
    with Warehouse(tmp_path / "w.duckdb") as wh:
        batch = _batch()
        # value is NOT NULL: the statistics insert fails after raw_files and partners went in.
        batch.add("statistics", pl.DataFrame({
            "stat_id": ["s1"], "article_id": ["art1"], "meeting_id": [None], "value": [None], "unit": ["USD"],
            "qualifier": ["exact"], "raw_text": ["x"], "evidence": ["x"],
        }, schema_overrides={"meeting_id": pl.String, "value": pl.Float64}))
        with pytest.raises(Exception, match="NOT NULL"):
            wh.load(batch)
        assert wh.counts()["raw_files"] == 0 and wh.counts()["partners"] == 0


def test_read_only_connection_refuses_writes(tmp_path: Path) -> None:
    Warehouse(tmp_path / "w.duckdb").close()
    with Warehouse(tmp_path / "w.duckdb", read_only=True) as wh, pytest.raises(Exception, match="read-only"):
        wh.query("CREATE TABLE x (a INT)")


def test_a_writer_can_cap_duckdb_memory(tmp_path: Path) -> None:
    with Warehouse(tmp_path / "capped.duckdb", memory_limit="256MB") as wh:
        limit = wh.con.execute("SELECT current_setting('memory_limit')").fetchone()
    assert limit == ("244.1 MiB",)  # 256 MB as DuckDB prints it


def test_a_load_that_runs_out_of_memory_is_rolled_back_with_advice(tmp_path: Path) -> None:
    path = tmp_path / "tiny.duckdb"
    with Warehouse(path, memory_limit="2MB") as wh:
        batch = LoadBatch()
        batch.add("article_sources", pl.DataFrame({
            "article_id": [f"a{i:07d}" for i in range(300_000)],
            "source_path": [f"/inbox/some/long/folder/name/file_{i:07d}.txt" for i in range(300_000)],
        }))
        with pytest.raises(WarehouseMemoryError, match="HOPTAC_DUCKDB_MEMORY"):
            wh.load(batch)
        assert wh.counts()["article_sources"] == 0
