"""Hostile paths and sizes: links out of the inbox, odd names, unreadable files, huge files."""
from __future__ import annotations

import os
import shutil
import tracemalloc
from pathlib import Path

import duckdb
import pytest

from flows import files
from tests.conftest import SEEDS

pytestmark = pytest.mark.faults
ODD_NAMES = ["tin có dấu cách.txt", "it's \"quoted\".txt", "Hợp tác Việt – Hàn.txt", "line\nbreak.txt",
             "'; drop table articles; --.txt"]


@pytest.fixture(scope="module")
def hostile(prefect_server: None, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    from flows.etl import etl

    base = tmp_path_factory.mktemp("paths")
    outside = base / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("Bí mật của người khác, không được đọc.\n" * 20, encoding="utf-8")
    inbox = base / "inbox"
    inbox.mkdir()
    seeds = sorted(SEEDS.glob("*.txt"))
    for name, seed in zip(ODD_NAMES, seeds, strict=True):
        shutil.copy(seed, inbox / name)
    (inbox / "passwd.txt").symlink_to("/etc/passwd")
    (inbox / "secret-link.txt").symlink_to(outside / "secret.txt")
    (inbox / "outside-folder").symlink_to(outside, target_is_directory=True)
    (inbox / "alias.txt").symlink_to(inbox / ODD_NAMES[0])  # a link inside: the same article once
    locked = inbox / "locked.txt"
    shutil.copy(seeds[0], locked)
    locked.chmod(0)
    big = inbox / "big.txt"  # ordinary paragraphs, over the limit
    big.write_text(("Hai bên trao đổi về hợp tác kinh tế và thương mại giữa hai địa phương. " * 40 + "\n") * 80,
                   encoding="utf-8")
    warehouse = base / "w.duckdb"
    with pytest.MonkeyPatch.context() as env:
        env.setenv("HOPTAC_MAX_ARTICLE_BYTES", "200000")
        etl(source_dir=str(inbox), warehouse=str(warehouse))
    return inbox, warehouse


def _reasons(warehouse: Path) -> dict[str, str]:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return dict(con.execute("SELECT parse_filename(source_path), reason FROM quarantine").fetchall())
    finally:
        con.close()


def test_links_out_of_the_inbox_are_refused_with_their_reason_and_never_read(hostile: tuple[Path, Path]) -> None:
    inbox, warehouse = hostile
    reasons = _reasons(warehouse)
    assert reasons["passwd.txt"] == "refused: the path resolves outside the source folder (to /etc/passwd); not read"
    assert reasons["secret-link.txt"].startswith("refused: the path resolves outside the source folder")
    assert reasons["outside-folder"].startswith("refused: the path resolves outside the source folder")
    con = duckdb.connect(str(warehouse), read_only=True)
    leaked = con.execute(
        "SELECT count(*) FROM articles WHERE body LIKE '%root:%' OR body LIKE '%Bí mật%' OR title LIKE '%Bí mật%'"
    ).fetchone()[0]
    kept = con.execute("SELECT count(*) FROM quarantine WHERE quarantined_path IS NOT NULL "
                       "AND parse_filename(source_path) IN ('passwd.txt', 'secret-link.txt')").fetchone()[0]
    assert leaked == 0 and kept == 0  # not in the tables, not copied into quarantine either


def test_a_link_inside_the_inbox_is_the_same_article_read_once(
    hostile: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    inbox, warehouse = hostile
    con = duckdb.connect(str(warehouse), read_only=True)
    rows = con.execute("SELECT status, article_id FROM raw_files WHERE parse_filename(source_path) IN (?, ?) "
                       "ORDER BY status", ["alias.txt", ODD_NAMES[0]]).fetchall()
    assert [s for s, _ in rows] == ["duplicate", "loaded"] and rows[0][1] == rows[1][1]
    opened: list[Path] = []
    real_open = os.open
    monkeypatch.setattr(files.os, "open", lambda p, *a, **k: opened.append(Path(p)) or real_open(p, *a, **k))
    read = list(files.read([str(inbox / "alias.txt"), str(inbox / ODD_NAMES[0])], inbox))
    assert opened == [(inbox / ODD_NAMES[0]).resolve()]
    assert read[0].content_sha256 == read[1].content_sha256 and read[0].raw == read[1].raw


def test_odd_names_load_and_an_unreadable_file_is_quarantined(hostile: tuple[Path, Path]) -> None:
    _, warehouse = hostile
    con = duckdb.connect(str(warehouse), read_only=True)
    names = {n for (n,) in con.execute("SELECT parse_filename(source_path) FROM article_sources").fetchall()}
    assert set(ODD_NAMES) <= names
    assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 5  # the table is still there
    if os.geteuid() != 0:  # root reads a file without permissions
        assert _reasons(warehouse)["locked.txt"] == "cannot read file: Permission denied"


def test_a_file_over_the_limit_is_quarantined_for_its_size_and_the_rest_loads(hostile: tuple[Path, Path]) -> None:
    inbox, warehouse = hostile
    size = (inbox / "big.txt").stat().st_size
    assert _reasons(warehouse)["big.txt"] == (
        f"file too large: {size:,} bytes, more than the 200,000 bytes an article may have "
        "(HOPTAC_MAX_ARTICLE_BYTES); not loaded"
    )
    con = duckdb.connect(str(warehouse), read_only=True)
    assert con.execute("SELECT size_bytes, status FROM raw_files WHERE source_path LIKE '%big.txt'").fetchone() == (
        size, "quarantined")


def test_reading_a_1_gb_file_costs_no_more_memory_than_a_small_one(tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as out:
        out.truncate(1 << 30)  # sparse: a gigabyte to read without a gigabyte on disk
    tracemalloc.start()
    try:
        (raw,) = files.read([str(huge)], tmp_path, max_bytes=5 * 1024 * 1024)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert raw.raw is None and raw.size_bytes == 1 << 30 and raw.error and raw.error.startswith("file too large")
    assert raw.content_sha256 == "49bc20df15e412a64472421e13fe86ff1c5165e18b2afccf160d4dc19fe68a14"
    assert peak < 12 * 1024 * 1024, f"peak {peak:,} bytes of Python memory to read a 1 GB file"
