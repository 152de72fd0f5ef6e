"""Shared fixtures: paths to the real seeds, gold and corpus; one Prefect test server per session."""
from __future__ import annotations

from pathlib import Path

import pytest

from flows.config import prepare_prefect_environment

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
