"""Shared fixtures: paths to the real seeds, gold and corpus; one Prefect test server per session."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from flows.config import prepare_prefect_environment

os.environ["HOPTAC_FIND_SERVICE"] = "0"  # tests use servers of their own, never a running `make serve`
prepare_prefect_environment()

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
SHARED = REPO.parent / "shared"
DEV_CORPUS = SHARED / "corpus" / "dev"
GOLD = SHARED / "gold"


@pytest.fixture(scope="session")
def prefect_server():
    """A temporary Prefect server (about 10 s to start), shared by every flow test."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


def seed_text(name_prefix: str) -> str:
    """Decoded text of the seed whose file name starts with name_prefix ("000", "003"...)."""
    from transforms.decode import decode_article

    path = next(SEEDS.glob(f"{name_prefix}_*.txt"))
    return decode_article(path.read_bytes()).text


@pytest.fixture(scope="session")
def seed_warehouse(prefect_server: None, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A warehouse built by the flow from the five seeds and one empty file (quarantined), for read-only tests."""
    import shutil

    from flows.etl import etl

    inbox = tmp_path_factory.mktemp("seed-inbox")
    for seed in SEEDS.glob("*.txt"):
        shutil.copy(seed, inbox / seed.name)
    (inbox / "empty.txt").write_bytes(b"")
    warehouse = tmp_path_factory.mktemp("seed-wh") / "hoptac.duckdb"
    etl(source_dir=str(inbox), warehouse=str(warehouse))
    return warehouse
