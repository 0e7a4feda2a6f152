"""What a source kind is: the one object from which validation, discovery and the form
are built.

Each kind module (``rss``, ``mastodon``, ``bluesky``, ``telegram``) declares one
:class:`SourceKind`: the address fields feeds.yaml takes for it (with their defaults and
examples), how a source of the kind is described in one line, how it is read, which
pasted addresses it recognises, and where a general feed reader or browser finds it.
Nothing else lists kinds or their fields.

A kind module must not import ``monitor.config`` or ``monitor.fetch`` while it loads:
the configuration is checked with these declarations, so it imports them, not the
other way round (those names are imported for type checking only).
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, unquote, urlsplit

from monitor.sources.draft import SourceDraft

if TYPE_CHECKING:
    from monitor.config.schema import SourceConfig
    from monitor.fetch import Fetcher
    from monitor.models import Batch, SourceState

    Reader = Callable[[SourceConfig, SourceState, Fetcher], Awaitable[Batch]]
    Finder = Callable[["WebAddress", Fetcher, float], Awaitable[SourceDraft | None]]


@dataclass(frozen=True, kw_only=True)
class Field:
    """One address field of a kind, as written in feeds.yaml."""

    name: str
    label: str  # short, in English; the form translates it
    example: str = ""  # shown in an empty field (the default, when there is one)
    default: str | None = None  # the public service, when the field may be left out
    url: bool = False  # an http(s) address, checked as one
    pattern: re.Pattern[str] | None = None
    hint: str = ""  # what a valid value looks like, said when a value is not
    drop_prefix: str = ""  # typed by habit, not part of the value (a hashtag's #)

    @property
    def placeholder(self) -> str:
        return self.example or self.default or ""


@dataclass(frozen=True, kw_only=True)
class WebAddress:
    """A pasted address taken apart once, for every kind's ``recognise``."""

    url: str
    scheme: str
    host: str  # lower case
    origin: str  # scheme://host[:port], as written
    path: tuple[str, ...]  # the non-empty segments, unquoted
    query: Mapping[str, list[str]]

    @classmethod
    def parse(cls, url: str) -> WebAddress:
        parts = urlsplit(url.strip())
        return cls(
            url=url,
            scheme=parts.scheme,
            host=(parts.hostname or "").lower(),
            origin=f"{parts.scheme}://{parts.netloc}",
            path=tuple(unquote(p) for p in parts.path.split("/") if p),
            query=parse_qs(parts.query),
        )


@dataclass(frozen=True, kw_only=True)
class PublicAddress:
    """Where a source can be followed without this app: what an OPML export offers other
    feed readers."""

    url: str
    feed: bool  # a feed any reader can poll; else a web page to open


@dataclass(frozen=True, kw_only=True)
class SourceKind:
    """One ``kind:`` of feeds.yaml.

    ``fields`` are its address fields, in the order they are written and shown. A field
    is required unless it has a default or belongs to a group of ``one_of``, of which
    exactly one must be given. ``recognise`` turns a pasted address into a draft without
    the network (``None``: not one of this kind's). A kind with ``hosts`` (its service's
    own sites) is asked only about addresses there, and its answer is final; one without
    (Mastodon: any server) about addresses elsewhere. ``find`` may ask the network when
    the address alone does not tell. ``id_base`` makes the readable start of a new
    source's id. ``public_address`` is where a source of the kind can be followed without
    this app. ``title`` names the kind where its fields are listed beside other kinds'.
    """

    name: str
    title: str
    fields: tuple[Field, ...]
    one_of: tuple[tuple[str, ...], ...] = ()
    describe: Callable[[SourceConfig], str]
    public_address: Callable[[SourceConfig], PublicAddress]
    read: Reader
    recognise: Callable[[WebAddress], SourceDraft | None]
    id_base: Callable[[Mapping[str, Any]], str]
    hosts: frozenset[str] = frozenset()
    find: Finder | None = None

    def __post_init__(self) -> None:
        names = self.field_names
        if len(set(names)) != len(names):
            raise ValueError(f"{self.name}: a field is declared twice")
        unknown = {name for group in self.one_of for name in group} - set(names)
        if unknown:
            raise ValueError(f"{self.name}: one_of names unknown fields {sorted(unknown)}")

    @property
    def field_names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)

    @property
    def required(self) -> tuple[str, ...]:
        grouped = {name for group in self.one_of for name in group}
        return tuple(f.name for f in self.fields if f.default is None and f.name not in grouped)

    @property
    def defaults(self) -> Mapping[str, str]:
        """The fields that may be left out, and what they are then."""
        return {f.name: f.default for f in self.fields if f.default is not None}

    def address(self, source: SourceConfig) -> str:
        """A one-line description of where ``source`` is read from."""
        return self.describe(source)

    def draft(self, tags: tuple[str, ...] = (), **address_fields: str) -> SourceDraft:
        """A draft of this kind; ``address_fields`` must be fields of the kind."""
        unknown = set(address_fields) - set(self.field_names)
        if unknown:
            raise ValueError(f"{self.name}: no field {sorted(unknown)}")
        return SourceDraft(kind=self.name, address_fields=address_fields, tags=tags)


def slug(text: str) -> str:
    """``"Gender ideology!"`` → ``gender-ideology``: the readable part of an id."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40] or "source"
