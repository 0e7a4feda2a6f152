"""Embeddings of labelled examples, found by their text.

The shipped model brings the embeddings of every example it was trained and tuned on
(``embeddings.npz``: int8 with one scale per row, a sixth of float32's size and within
0.5 % of it), so that retraining on analysts' decisions encodes nothing but the decided
items. Texts not in it (another encoder, an analyst's own examples) are encoded once and
kept in the data folder, per encoder version.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt

from monitor.classify.arrays import read_npz
from monitor.classify.encoder import Encoder, same_space
from monitor.errors import ClassifierError

log = logging.getLogger(__name__)
Floats = npt.NDArray[np.float32]
SHIPPED_FILE = "embeddings.npz"


def to_bytes(vector: Floats) -> bytes:
    """An embedding as the store keeps it."""
    return np.ascontiguousarray(vector, dtype=np.float32).tobytes()


def from_bytes(blob: bytes) -> Floats:
    return np.frombuffer(blob, dtype=np.float32).copy()


def text_key(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8")).digest()[:16]


def save_shipped(path: Path, texts: Sequence[str], vectors: Floats, encoder: str) -> None:
    """Write ``embeddings.npz``: the rows as int8 with a scale each."""
    scales = np.abs(vectors).max(axis=1, keepdims=True) / 127.0
    scales[scales == 0] = 1.0
    quantised = np.round(vectors / scales).astype(np.int8)
    keys = np.frombuffer(b"".join(text_key(t) for t in texts), np.uint8).reshape(len(texts), 16)
    np.savez_compressed(
        path, keys=keys, vectors=quantised, scales=scales[:, 0].astype(np.float32), encoder=encoder
    )


def load_shipped(path: Path, encoder_version: str) -> dict[bytes, Floats]:
    """The shipped embeddings by text key, if they were made with this encoder's vectors."""
    try:
        arrays = read_npz(path)
        if not same_space(str(arrays["encoder"]), encoder_version):
            return {}
        vectors = arrays["vectors"].astype(np.float32) * arrays["scales"][:, None]
        keys = [bytes(row) for row in arrays["keys"]]
    except FileNotFoundError:
        return {}
    except (ClassifierError, OSError, ValueError, KeyError) as exc:
        raise ClassifierError(f"{path}: the example embeddings cannot be read ({exc})") from exc
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return dict(zip(keys, (vectors / np.clip(norms, 1e-9, None)).astype(np.float32), strict=True))


class ExampleVectors:
    """The embedding of any labelled example: shipped, cached, or encoded now."""

    def __init__(self, cache_dir: Path, encoder: Encoder, shipped: Path | None) -> None:
        self.encoder = encoder
        self.shipped = shipped
        tag = hashlib.sha256(encoder.version.encode()).hexdigest()[:12]
        self.cache = cache_dir / f"example-embeddings-{tag}.npz"

    def vectors(self, texts: Sequence[str]) -> Floats:
        keys = [text_key(t) for t in texts]
        known = load_shipped(self.shipped, self.encoder.version) if self.shipped else {}
        missing = {k for k in keys if k not in known}
        if missing:
            known |= self._cached()
        todo: dict[bytes, int] = {}  # each text not known yet, encoded once
        for index, key in enumerate(keys):
            if key not in known:
                todo.setdefault(key, index)
        if todo:
            log.info("encoding %d labelled examples", len(todo))
            fresh = self.encoder.encode([texts[i] for i in todo.values()])
            added = dict(zip(todo, fresh, strict=True))
            known |= added
            self._store(added)
        return np.array([known[k] for k in keys], dtype=np.float32).reshape(len(keys), -1)

    def _cached(self) -> dict[bytes, Floats]:
        if not self.cache.exists():
            return {}
        try:
            arrays = read_npz(self.cache)
            return {bytes(k): v for k, v in zip(arrays["keys"], arrays["vectors"], strict=True)}
        except (ClassifierError, OSError, ValueError, KeyError):
            log.warning("example embedding cache %s unreadable; encoding again", self.cache)
            return {}

    def _store(self, added: dict[bytes, Floats]) -> None:
        everything = self._cached() | added
        self.cache.parent.mkdir(parents=True, exist_ok=True)
        keys = np.frombuffer(b"".join(everything), np.uint8).reshape(len(everything), 16)
        np.savez(self.cache, keys=keys, vectors=np.array(list(everything.values()), np.float32))
