"""rules.yaml in the data folder: reading it (every fault with its line and field), and
changing one rule at a time with the user's comments, order and layout kept.

```yaml
version: 1
rules:
  - name: Soros smears
    match: all                      # all (the default) or any
    when:
      - words: [Soros, "open society*"]
      - score: {category: disinformation, at_least: 0.5}
    then: {add_category: disinformation, alert: true}
```

The rules in the parsed document are read by :mod:`monitor.rules.reading`.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from monitor.config.feeds_file import atomic_write
from monitor.config.reader import parse_yaml, read_text, round_trip_yaml
from monitor.errors import ConfigError
from monitor.i18n import _
from monitor.rules.model import Rule, RuleSet
from monitor.rules.reading import parse_rules

log = logging.getLogger(__name__)
RULES_NAME = "rules.yaml"


def parse_rule(text: str, path: Path) -> Rule:
    """One rule written in YAML (a rule being edited), checked as rules.yaml checks it."""
    node = parse_yaml(text, path, round_trip_yaml())
    found = parse_rules({"version": 1, "rules": [node]}, path).rules
    if not found:
        raise ConfigError(f"{path.name}: " + _("a rule must be a mapping with a name"))
    return found[0]


class RulesFile:
    """One rules.yaml: its round-trip document and the rules it holds. A missing file
    holds no rules; the first rule saved creates it."""

    def __init__(self, path: Path, document: CommentedMap, rules: RuleSet) -> None:
        self.path = path
        self._document = document
        self.rules = rules

    @classmethod
    def load(cls, path: Path) -> RulesFile:
        return cls.from_text(read_text(path) or "", path)

    @classmethod
    def from_text(cls, text: str, path: Path) -> RulesFile:
        document = parse_yaml(text, path, round_trip_yaml())
        if document is None:
            document = CommentedMap([("version", 1), ("rules", CommentedSeq())])
        return cls(path, document, parse_rules(document, path))

    def _nodes(self) -> CommentedSeq:
        nodes = self._document.get("rules")
        if not isinstance(nodes, CommentedSeq):
            nodes = self._document["rules"] = CommentedSeq()
        return nodes

    def _index(self, name: str) -> int | None:
        for index, node in enumerate(self._nodes()):
            if (
                isinstance(node, Mapping)
                and str(node.get("name", "")).strip().casefold() == name.strip().casefold()
            ):
                return index
        return None

    def put(self, text: str, replacing: str | None = None) -> Rule:
        """Add the rule written in ``text`` (YAML of one rule), or put it in the place of
        the rule named ``replacing``; checked with the others before anything changes."""
        node = parse_yaml(text, self.path, round_trip_yaml())
        nodes = self._nodes()
        index = self._index(replacing) if replacing is not None else None
        if replacing is not None and index is None:
            raise ConfigError(
                _("{file}: no rule named {name!r}").format(file=self.path.name, name=replacing)
            )
        if index is None:
            nodes.append(node)
        else:
            old = nodes[index]
            nodes[index] = node
        try:
            self.rules = parse_rules(self._reparsed(), self.path)
        except ConfigError:
            if index is None:
                nodes.pop()
            else:
                nodes[index] = old
            raise
        rule = self.rules.named(str(node.get("name", "")).strip())
        if rule is None:  # parse_rules refuses a rule without a name: never here
            raise ConfigError(f"{self.path.name}: " + _("a rule must be a mapping with a name"))
        return rule

    def remove(self, name: str) -> None:
        index = self._index(name)
        if index is None:
            raise ConfigError(
                _("{file}: no rule named {name!r}").format(file=self.path.name, name=name)
            )
        del self._nodes()[index]
        self.rules = parse_rules(self._reparsed(), self.path)

    def text_of(self, name: str) -> str:
        """One rule as YAML, to edit."""
        index = self._index(name)
        if index is None:
            raise ConfigError(
                _("{file}: no rule named {name!r}").format(file=self.path.name, name=name)
            )
        buffer = io.StringIO()
        round_trip_yaml().dump(self._nodes()[index], buffer)
        return buffer.getvalue()

    def dumps(self) -> str:
        buffer = io.StringIO()
        round_trip_yaml().dump(self._document, buffer)
        return buffer.getvalue()

    def _reparsed(self) -> Any:
        """The document as it would be read back (so lines in messages are the file's)."""
        return parse_yaml(self.dumps(), self.path, round_trip_yaml())

    def save(self) -> None:
        atomic_write(self.path, self.dumps().encode("utf-8"))


def load_rules(data_dir: Path) -> RuleSet:
    return RulesFile.load(data_dir / RULES_NAME).rules


class RulesOnDisk:
    """The rules of a rules.yaml as it is now: read again when the file changes. A file
    that cannot be read leaves the rules read before in force; its fault is kept in
    :attr:`problem` (and logged once), so a typo never stops the rules that worked."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.problem: str | None = None
        self._stamp: tuple[int, int] | None = None
        self._rules = RuleSet()

    def current(self) -> RuleSet:
        try:
            stat = self.path.stat()
            stamp = (stat.st_mtime_ns, stat.st_size)
        except OSError:
            stamp = None
        if stamp != self._stamp:
            self._stamp = stamp
            try:
                self._rules = RulesFile.load(self.path).rules if stamp else RuleSet()
                self.problem = None
            except ConfigError as exc:
                self.problem = str(exc)
                log.warning("%s; the rules read before stay in force", exc)
        return self._rules
