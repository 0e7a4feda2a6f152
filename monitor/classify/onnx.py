"""The sentence encoder as an ONNX model, for running without torch.

:func:`export` writes a copy of a model folder in which ``model.onnx`` (the transformer,
exported with torch) stands in for the torch weights, with ``model-int8-static.onnx``
beside it (the same in int8: weights quantised by ONNX Runtime, activation ranges fixed
once on training texts, so that an item's vector never depends on the items encoded
beside it); :class:`~monitor.classify.encoder.Encoder` runs such a folder with ONNX
Runtime and the ``tokenizers`` package, and gives the same vectors as torch does (int8:
close to them, as torch's own int8 is). The packaged app ships the default model this
way and leaves torch out (packaging/README.md has what that saves); from source,
:func:`add_to` puts the same files beside the converted default model's torch weights
at set-up, so that it runs the same way there.

Exporting needs torch, transformers and ``onnx`` (the ``package`` extra); it is a build
step, never done while the app runs.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
import warnings
from pathlib import Path
from typing import Any

from monitor.errors import ClassifierError

ONNX_FILE = "model.onnx"
ONNX_INT8_FILE = "model-int8-static.onnx"
# int8 models of earlier exports (dynamic activation ranges), removed when replaced
STALE_FILES = ("model-int8.onnx",)
# What the exported folder keeps of the original: configuration and tokenizer.
KEPT = (
    "config.json",
    "tokenizer.json",
    "tokenizer_config.json",
    "special_tokens_map.json",
    "vocab.txt",
    "config_sentence_transformers.json",  # the prefix
    "conversion.json",  # a converted model's identity (monitor.classify.e5)
)
OPSET = 17
# Above this many rows the word-embedding table is kept in float16 and shared between the
# full and the int8 model (EMBEDDINGS_FILE beside them): multilingual-e5-small's 250,037.
LARGE_VOCABULARY = 100_000
EMBEDDINGS = "word_embeddings_float16"
EMBEDDINGS_FILE = "word-embeddings.float16"


def export(source: Path, target: Path, *, int8: bool = True) -> Path:
    """Write ``target``: the configuration and tokenizer of ``source``, the model as
    ``model.onnx`` (inputs ``input_ids`` and ``attention_mask``, batch and length
    dynamic; output the last hidden state) and, unless ``int8`` is false, in int8 as
    ``model-int8-static.onnx``. Returns the path of the full-precision file."""
    try:
        import torch  # noqa: PLC0415 - build-time only

        from monitor.classify.encoder import quiet_transformers  # noqa: PLC0415

        transformers = quiet_transformers()
    except ImportError as exc:
        raise ClassifierError(f"exporting {source} needs torch and transformers") from exc
    if not (source / "tokenizer.json").is_file():
        raise ClassifierError(f"model folder {source}: missing tokenizer.json (needed by ONNX)")
    # Eager attention exports as plain matrix products and softmax, which ONNX Runtime's
    # optimiser recognises and fuses (torch's fused kernel exports as a pattern it does not).
    model = transformers.AutoModel.from_pretrained(
        source, local_files_only=True, attn_implementation="eager"
    ).eval()

    class LastHiddenState(torch.nn.Module):
        def __init__(self, inner: Any) -> None:
            super().__init__()
            self.inner = inner

        def forward(self, input_ids: Any, attention_mask: Any) -> Any:
            output = self.inner(input_ids=input_ids, attention_mask=attention_mask)
            return output.last_hidden_state

    target.mkdir(parents=True, exist_ok=True)
    for name in KEPT:
        if (source / name).is_file():
            shutil.copyfile(source / name, target / name)
    # The example batch is padded (a zero in the mask), so that the traced graph keeps
    # the masking that padded batches need.
    tokens = torch.full((2, 8), 1000, dtype=torch.long)
    mask = torch.ones(2, 8, dtype=torch.long)
    mask[1, 5:] = 0
    dynamic = {0: "batch", 1: "tokens"}
    path = target / ONNX_FILE
    with torch.inference_mode(), warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the exporter's notes on tracing and its future
        torch.onnx.export(
            LastHiddenState(model),
            (tokens, mask),
            str(path),
            input_names=["input_ids", "attention_mask"],
            output_names=["last_hidden_state"],
            dynamic_axes={
                "input_ids": dynamic,
                "attention_mask": dynamic,
                "last_hidden_state": dynamic,
            },
            opset_version=OPSET,
            dynamo=False,
        )
    _fuse(path, heads=int(model.config.num_attention_heads), hidden=int(model.config.hidden_size))
    large = int(model.config.vocab_size) > LARGE_VOCABULARY
    if large:
        _half_precision_embeddings(path)
    if int8:
        from monitor.classify.int8 import quantise  # noqa: PLC0415 - build-time only

        quantise(path, target / ONNX_INT8_FILE, calibrate_on=target, embeddings=not large)
    if large:
        _share_embeddings([p for p in (path, target / ONNX_INT8_FILE) if p.is_file()])
    return path


def add_to(folder: Path) -> None:
    """Export the model of ``folder`` into it, beside its torch weights, so that the
    encoder runs it with ONNX Runtime. ``model.onnx`` arrives last: a folder that holds
    it holds the rest (an interrupted export leaves the folder as it was)."""
    work = Path(tempfile.mkdtemp(prefix=f".{folder.name}-onnx-", dir=folder.parent))
    try:
        export(folder, work)
        for name in (EMBEDDINGS_FILE, ONNX_INT8_FILE, ONNX_FILE):
            if (work / name).is_file():
                (work / name).replace(folder / name)
        for name in STALE_FILES:
            (folder / name).unlink(missing_ok=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _fuse(path: Path, *, heads: int, hidden: int) -> None:
    """Replace, in place, each layer's attention, each bias with GELU and each residual
    with layer normalisation by one of ONNX Runtime's fused operators: the same result
    (within float rounding), a third faster in full precision and more in int8. The
    embedding lookup is left apart, so that its table can still be stored in float16."""
    from onnxruntime.transformers import optimizer  # noqa: PLC0415 - build-time only
    from onnxruntime.transformers.fusion_options import FusionOptions  # noqa: PLC0415

    options = FusionOptions("bert")
    options.enable_embed_layer_norm = False
    logging.disable(logging.WARNING)  # its notes on each fusion, through the root logger
    try:
        fused = optimizer.optimize_model(
            str(path),
            model_type="bert",
            num_heads=heads,
            hidden_size=hidden,
            optimization_options=options,
            opt_level=0,
        )
    finally:
        logging.disable(logging.NOTSET)
    if not fused.get_fused_operator_statistics().get("Attention"):
        raise ClassifierError(f"{path}: ONNX Runtime found no attention to fuse")
    fused.save_model_to_file(str(path))


def _word_embeddings(graph: Any) -> tuple[Any, Any]:
    """The Gather that looks the tokens up, and the initializer it reads."""
    initializers = {t.name: t for t in graph.initializer}
    for node in graph.node:
        if node.op_type == "Gather" and node.input[0] in initializers:
            table = initializers[node.input[0]]
            if len(table.dims) == 2 and table.dims[0] > LARGE_VOCABULARY:
                return node, table
    raise ClassifierError("the exported model has no word-embedding table")


def _half_precision_embeddings(path: Path) -> None:
    """Store the word-embedding table as float16, cast to float32 after the lookup. For a
    multilingual vocabulary it is most of the model (96 of e5-small's 118 M parameters);
    float16 keeps e5's 4-bit weights within a rounding step and halves the file."""
    import numpy as np  # noqa: PLC0415
    import onnx  # noqa: PLC0415
    from onnx import TensorProto, helper, numpy_helper  # noqa: PLC0415

    model = onnx.load(str(path))
    gather, table = _word_embeddings(model.graph)
    half = numpy_helper.from_array(numpy_helper.to_array(table).astype(np.float16), EMBEDDINGS)
    model.graph.initializer.remove(table)
    model.graph.initializer.append(half)
    looked_up = gather.output[0]
    gather.input[0] = EMBEDDINGS
    gather.output[0] = f"{looked_up}_float16"
    cast = helper.make_node("Cast", [gather.output[0]], [looked_up], to=TensorProto.FLOAT)
    nodes = list(model.graph.node)
    model.graph.ClearField("node")
    for node in nodes:
        model.graph.node.append(node)
        if node is gather:
            model.graph.node.append(cast)
    onnx.save(model, str(path))


def _share_embeddings(paths: list[Path]) -> None:
    """Move the (identical) word-embedding table of each model into one file beside
    them, which ONNX Runtime reads as external data: the int8 model then costs only its
    other weights."""
    import onnx  # noqa: PLC0415
    from onnx.external_data_helper import set_external_data  # noqa: PLC0415

    shared = paths[0].parent / EMBEDDINGS_FILE
    content: bytes | None = None
    for path in paths:
        model = onnx.load(str(path))
        table = next(t for t in model.graph.initializer if t.name == EMBEDDINGS)
        if content is None:
            content = table.raw_data
            shared.write_bytes(content)
        elif table.raw_data != content:
            raise ClassifierError(f"{path}: its word embeddings differ from the shared ones")
        set_external_data(table, location=EMBEDDINGS_FILE, offset=0, length=len(content))
        table.ClearField("raw_data")
        table.data_location = onnx.TensorProto.EXTERNAL
        onnx.save(model, str(path))


def main() -> None:
    """``python -m monitor.classify.onnx TARGET``: export the default model to TARGET."""
    import sys  # noqa: PLC0415

    from monitor.classify.encoder import default_model_dir  # noqa: PLC0415

    if len(sys.argv) != 2:
        sys.exit("usage: python -m monitor.classify.onnx TARGET_FOLDER")
    print(export(default_model_dir(), Path(sys.argv[1])))


if __name__ == "__main__":
    main()
