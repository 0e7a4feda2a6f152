"""Check a parsed feeds.yaml document and turn it into a :class:`FeedsConfig`.

Every fault is reported, not only the first, as
``feeds.yaml:14: source “NOS Nieuws” (sources[3]): interval: …``: the file, the line (from
the round-trip YAML node, so it points at the user's own text), the source by its name
(else its id) and its place in the list, and the field. What a message explains is in the
engine's language (:mod:`monitor.i18n`: ``feeds.yaml:14: bron “NOS Nieuws” (sources[3]):
interval: moet minstens 5 minuten zijn`` in Dutch); the file, the line, the fields and the
values stay as written.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from monitor.config.proxy import read_proxy
from monitor.config.reader import Problems, Reader, line_of
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
from monitor.config.units import parse_size
from monitor.errors import ConfigError
from monitor.i18n import _, ngettext
from monitor.sources import SourceKind

SUPPORTED_VERSION = 1
_ID = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,63}$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")
_TOP_LEVEL = ("version", "defaults", "sources")
_DEFAULT_FIELDS = (
    "interval",
    "timeout",
    "user_agent",
    "identify",
    "max_bytes",
    "max_redirects",
    "concurrency",
    "per_host",
)


# What earlier versions wrote into every new feeds.yaml: a copy of the old default, not
# a choice to tell the watched sites who reads them (defaults: identify: true is that).
_EARLIER_USER_AGENT = "PushbackMonitor/1.0 (+https://github.com/pushback-monitor/pushback-monitor)"


def _read_defaults(node: Any, line: int | None, problems: Problems) -> Defaults:
    """``line``: where ``defaults:`` is, for a value that has no line of its own (5)."""
    if node is None:
        return Defaults()
    if not isinstance(node, Mapping):
        problems.add(line, "defaults", _("must be a mapping of settings"))
        return Defaults()
    reader = Reader(node, "defaults", problems)
    reader.check_unknown(_DEFAULT_FIELDS)
    base = Defaults()
    max_bytes = base.max_bytes
    if node.get("max_bytes") is not None:
        try:
            max_bytes = parse_size(node["max_bytes"])
        except ValueError as exc:  # its message says what a size looks like
            reader.error("max_bytes", str(exc))
    user_agent = reader.text("user_agent")
    return Defaults(
        interval=reader.duration("interval", MIN_INTERVAL, MAX_INTERVAL, base.interval),
        timeout=reader.duration("timeout", MIN_TIMEOUT, MAX_TIMEOUT, base.timeout),
        user_agent=None if user_agent == _EARLIER_USER_AGENT else user_agent,
        identify=reader.boolean("identify", base.identify),
        max_bytes=max_bytes,
        max_redirects=reader.integer("max_redirects", 0, 20, base.max_redirects),
        concurrency=reader.integer("concurrency", 1, 256, base.concurrency),
        per_host=reader.integer("per_host", 1, 64, base.per_host),
    )


def _read_address(reader: Reader, kind: SourceKind) -> dict[str, Any]:
    """The kind's address fields, checked as the kind declares them; a field left out is
    its default."""
    values: dict[str, Any] = {}
    for name in kind.required:
        if reader.node.get(name) is None:
            reader.error(
                None, _("a {kind} source needs '{name}'").format(kind=kind.name, name=name)
            )
    for group in kind.one_of:
        present = [name for name in group if reader.node.get(name) is not None]
        if len(present) != 1:
            message = _("a {kind} source needs exactly one of {choices}")
            reader.error(None, message.format(kind=kind.name, choices=_either(group)))
    for spec in kind.fields:
        if spec.url:
            value = reader.url(spec.name)
        else:
            hint = f" ({_(spec.hint)})" if spec.hint else ""
            value = reader.text(spec.name, pattern=spec.pattern, hint=hint)
        if value and spec.drop_prefix:
            value = value.removeprefix(spec.drop_prefix)
        values[spec.name] = spec.default if value is None else value
    return values


def _either(names: tuple[str, ...]) -> str:
    """``'a' or 'b'`` (``'a', 'b' or 'c'``), in the engine's language."""
    quoted = [f"'{name}'" for name in names]
    if len(quoted) < 2:
        return "".join(quoted)
    return _("{names} or {last}").format(names=", ".join(quoted[:-1]), last=quoted[-1])


MAX_NAME_SHOWN = 60  # characters of a source's name in a message


