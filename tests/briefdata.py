"""Two weeks of monitoring for the brief tests: week 48 of 2026 (23-29 November) and the
week before, with classifications and analysts' decisions written straight to the store."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from storedata import new_item, save

from monitor.store import Actor, ActorKind, Store
from monitor.store.classifications import Classification

WEEK_START = datetime(2026, 11, 23, tzinfo=UTC)  # Monday of 2026-W48
LONG_TITLE = "Parlement debatteert urenlang over de wet " + "en nog meer " * 40 + "einde"


@dataclass
class Story:
    source: str
    title: str
    scores: dict[str, float]
    day: int  # days after WEEK_START (negative: the week before)
    decision: str | None = None  # confirm, reject, escalate
    labels: list[str] | None = None
    severity: str | None = None
    note: str | None = None
    author: str | None = None
    estimated: bool = False
    text: str = ""
    extra: dict[str, str] = field(default_factory=dict)
    actors: list[Actor] = field(default_factory=list)  # as an analyst recorded them


CABINET = Actor("Kabinet-Schoof", ActorKind.ORGANISATION)  # named in week 47 and 48
CHANNEL = Actor("@waarheidskanaal", ActorKind.ACCOUNT)  # first named in week 48


STORIES = [
    Story(
        "nos",
        "Kabinet schrapt half miljard aan ontwikkelingshulp",
        {"anti_aid": 0.95},
        0,
        "confirm",
        severity="high",
        note="Raakt onze partners direct.",
        text="Eigen mensen eerst, zegt de minister.",
        author="Redactie",  # a byline: never an actor by itself
        actors=[CABINET],
    ),
    Story(
        "civil",
        "Парламент Грузии принял закон об «иностранных агентах»",
        {"civic_space": 0.9, "rule_of_law": 0.6},
        1,
        "confirm",
        labels=["civic_space", "rule_of_law"],
        severity="medium",
        text="Закон обязывает организации регистрироваться. საქართველოს პარლამენტი.",
    ),
    Story(
        "tg",
        "Soros betaalt de demonstranten",
        {"disinformation": 0.8},
        2,
        "confirm",
        severity="low",
        author="@waarheidskanaal",
        actors=[CHANNEL],
    ),
    Story(
        "tg",
        "Nog een complot over de WHO 🔥👇",
        {"disinformation": 0.92},
        2,
        "confirm",
        author="@waarheidskanaal",
        actors=[CHANNEL],
    ),
    Story(
        "nos",
        LONG_TITLE,
        {"rule_of_law": 0.7},
        3,
        "confirm",
        severity="medium",
        estimated=True,
        actors=[CABINET],
    ),
    Story("nos", "Abortuskliniek belaagd door demonstranten", {"anti_srhr": 0.88}, 3, "reject"),
    Story("tg", "Gender is een ideologie", {"anti_gender": 0.75}, 4, "escalate"),
    Story("nos", "Pride verboden in Boedapest", {"anti_lgbtqi": 0.85}, 5),  # awaiting review
    Story("nos", "Het weer: zonnig en koud", {"anti_aid": 0.05}, 5),  # not flagged
    Story(
        "nos",
        "Subsidie voor ngo's ter discussie",
        {"anti_aid": 0.8},
        -5,
        "confirm",
        severity="medium",
        actors=[CABINET],
    ),
    Story("nos", "Rechters onder vuur", {"rule_of_law": 0.9}, -3, "confirm"),
    Story("nos", "Weerbericht vorige week", {"anti_aid": 0.1}, -2),
]
NAMES = {"nos": "NOS Nieuws", "civil": "Civil.ge", "tg": "Telegram: waarheid"}


def build(path: Path | str) -> list[int]:
    """The stories stored, classified and decided; returns their ids in order."""
    store = Store.open(path)
    ids = []
    try:
        for number, story in enumerate(STORIES):
            published = WEEK_START + timedelta(days=story.day, hours=10 + number % 5)
            item = new_item(
                story.source,
                f"s{number}",
                story.title,
                published,
                url=f"https://example.org/{story.source}/{number}",
                text=story.text or story.title,
                author=story.author,
                estimated=story.estimated,
                language="ru" if story.source == "civil" else "nl",
                content_hash=f"h{number}",
            )
            # The Telegram channel is polled for the first time in week 48.
            started = published if story.source == "tg" else WEEK_START - timedelta(days=30)
            ids += save(store, [item], started)
        store.save_classifications(
            [
                Classification(
                    item_id=item_id,
                    model_version="model-w48",
                    content_hash="h",
                    scores=story.scores,
                    categories=[c for c, s in story.scores.items() if s >= 0.5],
                    explanation={"thresholds": dict.fromkeys(story.scores, 0.5)},
                )
                for item_id, story in zip(ids, STORIES, strict=True)
            ],
            {},
            None,
        )
        for item_id, story in zip(ids, STORIES, strict=True):
            if story.decision:
                store.record_decision(
                    item_id,
                    story.decision,
                    labels=story.labels,
                    severity=story.severity,
                    note=story.note,
                    analyst="Sanne" if story.day % 2 else "Joris",
                )
            if story.actors:
                store.set_actors(item_id, story.actors, analyst="Sanne")
    finally:
        store.close()
    return ids
