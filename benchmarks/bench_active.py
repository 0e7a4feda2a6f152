"""Does reviewing the most uncertain items first teach the classifier faster? A simulated
analyst, measured side by side in one run.

    .venv/bin/python benchmarks/bench_active.py [--datasets hatexplain constraint-covid ...]

For each dataset X of the corpus, the head is trained without X, as if an organisation's
feeds were of a kind the model has never seen. Half of X (by a hash of the text) is the
stream the analyst reviews, the other half is kept for measuring. The analyst decides
50, 100 or 200 items of the stream (their true labels become decisions, weighed as the
app weighs them), chosen two ways:

- ``uncertain``: the items whose scores are nearest their thresholds (the queue's "most
  uncertain first" order, :func:`monitor.store.sqlite_schema.margin`);
- ``newest``: the order items arrive in, which a labelled dataset does not have: a random
  order stands for it (the mean of three).

After each batch the head is retrained and its macro-F1 measured on the kept half. Uses
the shipped embeddings (nothing is encoded). Prints a table per dataset, then one JSON
object.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from cross_dataset import shipped_setup, without  # noqa: E402

from monitor.classify.corpus import Corpus  # noqa: E402
from monitor.classify.data import Example  # noqa: E402
from monitor.classify.head import TrainingSet  # noqa: E402
from monitor.classify.metrics import evaluate  # noqa: E402
from monitor.classify.taxonomy import Taxonomy  # noqa: E402
from monitor.classify.training import fit, training_set  # noqa: E402
from monitor.classify.vectors import ExampleVectors  # noqa: E402
from monitor.store.sqlite_schema import margin  # noqa: E402

STEPS = (0, 50, 100, 200)
DEFAULT = ("hatexplain", "constraint-covid", "redditbias-lgbtq", "toxigen-statements")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--datasets", nargs="*", default=list(DEFAULT))
    args = parser.parse_args()
    results: dict[str, dict[str, list[float]]] = {}
    with tempfile.TemporaryDirectory() as scratch:
        taxonomy, corpus, version, vectors = shipped_setup(Path(scratch))
        ids = taxonomy.ids
        for name in args.datasets:
            base = without(corpus, name)
            rows = [e for e in [*corpus.train, *corpus.dev] if e.source == name]
            stream = [e for e in rows if _half(e.text)]
            kept = [e for e in rows if not _half(e.text)]
            test = training_set(kept, vectors.vectors([e.text for e in kept]), taxonomy, [1.0])

            first, _, _ = fit(base, vectors, taxonomy, version)
            data = training_set(stream, vectors.vectors([e.text for e in stream]), taxonomy, [1.0])
            scores = first.scores(data.embeddings, data.cue_counts, data.texts)
            margins = [
                margin(dict(zip(ids, map(float, row), strict=True)), first.thresholds)
                for row in scores
            ]
            by_uncertainty = [stream[i] for i in np.argsort(margins, kind="stable")]
            curves = {"uncertain": [], "newest": []}
            for step in STEPS:
                curves["uncertain"].append(
                    measure(base, vectors, taxonomy, version, test, by_uncertainty[:step])
                )
                runs = []
                for seed in range(3):
                    arrival = random.Random(seed).sample(stream, len(stream))
                    runs.append(measure(base, vectors, taxonomy, version, test, arrival[:step]))
                curves["newest"].append(float(np.mean(runs)))
            results[name] = curves
            print(f"\n{name}: {len(stream)} items to review, {len(kept)} to measure on")
            print("decisions  " + "  ".join(f"{s:>6}" for s in STEPS))
            for order, values in curves.items():
                print(f"{order:10} " + "  ".join(f"{v:6.3f}" for v in values), flush=True)
    mean = {
        order: [
            round(float(np.mean([r[order][i] for r in results.values()])), 4)
            for i in range(len(STEPS))
        ]
        for order in ("uncertain", "newest")
    }
    print("\nmean      " + "  ".join(f"{s:>6}" for s in STEPS))
    for order, values in mean.items():
        print(f"{order:10} " + "  ".join(f"{v:6.3f}" for v in values))
    print(json.dumps({"steps": list(STEPS), "datasets": results, "mean": mean}))


def measure(
    base: Corpus,
    vectors: ExampleVectors,
    taxonomy: Taxonomy,
    version: str,
    test: TrainingSet,
    decided: list[Example],
) -> float:
    """Macro-F1 on ``test`` of the head retrained with ``decided`` as decisions."""
    extra = vectors.vectors([e.text for e in decided]) if decided else None
    head, _, _ = fit(base, vectors, taxonomy, version, decided, extra)
    scores = head.scores(test.embeddings, test.cue_counts, test.texts)
    predicted = scores >= np.array([head.thresholds[c] for c in taxonomy.ids])
    return evaluate(test.labels, predicted, taxonomy.ids).macro_f1


def _half(text: str) -> bool:
    return hashlib.sha256(text.encode()).digest()[5] % 2 == 0


if __name__ == "__main__":
    main()
