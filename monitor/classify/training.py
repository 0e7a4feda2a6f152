"""Training the head: on the corpus (seed examples and public datasets), plus the
analysts' decisions when a data folder retrains. ``make model`` runs the same code
without decisions to build the model that ships (:mod:`monitor.classify.build`)."""

from __future__ import annotations

import json
import logging
import os
import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from monitor.bundled import bundled_path
from monitor.classify.corpus import Corpus, load_corpus
from monitor.classify.data import Example, join_text
from monitor.classify.encoder import Encoder, same_space
from monitor.classify.explain import ExampleIndex
from monitor.classify.head import HeadModel, TrainingSet, fit_head
from monitor.classify.metrics import Report
from monitor.classify.taxonomy import Taxonomy
from monitor.classify.vectors import SHIPPED_FILE, ExampleVectors, from_bytes, to_bytes
from monitor.errors import ClassifierError, MonitorError
from monitor.progress import Progress, Task
from monitor.store import Store
from monitor.store.classifications import ModelRecord

log = logging.getLogger(__name__)
Floats = npt.NDArray[np.float32]
SHIPPED_MODEL = "resources/model"
# The same model trained on the vectors of the int8 ONNX model (``int8: true``): a head
# reads best the vectors it was trained on (docs/classifier.md, "Speed").
SHIPPED_INT8_MODEL = "resources/model-int8"
# An analyst's decision weighs as much as twenty dataset rows: it is about the very feeds
# watched, and a handful of them must be able to move a category (five decisions on a new
# narrative raise a sixth such item's score from 0.23 to 0.81).
DECISION_WEIGHT = 20.0


def shipped_dir(encoder_version: str | None = None) -> Path | None:
    """The trained model that ships with the program, if this installation has one; for
    an encoder, the one trained on its very vectors if one is, else one that reads them
    (:func:`same_space`), else None."""
    found = []
    for name in (SHIPPED_MODEL, SHIPPED_INT8_MODEL):
        try:
            folder = bundled_path(name)
        except MonitorError:
            continue
        if (folder / "model.json").is_file():
            found.append(folder)
    if encoder_version is None:
        return found[0] if found else None
    trained_with = {folder: trained_encoder(folder) for folder in found}
    exact = [f for f in found if trained_with[f] == encoder_version]
    close = [f for f in found if same_space(trained_with[f], encoder_version)]
    return next(iter(exact or close), None)


def trained_encoder(folder: Path) -> str:
    """The encoder version a model folder's head was trained with (its model.json)."""
    path = folder / "model.json"
    try:
        return str(json.loads(path.read_text(encoding="utf-8"))["encoder"])
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ClassifierError(f"{path}: cannot be read ({exc})") from exc


@dataclass(frozen=True, kw_only=True)
class TrainResult:
    record: ModelRecord
    report: Report
    vectors: dict[int, bytes]  # embeddings computed for decided items, to cache
    encoder: str


def training_set(
    examples: Sequence[Example], vectors: Floats, taxonomy: Taxonomy, weights: Sequence[float]
) -> TrainingSet:
    ids = taxonomy.ids
    return TrainingSet(
        embeddings=vectors,
        cue_counts=np.array([taxonomy.cue_counts(e.text) for e in examples], np.int32).reshape(
            len(examples), len(ids)
        ),
        texts=[e.text for e in examples],
        labels=np.array([[c in e.labels for c in ids] for e in examples], bool).reshape(
            len(examples), len(ids)
        ),
        weights=np.array(weights, np.float32),
        languages=[e.lang for e in examples],
        sources=[e.source for e in examples],
    )


def fit(
    corpus: Corpus,
    vectors: ExampleVectors,
    taxonomy: Taxonomy,
    encoder: str,
    extra: Sequence[Example] = (),
    extra_vectors: Floats | None = None,
    trained_on: dict[str, Any] | None = None,
) -> tuple[HeadModel, Report, ExampleIndex]:
    """A head on the corpus (and ``extra`` examples, weighted as decisions), thresholds
    tuned on the corpus's development part, and the index of labelled examples."""
    train_vectors = vectors.vectors([e.text for e in corpus.train])
    dev_vectors = vectors.vectors([e.text for e in corpus.dev])
    examples = [*corpus.train, *extra]
    if extra:
        assert extra_vectors is not None
        train_vectors = np.vstack([train_vectors, extra_vectors])
    weights = [*corpus.weights, *[DECISION_WEIGHT] * len(extra)]
    head, report = fit_head(
        training_set(examples, train_vectors, taxonomy, weights),
        training_set(corpus.dev, dev_vectors, taxonomy, [1.0] * len(corpus.dev)),
        taxonomy.ids,
        encoder,
        {
            "corpus_sha256": corpus.digest,
            "examples": len(corpus.train),
            "development": len(corpus.dev),
            "decisions": len(extra),
            **(trained_on or {}),
        },
    )
    labels = np.array([[c in e.labels for c in taxonomy.ids] for e in examples], bool)
    index = ExampleIndex.build(
        train_vectors,
        labels,
        [e.text for e in examples],
        [e.origin for e in examples],
        taxonomy.ids,
    )
    return head, report, index


