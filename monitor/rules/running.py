"""Rules at work: tried on the last days' items without changing anything (a dry run),
run over the store on demand, and run on every new item after it is classified."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Protocol

from monitor.config.schema import SourceConfig
from monitor.models import ItemStatus
from monitor.progress import Progress
from monitor.rules.model import Rule, Subject
from monitor.store import RuleInput, RuleOutcome, Store

PAGE = 1000  # items read at a time while walking the store


class RuleReads(Protocol):
    def rule_inputs_after(
        self, after: int, limit: int, since: datetime | None = None
    ) -> list[RuleInput]: ...


def subject(item: RuleInput, sources: Mapping[str, SourceConfig]) -> Subject:
    """An item as rules see it, with its source's tags and country from feeds.yaml."""
    source = sources.get(item.source)
    return Subject(
        id=item.id,
        source=item.source,
        title=item.title,
        text=item.text,
        language=item.language,
        author=item.author,
        scores=item.scores,
        tags=source.tags if source else (),
        country=source.country if source else None,
    )


def _pages(
    store: RuleReads, since: datetime | None, progress: Progress | None
) -> Iterator[list[RuleInput]]:
    after = 0
    while page := store.rule_inputs_after(after, PAGE, since):
        yield page
        after = page[-1].id
        if progress is not None:
            progress.advance(len(page))


@dataclass(frozen=True, slots=True, kw_only=True)
class DryMatch:
    """An item a rule would match: enough to look through the list."""

    item_id: int
    title: str
    source: str
    published: datetime
    status: ItemStatus
    words: tuple[str, ...]  # the rule's words as they stand in the item
    excerpt: str  # the text around the first of them (the text's start without words)


def _excerpt(text: str, words: Sequence[str], width: int = 240) -> str:
    lowered = text.casefold()
    at = min((lowered.find(w.casefold()) for w in words if w.casefold() in lowered), default=0)
    start = max(at - width // 3, 0)
    piece = " ".join(text[start : start + width].split())
    return ("…" if start else "") + piece + ("…" if start + width < len(text) else "")


def dry_run(
    store: RuleReads,
    rule: Rule,
    sources: Mapping[str, SourceConfig],
    *,
    days: int = 30,
    now: datetime | None = None,
    progress: Progress | None = None,
) -> list[DryMatch]:
    """What ``rule`` would match among the items published in the last ``days`` days,
    newest first; nothing is recorded."""
    since = (now or datetime.now(UTC)) - timedelta(days=days)
    found = []
    for page in _pages(store, since, progress):
        for item in page:
            seen = subject(item, sources)
            if rule.matches(seen):
                found.append(
                    DryMatch(
                        item_id=item.id,
                        title=item.title,
                        source=item.source,
                        published=item.published,
                        status=item.status,
                        words=tuple(words := rule.words_found(seen)),
                        excerpt=_excerpt(item.text, words),
                    )
                )
    found.sort(key=lambda match: (match.published, match.item_id), reverse=True)
    return found


def _apply(store: Store, rule: Rule, matched: Sequence[int], analyst: str | None) -> RuleOutcome:
    return store.apply_rule(
        rule.name,
        matched,
        rule.then.verdict(rule.name),
        alert=rule.then.alert,
        notify=rule.notify,
        analyst=analyst,
    )


def _merged(total: RuleOutcome, more: RuleOutcome) -> RuleOutcome:
    return RuleOutcome(
        matched=total.matched + more.matched,
        decided=total.decided + more.decided,
        alerts=total.alerts + more.alerts,
        left=total.left + more.left,
    )


def run_over_store(
    store: Store,
    rules: Sequence[Rule],
    sources: Mapping[str, SourceConfig],
    *,
    analyst: str | None = None,
    since: datetime | None = None,
    progress: Progress | None = None,
) -> dict[str, RuleOutcome]:
    """Run ``rules`` over every stored item (published since ``since``): each page of
    items is one transaction per rule that matched some of them."""
    outcomes = {rule.name: RuleOutcome() for rule in rules}
    for page in _pages(store, since, progress):
        _run_page(store, rules, page, sources, analyst, outcomes)
    return outcomes


def run_on_items(
    store: Store,
    rules: Sequence[Rule],
    ids: Sequence[int],
    sources: Mapping[str, SourceConfig],
    *,
    analyst: str | None = None,
) -> dict[str, RuleOutcome]:
    """Run ``rules`` on the items ``ids`` (new ones, just classified)."""
    outcomes = {rule.name: RuleOutcome() for rule in rules}
    if rules and ids:
        _run_page(store, rules, store.rule_inputs(ids), sources, analyst, outcomes)
    return outcomes


def _run_page(
    store: Store,
    rules: Sequence[Rule],
    page: Sequence[RuleInput],
    sources: Mapping[str, SourceConfig],
    analyst: str | None,
    outcomes: dict[str, RuleOutcome],
) -> None:
    subjects = [subject(item, sources) for item in page]
    for rule in rules:
        matched = [s.id for s in subjects if rule.matches(s)]
        if matched:
            outcomes[rule.name] = _merged(
                outcomes[rule.name], _apply(store, rule, matched, analyst)
            )
