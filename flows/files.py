"""File-system side of ingest: finding dropped files, reading them, keeping quarantined copies."""
from __future__ import annotations

import hashlib
import shutil
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

IGNORED_NAMES = {".DS_Store", "Thumbs.db"}


@dataclass(frozen=True)
class RawFile:
    source_path: str
    raw: bytes | None  # None when the file could not be read
    content_sha256: str
    error: str | None = None


def discover(source_dir: Path, settled_for: float = 0.0) -> list[str]:
    """Every regular file under source_dir (recursively), sorted so batches are reproducible.

    settled_for: leave out files modified less than this many seconds ago (still being copied into an
    inbox; the watcher announces them again once they are complete).
    """
    if not source_dir.is_dir():
        raise NotADirectoryError(f"source folder {source_dir} does not exist or is not a folder")
    found = [
        p for p in source_dir.rglob("*")
        # A dangling link is listed too: it was dropped in, so it must be reported, not skipped.
        if (p.is_file() or p.is_symlink()) and not p.is_dir()
        and p.name not in IGNORED_NAMES and not p.name.startswith(".")
    ]
    if settled_for > 0:
        cutoff = time.time() - settled_for
        found = [p for p in found if _mtime(p) <= cutoff]
    return sorted(str(p) for p in found)


def _mtime(path: Path) -> float:
    try:
        return path.lstat().st_mtime
    except OSError:
        return 0.0  # gone meanwhile: listed, and reported by ingest as unreadable


def read(paths: list[str]) -> Iterator[RawFile]:
    for path in paths:
        try:
            raw = Path(path).read_bytes()
        except OSError as exc:
            # The path itself keys the record, so an unreadable file is still accounted for.
            digest = hashlib.sha256(f"unreadable:{path}".encode()).hexdigest()
            yield RawFile(path, None, digest, f"cannot read file: {exc.strerror or exc.__class__.__name__}")
            continue
        yield RawFile(path, raw, hashlib.sha256(raw).hexdigest())


def keep_copy(quarantine_dir: Path, source_path: str, content_sha256: str, raw: bytes | None) -> str | None:
    """Copy the bytes into the quarantine folder; returns where, or None when there are no bytes to keep."""
    quarantine_dir.mkdir(parents=True, exist_ok=True)
    target = quarantine_dir / f"{content_sha256[:16]}__{Path(source_path).name}"
    if raw is not None:
        target.write_bytes(raw)
        return str(target)
    try:
        shutil.copyfile(source_path, target)
    except OSError:
        return None
    return str(target)
