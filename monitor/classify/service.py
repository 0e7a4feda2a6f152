"""Classifying items and evaluating on a labelled file (training: :mod:`training`).

The classes here return what should be written; callers write it (directly in the CLI,
through the store writer in the app), so the one-writer rule holds wherever this runs.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Sequence
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
from monitor.classify.data import Example, join_text, read_examples
from monitor.classify.encoder import Encoder, model_dir_for, same_space
from monitor.classify.explain import ExampleIndex, explain
from monitor.classify.head import HeadModel
from monitor.classify.metrics import Report, evaluate_groups
from monitor.classify.taxonomy import Taxonomy
from monitor.classify.vectors import from_bytes, to_bytes
from monitor.errors import ClassifierError, ConfigError
from monitor.settings import ClassifierSettings
from monitor.store.classifications import Classification, ClassifyInput, ModelRecord

log = logging.getLogger(__name__)
Floats = npt.NDArray[np.float32]


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
        self.encoder = encoder or Encoder(
            model_dir_for(settings.encoder), int8=settings.int8, batch_size=settings.batch_size
        )
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
            if not same_space(head.encoder, self.encoder.version):
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
        groups: dict[str, Sequence[str | None]] = {
            "by_language": [e.lang for e in examples],
            "by_source": [e.source for e in examples],
        }
        return evaluate_groups(truth, predicted, ids, groups, time.perf_counter() - started)

    def evaluate_file(self, path: Path) -> Report:
        examples = read_examples(path, self.taxonomy.ids)
        if not examples:
            raise ConfigError(f"{path.name}: no labelled examples in the file")
        return self.evaluate(examples)
