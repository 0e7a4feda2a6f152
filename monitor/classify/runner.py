"""Putting the classifier to work on stored items: from the CLI, and after every poll."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from monitor.classify.encoder import same_space
from monitor.classify.service import Classifier
from monitor.classify.taxonomy import Taxonomy, load_taxonomy
from monitor.classify.training import install_shipped, shipped_dir, train, trained_encoder
from monitor.config.locations import Locations
from monitor.errors import ClassifierError, MonitorError
from monitor.progress import Progress, Task
from monitor.settings import Settings
from monitor.store import Database, Store, StoreWriter
from monitor.store.classifications import ModelRecord

log = logging.getLogger(__name__)
CHUNK = 256


def taxonomy_for(locations: Locations) -> Taxonomy:
    """The analysts' taxonomy.yaml in the data folder if there is one, else the shipped one."""
    own = locations.taxonomy_path
    return load_taxonomy(own if own.exists() else None)


def open_classifier(
    store: Store,
    locations: Locations,
    settings: Settings,
    taxonomy: Taxonomy | None = None,
    progress: Progress | None = None,
) -> Classifier:
    """The configured classifier. When the data folder has no model for its encoder, it
    gets one: an earlier one of its own, else the shipped model (retrained on the
    analysts' decisions if there are any), else one trained here. ``progress`` says
    which of these happens."""
    progress = progress if progress is not None else _logged(Task.LOAD)
    taxonomy = taxonomy or taxonomy_for(locations)
    classifier = Classifier(
        settings=settings.classifier, taxonomy=taxonomy, model=store.active_model()
    )
    model = classifier.model
    needs_head = settings.classifier.backend == "embedding-head"
    if needs_head and (model is None or not fits(model, classifier.encoder.version, store)):
        provide_model(store, locations, classifier, progress)
        classifier = Classifier(
            settings=settings.classifier,
            taxonomy=taxonomy,
            model=store.active_model(),
            encoder=classifier.encoder,
        )
    classifier.backend  # noqa: B018 - check the configuration and model folder now
    return classifier


def fits(model: ModelRecord, version: str, store: Store) -> bool:
    """Whether the active model stays: it reads this encoder's vectors, and no model of
    this data folder or shipped one was trained on these very vectors while it was not
    (switching int8 on moves to the head trained on int8 vectors, and back)."""
    trained_with = model.encoder or ""
    if trained_with == version:
        return True
    if not same_space(trained_with, version):
        return False
    shipped = shipped_dir(version)
    return not _earlier(store, version, exact=True) and not (
        shipped is not None and trained_encoder(shipped) == version
    )


def _earlier(store: Store, version: str, *, exact: bool) -> list[ModelRecord]:
    return [
        m
        for m in store.models()
        if m.backend == "embedding-head"
        and (m.encoder == version if exact else same_space(m.encoder or "", version))
        and (Path(m.path) / "model.json").is_file()
    ]


def provide_model(
    store: Store,
    locations: Locations,
    classifier: Classifier,
    progress: Progress | None = None,
) -> None:
    """Make the best model for the encoder the active one: the newest of this data folder
    trained on its vectors, else the shipped one trained on them, else the newest that
    reads them, else the shipped one that does (retrained on the decisions), else a new one."""
    progress = progress if progress is not None else _logged(Task.LOAD)
    version = classifier.encoder.version
    folder = shipped_dir(version)
    shipped_exact = folder is not None and trained_encoder(folder) == version
    earlier = _earlier(store, version, exact=True) or (
        [] if shipped_exact else _earlier(store, version, exact=False)
    )
    if earlier:
        store.register_model(max(earlier, key=lambda m: m.created))
        return
    shipped = install_shipped(locations.models_dir, classifier.taxonomy, classifier.encoder)
    if shipped is not None:
        store.register_model(shipped)
        decided = len(store.labelled_items())
        if decided:
            progress.describe(
                f"retraining the shipped model on {decided} decisions of this data folder"
            )
            retrain(store, locations, classifier, progress)
        return
    progress.describe("no model for this encoder yet: training one on the labelled examples")
    retrain(store, locations, classifier, progress)


