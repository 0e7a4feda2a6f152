"""The store's part for classification: the items to classify, cached embeddings, the
results (one worker's claimed share at a time on PostgreSQL), new thresholds and the
model registry (see :mod:`monitor.store.classifications`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from monitor.i18n import _
from monitor.store import classifications
from monitor.store.changes import Changes
from monitor.store.classifications import Classification, ClassifyInput, ModelRecord
from monitor.store.part import StorePart


class ClassifyStore(StorePart):
    """Part of :class:`~monitor.store.Store`."""

    @property
    def folder(self) -> Path | None:
        raise NotImplementedError

    def classification_inputs(self, ids: Sequence[int]) -> list[ClassifyInput]:
        with self._reading(_("reading items to classify")):
            return classifications.inputs(self._conn, ids)

    def to_classify(self, model_version: str, *, everything: bool = False) -> list[int]:
        with self._reading(_("finding items to classify")):
            return classifications.to_classify(self._conn, model_version, everything)

    def never_classified(self, ids: Sequence[int]) -> list[int]:
        with self._reading(_("finding items to classify")):
            return classifications.never_classified(self._conn, ids)

    def cached_embeddings(self, ids: Sequence[int], encoder: str) -> dict[int, bytes]:
        with self._reading(_("reading embeddings")):
            return classifications.embeddings(self._conn, ids, encoder)

    def save_classifications(
        self, results: Sequence[Classification], vectors: dict[int, bytes], encoder: str | None
    ) -> int:
        with self._writing(_("the classifications")):
            self._tell(Changes.of_items(r.item_id for r in results))
            return classifications.save(self._conn, results, vectors, encoder)

    def classify_claimed(
        self,
        model_version: str,
        encoder: str | None,
        classify: Callable[
            [list[ClassifyInput], dict[int, bytes]],
            tuple[Sequence[Classification], dict[int, bytes]],
        ],
        limit: int = 16,
    ) -> tuple[int, int]:
        """One worker's share: claim up to ``limit`` items without a current
        classification, ``classify`` them and store the results, in one transaction; on
        PostgreSQL several workers do so at once and never take the same item, and a
        worker that dies leaves its items to the others (its transaction is rolled back).
        Returns (items classified, items without a current classification left before)."""
        with self._writing(_("the classifications")):
            ids, left = classifications.claim(self._conn, model_version, limit)
            if not ids:
                return 0, left
            inputs = classifications.inputs(self._conn, ids)
            cached = classifications.embeddings(self._conn, ids, encoder) if encoder else {}
            results, vectors = classify(inputs, cached)
            self._tell(Changes.of_items(r.item_id for r in results))
            return classifications.save(self._conn, results, vectors, encoder), left

    def apply_thresholds(self, thresholds: dict[str, float]) -> list[int]:
        """Flag every stored classification again with ``thresholds`` (after a change in
        the settings); returns the items whose categories changed."""
        with self._writing(_("applying new thresholds")):
            self._tell(Changes(every_item=True, counts=True))
            return classifications.apply_thresholds(self._conn, thresholds)

    def register_model(self, record: ModelRecord) -> None:
        with self._writing(_("model {version}").format(version=record.version)):
            classifications.register_model(self._conn, record, self.folder)

    def active_model(self) -> ModelRecord | None:
        with self._reading(_("reading the active model")):
            return classifications.active_model(self._conn, self.folder)

    def models(self) -> list[ModelRecord]:
        with self._reading(_("reading the models")):
            return classifications.models(self._conn, self.folder)
