"""A demo data folder: two weeks of monitoring made of the development examples,
classified by the real model, with the analysts' decisions of a working week.

    .venv/bin/python tools/demo.py FOLDER        # then: pushback-monitor --data-dir FOLDER

The sources are examples (their addresses are on example.org and are not polled within
the next hours); the texts are the labelled development examples in resources/seed.
"""

from __future__ import annotations

import hashlib
import json
import random
import shutil
import sys
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from monitor.classify import runner  # noqa: E402
from monitor.config import Locations  # noqa: E402
from monitor.models import Batch, Item  # noqa: E402
from monitor.settings import load_settings  # noqa: E402
from monitor.store import (  # noqa: E402
    EvidenceRecord,
    EvidenceUpdate,
    ItemQuery,
    Store,
    StoredItem,
)
from monitor.store.classifications import Classification  # noqa: E402
from monitor.store.database import Database  # noqa: E402

FEEDS = """\
version: 1
# Example sources for the demo: their addresses are placeholders.
sources:
  - {id: demo-nl-news, name: "Example · Dutch news", kind: rss,
     url: "https://example.org/nl/news.xml", language: nl, tags: [news]}
  - {id: demo-nl-opinion, name: "Example · Dutch opinion blog", kind: rss,
     url: "https://example.org/nl/opinion.xml", language: nl, tags: [opinion]}
  - {id: demo-en-news, name: "Example · international news", kind: rss,
     url: "https://example.org/en/world.xml", language: en, tags: [news]}
  - {id: demo-ngo, name: "Example · human-rights NGO", kind: rss,
     url: "https://example.org/en/ngo.xml", language: en, tags: [ngo]}
  - {id: demo-telegram, name: "Example · Telegram channel", kind: telegram,
     channel: examplechannel, base_url: "https://example.org"}
  - {id: demo-mastodon, name: "Example · Mastodon #genderideologie", kind: mastodon,
     instance: "https://example.org", hashtag: genderideologie}
  - {id: demo-bluesky, name: "Example · Bluesky search", kind: bluesky,
     query: "foreign agent law", api: "https://example.org"}
"""
SETTINGS = (
    "version: 1\nlanguage: en\nanalyst: Sanne\norganisation: Netwerk Mensenrechten & Ontwikkeling\n"
)
NEWS = {"nl": ["demo-nl-news", "demo-nl-opinion"], "en": ["demo-en-news", "demo-ngo"]}
SOCIAL = {"nl": ["demo-telegram", "demo-mastodon"], "en": ["demo-bluesky", "demo-telegram"]}
# Who posts on the social sources: regulars, and a few accounts that only turn up in
# the last days (the brief lists them as new actors). The handles are made up.
AUTHORS = {
    "demo-telegram": ["@examplechannel"],
    "demo-mastodon": ["@gezinvoorop@example.org", "@vrijdenker1953@example.org"],
    "demo-bluesky": ["traditionvoice.example.org", "sovereignmums.example.org"],
}
NEWCOMERS = {
    "demo-telegram": ["@examplechannel"],
    "demo-mastodon": ["@nieuwegeluiden@example.org"],
    "demo-bluesky": ["truthaboutaid.example.org"],
}
# Sources polled since the start of the demo's two weeks, except one added four days ago.
ADDED_DAYS_AGO = {"demo-mastodon": 4}
FAILING = (
    "demo-bluesky",
    "https://example.org/xrpc/app.bsky.feed.searchPosts: HTTP 502 Bad "
    "Gateway (the server answered with an error page)",
)


