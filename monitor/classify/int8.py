"""The int8 model beside the full one (:func:`monitor.classify.onnx.export`).

:func:`quantise` stores every matrix product's weights in int8, one scale per output
channel (those of :data:`_KEPT_IN_FULL` stay in full precision), fixes the range of
every activation they read once, on training texts (:func:`freeze_ranges`), and lets
each int8 product give its result in float at once (:func:`integer_to_float`). An
item's int8 vector then depends on that item only, as in full precision, and the
model runs at about 1.6 times the full one's rate on a laptop's CPU (docs/classifier.md
has the measurements behind each choice). A build step: it needs ``onnx`` and runs
ONNX Runtime's quantiser, never while the app runs.
"""

from __future__ import annotations

import logging
import re
import warnings
from pathlib import Path
from typing import Any

from monitor.errors import ClassifierError

# The training examples whose activations fix the int8 model's ranges: every n-th of
# the corpus's training part, up to this many, each encoded alone.
CALIBRATION_TEXTS = 256


def quantise(source: Path, target: Path, *, calibrate_on: Path, embeddings: bool = True) -> None:
    """Write ``target``, the int8 model of the ONNX model ``source``: int8 weights for
    every matrix product except those of the first encoder layer and the fifth layer's
    feed-forward output (whose input after GELU has the most lopsided range), as
    quantising those costs more accuracy than it gains in speed; the embedding lookup
    too, unless ``embeddings`` is false (when the table is shared with the full model).
    The activation ranges are fixed on the calibration texts, tokenised by the model
    folder ``calibrate_on``."""
    import onnx  # noqa: PLC0415 - build-time only
    from onnxruntime.quantization import QuantType, quantize_dynamic  # noqa: PLC0415

    graph = onnx.load(str(source), load_external_data=False).graph
    kept = [
        node.name
        for node in graph.node
        if node.op_type in ("MatMul", "Attention") and _KEPT_IN_FULL.search(node.name)
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
                nodes_to_exclude=kept,
                op_types_to_quantize=["MatMul", "Attention", *(["Gather"] if embeddings else [])],
                # the fused operators are ONNX Runtime's own, unknown to shape inference
                extra_options={"DefaultTensorType": onnx.TensorProto.FLOAT},
            )
        finally:
            logging.disable(logging.NOTSET)
    model = onnx.load(str(target))
    freeze_ranges(model, calibration_tokens(calibrate_on), target)
    integer_to_float(model, target)
    onnx.save(model, str(target))


# The matrix products quantisation leaves in full precision (the exporter names nodes
# after the module path): the first layer's, and the feed-forward output of layer 4
# (counted from 0), the one whose int8 loses most of the others.
_KEPT_IN_FULL = re.compile(r"layer\.0/|layer\.4/output/dense/")


