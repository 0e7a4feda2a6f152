"""Classification benchmark: both encoders, torch and ONNX Runtime, fp32 and int8, side
by side in one run, each configuration in a fresh process of its own (so that its peak
memory is its own).

    .venv/bin/python benchmarks/bench_classify.py [--texts 1000] [--batch 32] [--dev N]

Per configuration: items/s of the whole classification pipeline (tokenise, sort by
length, encode, pool, head, cue terms, explanations with nearest examples) and the
process's peak memory. For the default encoder (multilingual-e5-small) also, for the
runtime the app uses (ONNX Runtime where the converted folder has its export, as after
set-up; else torch) and for torch:

- ``pipeline_vs_bare``: pipeline items/s over items/s of a bare forward pass of the same
  model (an ONNX Runtime session, or ``transformers``) over the same texts, batch size
  *and order* (both sorted by length, so the ratio measures waste, not sorting),
  measured back to back;
- ``int8_speedup``: int8 pipeline items/s over fp32, in the same runtime, both in one
  process taking turns (``--rounds``, the best round of each kept), so that a busy
  machine slows both alike (``--speed-only`` measures only this);
- ``int8_f1_delta``: macro-F1 on the development part (all of it unless ``--dev N``),
  encoded afresh as the app encodes, with int8 embeddings and the
  shipped head that int8 uses (``resources/model-int8``, trained on the int8 ONNX
  model's vectors; torch's int8 has none and reads the full-precision head), minus
  fp32's with its own head.

MiniLM gets a head trained on the seed examples here (its speed does not depend on the
head). The last line printed is one JSON object.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from monitor.classify.corpus import load_corpus  # noqa: E402
from monitor.classify.data import join_text  # noqa: E402
from monitor.classify.encoder import (  # noqa: E402
    Encoder,
    default_model_dir,
    minilm_model_dir,
    quiet_transformers,
)
from monitor.models import CATEGORY_IDS  # noqa: E402

CONFIGS = [
    ("e5", "torch", False),
    ("e5", "torch", True),
    ("e5", "onnx", False),
    ("e5", "onnx", True),
    ("minilm", "torch", False),
    ("minilm", "torch", True),
    ("minilm", "onnx", False),
    ("minilm", "onnx", True),
]


def feed_items(count: int) -> list[tuple[str, str]]:
    """(title, text) pairs of feed-item length: a headline and three to seven sentences
    or posts, drawn from the corpus (Dutch, English and the other languages mixed)."""
    examples = load_corpus(CATEGORY_IDS).train
    rng = random.Random(20261201)
    pairs = []
    for _ in range(count):
        chosen = rng.sample(examples, rng.randint(3, 7))
        title = chosen[0].text.split("\n")[0][:120]
        pairs.append((title, " ".join(e.text[:400] for e in chosen[1:])))
    return pairs


def bare_rate(folder: Path, texts: list[str], batch: int, max_tokens: int) -> float:
    """A forward pass and nothing else, over the texts sorted by token count as the
    pipeline sorts them."""
    import torch

    transformers = quiet_transformers()
    tokenizer = transformers.AutoTokenizer.from_pretrained(folder, local_files_only=True)
    model = transformers.AutoModel.from_pretrained(folder, local_files_only=True).eval()
    lengths = tokenizer(texts, truncation=True, max_length=max_tokens)["input_ids"]
    ordered = [texts[i] for i in sorted(range(len(texts)), key=lambda i: len(lengths[i]))]
    with torch.inference_mode():
        model(**tokenizer(ordered[:batch], padding=True, return_tensors="pt"))  # warm up
        started = time.perf_counter()
        for start in range(0, len(ordered), batch):
            encoded = tokenizer(
                ordered[start : start + batch],
                padding=True,
                truncation=True,
                max_length=max_tokens,
                return_tensors="pt",
            )
            _ = model(**encoded).last_hidden_state
        return len(texts) / (time.perf_counter() - started)


def bare_onnx_rate(folder: Path, texts: list[str], batch: int, max_tokens: int) -> float:
    """An ONNX Runtime session's run and nothing else, over the texts tokenised by
    ``tokenizers`` and sorted by token count as the pipeline sorts them."""
    import numpy as np
    import onnxruntime
    import tokenizers

    from monitor.classify.onnx import ONNX_FILE

    tokenizer = tokenizers.Tokenizer.from_file(str(folder / "tokenizer.json"))
    tokenizer.enable_truncation(max_tokens)
    options = onnxruntime.SessionOptions()
    options.log_severity_level = 3
    session = onnxruntime.InferenceSession(
        str(folder / ONNX_FILE), options, providers=["CPUExecutionProvider"]
    )
    ids = sorted((e.ids for e in tokenizer.encode_batch(texts)), key=len)
    batches = []
    for start in range(0, len(ids), batch):
        chosen = ids[start : start + batch]
        tokens = np.zeros((len(chosen), max(map(len, chosen))), np.int64)
        mask = np.zeros_like(tokens)
        for row, one in enumerate(chosen):
            tokens[row, : len(one)] = one
            mask[row, : len(one)] = 1
        batches.append({"input_ids": tokens, "attention_mask": mask})
    session.run(None, batches[0])  # warm up
    started = time.perf_counter()
    for inputs in batches:
        session.run(None, inputs)
    return len(texts) / (time.perf_counter() - started)


def pipeline(config: dict[str, Any]) -> tuple[Any, Encoder, Any]:
    """The classifier of one configuration (its encoder and head), and its model record."""
    from monitor.classify.service import Classifier
    from monitor.classify.taxonomy import load_taxonomy
    from monitor.classify.training import fit, install_shipped, record_of
    from monitor.settings import ClassifierSettings

    folder = Path(config["folder"])
    encoder = Encoder(
        folder, int8=config["int8"], batch_size=config["batch"], torch=config["torch"]
    )
    assert encoder.onnx != config["torch"] and encoder.int8 == config["int8"], config["name"]
    taxonomy = load_taxonomy()
    scratch = Path(config["scratch"])
    if config["encoder"] == "e5":
        record = install_shipped(scratch / f"models-{config['name']}", taxonomy, encoder)
        assert record is not None
    else:
        from monitor.classify.vectors import ExampleVectors

        corpus = load_corpus(taxonomy.ids)
        seeds = type(corpus)(
            train=[e for e in corpus.train if e.source == "seed"],
            dev=[e for e in corpus.dev if e.source == "seed"],
            weights=[1.0] * sum(e.source == "seed" for e in corpus.train),
            digest=corpus.digest,
        )
        vectors = ExampleVectors(scratch / f"cache-{config['name']}", encoder, None)
        head, _, index = fit(seeds, vectors, taxonomy, encoder.version)
        target = scratch / f"models-{config['name']}" / head.version
        head.save(target)
        index.save(target)
        record = record_of(head, target)
    classifier = Classifier(
        settings=ClassifierSettings(int8=config["int8"], batch_size=config["batch"]),
        taxonomy=taxonomy,
        model=record,
        encoder=encoder,
    )
    return classifier, encoder, record


def inputs_of(config: dict[str, Any]) -> list[Any]:
    from monitor.store.classifications import ClassifyInput

    pairs = [tuple(p) for p in config["pairs"]]
    return [ClassifyInput(n, title, text, None, str(n)) for n, (title, text) in enumerate(pairs)]


def measure(config: dict[str, Any]) -> dict[str, Any]:
    """One configuration, in this process."""
    import numpy as np

    from monitor.classify.head import HeadModel
    from monitor.classify.metrics import evaluate
    from monitor.classify.taxonomy import load_taxonomy

    classifier, encoder, record = pipeline(config)
    taxonomy = load_taxonomy()
    folder = Path(config["folder"])
    pairs = [tuple(p) for p in config["pairs"]]
    inputs = inputs_of(config)
    classifier.classify(inputs[:8], {})  # warm up: load the model and the head
    started = time.perf_counter()
    classifier.classify(inputs, {})
    result: dict[str, Any] = {"items_per_s": len(inputs) / (time.perf_counter() - started)}
    if config.get("bare"):
        joined = [encoder.prefix + join_text(title, text) for title, text in pairs]
        rate = bare_rate if config["torch"] else bare_onnx_rate
        result["bare_items_per_s"] = rate(folder, joined, config["batch"], encoder.max_tokens)
    if config["dev"] is not None:
        dev = load_corpus(taxonomy.ids).dev[: config["dev"] or None]
        head = HeadModel.load(Path(record.path))
        embeddings = encoder.encode([e.text for e in dev])
        cues = np.array([taxonomy.cue_counts(e.text) for e in dev], np.int32)
        scores = head.scores(embeddings, cues, [e.text for e in dev])
        predicted = scores >= np.array([head.thresholds[c] for c in taxonomy.ids])
        truth = np.array([[c in e.labels for c in taxonomy.ids] for e in dev], bool)
        result["macro_f1"] = evaluate(truth, predicted, taxonomy.ids).macro_f1
    result["peak_rss_mb"] = peak_memory_mb()
    return result


def alternate(configs: list[dict[str, Any]]) -> dict[str, Any]:
    """Items/s of several configurations in one process, run in turns (each once per
    round, the best round kept): on a busy machine each meets the same conditions, so
    their ratio holds where figures measured one after the other do not."""
    runs = [(config["name"], *pipeline(config)[:1]) for config in configs]
    inputs = inputs_of(configs[0])
    for _, classifier in runs:
        classifier.classify(inputs[:8], {})  # warm up
    best = dict.fromkeys((name for name, _ in runs), float("inf"))
    for _ in range(configs[0]["rounds"]):
        for name, classifier in runs:
            started = time.perf_counter()
            classifier.classify(inputs, {})
            best[name] = min(best[name], time.perf_counter() - started)
    return {name: len(inputs) / seconds for name, seconds in best.items()}


def peak_memory_mb() -> float:
    """This process's own peak resident memory (Linux's VmHWM; getrusage's figure would
    include the parent's, which survives exec)."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_config(config: dict[str, Any] | list[dict[str, Any]]) -> dict[str, Any]:
    ran = subprocess.run(
        [sys.executable, __file__, "--measure"],
        input=json.dumps(config),
        capture_output=True,
        text=True,
        check=False,
    )
    if ran.returncode:
        name = config["name"] if isinstance(config, dict) else "in turns"
        raise SystemExit(f"{name} failed:\n{ran.stderr[-3000:]}")
    return dict(json.loads(ran.stdout.strip().splitlines()[-1]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=int, default=1000)
    parser.add_argument("--batch", type=int, default=32)
    parser.add_argument(
        "--dev", type=int, default=0, help="development examples for F1 (default: all)"
    )
    parser.add_argument(
        "--rounds", type=int, default=3, help="turns of fp32 and int8 for int8_speedup"
    )
    parser.add_argument(
        "--speed-only", action="store_true", help="only int8_speedup (fp32 and int8 in turns)"
    )
    parser.add_argument("--measure", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        job = json.loads(sys.stdin.read())
        print(json.dumps(alternate(job) if isinstance(job, list) else measure(job)))
        return
    from monitor.classify.onnx import ONNX_INT8_FILE, export

    pairs = feed_items(args.texts)
    words = sum(len(join_text(t, x).split()) for t, x in pairs) / len(pairs)
    print(f"{len(pairs)} feed items, {words:.0f} words on average, batch size {args.batch}")
    results: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory(prefix="bench-classify-") as tmp:
        scratch = Path(tmp)
        folders = {"e5": default_model_dir(), "minilm": minilm_model_dir()}
        default_runtime = "onnx" if Encoder(folders["e5"]).onnx else "torch"
        for name, folder in list(folders.items()):
            if (folder / ONNX_INT8_FILE).is_file():  # the converted e5 after set-up
                folders[f"{name}-onnx"] = folder
                continue
            export(folder, scratch / f"{name}-onnx")
            folders[f"{name}-onnx"] = scratch / f"{name}-onnx"
        configs: dict[str, dict[str, Any]] = {}
        for encoder, backend, int8 in CONFIGS:
            name = f"{encoder} {backend} {'int8' if int8 else 'fp32'}"
            configs[name] = {
                "name": name.replace(" ", "-"),
                "encoder": encoder,
                "folder": str(folders[encoder if backend == "torch" else f"{encoder}-onnx"]),
                "int8": int8,
                "batch": args.batch,
                "pairs": pairs,
                "scratch": str(scratch),
                "torch": backend == "torch",
                "bare": encoder == "e5" and not int8,
                "dev": args.dev if encoder == "e5" else None,
                "rounds": args.rounds,
            }
        # fp32 and int8 of the default runtime in turns, in one process
        in_turns = run_config([configs[f"e5 {default_runtime} {p}"] for p in ("fp32", "int8")])
        speedup = round(
            in_turns["e5-" + default_runtime + "-int8"] / in_turns[f"e5-{default_runtime}-fp32"], 2
        )
        print(
            f"in turns, best of {args.rounds}: "
            + ", ".join(f"{k} {v:.1f} items/s" for k, v in in_turns.items()),
            flush=True,
        )
        if args.speed_only:
            print(json.dumps({"runtime": default_runtime, "int8_speedup": speedup}))
            return
        for name, config in configs.items():
            results[name] = run_config(config)
            line = f"{name:22} {results[name]['items_per_s']:7.1f} items/s"
            line += f"  peak {results[name]['peak_rss_mb']:6.0f} MB"
            if "bare_items_per_s" in results[name]:
                line += f"  (bare forward pass {results[name]['bare_items_per_s']:.1f} items/s)"
            if "macro_f1" in results[name]:
                line += f"  dev macro-F1 {results[name]['macro_f1']:.4f}"
            print(line, flush=True)
    e5 = {k.removeprefix("e5 "): v for k, v in results.items() if k.startswith("e5 ")}
    mini = {k.removeprefix("minilm "): v for k, v in results.items() if k.startswith("minilm ")}
    base, torch = e5[f"{default_runtime} fp32"], e5["torch fp32"]
    int8 = e5[f"{default_runtime} int8"]

    def ratio(a: dict[str, Any], b: dict[str, Any], key: str = "items_per_s") -> float:
        return round(a[key] / b[key], 2)

    summary = {
        "texts": len(pairs),
        "batch_size": args.batch,
        "runtime": default_runtime,
        "pipeline_vs_bare": round(base["items_per_s"] / base["bare_items_per_s"], 2),
        "int8_speedup": speedup,
        "int8_speedup_one_after_the_other": ratio(int8, base),
        "int8_f1_delta": round(int8["macro_f1"] - base["macro_f1"], 4),
        "torch_pipeline_vs_bare": round(torch["items_per_s"] / torch["bare_items_per_s"], 2),
        "torch_int8_speedup": ratio(e5["torch int8"], torch),
        "torch_int8_f1_delta": round(e5["torch int8"]["macro_f1"] - torch["macro_f1"], 4),
        "onnx_vs_torch": ratio(e5["onnx fp32"], torch),
        "onnx_f1_delta": round(e5["onnx fp32"]["macro_f1"] - torch["macro_f1"], 4),
        "minilm_vs_e5": ratio(mini[f"{default_runtime} fp32"], base),
        "items_per_s": {k: round(v["items_per_s"], 1) for k, v in results.items()},
        "peak_rss_mb": {k: round(v["peak_rss_mb"]) for k, v in results.items()},
    }
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
