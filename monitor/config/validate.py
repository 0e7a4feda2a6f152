"""Check a parsed feeds.yaml document and turn it into a :class:`FeedsConfig`.

Every fault is reported, not only the first, as ``feeds.yaml:14: sources[3].interval: …``:
the line comes from the round-trip YAML node, so it points at the user's own text.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Mapping
from datetime import timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from monitor.config.schema import (
    ADDRESS_FIELDS,
    COMMON_FIELDS,
    KINDS,
    MAX_INTERVAL,
    MAX_TIMEOUT,
    MIN_INTERVAL,
    MIN_TIMEOUT,
    Defaults,
    FeedsConfig,
    SourceConfig,
)
from monitor.config.units import format_duration, parse_duration, parse_size
from monitor.errors import ConfigError

SUPPORTED_VERSION = 1
_ID = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,63}$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")
_HASHTAG = re.compile(r"^#?\w+$")
_ACCOUNT = re.compile(r"^\w[\w.-]*(@[\w.-]+\.[a-z]{2,})?$", re.IGNORECASE)
_ACTOR = re.compile(r"^(did:[a-z]+:[\w.:%-]+|[a-z0-9][a-z0-9.-]*\.[a-z]{2,})$", re.IGNORECASE)
_CHANNEL = re.compile(r"^[A-Za-z][A-Za-z0-9_]{3,31}$")
_PROXY_SCHEMES = ("http", "https", "socks5", "socks5h")
_TOP_LEVEL = ("version", "defaults", "sources")
_DEFAULT_FIELDS = (
    "interval",
    "timeout",
    "user_agent",
    "max_bytes",
    "max_redirects",
    "concurrency",
    "per_host",
)


def line_of(node: Any, key: str | int | None = None) -> int | None:
    """1-based line of ``node[key]`` (or of ``node``) in the YAML text, if known."""
    lc = getattr(node, "lc", None)
    if lc is None:
        return None
    try:
        if key is None:
            return int(lc.line) + 1
        if isinstance(key, int):
            return int(lc.item(key)[0]) + 1
        return int(lc.key(key)[0]) + 1
    except (KeyError, IndexError, TypeError, AttributeError):
        return int(lc.line) + 1 if lc.line is not None else None


class _Problems:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._found: list[tuple[int, str]] = []

    def add(self, line: int | None, field: str, message: str) -> None:
        where = f"{self.path.name}:{line}" if line else self.path.name
        text = f"{where}: {field}: {message}" if field else f"{where}: {message}"
        self._found.append((line or 0, text))

    @property
    def messages(self) -> list[str]:
        """In the order of the file, so they read top to bottom."""
        return [text for _, text in sorted(self._found, key=lambda found: found[0])]


def _is_http_url(value: object) -> bool:
    if not isinstance(value, str):
        return False
    parts = urlsplit(value)
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def _suggest(name: str, allowed: tuple[str, ...]) -> str:
    close = difflib.get_close_matches(name, allowed, n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""


class _Reader:
    """Reads one mapping, recording a problem for each bad field instead of stopping."""

    def __init__(self, node: Mapping[str, Any], prefix: str, problems: _Problems) -> None:
        self.node = node
        self.prefix = prefix
        self.problems = problems

    def field(self, key: str) -> str:
        return f"{self.prefix}.{key}" if self.prefix else key

    def error(self, key: str | None, message: str) -> None:
        line = line_of(self.node, key) if key is not None else line_of(self.node)
        self.problems.add(line, self.field(key) if key else self.prefix, message)

    def check_unknown(self, allowed: tuple[str, ...]) -> None:
        for key in self.node:
            if key not in allowed:
                self.error(str(key), f"unknown field{_suggest(str(key), allowed)}")

    def text(self, key: str, *, pattern: re.Pattern[str] | None = None, hint: str = "") -> Any:
        value = self.node.get(key)
        if value is None:
            return None
        if not isinstance(value, str) or not value.strip():
            self.error(key, "must be a non-empty text")
            return None
        if pattern is not None and not pattern.match(value):
            self.error(key, f"{value!r} is not valid{hint}")
            return None
        return value.strip()

    def url(self, key: str) -> str | None:
        value = self.node.get(key)
        if value is None:
            return None
        if not _is_http_url(value):
            self.error(key, f"{value!r} is not an http(s) address; write it in full, with https://")
            return None
        return str(value).rstrip("/") if key != "url" else str(value)

    def duration(
        self, key: str, minimum: timedelta, maximum: timedelta, default: timedelta
    ) -> timedelta:
        value = self.node.get(key)
        if value is None:
            return default
        try:
            parsed = parse_duration(value)
        except ValueError as exc:
            self.error(key, str(exc))
            return default
        if parsed < minimum:
            self.error(key, f"must be at least {_spoken(minimum)}")
        elif parsed > maximum:
            self.error(key, f"must be at most {_spoken(maximum)}")
        return parsed

    def integer(self, key: str, minimum: int, maximum: int, default: int) -> int:
        value = self.node.get(key)
        if value is None:
            return default
        if not isinstance(value, int) or isinstance(value, bool):
            self.error(key, f"{value!r} is not a whole number")
            return default
        if not minimum <= value <= maximum:
            self.error(key, f"must be between {minimum} and {maximum}")
        return value

    def boolean(self, key: str, default: bool) -> bool:
        value = self.node.get(key)
        if value is None:
            return default
        if not isinstance(value, bool):
            self.error(key, f"{value!r} must be true or false")
            return default
        return value

    def string_list(self, key: str) -> tuple[str, ...]:
        value = self.node.get(key)
        if value is None:
            return ()
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            self.error(key, "must be a list of words, like [news, lgbtqi]")
            return ()
        return tuple(value)

    def string_map(self, key: str) -> dict[str, str]:
        value = self.node.get(key)
        if value is None:
            return {}
        if not isinstance(value, Mapping) or not all(
            isinstance(k, str) and isinstance(v, str | int) for k, v in value.items()
        ):
            self.error(key, "must map header names to values, like {Accept-Language: nl}")
            return {}
        return {str(k): str(v) for k, v in value.items()}


def _spoken(value: timedelta) -> str:
    text = format_duration(value)
    number, unit = text[:-1], text[-1]
    words = {"s": "second", "m": "minute", "h": "hour", "d": "day"}[unit]
    return f"{number} {words}{'' if number == '1' else 's'}"


def _read_defaults(node: Any, problems: _Problems) -> Defaults:
    if node is None:
        return Defaults()
    if not isinstance(node, Mapping):
        problems.add(line_of(node), "defaults", "must be a mapping of settings")
        return Defaults()
    reader = _Reader(node, "defaults", problems)
    reader.check_unknown(_DEFAULT_FIELDS)
    base = Defaults()
    max_bytes = base.max_bytes
    if node.get("max_bytes") is not None:
        try:
            max_bytes = parse_size(node["max_bytes"])
        except ValueError as exc:
            reader.error("max_bytes", str(exc))
    return Defaults(
        interval=reader.duration("interval", MIN_INTERVAL, MAX_INTERVAL, base.interval),
        timeout=reader.duration("timeout", MIN_TIMEOUT, MAX_TIMEOUT, base.timeout),
        user_agent=reader.text("user_agent") or base.user_agent,
        max_bytes=max_bytes,
        max_redirects=reader.integer("max_redirects", 0, 20, base.max_redirects),
        concurrency=reader.integer("concurrency", 1, 256, base.concurrency),
        per_host=reader.integer("per_host", 1, 64, base.per_host),
    )


def _read_address(reader: _Reader, kind: str) -> dict[str, Any]:
    spec = KINDS[kind]
    values: dict[str, Any] = {}
    for name in spec.required:
        if reader.node.get(name) is None:
            reader.error(None, f"a {kind} source needs '{name}'")
    for group in spec.one_of:
        present = [name for name in group if reader.node.get(name) is not None]
        if len(present) != 1:
            choices = " or ".join(f"'{name}'" for name in group)
            reader.error(None, f"a {kind} source needs exactly one of {choices}")
    readers: dict[str, Callable[[str], Any]] = {
        "hashtag": lambda k: reader.text(k, pattern=_HASHTAG, hint=" (a hashtag, like Pride)"),
        "account": lambda k: reader.text(k, pattern=_ACCOUNT, hint=" (user or user@server)"),
        "actor": lambda k: reader.text(k, pattern=_ACTOR, hint=" (a handle like x.bsky.social)"),
        "channel": lambda k: reader.text(k, pattern=_CHANNEL, hint=" (a public channel name)"),
        "query": reader.text,
    }
    for name in spec.fields:
        value = reader.url(name) if name in spec.url_fields else readers[name](name)
        if value is None:
            value = spec.optional.get(name)
        values[name] = value
    if kind == "mastodon" and values.get("hashtag"):
        values["hashtag"] = str(values["hashtag"]).lstrip("#")
    return values


def _read_source(node: Any, index: int, defaults: Defaults, problems: _Problems) -> Any:
    prefix = f"sources[{index}]"
    if not isinstance(node, Mapping):
        problems.add(line_of(node), prefix, "must be a mapping with id, kind and an address")
        return None
    reader = _Reader(node, prefix, problems)
    source_id = reader.text("id", pattern=_ID, hint=" (use lower-case letters, digits, - _ .)")
    if node.get("id") is None:
        reader.error(None, "needs an 'id'")
    if node.get("kind") not in KINDS:
        expected = ", ".join(KINDS)
        if node.get("kind") is None:
            reader.error(None, f"needs a 'kind' ({expected})")
        else:
            reader.error("kind", f"unknown kind {node['kind']!r}; expected one of {expected}")
        return None
    kind = str(node["kind"])
    reader.check_unknown(COMMON_FIELDS + ADDRESS_FIELDS)
    for name in set(ADDRESS_FIELDS) - set(KINDS[kind].fields):
        if name in node:
            reader.error(name, f"is not used by a {kind} source")
    address = _read_address(reader, kind)
    proxy = reader.text("proxy")
    if proxy is not None and urlsplit(proxy).scheme not in _PROXY_SCHEMES:
        schemes = ", ".join(f"{s}://" for s in _PROXY_SCHEMES)
        reader.error("proxy", f"{proxy!r} must start with one of {schemes}")
    config = {
        "id": source_id,
        "kind": kind,
        "name": reader.text("name") or source_id,
        "interval": reader.duration("interval", MIN_INTERVAL, MAX_INTERVAL, defaults.interval),
        "timeout": reader.duration("timeout", MIN_TIMEOUT, MAX_TIMEOUT, defaults.timeout),
        "enabled": reader.boolean("enabled", True),
        "language": reader.text("language", pattern=_LANGUAGE, hint=" (an ISO 639 code, nl)"),
        "country": reader.text("country", pattern=_COUNTRY, hint=" (an ISO 3166 code, NL)"),
        "tags": reader.string_list("tags"),
        "headers": reader.string_map("headers"),
        "proxy": proxy,
        "notes": reader.text("notes"),
        **address,
    }
    return config if source_id else None


def validate(document: Any, path: Path) -> FeedsConfig:
    """Turn a parsed feeds.yaml into a :class:`FeedsConfig`, or raise :class:`ConfigError`."""
    problems = _Problems(path)
    if not isinstance(document, Mapping):
        problems.add(1, "", "the file must be a mapping with 'version' and 'sources'")
        raise ConfigError(problems.messages[0], problems.messages)
    top = _Reader(document, "", problems)
    top.check_unknown(_TOP_LEVEL)
    version = document.get("version")
    if version != SUPPORTED_VERSION:
        line = line_of(document, "version") if "version" in document else 1
        problems.add(line, "version", f"must be {SUPPORTED_VERSION} (found {version!r})")
    defaults = _read_defaults(document.get("defaults"), problems)
    raw_sources = document.get("sources")
    if raw_sources is None:
        raw_sources = []
    if not isinstance(raw_sources, list):
        problems.add(line_of(document, "sources"), "sources", "must be a list of sources")
        raw_sources = []
    sources: list[SourceConfig] = []
    first_line: dict[str, int | None] = {}
    for index, node in enumerate(raw_sources):
        fields = _read_source(node, index, defaults, problems)
        if fields is None:
            continue
        line = line_of(raw_sources, index)
        if fields["id"] in first_line:
            problems.add(
                line_of(node, "id"),
                f"sources[{index}].id",
                f"duplicate id {fields['id']!r} (first used on line {first_line[fields['id']]})",
            )
            continue
        first_line[fields["id"]] = line
        sources.append(SourceConfig(**fields))
    if problems.messages:
        summary = problems.messages[0]
        if len(problems.messages) > 1:
            summary += f" (and {len(problems.messages) - 1} more problems)"
        raise ConfigError(summary, problems.messages)
    return FeedsConfig(
        path=path, version=SUPPORTED_VERSION, defaults=defaults, sources=tuple(sources)
    )
