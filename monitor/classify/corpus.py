"""The labelled examples the classifier learns from, as shipped in ``resources/seed/``.

- ``train.jsonl`` and ``dev.jsonl``: examples written for this project (the seed
  examples), the development set never trained on;
- ``datasets/*.jsonl``: public labelled datasets mapped onto the categories
  (``resources/seed/DATA.md`` is their data card; ``tools/import_datasets.py`` the
  mapping). A fixed share of each, chosen by a hash of the text, is held out with the
  development set, so that thresholds are tuned on real text as well as on our own.

Every example carries its ``source`` (``seed`` or the dataset's name) and a weight: a
large dataset counts for no more than :data:`DATASET_CAP` examples, so that one big
dataset does not decide what a category means, and the seed examples, which follow the
labelling rules exactly, weigh more (:data:`SEED_WEIGHT`).
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from monitor.bundled import bundled_path
from monitor.classify.data import Example, read_examples, seed_examples

SEED_WEIGHT = 3.0
DATASET_CAP = 1500
DEV_SHARE = 0.15  # of each dataset, held out for tuning and reporting


@dataclass(frozen=True, kw_only=True)
class Corpus:
    train: list[Example]
    dev: list[Example]
    weights: list[float]  # one per training example
    digest: str  # sha256 of every file the corpus was read from

    def counts(self) -> dict[str, dict[str, int]]:
        """Examples per source, and per category and language, for the data card."""
        result: dict[str, dict[str, int]] = {}
        for part, examples in (("train", self.train), ("dev", self.dev)):
            counter: Counter[str] = Counter()
            for example in examples:
                counter[f"source:{example.source}"] += 1
                counter[f"lang:{example.lang}"] += 1
                counter.update(f"label:{label}" for label in example.labels or ("none",))
            result[part] = dict(sorted(counter.items()))
        return result


def dataset_files() -> list[Path]:
    return sorted(bundled_path("resources/seed/datasets").glob("*.jsonl"))


def held_out(text: str) -> bool:
    """Whether an example of a dataset belongs to the development part: by its text, so
    the split is the same on every machine and after every import."""
    value = int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:4], "big")
    return value / 2**32 < DEV_SHARE


def file_digest(paths: Sequence[Path]) -> str:
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.name.encode())
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def corpus_files() -> list[Path]:
    seeds = [bundled_path(f"resources/seed/{part}.jsonl") for part in ("train", "dev")]
    return [*seeds, *dataset_files()]


def load_corpus(categories: Sequence[str]) -> Corpus:
    """The seed examples and every shipped dataset, split and weighted."""
    train = seed_examples(categories, "train")
    weights = [SEED_WEIGHT] * len(train)
    dev = seed_examples(categories, "dev")
    for path in dataset_files():
        examples = [
            replace(e, origin=f"dataset:{e.source or path.stem}", source=e.source or path.stem)
            for e in read_examples(path, categories)
        ]
        kept = [e for e in examples if not held_out(e.text)]
        dev += [e for e in examples if held_out(e.text)]
        weight = min(1.0, DATASET_CAP / max(len(kept), 1))
        train += kept
        weights += [weight] * len(kept)
    return Corpus(train=train, dev=dev, weights=weights, digest=file_digest(corpus_files()))
