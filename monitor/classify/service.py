"""Classifying items, training the head, evaluating on a labelled file.

The classes here read from a :class:`Store` and return what should be written; callers
write it (directly in the CLI, through the store writer in the app), so the one-writer rule
holds wherever this runs.
"""

from __future__ import annotations

import hashlib
import logging
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from monitor.classify.backends import (
    Backend,
    EmbeddingHead,
    SequenceClassification,
    Texts,
    ZeroShot,
)
from monitor.classify.data import Example, join_text, read_examples, seed_examples
from monitor.classify.encoder import Encoder
from monitor.classify.explain import ExampleIndex, explain
from monitor.classify.head import HeadModel, TrainingSet, fit_head
from monitor.classify.metrics import Report, evaluate
from monitor.classify.taxonomy import Taxonomy
from monitor.errors import ClassifierError, ConfigError
from monitor.settings import ClassifierSettings
from monitor.store import Store
from monitor.store.classifications import Classification, ClassifyInput, ModelRecord

log = logging.getLogger(__name__)
DECISION_WEIGHT = 3.0  # an analyst's decision counts for three seed examples
Floats = npt.NDArray[np.float32]


def to_bytes(vector: Floats) -> bytes:
    return np.ascontiguousarray(vector, dtype=np.float32).tobytes()


def from_bytes(blob: bytes) -> Floats:
    return np.frombuffer(blob, dtype=np.float32).copy()


class SeedEmbeddings:
    """Embeddings of the seed examples, cached on disk per encoder version."""

    def __init__(self, folder: Path, encoder: Encoder) -> None:
        self.encoder = encoder
        tag = hashlib.sha256(encoder.version.encode()).hexdigest()[:12]
        self.path = folder / f"seed-embeddings-{tag}.npz"

    def vectors(self, texts: Sequence[str]) -> Floats:
        keys = [hashlib.sha256(t.encode()).hexdigest() for t in texts]
        cached: dict[str, Floats] = {}
        if self.path.exists():
            try:
                with np.load(self.path) as arrays:
                    cached = dict(zip(arrays["keys"].tolist(), arrays["vectors"], strict=True))
            except (OSError, ValueError, KeyError):
                log.warning("seed embedding cache %s unreadable; encoding again", self.path)
        missing = [i for i, key in enumerate(keys) if key not in cached]
        if missing:
            fresh = self.encoder.encode([texts[i] for i in missing])
            cached.update({keys[i]: fresh[n] for n, i in enumerate(missing)})
            self.path.parent.mkdir(parents=True, exist_ok=True)
            np.savez(
                self.path,
                keys=np.array(list(cached)),
                vectors=np.array(list(cached.values()), dtype=np.float32),
            )
        return np.array([cached[key] for key in keys], dtype=np.float32)


@dataclass(frozen=True, kw_only=True)
class TrainResult:
    record: ModelRecord
    report: Report
    vectors: dict[int, bytes]  # embeddings computed for decided items, to cache
    encoder: str


class Classifier:
    """Scores, flags and explains texts with the configured backend, loaded once, lazily."""

    def __init__(
        self,
        *,
        settings: ClassifierSettings,
        taxonomy: Taxonomy,
        model: ModelRecord | None,
        encoder: Encoder | None = None,
    ) -> None:
        self.settings = settings
        self.taxonomy = taxonomy
        self.model = model
        self.encoder = encoder or Encoder(int8=settings.int8, batch_size=settings.batch_size)
        self._lock = threading.Lock()
        self._backend: Backend | None = None
        self._index: ExampleIndex | None = None

    @property
    def backend(self) -> Backend:
        with self._lock:
            if self._backend is None:
                self._backend, self._index = self._load()
            return self._backend

    def _load(self) -> tuple[Backend, ExampleIndex | None]:
        settings = self.settings
        index = None
        if self.model is not None and self.model.backend == "embedding-head":
            index = ExampleIndex.load(Path(self.model.path))
        if settings.backend == "embedding-head":
            if self.model is None:
                raise ClassifierError("no trained model yet; run `pushback-monitor train`")
            head = HeadModel.load(Path(self.model.path))
            if head.encoder != self.encoder.version:
                raise ClassifierError(
                    f"model {head.version} was trained with encoder {head.encoder}, but the "
                    f"encoder is now {self.encoder.version}; run `pushback-monitor train`"
                )
            return EmbeddingHead(head), index
        assert settings.model_dir is not None
        if settings.backend == "sequence-classification":
            return SequenceClassification(
                settings.model_dir, self.taxonomy.ids, settings.label_map
            ), index
        return ZeroShot(settings.model_dir, self.taxonomy), index

    @property
    def version(self) -> str:
        return self.backend.version

    @property
    def thresholds(self) -> dict[str, float]:
        return {**self.backend.thresholds, **self.settings.thresholds}

    @property
    def uses_embeddings(self) -> bool:
        backend = self.backend
        return backend.needs_embeddings or self._index is not None

    def score(
        self,
        texts: Sequence[str],
        languages: Sequence[str | None],
        embeddings: Floats | None = None,
    ) -> Floats:
        backend = self.backend
        if embeddings is None and backend.needs_embeddings:
            embeddings = self.encoder.encode(texts)
        cues = np.array([self.taxonomy.cue_counts(t) for t in texts], np.int32).reshape(
            len(texts), len(self.taxonomy.ids)
        )
        return backend.scores(Texts(list(texts), list(languages), embeddings, cues))

    def classify(
        self, inputs: Sequence[ClassifyInput], cached: dict[int, bytes]
    ) -> tuple[list[Classification], dict[int, bytes]]:
        """Classifications for ``inputs``, and the embeddings that were not cached yet."""
        if not inputs:
            return [], {}
        texts = [join_text(i.title, i.text) for i in inputs]
        fresh: dict[int, bytes] = {}
        embeddings = None
        if self.uses_embeddings:
            todo = [n for n, i in enumerate(inputs) if i.item_id not in cached]
            computed = self.encoder.encode([texts[n] for n in todo]) if todo else None
            rows = []
            lookup = dict(zip(todo, computed if computed is not None else [], strict=True))
            for n, item in enumerate(inputs):
                if n in lookup:
                    rows.append(lookup[n])
                    fresh[item.item_id] = to_bytes(lookup[n])
                else:
                    rows.append(from_bytes(cached[item.item_id]))
            embeddings = np.vstack(rows).astype(np.float32)
        scores = self.score(texts, [i.language for i in inputs], embeddings)
        thresholds = self.thresholds
        ids = self.taxonomy.ids
        results = []
        for n, item in enumerate(inputs):
            row = {name: round(float(scores[n, k]), 4) for k, name in enumerate(ids)}
            flagged = [name for name in ids if row[name] >= thresholds[name]]
            results.append(
                Classification(
                    item_id=item.item_id,
                    model_version=self.version,
                    content_hash=item.content_hash,
                    scores=row,
                    categories=flagged,
                    explanation=explain(
                        taxonomy=self.taxonomy,
                        title=item.title,
                        text=item.text,
                        scores=row,
                        thresholds=thresholds,
                        flagged=flagged,
                        vector=embeddings[n] if embeddings is not None else None,
                        index=self._index,
                    ),
                )
            )
        return results, fresh

    def evaluate(self, examples: Sequence[Example]) -> Report:
        started = time.perf_counter()
        scores = self.score([e.text for e in examples], [e.lang for e in examples])
        thresholds = self.thresholds
        ids = self.taxonomy.ids
        predicted = scores >= np.array([thresholds[c] for c in ids])
        truth = np.array([[c in e.labels for c in ids] for e in examples], bool).reshape(
            len(examples), len(ids)
        )
        return evaluate(truth, predicted, ids, time.perf_counter() - started)

    def evaluate_file(self, path: Path) -> Report:
        examples = read_examples(path, self.taxonomy.ids)
        if not examples:
            raise ConfigError(f"{path.name}: no labelled examples in the file")
        return self.evaluate(examples)


