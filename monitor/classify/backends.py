"""Where category scores come from. Every backend reads texts and returns one probability
per category; the default is the trained head over the sentence encoder.

- ``embedding-head``: all-MiniLM-L6-v2 embeddings plus the head of :mod:`head`.
- ``sequence-classification``: a fine-tuned classifier in a local Hugging Face folder;
  its labels map to category ids through ``label_map`` (or already are category ids).
- ``zero-shot``: a local NLI model; each category's Dutch or English hypothesis (from the
  taxonomy) is tested against the text, and the entailment probability is the score.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

from monitor.classify.encoder import (
    check_model_dir,
    folder_digest,
    load_failure,
    quiet_transformers,
)
from monitor.classify.head import HeadModel
from monitor.classify.taxonomy import Taxonomy
from monitor.errors import ClassifierError

Floats = npt.NDArray[np.float32]
DEFAULT_THRESHOLD = 0.5
PAIR_BATCH = 16


@dataclass(frozen=True)
class Texts:
    """What a backend reads: the joined texts, their languages, and (when the backend
    needs them) embeddings and cue counts."""

    texts: list[str]
    languages: list[str | None]
    embeddings: Floats | None = None
    cue_counts: npt.NDArray[np.int32] | None = None


class Backend(Protocol):
    name: str
    needs_embeddings: bool

    @property
    def version(self) -> str: ...

    @property
    def thresholds(self) -> dict[str, float]: ...

    def scores(self, batch: Texts) -> Floats: ...


class EmbeddingHead:
    name = "embedding-head"
    needs_embeddings = True

    def __init__(self, head: HeadModel) -> None:
        self.head = head

    @property
    def version(self) -> str:
        return self.head.version

    @property
    def thresholds(self) -> dict[str, float]:
        return dict(self.head.thresholds)

    def scores(self, batch: Texts) -> Floats:
        assert batch.embeddings is not None and batch.cue_counts is not None
        return self.head.scores(batch.embeddings, batch.cue_counts, batch.texts)


class _LocalModel:
    """A Hugging Face sequence-classification model in a local folder, loaded once."""

    def __init__(self, folder: Path, max_tokens: int = 256) -> None:
        check_model_dir(folder)
        self.folder = folder
        self.max_tokens = max_tokens
        self._lock = threading.Lock()
        self._tokenizer: Any = None
        self._model: Any = None

    def load(self) -> tuple[Any, Any]:
        with self._lock:
            if self._model is None:
                try:
                    import torch  # noqa: F401, PLC0415 - heavy, only when used

                    transformers = quiet_transformers()
                except ImportError as exc:
                    raise ClassifierError(
                        f"model folder {self.folder}: this backend needs torch and "
                        "transformers, which this installation leaves out (the installed app "
                        "runs the embedding backend); install from source to use it"
                    ) from exc
                try:
                    self._tokenizer = transformers.AutoTokenizer.from_pretrained(
                        self.folder, local_files_only=True
                    )
                    model = transformers.AutoModelForSequenceClassification.from_pretrained(
                        self.folder, local_files_only=True
                    )
                except Exception as exc:  # safetensors, tokenizers and torch raise their own kinds
                    raise load_failure(self.folder, exc) from exc
                model.eval()
                self._model = model
        return self._tokenizer, self._model

    def logits(self, first: Sequence[str], second: Sequence[str] | None = None) -> Floats:
        import torch  # noqa: PLC0415

        tokenizer, model = self.load()
        rows = []
        with torch.inference_mode():
            for start in range(0, len(first), PAIR_BATCH):
                pair = (list(second[start : start + PAIR_BATCH]),) if second is not None else ()
                encoded = tokenizer(
                    list(first[start : start + PAIR_BATCH]),
                    *pair,
                    truncation=True,
                    max_length=self.max_tokens,
                    padding=True,
                    return_tensors="pt",
                )
                rows.append(model(**encoded).logits.float().numpy())
        return np.vstack(rows) if rows else np.zeros((0, 0), np.float32)

    @property
    def labels(self) -> dict[int, str]:
        _, model = self.load()
        return {int(i): str(name) for i, name in model.config.id2label.items()}

    @property
    def multi_label(self) -> bool:
        _, model = self.load()
        return getattr(model.config, "problem_type", None) == "multi_label_classification"


class SequenceClassification:
    name = "sequence-classification"
    needs_embeddings = False

    def __init__(
        self, folder: Path, categories: Sequence[str], label_map: Mapping[str, str] | None = None
    ) -> None:
        self.model = _LocalModel(folder)
        self.categories = tuple(categories)
        self.label_map = dict(label_map or {})

    @property
    def version(self) -> str:
        return (
            f"sequence-classification:{self.model.folder.name}:{folder_digest(self.model.folder)}"
        )

    @property
    def thresholds(self) -> dict[str, float]:
        return dict.fromkeys(self.categories, DEFAULT_THRESHOLD)

    def _columns(self) -> dict[int, int]:
        """Model output index → category column, through the label map."""
        columns = {}
        for index, label in self.model.labels.items():
            category = self.label_map.get(label, label)
            if category in self.categories:
                columns[index] = self.categories.index(category)
        if not columns:
            known = ", ".join(sorted(self.model.labels.values()))
            raise ClassifierError(
                f"model folder {self.model.folder}: none of its labels ({known}) is a "
                "category id; map them with classifier.label_map in settings.yaml"
            )
        return columns

    def scores(self, batch: Texts) -> Floats:
        columns = self._columns()
        logits = self.model.logits(batch.texts)
        if self.model.multi_label:
            probabilities = 1 / (1 + np.exp(-logits))
        else:
            shifted = np.exp(logits - logits.max(axis=1, keepdims=True))
            probabilities = shifted / shifted.sum(axis=1, keepdims=True)
        result = np.zeros((len(batch.texts), len(self.categories)), np.float32)
        for index, column in columns.items():
            result[:, column] = np.maximum(result[:, column], probabilities[:, index])
        return result


class ZeroShot:
    name = "zero-shot"
    needs_embeddings = False

    def __init__(self, folder: Path, taxonomy: Taxonomy) -> None:
        self.model = _LocalModel(folder)
        self.taxonomy = taxonomy

    @property
    def version(self) -> str:
        return f"zero-shot:{self.model.folder.name}:{folder_digest(self.model.folder)}"

    @property
    def thresholds(self) -> dict[str, float]:
        return dict.fromkeys(self.taxonomy.ids, DEFAULT_THRESHOLD)

    def _entailment(self) -> tuple[int, int]:
        labels = {name.lower(): index for index, name in self.model.labels.items()}
        entail = next((i for name, i in labels.items() if name.startswith("entail")), None)
        contra = next((i for name, i in labels.items() if name.startswith("contra")), None)
        if entail is None or contra is None:
            raise ClassifierError(
                f"model folder {self.model.folder}: not an NLI model (its labels "
                f"{sorted(labels)} lack 'entailment' and 'contradiction')"
            )
        return entail, contra

    def scores(self, batch: Texts) -> Floats:
        entail, contra = self._entailment()
        premises, hypotheses = [], []
        for text, language in zip(batch.texts, batch.languages, strict=True):
            key = language if language in ("nl", "en") else "en"
            for category in self.taxonomy.categories:
                premises.append(text)
                hypotheses.append(category.hypothesis[key])
        logits = self.model.logits(premises, hypotheses)
        pair = logits[:, [contra, entail]]
        shifted = np.exp(pair - pair.max(axis=1, keepdims=True))
        probability = shifted[:, 1] / shifted.sum(axis=1)
        result: Floats = probability.reshape(
            len(batch.texts), len(self.taxonomy.categories)
        ).astype(np.float32)
        return result