def train(
    store: Store,
    models_dir: Path,
    taxonomy: Taxonomy,
    encoder: Encoder,
    progress: Progress | None = None,
) -> TrainResult:
    """Train a head on the corpus plus the analysts' decisions; tune and report on the
    held-out development part. Reads from ``store``; the caller stores the result.
    ``progress`` says what happens and counts the decided items encoded."""
    if progress is None:
        progress = Progress(Task.TRAIN)
        progress.subscribe(lambda now: log.info(now.description))
    corpus = load_corpus(taxonomy.ids)
    decided = store.labelled_items()
    progress.describe(
        f"training on {len(corpus.train)} labelled examples and {len(decided)} decisions"
    )
    shipped = shipped_dir(encoder.version)
    vectors = ExampleVectors(models_dir, encoder, shipped / SHIPPED_FILE if shipped else None)
    decisions = [
        Example(
            join_text(d.title, d.text),
            tuple(d.labels),
            d.language,
            origin=f"decision:{d.item_id}",
            source="decisions",
        )
        for d in decided
    ]
    cached = store.cached_embeddings([d.item_id for d in decided], encoder.version)
    missing = [d for d in decided if d.item_id not in cached]
    new_vectors: dict[int, bytes] = {}
    if missing:
        progress.update(description=f"encoding {len(missing)} decided items", total=len(missing))
        encoded = encoder.encode([join_text(d.title, d.text) for d in missing])
        new_vectors = {d.item_id: to_bytes(v) for d, v in zip(missing, encoded, strict=True)}
        progress.update(done=len(missing))
    decision_vectors = np.array(
        [from_bytes({**cached, **new_vectors}[d.item_id]) for d in decided], np.float32
    ).reshape(len(decided), encoder.dimension)
    head, report, index = fit(
        corpus, vectors, taxonomy, encoder.version, decisions, decision_vectors
    )
    folder = models_dir / head.version
    head.save(folder)
    index.save(folder)
    return TrainResult(
        record=record_of(head, folder), report=report, vectors=new_vectors, encoder=encoder.version
    )


def record_of(head: HeadModel, folder: Path) -> ModelRecord:
    return ModelRecord(
        version=head.version,
        created=head.created,
        backend="embedding-head",
        path=str(folder),
        encoder=head.encoder,
        metrics=head.metrics,
        trained_on=head.trained_on,
    )


def install_shipped(models_dir: Path, taxonomy: Taxonomy, encoder: Encoder) -> ModelRecord | None:
    """Copy the shipped model into ``models_dir`` (with its index of labelled examples,
    built from the shipped embeddings: nothing is encoded) and return its record; None
    when nothing ships for this encoder."""
    shipped = shipped_dir(encoder.version)
    if shipped is None:
        return None
    head = HeadModel.load(shipped)
    folder = models_dir / head.version
    if not (folder / "model.json").is_file():
        corpus = load_corpus(taxonomy.ids)
        vectors = ExampleVectors(models_dir, encoder, shipped / SHIPPED_FILE)
        examples = corpus.train
        labels = np.array([[c in e.labels for c in taxonomy.ids] for e in examples], bool)
        chosen = [e for e, row in zip(examples, labels, strict=True) if row.any()]
        work = models_dir / f".{head.version}-installing-{os.getpid()}"
        shutil.rmtree(work, ignore_errors=True)
        head.save(work)
        ExampleIndex.build(
            vectors.vectors([e.text for e in chosen]),
            labels[labels.any(axis=1)],
            [e.text for e in chosen],
            [e.origin for e in chosen],
            taxonomy.ids,
        ).save(work)
        try:
            work.rename(folder)
        except OSError:  # another process installed it meanwhile
            shutil.rmtree(work, ignore_errors=True)
            if not (folder / "model.json").is_file():
                raise
    return record_of(head, folder)
