"""The main flow end to end on the real seeds, with bad input beside them, on a Prefect test server."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from tests.conftest import GOLD, SEEDS, SHARED
from warehouse.db import ALL_TABLES, Warehouse

BAD_FILES = {
    "empty.txt": (b"", "empty file"),
    "picture.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", "binary file"),
    "latin.txt": (bytes(range(160, 256)) * 3, "not UTF-8"),
}


@pytest.fixture(scope="module")
def inbox(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The five seeds, one of them twice under another name, and files that cannot be loaded."""
    folder = tmp_path_factory.mktemp("inbox")
    for seed in SEEDS.glob("*.txt"):
        shutil.copy(seed, folder / seed.name)
    shutil.copy(next(SEEDS.glob("003_*.txt")), folder / "copy_of_daejeon.txt")
    for name, (raw, _) in BAD_FILES.items():
        (folder / name).write_bytes(raw)
    (folder / "gone.txt").symlink_to(folder / "does-not-exist.txt")
    return folder


@pytest.fixture(scope="module")
def first_run(prefect_server: None, inbox: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    from flows.etl import etl

    warehouse = tmp_path_factory.mktemp("wh") / "hoptac.duckdb"
    summary = etl(source_dir=str(inbox), warehouse=str(warehouse), batch_size=4)
    return warehouse, summary


def _snapshot(path: Path) -> dict[str, list[tuple]]:
    with Warehouse(path, read_only=True) as wh:
        return {t: wh.table(t).rows() for t in ALL_TABLES}


def test_every_seed_is_loaded_and_bad_files_are_quarantined_with_reasons(first_run: tuple[Path, dict]) -> None:
    warehouse, summary = first_run
    con = duckdb.connect(str(warehouse), read_only=True)
    names = {Path(p).name for (p,) in con.execute("SELECT source_path FROM articles").fetchall()}
    assert {s.name for s in SEEDS.glob("*.txt")} <= names | {"copy_of_daejeon.txt"}
    assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 5
    reasons = dict(con.execute("SELECT parse_filename(source_path), reason FROM quarantine").fetchall())
    for name, (_, reason) in BAD_FILES.items():
        assert reasons[name].startswith(reason), reasons[name]
    assert reasons["gone.txt"].startswith("cannot read file")
    kept = con.execute("SELECT quarantined_path FROM quarantine WHERE source_path LIKE '%latin.txt'").fetchone()[0]
    assert Path(kept).read_bytes() == BAD_FILES["latin.txt"][0]
    statuses = dict(con.execute("SELECT status, count(*) FROM raw_files GROUP BY status").fetchall())
    assert statuses == {"loaded": 5, "duplicate": 1, "quarantined": 4}
    assert summary["quarantined"] == 4 and summary["rejected_batches"] == 0


def test_same_bytes_under_two_names_is_one_article_with_two_paths(first_run: tuple[Path, dict]) -> None:
    con = duckdb.connect(str(first_run[0]), read_only=True)
    paths = con.execute(
        "SELECT parse_filename(s.source_path) FROM article_sources s JOIN articles a USING (article_id) "
        "WHERE a.title LIKE '%Daejeon%' ORDER BY 1"
    ).fetchall()
    assert [p for (p,) in paths] == ["003_6c45966e1ec7bc90.txt", "copy_of_daejeon.txt"]


def test_rerun_leaves_every_table_exactly_as_it_was(first_run: tuple[Path, dict], inbox: Path) -> None:
    from flows.etl import etl

    warehouse, _ = first_run
    before = _snapshot(warehouse)
    summary = etl(source_dir=str(inbox), warehouse=str(warehouse), batch_size=4)
    assert summary["files_skipped_known"] == summary["files_seen"] == 10
    assert _snapshot(warehouse) == before


def test_expectation_results_are_recorded_per_step(first_run: tuple[Path, dict]) -> None:
    con = duckdb.connect(str(first_run[0]), read_only=True)
    suites = {s for (s,) in con.execute("SELECT DISTINCT suite FROM dq_results").fetchall()}
    assert suites == {"raw", "clean", "extracted", "warehouse"}
    assert con.execute("SELECT count(*) FROM dq_results WHERE critical AND NOT success").fetchone()[0] == 0


def test_seed_gold_score(first_run: tuple[Path, dict]) -> None:
    result = subprocess.run(
        [sys.executable, str(SHARED / "eval" / "score.py"), str(first_run[0]), str(GOLD / "seeds.jsonl"), "--json"],
        capture_output=True, text=True, check=True, env={**os.environ},
    )
    score = json.loads(result.stdout)
    assert score["articles_missing"] == 0
    assert score["forbidden_hits"] == 0
    assert score["meeting_f1"] >= 0.9, score["problems"]


def test_sql_command_prints_query_results(first_run: tuple[Path, dict], capsys: pytest.CaptureFixture[str]) -> None:
    from flows.cli import main

    code = main(["sql", "SELECT count(*) AS meeting_articles FROM articles WHERE is_meeting_article",
                 "--warehouse", str(first_run[0])])
    assert code == 0
    assert "meeting_articles" in capsys.readouterr().out
    assert main(["sql", "DELETE FROM articles", "--warehouse", str(first_run[0])]) == 1  # read-only


def test_a_batch_failing_a_critical_expectation_stays_out(
    prefect_server: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import polars as pl

    from flows.etl import etl
    from transforms import tables

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    shutil.copy(next(SEEDS.glob("004_*.txt")), inbox)
    warehouse = tmp_path / "w.duckdb"
    real = tables.to_frames

    def with_a_dangling_source(extractions):  # type: ignore[no-untyped-def]
        # A broken extractor: a meeting source naming no meeting (a batch-level, foreign-key failure; a
        # row-level one, like a negative figure, quarantines its file and lets the batch load).
        frames = real(extractions)
        frames.meeting_sources = pl.concat([frames.meeting_sources, pl.DataFrame(
            {"meeting_id": ["m_nowhere"], "article_id": [next(iter(extractions))]})])
        return frames

    monkeypatch.setattr(tables, "to_frames", with_a_dangling_source)
    with pytest.raises(RuntimeError, match="failed critical expectations"):
        etl(source_dir=str(inbox), warehouse=str(warehouse))
    con = duckdb.connect(str(warehouse), read_only=True)
    assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 0
    assert con.execute("SELECT count(*) FROM statistics").fetchone()[0] == 0
    assert con.execute("SELECT count(*) FROM raw_files").fetchone()[0] == 0  # retried by the next run
    failed = con.execute("SELECT expectation, column_name FROM dq_results WHERE critical AND NOT success").fetchall()
    assert failed == [("meeting_sources.expect_column_values_to_be_null", "unknown_meeting_id")]
    con.close()

    monkeypatch.setattr(tables, "to_frames", real)
    etl(source_dir=str(inbox), warehouse=str(warehouse))
    con = duckdb.connect(str(warehouse), read_only=True)
    assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 1


def test_no_python_function_runs_inside_a_polars_plan_in_the_flows_process(
    prefect_server: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The dispatcher's clean overlaps the flow's ingest, validate and load (flows/etl.py). That is safe only
    while no Python function runs on Polars' thread pool: it needs the GIL, and a thread holding the GIL while
    it waits for that pool (to_pandas, Arrow for DuckDB) would wait for ever (pola-rs/polars#26821). A whole
    run on the seeds, every batch through the dispatcher, with Polars' ways into a plan made to fail."""
    import polars as pl

    from flows.etl import etl

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for seed in SEEDS.glob("*.txt"):
        shutil.copy(seed, inbox / seed.name)
    monkeypatch.setenv("HOPTAC_INLINE_ARTICLES", "0")  # every batch goes through the dispatcher thread
    called: list[str] = []

    def refused(name: str):  # type: ignore[no-untyped-def]
        def run(*args, **kwargs):  # type: ignore[no-untyped-def]
            called.append(name)
            raise AssertionError(f"a Python function inside a Polars plan: {name}")
        return run

    for owner, name in [(pl.Expr, "map_batches"), (pl.Expr, "map_elements"), (pl.LazyFrame, "map_batches"),
                        (pl, "map_batches"), (pl, "map_groups"), (pl, "fold"), (pl, "reduce"), (pl, "cum_fold"),
                        (pl, "cum_reduce")]:
        monkeypatch.setattr(owner, name, refused(f"{getattr(owner, '__name__', owner)}.{name}"))
    summary = etl(source_dir=str(inbox), warehouse=str(tmp_path / "w.duckdb"), batch_size=2)
    assert called == []
    assert summary["rejected_batches"] == 0
    assert summary["articles_loaded"] == 5 and summary["tables"]["meetings"] >= 5


def test_a_run_that_sends_every_batch_through_the_dispatcher_to_worker_processes_loads_everything(
    prefect_server: None, tmp_path: Path
) -> None:
    """The path a large inbox takes (clean in the dispatcher thread, extraction pickled to a process pool),
    on the seeds in batches of two."""
    from prefect.settings import PREFECT_API_URL

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for seed in SEEDS.glob("*.txt"):
        shutil.copy(seed, inbox / seed.name)
    env = {k: v for k, v in os.environ.items() if not k.startswith("HOPTAC_")}
    env.update({"PREFECT_API_URL": str(PREFECT_API_URL.value()), "HOPTAC_INLINE_ARTICLES": "0"})
    warehouse = tmp_path / "w.duckdb"
    run = subprocess.run([sys.executable, "-m", "flows.cli", "run", str(inbox), "--warehouse", str(warehouse),
                          "--batch-size", "2", "--runner", "process"], env=env, capture_output=True, text=True,
                         timeout=300)
    assert run.returncode == 0, run.stderr[-3000:]
    con = duckdb.connect(str(warehouse), read_only=True)
    assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 5
    assert con.execute("SELECT count(*) FROM meetings").fetchone()[0] >= 5
    con.close()
