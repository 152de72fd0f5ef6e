"""Arrival events: a burst of dropped files becomes one event naming the inbox and the files."""
from __future__ import annotations

import shutil
import threading
import time
from pathlib import Path

from flows.watch import DROPPED, announce, inbox_resource
from tests.conftest import SEEDS


def test_one_event_per_burst_with_the_inbox_as_resource(tmp_path: Path) -> None:
    emitted: list[dict] = []
    seeds = sorted(SEEDS.glob("*.txt"))
    for seed in seeds:
        shutil.copy(seed, tmp_path / seed.name)
    (tmp_path / ".partial").write_text("still copying")
    changed = [str(tmp_path / s.name) for s in seeds] + [str(tmp_path / ".partial"), str(tmp_path / "deleted.txt")]
    files = announce(tmp_path, changed, lambda **event: emitted.append(event))
    assert len(files) == 5 and len(emitted) == 1
    event = emitted[0]
    assert event["event"] == DROPPED
    assert event["resource"]["hoptac.inbox.path"] == str(tmp_path.resolve())
    assert event["payload"]["count"] == 5


def test_nothing_is_announced_for_deletions_only(tmp_path: Path) -> None:
    emitted: list[dict] = []
    assert announce(tmp_path, [str(tmp_path / "gone.txt")], lambda **e: emitted.append(e)) == []
    assert emitted == []


def test_watcher_sees_files_dropped_into_the_inbox(tmp_path: Path, monkeypatch) -> None:
    import prefect.events

    emitted: list[dict] = []
    monkeypatch.setattr(prefect.events, "emit_event", lambda **e: emitted.append(e))
    from flows import watch

    thread = threading.Thread(target=watch.watch, args=(tmp_path,), kwargs={"stop_after": 1}, daemon=True)
    thread.start()
    time.sleep(1.0)
    shutil.copy(next(SEEDS.glob("000_*.txt")), tmp_path / "kansas.txt")
    thread.join(timeout=20)
    assert not thread.is_alive()
    assert emitted and emitted[0]["payload"]["files"] == [str(tmp_path / "kansas.txt")]
    assert emitted[0]["resource"] == inbox_resource(tmp_path)
