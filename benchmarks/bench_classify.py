"""Classification benchmark: the pipeline against a bare ``transformers`` forward pass, and
the int8 and ONNX Runtime encoders against torch fp32, measured side by side in one run.

    .venv/bin/python benchmarks/bench_classify.py [--texts 2000] [--batch 32]

- ``pipeline_vs_bare``: items/s of the whole classification pipeline (tokenise, sort by
  length, encode, pool, head, cue terms, explanations with nearest examples) over items/s
  of a bare forward pass of the same model over the same texts with the same batch size
  (tokenise with padding, forward; nothing else).
- ``int8_speedup``: pipeline items/s with the dynamically quantised (int8) encoder over
  fp32; ``int8_f1_delta``: macro-F1 on the development set of a head trained on int8
  embeddings minus that of the fp32 head.
- ``onnx_speedup`` and ``onnx_f1_delta``, ``onnx_int8_speedup`` and ``onnx_int8_f1_delta``:
  the same for the model exported to ONNX and run with ONNX Runtime, in full precision
  and in int8 (as the installed app runs it), each against torch fp32.
- ``peak_rss_mb``: peak memory of this process with all four models loaded.

The last line printed is one JSON object.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from monitor.classify.data import seed_examples  # noqa: E402
from monitor.classify.encoder import Encoder, default_model_dir, offline  # noqa: E402
from monitor.classify.onnx import export  # noqa: E402
from monitor.classify.service import Classifier, train  # noqa: E402
from monitor.classify.taxonomy import load_taxonomy  # noqa: E402
from monitor.models import CATEGORY_IDS  # noqa: E402
from monitor.settings import ClassifierSettings  # noqa: E402
from monitor.store import Store  # noqa: E402
from monitor.store.classifications import ClassifyInput  # noqa: E402


def realistic_texts(count: int) -> list[tuple[str, str]]:
    """(title, text) pairs of feed-item length: a headline and three to seven sentences
    or posts, drawn from the seed examples (Dutch and English mixed)."""
    examples = seed_examples(CATEGORY_IDS, "train")
    rng = random.Random(20261129)
    pairs = []
    for _ in range(count):
        chosen = rng.sample(examples, rng.randint(3, 7))
        title = chosen[0].text.split("\n")[0][:120]
        pairs.append((title, " ".join(e.text for e in chosen[1:])))
    return pairs


def bare_rate(texts: list[str], batch: int) -> float:
    offline()
    import torch
    import transformers

    folder = Encoder().folder
    tokenizer = transformers.AutoTokenizer.from_pretrained(folder, local_files_only=True)
    model = transformers.AutoModel.from_pretrained(folder, local_files_only=True).eval()
    with torch.inference_mode():
        model(
            **tokenizer(
                texts[:batch], padding=True, truncation=True, max_length=256, return_tensors="pt"
            )
        )  # warm up
        started = time.perf_counter()
        for start in range(0, len(texts), batch):
            encoded = tokenizer(
                texts[start : start + batch],
                padding=True,
                truncation=True,
                max_length=256,
                return_tensors="pt",
            )
            _ = model(**encoded).last_hidden_state
        return len(texts) / (time.perf_counter() - started)


def pipeline_rate(classifier: Classifier, pairs: list[tuple[str, str]]) -> float:
    inputs = [ClassifyInput(n, title, text, None, str(n)) for n, (title, text) in enumerate(pairs)]
    classifier.classify(inputs[:8], {})  # warm up: load the model and the head
    started = time.perf_counter()
    classifier.classify(inputs, {})
    return len(inputs) / (time.perf_counter() - started)


def trained_classifier(
    folder: Path, int8: bool, batch: int, model_dir: Path | None = None
) -> tuple[Classifier, float]:
    encoder = Encoder(model_dir, int8=int8, batch_size=batch)
    store = Store.open(folder / f"bench-{int8}-{model_dir is not None}.db")
    try:
        result = train(store, folder / "models", load_taxonomy(), encoder, progress=lambda _: None)
    finally:
        store.close()
    settings = ClassifierSettings(int8=int8, batch_size=batch)
    classifier = Classifier(
        settings=settings, taxonomy=load_taxonomy(), model=result.record, encoder=encoder
    )
    return classifier, result.report.macro_f1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=int, default=2000)
    parser.add_argument("--batch", type=int, default=32)
    args = parser.parse_args()
    pairs = realistic_texts(args.texts)
    joined = [f"{title}\n\n{text}" for title, text in pairs]
    words = sum(len(t.split()) for t in joined) / len(joined)
    print(f"{len(pairs)} texts, {words:.0f} words on average, batch size {args.batch}")

    with tempfile.TemporaryDirectory(prefix="bench-classify-") as tmp:
        folder = Path(tmp)
        fp32, fp32_f1 = trained_classifier(folder, False, args.batch)
        int8, int8_f1 = trained_classifier(folder, True, args.batch)
        export(default_model_dir(), folder / "onnx")
        onnx, onnx_f1 = trained_classifier(folder, False, args.batch, folder / "onnx")
        onnx8, onnx8_f1 = trained_classifier(folder, True, args.batch, folder / "onnx")
        bare = bare_rate(joined, args.batch)
        pipeline = pipeline_rate(fp32, pairs)
        quantised = pipeline_rate(int8, pairs)
        onnx_rate = pipeline_rate(onnx, pairs)
        onnx8_rate = pipeline_rate(onnx8, pairs)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"bare forward pass:  {bare:8.1f} items/s")
    print(f"pipeline (fp32):    {pipeline:8.1f} items/s")
    print(f"pipeline (int8):    {quantised:8.1f} items/s")
    print(f"pipeline (ONNX):    {onnx_rate:8.1f} items/s")
    print(f"pipeline (ONNX int8): {onnx8_rate:6.1f} items/s")
    print(
        f"dev macro-F1: fp32 {fp32_f1:.4f}, int8 {int8_f1:.4f}, ONNX {onnx_f1:.4f}, "
        f"ONNX int8 {onnx8_f1:.4f}"
    )
    print(
        json.dumps(
            {
                "texts": len(pairs),
                "batch_size": args.batch,
                "bare_items_per_s": round(bare, 1),
                "pipeline_items_per_s": round(pipeline, 1),
                "pipeline_vs_bare": round(pipeline / bare, 2),
                "int8_items_per_s": round(quantised, 1),
                "int8_speedup": round(quantised / pipeline, 2),
                "fp32_macro_f1": round(fp32_f1, 4),
                "int8_macro_f1": round(int8_f1, 4),
                "int8_f1_delta": round(int8_f1 - fp32_f1, 4),
                "onnx_items_per_s": round(onnx_rate, 1),
                "onnx_speedup": round(onnx_rate / pipeline, 2),
                "onnx_macro_f1": round(onnx_f1, 4),
                "onnx_f1_delta": round(onnx_f1 - fp32_f1, 4),
                "onnx_int8_items_per_s": round(onnx8_rate, 1),
                "onnx_int8_speedup": round(onnx8_rate / pipeline, 2),
                "onnx_int8_macro_f1": round(onnx8_f1, 4),
                "onnx_int8_f1_delta": round(onnx8_f1 - fp32_f1, 4),
                "peak_rss_mb": round(peak, 1),
            }
        )
    )


if __name__ == "__main__":
    main()
