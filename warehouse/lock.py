"""The run lock: one writer per warehouse file, held by an OS file lock for the whole run."""
from __future__ import annotations

import fcntl
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

# Locks this process holds, by resolved path, with their depth: the CLI takes the lock before Prefect starts
# (so that waiting costs nothing), the flow takes it again for runs started by a deployment. A second
# flock on a new descriptor of the same file would wait for this very process, so it is counted instead.
_HELD: dict[str, int] = {}


class WarehouseBusy(RuntimeError):
    """Another run holds the warehouse and the caller chose not to wait."""


def lock_path(warehouse: str | Path) -> Path:
    return Path(f"{warehouse}.lock")


@contextmanager
def run_lock(
    warehouse: str | Path, wait: bool = True, on_wait: Callable[[str], None] | None = None,
) -> Iterator[Path]:
    """Hold the warehouse's run lock until the block ends.

    The lock is flock(2) on PATH.lock: the kernel releases it when the holder's process ends, however it
    ends (a SIGKILLed run leaves no stale lock). The file stays; it holds the pid of the last holder.
    wait=False raises WarehouseBusy at once; otherwise on_wait is told once, then the call blocks.
    """
    path = lock_path(warehouse)
    path.parent.mkdir(parents=True, exist_ok=True)
    key = str(path.resolve())
    if key in _HELD:
        _HELD[key] += 1
        try:
            yield path
        finally:
            _HELD[key] -= 1
        return
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _holder(fd)
            message = f"another hoptac run{holder} is writing to {warehouse}"
            if not wait:
                raise WarehouseBusy(message) from None
            if on_wait:
                on_wait(f"{message}; waiting for it to finish")
            fcntl.flock(fd, fcntl.LOCK_EX)
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        _HELD[key] = 1
        try:
            yield path
        finally:
            del _HELD[key]
    finally:
        os.close(fd)  # closing the descriptor releases the lock


def _holder(fd: int) -> str:
    try:
        pid = os.pread(fd, 32, 0).decode().strip()
    except OSError:
        return ""
    return f" (pid {pid})" if pid.isdigit() else ""
