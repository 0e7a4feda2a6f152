"""Writing evidence files so that a crash or a full disk never leaves half a record
(:mod:`monitor.files`), with errors that belong to evidence rather than to
configuration."""

from __future__ import annotations

import shutil
from contextlib import AbstractContextManager
from pathlib import Path
from typing import BinaryIO

from monitor import files
from monitor.evidence.errors import EvidenceError
from monitor.i18n import _


def write_failed(path: Path, exc: OSError) -> EvidenceError:
    message = _("{path}: cannot write the file: {reason}")
    return EvidenceError(path, message.format(path=path, reason=exc.strerror or exc))


def read_failed(path: Path, exc: OSError) -> EvidenceError:
    message = _("{path}: cannot read the file: {reason}")
    return EvidenceError(path, message.format(path=path, reason=exc.strerror or exc))


def replacing(path: Path, *, private: bool) -> AbstractContextManager[BinaryIO]:
    """:func:`monitor.files.replacing`, its faults told as evidence's."""
    return files.replacing(path, private=private, failed=write_failed)


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
