"""How well the current model does, for the evaluation report (in the app, and
``pushback-monitor quality``): per category and language, on the development set it was
tuned on, and on the analysts' decisions taken since it was trained, which it has never
seen: a live test set of the feeds the organisation watches.

The decisions measure precision well (most decided items were flagged) and recall only
for what analysts add to an item or find outside the queue.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from monitor.classify.metrics import Report, evaluate_groups, report_from_json
from monitor.store import ReadStore
from monitor.store.classifications import ModelRecord


@dataclass(frozen=True, kw_only=True)
class ModelQuality:
    version: str
    created: str
    encoder: str | None
    trained_on: dict[str, Any]
    development: Report | None  # as measured when the model was trained
    decisions: Report | None  # on decisions since; None before the first

    def to_json(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "created": self.created,
            "encoder": self.encoder,
            "trained_on": self.trained_on,
            "development": self.development.to_json() if self.development else None,
            "decisions": self.decisions.to_json() if self.decisions else None,
        }


def model_quality(store: ReadStore, model: ModelRecord, categories: Sequence[str]) -> ModelQuality:
    judged = store.judged_since(model.created, model.version)
    decisions = None
    if judged:
        truth = np.array([[c in j.labels for c in categories] for j in judged], bool)
        predicted = np.array([[c in j.predicted for c in categories] for j in judged], bool)
        decisions = evaluate_groups(
            truth, predicted, categories, {"by_language": [j.language for j in judged]}
        )
    development = model.metrics.get("dev")
    return ModelQuality(
        version=model.version,
        created=model.created,
        encoder=model.encoder,
        trained_on=model.trained_on,
        development=report_from_json(development) if isinstance(development, dict) else None,
        decisions=decisions,
    )