def _training_set(
    examples: Sequence[Example], vectors: Floats, taxonomy: Taxonomy, weights: Sequence[float]
) -> TrainingSet:
    ids = taxonomy.ids
    return TrainingSet(
        embeddings=vectors,
        cue_counts=np.array([taxonomy.cue_counts(e.text) for e in examples], np.int32),
        texts=[e.text for e in examples],
        labels=np.array([[c in e.labels for c in ids] for e in examples], bool),
        weights=np.array(weights, np.float32),
        languages=[e.lang for e in examples],
    )


def train(
    store: Store,
    models_dir: Path,
    taxonomy: Taxonomy,
    encoder: Encoder,
    progress: Callable[[str], None] = log.info,
) -> TrainResult:
    """Train a head on the seed examples plus the analysts' decisions; tune and report on
    the held-out development set. Reads from ``store``; the caller stores the result."""
    ids = taxonomy.ids
    seeds = seed_examples(ids, "train")
    dev = seed_examples(ids, "dev")
    decided = store.labelled_items()
    progress(f"training on {len(seeds)} seed examples and {len(decided)} decisions")
    cache = SeedEmbeddings(models_dir, encoder)
    seed_vectors = cache.vectors([e.text for e in seeds])
    dev_vectors = cache.vectors([e.text for e in dev])
    decision_examples = [
        Example(
            join_text(d.title, d.text), tuple(d.labels), d.language, origin=f"decision:{d.item_id}"
        )
        for d in decided
    ]
    cached = store.cached_embeddings([d.item_id for d in decided], encoder.version)
    missing = [d for d in decided if d.item_id not in cached]
    new_vectors: dict[int, bytes] = {}
    if missing:
        encoded = encoder.encode([join_text(d.title, d.text) for d in missing])
        new_vectors = {d.item_id: to_bytes(v) for d, v in zip(missing, encoded, strict=True)}
    decision_vectors = np.array(
        [from_bytes({**cached, **new_vectors}[d.item_id]) for d in decided], np.float32
    ).reshape(len(decided), seed_vectors.shape[1])
    examples = [*seeds, *decision_examples]
    vectors = np.vstack([seed_vectors, decision_vectors])
    weights = [1.0] * len(seeds) + [DECISION_WEIGHT] * len(decided)
    head, report = fit_head(
        _training_set(examples, vectors, taxonomy, weights),
        _training_set(dev, dev_vectors, taxonomy, [1.0] * len(dev)),
        ids,
        encoder.version,
        {"seed_examples": len(seeds), "decisions": len(decided)},
    )
    folder = models_dir / head.version
    head.save(folder)
    ExampleIndex.build(
        vectors,
        np.array([[c in e.labels for c in ids] for e in examples]),
        [e.text for e in examples],
        [e.origin for e in examples],
        ids,
    ).save(folder)
    record = ModelRecord(
        version=head.version,
        created=head.created,
        backend="embedding-head",
        path=str(folder),
        encoder=encoder.version,
        metrics=head.metrics,
        trained_on=head.trained_on,
    )
    return TrainResult(record=record, report=report, vectors=new_vectors, encoder=encoder.version)
