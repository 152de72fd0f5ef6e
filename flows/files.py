"""File-system side of ingest: finding dropped files, reading them safely, keeping quarantined copies."""
from __future__ import annotations

import hashlib
import os
import shutil
import stat
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

IGNORED_NAMES = {".DS_Store", "Thumbs.db"}
CHUNK = 1 << 20  # bytes read at a time: reading and hashing cost the same memory for any file size


@dataclass(frozen=True)
class RawFile:
    source_path: str
    raw: bytes | None  # None when the file could not or must not be read
    content_sha256: str
    error: str | None = None
    size_bytes: int | None = None  # on disk; None when unknown


def discover(source_dir: Path, settled_for: float = 0.0) -> list[str]:
    """Every regular file under source_dir (recursively), sorted so batches are reproducible.

    Links are listed too (a dangling one, or one to a folder outside the source folder, must be
    reported, not skipped); a link to a folder inside is not: its files are found under their own paths.
    settled_for: leave out files modified less than this many seconds ago (still being copied into an
    inbox; the watcher announces them again once they are complete).
    """
    if not source_dir.is_dir():
        raise NotADirectoryError(f"source folder {source_dir} does not exist or is not a folder")
    root = source_dir.resolve()
    found = [
        entry.path for entry in _entries(str(source_dir))
        if entry.name not in IGNORED_NAMES and not entry.name.startswith(".")
        and ((not entry.is_symlink() and _is(entry.is_file))
             or (entry.is_symlink() and not (_is(entry.is_dir) and _inside(Path(entry.path), root))))
    ]
    if settled_for > 0:
        cutoff = time.time() - settled_for
        found = [p for p in found if _mtime(Path(p)) <= cutoff]
    return sorted(found)


def _entries(folder: str) -> Iterator[os.DirEntry[str]]:
    """Every entry under folder, recursively, as Path.rglob("*") finds them (a linked folder is listed, not
    entered; an unreadable folder is skipped), from os.scandir: the kind of most entries comes with the
    listing, without a stat call per file."""
    try:
        with os.scandir(folder) as listing:
            entries = list(listing)
    except PermissionError:
        return
    for entry in entries:
        yield entry
        if _is(entry.is_dir) and not entry.is_symlink():
            yield from _entries(entry.path)


def _is(test: Callable[[], bool]) -> bool:
    try:
        return test()
    except OSError:
        return False


def _mtime(path: Path) -> float:
    try:
        return path.lstat().st_mtime
    except OSError:
        return 0.0  # gone meanwhile: listed, and reported by ingest as unreadable


def _inside(path: Path, root: Path) -> bool:
    return path.resolve().is_relative_to(root)


def _keyed(reason: str, path: str) -> str:
    """A stable key for a file whose bytes are not read: the path itself keys its record."""
    return hashlib.sha256(f"{reason}:{path}".encode()).hexdigest()


def read(paths: list[str], source_dir: Path | None = None, max_bytes: int | None = None) -> Iterator[RawFile]:
    """Read and hash each file, refusing what must not be read.

    A path that resolves outside source_dir (a link to /etc/passwd, a link into a linked folder
    outside) is refused and never opened. Several links to one file inside are read once. A file over
    max_bytes is hashed in chunks, not kept in memory, and comes back with a specific error.
    """
    root = source_dir.resolve() if source_dir is not None else None
    seen: dict[str, RawFile] = {}  # real path -> what reading it gave
    folders: dict[str, tuple[Path, bool]] = {}  # folder as written -> (its real path, inside root)
    for path in paths:
        try:
            real, inside = _resolved(path, root, folders)
        except (OSError, RuntimeError) as exc:  # dangling link, link loop, vanished file
            reason = "link loop" if isinstance(exc, RuntimeError) else (exc.strerror or exc.__class__.__name__)
            yield RawFile(path, None, _keyed("unreadable", path), f"cannot read file: {reason}")
            continue
        if not inside:
            yield RawFile(path, None, _keyed("refused", path),
                          f"refused: the path resolves outside the source folder (to {real}); not read")
            continue
        if str(real) in seen:
            first = seen[str(real)]
            yield RawFile(path, first.raw, first.content_sha256, first.error, first.size_bytes)
            continue
        result = _read_one(path, real, max_bytes)
        seen[str(real)] = result
        yield result


def _resolved(path: str, root: Path | None, folders: dict[str, tuple[Path, bool]]) -> tuple[Path, bool]:
    """(Path(path).resolve(strict=True), whether that is inside root), its errors included. A file that is no
    link is its real folder plus its name, and the folders of a batch are few: each is resolved once."""
    folder, name = os.path.split(path)
    if name in ("", ".", "..") or stat.S_ISLNK(os.lstat(path).st_mode):
        real = Path(path).resolve(strict=True)
        return real, root is None or real.is_relative_to(root)
    if folder not in folders:
        real_folder = Path(folder or ".").resolve(strict=True)
        folders[folder] = real_folder, root is None or real_folder.is_relative_to(root)
    real_folder, inside = folders[folder]
    return real_folder / name, inside


def _read_one(path: str, real: Path, max_bytes: int | None) -> RawFile:
    try:
        # O_NOFOLLOW on the resolved path: a link swapped in after the check above is not followed.
        # O_NONBLOCK: a FIFO dropped in must not hang the run; it is refused below as not a regular file.
        fd = os.open(real, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError as exc:
        return RawFile(path, None, _keyed("unreadable", path), f"cannot read file: {exc.strerror or exc}")
    # The descriptor itself, not a buffered file object: most articles are one read of their size (+1 to see
    # the end), not a 1 MB buffer allocated and shrunk per file.
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            return RawFile(path, None, _keyed("refused", path), "refused: not a regular file (device, FIFO or "
                           "socket); not read")
        digest = hashlib.sha256()
        kept: list[bytes] = []
        size = 0
        want = min(CHUNK, info.st_size + 1)
        try:
            while chunk := os.read(fd, want):
                want = CHUNK
                digest.update(chunk)
                size += len(chunk)
                if max_bytes is None or size <= max_bytes:
                    kept.append(chunk)
                else:
                    kept.clear()
        except OSError as exc:
            return RawFile(path, None, _keyed("unreadable", path), f"cannot read file: {exc.strerror or exc}")
    finally:
        os.close(fd)
    if max_bytes is not None and size > max_bytes:
        return RawFile(
            path, None, digest.hexdigest(),
            f"file too large: {size:,} bytes, more than the {max_bytes:,} bytes an article may have "
            "(HOPTAC_MAX_ARTICLE_BYTES); not loaded", size,
        )
    return RawFile(path, b"".join(kept), digest.hexdigest(), None, size)


def keep_copy(
    quarantine_dir: Path, source_path: str, content_sha256: str, raw: bytes | None, from_disk: bool = True,
) -> str | None:
    """Copy the bytes into the quarantine folder; returns where, or None when there are no bytes to keep.

    from_disk=False for a file ingest would not read (refused, too large, unreadable): it is never
    opened here either, and stays where it was dropped (its record says why).
    """
    quarantine_dir.mkdir(parents=True, exist_ok=True)
    target = quarantine_dir / f"{content_sha256[:16]}__{Path(source_path).name.replace(chr(10), ' ')}"
    if raw is not None:
        target.write_bytes(raw)
        return str(target)
    if not from_disk:
        return None
    try:
        shutil.copyfile(source_path, target)
    except OSError:
        return None
    return str(target)
