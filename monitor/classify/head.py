"""The multi-label head over the transformer embeddings.

One logistic regression per category reads the sentence embedding plus the category's
cue counts from the taxonomy. Thresholds are tuned per category on the development set
and stored with the model.

Models trained before the multilingual encoder also hold a second linear model per
category over character n-grams (TF-IDF, hashed), which carried Dutch word forms that the
English encoder split into pieces; they still load and score as they did. Measured on
data written by others, the n-grams learnt each dataset's surface (its slurs, its
hashtags) rather than the category, and the multilingual encoder carries Dutch itself.

A model is plain arrays (``head.npz``) and JSON (``model.json``): no pickles, so a model
folder is data, never code.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from hashlib import sha256
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
from scipy.sparse import csr_matrix

from monitor.classify.arrays import read_npz
from monitor.classify.metrics import Report, evaluate_groups
from monitor.errors import ClassifierError

HASH_FEATURES = 2**18
NGRAMS = (2, 5)
CUE_SCALE = 2.0
CUE_CAP = 3
# Chosen on held-out datasets (docs/classifier.md): weaker regularisation fits the
# training datasets better and the others worse.
EMBEDDING_C = 4.0
LEXICAL_CHARS = 4000
THRESHOLDS = np.round(np.arange(0.1, 0.976, 0.025), 3)
Floats = npt.NDArray[np.float32]


def _hasher() -> Any:
    from sklearn.feature_extraction.text import HashingVectorizer  # noqa: PLC0415

    return HashingVectorizer(
        n_features=HASH_FEATURES,
        analyzer="char_wb",
        ngram_range=NGRAMS,
        alternate_sign=False,
        norm=None,
        lowercase=True,
    )


def term_counts(texts: Sequence[str]) -> csr_matrix:
    return _hasher().transform([t[:LEXICAL_CHARS] for t in texts])


def tfidf(counts: csr_matrix, idf: Floats) -> csr_matrix:
    """Sublinear term frequency times idf, rows scaled to unit length."""
    from sklearn.preprocessing import normalize  # noqa: PLC0415

    weighted = counts.astype(np.float32)
    weighted.data = 1.0 + np.log(weighted.data)
    weighted = weighted.multiply(idf).tocsr()
    return normalize(weighted, norm="l2", copy=False)


def cue_features(counts: npt.ArrayLike) -> Floats:
    return (np.minimum(np.asarray(counts, np.float32), CUE_CAP) / CUE_CAP * CUE_SCALE).astype(
        np.float32
    )


@dataclass(frozen=True, slots=True)
class TrainingSet:
    embeddings: Floats  # (n, dimension), unit rows
    cue_counts: npt.NDArray[np.int32]  # (n, categories)
    texts: list[str]
    labels: npt.NDArray[np.bool_]  # (n, categories)
    weights: Floats  # (n,)
    languages: list[str | None] = field(default_factory=list)
    sources: list[str | None] = field(default_factory=list)


@dataclass(frozen=True, kw_only=True)
class HeadModel:
    version: str
    encoder: str
    categories: tuple[str, ...]
    thresholds: dict[str, float]
    embedding_coef: Floats
    embedding_bias: Floats
    created: str
    lexical_coef: Floats | None = None  # models of the English encoder only
    lexical_bias: Floats | None = None
    idf: Floats | None = None
    metrics: dict[str, Any] = field(default_factory=dict)
    trained_on: dict[str, int] = field(default_factory=dict)

    def scores(self, embeddings: Floats, cue_counts: npt.ArrayLike, texts: Sequence[str]) -> Floats:
        """Probabilities, one column per category."""
        dense = np.hstack([embeddings, cue_features(cue_counts)])
        semantic = _sigmoid(dense @ self.embedding_coef.T + self.embedding_bias)
        if self.lexical_coef is None or self.lexical_bias is None or self.idf is None:
            return semantic
        lexical_x = tfidf(term_counts(texts), self.idf)
        lexical = _sigmoid(np.asarray(lexical_x @ self.lexical_coef.T) + self.lexical_bias)
        return ((semantic + lexical) / 2).astype(np.float32)

    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        arrays: dict[str, Any] = {
            "embedding_coef": self.embedding_coef,
            "embedding_bias": self.embedding_bias,
        }
        if self.lexical_coef is not None:
            arrays |= {"lexical_coef": self.lexical_coef, "lexical_bias": self.lexical_bias}
            arrays["idf"] = self.idf
        np.savez_compressed(folder / "head.npz", **arrays)
        meta: dict[str, Any] = {
            "version": self.version,
            "encoder": self.encoder,
            "categories": list(self.categories),
            "thresholds": self.thresholds,
            "created": self.created,
            "metrics": self.metrics,
            "trained_on": self.trained_on,
        }
        if self.lexical_coef is not None:
            meta |= {"hash_features": HASH_FEATURES, "ngrams": list(NGRAMS)}
        (folder / "model.json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, folder: Path) -> HeadModel:
        try:
            meta = json.loads((folder / "model.json").read_text(encoding="utf-8"))
            values = read_npz(folder / "head.npz")
            return cls(
                version=meta["version"],
                encoder=meta["encoder"],
                categories=tuple(meta["categories"]),
                thresholds=meta["thresholds"],
                created=meta["created"],
                metrics=meta.get("metrics", {}),
                trained_on=meta.get("trained_on", {}),
                embedding_coef=values["embedding_coef"],
                embedding_bias=values["embedding_bias"],
                lexical_coef=values.get("lexical_coef"),
                lexical_bias=values.get("lexical_bias"),
                idf=values.get("idf"),
            )
        except FileNotFoundError as exc:
            raise ClassifierError(
                f"model folder {folder}: missing {Path(exc.filename).name}; "
                "run `pushback-monitor train`"
            ) from exc
        except ClassifierError as exc:
            raise ClassifierError(f"{exc}; run `pushback-monitor train`") from exc
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise ClassifierError(
                f"{folder / 'model.json'}: damaged ({exc}); run `pushback-monitor train`"
            ) from exc


def _sigmoid(values: npt.NDArray[Any]) -> Floats:
    result: Floats = (1.0 / (1.0 + np.exp(-np.clip(values, -30, 30)))).astype(np.float32)
    return result


def tune_threshold(truth: npt.NDArray[np.bool_], scores: Floats) -> float:
    """The threshold with the best F1; the middle of the best plateau, for stability."""
    grid = THRESHOLDS
    f1s = []
    for threshold in grid:
        predicted = scores >= threshold
        hits = float(np.sum(predicted & truth))
        denominator = float(predicted.sum() + truth.sum())
        f1s.append(2 * hits / denominator if denominator else 0.0)
    best = max(f1s)
    near = [t for t, f in zip(grid, f1s, strict=True) if f >= best - 0.005]
    return float(near[len(near) // 2])


def fit_head(
    train: TrainingSet,
    dev: TrainingSet,
    categories: Sequence[str],
    encoder: str,
    trained_on: dict[str, Any],
) -> tuple[HeadModel, Report]:
    """Train the linear model of each category, tune thresholds on ``dev``, report on it."""
    from sklearn.linear_model import LogisticRegression  # noqa: PLC0415

    for index, name in enumerate(categories):
        if not train.labels[:, index].any():
            raise ClassifierError(f"no training example is labelled {name!r}")
    dense_x = np.hstack([train.embeddings, cue_features(train.cue_counts)])
    coef = np.zeros((len(categories), dense_x.shape[1]), np.float32)
    bias = np.zeros(len(categories), np.float32)
    for index in range(len(categories)):
        model = LogisticRegression(C=EMBEDDING_C, class_weight="balanced", max_iter=5000)
        model.fit(dense_x, train.labels[:, index], sample_weight=train.weights)
        coef[index], bias[index] = model.coef_[0], model.intercept_[0]
    created = datetime.now(UTC)
    fingerprint = sha256(np.ascontiguousarray(coef).tobytes()).hexdigest()[:6]
    draft = HeadModel(
        version=f"{created:%Y%m%d-%H%M%S}-{fingerprint}",
        encoder=encoder,
        categories=tuple(categories),
        thresholds={},
        embedding_coef=coef,
        embedding_bias=bias,
        created=created.isoformat(timespec="seconds"),
    )
    dev_scores = draft.scores(dev.embeddings, dev.cue_counts, dev.texts)
    thresholds = {
        name: tune_threshold(dev.labels[:, i], dev_scores[:, i])
        for i, name in enumerate(categories)
    }
    predicted = dev_scores >= np.array([thresholds[c] for c in categories])
    groups: dict[str, Sequence[str | None]] = {
        "by_language": dev.languages,
        "by_source": dev.sources,
    }
    report = evaluate_groups(dev.labels, predicted, categories, groups)
    metrics = {"dev": report.to_json()}
    model = replace(draft, thresholds=thresholds, metrics=metrics, trained_on=trained_on)
    return model, report
