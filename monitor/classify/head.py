"""The multi-label head over the transformer embeddings.

Two linear models per category, averaged: one reads the sentence embedding plus the
category cue counts of the taxonomy; the other reads character n-grams (TF-IDF, hashed).
The embedding generalises over meaning, strongest in English; the character n-grams carry
Dutch word forms that an English encoder splits into pieces. Thresholds are tuned per
category on the development set and stored with the model.

A model is plain arrays (``head.npz``) and JSON (``model.json``): no pickles, so a model
folder is data, never code.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from hashlib import sha256
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
from scipy.sparse import csr_matrix

from monitor.classify.metrics import Report, evaluate
from monitor.errors import ClassifierError

HASH_FEATURES = 2**18
NGRAMS = (2, 5)
CUE_SCALE = 2.0
CUE_CAP = 3
# Chosen by five-fold cross-validation on the seed examples: the embedding model wants
# stronger regularisation than the sparse character model.
EMBEDDING_C = 4.0
LEXICAL_C = 64.0
LEXICAL_CHARS = 4000
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


@dataclass(frozen=True, kw_only=True)
class HeadModel:
    version: str
    encoder: str
    categories: tuple[str, ...]
    thresholds: dict[str, float]
    embedding_coef: Floats
    embedding_bias: Floats
    lexical_coef: Floats
    lexical_bias: Floats
    idf: Floats
    created: str
    metrics: dict[str, Any] = field(default_factory=dict)
    trained_on: dict[str, int] = field(default_factory=dict)

    def scores(self, embeddings: Floats, cue_counts: npt.ArrayLike, texts: Sequence[str]) -> Floats:
        """Probabilities, one column per category."""
        dense = np.hstack([embeddings, cue_features(cue_counts)])
        semantic = _sigmoid(dense @ self.embedding_coef.T + self.embedding_bias)
        lexical_x = tfidf(term_counts(texts), self.idf)
        lexical = _sigmoid(np.asarray(lexical_x @ self.lexical_coef.T) + self.lexical_bias)
        return ((semantic + lexical) / 2).astype(np.float32)

    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        np.savez_compressed(
            folder / "head.npz",
            embedding_coef=self.embedding_coef,
            embedding_bias=self.embedding_bias,
            lexical_coef=self.lexical_coef,
            lexical_bias=self.lexical_bias,
            idf=self.idf,
        )
        meta = {
            "version": self.version,
            "encoder": self.encoder,
            "categories": list(self.categories),
            "thresholds": self.thresholds,
            "created": self.created,
            "metrics": self.metrics,
            "trained_on": self.trained_on,
            "hash_features": HASH_FEATURES,
            "ngrams": list(NGRAMS),
        }
        (folder / "model.json").write_text(json.dumps(meta, indent=2), encoding="utf-8")

    @classmethod
    def load(cls, folder: Path) -> HeadModel:
        try:
            meta = json.loads((folder / "model.json").read_text(encoding="utf-8"))
            with np.load(folder / "head.npz") as arrays:
                values = {key: arrays[key] for key in arrays.files}
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
                lexical_coef=values["lexical_coef"],
                lexical_bias=values["lexical_bias"],
                idf=values["idf"],
            )
        except FileNotFoundError as exc:
            raise ClassifierError(
                f"model folder {folder}: missing {Path(exc.filename).name}; "
                "run `pushback-monitor train`"
            ) from exc
        except (OSError, ValueError, KeyError) as exc:
            raise ClassifierError(
                f"model folder {folder}: damaged ({exc}); run `pushback-monitor train`"
            ) from exc


def _sigmoid(values: npt.NDArray[Any]) -> Floats:
    result: Floats = (1.0 / (1.0 + np.exp(-np.clip(values, -30, 30)))).astype(np.float32)
    return result


def tune_threshold(truth: npt.NDArray[np.bool_], scores: Floats) -> float:
    """The threshold with the best F1; the middle of the best plateau, for stability."""
    grid = np.round(np.arange(0.1, 0.901, 0.025), 3)
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
    trained_on: dict[str, int],
) -> tuple[HeadModel, Report]:
    """Train both linear models per category, tune thresholds on ``dev``, report on it."""
    from sklearn.feature_extraction.text import TfidfTransformer  # noqa: PLC0415
    from sklearn.linear_model import LogisticRegression  # noqa: PLC0415

    for index, name in enumerate(categories):
        if not train.labels[:, index].any():
            raise ClassifierError(f"no training example is labelled {name!r}")
    counts = term_counts(train.texts)
    idf = TfidfTransformer(sublinear_tf=True).fit(counts).idf_.astype(np.float32)
    lexical_x = tfidf(counts, idf)
    dense_x = np.hstack([train.embeddings, cue_features(train.cue_counts)])
    shapes = (len(categories), dense_x.shape[1]), (len(categories), HASH_FEATURES)
    e_coef, e_bias = np.zeros(shapes[0], np.float32), np.zeros(len(categories), np.float32)
    l_coef, l_bias = np.zeros(shapes[1], np.float32), np.zeros(len(categories), np.float32)
    for index in range(len(categories)):
        target = train.labels[:, index]
        for features, coef, bias, strength in (
            (dense_x, e_coef, e_bias, EMBEDDING_C),
            (lexical_x, l_coef, l_bias, LEXICAL_C),
        ):
            model = LogisticRegression(C=strength, class_weight="balanced", max_iter=3000)
            model.fit(features, target, sample_weight=train.weights)
            coef[index], bias[index] = model.coef_[0], model.intercept_[0]
    created = datetime.now(UTC)
    fingerprint = sha256(np.ascontiguousarray(e_coef).tobytes()).hexdigest()[:6]
    model = HeadModel(
        version=f"{created:%Y%m%d-%H%M%S}-{fingerprint}",
        encoder=encoder,
        categories=tuple(categories),
        thresholds={},
        embedding_coef=e_coef,
        embedding_bias=e_bias,
        lexical_coef=l_coef,
        lexical_bias=l_bias,
        idf=idf,
        created=created.isoformat(timespec="seconds"),
    )
    dev_scores = model.scores(dev.embeddings, dev.cue_counts, dev.texts)
    thresholds = {
        name: tune_threshold(dev.labels[:, i], dev_scores[:, i])
        for i, name in enumerate(categories)
    }
    report = evaluate(
        dev.labels, dev_scores >= np.array([thresholds[c] for c in categories]), categories
    )
    by_language = {}
    for language in sorted({lang for lang in dev.languages if lang}):
        rows = np.array([lang == language for lang in dev.languages])
        predicted = dev_scores[rows] >= np.array([thresholds[c] for c in categories])
        by_language[language] = evaluate(dev.labels[rows], predicted, categories).to_json()
    metrics = {"dev": report.to_json(), "dev_by_language": by_language}
    final = HeadModel(
        **{**model.__dict__, "thresholds": thresholds, "metrics": metrics, "trained_on": trained_on}
    )
    return final, report
