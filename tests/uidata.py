"""A small review queue for the desktop tests: stored items with classifications (scores,
flagged categories and an explanation), written straight to the store so the tests need
no model."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from storedata import new_item, save

from monitor.store import Database, Store
from monitor.store.classifications import Classification

NOW = datetime.now(UTC).replace(microsecond=0)
THRESHOLD = 0.5


@dataclass(frozen=True)
class Story:
    source: str
    language: str
    title: str
    text: str
    scores: dict[str, float]
    hours_ago: int
    html: str = ""


STORIES = [
    Story(
        "nos",
        "nl",
        "Kabinet wil half miljard minder uitgeven aan ontwikkelingshulp",
        "Het kabinet schrapt de komende jaren een half miljard euro uit het budget voor "
        "ontwikkelingssamenwerking. Eigen mensen eerst, zegt de minister.",
        {"anti_aid": 0.93, "civic_space": 0.12},
        1,
    ),
    Story(
        "nos",
        "nl",
        "Georgisch parlement neemt wet tegen buitenlandse agenten aan",
        "Organisaties die meer dan twintig procent van hun geld uit het buitenland krijgen, "
        "moeten zich registreren als buitenlandse agent.",
        {"civic_space": 0.88, "rule_of_law": 0.41},
        2,
    ),
    Story(
        "guardian",
        "en",
        "Hungary extends ban on 'LGBT propaganda' to advertising",
        "The government says the measure protects children; rights groups call it a "
        "crackdown on LGBTQI people.",
        {"anti_lgbtqi": 0.91, "anti_gender": 0.37},
        3,
    ),
    Story(
        "guardian",
        "en",
        "Poland: campaigners warn of new push to restrict abortion",
        "Anti-abortion groups have gathered signatures for a bill that would end access "
        "in cases of foetal anomaly.",
        {"anti_srhr": 0.84},
        4,
    ),
    Story(
        "nos",
        "nl",
        "Debat over genderideologie op scholen laait weer op",
        "Een petitie tegen 'genderideologie' in de lessen seksuele vorming is ruim "
        "veertigduizend keer ondertekend.",
        {"anti_gender": 0.79, "anti_srhr": 0.55},
        5,
    ),
    Story(
        "guardian",
        "en",
        "Judges under attack as government moves to pack top court",
        "Ministers accuse judges of activism and plan to lower the retirement age to replace them.",
        {"rule_of_law": 0.86},
        6,
    ),
    Story(
        "nos",
        "nl",
        "Complotvideo over 'Soros-geld' voor ngo's gaat viraal",
        "Een video beweert dat hulporganisaties betaald worden om migratie te organiseren; "
        "factcheckers spreken van desinformatie.",
        {"disinformation": 0.82, "civic_space": 0.51},
        7,
    ),
    Story(
        "guardian",
        "en",
        "Weather: a mild and wet week ahead",
        "Rain spreading from the west, with temperatures above the seasonal average.",
        {"anti_aid": 0.02},
        8,
        '<p>Rain ahead.<img src="{pixel}" width="1" height="1"></p>'
        '<link rel="stylesheet" href="{style}"><p><a href="https://example.org/w">more</a></p>',
    ),
]


def populate(db_path: Database | Path | str, pixel: str = "", style: str = "") -> list[int]:
    """Store :data:`STORIES` (newest first in the list) and classify them; return their ids."""
    store = Store.open(db_path)
    ids: list[int] = []
    try:
        for number, story in enumerate(STORIES):
            published = NOW - timedelta(hours=story.hours_ago)
            html = story.html.format(pixel=pixel, style=style) or f"<p>{story.text}</p>"
            item = new_item(
                story.source,
                f"story-{number}",
                story.title,
                published,
                url=f"https://example.org/{story.source}/{number}",
                text=story.text,
                html=html,
                language=story.language,
                content_hash=f"h{number}",
            )
            ids += save(store, [item], NOW, NOW + timedelta(hours=1))
        store.save_classifications(
            [_classified(i, s) for i, s in zip(ids, STORIES, strict=True)], {}, None
        )
    finally:
        store.close()
    return ids


def _classified(item_id: int, story: Story) -> Classification:
    flagged = [c for c, score in story.scores.items() if score >= THRESHOLD]
    return Classification(
        item_id=item_id,
        model_version="test-model",
        content_hash="h",
        scores=story.scores,
        categories=flagged,
        explanation={
            "thresholds": dict.fromkeys(story.scores, THRESHOLD),
            "categories": {
                c: {
                    "nearest": [
                        {
                            "text": f"A labelled example about {c}",
                            "labels": [c],
                            "similarity": 0.71,
                            "origin": "seed",
                        }
                    ]
                }
                for c in flagged
            },
        },
    )
