"""What a source is called wherever it is shown: one rule for the CLI and the app.

A name given in feeds.yaml always wins; a source without one is called by its feed's own
title, stored at its first poll (``SourceState.title``); a source feeds.yaml no longer
lists keeps the name it last had (the name it was given, else its feed's title), so its
items still say where they came from. Only a source never polled with a title of its own
is shown by its id.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from monitor.config import SourceConfig
from monitor.models import SourceState


def source_name(source: SourceConfig, state: SourceState | None) -> str:
    """The name of a source feeds.yaml lists."""
    if source.named:
        return source.name
    return (state.title if state else None) or source.id


def removed_name(state: SourceState) -> str:
    """The last known name of a source feeds.yaml no longer lists."""
    return state.name or state.title or state.source


def source_names(
    sources: Iterable[SourceConfig], states: Mapping[str, SourceState]
) -> dict[str, str]:
    """Source id → name shown, for the sources of feeds.yaml and every source the store
    remembers (removed ones included)."""
    names = {source_id: removed_name(state) for source_id, state in states.items()}
    for source in sources:
        names[source.id] = source_name(source, states.get(source.id))
    return names
