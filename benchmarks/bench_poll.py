"""Polling benchmark: 1,000 feeds x 50 items served on 127.0.0.1, measured in one run.

Prints, side by side: feedparser's bare parse rate and the fast parser's bare rate on the
same bytes, the end-to-end first poll (fetch, parse, normalise, store; no classification),
the second poll answered with 304s, and peak memory. The last line is one JSON object.

    .venv/bin/python benchmarks/bench_poll.py [--feeds 1000] [--items 50]

All feeds are on one local host, so the per-host limit is raised to the global one for the
run; against real servers the default of 2 connections per host applies.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

import fastfeedparser  # noqa: E402
import feedparser  # noqa: E402

from monitor.config.schema import FeedsConfig  # noqa: E402
from monitor.config.validate import validate  # noqa: E402
from monitor.engine import Engine  # noqa: E402

DUTCH = [
    "Het kabinet wil volgend jaar fors bezuinigen op ontwikkelingssamenwerking.",
    "Hulporganisaties waarschuwen dat vooral vrouwen en meisjes de gevolgen zullen voelen.",
    "De Tweede Kamer debatteert donderdag over de begroting van Buitenlandse Zaken.",
    "Volgens de minister moet het geld beter terechtkomen bij de eigen bevolking.",
    "Belangenorganisatie COC maakt zich zorgen over het toenemende geweld tegen lhbti'ers.",
    "De rechter oordeelde dat de gemeente de demonstratie niet had mogen verbieden.",
    "Journalisten melden vaker bedreigingen, vooral online en tijdens demonstraties.",
    "In Georgië gingen opnieuw duizenden mensen de straat op tegen de agentenwet.",
    "Onderzoekers zien dat desinformatie over seksuele voorlichting snel wordt gedeeld.",
    "De Raad van State plaatst kanttekeningen bij het wetsvoorstel over buitenlandse giften.",
]
ENGLISH = [
    "The government plans deep cuts to its development assistance budget next year.",
    "Rights groups say the new law will be used to silence critics and journalists.",
    "Parliament voted to extend the ban on so-called LGBT propaganda to school libraries.",
    "Campaigners warn that restrictions on abortion care are spreading across the region.",
    "Independent media outlets were labelled foreign agents and ordered to register.",
    "A court ruled that the authorities had unlawfully banned the Pride march.",
    "Researchers traced the viral claim to a network of coordinated anonymous accounts.",
    "Donors are reconsidering their support after the bill was signed into law.",
    "The report documents harassment of human rights defenders over the past year.",
    "Officials described the aid programme as a waste of taxpayers' money.",
]


def make_feed(number: int, items: int, rng: random.Random) -> bytes:
    """A full-text feed shaped like the WordPress and news feeds in feeds.yaml: an excerpt,
    the whole article in content:encoded, categories, an author and an image per item."""
    dutch = number % 2 == 0
    sentences = DUTCH if dutch else ENGLISH
    declares = number % 10 < 7  # three in ten feeds leave the language to detection
    host = f"https://news{number % 97}.example.org"
    start = datetime(2026, 11, 23, 18, 0, tzinfo=UTC)
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:media="http://search.yahoo.com/mrss/"><channel>',
        f"<title>Bron {number}</title><link>{host}/</link><description>Feed {number}</description>",
        f"<language>{'nl' if dutch else 'en'}</language>" if declares else "",
    ]
    for index in range(items):
        title = rng.choice(sentences)[:-1] + f" ({number}-{index})"
        paragraphs = [" ".join(rng.sample(sentences, 3)) for _ in range(rng.randint(6, 10))]
        body = _article(host, number, index, paragraphs)
        link = f"{host}/{number}/artikel-{index}?utm_source=rss&amp;utm_medium=rss"
        when = format_datetime(start - timedelta(minutes=7 * index + number))
        categories = "".join(
            f"<category><![CDATA[{c}]]></category>"
            for c in rng.sample(
                ["politiek", "buitenland", "opinie", "ontwikkeling", "rechtsstaat"], 3
            )
        )
        parts.append(
            f"<item><title>{escape(title)}</title><link>{link}</link>"
            f"<comments>{host}/{number}/artikel-{index}#reacties</comments>"
            f"<dc:creator><![CDATA[Redactie {number % 7}]]></dc:creator>"
            f"<pubDate>{when}</pubDate>{categories}"
            f'<guid isPermaLink="false">{host}/?p={number * 1000 + index}</guid>'
            f"<description><![CDATA[{escape(paragraphs[0])} [&#8230;]]]></description>"
            f"<content:encoded><![CDATA[{body}]]></content:encoded>"
            f'<media:content url="{host}/img/{number}-{index}.jpg" medium="image"/></item>'
        )
    parts.append("</channel></rss>\n")
    return "".join(parts).encode()


def _article(host: str, number: int, index: int, paragraphs: list[str]) -> str:
    """Article HTML with the markup CMSs emit: classes, styles, figures with srcset,
    embeds, lists, quotes, share links and a tracking pixel."""
    image = f"{host}/wp-content/uploads/2026/11/{number}-{index}"
    parts = [
        f'<figure class="wp-block-image size-large"><img loading="lazy" width="1024" '
        f'height="576" src="{image}-1024x576.jpg" alt="" class="wp-image-{index}" '
        f'srcset="{image}-1024x576.jpg 1024w, {image}-300x169.jpg 300w, {image}-768x432.jpg '
        f'768w" sizes="(max-width: 1024px) 100vw, 1024px" /><figcaption>Foto: ANP'
        f"</figcaption></figure>"
    ]
    for k, text in enumerate(paragraphs):
        words = escape(text).split(" ")
        words[2] = f"<em>{words[2]}</em>"
        words[5] = f'<a href="{host}/tag/onderwerp-{k}" class="tag-link" rel="tag">{words[5]}</a>'
        parts.append(f'<p style="text-align: justify;" class="has-text">{" ".join(words)}</p>')
        if k == 2:
            parts.append(
                f'<blockquote class="wp-block-quote"><p>{escape(text)}</p>'
                f"<cite>Woordvoerder</cite></blockquote>"
            )
        if k == 4:
            items = "".join(
                f"<li><strong>Punt {n}:</strong> {escape(s)}</li>"
                for n, s in enumerate(paragraphs[:3])
            )
            parts.append(f'<ul class="wp-block-list">{items}</ul>')
    parts.append(
        '<figure class="wp-block-embed is-type-video"><div class="wp-block-embed__wrapper">'
        '<iframe title="Video" width="500" height="281" src="https://www.youtube.com/embed/'
        'dQw4w9WgXcQ?feature=oembed" frameborder="0" allowfullscreen></iframe></div></figure>'
        f'<div class="sharedaddy"><a href="{host}/share?u={index}" class="share-facebook" '
        f'target="_blank" onclick="window.open(this.href);return false;">Deel</a></div>'
        f'<img src="{host}/pixel.gif?id={number}-{index}" width="1" height="1" alt="" '
        f'style="display:none" />'
    )
    return "".join(parts)


def serve(folder: Path) -> None:
    """Run in a child process: serve every feed in ``folder`` with ETags until stdin closes."""
    from feedserver import FeedServer

    server = FeedServer()
    for path in sorted(folder.glob("*.xml")):
        server.file(f"/{path.name}", path)
    print(server.base, flush=True)
    sys.stdin.read()
    server.close()


@contextmanager
def served(folder: Path) -> Iterator[str]:
    """The feeds in ``folder`` served by a child process (so that serving takes no time
    from the poll measured here): the server's base address."""
    child = subprocess.Popen(
        [sys.executable, __file__, "--serve", str(folder)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None and child.stdin is not None
    try:
        yield child.stdout.readline().strip()
    finally:
        child.stdin.close()
        child.wait(timeout=60)


def served_config(base: str, feeds: int, folder: Path) -> FeedsConfig:
    """The sources ``feed0`` … of the server at ``base``, as ``folder``'s feeds.yaml; all
    on one host, so the per-host limit is raised to the global one."""
    sources = [
        {"id": f"feed{n}", "kind": "rss", "url": f"{base}/feed{n}.xml"} for n in range(feeds)
    ]
    return validate(
        {"version": 1, "defaults": {"concurrency": 16, "per_host": 16}, "sources": sources},
        folder / "feeds.yaml",
    )


def bare_rate(parse: Callable[[bytes], object], paths: list[Path], entries: int) -> float:
    """Items per second of ``parse`` alone; files are read outside the timed part, one at
    a time, so the benchmark's own memory stays small."""
    parse(paths[-1].read_bytes())  # warm up: imports, compiled patterns
    spent = 0.0
    for path in paths:
        blob = path.read_bytes()
        started = time.perf_counter()
        parse(blob)
        spent += time.perf_counter() - started
    return entries / spent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=1000)
    parser.add_argument("--items", type=int, default=50)
    parser.add_argument(
        "--feedparser-sample",
        type=int,
        default=100,
        help="feeds parsed by feedparser for its rate (it is slow)",
    )
    parser.add_argument("--serve", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(args.serve)
        return

    with tempfile.TemporaryDirectory(prefix="bench-poll-") as tmp:
        folder = Path(tmp)
        rng = random.Random(20261124)
        paths = []
        for number in range(args.feeds):
            path = folder / f"feed{number}.xml"
            path.write_bytes(make_feed(number, args.items, rng))
            paths.append(path)
        total = args.feeds * args.items
        sample = paths[:: max(args.feeds // args.feedparser_sample, 1)]
        feedparser_rate = bare_rate(feedparser.parse, sample, len(sample) * args.items)
        fast_rate = bare_rate(fastfeedparser.parse, paths, total)
        print(f"feedparser bare parse:  {feedparser_rate:10.0f} items/s ({len(sample)} feeds)")
        print(f"fast parser bare parse: {fast_rate:10.0f} items/s ({args.feeds} feeds)")

        async def poll_twice(config: FeedsConfig) -> tuple[float, float, int, int]:
            async with Engine(folder / "bench.db", config) as engine:
                assert engine.poller is not None
                started = time.perf_counter()
                first = await engine.poller.poll()
                first_time = time.perf_counter() - started
                started = time.perf_counter()
                second = await engine.poller.poll()
                second_time = time.perf_counter() - started
            stored = sum(r.new for r in first)
            unchanged = sum(r.outcome == "not_modified" for r in second)
            return first_time, second_time, stored, unchanged

        with served(folder) as base:
            config = served_config(base, args.feeds, folder)
            first_time, second_time, stored, unchanged = asyncio.run(poll_twice(config))
        if stored != total or unchanged != args.feeds:
            sys.exit(
                f"benchmark invalid: stored {stored} of {total}, "
                f"{unchanged} of {args.feeds} answered 304"
            )
    ingest_rate = total / first_time
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"first poll, end to end: {ingest_rate:10.0f} items/s ({first_time:.1f} s)")
    print(f"second poll (304s):     {second_time:10.2f} s")
    result = {
        "feeds": args.feeds,
        "items": total,
        "feedparser_items_per_s": round(feedparser_rate),
        "fast_parser_items_per_s": round(fast_rate),
        "ingest_items_per_s": round(ingest_rate),
        "ingest_vs_parse": round(ingest_rate / feedparser_rate, 2),
        "ingest_vs_fast_parse": round(ingest_rate / fast_rate, 3),
        "first_poll_s": round(first_time, 2),
        "second_poll_s": round(second_time, 2),
        "second_poll_ratio": round(second_time / first_time, 3),
        "peak_rss_mb": round(peak, 1),
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
