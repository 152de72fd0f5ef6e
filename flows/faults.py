"""Crash points for the fault suite: HOPTAC_FAULT_POINT=step[:batch] makes a run SIGKILL itself there.

A kill at a point reached deterministically (not after a timer) lets a test prove that a rerun after a
crash at that very step gives the tables of a clean run. Unset, every point is a dictionary lookup.
"""
from __future__ import annotations

import os
import signal

POINTS = ("ingest", "clean", "extract", "validate", "load")


def crash_point(step: str, batch_no: int) -> None:
    """SIGKILL this process when HOPTAC_FAULT_POINT names this step (and batch, when it gives one)."""
    wanted = os.environ.get("HOPTAC_FAULT_POINT")
    if not wanted:
        return
    name, _, batch = wanted.partition(":")
    if name == step and (not batch or int(batch) == batch_no):
        os.kill(os.getpid(), signal.SIGKILL)
