"""The evidence package's own error: a kept file whose records no longer match their
digests. It sits under :class:`~monitor.errors.EvidenceError` in the engine's one tree; a
page that cannot be fetched raises the policy's own :class:`~monitor.errors.FetchError`.
"""

from __future__ import annotations

from pathlib import Path

from monitor.errors import EvidenceError
from monitor.evidence.records import DigestMismatch
from monitor.i18n import ngettext

__all__ = ["EvidenceError", "EvidenceTampered"]


class EvidenceTampered(EvidenceError):
    """Raised where evidence must be intact (an export), so that a changed file is never
    passed on as proof; ``mismatches`` names every record that fails, first one first."""

    def __init__(self, path: Path, mismatches: tuple[DigestMismatch, ...]) -> None:
        self.mismatches = mismatches
        message = mismatches[0].message
        more = len(mismatches) - 1
        if more:
            message += " " + ngettext(
                "(and {count} more record)", "(and {count} more records)", more
            ).format(count=more)
        super().__init__(path, message)
