"""Event-driven arrival: watch an inbox and emit an event per burst of dropped files; serve the flow on it."""
from __future__ import annotations

from collections.abc import Callable, Iterable
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


def watch(inbox: Path, stop_after: int | None = None) -> None:
    """Block and announce new files as they arrive (filesystem notifications, not polling).

    watchfiles groups the changes of a burst (a user copying 500 files) into one set, so one
    event, and so one flow run, covers the whole burst.
    """
    from prefect.events import emit_event
    from watchfiles import Change
    from watchfiles import watch as fs_watch

    inbox.mkdir(parents=True, exist_ok=True)
    bursts = 0
    for changes in fs_watch(inbox, debounce=2000, step=200):
        dropped = announce(inbox, (p for kind, p in changes if kind in (Change.added, Change.modified)), emit_event)
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
