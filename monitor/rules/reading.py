"""A parsed rules.yaml read into :class:`~monitor.rules.model.Rule` objects, field by
field: each rule's name, match, conditions (``words``, ``score``, a source, tag, language,
country, author or account, nested in ``all``, ``any`` and ``not``) and actions, every
fault recorded with its line and field and all of them raised in one
:class:`~monitor.errors.ConfigError`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from monitor.config.reader import Problems, Reader, line_of, suggest
from monitor.errors import ConfigError
from monitor.i18n import _, ngettext
from monitor.models import CATEGORY_IDS
from monitor.rules.model import (
    PRIORITIES,
    Condition,
    Field,
    Group,
    Match,
    OneOf,
    Rule,
    RuleSet,
    Score,
    Then,
    Words,
)

_RULE_FIELDS = ("name", "description", "enabled", "notify", "match", "when", "then")
_THEN_FIELDS = ("add_category", "escalate", "alert", "priority", "not_relevant")
_GROUPS = ("all", "any", "not")
_CONDITIONS = ("words", "score", *(f.value for f in Field), *_GROUPS)
_WORD = re.compile(r"\w")  # a term of only hyphens, spaces or ``*`` would match anything


class _Conditions:
    """Reads conditions, recording a problem for each bad one."""

    def __init__(self, reader: Reader) -> None:
        self.reader = reader

    def error(self, node: Any, key: str | int | None, where: str, message: str) -> None:
        self.reader.problems.add(line_of(node, key), self.reader.field(where), message)

    def group(self, node: Any, key: str | int, where: str, match: Match) -> Group | None:
        value = node[key]
        if isinstance(value, Mapping):
            value = [value]  # ``not: {source: x}``: one condition
        if not isinstance(value, list) or not value:
            self.error(node, key, where, _("must be a list of conditions"))
            return None
        found = [self.one(value, n, f"{where}[{n}]") for n in range(len(value))]
        if any(c is None for c in found):
            return None
        return Group(match, tuple(c for c in found if c is not None))

    def one(self, parent: Any, index: int, where: str) -> Condition | None:
        node = parent[index]
        if not isinstance(node, Mapping) or len(node) != 1:
            self.error(
                parent,
                index,
                where,
                _("a condition is one of {names}, like {example}").format(
                    names=", ".join(_CONDITIONS), example="{words: [Soros]}"
                ),
            )
            return None
        ((name, value),) = node.items()
        at = f"{where}.{name}"
        if name not in _CONDITIONS:
            self.error(node, name, at, _("unknown condition") + suggest(str(name), _CONDITIONS))
            return None
        return self.named(node, str(name), value, at)

    def named(self, node: Any, name: str, value: Any, at: str) -> Condition | None:
        if name in _GROUPS:
            group = self.group(node, name, at, Match.ANY if name == "any" else Match.ALL)
            if group is None or name != "not":
                return group
            return Group(group.match, group.conditions, negated=True)
        if name == "score":
            return self.score(node, value, at)
        texts = self.texts(node, name, value, at)
        if texts is None or name == "words":
            return Words(texts) if texts else None
        return OneOf(Field(name), texts)

    def texts(self, node: Any, name: str, value: Any, at: str) -> tuple[str, ...] | None:
        values = [value] if isinstance(value, str) else value
        if (
            not isinstance(values, list)
            or not values
            or not all(isinstance(v, str) and _WORD.search(v) for v in values)
        ):
            self.error(node, name, at, _("must be a word or a list of words, like [a, b]"))
            return None
        return tuple(v.strip() for v in values)

    def score(self, node: Any, value: Any, at: str) -> Score | None:
        if not isinstance(value, Mapping):
            self.error(
                node,
                "score",
                at,
                _("must be like {example}").format(
                    example="{category: civic_space, at_least: 0.7}"
                ),
            )
            return None
        inner = Reader(value, self.reader.field(at), self.reader.problems)
        inner.check_unknown(("category", "at_least"))
        category, minimum = value.get("category"), value.get("at_least")
        good = True
        if category not in CATEGORY_IDS:
            inner.error(
                "category" if "category" in value else None,
                _("{value!r} is not a category; expected one of {names}").format(
                    value=category, names=", ".join(CATEGORY_IDS)
                ),
            )
            good = False
        if (
            isinstance(minimum, bool)
            or not isinstance(minimum, int | float)
            or not (0 <= minimum <= 1)
        ):
            inner.error(
                "at_least" if "at_least" in value else None,
                _("must be a score between 0 and 1"),
            )
            good = False
        return Score(str(category), float(minimum or 0)) if good else None


def _then(reader: Reader, node: Any) -> Then | None:
    if not isinstance(node, Mapping) or not node:
        reader.error(
            "then" if "then" in reader.node else None,
            _("says what the rule does: one or more of {names}").format(
                names=", ".join(_THEN_FIELDS)
            ),
        )
        return None
    inner = Reader(node, reader.field("then"), reader.problems)
    inner.check_unknown(_THEN_FIELDS)
    added = node.get("add_category")
    categories = () if added is None else tuple(added) if isinstance(added, list) else (added,)
    for category in categories:
        if category not in CATEGORY_IDS:
            inner.error(
                "add_category",
                _("{value!r} is not a category; expected one of {names}").format(
                    value=category, names=", ".join(CATEGORY_IDS)
                ),
            )
    priority = node.get("priority")
    if priority is not None and priority not in PRIORITIES:
        inner.error(
            "priority",
            _("{value!r} is not a priority; expected one of {names}").format(
                value=priority, names=", ".join(PRIORITIES)
            ),
        )
    then = Then(
        add_categories=tuple(str(c) for c in categories),
        escalate=inner.boolean("escalate", False),
        alert=inner.boolean("alert", False),
        priority=str(priority) if priority in PRIORITIES else None,
        not_relevant=inner.boolean("not_relevant", False),
    )
    if then.not_relevant and (then.add_categories or then.escalate or then.priority):
        inner.error(
            "not_relevant",
            _(
                "a rule that marks items not relevant cannot also add categories, escalate"
                " or set a priority"
            ),
        )
    elif not (then.decides or then.alert):
        reader.error(
            "then", _("does nothing: give one of {names}").format(names=", ".join(_THEN_FIELDS))
        )
    return then


def _rule(node: Any, index: int, problems: Problems, names: dict[str, int]) -> Rule | None:
    where = f"rules[{index}]"
    if not isinstance(node, Mapping):
        problems.add(line_of(node) or None, where, _("a rule must be a mapping with a name"))
        return None
    name = node.get("name")
    label = f"rule “{name}” ({where})" if isinstance(name, str) and name.strip() else where
    reader = Reader(node, where, problems, named=label)
    reader.check_unknown(_RULE_FIELDS)
    name = reader.text("name")  # a blank one is a fault of its own
    if name is None and "name" not in node:
        reader.error(None, _("every rule needs a name"))
    elif name is not None and name.casefold() in names:
        reader.error(
            "name",
            _("rules[{index}] has the name {name!r} already").format(
                index=names[name.casefold()], name=name
            ),
        )
    elif name is not None:
        names[name.casefold()] = index
    match = node.get("match", "all")
    if match not in ("all", "any"):
        reader.error("match", _("must be all or any"))
        match = "all"
    if "when" not in node:
        reader.error(None, _("a rule needs conditions (when:)"))
        when = None
    else:
        when = _Conditions(reader).group(node, "when", "when", Match(match))
    then = _then(reader, node.get("then"))
    if name is None or when is None or then is None:
        return None
    return Rule(
        name=name,
        when=when,
        then=then,
        description=reader.text("description") or "",
        enabled=reader.boolean("enabled", True),
        notify=reader.boolean("notify", True),
        line=line_of(node),
    )


def parse_rules(document: Any, path: Path) -> RuleSet:
    """The rules of a parsed rules.yaml; a :class:`ConfigError` listing every fault."""
    if document is None:
        return RuleSet()
    problems = Problems(path)
    if not isinstance(document, Mapping):
        raise ConfigError(f"{path.name}:1: " + _("the rules file must be a mapping with rules:"))
    top = Reader(document, "", problems)
    top.check_unknown(("version", "rules"))
    if document.get("version", 1) != 1:
        top.error(
            "version",
            _("unknown version {value!r}; expected 1").format(value=document.get("version")),
        )
    nodes = document.get("rules")
    nodes = [] if nodes is None else nodes
    if not isinstance(nodes, list):
        top.error("rules", _("must be a list of rules"))
        nodes = []
    names: dict[str, int] = {}
    found = [_rule(node, n, problems, names) for n, node in enumerate(nodes)]
    if problems.messages:
        messages = problems.messages
        more = (
            ngettext(
                " (and {count} more problem)", " (and {count} more problems)", len(messages) - 1
            ).format(count=len(messages) - 1)
            if len(messages) > 1
            else ""
        )
        raise ConfigError(messages[0] + more, messages)
    return RuleSet(tuple(r for r in found if r is not None))