def _items(now: datetime, rng: random.Random) -> list[Item]:
    lines = (ROOT / "resources" / "seed" / "dev.jsonl").read_text(encoding="utf-8").splitlines()
    items = []
    for number, line in enumerate(lines):
        example = json.loads(line)
        language = example.get("lang", "en")
        if "title" in example:
            title, text = example["title"], example.get("summary", "")
            source = rng.choice(NEWS[language])
        else:
            text = example["text"]
            title = text if len(text) <= 90 else text[:87].rsplit(" ", 1)[0] + " …"
            source = rng.choice(SOCIAL[language])
        published = now - timedelta(minutes=rng.randrange(14 * 24 * 60))
        author = None
        if source in AUTHORS:
            recent = published > now - timedelta(days=5) and rng.random() < 0.3
            author = rng.choice(NEWCOMERS[source] if recent else AUTHORS[source])
        items.append(
            Item(
                source=source,
                external_id=f"demo-{number}",
                url=f"https://example.org/{source}/{number}",
                canonical_url=f"https://example.org/{source}/{number}",
                title=title,
                text=text,
                html=f"<p>{text}</p>",
                author=author,
                published=published,
                published_estimated=False,
                fetched=published,
                language=language,
                language_detected=False,
                content_hash=hashlib.sha256(line.encode()).hexdigest()[:16],
            )
        )
    return items


NOTES = [
    "Nieuwe wet; volgen in de Eerste Kamer.",
    "Zelfde verhaal als vorige week, nu via een ander kanaal.",
    "Partnerorganisatie ter plaatse waarschuwen.",
    "Doorsturen naar het landenteam.",
    "Bron is een bekende verspreider; bereik nagaan.",
]


def _decide(store: Store, now: datetime, rng: random.Random) -> None:
    """The analysts' week: most flagged items older than a day decided, the rest waiting."""
    flagged = [i for i in store.items(ItemQuery(status="pending")) if i.categories]
    for item in sorted(flagged, key=lambda i: i.published):
        if item.published > now - timedelta(days=1) or rng.random() < 0.25:
            continue  # not looked at yet
        analyst = rng.choice(["Sanne", "Joris", "Amina"])
        roll = rng.random()
        note = rng.choice(NOTES) if rng.random() < 0.15 else None
        if roll < 0.7:
            score = max(item.scores.values())
            severity = (
                "high"
                if score > 0.97 and rng.random() < 0.5
                else rng.choice(["medium", "medium", "low"])
            )
            store.record_decision(item.id, "confirm", analyst=analyst, severity=severity, note=note)
        elif roll < 0.93:
            store.record_decision(item.id, "reject", analyst=analyst)
        else:
            store.record_decision(item.id, "escalate", analyst=analyst, note=note)


def build(folder: Path) -> Locations:
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    (folder / "feeds.yaml").write_text(FEEDS, encoding="utf-8")
    (folder / "settings.yaml").write_text(SETTINGS, encoding="utf-8")
    locations = Locations.resolve(data_dir=folder)
    now = datetime.now(UTC).replace(microsecond=0)
    rng = random.Random(48)  # noqa: S311 - the same demo every time, not secrets
    store = Store.open(locations.db_path)
    try:
        items = _items(now, rng)
        later = now + timedelta(hours=3)  # nothing is due while the demo is looked at
        for source in sorted({item.source for item in items}):
            mine = [item for item in items if item.source == source]
            first = now - timedelta(days=ADDED_DAYS_AGO.get(source, 14))
            store.save_batch(source, [], Batch(), started=first, finished=first, next_poll=now)
            store.save_batch(source, mine, Batch(), started=now, finished=now, next_poll=later)
        store.record_failure(FAILING[0], FAILING[1], started=now, finished=now, next_poll=later)
        classifier = runner.open_classifier(store, locations, load_settings(folder))
        print(f"classified {runner.classify_stored(store, classifier)} items")
        _decide(store, now, rng)
    finally:
        store.close()
    return locations


