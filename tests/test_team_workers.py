"""Classification spread over several workers on a team database: each claims a few
items at a time and the others pass them by (FOR UPDATE SKIP LOCKED), so that no item is
classified twice, and a worker that dies leaves its items to the others."""

from __future__ import annotations

import subprocess
import sys
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from storedata import new_item, save

from monitor.store import ItemQuery, Store
from monitor.store.classifications import Classification, ClassifyInput

NOW = datetime(2026, 12, 1, 12, tzinfo=UTC)


def _results(
    inputs: list[ClassifyInput], cached: dict[int, bytes]
) -> tuple[list[Classification], dict[int, bytes]]:
    return [
        Classification(
            item_id=i.item_id,
            model_version="m1",
            content_hash=i.content_hash,
            scores={"civic_space": 0.9},
            categories=["civic_space"],
            explanation={},
        )
        for i in inputs
    ], {}


def test_workers_never_share_an_item_and_a_dead_ones_items_are_taken_over(
    postgres_url: str,
) -> None:
    setup = Store.open(postgres_url)
    ids = save(setup, [new_item("nos", str(n), f"Story {n}", NOW) for n in range(40)], NOW)
    setup.close()
    held, die = threading.Event(), threading.Event()
    theirs: list[int] = []

    def dying(inputs: list[ClassifyInput], cached: dict[int, bytes]) -> Any:
        theirs.extend(i.item_id for i in inputs)
        held.set()
        die.wait(30)
        raise RuntimeError("the worker's machine went away")

    def first_worker() -> None:
        store = Store.open(postgres_url)
        try:
            store.classify_claimed("m1", None, dying, 16)
        except RuntimeError:
            pass  # its transaction is rolled back: nothing of its batch stored
        finally:
            store.close()

    dead = threading.Thread(target=first_worker)
    dead.start()
    assert held.wait(30)
    mine: list[int] = []
    second = Store.open(postgres_url)
    try:

        def recording(inputs: list[ClassifyInput], cached: dict[int, bytes]) -> Any:
            mine.extend(i.item_id for i in inputs)
            return _results(inputs, cached)

        while True:  # what classify_as_worker does, with the first worker still holding
            done, left = second.classify_claimed("m1", None, recording, 16)
            if not done:
                break
        assert left == 16 and set(mine).isdisjoint(theirs) and len(mine) == 24
        die.set()
        dead.join()
        while second.classify_claimed("m1", None, recording, 16)[1]:
            pass
        assert sorted(mine) == sorted(ids)  # each once, the dead worker's items included
        assert all(i.model_version == "m1" for i in second.items(ItemQuery()))
    finally:
        second.close()


def test_two_worker_processes_classify_everything_once(
    postgres_url: str, trained_model: Any, tmp_path: Path
) -> None:
    store = Store.open(postgres_url)
    try:
        save(
            store,
            [
                new_item("nos", str(n), f"Kabinet schrapt ontwikkelingshulp {n}", NOW)
                for n in range(60)
            ],
            NOW,
        )
        store.register_model(trained_model)
    finally:
        store.close()
    command = [
        sys.executable,
        "-m",
        "monitor",
        "--data-dir",
        str(tmp_path / "w"),
        "--database",
        postgres_url,
        "classify",
        "--worker",
    ]
    workers = [
        subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    outputs = [w.communicate(timeout=300) for w in workers]
    assert all(w.returncode == 0 for w in workers), outputs
    counts = [int(out.strip().splitlines()[-1].split(" items classified")[0]) for out, _ in outputs]
    assert sum(counts) == 60  # none twice
    store = Store.open(postgres_url)
    try:
        assert {i.model_version for i in store.items(ItemQuery())} == {trained_model.version}
    finally:
        store.close()
