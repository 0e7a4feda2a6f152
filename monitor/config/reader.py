"""Reading a round-trip YAML mapping field by field, collecting every problem with its line.

Shared by feeds.yaml, settings.yaml and the taxonomy: messages read
``settings.yaml:4: classifier.backend: …``, or, where a mapping has a name of its own,
``feeds.yaml:14: source “NOS Nieuws” (sources[3]): interval: must be at least 5 minutes``.
What a message explains is in the engine's language (:mod:`monitor.i18n`); the file, the
line, the fields and the values stay as the user wrote them.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping
from datetime import timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from ruamel.yaml import YAML
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.reader import ReaderError

from monitor.config.units import format_duration, parse_duration
from monitor.errors import ConfigError
from monitor.i18n import _, ngettext


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


class Problems:
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
        return [text for _line, text in sorted(self._found, key=lambda found: found[0])]


def is_http_url(value: object) -> bool:
    if not isinstance(value, str):
        return False
    parts = urlsplit(value)
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def suggest(name: str, allowed: tuple[str, ...]) -> str:
    close = difflib.get_close_matches(name, allowed, n=1)
    return _(" (did you mean {name!r}?)").format(name=close[0]) if close else ""


class Reader:
    """Reads one mapping, recording a problem for each bad field instead of stopping.

    ``prefix`` is where the mapping sits (``classifier``, ``sources[3]``); ``named``, when
    given, is how messages name it instead (``source “NOS” (sources[3])``), its fields
    following after a colon, so that a message says which source is meant and which field.
    """

    def __init__(
        self,
        node: Mapping[str, Any],
        prefix: str,
        problems: Problems,
        *,
        named: str | None = None,
    ) -> None:
        self.node = node
        self.prefix = prefix
        self.problems = problems
        self.named = named

    def field(self, key: str) -> str:
        if self.named:
            return f"{self.named}: {key}"
        return f"{self.prefix}.{key}" if self.prefix else key

    def error(self, key: str | None, message: str) -> None:
        line = line_of(self.node, key) if key is not None else line_of(self.node)
        self.problems.add(line, self.field(key) if key else self.named or self.prefix, message)

    def check_unknown(self, allowed: tuple[str, ...]) -> None:
        for key in self.node:
            if key not in allowed:
                self.error(str(key), _("unknown field") + suggest(str(key), allowed))

    def text(self, key: str, *, pattern: re.Pattern[str] | None = None, hint: str = "") -> Any:
        value = self.node.get(key)
        if value is None:
            return None
        if not isinstance(value, str) or not value.strip():
            self.error(key, _("must be a non-empty text"))
            return None
        if pattern is not None and not pattern.match(value):
            self.error(key, _("{value!r} is not valid").format(value=value) + hint)
            return None
        return value.strip()

    def url(self, key: str) -> str | None:
        value = self.node.get(key)
        if value is None:
            return None
        if not is_http_url(value):
            message = _("{value!r} is not an http(s) address; write it in full, with https://")
            self.error(key, message.format(value=value))
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
        except ValueError as exc:  # its message says what a duration looks like
            self.error(key, str(exc))
            return default
        if parsed < minimum:
            self.error(key, _("must be at least {duration}").format(duration=_spoken(minimum)))
        elif parsed > maximum:
            self.error(key, _("must be at most {duration}").format(duration=_spoken(maximum)))
        return parsed

    def integer(self, key: str, minimum: int, maximum: int, default: int) -> int:
        value = self.node.get(key)
        if value is None:
            return default
        if not isinstance(value, int) or isinstance(value, bool):
            self.error(key, _("{value!r} is not a whole number").format(value=value))
            return default
        if not minimum <= value <= maximum:
            message = _("must be between {minimum} and {maximum}")
            self.error(key, message.format(minimum=minimum, maximum=maximum))
        return value

    def boolean(self, key: str, default: bool) -> bool:
        value = self.node.get(key)
        if value is None:
            return default
        if not isinstance(value, bool):
            self.error(key, _("{value!r} must be true or false").format(value=value))
            return default
        return value

    def string_list(self, key: str) -> tuple[str, ...]:
        value = self.node.get(key)
        if value is None:
            return ()
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            self.error(key, _("must be a list of words, like [news, lgbtqi]"))
            return ()
        return tuple(value)

    def string_map(self, key: str) -> dict[str, str]:
        value = self.node.get(key)
        if value is None:
            return {}
        if not isinstance(value, Mapping) or not all(
            isinstance(k, str) and isinstance(v, str | int) for k, v in value.items()
        ):
            self.error(key, _("must map header names to values, like {Accept-Language: nl}"))
            return {}
        return {str(k): str(v) for k, v in value.items()}


def _spoken(value: timedelta) -> str:
    """A duration in words, in its largest whole unit: "5 minutes", "1 uur"."""
    text = format_duration(value)
    number, unit = float(text[:-1]), text[-1]
    count = int(number) if number.is_integer() else 2  # a fraction takes the plural
    if unit == "d":
        words = ngettext("{count} day", "{count} days", count)
    elif unit == "h":
        words = ngettext("{count} hour", "{count} hours", count)
    elif unit == "m":
        words = ngettext("{count} minute", "{count} minutes", count)
    else:
        words = ngettext("{count} second", "{count} seconds", count)
    return words.format(count=text[:-1])


def round_trip_yaml() -> YAML:
    """A YAML reader and writer under which comments, key order and flow style survive a
    save (feeds.yaml, rules.yaml)."""
    yaml = YAML()
    yaml.preserve_quotes = True
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.width = 4096
    return yaml


def parse_yaml(text: str, path: Path, yaml: YAML | None = None) -> Any:
    """The YAML document in ``text``, read from ``path``; any fault in it is a
    :class:`ConfigError` that names the file and, where it can, the line."""
    try:
        return (yaml or YAML()).load(text)
    except MarkedYAMLError as exc:
        raise yaml_error(path, exc) from exc
    except ReaderError as exc:  # a character YAML does not allow, such as a NUL byte
        line = text.count("\n", 0, max(exc.position, 0)) + 1
        code = ord(exc.character) if isinstance(exc.character, str) else exc.character
        message = _("a character that YAML does not allow ({code}): {reason}")
        raise ConfigError(
            f"{path.name}:{line}: {message.format(code=f'#x{code:04x}', reason=exc.reason)}"
        ) from exc
    except YAMLError as exc:
        raise ConfigError(f"{path.name}: {exc}") from exc


def yaml_error(path: Path, exc: MarkedYAMLError) -> ConfigError:
    """A YAML syntax error as ``file:line: problem`` (without ruamel's dump of the value)."""
    mark = exc.problem_mark or exc.context_mark
    line = mark.line + 1 if mark is not None else 1
    problem = str(exc.problem or exc.context or "not valid YAML").split(" with value ")[0]
    return ConfigError(f"{path.name}:{line}: {problem}")


def read_text(path: Path) -> str | None:
    """A configuration file's text; None when there is none. A file that cannot be read,
    or is not UTF-8, is a :class:`ConfigError` naming it."""
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except UnicodeDecodeError as exc:
        raise ConfigError(
            _("{file}: not UTF-8 text ({reason})").format(file=path.name, reason=exc.reason)
        ) from exc
    except OSError as exc:
        raise ConfigError(
            _("{path}: cannot read the file: {reason}").format(
                path=path, reason=exc.strerror or exc
            )
        ) from exc
