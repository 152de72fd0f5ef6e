"""A file rewritten with new content is a new version of its article; a deleted file deletes nothing."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import SEEDS
from tests.faults.conftest import contents, relative_paths
from warehouse.db import USER_TABLES, Warehouse

pytestmark = pytest.mark.faults


def _seed(prefix: str) -> Path:
    return next(SEEDS.glob(f"{prefix}_*.txt"))


def _inbox(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, prefix in files.items():
        shutil.copy(_seed(prefix), folder / name)
    return folder


@pytest.fixture(scope="module")
def versions(prefect_server: None, tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    from flows.etl import etl

    base = tmp_path_factory.mktemp("versions")
    inbox = _inbox(base / "inbox", {"a.txt": "000", "b.txt": "003", "c.txt": "002"})
    warehouse = base / "w.duckdb"
    etl(source_dir=str(inbox), warehouse=str(warehouse))
    with Warehouse(warehouse, read_only=True) as wh:
        old_id = wh.query("SELECT article_id FROM articles WHERE source_path LIKE '%/a.txt'")["article_id"][0]
        old_meetings = set(wh.query("SELECT meeting_id FROM meeting_sources WHERE article_id = $a",
                                    {"a": old_id})["meeting_id"])
    shutil.copy(_seed("004"), inbox / "a.txt")  # rewritten with another article
    (inbox / "c.txt").unlink()  # removed from the inbox
    etl(source_dir=str(inbox), warehouse=str(warehouse))
    # The warehouse a first run on the final files gives, plus the deleted file, which stays.
    fresh = _inbox(base / "fresh", {"a.txt": "004", "b.txt": "003", "c.txt": "002"})
    fresh_warehouse = base / "fresh.duckdb"
    etl(source_dir=str(fresh), warehouse=str(fresh_warehouse))
    return {"inbox": inbox, "warehouse": warehouse, "old_id": old_id, "old_meetings": old_meetings,
            "fresh": fresh, "fresh_warehouse": fresh_warehouse}


def test_the_old_version_is_superseded_and_its_text_kept(versions: dict) -> None:
    with Warehouse(versions["warehouse"], read_only=True) as wh:
        rows = wh.query("SELECT status, article_id FROM raw_files WHERE source_path LIKE '%/a.txt' ORDER BY status")
        assert rows.rows() == [("loaded", rows["article_id"][0]), ("superseded", versions["old_id"])]
        staged = wh.query("SELECT title FROM stg_articles WHERE article_id = $a", {"a": versions["old_id"]})
        assert staged["title"].to_list() == ["Nhiều cơ hội hợp tác giữa thành phố Hồ Chí Minh và bang Kansas (Hoa Kỳ)"]


def test_the_old_versions_meetings_sources_and_figures_are_replaced_not_appended(versions: dict) -> None:
    old_id, old_meetings = versions["old_id"], versions["old_meetings"]
    assert old_meetings  # the Kansas article had meetings to replace
    with Warehouse(versions["warehouse"], read_only=True) as wh:
        for table in ("articles", "meeting_sources", "statistics"):
            left = wh.query(f"SELECT count(*) AS n FROM {table} WHERE article_id = $a", {"a": old_id})["n"][0]
            assert left == 0, f"{table} still holds rows of the superseded version"
        kept = wh.query("SELECT meeting_id FROM meetings WHERE meeting_id IN (SELECT unnest($m))",
                        {"m": sorted(old_meetings)})
        assert kept.height == 0
    got = relative_paths(contents(versions["warehouse"], USER_TABLES), versions["inbox"])
    want = relative_paths(contents(versions["fresh_warehouse"], USER_TABLES), versions["fresh"])
    for table in USER_TABLES:
        assert got[table] == want[table], f"{table} differs from a first run on the final files"


def test_a_deleted_file_deletes_nothing(versions: dict) -> None:
    with Warehouse(versions["warehouse"], read_only=True) as wh:
        article = wh.query("SELECT title FROM articles WHERE source_path LIKE '%/c.txt'")
        assert article["title"].to_list() == ["Tăng cường hợp tác giữa các địa phương của Việt Nam và Hoa Kỳ"]
        assert wh.query("SELECT status FROM raw_files WHERE source_path LIKE '%/c.txt'")["status"].to_list() == [
            "loaded"]


def test_a_file_back_to_its_first_content_is_that_version_again(versions: dict, tmp_path: Path) -> None:
    from flows.etl import etl

    warehouse = tmp_path / "w.duckdb"
    shutil.copy(versions["warehouse"], warehouse)
    inbox = versions["inbox"]
    shutil.copy(_seed("000"), inbox / "a.txt")
    try:
        etl(source_dir=str(inbox), warehouse=str(warehouse))
    finally:
        shutil.copy(_seed("004"), inbox / "a.txt")
    with Warehouse(warehouse, read_only=True) as wh:
        statuses = wh.query("SELECT status, article_id FROM raw_files WHERE source_path LIKE '%/a.txt' "
                            "AND status = 'loaded'")
        assert statuses["article_id"].to_list() == [versions["old_id"]]
        titles = set(wh.query("SELECT title FROM articles")["title"])
    assert "Nhiều cơ hội hợp tác giữa thành phố Hồ Chí Minh và bang Kansas (Hoa Kỳ)" in titles
    assert "TP Hồ Chí Minh và Quảng Châu thúc đẩy hợp tác nhiều lĩnh vực" not in titles
