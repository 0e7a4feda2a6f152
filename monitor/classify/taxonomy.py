"""The categories (resources/taxonomy.yaml): names, descriptions, severity guidance, cue
terms in Dutch and English, and zero-shot hypotheses. Cue terms are found with their
character offsets, so the review queue can highlight them."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from monitor.bundled import bundled_path
from monitor.config.reader import line_of, parse_yaml
from monitor.errors import ClassifierError, ConfigError
from monitor.models import CATEGORY_IDS

LANGUAGES = ("nl", "en")
_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")


@dataclass(frozen=True, slots=True)
class CueMatch:
    category: str
    term: str  # the text as it stands in the item
    start: int
    end: int


@dataclass(frozen=True, kw_only=True)
class Category:
    id: str
    name: Mapping[str, str]
    description: Mapping[str, str]
    severity: Mapping[str, str]
    hypothesis: Mapping[str, str]
    color: str
    cues: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    @cached_property
    def pattern(self) -> re.Pattern[str] | None:
        terms = sorted({t for terms in self.cues.values() for t in terms}, key=len, reverse=True)
        if not terms:
            return None
        # The word boundaries stand outside the alternatives: inside a word, one look
        # back fails instead of one per term (ten times faster on long texts).
        body = "|".join(cue_regex(term) for term in terms)
        return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)


def cue_regex(term: str) -> str:
    """A cue term as a regular expression, to be matched as whole words and without
    regard to case: a space or hyphen inside matches a hyphen, a space or nothing; a
    final ``*`` any ending."""
    wildcard = term.endswith("*")
    words = re.split(r"[\s-]+", term.rstrip("*").strip())
    body = r"[\s-]?".join(re.escape(word) for word in words if word)
    return body + (r"\w*" if wildcard else "")


@dataclass(frozen=True)
class Taxonomy:
    categories: tuple[Category, ...]
    path: Path

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(c.id for c in self.categories)

    def category(self, category_id: str) -> Category:
        for category in self.categories:
            if category.id == category_id:
                return category
        raise KeyError(category_id)

    def find_cues(self, text: str) -> list[CueMatch]:
        """Every cue term in ``text``, by category, with its character offsets."""
        found = []
        for category in self.categories:
            if category.pattern is None:
                continue
            for match in category.pattern.finditer(text):
                found.append(CueMatch(category.id, match.group(), match.start(), match.end()))
        return found

    def cue_counts(self, text: str) -> list[int]:
        """How many distinct cue terms of each category occur in ``text``."""
        counts = []
        for category in self.categories:
            pattern = category.pattern
            distinct = {m.group().lower() for m in pattern.finditer(text)} if pattern else set()
            counts.append(len(distinct))
        return counts


class _Checker:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.problems: list[tuple[int, str]] = []

    def add(self, node: Any, key: str | int | None, field_name: str, message: str) -> None:
        line = line_of(node, key) or 0
        where = f"{self.path.name}:{line}" if line else self.path.name
        self.problems.append((line, f"{where}: {field_name}: {message}"))

    def texts(self, node: Any, key: str, prefix: str) -> dict[str, str]:
        value = node.get(key)
        if not isinstance(value, Mapping):
            self.add(
                node,
                key if key in node else None,
                f"{prefix}.{key}",
                "needs a text for nl and for en",
            )
            return {}
        result = {}
        for language in LANGUAGES:
            text = value.get(language)
            if not isinstance(text, str) or not text.strip():
                self.add(
                    value,
                    language if language in value else None,
                    f"{prefix}.{key}.{language}",
                    "must be a non-empty text",
                )
            else:
                result[language] = " ".join(text.split())
        return result

    def cues(self, node: Any, prefix: str) -> dict[str, tuple[str, ...]]:
        value = node.get("cues")
        if not isinstance(value, Mapping):
            self.add(
                node,
                "cues" if "cues" in node else None,
                f"{prefix}.cues",
                "needs lists of cue terms for nl and en",
            )
            return {}
        result: dict[str, tuple[str, ...]] = {}
        for language in LANGUAGES:
            terms = value.get(language)
            if not isinstance(terms, Sequence) or isinstance(terms, str) or not terms:
                self.add(
                    value,
                    language if language in value else None,
                    f"{prefix}.cues.{language}",
                    "must be a list of terms",
                )
                continue
            good = []
            for index, term in enumerate(terms):
                if not isinstance(term, str) or not term.strip("* -"):
                    self.add(
                        terms,
                        index,
                        f"{prefix}.cues.{language}[{index}]",
                        f"{term!r} is not a term",
                    )
                else:
                    good.append(term.strip())
            result[language] = tuple(good)
        return result


def _parse(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ClassifierError(f"{path}: cannot read the taxonomy: {exc.strerror or exc}") from exc
    return parse_yaml(text, path)


def load_taxonomy(path: Path | None = None) -> Taxonomy:
    """Read and check a taxonomy file (default: the shipped one). Every fault is reported
    with file, line and field; all seven fixed category ids must be present."""
    path = path or bundled_path("resources/taxonomy.yaml")
    document = _parse(path)
    checker = _Checker(path)
    nodes = document.get("categories") if isinstance(document, Mapping) else None
    if not isinstance(nodes, Sequence):
        raise ConfigError(f"{path.name}:1: categories: must be a list of categories")
    categories = []
    for index, node in enumerate(nodes):
        prefix = f"categories[{index}]"
        if not isinstance(node, Mapping):
            checker.add(nodes, index, prefix, "must be a mapping")
            continue
        category_id = node.get("id")
        if category_id not in CATEGORY_IDS:
            checker.add(
                node,
                "id" if "id" in node else None,
                f"{prefix}.id",
                f"{category_id!r} is not one of {', '.join(CATEGORY_IDS)}",
            )
            continue
        color = node.get("color", "#777777")
        if not isinstance(color, str) or not _COLOR.match(color):
            checker.add(node, "color", f"{prefix}.color", f"{color!r} is not a colour like #b5179e")
            color = "#777777"
        categories.append(
            Category(
                id=category_id,
                name=checker.texts(node, "name", prefix),
                description=checker.texts(node, "description", prefix),
                severity=checker.texts(node, "severity", prefix),
                hypothesis=checker.texts(node, "hypothesis", prefix),
                color=color,
                cues=checker.cues(node, prefix),
            )
        )
    present = [c.id for c in categories]
    for missing in (c for c in CATEGORY_IDS if c not in present):
        checker.add(nodes, None, "categories", f"the category {missing!r} is missing")
    for duplicate in {c for c in present if present.count(c) > 1}:
        checker.add(nodes, None, "categories", f"the category {duplicate!r} appears twice")
    if checker.problems:
        messages = [text for _, text in sorted(checker.problems)]
        raise ConfigError(
            messages[0]
            + (f" (and {len(messages) - 1} more problems)" if len(messages) > 1 else ""),
            messages,
        )
    ordered = tuple(sorted(categories, key=lambda c: CATEGORY_IDS.index(c.id)))
    return Taxonomy(ordered, path)
