"""Why an item was flagged: its score against the threshold, the cue terms found (with
offsets in the title or the text, for highlighting), and the labelled examples nearest to
it (by cosine similarity of the embeddings)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from monitor.classify.arrays import read_npz
from monitor.classify.taxonomy import Taxonomy
from monitor.errors import ClassifierError

NEAREST = 3
SNIPPET = 240


@dataclass(frozen=True)
class ExampleIndex:
    """The labelled examples a model was trained on, for "nearest examples"."""

    embeddings: npt.NDArray[np.float32]  # (n, dimension), unit rows
    labels: npt.NDArray[np.bool_]  # (n, categories)
    texts: list[str]
    origins: list[str]
    categories: tuple[str, ...]

    def nearest(
        self, vector: npt.NDArray[np.float32], category: str, count: int = NEAREST
    ) -> list[dict[str, Any]]:
        column = self.labels[:, self.categories.index(category)]
        if not column.any():
            return []
        rows = np.flatnonzero(column)
        similarity = self.embeddings[rows] @ vector
        best = rows[np.argsort(-similarity)[:count]]
        return [
            {
                "text": self.texts[i],
                "labels": [c for c, on in zip(self.categories, self.labels[i], strict=True) if on],
                "similarity": round(float(self.embeddings[i] @ vector), 3),
                "origin": self.origins[i],
            }
            for i in best
        ]

    def save(self, folder: Path) -> None:
        np.savez_compressed(
            folder / "examples.npz",
            embeddings=self.embeddings.astype(np.float16),
            labels=self.labels,
        )
        (folder / "examples.json").write_text(
            json.dumps(
                {"categories": list(self.categories), "texts": self.texts, "origins": self.origins},
                ensure_ascii=False,
            ),
            encoding="utf-8",
        )

    @classmethod
    def load(cls, folder: Path) -> ExampleIndex:
        where = folder / "examples.npz"
        try:
            arrays = read_npz(where)
            embeddings = arrays["embeddings"].astype(np.float32)
            labels = arrays["labels"].astype(bool)
            where = folder / "examples.json"
            meta = json.loads(where.read_text(encoding="utf-8"))
            return cls(
                embeddings, labels, meta["texts"], meta["origins"], tuple(meta["categories"])
            )
        except (ClassifierError, OSError, ValueError, KeyError, TypeError) as exc:
            raise ClassifierError(
                f"{where}: the labelled examples cannot be read ({exc}); "
                "run `pushback-monitor train`"
            ) from exc

    @classmethod
    def build(
        cls,
        embeddings: npt.NDArray[np.float32],
        labels: npt.NDArray[np.bool_],
        texts: Sequence[str],
        origins: Sequence[str],
        categories: Sequence[str],
    ) -> ExampleIndex:
        """Only examples with a category: the nearest are looked up among those."""
        rows = [int(i) for i in np.flatnonzero(np.asarray(labels).any(axis=1))]
        snippets = [
            texts[i]
            if len(texts[i]) <= SNIPPET
            else texts[i][: SNIPPET - 1].rsplit(" ", 1)[0] + "…"
            for i in rows
        ]
        origins = [origins[i] for i in rows]
        return cls(embeddings[rows], labels[rows], snippets, origins, tuple(categories))


def cue_positions(taxonomy: Taxonomy, title: str, text: str) -> list[dict[str, Any]]:
    """Cue terms of every category, with their field and character offsets in it."""
    found = []
    for field_name, value in (("title", title), ("text", text)):
        for match in taxonomy.find_cues(value):
            found.append(
                {
                    "category": match.category,
                    "term": match.term,
                    "field": field_name,
                    "start": match.start,
                    "end": match.end,
                }
            )
    return found


def explain(
    *,
    taxonomy: Taxonomy,
    title: str,
    text: str,
    scores: dict[str, float],
    thresholds: dict[str, float],
    flagged: Sequence[str],
    vector: npt.NDArray[np.float32] | None,
    index: ExampleIndex | None,
) -> dict[str, Any]:
    cues = cue_positions(taxonomy, title, text)
    categories = {}
    for name in flagged:
        categories[name] = {
            "score": round(scores[name], 4),
            "threshold": thresholds[name],
            "cues": [c for c in cues if c["category"] == name],
            "nearest": index.nearest(vector, name)
            if index is not None and vector is not None
            else [],
        }
    return {"cues": cues, "categories": categories, "thresholds": thresholds}
