"""Event-driven arrival: watch an inbox and emit an event per burst of dropped files; serve the flow on it."""
from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

DROPPED = "hoptac.inbox.file-dropped"


def inbox_resource(inbox: Path) -> dict[str, str]:
    path = str(inbox.resolve())
    return {"prefect.resource.id": f"hoptac.inbox.{path}", "prefect.resource.name": inbox.name,
            "hoptac.inbox.path": path}


def announce(inbox: Path, changed: Iterable[str], emit: Callable[..., Any]) -> list[str]:
    """Emit one hoptac.inbox.file-dropped event for the files added or modified in a burst."""
    files = sorted({p for p in changed if Path(p).is_file() and not Path(p).name.startswith(".")})
    if files:
        emit(event=DROPPED, resource=inbox_resource(inbox), payload={"files": files, "count": len(files)})
    return files


def settle(paths: Iterable[str], quiet: float = 1.5, timeout: float = 600.0, poll: float = 0.25) -> list[str]:
    """Wait until every file is complete: size and mtime unchanged and untouched for `quiet` seconds.

    Returns the files that still exist. A copy that takes longer than the watcher's debounce (300 files
    over 30 s, one large file) is announced once it has finished, never half-written.
    """
    pending = set(paths)
    deadline = time.monotonic() + timeout
    last: dict[str, tuple[int, int]] = {}
    while pending and time.monotonic() < deadline:
        now, seen = time.time(), {}
        for path in list(pending):
            try:
                st = os.stat(path)
            except OSError:
                pending.discard(path)
                continue
            seen[path] = (st.st_size, st.st_mtime_ns)
        if seen == last and all(now - mtime / 1e9 >= quiet for _, mtime in seen.values()):
            break
        last = seen
        time.sleep(poll)
    return sorted(pending)


def queued_run(inbox: Path) -> str | None:
    """Name of a run of the inbox deployment that is waiting to start (it will take every file that is
    complete when it starts), or None. None too when there is no deployment or no answer."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import (
        DeploymentFilter,
        DeploymentFilterId,
        FlowRunFilter,
        FlowRunFilterExpectedStartTime,
        FlowRunFilterState,
        FlowRunFilterStateType,
    )
    from prefect.client.schemas.objects import StateType
    from prefect.settings import PREFECT_API_URL

    from flows.service import DEPLOYMENT

    if not PREFECT_API_URL.value():
        return None  # no server (hoptac watch refuses to start without one): never start a temporary one

    soon = datetime.now(UTC) + timedelta(seconds=60)  # not tonight's run, hours ahead
    waiting = FlowRunFilterState(type=FlowRunFilterStateType(any_=[StateType.SCHEDULED, StateType.PENDING]))
    try:
        with get_client(sync_client=True) as client:
            deployment = client.read_deployment_by_name(DEPLOYMENT)
            if deployment.parameters.get("source_dir") != str(inbox.resolve()):
                return None
            runs = client.read_flow_runs(
                deployment_filter=DeploymentFilter(id=DeploymentFilterId(any_=[deployment.id])),
                flow_run_filter=FlowRunFilter(
                    state=waiting,
                    expected_start_time=FlowRunFilterExpectedStartTime(before_=soon),  # type: ignore[arg-type]
                ),
                limit=1,
            )
    except Exception:  # noqa: BLE001 - without an answer, announce: an extra run costs little
        return None
    return runs[0].name if runs else None


def _announce_waiting(inbox: Path, warehouse: Path, emit: Callable[..., Any]) -> None:
    from flows.service import SETTLE_SECONDS, pending_files

    time.sleep(0.5)  # let the file-system watch start first: nothing falls between the two
    waiting = pending_files(inbox, warehouse, SETTLE_SECONDS)
    if waiting and announce(inbox, waiting, emit):
        print(f"hoptac watch: {len(waiting)} file(s) waiting in {inbox}, event {DROPPED} emitted", flush=True)


def watch(
    inbox: Path, stop_after: int | None = None, debounce_ms: int = 2000, quiet: float = 1.5,
    warehouse: Path | None = None,
) -> None:
    """Block and announce new files as they arrive (filesystem notifications, not polling).

    watchfiles groups the changes of a burst (a user copying 500 files) into one set; the watcher then
    waits until those files are complete and emits one event, unless a run of the inbox deployment is
    already waiting to start: that run takes every complete file of the inbox anyway.
    """
    from prefect.events import emit_event
    from watchfiles import Change
    from watchfiles import watch as fs_watch

    inbox.mkdir(parents=True, exist_ok=True)
    bursts = 0
    if warehouse is not None:
        # Files dropped while no watcher ran (or before this one was up): one event for all of them.
        threading.Thread(target=_announce_waiting, args=(inbox, warehouse, emit_event), daemon=True).start()
    print(f"hoptac watch: watching {inbox}", flush=True)
    for changes in fs_watch(inbox, debounce=debounce_ms, step=200):
        changed = [p for kind, p in changes if kind in (Change.added, Change.modified)]
        complete = settle(p for p in changed if not Path(p).name.startswith("."))
        waiting = queued_run(inbox) if complete else None
        if waiting:
            print(f"hoptac watch: {len(complete)} new file(s) in {inbox}; run {waiting!r} is queued and will "
                  "take them", flush=True)
            bursts += 1
        else:
            dropped = announce(inbox, complete, emit_event)
            if dropped:
                print(f"hoptac watch: {len(dropped)} new file(s) in {inbox}, event {DROPPED} emitted", flush=True)
                bursts += 1
        if stop_after is not None and bursts >= stop_after:
            return


def serve(inbox: Path, warehouse: str) -> None:
    """Serve the ETL flow as the deployment hoptac-etl/inbox (flows/service.py): a run when the inbox
    announces files and nightly, one at a time, further runs queued."""
    from prefect import serve as prefect_serve

    from flows.service import inbox_deployment

    inbox.mkdir(parents=True, exist_ok=True)
    prefect_serve(inbox_deployment(inbox, warehouse))