def retrain(
    store: Store,
    locations: Locations,
    classifier: Classifier,
    progress: Progress | None = None,
) -> str:
    """Train a new head, store it as the active model, and return its version."""
    result = train(store, locations.models_dir, classifier.taxonomy, classifier.encoder, progress)
    if result.vectors:
        store.save_classifications([], result.vectors, result.encoder)
    store.register_model(result.record)
    return result.record.version


def classify_stored(
    store: Store,
    classifier: Classifier,
    *,
    everything: bool = False,
    progress: Progress | None = None,
) -> int:
    """Classify every item without a current classification (or all); return how many.
    ``progress`` counts the items classified."""
    ids = store.to_classify(classifier.version, everything=everything)
    encoder = classifier.encoder.version if classifier.uses_embeddings else None
    done = 0
    with progress if progress is not None else Progress(Task.CLASSIFY) as counted:
        counted.update(total=len(ids))
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start : start + CHUNK]
            inputs = store.classification_inputs(chunk)
            cached = store.cached_embeddings(chunk, encoder) if encoder else {}
            results, vectors = classifier.classify(inputs, cached)
            done += store.save_classifications(results, vectors, encoder)
            counted.update(done=done)
    return done


WORKER_BATCH = 16  # items a worker claims at a time: a decision on one waits at most that long
WORKER_WAIT_S = 1.0  # how long a worker waits when every item left is another's for now


def classify_as_worker(
    store: Store,
    classifier: Classifier,
    *,
    progress: Progress | None = None,
    batch: int = WORKER_BATCH,
) -> int:
    """Classify, in claimed batches, until no item without a current classification is
    left — several such workers (processes, machines) on one team database share the
    work; items another worker holds are waited for, so that the last worker does not
    end before a killed one's items are free again. Returns how many this one did."""
    encoder = classifier.encoder.version if classifier.uses_embeddings else None
    done = 0
    with progress if progress is not None else Progress(Task.CLASSIFY) as counted:
        while True:
            classified, left = store.classify_claimed(
                classifier.version, encoder, classifier.classify, batch
            )
            done += classified
            counted.update(done=done, total=done + max(left - classified, 0))
            if not left:
                return done
            if not classified:
                time.sleep(WORKER_WAIT_S)  # all the rest is being classified elsewhere


def _logged(task: Task) -> Progress:
    """A progress whose steps go to the log (when nobody shows them)."""
    progress = Progress(task)
    progress.subscribe(lambda now: log.info(now.description) if now.description else None)
    return progress


class ClassifyHook:
    """Classifies the new items of each polled batch on the one model thread; results are
    written through the store writer."""

    def __init__(self, classifier: Classifier, writer: StoreWriter, database: Database) -> None:
        self.classifier = classifier
        self.writer = writer
        self.database = database
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="model")
        self._reader: Store | None = None

    def _work(self, ids: Sequence[int]) -> tuple[list[object], dict[int, bytes], str | None]:
        if self._reader is None:
            self._reader = Store.open(self.database, migrate_schema=False)
        encoder = self.classifier.encoder.version if self.classifier.uses_embeddings else None
        inputs = self._reader.classification_inputs(ids)
        cached = self._reader.cached_embeddings(ids, encoder) if encoder else {}
        try:
            results, vectors = self.classifier.classify(inputs, cached)
        except MonitorError:
            raise
        except Exception as exc:  # torch and friends raise their own; name the cause
            raise ClassifierError(f"classification failed: {type(exc).__name__}: {exc}") from exc
        return list(results), vectors, encoder

    async def __call__(self, ids: Sequence[int]) -> None:
        loop = asyncio.get_running_loop()
        results, vectors, encoder = await loop.run_in_executor(self._executor, self._work, ids)
        await self.writer.call(lambda store: store.save_classifications(results, vectors, encoder))  # type: ignore[arg-type]

    def close(self) -> None:
        self._executor.submit(self._close_reader).result()
        self._executor.shutdown()

    def _close_reader(self) -> None:
        if self._reader is not None:
            self._reader.close()
            self._reader = None
