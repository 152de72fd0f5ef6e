"""The nightly schedule produces runs: a real Prefect server's scheduler inserts them (issue 9: with
SQLAlchemy 2.1 it failed every loop with "Can't evaluate bulk DML statement" and made none)."""
from __future__ import annotations

import datetime as dt
import time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from flows import service

pytestmark = pytest.mark.service


def test_the_server_scheduler_creates_the_nightly_runs_of_the_inbox_deployment(tmp_path: Path) -> None:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import DeploymentFilter, DeploymentFilterId
    from prefect.settings import PREFECT_API_URL, temporary_settings

    port = service.free_port()
    log = tmp_path / "server.log"
    # The scheduler looks at recently changed deployments every second (default 5 s).
    server = service.start_server(
        tmp_path / "prefect-home", port, log, ui=False,
        PREFECT_SERVER_SERVICES_SCHEDULER_RECENT_DEPLOYMENTS_LOOP_SECONDS="1",
        PREFECT_SERVER_SERVICES_SCHEDULER_LOOP_SECONDS="2",
    )
    try:
        url = service.api_url(port)
        service.wait_for_api(url, timeout=60, process=server)
        with temporary_settings(updates={PREFECT_API_URL: url}):
            deployment_id = service.inbox_deployment(tmp_path / "inbox", str(tmp_path / "wh.duckdb")).apply()
            runs = []
            deadline = time.monotonic() + 45
            with get_client(sync_client=True) as client:
                deployment = client.read_deployment(deployment_id)
                while time.monotonic() < deadline and not runs:
                    time.sleep(1)
                    runs = client.read_flow_runs(
                        deployment_filter=DeploymentFilter(id=DeploymentFilterId(any_=[deployment_id]))
                    )
        server_log = log.read_text(errors="replace")
        assert "bulk DML" not in server_log
        assert runs, f"the scheduler created no run in 45 s; server log:\n{server_log[-3000:]}"
        assert deployment.global_concurrency_limit.limit == 1
        assert str(deployment.concurrency_options.collision_strategy.value) == "ENQUEUE"
        assert all(run.state.is_scheduled() for run in runs)
        local = ZoneInfo(service.NIGHTLY_TIMEZONE)
        starts = sorted(run.expected_start_time.astimezone(local) for run in runs)
        # 02:00 in Ho Chi Minh City (19:00 UTC the day before), one run a day from today on.
        assert all((s.hour, s.minute) == (2, 0) for s in starts)
        assert starts[0] - dt.datetime.now(local) < dt.timedelta(days=1)
        assert len({s.date() for s in starts}) == len(starts)
        assert runs[0].parameters["source_dir"] == str((tmp_path / "inbox").resolve())
        assert runs[0].parameters["revalidate"] is True  # the nightly run re-validates the warehouse
    finally:
        service.stop_group(server.pid)
    assert not service.group_alive(server.pid)


def test_prefect_yaml_declares_the_same_schedule_and_queue_as_serve() -> None:
    import yaml

    declared = yaml.safe_load((service.REPO_ROOT / "prefect.yaml").read_text(encoding="utf-8"))
    inbox = next(d for d in declared["deployments"] if d["name"] == "inbox")
    nightly = {"cron": service.NIGHTLY_CRON, "timezone": service.NIGHTLY_TIMEZONE, "slug": "nightly",
               "parameters": {"revalidate": True}}
    assert inbox["schedules"] == [nightly]
    assert inbox["parameters"]["settle_seconds"] == service.SETTLE_SECONDS
    assert inbox["triggers"][0]["parameters"]["settle_seconds"] == service.SETTLE_SECONDS
    assert inbox["concurrency_limit"] == {"limit": 1, "collision_strategy": "ENQUEUE"}
