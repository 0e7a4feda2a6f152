"""``make model``: train the models that ship in ``resources/model/`` and
``resources/model-int8/``.

    python -m monitor.classify.build [--out resources/model] [--reuse] [--only full|int8]

Encodes every labelled example of the corpus (:mod:`monitor.classify.corpus`) with the
default encoder, trains the head on the training part, tunes the thresholds on the
development part and writes the model (``model.json``, ``head.npz``) with the examples'
embeddings (``embeddings.npz``, so that a data folder retrains without encoding the
corpus again). ``model.json`` records the corpus's sha256; a test checks that the two
belong together. Deterministic: the same corpus and encoder give the same arrays.
``model-int8`` is the same, on the vectors of the int8 ONNX model: what ``int8: true``
runs, and a head reads best the vectors it was trained on.

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
from monitor.classify.onnx import ONNX_INT8_FILE
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


def _onnx_folder(folder: Path, scratch: Path) -> Path:
    """The default model with its ONNX export (the converted folder has it when ``onnx``
    was installed at set-up; else it is exported here): the same vectors as torch's
    within 1e-5, faster, and the int8 model that ``int8: true`` runs."""
    if (folder / ONNX_INT8_FILE).is_file():
        return folder
    from monitor.classify.onnx import export  # noqa: PLC0415

    try:
        export(folder, scratch / "onnx")
    except ImportError as exc:
        raise MonitorError(f"make model needs onnx and onnxruntime ({exc})") from exc
    return scratch / "onnx"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m monitor.classify.build", description=__doc__)
    parser.add_argument("--out", type=Path, default=None, help="default: resources/model")
    parser.add_argument("--reuse", action="store_true", help="reuse embeddings.npz")
    parser.add_argument("--only", choices=("full", "int8"), help="build one of the two")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    out = args.out or bundled_path("resources").parent / SHIPPED_MODEL
    targets = [(out, False), (out.with_name(out.name + "-int8"), True)]
    try:
        with tempfile.TemporaryDirectory() as scratch:
            folder = _onnx_folder(default_model_dir(), Path(scratch))
            for target, int8 in targets:
                if args.only and args.only != ("int8" if int8 else "full"):
                    continue
                head, report = build(target, Encoder(folder, int8=int8), reuse=args.reuse)
                print(f"model {head.version} in {target}, on the development part:\n")
                print(format_report(report), flush=True)
    except MonitorError as exc:
        sys.exit(f"error: {exc}")


if __name__ == "__main__":
    main()
