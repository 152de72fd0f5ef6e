"""Monitoring: artifacts about what this run did, keyed per warehouse; progress; events to notify on."""
from __future__ import annotations

import asyncio
import re
import shutil
import time
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest

from flows.monitor import QUARANTINED, RUN_COMPLETED, RUN_FAILED, warehouse_key
from tests.conftest import SEEDS


def test_warehouse_keys_are_short_valid_and_distinct(tmp_path: Path) -> None:
    a, b = warehouse_key(tmp_path / "a" / "hoptac.duckdb"), warehouse_key(tmp_path / "b" / "hoptac.duckdb")
    assert a != b and a.startswith("hoptac-") and b.startswith("hoptac-")
    for key in (a, b, warehouse_key(tmp_path / "Kho Dữ liệu_2026.duckdb"), warehouse_key(tmp_path / "___.duckdb")):
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", key) and len(key) <= 40, key


def _artifacts(flow_run_id: UUID) -> dict[str, Any]:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId

    async def read() -> dict[str, Any]:
        async with get_client() as client:
            found = await client.read_artifacts(
                artifact_filter=ArtifactFilter(flow_run_id=ArtifactFilterFlowRunId(any_=[flow_run_id])))
            return {(a.key or f"{a.type}:{a.id}"): a for a in found}

    return asyncio.run(read())


def _events(name: str) -> list[dict[str, Any]]:
    from prefect.client.orchestration import get_client

    async def read() -> list[dict[str, Any]]:
        async with get_client() as client:
            response = await client._client.post("/events/filter", json={
                "filter": {"event": {"name": [name]}, "occurred": {"since": "2000-01-01T00:00:00Z"}}, "limit": 50})
            response.raise_for_status()
            return list(response.json()["events"])

    return asyncio.run(read())


def _wait_for_events(name: str, keep: Any, count: int, timeout: float = 20.0) -> list[dict[str, Any]]:
    """Events reach the server a moment after they are emitted."""
    deadline = time.monotonic() + timeout
    while True:
        found = [e for e in _events(name) if keep(e)]
        if len(found) >= count or time.monotonic() > deadline:
            return found
        time.sleep(0.5)


def _run(source: Path, warehouse: Path) -> Any:
    from flows.etl import etl

    return etl(source_dir=str(source), warehouse=str(warehouse), batch_size=3, return_state=True)


def test_artifacts_say_what_this_run_did_and_a_rerun_says_nothing_new(prefect_server: None, tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for seed in sorted(SEEDS.glob("*.txt"))[:2]:
        shutil.copy(seed, inbox / seed.name)
    (inbox / "blank.txt").write_bytes(b"")
    warehouse = tmp_path / "wh" / "hoptac.duckdb"
    key = warehouse_key(warehouse)

    first = _run(inbox, warehouse)
    summary = first.result()
    assert summary["rows_added"]["articles"] == 2 and summary["rows_added"]["quarantine"] == 1
    artifacts = _artifacts(first.state_details.flow_run_id)
    assert {f"hoptac-run-summary-{key}", f"hoptac-data-quality-{key}", f"hoptac-quarantine-{key}",
            f"hoptac-report-{key}", f"hoptac-progress-{key}"} <= set(artifacts)
    markdown = artifacts[f"hoptac-run-summary-{key}"].data
    assert "2 new article(s) loaded" in markdown and str(warehouse) in markdown
    assert "| articles | 2 | 2 |" in markdown and "blank.txt" in markdown and "empty file" in markdown
    assert "hoptac-report.html" in markdown
    assert artifacts[f"hoptac-progress-{key}"].data == 100.0
    quality = artifacts[f"hoptac-data-quality-{key}"].data
    assert "extracted" in str(quality) and "nothing new" not in str(quality)

    # A second run over the same files: the same keys, and they now say that nothing happened.
    shutil.copy(sorted(SEEDS.glob("*.txt"))[2], inbox)
    (inbox / "blank.txt").unlink()
    second = _run(inbox, warehouse)
    assert second.result()["rows_added"]["articles"] == 1
    page = warehouse.parent / "hoptac-report.html"
    written = page.stat().st_mtime_ns
    assert "Oakland" in page.read_text(encoding="utf-8")  # the second run redrew it with seed 002's partner
    third = _run(inbox, warehouse)
    summary = third.result()
    assert summary["report"] == str(page.resolve()) and page.stat().st_mtime_ns == written  # unchanged tables
    assert summary["nothing_new"] and not any(summary["rows_added"].values()) and summary["run_quality"] == []
    artifacts = _artifacts(third.state_details.flow_run_id)
    markdown = artifacts[f"hoptac-run-summary-{key}"].data
    assert markdown.startswith("# hoptac run: nothing new")
    assert "All 3 file(s) were already in the warehouse" in markdown and "passed" not in markdown
    assert "no expectation ran" in str(artifacts[f"hoptac-data-quality-{key}"].data)
    assert "no file quarantined by this run" in str(artifacts[f"hoptac-quarantine-{key}"].data)

    quarantined = _wait_for_events(QUARANTINED, lambda e: e["payload"]["file"].endswith("blank.txt")
                                   and e["payload"]["warehouse"] == str(warehouse), 1)
    assert quarantined and quarantined[0]["payload"]["reason"].startswith("empty file")
    completed = _wait_for_events(RUN_COMPLETED, lambda e: e["resource"]["hoptac.warehouse.key"] == key, 3)
    assert len(completed) == 3 and sum(e["payload"]["nothing_new"] for e in completed) == 1


def test_a_failed_run_emits_run_failed(prefect_server: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from flows import etl as etl_module

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    shutil.copy(next(SEEDS.glob("004_*.txt")), inbox)
    warehouse = tmp_path / "failing.duckdb"

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("the disk is on fire")

    monkeypatch.setattr(etl_module, "_finish", broken)
    state = _run(inbox, warehouse)
    assert state.is_failed()
    key = warehouse_key(warehouse)
    failed = _wait_for_events(RUN_FAILED, lambda e: e["resource"]["hoptac.warehouse.key"] == key, 1)
    assert failed and "the disk is on fire" in failed[0]["payload"]["message"]
