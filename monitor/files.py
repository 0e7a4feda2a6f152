"""Replacing a file so that a crash or a full disk never leaves half of it: a temporary
file in the same folder, flushed to disk, then renamed over the old one."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from monitor.errors import MonitorError


def _umask() -> int:
    mask = os.umask(0o077)
    os.umask(mask)
    return mask


@contextmanager
def replacing(
    path: Path, *, private: bool, failed: Callable[[Path, OSError], MonitorError]
) -> Iterator[BinaryIO]:
    """A new file (open for writing and reading) that takes the place of ``path`` once
    the block ends without an error; on an error ``path`` is left as it was, and an
    ``OSError`` is raised as ``failed(path, error)``.

    A file that is replaced keeps its permissions; a new one is readable by its owner
    only, unless ``private`` is false (a document to hand on), when the umask decides."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise failed(path, exc) from exc
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "w+b") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        if path.exists():
            tmp.chmod(path.stat().st_mode & 0o777)
        elif not private:
            tmp.chmod(0o666 & ~_umask())
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise failed(path, exc) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
