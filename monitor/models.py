"""Typed records passed between the engine's layers."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any, Literal

# The fixed category ids (names, descriptions and cue terms: resources/taxonomy.yaml).
CATEGORY_IDS: tuple[str, ...] = (
    "anti_gender",
    "anti_lgbtqi",
    "anti_srhr",
    "civic_space",
    "anti_aid",
    "disinformation",
    "rule_of_law",
)

# Who decided an item's language: the source's ``language:`` in feeds.yaml, the entry's
# or the feed's declaration, or detection on the item's own text.
LanguageSource = Literal["source", "declared", "detected"]


class ItemStatus(StrEnum):
    """Where an item stands in review. The values are what the database, ``items --json``
    and the briefs hold, so a member compares equal to its stored text."""

    PENDING = "pending"
    CONFIRMED = "confirmed"
    REJECTED = "rejected"
    ESCALATED = "escalated"
    PARTNER = "partner"  # a partner organisation's finding, not decided here (monitor/sharing)


# As text, for command-line choices (click would show an enum's member names).
ITEM_STATUSES: tuple[str, ...] = tuple(status.value for status in ItemStatus)


@dataclass(frozen=True, slots=True, kw_only=True)
class Entry:
    """One post or article as a source kind read it, before normalisation."""

    external_id: str | None
    url: str | None
    title: str  # may hold HTML
    html: str  # body as HTML (plain text is valid HTML too)
    author: str | None = None
    published: datetime | None = None
    language: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True, kw_only=True)
class Item:
    """A normalised item, ready for the store."""

    source: str
    external_id: str
    url: str | None
    canonical_url: str | None
    title: str
    text: str
    html: str
    author: str | None
    published: datetime
    published_estimated: bool
    fetched: datetime
    language: str | None
    language_detected: bool
    content_hash: str
    meta: dict[str, Any] = field(default_factory=dict)
    language_source: LanguageSource | None = None  # who decided the language, if anyone


@dataclass(frozen=True, slots=True, kw_only=True)
class SourceState:
    """What the store remembers about a source between polls."""

    source: str
    etag: str | None = None
    last_modified: str | None = None
    cursor: dict[str, Any] = field(default_factory=dict)
    last_attempt: datetime | None = None
    last_success: datetime | None = None
    last_error: str | None = None
    last_error_at: datetime | None = None
    last_warning: str | None = None
    consecutive_failures: int = 0
    next_poll: datetime | None = None
    retry_after: datetime | None = None  # the server asked us to wait until then
    title: str | None = None  # the feed's own title, as it last gave one
    name: str | None = None  # the name feeds.yaml gave the source at its last poll
    moved_to: str | None = None  # where its last poll was sent for good (a 301 or 308)


@dataclass(frozen=True, slots=True, kw_only=True)
class Batch:
    """What one fetch of a source produced."""

    entries: list[Entry] = field(default_factory=list)
    not_modified: bool = False
    etag: str | None = None
    last_modified: str | None = None
    cursor: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    feed_language: str | None = None
    feed_title: str | None = None
    base_url: str | None = None
    http_status: int | None = None
    moved_to: str | None = None  # the address a permanent redirect (301, 308) led to


class Outcome(StrEnum):
    """How polling a source went; the value is what ``fetch_log`` and ``poll --json`` hold."""

    OK = "ok"
    NOT_MODIFIED = "not_modified"
    ERROR = "error"
    SKIPPED = "skipped"


@dataclass(frozen=True, slots=True, kw_only=True)
class SourceReport:
    """The result of polling one source, as printed by ``poll`` and shown in the UI."""

    source: str
    outcome: Outcome  # its text is taken too (made the member: __post_init__)
    new: int = 0
    updated: int = 0
    duplicates: int = 0
    seen: int = 0
    new_item_ids: tuple[int, ...] = ()
    message: str = ""
    warnings: tuple[str, ...] = ()
    next_poll: datetime | None = None
    seconds: float = 0.0
    local: bool = False  # an error of this computer (disk full, database busy), not the source's

    def __post_init__(self) -> None:
        object.__setattr__(self, "outcome", Outcome(self.outcome))


@dataclass(frozen=True, slots=True, kw_only=True)
class SaveResult:
    """What storing one batch changed."""

    new_item_ids: tuple[int, ...] = ()
    updated: int = 0
    duplicates: int = 0
    unchanged: int = 0