def add_rise(database: Database, now: datetime) -> int:
    """Four weeks more of the same monitoring before the demo's two, and yesterday a rise
    of foreign-agent stories at the NGO source: what *What is rising* shows. Kept out of
    the demo itself, whose other pictures show two weeks. The number of items added."""
    store = Store.open(database)
    try:
        flagged = [i for i in store.items(ItemQuery()) if i.categories]
        added = 0
        for weeks in (2, 4):
            before = now - timedelta(days=7 * weeks + 14)  # read before its first copy
            for source in sorted({item.source for item in flagged}):
                mine = [item for item in flagged if item.source == source]
                earlier = [
                    _copy(item, f"w{weeks}", item.published - timedelta(days=7 * weeks))
                    for item in mine
                ]
                result = store.save_batch(
                    source, earlier, Batch(), started=before, finished=before, next_poll=now
                )
                _flag(store, list(result.new_item_ids), mine, earlier)
                added += len(result.new_item_ids)
        civic = [i for i in flagged if "civic_space" in i.categories][:12]
        yesterday = (now - timedelta(days=1)).replace(hour=10, minute=0)
        rise = [
            _copy(item, "rise", yesterday + timedelta(minutes=17 * n), source="demo-ngo")
            for n, item in enumerate(civic)
        ]
        result = store.save_batch(
            "demo-ngo", rise, Batch(), started=now, finished=now, next_poll=now
        )
        _flag(store, list(result.new_item_ids), civic, rise)
        return added + len(result.new_item_ids)
    finally:
        store.close()


def keep_deleted(database: Database, item_id: int, now: datetime) -> None:
    """What evidence of a confirmed item looks like once its post is gone: its entry and
    page kept two days ago, and a re-check today answered 410 Gone (the hashes are those
    of the item's own text, as if its page were that text)."""
    store = Store.open(database)
    try:
        item = store.item(item_id)
        assert item is not None
        kept = now - timedelta(days=2)
        url = item.url or f"https://example.org/{item.source}/{item_id}"
        records = [
            EvidenceRecord(
                kind=kind,
                url=address,
                sha256=hashlib.sha256(f"{kind}:{item.title}:{item.text}".encode()).hexdigest(),
                fetched=kept,
                record_id=f"<urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, kind + url)}>",
                status=200 if kind == "page" else None,
            )
            for kind, address in (
                ("entry", f"https://example.org/{item.source}.xml"),
                ("page", url),
            )
        ]
        store.record_evidence(
            EvidenceUpdate(item_id=item_id, records=records, kept=kept, next_check=now)
        )
        store.record_evidence(
            EvidenceUpdate(
                item_id=item_id,
                checked=now,
                next_check=now,
                deleted=now,
                deleted_how="HTTP 410",
            )
        )
    finally:
        store.close()


def _copy(item: StoredItem, mark: str, published: datetime, source: str | None = None) -> Item:
    return Item(
        source=source or item.source,
        external_id=f"{mark}-{item.id}",
        url=f"https://example.org/{mark}/{item.id}",
        canonical_url=f"https://example.org/{mark}/{item.id}",
        title=item.title,
        text=item.text,
        html=f"<p>{item.text}</p>",
        author=item.author,
        published=published,
        published_estimated=False,
        fetched=published,
        language=item.language,
        language_detected=False,
        content_hash=f"{mark}-{item.id}",
    )


def _flag(store: Store, ids: list[int], originals: list[StoredItem], copies: list[Item]) -> None:
    """The copies flagged as their originals are (not classified a second time)."""
    of = {
        copy.external_id: (original, copy) for original, copy in zip(originals, copies, strict=True)
    }
    results = []
    for item_id in ids:
        stored = store.item(item_id)
        if stored is None or stored.external_id not in of:
            continue
        original, copy = of[stored.external_id]
        results.append(
            Classification(
                item_id=item_id,
                model_version="demo",
                content_hash=copy.content_hash,
                scores=dict(original.scores),
                categories=list(original.categories),
                explanation={},
            )
        )
    store.save_classifications(results, {}, None)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    print(f"demo data in {build(Path(sys.argv[1])).data_dir}")
