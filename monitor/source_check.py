"""Trying a source before it is saved, and adding the sources of an OPML file.

Shared by ``pushback-monitor sources …`` and the desktop app's sources dialog, so both
check a new source the same way: validated as feeds.yaml would be, fetched once, parsed
and normalised, nothing stored.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from monitor import discover, opml
from monitor.config import FeedsConfig, FeedsFile, SourceConfig
from monitor.errors import ConfigError
from monitor.fetch import Fetcher
from monitor.models import Batch, Item, SourceState
from monitor.pipeline import normalise_batch
from monitor.sources import KINDS, SourceDraft


@dataclass(frozen=True, kw_only=True)
class Preview:
    """What one fetch of a source yields, normalised but not stored."""

    source: SourceConfig
    batch: Batch
    items: list[Item]
    warnings: list[str]


def transient(draft: SourceDraft, config: FeedsConfig) -> SourceConfig:
    """The SourceConfig a draft would become in feeds.yaml, validated the same way.
    Raises :class:`ConfigError` naming the field at fault."""
    from monitor.config.validate import validate  # noqa: PLC0415 - rarely needed

    source = {"id": "preview", **draft}
    document = {"version": 1, "sources": [source]}
    return validate(document, config.path).sources[0]


async def preview(source: SourceConfig, fetcher: Fetcher) -> Preview:
    """Fetch ``source`` once, as a first poll would, and normalise what it yields."""
    batch = await KINDS[source.kind].read(source, SourceState(source=source.id), fetcher)
    items, warnings = normalise_batch(source, batch, datetime.now(UTC))
    return Preview(source=source, batch=batch, items=items, warnings=batch.warnings + warnings)


@dataclass(kw_only=True)
class OpmlImport:
    added: list[SourceConfig] = field(default_factory=list)
    present: int = 0  # already in feeds.yaml (same address)
    rejected: list[str] = field(default_factory=list)  # "label: why"


def import_opml(feeds_file: FeedsFile, path: Path) -> OpmlImport:
    """Add the feeds of an OPML file to ``feeds_file`` (not saved); feeds already present
    (same address) are left alone, and one that does not validate is named, not fatal."""
    known = {s.address for s in feeds_file.config.sources}
    result = OpmlImport()
    for found in opml.read_opml(path):
        taken = {s.id for s in feeds_file.config.sources}
        draft = found.draft
        source_id = found.id if found.id and found.id not in taken else None
        source_id = source_id or discover.suggest_id(draft, taken)
        label = found.name or draft.address_fields.get("url") or source_id
        try:
            if transient(draft, feeds_file.config).address in known:
                result.present += 1
                continue
            # an outline named by the id alone was a source without a name of its own
            name = found.name if found.name != found.id else None
            source = feeds_file.add({**draft, "id": source_id, "name": name})
        except ConfigError as exc:
            result.rejected.append(f"{label}: {exc}")
            continue
        known.add(source.address)
        result.added.append(source)
    return result
