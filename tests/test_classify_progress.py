"""Classification and training report through the one progress type, and the CLI prints
what they report."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from test_classifier import stored_items

from monitor.classify import runner
from monitor.config import Locations
from monitor.progress import Progress, Task
from monitor.settings import load_settings
from monitor.store import Store

TEXTS = [
    ("Boerenprotest: trekkers blokkeren A1", "Boeren protesteren met trekkers."),
    ("Boeren blokkeren distributiecentrum", "De actievoerders zeggen dat de regels knellen."),
    ("Trekkerprotest legt verkeer stil", "Honderden boeren reden naar het Malieveld."),
]


def _recorded(task: Task) -> tuple[Progress, list[tuple[str, int, int | None]]]:
    progress = Progress(task)
    seen: list[tuple[str, int, int | None]] = []
    progress.subscribe(lambda s: seen.append((s.description, s.done, s.total)))
    return progress, seen


def test_classifying_and_training_count_what_they_did(app_with_model: Path) -> None:
    locations = Locations.resolve()
    ids = stored_items(locations.db_path, TEXTS)
    store = Store.open(locations.db_path)
    try:
        for item_id in ids[:2]:  # decided before any model read them: encoded to train
            store.record_decision(item_id, "relabel", labels=["civic_space"], analyst="sanne")
        classifier = runner.open_classifier(store, locations, load_settings(locations.data_dir))
        trained, steps = _recorded(Task.TRAIN)
        runner.retrain(store, locations, classifier, progress=trained)
        classified, seen = _recorded(Task.CLASSIFY)
        assert runner.classify_stored(store, classifier, progress=classified) == 3
    finally:
        store.close()
    descriptions = [description for description, _, _ in steps]
    assert descriptions[0].startswith("training on ") and "2 decisions" in descriptions[0]
    assert ("encoding 2 decided items", 2, 2) in steps
    assert classified.finished and (classified.done, classified.total) == (3, 3)
    assert seen[0] == ("", 0, 3)  # the total is known before the work starts


def test_the_cli_prints_the_progress_of_classify(run_cli: Any, app_with_model: Path) -> None:
    stored_items(Locations.resolve().db_path, TEXTS)
    result = run_cli("classify")
    assert result.exit_code == 0, result.output
    assert "classified 3 of 3" in result.stderr
    assert "3 items classified with model" in result.stdout
