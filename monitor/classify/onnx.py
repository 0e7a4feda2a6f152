"""The sentence encoder as an ONNX model, for running without torch.

:func:`export` writes a copy of a model folder in which ``model.onnx`` (the transformer,
exported with torch) stands in for the torch weights, with ``model-int8.onnx`` beside it
(the same, quantised to int8 by ONNX Runtime); :class:`~monitor.classify.encoder.Encoder`
runs such a folder with ONNX Runtime and the ``tokenizers`` package, and gives the same
vectors as torch does (int8: close to them, as torch's own int8 is). The packaged app
ships the default model this way and leaves torch out (packaging/README.md has what that
saves).

Exporting needs torch, transformers and ``onnx`` (the ``package`` extra); it is a build
step, never done while the app runs.
"""

from __future__ import annotations

import logging
import shutil
import warnings
from pathlib import Path
from typing import Any

from monitor.errors import ClassifierError

ONNX_FILE = "model.onnx"
ONNX_INT8_FILE = "model-int8.onnx"
# What the exported folder keeps of the original: configuration and tokenizer.
KEPT = (
    "config.json",
    "tokenizer.json",
    "tokenizer_config.json",
    "special_tokens_map.json",
    "vocab.txt",
)
OPSET = 17


def export(source: Path, target: Path) -> Path:
    """Write ``target``: the configuration and tokenizer of ``source``, the model as
    ``model.onnx`` (inputs ``input_ids`` and ``attention_mask``, batch and length
    dynamic; output the last hidden state) and as ``model-int8.onnx``. Returns the path
    of the full-precision file."""
    try:
        import torch  # noqa: PLC0415 - build-time only
        import transformers  # noqa: PLC0415
    except ImportError as exc:
        raise ClassifierError(f"exporting {source} needs torch and transformers") from exc
    if not (source / "tokenizer.json").is_file():
        raise ClassifierError(f"model folder {source}: missing tokenizer.json (needed by ONNX)")
    model = transformers.AutoModel.from_pretrained(source, local_files_only=True).eval()

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
    quantise(path, target / ONNX_INT8_FILE)
    return path


def quantise(source: Path, target: Path) -> None:
    """int8 weights, one scale per output channel, for every matrix product except those
    of the first encoder layer: as the torch int8 path does, and for the same reason
    (quantising those costs more accuracy than it gains in speed)."""
    import onnx  # noqa: PLC0415 - build-time only
    from onnxruntime.quantization import QuantType, quantize_dynamic  # noqa: PLC0415

    graph = onnx.load(str(source)).graph
    first_layer = [
        node.name for node in graph.node if node.op_type == "MatMul" and "layer.0/" in node.name
    ]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        logging.disable(logging.WARNING)  # its advice on pre-processing, through the root logger
        try:
            quantize_dynamic(
                str(source),
                str(target),
                per_channel=True,
                weight_type=QuantType.QInt8,
                nodes_to_exclude=first_layer,
            )
        finally:
            logging.disable(logging.NOTSET)


def main() -> None:
    """``python -m monitor.classify.onnx TARGET``: export the default model to TARGET."""
    import sys  # noqa: PLC0415

    from monitor.classify.encoder import default_model_dir  # noqa: PLC0415

    if len(sys.argv) != 2:
        sys.exit("usage: python -m monitor.classify.onnx TARGET_FOLDER")
    print(export(default_model_dir(), Path(sys.argv[1])))


if __name__ == "__main__":
    main()
