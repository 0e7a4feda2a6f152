"""The weekly brief for a busy week: 1,000 confirmed findings among 5,000 items.

    .venv/bin/python benchmarks/bench_brief.py [--findings 1000] [--items 5000]

Prints the seconds each format takes (gathering from the store, charts, layout and the
file), the size of each file, and the peak memory of the process. The texts are the seed
examples; categories, severities, notes and decisions are spread as a real week would
spread them. The last line printed is one JSON object.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from storedata import new_item  # noqa: E402

from monitor import brief as briefs  # noqa: E402
from monitor.classify.data import seed_examples  # noqa: E402
from monitor.classify.taxonomy import load_taxonomy  # noqa: E402
from monitor.models import CATEGORY_IDS, Batch, Item  # noqa: E402
from monitor.store import Store  # noqa: E402
from monitor.store.classifications import Classification  # noqa: E402

WEEK = "2026-W48"
SOURCES = [f"source-{n:02d}" for n in range(40)]


def build(path: Path, items: int, findings: int, seed: int = 5) -> None:
    rng = random.Random(seed)
    examples = seed_examples(CATEGORY_IDS, "train")
    period = briefs.iso_week(WEEK)
    store = Store.open(path)
    stored: list[tuple[int, list[str]]] = []
    for start in range(0, items, 500):
        batch = []
        for n in range(start, min(start + 500, items)):
            example = examples[rng.randrange(len(examples))]
            published = period.start + timedelta(seconds=rng.randrange(7 * 86400))
            batch.append(
                new_item(
                    rng.choice(SOURCES),
                    str(n),
                    example.text.split("\n")[0][:120],
                    published,
                    url=f"https://example.org/{n}",
                    text=example.text,
                    author=f"@account{rng.randrange(300)}",
                    language=example.lang,
                )
            )
        by_source: dict[str, list[Item]] = {}
        for item in batch:
            by_source.setdefault(item.source, []).append(item)
        for source, chunk in by_source.items():
            result = store.save_batch(
                source,
                chunk,
                Batch(),
                started=period.start,
                finished=period.start,
                next_poll=period.end,
            )
            stored += [(i, []) for i in result.new_item_ids]
    results = []
    for item_id, _ in stored:
        flagged = rng.sample(CATEGORY_IDS, rng.choice((1, 1, 1, 2)))
        scores = {
            c: round(rng.uniform(0.5, 1.0) if c in flagged else rng.uniform(0, 0.4), 3)
            for c in CATEGORY_IDS
        }
        results.append(
            Classification(
                item_id=item_id,
                model_version="bench",
                content_hash="h",
                scores=scores,
                categories=flagged,
                explanation={"thresholds": dict.fromkeys(CATEGORY_IDS, 0.5)},
            )
        )
    store.save_classifications(results, {}, None)
    chosen = rng.sample([item_id for item_id, _ in stored], findings)
    for item_id in chosen:
        store.record_decision(
            item_id,
            "confirm",
            analyst=rng.choice(["Sanne", "Joris"]),
            severity=rng.choice(["high", "medium", "medium", "low", None]),
            note="Volgen." if rng.random() < 0.1 else None,
        )
    store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--findings", type=int, default=1000)
    parser.add_argument("--items", type=int, default=5000)
    args = parser.parse_args()
    taxonomy = load_taxonomy()
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "brief.db"
        started = time.perf_counter()
        build(db, args.items, args.findings)
        print(
            f"built {args.items} items, {args.findings} findings in "
            f"{time.perf_counter() - started:.0f} s",
            file=sys.stderr,
        )
        store = Store.open(db)
        seconds: dict[str, float] = {}
        sizes: dict[str, int] = {}
        try:
            for form in briefs.FORMATS:
                request = briefs.Request(
                    period=briefs.iso_week(WEEK),
                    format=form,
                    language="nl",
                    organisation="Stichting Voorbeeld",
                )
                started = time.perf_counter()
                data = briefs.build(store, request, taxonomy)
                briefs.save(data, Path(folder) / request.file_name())
                seconds[form] = round(time.perf_counter() - started, 2)
                sizes[form] = len(data)
                print(
                    f"{form:5} {seconds[form]:6.2f} s  {len(data) / 1024:8.0f} KiB", file=sys.stderr
                )
        finally:
            store.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        json.dumps(
            {
                "findings": args.findings,
                "items": args.items,
                **{f"{form}_s": value for form, value in seconds.items()},
                **{f"{form}_kib": round(size / 1024) for form, size in sizes.items()},
                "peak_rss_mb": round(peak, 1),
                "generated": datetime.now(UTC).isoformat(timespec="seconds"),
            }
        )
    )


if __name__ == "__main__":
    main()
