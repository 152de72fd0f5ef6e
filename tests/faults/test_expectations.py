"""Row-level failures quarantine their file and the batch loads; batch-level failures keep the batch out."""
from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

from tests.conftest import SEEDS
from warehouse.db import Warehouse

pytestmark = pytest.mark.faults
LONG_TITLE = "Hội nghị xúc tiến đầu tư và thương mại của tỉnh năm nay"


@pytest.fixture(scope="module")
def row_level(prefect_server: None, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    """The seeds beside one body too long, one with furniture left in it (a related-links heading flattened into
    a sentence, which the cleaner cannot cut), one figure outside its vocabulary."""
    from flows.etl import etl
    from transforms import extract
    from transforms.records import Figure

    base = tmp_path_factory.mktemp("rows")
    inbox = base / "inbox"
    inbox.mkdir()
    for seed in SEEDS.glob("*.txt"):
        shutil.copy(seed, inbox / seed.name)
    paragraph = "Hai bên trao đổi về các lĩnh vực hợp tác kinh tế, thương mại, đầu tư và giáo dục giữa hai địa phương."
    (inbox / "long.txt").write_text(  # 330,000 characters of prose: under the size limit, over a body's length
        LONG_TITLE + "\n" + "\n".join(f"Phiên thứ {i}. {paragraph}" for i in range(3000)), encoding="utf-8")
    (inbox / "furniture.txt").write_text(
        "Đà Nẵng và Yokohama bàn về hợp tác du lịch\nNgày 3/5, lãnh đạo thành phố Đà Nẵng đã tiếp đoàn công tác của "
        "thành phố Yokohama, hai bên Tin cùng chuyên mục Hai bên trao đổi về hợp tác du lịch và đào tạo nguồn "
        "nhân lực trong thời gian tới.\nHai thành phố thống nhất sẽ ký kết biên bản ghi nhớ vào cuối năm nay.\n",
        encoding="utf-8")
    real = extract.extract_article

    def one_bad_unit(title: str, body: str, *page: object):  # type: ignore[no-untyped-def]
        found = real(title, body, *page)
        if title.startswith("Cần Thơ"):  # seed 001: one figure with a unit outside the vocabulary
            found.figures.append((Figure(5.0, "Dollars!", "exact", "5 Dollars!"), "a broken extractor"))
        return found

    warehouse = base / "w.duckdb"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(extract, "extract_article", one_bad_unit)
        summary = etl(source_dir=str(inbox), warehouse=str(warehouse))
    return warehouse, summary


def test_row_level_failures_quarantine_their_file_with_the_expectation_as_reason(row_level: tuple[Path, dict]) -> None:
    warehouse, summary = row_level
    con = duckdb.connect(str(warehouse), read_only=True)
    reasons = dict(con.execute("SELECT parse_filename(source_path), reason FROM quarantine").fetchall())
    failed = "failed expectation clean.stg_articles."
    assert reasons["long.txt"] == failed + "expect_column_value_lengths_to_be_between(body)"
    assert reasons["furniture.txt"] == failed + "expect_column_values_to_be_null(furniture_in_body)"
    bad_unit = next(name for name in reasons if name.startswith("001_"))
    assert reasons[bad_unit] == "failed expectation extracted.statistics.expect_column_values_to_match_regex(unit)"
    assert summary["rejected_batches"] == 0
    loaded = {n for (n,) in con.execute("SELECT parse_filename(source_path) FROM articles").fetchall()}
    assert loaded == {p.name for p in SEEDS.glob("*.txt")} - {bad_unit}
    statuses = dict(con.execute("SELECT parse_filename(source_path), status FROM raw_files").fetchall())
    assert statuses["long.txt"] == statuses["furniture.txt"] == statuses[bad_unit] == "quarantined"
    # Nothing of a quarantined article reached the marts.
    assert con.execute("SELECT count(*) FROM statistics WHERE unit = 'Dollars!'").fetchone()[0] == 0
    assert con.execute("SELECT count(*) FROM meeting_sources WHERE article_id NOT IN (SELECT article_id FROM articles)"
                       ).fetchone()[0] == 0


def test_row_level_failures_stay_visible_in_dq_results(row_level: tuple[Path, dict]) -> None:
    with Warehouse(row_level[0], read_only=True) as wh:
        failures = wh.query("SELECT suite, expectation, column_name, critical, details FROM dq_failures")
    named = {(r["suite"], r["expectation"], r["column_name"]) for r in failures.iter_rows(named=True)}
    assert ("clean", "stg_articles.expect_column_value_lengths_to_be_between", "body") in named
    assert ("extracted", "statistics.expect_column_values_to_match_regex", "unit") in named
    handled = failures.filter(failures["details"].str.contains("quarantined"))
    assert {(r["suite"], r["expectation"], r["column_name"]) for r in handled.iter_rows(named=True)} == {
        ("clean", "stg_articles.expect_column_value_lengths_to_be_between", "body"),
        ("clean", "stg_articles.expect_column_values_to_be_null", "furniture_in_body"),
        ("extracted", "statistics.expect_column_values_to_match_regex", "unit"),
    }
    # Handled by quarantine, so not critical for the batch that loaded.
    assert not failures["critical"].any()


def test_a_batch_level_failure_keeps_its_batch_out_and_later_batches_load(
    prefect_server: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from flows.etl import etl
    from transforms import tables

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for seed in SEEDS.glob("*.txt"):
        shutil.copy(seed, inbox / seed.name)
    real = tables.to_frames

    def dangling_source(extractions):  # type: ignore[no-untyped-def]
        frames = real(extractions)
        if any(e.meetings and "Kansas" in str(e.meetings) for e in extractions.values()):  # seed 000's batch
            import polars as pl

            article = next(iter(extractions))
            frames.meeting_sources = pl.concat([frames.meeting_sources, pl.DataFrame(
                {"meeting_id": ["m_nowhere"], "article_id": [article]})])
        return frames

    monkeypatch.setattr(tables, "to_frames", dangling_source)
    warehouse = tmp_path / "w.duckdb"
    with pytest.raises(RuntimeError, match="failed critical expectations"):
        etl(source_dir=str(inbox), warehouse=str(warehouse), batch_size=3)
    con = duckdb.connect(str(warehouse), read_only=True)
    loaded = {n for (n,) in con.execute("SELECT parse_filename(source_path) FROM raw_files").fetchall()}
    assert loaded == {p.name for p in sorted(SEEDS.glob("*.txt"))[3:]}  # the second batch is in, the first not
    failed = con.execute("SELECT suite, expectation, column_name FROM dq_results WHERE critical AND NOT success"
                         ).fetchall()
    assert failed == [("warehouse", "meeting_sources.expect_column_values_to_be_null", "unknown_meeting_id")]
