"""``make model``: train the model that ships in ``resources/model/``.

    python -m monitor.classify.build [--out resources/model] [--reuse]

Encodes every labelled example of the corpus (:mod:`monitor.classify.corpus`) with the
default encoder, trains the head on the training part, tunes the thresholds on the
development part and writes the model (``model.json``, ``head.npz``) with the examples'
embeddings (``embeddings.npz``, so that a data folder retrains without encoding the
corpus again). ``model.json`` records the corpus's sha256; a test checks that the two
belong together. Deterministic: the same corpus and encoder give the same arrays.

Encoding ~25,000 texts takes 5–15 minutes on a laptop (with ONNX Runtime, when the
``onnx`` package is installed, else with torch); ``--reuse`` takes the embeddings of
texts that are already in ``embeddings.npz`` from there.
"""

from __future__ import annotations

import argparse
import logging
import shutil
import sys
import tempfile
import time
from pathlib import Path

from monitor.bundled import bundled_path
from monitor.classify.corpus import load_corpus
from monitor.classify.encoder import Encoder, default_model_dir
from monitor.classify.head import HeadModel
from monitor.classify.metrics import Report, format_report
from monitor.classify.taxonomy import load_taxonomy
from monitor.classify.training import SHIPPED_MODEL, fit
from monitor.classify.vectors import SHIPPED_FILE, ExampleVectors, save_shipped
from monitor.errors import MonitorError

log = logging.getLogger(__name__)


def build(out: Path, encoder: Encoder, *, reuse: bool = False) -> tuple[HeadModel, Report]:
    taxonomy = load_taxonomy()
    corpus = load_corpus(taxonomy.ids)
    texts = list(dict.fromkeys(e.text for e in [*corpus.train, *corpus.dev]))
    with tempfile.TemporaryDirectory() as scratch:
        previous = out / SHIPPED_FILE if reuse and (out / SHIPPED_FILE).is_file() else None
        if previous is not None:
            shutil.copy(previous, Path(scratch) / "previous.npz")
            previous = Path(scratch) / "previous.npz"
        vectors = ExampleVectors(Path(scratch), encoder, previous)
        started = time.perf_counter()
        log.info("encoding %d labelled examples", len(texts))
        everything = vectors.vectors(texts)
        log.info("encoded in %.0f s", time.perf_counter() - started)
        head, report, _ = fit(corpus, vectors, taxonomy, encoder.version)
    out.mkdir(parents=True, exist_ok=True)
    head.save(out)
    save_shipped(out / SHIPPED_FILE, texts, everything, encoder.version)
    return head, report


def _fast_encoder(folder: Path, scratch: Path) -> Encoder:
    """The default encoder run by ONNX Runtime when it can be exported here (the same
    vectors within 1e-5, several times faster), else by torch."""
    try:
        from monitor.classify.onnx import export  # noqa: PLC0415

        export(folder, scratch / "onnx", int8=False)
        return Encoder(scratch / "onnx")
    except (ImportError, MonitorError) as exc:
        log.info("encoding with torch (%s)", exc)
        return Encoder(folder)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m monitor.classify.build", description=__doc__)
    parser.add_argument("--out", type=Path, default=None, help="default: resources/model")
    parser.add_argument("--reuse", action="store_true", help="reuse embeddings.npz")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    out = args.out or bundled_path("resources").parent / SHIPPED_MODEL
    try:
        with tempfile.TemporaryDirectory() as scratch:
            encoder = _fast_encoder(default_model_dir(), Path(scratch))
            head, report = build(out, encoder, reuse=args.reuse)
    except MonitorError as exc:
        sys.exit(f"error: {exc}")
    print(f"model {head.version} in {out}, on the development part:\n")
    print(format_report(report))


if __name__ == "__main__":
    main()