def calibration_tokens(folder: Path) -> list[list[int]]:
    """Token ids of the texts :func:`freeze_ranges` calibrates on: a fixed, evenly
    spread choice of the training corpus (seeds and every dataset, both languages),
    with the folder's prompt, cut at the encoder's length limit."""
    import tokenizers  # noqa: PLC0415

    from monitor.classify.corpus import load_corpus  # noqa: PLC0415 - reads the datasets
    from monitor.classify.encoder import MAX_TOKENS, prefix_of  # noqa: PLC0415
    from monitor.classify.taxonomy import load_taxonomy  # noqa: PLC0415

    train = load_corpus(load_taxonomy().ids).train
    step = max(1, len(train) // CALIBRATION_TEXTS)
    prefix = prefix_of(folder)
    tokenizer = tokenizers.Tokenizer.from_file(str(folder / "tokenizer.json"))
    tokenizer.enable_truncation(MAX_TOKENS)
    texts = [prefix + example.text for example in train[::step][:CALIBRATION_TEXTS]]
    return [encoding.ids for encoding in tokenizer.encode_batch(texts)]


def freeze_ranges(model: Any, calibration: list[list[int]], path: Path) -> None:
    """Replace, in the int8 ``model`` (read from ``path``), each dynamic quantiser
    (which takes its range from the tensor of the run, so from the whole batch) by a
    fixed one: the widest range any calibration text reaches there, each text run alone
    (no padding). An item's int8 vector then depends on that item only, as in full
    precision."""
    import numpy as np  # noqa: PLC0415
    import onnx  # noqa: PLC0415
    import onnxruntime  # noqa: PLC0415
    from onnx import helper, numpy_helper  # noqa: PLC0415

    if not calibration:
        raise ClassifierError(f"{path}: no calibration texts to fix the int8 ranges with")
    quantisers = [node for node in model.graph.node if node.op_type == "DynamicQuantizeLinear"]
    if not quantisers:
        raise ClassifierError(f"{path}: the int8 model has no dynamic quantiser to fix")
    watched = [node.input[0] for node in quantisers]
    outputs = len(model.graph.output)
    for name in watched:  # the quantisers' inputs as outputs of a probe, run once per text
        model.graph.output.append(helper.make_tensor_value_info(name, onnx.TensorProto.FLOAT, None))
    options = onnxruntime.SessionOptions()
    options.log_severity_level = 3
    session = onnxruntime.InferenceSession(
        model.SerializeToString(), options, providers=["CPUExecutionProvider"]
    )
    del model.graph.output[outputs:]
    low = np.zeros(len(watched), np.float64)  # ranges always include zero
    high = np.zeros(len(watched), np.float64)
    for ids in calibration:
        inputs = {
            "input_ids": np.array([ids], np.int64),
            "attention_mask": np.ones((1, len(ids)), np.int64),
        }
        for n, tensor in enumerate(session.run(watched, inputs)):
            low[n] = min(low[n], float(tensor.min()))
            high[n] = max(high[n], float(tensor.max()))
    nodes = list(model.graph.node)
    model.graph.ClearField("node")
    fixed = dict(zip((id(q) for q in quantisers), zip(low, high, strict=True), strict=True))
    for node in nodes:
        if id(node) not in fixed:
            model.graph.node.append(node)
            continue
        lowest, highest = fixed[id(node)]
        scale = max(highest - lowest, 1e-8) / 255.0  # uint8, as the dynamic quantiser
        zero = int(np.clip(round(-lowest / scale), 0, 255))
        quantised, scale_name, zero_name = node.output
        model.graph.initializer.append(
            numpy_helper.from_array(np.array(scale, np.float32), scale_name)
        )
        model.graph.initializer.append(numpy_helper.from_array(np.array(zero, np.uint8), zero_name))
        model.graph.node.append(
            helper.make_node(
                "QuantizeLinear",
                [node.input[0], scale_name, zero_name],
                [quantised],
                name=f"{node.name}_fixed",
            )
        )


def integer_to_float(model: Any, path: Path) -> None:
    """Replace, in the int8 ``model`` (read from ``path``), each integer matrix product
    with the cast and the scaling that follow it (the quantiser's output, one pass each
    over the product) by ONNX Runtime's MatMulIntegerToFloat, which scales as it
    multiplies: the same numbers, 5 % faster. Dynamic ranges are fused so by ONNX
    Runtime itself; fixed ones, whose scales are constants, it leaves apart."""
    from onnx import helper  # noqa: PLC0415

    readers: dict[str, list[Any]] = {}
    for node in model.graph.node:
        for name in node.input:
            readers.setdefault(name, []).append(node)
    made_by = {name: node for node in model.graph.node for name in node.output}
    replaced: dict[int, Any] = {}
    dropped: set[int] = set()
    for node in model.graph.node:
        if node.op_type != "MatMulInteger":
            continue
        chain = _only_reader(readers, node, "Cast")
        scaled = chain and _only_reader(readers, chain, "Mul")
        scales = scaled and made_by.get(scaled.input[1])
        if not scales or scales.op_type != "Mul":
            raise ClassifierError(f"{path}: {node.name} is not followed by its scaling")
        quantised, weights, zero, weights_zero = node.input
        replaced[id(node)] = helper.make_node(
            "MatMulIntegerToFloat",
            [quantised, weights, *scales.input, zero, weights_zero],
            [scaled.output[0]],
            name=f"{node.name}_to_float",
            domain="com.microsoft",
        )
        dropped |= {id(chain), id(scaled)}
        if len(readers[scales.output[0]]) == 1:  # the product of the two scales, now unread
            dropped.add(id(scales))
    nodes = list(model.graph.node)
    model.graph.ClearField("node")
    model.graph.node.extend(replaced.get(id(n), n) for n in nodes if id(n) not in dropped)


def _only_reader(readers: dict[str, list[Any]], node: Any, kind: str) -> Any:
    """The one node reading ``node``'s output, if it is of ``kind``; else None."""
    found = readers.get(node.output[0], [])
    return found[0] if len(found) == 1 and found[0].op_type == kind else None
