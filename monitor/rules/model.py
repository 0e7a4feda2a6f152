"""What a rule is: conditions on an item, combined with all or any, and what to do with
the items it matches. Rules are read from rules.yaml (:mod:`monitor.rules.rules_file`);
nothing here touches the store.

Words are matched the way the taxonomy matches its cue terms
(:func:`monitor.classify.taxonomy.cue_regex`): whole words, any case, a space or hyphen
inside a phrase matching a hyphen, a space or nothing, and a final ``*`` any ending
(``gender ideolog*`` finds "gender-ideologie" and "genderideologieën")."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property

from monitor.classify.taxonomy import cue_regex
from monitor.store import Action, Verdict


@dataclass(frozen=True, slots=True, kw_only=True)
class Subject:
    """An item as rules see it: its own fields, the model's scores, and the tags and
    country its source has in feeds.yaml."""

    id: int
    source: str
    title: str
    text: str
    language: str | None = None
    author: str | None = None
    scores: Mapping[str, float] = field(default_factory=dict)
    tags: tuple[str, ...] = ()
    country: str | None = None


class Match(StrEnum):
    ALL = "all"
    ANY = "any"


@dataclass(frozen=True)
class Words:
    """Any of these words or phrases in the title or text."""

    terms: tuple[str, ...]

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        terms = sorted(set(self.terms), key=len, reverse=True)
        body = "|".join(filter(None, (cue_regex(term) for term in terms))) or r"(?!)"
        return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)

    def matches(self, subject: Subject) -> bool:
        return bool(self.pattern.search(subject.title) or self.pattern.search(subject.text))

    def found(self, subject: Subject) -> list[str]:
        """The words as they stand in the item (for the dry run's list)."""
        seen: dict[str, None] = {}
        for text in (subject.title, subject.text):
            for hit in self.pattern.finditer(text):
                seen.setdefault(hit.group(0), None)
        return list(seen)


@dataclass(frozen=True)
class Score:
    """The model scored the item at or above ``at_least`` for ``category``."""

    category: str
    at_least: float

    def matches(self, subject: Subject) -> bool:
        return subject.scores.get(self.category, 0.0) >= self.at_least


class Field(StrEnum):
    SOURCE = "source"
    TAG = "tag"
    LANGUAGE = "language"
    COUNTRY = "country"
    AUTHOR = "author"
    ACCOUNT = "account"


@dataclass(frozen=True)
class OneOf:
    """The item's source, tag, language, country, author or account is one of ``values``
    (compared without regard to case; an account with or without its leading ``@``)."""

    name: Field
    values: tuple[str, ...]

    @cached_property
    def wanted(self) -> frozenset[str]:
        return frozenset(_folded(v) for v in self.values)

    def matches(self, subject: Subject) -> bool:
        return not self.wanted.isdisjoint(self._have(subject))

    def _have(self, subject: Subject) -> set[str]:
        if self.name is Field.SOURCE:
            return {_folded(subject.source)}
        if self.name is Field.TAG:
            return {_folded(tag) for tag in subject.tags}
        if self.name is Field.LANGUAGE:
            return {_folded(subject.language)} if subject.language else set()
        if self.name is Field.COUNTRY:
            return {_folded(subject.country)} if subject.country else set()
        name, handle = author_parts(subject.author)
        if self.name is Field.ACCOUNT:
            return {handle} if handle else set()
        return {part for part in (_folded(subject.author or ""), name, handle) if part}


def _folded(value: str) -> str:
    return value.strip().lstrip("@").casefold()


_HANDLE = re.compile(r"^(?P<name>.*?)\s*\(@(?P<handle>[^()\s]+)\)$")


def author_parts(author: str | None) -> tuple[str, str]:
    """An item's author as its display name and its account, both folded: sources write
    ``Name (@handle)`` (Bluesky), ``@user@instance`` (Mastodon) or a plain name."""
    if not author:
        return "", ""
    text = author.strip()
    found = _HANDLE.match(text)
    if found:
        return _folded(found["name"]), _folded(found["handle"])
    if text.startswith("@"):
        return "", _folded(text)
    return _folded(text), ""


@dataclass(frozen=True)
class Group:
    """Conditions combined: all of them, or any of them; ``negated`` turns it round."""

    match: Match
    conditions: tuple[Condition, ...]
    negated: bool = False

    def matches(self, subject: Subject) -> bool:
        results = (c.matches(subject) for c in self.conditions)
        found = all(results) if self.match is Match.ALL else any(results)
        return found != self.negated

    def words(self) -> list[Words]:
        """The word conditions inside (for showing what matched), outside negations."""
        if self.negated:
            return []
        found: list[Words] = []
        for condition in self.conditions:
            if isinstance(condition, Words):
                found.append(condition)
            elif isinstance(condition, Group):
                found.extend(condition.words())
        return found


Condition = Words | Score | OneOf | Group
PRIORITIES = ("high", "medium", "low")


@dataclass(frozen=True, kw_only=True)
class Then:
    """What a rule does to an item it matches. ``not_relevant`` stands alone; the others
    go together (escalating with a category added and a priority is one decision)."""

    add_categories: tuple[str, ...] = ()
    escalate: bool = False
    alert: bool = False
    priority: str | None = None  # the item's severity: high, medium or low
    not_relevant: bool = False

    @property
    def decides(self) -> bool:
        """Whether it records a decision (an alert alone records none)."""
        return bool(self.add_categories or self.escalate or self.priority or self.not_relevant)

    def verdict(self, rule: str) -> Verdict | None:
        """The decision recorded, in ``rule``'s name, on each item the rule matches."""
        if self.not_relevant:
            return Verdict(action=Action.REJECT, rule=rule)
        if not self.decides:
            return None
        action = Action.ESCALATE if self.escalate else Action.FLAG
        return Verdict(
            action=action,
            labels=list(self.add_categories) or None,
            severity=self.priority,
            rule=rule,
        )


@dataclass(frozen=True, kw_only=True)
class Rule:
    name: str
    when: Group
    then: Then
    description: str = ""
    enabled: bool = True
    notify: bool = True  # its alerts show a desktop notification, not only the alerts list
    line: int | None = None  # where it starts in rules.yaml

    def matches(self, subject: Subject) -> bool:
        return self.when.matches(subject)

    def words_found(self, subject: Subject) -> list[str]:
        found: dict[str, None] = {}
        for words in self.when.words():
            for word in words.found(subject):
                found.setdefault(word, None)
        return list(found)


@dataclass(frozen=True)
class RuleSet:
    rules: tuple[Rule, ...] = ()

    @property
    def enabled(self) -> tuple[Rule, ...]:
        return tuple(r for r in self.rules if r.enabled)

    def named(self, name: str) -> Rule | None:
        for rule in self.rules:
            if rule.name.casefold() == name.casefold():
                return rule
        return None

    @property
    def names(self) -> Sequence[str]:
        return [r.name for r in self.rules]
