"""Merged meetings in the warehouse: the same files in any order and any batch size give the same tables."""
from __future__ import annotations

import hashlib
from pathlib import Path

import polars as pl
import pytest

from tests.conftest import DEV_CORPUS, SEEDS, SHARED
from transforms import extract, staging, tables, triage
from transforms.records import ArticleExtraction
from warehouse.db import LoadBatch, Warehouse, forget_readings

MERGED = ("meetings", "meeting_sources", "meeting_fields", "partners", "partner_aliases", "meeting_evidence")


@pytest.fixture(scope="module")
def readings() -> list[tuple[str, ArticleExtraction]]:
    """Every article of seeds, dev and dev2 with its extraction, in file order (read once for the module)."""
    paths = sorted([*SEEDS.glob("*.txt"), *DEV_CORPUS.glob("*.txt"), *(SHARED / "corpus" / "dev2").glob("*.txt")])
    decoded = staging.decode_files([
        (str(p), hashlib.sha256(p.read_bytes()).hexdigest(), p.read_bytes(), None) for p in paths
    ])
    decoded = staging.assign_status(decoded, set()).filter(pl.col("status") == "loaded")
    staged, _ = staging.stage_articles(decoded.select("article_id", "content_sha256", "text", "decode_note"))
    staged = triage.mark_candidates(staged.lazy()).collect().sort("article_id")
    return [
        (row["article_id"], extract.extract_article(
            row["title"], row["body"], (row.get("captions") or "").split("\n"), row.get("published_date"),
        ) if row["is_candidate"] else ArticleExtraction(is_meeting_article=False))
        for row in staged.iter_rows(named=True)
    ]


def _load(path: Path, readings: list[tuple[str, ArticleExtraction]], batch_size: int) -> dict[str, pl.DataFrame]:
    with Warehouse(path) as wh:
        for start in range(0, len(readings), batch_size):
            frames = tables.to_frames(dict(readings[start:start + batch_size]))
            batch = LoadBatch()
            batch.add("partners", frames.partners)
            batch.add("meeting_evidence", tables.evidence_frame(frames))
            batch.add("statistics", frames.statistics)
            wh.load(batch)
        return {name: wh.table(name) for name in (*MERGED, "statistics")}


def test_batch_size_and_order_do_not_change_the_merged_tables(
    tmp_path: Path, readings: list[tuple[str, ArticleExtraction]]
) -> None:
    by_4000 = _load(tmp_path / "a.duckdb", readings, 4000)
    by_50 = _load(tmp_path / "b.duckdb", readings, 50)
    reversed_4 = _load(tmp_path / "c.duckdb", readings[::-1], 4)
    assert by_4000["meetings"].height > 50
    for name, frame in by_4000.items():
        assert frame.equals(by_50[name]), name
        assert frame.equals(reversed_4[name]), name


def test_every_meeting_has_a_source_and_every_reading_a_meeting(
    tmp_path: Path, readings: list[tuple[str, ArticleExtraction]]
) -> None:
    tables_ = _load(tmp_path / "w.duckdb", readings, 100)
    meetings, sources, evidence = tables_["meetings"], tables_["meeting_sources"], tables_["meeting_evidence"]
    assert set(meetings["meeting_id"]) == set(sources["meeting_id"]) == set(evidence["meeting_id"])
    assert evidence["meeting_id"].null_count() == 0
    # Readings outnumber meetings: some are merged (within an article or across articles).
    assert evidence.height > meetings.height
    stats = tables_["statistics"].filter(pl.col("meeting_id").is_not_null())
    assert set(stats["meeting_id"]) <= set(meetings["meeting_id"])
    # Every sub-national partner has its parent, which is itself a partner row.
    partners = tables_["partners"]
    places = partners.filter(pl.col("kind").is_in(["state", "province", "city", "council"]))
    assert places.height and places["parent_partner_id"].null_count() == 0
    assert set(places["parent_partner_id"]) <= set(partners["partner_id"])


def test_a_changed_article_leaves_the_meetings_of_the_others(
    tmp_path: Path, readings: list[tuple[str, ArticleExtraction]]
) -> None:
    path = tmp_path / "w.duckdb"
    everything = _load(path, readings, 4000)
    sources = everything["meeting_sources"]
    shared = sources.group_by("meeting_id").agg(pl.col("article_id").sort()).filter(pl.col("article_id").list.len() > 1)
    assert shared.height, "the dev sets report some meeting in two articles"
    gone = shared["article_id"][0][0]
    with Warehouse(path) as wh, wh.transaction() as con:
        forget_readings(con, [gone])
    without = _load(tmp_path / "without.duckdb", [r for r in readings if r[0] != gone], 4000)
    with Warehouse(path, read_only=True) as wh:
        for name in ("meetings", "meeting_sources", "meeting_fields", "meeting_evidence"):
            assert wh.table(name).equals(without[name]), name


def test_count_views_count_meetings_not_rows(tmp_path: Path, readings: list[tuple[str, ArticleExtraction]]) -> None:
    path = tmp_path / "w.duckdb"
    _load(path, readings, 4000)
    with Warehouse(path, read_only=True) as wh:
        def one(sql: str) -> object:
            return wh.query(sql).row(0)[0]

        meetings, sources = one("SELECT count(*) FROM meetings"), one("SELECT count(*) FROM meeting_sources")
        assert sources > meetings  # some meetings have several sources
        for view in ("meetings_per_country", "meetings_per_locality", "meetings_per_year"):
            assert one(f"SELECT sum(meetings) FROM {view}") == meetings, view
            assert one(f"SELECT sum(sources) FROM {view}") == sources, view
        assert one("SELECT sum(meetings) FROM meetings_per_partner") == meetings
        partners_met = one("SELECT count(DISTINCT partner_id) FROM meetings")
        assert one("SELECT count(DISTINCT partner_id) FROM partner_aliases") >= partners_met
        # Every name a partner was seen under leads to it, and its history lists the meetings read under it.
        history = wh.query("SELECT partner_id, sum(readings) AS readings FROM partner_history GROUP BY 1")
        evidence = wh.query("SELECT partner_id, count(*) AS readings FROM meeting_evidence GROUP BY 1")
        expected = evidence.sort("partner_id").cast({"readings": history["readings"].dtype})
        assert history.sort("partner_id").equals(expected)
