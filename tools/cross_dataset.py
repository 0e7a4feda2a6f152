"""Leave-one-dataset-out: for each public dataset X of the corpus, train the head on
everything else (seed examples and the other datasets), tune thresholds on the other
development parts, and evaluate on all of X: text of a kind the model has never seen,
the figure that predicts how it does on real feeds.

    python tools/cross_dataset.py [--json FILE]

Uses the shipped embeddings (resources/model/embeddings.npz): nothing is encoded. Prints
a Markdown table per dataset: precision, recall and F1 of the categories the dataset has,
the categories the model wrongly flagged in it, and the macro-F1 as ``eval`` computes it.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from monitor.classify.corpus import Corpus, load_corpus
from monitor.classify.head import HeadModel
from monitor.classify.metrics import evaluate_groups
from monitor.classify.taxonomy import Taxonomy, load_taxonomy
from monitor.classify.training import fit, shipped_dir, training_set
from monitor.classify.vectors import SHIPPED_FILE, ExampleVectors


def without(corpus: Corpus, name: str) -> Corpus:
    kept = [(e, w) for e, w in zip(corpus.train, corpus.weights, strict=True) if e.source != name]
    return replace(
        corpus,
        train=[e for e, _ in kept],
        weights=[w for _, w in kept],
        dev=[e for e in corpus.dev if e.source != name],
    )


class _Shipped:
    """The encoder as ExampleVectors sees it when every vector it needs is shipped."""

    def __init__(self, version: str) -> None:
        self.version = version

    def encode(self, texts: list[str]) -> None:
        raise SystemExit(f"{len(texts)} examples are not in the shipped embeddings: make model")


def shipped_setup(scratch: Path) -> tuple[Taxonomy, Corpus, str, ExampleVectors]:
    """The taxonomy, the corpus, the shipped model's encoder version and its embeddings."""
    taxonomy = load_taxonomy()
    shipped = shipped_dir()
    if shipped is None:
        raise SystemExit("no shipped model: run make model first")
    version = HeadModel.load(shipped).encoder
    vectors = ExampleVectors(scratch, _Shipped(version), shipped / SHIPPED_FILE)  # type: ignore[arg-type]
    return taxonomy, load_corpus(taxonomy.ids), version, vectors


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        taxonomy, corpus, version, vectors = shipped_setup(Path(scratch))
        ids = taxonomy.ids
        names = sorted({e.source for e in corpus.train if e.source and e.source != "seed"})
        results = {}
        for name in names:
            held = [e for e in [*corpus.train, *corpus.dev] if e.source == name]
            head, _, _ = fit(without(corpus, name), vectors, taxonomy, version)
            data = training_set(held, vectors.vectors([e.text for e in held]), taxonomy, [1.0])
            scores = head.scores(data.embeddings, data.cue_counts, data.texts)
            predicted = scores >= np.array([head.thresholds[c] for c in ids])
            report = evaluate_groups(
                data.labels, predicted, ids, {"by_language": data.languages}
            ).to_json()
            results[name] = report
            print(f"\n### {name} ({len(held)} examples)\n")
            print("| category | precision | recall | F1 | support | flagged |")
            print("| --- | --- | --- | --- | --- | --- |")
            for category, score in report["categories"].items():
                if score["support"] or score["predicted"]:
                    print(
                        f"| {category} | {score['precision']:.2f} | {score['recall']:.2f} | "
                        f"{score['f1']:.2f} | {score['support']} | {score['predicted']} |"
                    )
            print(f"\nmacro-F1 {report['macro_f1']:.3f}", flush=True)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
