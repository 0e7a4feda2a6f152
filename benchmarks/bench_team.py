"""Team mode benchmark: 10,000 sources polled by one worker into PostgreSQL, and five
analysts deciding at once, measured in one run.

Prints, side by side: the first poll of every source into SQLite and into PostgreSQL on
the same files (items/s, and their ratio), the second poll into PostgreSQL answered with
304s, and five analyst processes deciding 10,000 items at once — a tenth of them the same
items, which all five decide — each decision expecting the version the analyst read:
decisions lost, decisions overwritten unseen (both must be 0), conflicts reported, and
the 95th percentile of a decision's time. The last line is one JSON object.

    .venv/bin/python benchmarks/bench_team.py [--sources 10000] [--items 5]

The server is the one PUSHBACK_MONITOR_TEST_POSTGRES names, else one pgserver starts in a
scratch folder (as for the tests). All feeds are on one local host, so the per-host limit
is raised to the global one for the run.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(Path(__file__).parent))

import postgresserver  # noqa: E402
import psycopg  # noqa: E402
from bench_poll import make_feed, served, served_config  # noqa: E402

from monitor.engine import Engine  # noqa: E402
from monitor.store import Action, DecisionConflict, QueueQuery, Store  # noqa: E402

ANALYSTS = 5
DECISIONS = 10_000  # in all, over the five analysts
SHARED = 0.1  # the share of each analyst's items that every analyst decides


@contextmanager
def database(admin_url: str) -> Iterator[str]:
    name = f"bench_team_{os.getpid()}"
    with psycopg.connect(admin_url, autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        admin.execute(f"CREATE DATABASE {name}")
    try:
        yield postgresserver.database_url(admin_url, name)
    finally:
        with psycopg.connect(admin_url, autocommit=True) as admin:
            admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


async def poll(target: Path | str, config: Any, times: int) -> list[tuple[float, int, int]]:
    """Poll every source ``times`` times: (seconds, items stored, answers 304) of each."""
    rounds = []
    async with Engine(target, config) as engine:
        assert engine.poller is not None
        for _ in range(times):
            started = time.perf_counter()
            reports = await engine.poller.poll()
            spent = time.perf_counter() - started
            rounds.append(
                (
                    spent,
                    sum(r.new for r in reports),
                    sum(r.outcome == "not_modified" for r in reports),
                )
            )
    return rounds


def analyst(url: str, name: str, items: list[int], start: Any, out: Any) -> None:
    """One analyst's process: read the items' versions, wait for the others, then decide
    each, expecting the version read; report the time of each and the conflicts."""
    store = Store.open(url)
    try:
        seen = {i: row.version for i, row in store.queue_rows(items).items()}
        start.wait()
        times, conflicts, decided = [], 0, []
        for item in items:
            began = time.perf_counter()
            try:
                store.record_decision(
                    item, Action.REJECT, analyst=name, expected={item: seen[item]}
                )
                decided.append(item)
            except DecisionConflict:
                conflicts += 1
            times.append(time.perf_counter() - began)
        out.put((name, decided, conflicts, times))
    finally:
        store.close()


def decide_at_once(url: str) -> dict[str, Any]:
    store = Store.open(url)
    ids = store.queue_ids(QueueQuery(queue="all"))
    store.close()
    each = DECISIONS // ANALYSTS
    shared_count = int(each * SHARED)
    if len(ids) < shared_count + ANALYSTS * (each - shared_count):
        sys.exit(f"benchmark invalid: {len(ids)} items, too few for the analysts")
    shared = ids[:shared_count]
    own = ids[shared_count:]
    plans = {
        f"analyst-{n}": shared + own[n * (each - shared_count) : (n + 1) * (each - shared_count)]
        for n in range(ANALYSTS)
    }
    for plan in plans.values():
        random.Random(len(plan)).shuffle(plan)
    context = multiprocessing.get_context("spawn")
    start, out = context.Barrier(ANALYSTS), context.Queue()
    workers = [
        context.Process(target=analyst, args=(url, name, plan, start, out))
        for name, plan in plans.items()
    ]
    for worker in workers:
        worker.start()
    results = [out.get(timeout=600) for _ in workers]
    for worker in workers:
        worker.join()
    decided = [i for _, items, _, _ in results for i in items]
    times = [t for *_, spent in results for t in spent]
    wanted = set(shared) | {i for plan in plans.values() for i in plan}
    store = Store.open(url)
    try:
        logs = {i: store.decisions(i) for i in wanted}
    finally:
        store.close()
    return {
        "decisions_tried": len(times),
        "decisions_recorded": len(decided),
        "conflicts": sum(c for _, _, c, _ in results),
        # an item that should have a decision and has none, or a success without its row
        "lost_decisions": sum(1 for i in wanted if not logs[i])
        + sum(1 for i in decided if not any(d.item_id == i for d in logs[i])),
        # an item decided twice though each analyst expected the version before both
        "silent_overwrites": sum(1 for i in wanted if len(logs[i]) > 1),
        "decision_p95_ms": round(statistics.quantiles(times, n=20)[-1] * 1000, 1),
        "decision_median_ms": round(statistics.median(times) * 1000, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", type=int, default=10_000)
    parser.add_argument("--items", type=int, default=5)
    args = parser.parse_args()
    with (
        tempfile.TemporaryDirectory(prefix="bench-team-") as tmp,
        postgresserver.server() as admin,
    ):
        folder = Path(tmp)
        rng = random.Random(20261202)
        for number in range(args.sources):
            (folder / f"feed{number}.xml").write_bytes(make_feed(number, args.items, rng))
        total = args.sources * args.items
        with served(folder) as base:
            config = served_config(base, args.sources, folder)
            ((sqlite_s, sqlite_new, _),) = asyncio.run(poll(folder / "bench.db", config, 1))
            with database(admin) as url:
                (pg_s, pg_new, _), (repoll_s, _, answered) = asyncio.run(poll(url, config, 2))
                if sqlite_new != total or pg_new != total or answered != args.sources:
                    sys.exit(
                        f"benchmark invalid: stored {sqlite_new} and {pg_new} of {total},"
                        f" {answered} of {args.sources} answered 304"
                    )
                decisions = decide_at_once(url)
    sqlite_rate, pg_rate = total / sqlite_s, total / pg_s
    print(f"first poll into SQLite:     {sqlite_rate:8.0f} items/s ({sqlite_s:.1f} s)")
    print(f"first poll into PostgreSQL: {pg_rate:8.0f} items/s ({pg_s:.1f} s)")
    print(f"second poll (304s), PG:     {repoll_s:8.1f} s for {args.sources} sources")
    print(
        f"{ANALYSTS} analysts, {decisions['decisions_tried']} decisions at once:"
        f" {decisions['decisions_recorded']} recorded, {decisions['conflicts']} conflicts,"
        f" {decisions['lost_decisions']} lost, {decisions['silent_overwrites']} overwritten"
        f" unseen; p95 {decisions['decision_p95_ms']} ms"
    )
    result = {
        "sources": args.sources,
        "items": total,
        "sqlite_ingest_items_per_s": round(sqlite_rate),
        "pg_ingest_items_per_s": round(pg_rate),
        "pg_vs_sqlite_ingest": round(pg_rate / sqlite_rate, 2),
        "repoll_10k_s": round(repoll_s, 1),
        **decisions,
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