def source_named(node: Any, index: int) -> str:
    """How messages name the source at ``sources[index]``: by the name it is given, else by
    its id, as written, and its place in the list (``source “NOS” (sources[3])``)."""
    place = f"sources[{index}]"
    if not isinstance(node, Mapping):
        return place
    for key in ("name", "id"):
        value = node.get(key)
        if isinstance(value, str) and value.strip():
            label = " ".join(value.split())
            if len(label) > MAX_NAME_SHOWN:
                label = label[: MAX_NAME_SHOWN - 1] + "…"
            return _("source “{name}” ({place})").format(name=label, place=place)
    return place


def _read_source(
    node: Any, index: int, line: int | None, defaults: Defaults, problems: Problems
) -> Any:
    """``line``: the list entry's, for an entry that has no line of its own (``- 7``)."""
    prefix = f"sources[{index}]"
    if not isinstance(node, Mapping):
        problems.add(line, prefix, _("must be a mapping with id, kind and an address"))
        return None
    reader = Reader(node, prefix, problems, named=source_named(node, index))
    source_id = reader.text("id", pattern=_ID, hint=_(" (use lower-case letters, digits, - _ .)"))
    if node.get("id") is None:
        reader.error(None, _("needs an 'id'"))
    if node.get("kind") not in KINDS:
        expected = ", ".join(KINDS)
        if node.get("kind") is None:
            reader.error(None, _("needs a 'kind' ({expected})").format(expected=expected))
        else:
            message = _("unknown kind {kind!r}; expected one of {expected}")
            reader.error("kind", message.format(kind=node["kind"], expected=expected))
        return None
    kind = KINDS[str(node["kind"])]
    reader.check_unknown(COMMON_FIELDS + ADDRESS_FIELDS)
    for name in set(ADDRESS_FIELDS) - set(kind.field_names):
        if name in node:
            reader.error(name, _("is not used by a {kind} source").format(kind=kind.name))
    address = _read_address(reader, kind)
    proxy = read_proxy(reader)
    name = reader.text("name")
    config = {
        "id": source_id,
        "kind": kind.name,
        "name": name or source_id,
        "named": name is not None,
        "interval": reader.duration("interval", MIN_INTERVAL, MAX_INTERVAL, defaults.interval),
        "timeout": reader.duration("timeout", MIN_TIMEOUT, MAX_TIMEOUT, defaults.timeout),
        "enabled": reader.boolean("enabled", True),
        "notify": reader.boolean("notify", True),
        "language": reader.text("language", pattern=_LANGUAGE, hint=_(" (an ISO 639 code, nl)")),
        "country": reader.text("country", pattern=_COUNTRY, hint=_(" (an ISO 3166 code, NL)")),
        "tags": reader.string_list("tags"),
        "headers": reader.string_map("headers"),
        "proxy": proxy,
        "notes": reader.text("notes"),
        **address,
    }
    return config if source_id else None


def validate(document: Any, path: Path) -> FeedsConfig:
    """Turn a parsed feeds.yaml into a :class:`FeedsConfig`, or raise :class:`ConfigError`."""
    problems = Problems(path)
    if not isinstance(document, Mapping):
        problems.add(1, "", _("the file must be a mapping with 'version' and 'sources'"))
        raise ConfigError(problems.messages[0], problems.messages)
    top = Reader(document, "", problems)
    top.check_unknown(_TOP_LEVEL)
    version = document.get("version")
    if version != SUPPORTED_VERSION:
        line = line_of(document, "version") if "version" in document else 1
        message = _("must be {version} (found {found!r})")
        problems.add(line, "version", message.format(version=SUPPORTED_VERSION, found=version))
    defaults = _read_defaults(document.get("defaults"), line_of(document, "defaults"), problems)
    raw_sources = document.get("sources")
    if raw_sources is None:
        raw_sources = []
    if not isinstance(raw_sources, list):
        problems.add(line_of(document, "sources"), "sources", _("must be a list of sources"))
        raw_sources = []
    sources: list[SourceConfig] = []
    first_line: dict[str, int | None] = {}
    for index, node in enumerate(raw_sources):
        line = line_of(raw_sources, index)
        fields = _read_source(node, index, line, defaults, problems)
        if fields is None:
            continue
        if fields["id"] in first_line:
            message = _("duplicate id {id!r} (first used on line {line})")
            problems.add(
                line_of(node, "id"),
                f"{source_named(node, index)}: id",
                message.format(id=fields["id"], line=first_line[fields["id"]]),
            )
            continue
        first_line[fields["id"]] = line
        sources.append(SourceConfig(**fields))
    if problems.messages:
        summary = problems.messages[0]
        more = len(problems.messages) - 1
        if more:
            summary += ngettext(
                " (and {count} more problem)", " (and {count} more problems)", more
            ).format(count=more)
        raise ConfigError(summary, problems.messages)
    return FeedsConfig(
        path=path, version=SUPPORTED_VERSION, defaults=defaults, sources=tuple(sources)
    )
