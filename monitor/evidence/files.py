"""Writing evidence files so that a crash or a full disk never leaves half a record.

The technique of :func:`monitor.config.feeds_file.atomic_write` (a temporary file in the
same folder, flushed to disk, then renamed over the old one), streamed instead of held
in memory, and with errors that belong to evidence rather than to configuration.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from monitor.evidence.errors import EvidenceError
from monitor.i18n import _


def _umask() -> int:
    mask = os.umask(0o077)
    os.umask(mask)
    return mask


def write_failed(path: Path, exc: OSError) -> EvidenceError:
    message = _("{path}: cannot write the file: {reason}")
    return EvidenceError(path, message.format(path=path, reason=exc.strerror or exc))


def read_failed(path: Path, exc: OSError) -> EvidenceError:
    message = _("{path}: cannot read the file: {reason}")
    return EvidenceError(path, message.format(path=path, reason=exc.strerror or exc))


@contextmanager
def replacing(path: Path, *, private: bool) -> Iterator[BinaryIO]:
    """A new file (open for writing and reading) that takes the place of ``path`` once
    the block ends without an error; on an error ``path`` is left as it was.

    A file that is replaced keeps its permissions; a new one is readable by its owner
    only, unless ``private`` is false (an export to hand on), when the umask decides."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise write_failed(path, exc) from exc
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
        raise write_failed(path, exc) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def append_atomically(path: Path, data: bytes) -> int:
    """Add ``data`` at the end of ``path`` (created if missing) and return the offset it
    starts at. The old bytes are copied, never rewritten in place, so a failure keeps
    every earlier record; a torn append cannot bury later ones behind garbage.

    One writer per file at a time: two appends at once would each keep only their own."""
    with replacing(path, private=True) as handle:
        try:
            with path.open("rb") as old:
                shutil.copyfileobj(old, handle)
        except FileNotFoundError:
            pass
        except OSError as exc:
            raise read_failed(path, exc) from exc
        start = handle.tell()
        handle.write(data)
    return start
